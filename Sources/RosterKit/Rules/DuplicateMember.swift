extension Rule {
  static let duplicateMember = Rule(
    .duplicateMember,
    summary: "a team or group lists one agent twice",
    explanation: """
      Listing an agent twice does not give them more chats: the second \
      listing is ignored. It is usually a merge left-over or a typo for \
      another agent's id. Remove the repeated listing.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        bob: {name: Bob Stone, email: bob@acme.example}
      teams:
        support:
          name: Support
          agents:
            - alice
            - bob
            - alice  # expect: duplicate-member

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        bob: {name: Bob Stone, email: bob@acme.example}
      teams:
        support:
          name: Support
          agents:
            - alice
            - bob

      """),
    detection: .check { configuration, diagnostics in
      let lists =
        configuration.teams.map { ("team", $0.id.value, $0.agents) }
        + configuration.groups.map { ("group", $0.id.value, $0.agents) }
      for (kind, owner, members) in lists {
        for (original, member) in repeats(members, by: \.value) {
          diagnostics.report(
            .duplicateMember, "\(kind) '\(owner)' lists agent '\(member.value)' more than once",
            at: member.range, notes: [.init("first listed here", at: original.range)])
        }
      }
    })
}
