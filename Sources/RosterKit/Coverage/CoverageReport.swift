/// Who answers visitors, and when: each enabled group's staffing and gaps
/// over a window of dates (SPEC 8), exact to the second.
public struct CoverageReport: Sendable {
  /// Where the window comes from, for the report to say.
  public enum WindowSource: Sendable, Equatable {
    /// `workspace.coverage`.
    case configured
    /// `--from` and `--until`.
    case arguments
    /// Four weeks from the Monday of the current week, with no window set.
    case currentWeeks
  }

  public var window: DateWindow
  public var windowSource: WindowSource
  /// The workspace time zone (canonical), in which the window and the report's local times are read.
  public var timezone: String
  /// The tz database release the report was computed with.
  public var tzVersion: String
  /// The window in real time: from the first instant the workspace clock reads `from` 00:00,
  /// to the first instant it reads `until` 00:00.
  public var span: Span
  /// The enabled groups asked for, sorted by id.
  public var groups: [GroupCoverage]
  /// The workspace zone over the window, to write instants as local times.
  public var workspaceZone: ZoneTimeline
}

/// One group's coverage over the window.
public struct GroupCoverage: Sendable {
  public var id: String
  /// The name in the default locale.
  public var name: String
  /// The service hours, as written; nil when the group promises nothing.
  public var serviceHours: ServiceHours?
  /// The service hours' time zone (canonical); nil without service hours.
  public var serviceZone: String?
  public var minAgents: Int
  /// The members with live-chat hours, sorted.
  public var members: [String]
  /// Seconds of the window inside the service hours.
  public var promisedSeconds: Int64
  /// Promised seconds with at least `minAgents` agents online.
  public var coveredSeconds: Int64
  /// Seconds of the window with at least one member online.
  public var staffedSeconds: Int64
  /// Stretches of promised time with fewer than `minAgents` agents online, in order.
  public var gaps: [Gap]
  /// Stretches of the weekly service hours that dated entries close, in the window, in order.
  public var closed: [ClosedStretch]
  /// The week in the workspace time zone, 48 cells a day, Monday first.
  public var week: [WeekCell]

  /// The covered share of the promised time, 0 to 1; 1 when nothing is promised.
  public var coveredShare: Double {
    promisedSeconds == 0 ? 1 : Double(coveredSeconds) / Double(promisedSeconds)
  }
}

/// A stretch of promised time with too few agents online, and the same agents throughout.
public struct Gap: Sendable {
  public var span: Span
  /// The agents online during the gap, sorted (none when `minAgents` is 1).
  public var agents: [String]
  /// The clock changes that explain the gap: the same hours are covered in the
  /// weeks before and after, and these zones changed their clocks between.
  public var clockChanges: [ZoneChange]
  /// The dated entries that take out members, or add promised time, during the gap.
  public var datedCauses: [DatedCause] = []
}

/// A stretch of a group's weekly service hours that a holiday, an override or a closure takes out.
public struct ClosedStretch: Sendable {
  public var span: Span
  public var causes: [DatedCause]
}

/// A dated entry, as a cause in a report.
public struct DatedCause: Sendable, Hashable, Comparable {
  public enum Kind: String, Sendable {
    case holiday
    case timeOff = "time-off"
    case override
    case closure
  }

  public var kind: Kind
  /// The entry's name or reason; nil when it has none.
  public var name: String?
  /// A holiday's calendar.
  public var calendar: String?
  /// The agent of time off.
  public var agent: String?
  /// The entry's dates as written: `12-25`, `2026-08-03..2026-08-21`; a closure's `from` and `until`.
  public var dates: String

  public static func < (a: DatedCause, b: DatedCause) -> Bool {
    (a.kind.rawValue, a.agent ?? "", a.calendar ?? "", a.name ?? "", a.dates)
      < (b.kind.rawValue, b.agent ?? "", b.calendar ?? "", b.name ?? "", b.dates)
  }
}

/// A clock change of one zone.
public struct ZoneChange: Sendable, Hashable {
  public var zone: String
  public var change: ClockChange
}

/// Half an hour of the week in the workspace time zone, over every week of the window.
public struct WeekCell: Sendable {
  public enum Status: String, Sendable {
    /// Promised, and at some promised moment nobody is online.
    case nobody
    /// Promised, someone always online, but at some moment fewer than `min_agents`.
    case under
    /// Promised and always staffed.
    case staffed
    /// Not promised.
    case closed
  }

  public var day: Weekday
  /// Minutes since midnight: 0, 30, … 1410.
  public var start: Int
  /// Seconds of the window in this cell.
  public var seconds: Int64
  /// Of which promised.
  public var promisedSeconds: Int64
  /// The fewest and the time-weighted mean agents online over the cell's time.
  public var minAgents: Int
  public var meanAgents: Double
  /// The fewest agents online over the cell's promised time; nil when none is promised.
  public var minPromisedAgents: Int?
  public var status: Status

  /// The share of the cell's time that is promised, 0 to 1.
  public var promisedShare: Double { seconds == 0 ? 0 : Double(promisedSeconds) / Double(seconds) }
}
