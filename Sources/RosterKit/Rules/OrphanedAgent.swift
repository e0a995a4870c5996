extension Rule {
  static let orphanedAgent = Rule(
    .orphanedAgent,
    summary: "an agent belongs to no team and no group",
    explanation: """
      Chats reach agents through teams and groups. An agent in neither \
      receives nothing: add them to a team or a group, or remove them.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        bob: {name: Bob Stone, email: bob@acme.example}  # expect: orphaned-agent
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
        bob: {name: Bob Stone, email: bob@acme.example}
      teams:
        support: {name: Support, agents: [alice, bob]}

      """),
    detection: .check { configuration, diagnostics in
      // An agent list that failed to decode may name anyone: no conclusion.
      guard configuration.teams.allSatisfy(\.membersAreComplete),
        configuration.groups.allSatisfy(\.membersAreComplete),
        configuration.unreadableIDs.teams.isEmpty, configuration.unreadableIDs.groups.isEmpty
      else { return }
      // Each agent's first definition, marked when a team or group lists it.
      var listed = [Bool](repeating: false, count: configuration.agents.count)
      for positions in configuration.teamMembers + configuration.groupMembers {
        for case let position? in positions { listed[position] = true }
      }
      let agents = configuration.agents
      for position in agents.indices where !listed[configuration.agentPositions[agents[position].id.value]!] {
        diagnostics.report(
          .orphanedAgent, "agent '\(agents[position].id.value)' belongs to no team and no group",
          at: agents[position].id.range)
      }
    })
}
