extension Rule {
  static let neverStaffedGroup = Rule(
    .neverStaffedGroup,
    summary: "an enabled group has no agent with live-chat hours: visitors always see messaging mode",
    explanation: """
      A group is staffed when at least one of its agents is online for live \
      chat at some moment: over `workspace.coverage` when it is set, else over \
      two reference weeks (2026-01-05 to 2026-01-19), as `roster coverage` \
      counts it. Visitors of a group that never is can only leave messages. \
      Add an agent who chats, or disable the group. Groups without any agents \
      are reported by empty-group instead.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
        bob: {name: Bob Stone, email: bob@acme.example}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, agents: [bob], code: acme-sales}  # expect: never-staffed-group

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 13:00-19:00}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, agents: [bob], code: acme-sales}

      """),
    detection: .check { configuration, diagnostics in
      for (group, positions) in zip(configuration.groups, configuration.groupMembers)
      where group.isEnabled.value && !group.invalidKeys.contains("enabled") && !group.agents.isEmpty {
        let members = positions.map { $0.map { configuration.agents[$0] } }
        let staffed = configuration.coverage.staffed.contains(group.id.value)
        // A member that is unknown, or whose live chat was written with mistakes, might be the one who chats.
        let known =
          group.membersAreComplete && members.allSatisfy { $0.map { !$0.invalidKeys.contains("live_chat") } ?? false }
        guard !staffed, known else { continue }
        diagnostics.report(
          .neverStaffedGroup, "group '\(group.id.value)' has no agent with live-chat hours",
          at: group.id.range, hint: "add an agent with live_chat hours, or set enabled: false")
      }
    })
}
