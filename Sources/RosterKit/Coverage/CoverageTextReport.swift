import Dispatch

/// A group's gaps as lines people read. Gaps with the same local times,
/// agents and cause are gathered: on every week of the window they become
/// one line (`every mon-fri 12:00-13:00`), on some weeks one line with those
/// weeks (`mon-thu 17:00-18:00, weeks of 2026-03-09 to 2026-03-23`), and a
/// gap that happens once is one dated line.
public struct GapLine: Sendable {
  /// `every mon-fri 12:00-13:00`, `2026-03-09 mon 16:00-17:00`.
  public var when: String
  /// `except the weeks of 2026-03-09 to 2026-03-23`, or nil.
  public var except: String?
  /// `nobody online`, `only alice online`.
  public var who: String
  public var cause: String?
  /// How many gaps the line stands for, and their seconds.
  public var count: Int
  public var seconds: Int64
  /// The first gap's start, to sort lines.
  var first: Int64

  /// Every group's lines, in the order of the groups, worked out on every core.
  public static func lines(_ report: CoverageReport) -> [[GapLine]] {
    let results = ResultSlots<[GapLine]>(count: report.groups.count)
    DispatchQueue.concurrentPerform(iterations: report.groups.count) { index in
      results.store(lines(report.groups[index], in: report), at: index)
    }
    return results.values
  }

  public static func lines(_ group: GroupCoverage, in report: CoverageReport) -> [GapLine] {
    let zone = report.workspaceZone
    // Gaps are gathered by their local times (as seconds from the start
    // date's midnight), agents and clock changes; the words come once per line.
    struct Key: Hashable {
      var start: Int64
      var end: Int64
      var agents: [String]
      var changes: [ZoneChange]
      var dated: [DatedCause]
    }
    let all = group.gaps
    let starts = zone.locals(all.map(\.span.start))
    let ends = zone.locals(all.map(\.span.end))
    var order: [Key] = []
    var byKey: [Key: [Int]] = [:]
    var startDates: [CivilDate] = []
    startDates.reserveCapacity(all.count)
    for (index, gap) in all.enumerated() {
      let day = floorDivide(starts[index], 86_400)
      let midnight = day * 86_400
      startDates.append(CivilDate(day: Int(day)))
      let key = Key(
        start: starts[index] - midnight, end: ends[index] - midnight, agents: gap.agents, changes: gap.clockChanges,
        dated: gap.datedCauses)
      if byKey[key] == nil { order.append(key) }
      byKey[key, default: []].append(index)
    }
    // For each weekday, the Mondays of the weeks in which it falls inside the window.
    let expected = Weekday.allCases.map { expectedWeeks($0, report.window) }
    var lines: [GapLine] = []
    for key in order {
      let indices = byKey[key]!
      let times = CoverageText.times(all[indices[0]].span, in: zone)
      let cause = CoverageText.cause(all[indices[0]])
      // For each weekday, the Mondays of the weeks with this gap (in order, as the gaps are).
      var mondays = [[CivilDate]](repeating: [], count: 7)
      for index in indices {
        let date = startDates[index]
        if mondays[date.weekday.rawValue].last != date.monday { mondays[date.weekday.rawValue].append(date.monday) }
      }
      var weeks: [Weekday: Set<CivilDate>] = [:]
      for day in Weekday.allCases where !mondays[day.rawValue].isEmpty { weeks[day] = Set(mondays[day.rawValue]) }
      let who = who(key.agents)
      func line(_ when: String, except: String? = nil, days: Set<Weekday>) -> GapLine {
        let mask = Weekdays(days)
        var count = 0
        var seconds: Int64 = 0
        var first: Int64?
        for index in indices where mask.contains(startDates[index].weekday) {
          count += 1
          seconds += all[index].span.seconds
          if first == nil { first = all[index].span.start }
        }
        return GapLine(
          when: when, except: except, who: who, cause: cause, count: count, seconds: seconds, first: first ?? 0)
      }
      // Weekdays with the gap on every week of the window: one line.
      let every = Set(weeks.keys.filter { weeks[$0] == expected[$0.rawValue] && weeks[$0]!.count > 1 })
      if !every.isEmpty {
        lines.append(line(every.count == 7 ? "daily \(times)" : "every \(days(every)) \(times)", days: every))
      }
      // The other weekdays, gathered by the weeks they share.
      var rest: [Set<CivilDate>: Set<Weekday>] = [:]
      for (day, mondays) in weeks where !every.contains(day) { rest[mondays, default: []].insert(day) }
      for (mondays, dayset) in rest {
        let sorted = mondays.sorted()
        if sorted.count == 1, dayset.count == 1 {
          let date = sorted[0].advanced(by: dayset.first!.rawValue)
          lines.append(line("\(date.iso) \(date.weekday.name) \(times)", days: dayset))
          continue
        }
        let all = dayset.map { expected[$0.rawValue] }.reduce(Set<CivilDate>()) { $0.union($1) }
        let missing = all.subtracting(mondays).sorted()
        if sorted.count > 1, missing.count < sorted.count, let range = weekRange(missing) {
          lines.append(line("every \(days(dayset)) \(times)", except: "except \(range)", days: dayset))
        } else {
          let scope = weekRange(sorted) ?? "weeks of " + sorted.map(\.iso).joined(separator: ", ")
          lines.append(line("\(days(dayset)) \(times), \(scope)", days: dayset))
        }
      }
    }
    return lines.sorted { ($0.first, $0.when) < ($1.first, $1.when) }
  }

  /// The Mondays of the weeks in which `day` falls inside the window.
  static func expectedWeeks(_ day: Weekday, _ window: DateWindow) -> Set<CivilDate> {
    Set((window.from..<window.until).filter { $0.weekday == day }.map(\.monday))
  }

  /// `the week of 2026-03-09`, `the weeks of 2026-03-09 to 2026-03-23`; nil when not consecutive.
  static func weekRange(_ mondays: [CivilDate]) -> String? {
    guard let first = mondays.first, let last = mondays.last else { return nil }
    guard first.distance(to: last) == 7 * (mondays.count - 1) else { return nil }
    return mondays.count == 1 ? "the week of \(first.iso)" : "the weeks of \(first.iso) to \(last.iso)"
  }

  /// `mon-fri`, `mon, wed`, `tue-thu, sat`, `daily`.
  static func days(_ days: Set<Weekday>) -> String {
    if days.count == 7 { return "daily" }
    var runs: [(Weekday, Weekday)] = []
    for day in Weekday.allCases where days.contains(day) {
      if let last = runs.last, last.1.rawValue + 1 == day.rawValue {
        runs[runs.count - 1].1 = day
      } else {
        runs.append((day, day))
      }
    }
    return runs.map { $0 == $1 ? $0.name : "\($0.name)-\($1.name)" }.joined(separator: ", ")
  }

  static func who(_ agents: [String]) -> String {
    agents.isEmpty ? "nobody online" : "only \(agents.joined(separator: ", ")) online"
  }
}

/// `roster coverage` as text: the window, then per group its share covered and its gaps.
public enum CoverageTextReport {
  /// Names, reasons and causes come from the configuration: control
  /// characters in them are shown escaped, as in diagnostics, never sent to the terminal.
  public static func render(_ report: CoverageReport) -> String {
    unescaped(report).split(separator: "\n", omittingEmptySubsequences: false).map {
      TextRenderer.escaped(String($0))
    }.joined(separator: "\n")
  }

  private static func unescaped(_ report: CoverageReport) -> String {
    var out = header(report) + "\n"
    for (group, lines) in zip(report.groups, GapLine.lines(report)) {
      out += "\n" + title(group) + "\n"
      for line in summary(group) { out += "  " + line + "\n" }
      let width = lines.map(\.when.count).max() ?? 0
      for line in lines {
        var text = "    " + line.when + String(repeating: " ", count: width - line.when.count) + "  " + line.who
        if let except = line.except { text += ", " + except }
        if let cause = line.cause { text += "; " + cause }
        out += text + "\n"
      }
      let closed = closedLines(group, in: report)
      if !closed.isEmpty {
        let total = group.closed.reduce(0) { $0 + $1.span.seconds }
        out += "  closed by dated entries: \(CoverageText.duration(total)) of the weekly service hours\n"
        let width = closed.map(\.when.count).max() ?? 0
        for line in closed {
          out += "    " + line.when + String(repeating: " ", count: width - line.when.count) + "  " + line.cause + "\n"
        }
      }
    }
    if report.groups.isEmpty { out += "\nno enabled group\n" }
    return out
  }

  /// A group's closed stretches as lines: `2026-04-06 mon 09:00-18:00` and the entry.
  public static func closedLines(_ group: GroupCoverage, in report: CoverageReport) -> [(when: String, cause: String)] {
    group.closed.map { stretch in
      (
        CoverageText.describe(stretch.span, in: report.workspaceZone),
        stretch.causes.map(CoverageText.describe).joined(separator: "; ")
      )
    }
  }

  /// `Coverage 2026-01-05 to 2026-04-05 (13 weeks, from workspace.coverage), times in Europe/Paris, tz 2026f`.
  public static func header(_ report: CoverageReport) -> String {
    let days = report.window.from.distance(to: report.window.until)
    let length = days % 7 == 0 ? "\(days / 7) week\(days == 7 ? "" : "s")" : "\(days) day\(days == 1 ? "" : "s")"
    let source: String
    switch report.windowSource {
    case .configured: source = "workspace.coverage"
    case .arguments: source = "--from/--until"
    case .currentWeeks: source = "the four weeks from this Monday; set workspace.coverage or --from/--until"
    }
    return "Coverage from \(report.window.from.iso) to \(report.window.until.advanced(by: -1).iso) "
      + "(\(length), \(source)), times in \(report.timezone), tz database \(report.tzVersion)"
  }

  /// `support (Support)`.
  public static func title(_ group: GroupCoverage) -> String {
    group.name == group.id ? group.id : "\(group.id) (\(group.name))"
  }

  /// The service hours and the covered share, or the staffing of a group that promises nothing.
  public static func summary(_ group: GroupCoverage) -> [String] {
    guard let service = group.serviceHours, let zone = group.serviceZone else {
      return [
        "no service hours; someone online \(CoverageText.duration(group.staffedSeconds)) of the window"
          + (group.members.isEmpty ? ", and no member chats" : "")
      ]
    }
    let hours = service.hours.blocks.map(\.label).joined(separator: ", ")
    let agents = group.minAgents == 1 ? "1 agent" : "\(group.minAgents) agents"
    let gapTotal = group.promisedSeconds - group.coveredSeconds
    var lines = ["service hours \(hours.isEmpty ? "none" : hours) (\(zone)), at least \(agents)"]
    lines.append(
      "covered \(CoverageText.percent(group.coveredSeconds, of: group.promisedSeconds)) of "
        + "\(CoverageText.duration(group.promisedSeconds)) promised"
        + (group.gaps.isEmpty
          ? ", no gap"
          : "; \(CoverageText.duration(gapTotal)) in \(group.gaps.count) gap\(group.gaps.count == 1 ? "" : "s"):"))
    return lines
  }
}
