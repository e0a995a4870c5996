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
      let appeared = Span.subtracting(oldGaps, from: newGaps)
      let disappeared = Span.subtracting(newGaps, from: oldGaps)
      let members = (old: old?.members ?? [], new: new?.members ?? [])
      // What dated entries take out of the promised time, on each side.
      let oldClosed = old?.closed ?? []
      let newClosed = new?.closed ?? []
      let closedNow = Span.subtracting(
        Span.merged(oldClosed.map(\.span)), from: Span.merged(newClosed.map(\.span)))
      let openAgain = Span.subtracting(
        Span.merged(newClosed.map(\.span)), from: Span.merged(oldClosed.map(\.span)))
      let zone = newReport.workspaceZone
      groups.append(
        DiffReport.GroupCoverageImpact(
          group: id, before: old.map { ($0.promisedSeconds, $0.coveredSeconds) },
          after: new.map { ($0.promisedSeconds, $0.coveredSeconds) },
          appeared: collapse(appeared, window: window, zone: zone) {
            (old == nil ? [Self.availability(id, changes, enabled: true)] : [])
              + attribution.causes(of: $0, group: id, members: members, appeared: true)
          },
          disappeared: collapse(disappeared, window: window, zone: zone) { spans in
            if new == nil { return [Self.availability(id, changes, enabled: false)] }
            let closing = Self.causes(of: spans, in: newClosed)
            return (closing.isEmpty ? [] : ["no longer promised: " + closing.joined(separator: ", ")])
              + attribution.causes(of: spans, group: id, members: members, appeared: false)
          },
          noLongerPromised: collapse(closedNow, window: window, zone: zone) { Self.causes(of: $0, in: newClosed) },
          promisedAgain: collapse(openAgain, window: window, zone: zone) { spans in
            Self.causes(of: spans, in: oldClosed).map { "no longer " + $0 }
          }))
    }
    return DiffReport.CoverageImpact(
      window: window, timezone: newReport.timezone, zone: newReport.workspaceZone, groups: groups)
  }

  /// The dated entries that close these stretches, as coverage names them.
  static func causes(of spans: [Span], in closed: [ClosedStretch]) -> [String] {
    var causes: [String] = []
    for stretch in closed where spans.contains(where: { $0.start < stretch.span.end && stretch.span.start < $0.end }) {
      for cause in stretch.causes.map(CoverageText.describe) where !causes.contains(cause) { causes.append(cause) }
    }
    return causes
  }

  /// Why a group is on one side only: added or removed, enabled or disabled.
  static func availability(_ group: String, _ changes: [EntityChange], enabled: Bool) -> String {
    let change = changes.first { $0.section == "group" && $0.id == group }
    switch change?.kind {
    case .added?: return "group \(group) added"
    case .removed?: return "group \(group) removed"
    default: return "group \(group) \(enabled ? "enabled" : "disabled")"
    }
  }

  /// Stretches at the same local times on the same weekdays are one line,
  /// as coverage writes them: `every mon-fri 09:00-10:00` when they come
  /// every week of the window, `tue-thu 16:30-20:00, weeks of 2026-03-02,
  /// 2026-03-09` when in some, and one date otherwise.
  static func collapse(
    _ spans: [Span], window: DateWindow, zone: ZoneTimeline, causes: ([Span]) -> [String]
  ) -> [DiffReport.GapImpact] {
    // By weekday and local times: the Mondays of the weeks, and the spans.
    struct Key: Hashable {
      var times: String
      var weekday: Int
    }
    var keys: [Key] = []
    var byKey: [Key: (weeks: [CivilDate], spans: [Span])] = [:]
    for span in spans {
      let date = CoverageText.startDate(span, in: zone)
      let key = Key(times: CoverageText.times(span, in: zone), weekday: date.weekday.rawValue)
      if byKey[key] == nil { keys.append(key) }
      byKey[key, default: ([], [])].weeks.append(date.monday)
      byKey[key, default: ([], [])].spans.append(span)
    }
    var weeksOfWindow: [Set<CivilDate>] = Array(repeating: [], count: 7)
    var date = window.from
    while date < window.until {
      weeksOfWindow[date.weekday.rawValue].insert(date.monday)
      date = date.advanced(by: 1)
    }
    // Neighbouring weekdays with the same times in the same weeks join.
    var lines: [(days: ClosedRange<Int>, key: Key, weeks: [CivilDate], spans: [Span])] = []
    for key in keys.sorted(by: { ($0.times, $0.weekday) < ($1.times, $1.weekday) }) {
      let entry = byKey[key]!
      if let last = lines.last, last.key.times == key.times, last.days.upperBound == key.weekday - 1,
        last.weeks == entry.weeks
      {
        lines[lines.count - 1].days = last.days.lowerBound...key.weekday
        lines[lines.count - 1].spans += entry.spans
      } else {
        lines.append((key.weekday...key.weekday, key, entry.weeks, entry.spans))
      }
    }
    var impacts: [DiffReport.GapImpact] = []
    for line in lines {
      let seconds = line.spans.reduce(0) { $0 + $1.seconds }
      let days =
        line.days.count == 1
        ? Weekday.allCases[line.days.lowerBound].name
        : Weekday.allCases[line.days.lowerBound].name + "-" + Weekday.allCases[line.days.upperBound].name
      let when: String
      if line.weeks.count == 1 && line.days.count == 1 {
        when = CoverageText.describe(line.spans[0], in: zone)
      } else if line.days.allSatisfy({ Set(line.weeks) == weeksOfWindow[$0] }) {
        when = "every \(days) \(line.key.times)"
      } else if line.weeks.count == 1 {
        when = "\(days) \(line.key.times), the week of \(line.weeks[0].iso)"
      } else {
        when = "\(days) \(line.key.times), weeks of " + line.weeks.map(\.iso).joined(separator: ", ")
      }
      impacts.append(DiffReport.GapImpact(when: when, spans: line.spans, seconds: seconds, causes: causes(line.spans)))
    }
    return impacts.sorted { $0.spans[0].start < $1.spans[0].start }
  }
}

/// Who made a stretch a gap, or filled it: the members whose online time
/// there went down (or up), with what changed about them; and the group's
/// own service hours when they changed.
struct Attribution {
  var changes: [EntityChange]
  var old: CoverageEngine
  var new: CoverageEngine

  mutating func causes(
    of stretches: [Span], group: String, members: (old: [String], new: [String]), appeared: Bool
  ) -> [String] {
    let spans = stretches.sorted { $0.start < $1.start }
    // A group on one side only is named by the caller (`availability`).
    var causes: [String] = []
    let groupChange = changes.first { $0.section == "group" && $0.id == group }
    if let fields = groupChange?.fields, fields.contains(where: { $0.field.hasPrefix("service_hours") }) {
      causes.append("service hours of \(group)")
    }
    for agent in Set(members.old).union(members.new).sorted() {
      let before = members.old.contains(agent) ? Self.overlap(old.onlineSpans(ofAgent: agent), spans) : 0
      let after = members.new.contains(agent) ? Self.overlap(new.onlineSpans(ofAgent: agent), spans) : 0
      guard appeared ? after < before : after > before else { continue }
      causes.append("\(agent) (\(reason(agent, spans, group: group, members: members)))")
    }
    return causes
  }

  /// What changed about an agent that touches these stretches: the weekly
  /// hours of their weekdays, dated entries of their dates (the agent's own
  /// or a calendar's it observes), a closure; everything that changed about
  /// the agent when none of these does.
  func reason(_ agent: String, _ spans: [Span], group: String, members: (old: [String], new: [String])) -> String {
    let change = changes.first { $0.section == "agent" && $0.id == agent }
    if change?.kind == .removed { return "removed" }
    if change?.kind == .added { return "added" }
    if !members.old.contains(agent) { return "joined \(group)" }
    if !members.new.contains(agent) { return "left \(group)" }
    let zone = new.liveChatZone(ofAgent: agent).map(new.timeline) ?? new.workspaceZone
    var dates = Set<CivilDate>()
    for span in spans {
      var date = CoverageText.reading(zone.local(span.start)).date
      let last = CoverageText.reading(zone.local(span.end - 1)).date
      while date <= last {
        dates.insert(date)
        date = date.advanced(by: 1)
      }
    }
    var reasons: [String] = []
    func add(_ reason: String) { if !reasons.contains(reason) { reasons.append(reason) } }
    for field in change?.fields ?? [] where Self.touches(field, dates) { add(field.label) }
    let observed = Set(new.calendars(ofAgent: agent) + old.calendars(ofAgent: agent))
    for calendar in changes where calendar.section == "calendar" && observed.contains(calendar.id ?? "") {
      if calendar.fields.contains(where: { Self.touches($0, dates) }) || calendar.kind != .changed {
        add("calendar \(calendar.id ?? "")")
      }
    }
    for closure in changes where closure.section == "closure" { add("closure '\(closure.id ?? "")'") }
    if reasons.isEmpty {
      for field in change?.fields ?? [] { add(field.label) }
    }
    return reasons.isEmpty ? "dated entries" : reasons.joined(separator: ", ")
  }

  /// True when a change may touch these local dates: weekly hours of one of
  /// their weekdays, a dated entry of one of them, or a key with no scope.
  static func touches(_ field: FieldChange, _ dates: Set<CivilDate>) -> Bool {
    guard let scope = field.scope else { return true }
    if field.field.hasSuffix("hours"), let days = weekdays(scope) {
      return dates.contains { days.contains($0.weekday) }
    }
    let spec = try? DateSpec.parse(scope, range: scope.contains("..")).get()
    return spec.map { spec in dates.contains { spec.contains($0) } } ?? true
  }

  /// `mon`, `tue-fri` or, round the week, `sun-thu` as weekdays; nil for anything else.
  static func weekdays(_ scope: String) -> Set<Weekday>? {
    let names = scope.split(separator: "-").map(String.init)
    let days = names.compactMap { name in Weekday.allCases.first { $0.name == name } }
    guard days.count == names.count, let first = days.first, let last = days.last else { return nil }
    return Set(Weekday.allCases.filter { first <= last ? first <= $0 && $0 <= last : first <= $0 || $0 <= last })
  }

  /// Seconds of `spans` within `stretches` (both sorted and disjoint).
  static func overlap(_ spans: [Span], _ stretches: [Span]) -> Int64 {
    Span.intersecting(spans, stretches).reduce(0) { $0 + $1.seconds }
  }
}
