/// The coverage part of a diff: each enabled group's coverage on both
/// sides over one window, the stretches that became gaps or stopped being
/// gaps, and the agents whose online time there changed the way that did it.
enum DiffCoverage {
  static func impact(
    before: Configuration, after: Configuration, window: DateWindow, changes: [EntityChange],
    database: TimeZoneDatabase
  ) -> DiffReport.CoverageImpact? {
    guard var oldEngine = CoverageEngine(ResolvedConfiguration(unchecked: before), window: window, database: database),
      var newEngine = CoverageEngine(ResolvedConfiguration(unchecked: after), window: window, database: database)
    else { return nil }
    let oldReport = oldEngine.report(source: .configured)
    let newReport = newEngine.report(source: .configured)
    let ids = Set(oldReport.groups.map(\.id)).union(newReport.groups.map(\.id)).sorted()
    var attribution = Attribution(changes: changes, old: oldEngine, new: newEngine)
    var groups: [DiffReport.GroupCoverageImpact] = []
    for id in ids {
      let old = oldReport.groups.first { $0.id == id }
      let new = newReport.groups.first { $0.id == id }
      let oldGaps = Span.merged(old?.gaps.map(\.span) ?? [])
      let newGaps = Span.merged(new?.gaps.map(\.span) ?? [])
      let appeared = subtract(newGaps, oldGaps)
      let disappeared = subtract(oldGaps, newGaps)
      let members = (old: old?.members ?? [], new: new?.members ?? [])
      groups.append(
        DiffReport.GroupCoverageImpact(
          group: id, before: old.map { ($0.promisedSeconds, $0.coveredSeconds) },
          after: new.map { ($0.promisedSeconds, $0.coveredSeconds) },
          appeared: collapse(appeared, window: window, zone: newReport.workspaceZone) {
            attribution.causes(of: $0, group: id, members: members, appeared: true)
          },
          disappeared: collapse(disappeared, window: window, zone: newReport.workspaceZone) {
            attribution.causes(of: $0, group: id, members: members, appeared: false)
          }))
    }
    return DiffReport.CoverageImpact(window: window, timezone: newReport.timezone, groups: groups)
  }

  /// The parts of `spans` outside `others`; both sorted and merged.
  static func subtract(_ spans: [Span], _ others: [Span]) -> [Span] {
    var result: [Span] = []
    var index = 0
    for span in spans {
      var start = span.start
      while index < others.count, others[index].end <= start { index += 1 }
      var cursor = index
      while cursor < others.count, others[cursor].start < span.end {
        if others[cursor].start > start { result.append(Span(start, others[cursor].start)) }
        start = max(start, others[cursor].end)
        cursor += 1
      }
      if start < span.end { result.append(Span(start, span.end)) }
    }
    return result
  }

  /// Spans that repeat on every such weekday of the window at the same local
  /// times are one line (`every mon 09:00-10:00`); the others one line each.
  static func collapse(
    _ spans: [Span], window: DateWindow, zone: ZoneTimeline, causes: ([Span]) -> [String]
  ) -> [DiffReport.GapImpact] {
    var keys: [String] = []
    var byKey: [String: [Span]] = [:]
    for span in spans {
      let date = CoverageText.startDate(span, in: zone)
      let key = date.weekday.name + " " + CoverageText.times(span, in: zone)
      if byKey[key] == nil { keys.append(key) }
      byKey[key, default: []].append(span)
    }
    var weekdays = [Int](repeating: 0, count: 7)
    var date = window.from
    while date < window.until {
      weekdays[date.weekday.rawValue] += 1
      date = date.advanced(by: 1)
    }
    var impacts: [DiffReport.GapImpact] = []
    for key in keys {
      let group = byKey[key] ?? []
      let weekday = CoverageText.startDate(group[0], in: zone).weekday
      if group.count > 1, group.count == weekdays[weekday.rawValue] {
        impacts.append(
          DiffReport.GapImpact(
            when: "every " + key, spans: group, seconds: group.reduce(0) { $0 + $1.seconds }, causes: causes(group)))
      } else {
        for span in group {
          impacts.append(
            DiffReport.GapImpact(
              when: CoverageText.describe(span, in: zone), spans: [span], seconds: span.seconds, causes: causes([span]))
          )
        }
      }
    }
    return impacts.sorted { $0.spans[0].start < $1.spans[0].start }
  }
}

/// Who made a stretch a gap, or filled it: the members whose online time
/// there went down (or up), with what changed about them; and the group's
/// own service hours when they changed.
private struct Attribution {
  var changes: [EntityChange]
  var old: CoverageEngine
  var new: CoverageEngine

  mutating func causes(
    of spans: [Span], group: String, members: (old: [String], new: [String]), appeared: Bool
  ) -> [String] {
    var causes: [String] = []
    let groupChange = changes.first { $0.section == "group" && $0.id == group }
    if groupChange?.kind == .added {
      causes.append("group \(group) added")
    } else if let fields = groupChange?.fields, fields.contains(where: { $0.field.hasPrefix("service_hours") }) {
      causes.append("service_hours of \(group)")
    }
    for agent in Set(members.old).union(members.new).sorted() {
      let before = members.old.contains(agent) ? Self.overlap(old.onlineSpans(ofAgent: agent), spans) : 0
      let after = members.new.contains(agent) ? Self.overlap(new.onlineSpans(ofAgent: agent), spans) : 0
      guard appeared ? after < before : after > before else { continue }
      causes.append("\(agent) (\(reason(agent, group: group, members: members)))")
    }
    return causes
  }

  /// What changed about an agent, as the diff names it.
  func reason(_ agent: String, group: String, members: (old: [String], new: [String])) -> String {
    let change = changes.first { $0.section == "agent" && $0.id == agent }
    if change?.kind == .removed { return "removed" }
    if change?.kind == .added { return "added" }
    if !members.old.contains(agent) { return "joined \(group)" }
    if !members.new.contains(agent) { return "left \(group)" }
    var fields: [String] = []
    for field in change?.fields ?? [] where !fields.contains(field.field) { fields.append(field.field) }
    if !fields.isEmpty { return fields.joined(separator: ", ") }
    let calendars = changes.filter { $0.section == "calendar" }.compactMap(\.id)
    let closures = changes.filter { $0.section == "closure" }.compactMap(\.id)
    let named = calendars.map { "calendar \($0)" } + closures.map { "closure '\($0)'" }
    return named.isEmpty ? "dated entries" : named.joined(separator: ", ")
  }

  /// Seconds of `spans` (sorted) within `stretches`.
  static func overlap(_ spans: [Span], _ stretches: [Span]) -> Int64 {
    var total: Int64 = 0
    for stretch in stretches {
      for span in spans where span.start < stretch.end && span.end > stretch.start {
        total += min(span.end, stretch.end) - max(span.start, stretch.start)
      }
    }
    return total
  }
}
