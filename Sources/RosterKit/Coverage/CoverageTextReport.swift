/// A group's gaps as lines people read: a gap that comes back at the same
/// local times on most weeks is one line (`every mon 12:00-13:00`, with the
/// dates it skips), the others one line each, with their cause.
public struct GapLine: Sendable {
  /// `every mon 12:00-13:00` or `2026-03-09 mon 16:00-17:00`.
  public var when: String
  /// For a weekly line: the dates of that weekday in the window without this gap.
  public var except: [CivilDate]
  /// `nobody online`, `only alice online`.
  public var who: String
  public var cause: String?
  /// How many gaps the line stands for, and their seconds.
  public var count: Int
  public var seconds: Int64

  public static func lines(_ group: GroupCoverage, in report: CoverageReport) -> [GapLine] {
    let zone = report.workspaceZone
    struct Key: Hashable {
      var weekday: Weekday
      var times: String
      var agents: [String]
    }
    var weekly: [Key: [Gap]] = [:]
    for gap in group.gaps where gap.clockChanges.isEmpty {
      let date = CoverageText.startDate(gap.span, in: zone)
      weekly[Key(weekday: date.weekday, times: CoverageText.times(gap.span, in: zone), agents: gap.agents), default: []]
        .append(gap)
    }
    var repeated: [(key: Key, gaps: [Gap], except: [CivilDate])] = []
    var collapsed = Set<Key>()
    for (key, gaps) in weekly where gaps.count >= 2 {
      let dates = Set(gaps.map { CoverageText.startDate($0.span, in: zone) })
      let all = (report.window.from..<report.window.until).filter { $0.weekday == key.weekday }
      let missing = all.filter { !dates.contains($0) }
      guard missing.count * 2 <= all.count else { continue }
      repeated.append((key, gaps, missing))
      collapsed.insert(key)
    }
    repeated.sort { ($0.key.weekday, $0.key.times) < ($1.key.weekday, $1.key.times) }
    var lines = repeated.map { entry in
      GapLine(
        when: "every \(entry.key.weekday.name) \(entry.key.times)", except: entry.except, who: who(entry.key.agents),
        cause: nil, count: entry.gaps.count, seconds: entry.gaps.reduce(0) { $0 + $1.span.seconds })
    }
    for gap in group.gaps {
      let date = CoverageText.startDate(gap.span, in: zone)
      let key = Key(weekday: date.weekday, times: CoverageText.times(gap.span, in: zone), agents: gap.agents)
      if gap.clockChanges.isEmpty && collapsed.contains(key) { continue }
      lines.append(
        GapLine(
          when: CoverageText.describe(gap.span, in: zone), except: [], who: who(gap.agents),
          cause: CoverageText.cause(gap), count: 1, seconds: gap.span.seconds))
    }
    return lines
  }

  static func who(_ agents: [String]) -> String {
    agents.isEmpty ? "nobody online" : "only \(agents.joined(separator: ", ")) online"
  }

  /// `except 2026-03-09, 2026-03-16`, or nothing.
  public var exceptText: String? {
    except.isEmpty ? nil : "except " + except.map(\.iso).joined(separator: ", ")
  }
}

/// `roster coverage` as text: the window, then per group its share covered and its gaps.
public enum CoverageTextReport {
  public static func render(_ report: CoverageReport) -> String {
    var out = header(report) + "\n"
    for group in report.groups {
      out += "\n" + title(group) + "\n"
      for line in summary(group) { out += "  " + line + "\n" }
      let lines = GapLine.lines(group, in: report)
      let width = lines.map(\.when.count).max() ?? 0
      for line in lines {
        var text = "    " + line.when.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + line.who
        if let except = line.exceptText { text += ", " + except }
        if let cause = line.cause { text += "; " + cause }
        out += text + "\n"
      }
    }
    if report.groups.isEmpty { out += "\nno enabled group\n" }
    return out
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
