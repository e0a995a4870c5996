/// Blocks whose ends fall in local time that does not exist: the hour a
/// spring-forward change skips (`block-in-dst-gap`).
enum ClockGaps {
  struct Finding {
    var block: HoursBlock
    var message: String
    var hint: String
  }

  /// For each block of the week, the first date of the window on which it
  /// starts, ends or lies in skipped local time; nothing when the zone is
  /// unknown. Dates for which `replaced` is true (a holiday or an override
  /// owns them) are not the week's.
  static func blocks(
    of hours: WeeklyHours, in zone: String, window: DateWindow, replaced: (CivilDate) -> Bool = { _ in false },
    database: TimeZoneDatabase = .builtIn
  ) -> [Finding] {
    guard let rules = database.rules(for: zone) else { return [] }
    let skips = rules.changes(from: Int64(window.from.day - 2) * 86_400, to: Int64(window.until.day + 2) * 86_400)
      .filter { $0.after > $0.before }
    guard !skips.isEmpty else { return [] }
    var findings: [Finding] = []
    for block in hours.blocks where block.start != block.end {
      blockLoop: for skip in skips {
        let skipStart = skip.at + Int64(skip.before)
        let skipEnd = skip.at + Int64(skip.after)
        let firstDate = CoverageText.reading(skipStart).date.advanced(by: -1)
        let lastDate = CoverageText.reading(skipEnd).date
        for date in firstDate...lastDate
        where block.days.contains(date.weekday) && date >= window.from && date < window.until {
          let start = Int64(date.day) * 86_400 + Int64(block.start) * 60
          let end = start + Int64(block.minutes) * 60
          guard let meeting = Meeting(start, end, skip),
            !replaced(CoverageText.reading(meeting.startsInside ? start : end).date)
          else { continue }
          let startsInside = meeting.startsInside
          let day = "\(CoverageText.reading(startsInside ? start : end).date.iso)"
          let message: String
          if meeting.isEmpty {
            message =
              "block '\(block.label)' lies in local time that does not exist on \(day) in \(zone) "
              + "(clocks go from \(meeting.skipped)): that day it is empty"
          } else {
            let which = startsInside ? "starts" : "ends"
            let at = CoverageText.clock(CoverageText.reading(startsInside ? start : end).time)
            message =
              "block '\(block.label)' \(which) at \(at) on \(day), a time that does not exist in \(zone) "
              + "(clocks go from \(meeting.skipped)): that day it runs \(meeting.runs)"
          }
          findings.append(
            Finding(
              block: block, message: message,
              hint: meeting.isEmpty
                ? "move the block out of the skipped hour, or accept that it is empty that day"
                : "move the block's \(startsInside ? "start" : "end") out of the skipped hour, or accept the shorter day"
            ))
          break blockLoop
        }
      }
    }
    return findings
  }

  /// What a dated block on `date` covers when it starts, ends or lies in
  /// local time that the zone skips that day; nil when it does not.
  static func datedBlock(_ block: DayBlock, on date: CivilDate, in rules: ZoneRules) -> String? {
    let midnight = Int64(date.day) * 86_400
    let skips = rules.changes(from: midnight - 2 * 86_400, to: midnight + 3 * 86_400).filter { $0.after > $0.before }
    let (start, end) = (midnight + Int64(block.start) * 60, midnight + Int64(block.end) * 60)
    guard let meeting = skips.lazy.compactMap({ Meeting(start, end, $0) }).first else { return nil }
    let clocks = "on \(date.iso) in \(rules.name) (clocks go from \(meeting.skipped))"
    return meeting.isEmpty
      ? "lies in local time that does not exist \(clocks): it is empty"
      : "\(meeting.startsInside ? "starts" : "ends") at a time that does not exist \(clocks): it runs \(meeting.runs)"
  }

  /// How a local stretch `[start, end)`, in local seconds, meets the local
  /// time that a spring-forward change skips; nil when neither end is in it.
  struct Meeting {
    var startsInside: Bool
    var endsInside: Bool
    /// True when the whole stretch is skipped.
    var isEmpty: Bool
    /// `02:00 to 03:00`.
    var skipped: String
    /// What the stretch covers that day: `03:00-06:00`.
    var runs: String

    init?(_ start: Int64, _ end: Int64, _ skip: ClockChange) {
      let skipStart = skip.at + Int64(skip.before)
      let skipEnd = skip.at + Int64(skip.after)
      startsInside = skipStart <= start && start < skipEnd
      endsInside = skipStart < end && end < skipEnd
      guard startsInside || endsInside else { return nil }
      isEmpty = startsInside && end <= skipEnd
      skipped =
        CoverageText.clock(CoverageText.reading(skipStart).time) + " to "
        + CoverageText.clock(CoverageText.reading(skipEnd).time)
      let effective = Span(startsInside ? skipEnd : start, endsInside ? skipStart : end)
      runs =
        CoverageText.clock(CoverageText.reading(effective.start).time) + "-"
        + CoverageText.clock(CoverageText.reading(effective.end).time)
    }
  }
}
