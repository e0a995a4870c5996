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
      let written = agents.indices.filter {
        configuration.agentPositions[agents[$0].id.value] == $0 && !agents[$0].email.value.isEmpty
      }
      for (first, later) in repeats(written, by: { Self.folded(agents[$0].email.value) }) {
        diagnostics.report(
          .duplicateEmail,
          "agent '\(agents[later].id.value)' has the same email as agent '\(agents[first].id.value)'",
          at: agents[later].email.range, notes: [.init("first used here", at: agents[first].email.range)])
      }
    })

  /// The email as compared: lowercased, without work when it already is.
  private static func folded(_ email: String) -> String {
    email.utf8.contains { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
      ? email.lowercased() : email
  }
}
