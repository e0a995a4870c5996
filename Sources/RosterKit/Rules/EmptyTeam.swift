extension Rule {
  static let emptyTeam = Rule(
    .emptyTeam,
    summary: "a team has no agents",
    explanation: """
      Conversations and meetings routed to a team without agents reach \
      nobody. Add agents to the team, or remove it.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}
        sales: {name: Sales, agents: []}  # expect: empty-team

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}
        sales: {name: Sales, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for team in configuration.teams where team.agents.isEmpty && team.membersAreComplete {
        diagnostics.report(.emptyTeam, "team '\(team.id.value)' has no agents", at: team.id.range)
      }
    })
}
