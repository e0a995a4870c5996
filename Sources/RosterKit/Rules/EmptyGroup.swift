extension Rule {
  static let emptyGroup = Rule(
    .emptyGroup,
    summary: "a group has no agents",
    explanation: """
      Visitors routed to a group without agents can only leave a message. \
      Add agents to the group, disable it with `enabled: false` while it is \
      being prepared, or remove it.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, code: acme-sales}  # expect: empty-group

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, agents: [alice], code: acme-sales}

      """),
    detection: .check { configuration, diagnostics in
      for group in configuration.groups where group.agents.isEmpty && group.membersAreComplete {
        diagnostics.report(.emptyGroup, "group '\(group.id.value)' has no agents", at: group.id.range)
      }
    })
}
