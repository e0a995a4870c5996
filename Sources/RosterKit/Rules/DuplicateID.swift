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

  /// Each id whose first position is another's, with that first one. A
  /// file whose every id of this kind repeats those of one other file (a
  /// copy, such as `agents/singapore copy.yaml`) is said once, at its first id.
  private static func reportDuplicates(
    _ ids: [Located<String>], _ firstPositions: [String: Int], kind: String,
    into diagnostics: inout DiagnosticCollector
  ) {
    var repeats: [(position: Int, first: Int)] = []
    var perFile: [FileID: Int] = [:]
    for (position, id) in ids.enumerated() {
      perFile[id.range.file, default: 0] += 1
      guard let first = firstPositions[id.value], first != position else { continue }
      repeats.append((position, first))
    }
    // Files whose ids all repeat those of a single other file.
    var copies: [FileID: FileID] = [:]
    for (file, repeated) in Dictionary(grouping: repeats, by: { ids[$0.position].range.file }) {
      let sources = Set(repeated.map { ids[$0.first].range.file })
      if repeated.count >= 2, repeated.count == perFile[file], sources.count == 1, sources.first != file {
        copies[file] = sources.first
      }
    }
    var said = Set<FileID>()
    for (position, first) in repeats {
      let id = ids[position]
      if copies[id.range.file] != nil {
        guard said.insert(id.range.file).inserted else { continue }
        let count = perFile[id.range.file] ?? 0
        diagnostics.report(
          .duplicateID, "this file defines the same \(count) \(kind)s as another file, which defines them first",
          at: id.range, notes: [.init("the other file defines them here", at: ids[first].range)],
          hint: "a copy of a file? remove one of the two")
        continue
      }
      diagnostics.report(
        .duplicateID, "\(kind) '\(id.value)' is defined more than once", at: id.range,
        notes: [.init("first defined here", at: ids[first].range)])
    }
  }
}
