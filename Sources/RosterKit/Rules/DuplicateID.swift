extension Rule {
  static let duplicateID = Rule(
    .duplicateID,
    summary: "one agent, team or group id defined twice",
    explanation: """
      Agents, teams and groups merge across files, so the same id in two \
      files would make one silently replace the other. Each id names one \
      entity of its kind; an agent and a team may share an id.
      """,
    bad: Example(files: [
      "roster.yaml": """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """,
      "more.yaml": """
      agents:
        alice: {name: Alice Moreau, email: alice.moreau@acme.example}  # expect: duplicate-id

      """,
    ]),
    good: Example(files: [
      "roster.yaml": """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice, alice-moreau]}

      """,
      "more.yaml": """
      agents:
        alice-moreau: {name: Alice Moreau, email: alice.moreau@acme.example}

      """,
    ]),
    detection: .check { configuration, diagnostics in
      let agents = configuration.agents.map(\.id)
      reportDuplicates(agents, configuration.agentPositions, kind: "agent", into: &diagnostics)
      let teams = configuration.teams.map(\.id)
      reportDuplicates(teams, configuration.teamPositions, kind: "team", into: &diagnostics)
      let groups = configuration.groups.map(\.id)
      reportDuplicates(groups, configuration.groupPositions, kind: "group", into: &diagnostics)
      let calendars = configuration.calendars.map(\.id)
      reportDuplicates(calendars, configuration.calendarPositions, kind: "calendar", into: &diagnostics)
    })

  /// Each id whose first position is another's, with that first one.
  private static func reportDuplicates(
    _ ids: [Located<String>], _ firstPositions: [String: Int], kind: String,
    into diagnostics: inout DiagnosticCollector
  ) {
    for (position, id) in ids.enumerated() {
      guard let first = firstPositions[id.value], first != position else { continue }
      diagnostics.report(
        .duplicateID, "\(kind) '\(id.value)' is defined more than once", at: id.range,
        notes: [.init("first defined here", at: ids[first].range)])
    }
  }
}
