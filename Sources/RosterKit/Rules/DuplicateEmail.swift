extension Rule {
  static let duplicateEmail = Rule(
    .duplicateEmail,
    summary: "two agents share an email",
    explanation: """
      An agent signs in with their email, so each email belongs to one agent. \
      Emails are compared ignoring case: `Alice@Acme.example` and \
      `alice@acme.example` are the same address. Two agents with one email are \
      usually one person entered twice, or a copied entry not yet edited.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        alice-moreau: {name: Alice Moreau, email: Alice@Acme.example}  # expect: duplicate-email
      teams:
        support: {name: Support, agents: [alice, alice-moreau]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        alice-moreau: {name: Alice Moreau, email: alice.moreau@acme.example}
      teams:
        support: {name: Support, agents: [alice, alice-moreau]}

      """),
    detection: .check { configuration, diagnostics in
      let agents = configuration.agents
      for (position, first) in configuration.firstWithSameEmail.enumerated() {
        guard let first, first != position else { continue }
        diagnostics.report(
          .duplicateEmail,
          "agent '\(agents[position].id.value)' has the same email as agent '\(agents[first].id.value)'",
          at: agents[position].email.range, notes: [.init("first used here", at: agents[first].email.range)])
      }
    })
}
