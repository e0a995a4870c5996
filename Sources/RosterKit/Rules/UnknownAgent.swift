extension Rule {
  static let unknownAgent = Rule(
    .unknownAgent,
    summary: "a team or group lists an agent that does not exist",
    explanation: """
      Members are agent ids. An id that no agent has is usually a typo or an \
      agent removed in one file but not in the teams and groups that list it.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support:
          name: Support
          agents: [alice, alise]  # expect: unknown-agent

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support:
          name: Support
          agents: [alice]

      """),
    detection: .check { configuration, diagnostics in
      let lists =
        zip(configuration.teams, configuration.teamMembers).map { ("team", $0.id.value, $0.agents, $1) }
        + zip(configuration.groups, configuration.groupMembers).map { ("group", $0.id.value, $0.agents, $1) }
      lazy var known = configuration.agentPositions.keys.sorted()
      for (kind, owner, members, positions) in lists {
        for (member, position) in zip(members, positions)
        where position == nil && !configuration.unreadableIDs.agents.contains(member.value) {
          diagnostics.report(
            .unknownAgent, "\(kind) '\(owner)' lists unknown agent '\(member.value)'", at: member.range,
            hint: Suggestion.hint(for: member.value, in: known))
        }
      }
    })
}
