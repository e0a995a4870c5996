/// How coverage spells durations, local times and clock changes, in every
/// format and message alike.
public enum CoverageText {
  /// `585h`, `12h30m`, `45m`, `20s`.
  public static func duration(_ seconds: Int64) -> String {
    guard seconds > 0 else { return "0m" }
    let hours = seconds / 3600
    let minutes = seconds % 3600 / 60
    let rest = seconds % 60
    var text = ""
    if hours > 0 { text += "\(hours)h" }
    if minutes > 0 { text += "\(minutes)m" }
    if rest > 0 { text += "\(rest)s" }
    return text
  }

  /// `09:00`, or `09:00:30` when there are seconds.
  public static func clock(_ secondOfDay: Int64) -> String {
    let text = Clock.format(Int(secondOfDay / 60))
    return secondOfDay % 60 == 0 ? text : text + ":" + CivilDate.pad(Int(secondOfDay % 60), 2)
  }

  /// A local reading as a date and a time of day.
  public static func reading(_ local: Int64) -> (date: CivilDate, time: Int64) {
    let day = Int(floorDivide(local, 86_400))
    return (CivilDate(day: day), local - Int64(day) * 86_400)
  }

  /// The local date a span starts on, in the zone.
  public static func startDate(_ span: Span, in zone: ZoneTimeline) -> CivilDate {
    reading(zone.local(span.start)).date
  }

  /// `09:00-10:00`, `23:00-02:00 next day`, `23:00-2026-03-12 thu 02:00`: the span's
  /// local times, the end's weekday or date written when it is on another day.
  public static func times(_ span: Span, in zone: ZoneTimeline) -> String {
    let start = reading(zone.local(span.start))
    var end = reading(zone.local(span.end))
    // A span that ends at midnight ends at 24:00 of its last day.
    if end.time == 0, end.date > start.date {
      end = (end.date.advanced(by: -1), 86_400)
    }
    let endText = end.time == 86_400 ? "24:00" : clock(end.time)
    switch start.date.distance(to: end.date) {
    case 0: return clock(start.time) + "-" + endText
    case 1: return clock(start.time) + "-" + endText + " next day"
    default: return clock(start.time) + "-" + end.date.iso + " " + end.date.weekday.name + " " + endText
    }
  }

  /// `2026-03-09 mon 09:00-10:00`.
  public static func describe(_ span: Span, in zone: ZoneTimeline) -> String {
    let date = startDate(span, in: zone)
    return date.iso + " " + date.weekday.name + " " + times(span, in: zone)
  }

  /// `on 2026-03-08 02:00 → 03:00`: when and how a clock changes, in its zone's readings.
  static func moment(_ change: ClockChange) -> String {
    let before = reading(change.at + Int64(change.before))
    let after = reading(change.at + Int64(change.after))
    return "on \(before.date.iso) \(clock(before.time)) → \(clock(after.time))"
  }

  /// `clocks change: America/New_York, America/Toronto on 2026-03-08 02:00 → 03:00; Europe/London on 2026-03-29 01:00 → 02:00`:
  /// zones whose clocks change at the same local moment named together.
  public static func cause(_ gap: Gap) -> String? {
    guard gap.datedCauses.isEmpty else { return gap.datedCauses.map(describe).joined(separator: "; ") }
    guard !gap.clockChanges.isEmpty else { return nil }
    return "clocks change: " + changes(gap.clockChanges)
  }

  /// `holiday 'Noël' (fr-public)`, `alice time off (vacation)`,
  /// `override 'Black Friday'`, `closure 'All-hands'`; an entry without a
  /// name goes by its dates.
  public static func describe(_ cause: DatedCause) -> String {
    let name = cause.name.map { "'\($0)'" } ?? cause.dates
    switch cause.kind {
    case .holiday: return "holiday \(name) (\(cause.calendar ?? ""))"
    case .timeOff: return "\(cause.agent ?? "") time off " + (cause.name.map { "(\($0))" } ?? cause.dates)
    case .override: return "override \(name)"
    case .closure: return "closure \(name)"
    }
  }

  /// Clock changes, zones that change at the same local moment named together.
  public static func changes(_ changes: [ZoneChange]) -> String {
    var order: [String] = []
    var zones: [String: [String]] = [:]
    for change in changes {
      let moment = moment(change.change)
      if zones[moment] == nil { order.append(moment) }
      zones[moment, default: []].append(change.zone)
    }
    return order.map { zones[$0]!.joined(separator: ", ") + " " + $0 }.joined(separator: "; ")
  }

  /// `0.9827`: the share cut (not rounded) to four decimals, so that it is 1
  /// only when nothing is missing, as the percentages are.
  public static func share(_ part: Int64, of whole: Int64) -> String {
    guard whole > 0 else { return "1" }
    let tenThousandths = part * 10_000 / whole
    guard tenThousandths < 10_000 else { return "1" }
    var digits = CivilDate.pad(Int(tenThousandths), 4)
    while digits.hasSuffix("0") { digits.removeLast() }
    return digits.isEmpty ? "0" : "0." + digits
  }

  /// `98.2%`, never rounded up to 100% while something is missing.
  public static func percent(_ part: Int64, of whole: Int64) -> String {
    guard whole > 0 else { return "100%" }
    let tenths = part * 1000 / whole
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
