import Testing

@testable import RosterKit

// Dated entries in coverage (SPEC 9), each expected instant worked out by
// hand. Paris is +01:00 in winter and +02:00 from 29 March 2026 03:00;
// New York is -05:00 in winter; Tokyo is +09:00 all year.

@Suite struct DatedCoverageTests {
  /// A workspace in Paris observing `calendars`, the agents and groups in YAML, and the calendars and closures.
  static func yaml(
    calendars: String = "[]", agents: String, groups: String, more: String = ""
  ) -> String {
    """
    workspace: {name: Dated, timezone: Europe/Paris, default_locale: en, calendars: \(calendars)}
    agents:
    \(agents)
    groups:
    \(groups)
    \(more)
    """
  }

  /// An agent in YAML: its zone, weekly hours and further keys, in flow form.
  static func agent(_ id: String, _ hours: String, _ more: String = "", zone: String = "Europe/Paris") -> String {
    "  \(id): {name: Agent \(id), email: \(id)@dated.example, live_chat: {timezone: \(zone), hours: {\(hours)}}"
      + (more.isEmpty ? "" : ", " + more) + "}"
  }

  /// A group of `members` promising `hours`.
  static func group(_ id: String, _ members: [String], _ hours: String, _ more: String = "") -> String {
    "  \(id): {name: Desk \(id), agents: [\(members.joined(separator: ", "))], code: \(id)-code1, "
      + "service_hours: {hours: {\(hours)}" + (more.isEmpty ? "" : ", " + more) + "}}"
  }

  static let holidays = """
    calendars:
      fr-public:
        name: Jours fériés
        days:
          - {date: 2026-01-06, name: Epiphanie}
          - {date: 2026-01-07, name: Short day, hours: 10:00-12:00}
    """

  /// The one group's report.
  static func desk(_ yaml: String, from: String, until: String) throws -> GroupCoverage {
    let report = try coverage(yaml, from: from, until: until)
    return try #require(report.groups.first)
  }

  static func expect(
    _ group: GroupCoverage, promised: Int64, staffed: Int64, gaps: [Span],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(group.promisedSeconds == promised * 60, "promised", sourceLocation: sourceLocation)
    #expect(group.staffedSeconds == staffed * 60, "staffed", sourceLocation: sourceLocation)
    #expect(group.gaps.map(\.span) == gaps, "gaps \(describe(group.gaps.map(\.span)))", sourceLocation: sourceLocation)
    let gapSeconds = gaps.reduce(0) { $0 + $1.seconds }
    #expect(group.coveredSeconds == promised * 60 - gapSeconds, "covered", sourceLocation: sourceLocation)
  }
}

// MARK: - Precedence for an agent: weekly, replaced by holidays, plus extra hours, minus time off, minus closures

extension DatedCoverageTests {
  /// Weekly hours alone, the baseline of the lines below: Tuesday 6 January 2026, 09:00-17:00.
  @Test func weeklyHoursAlone() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "tue: 09:00-17:00"), groups: Self.group("desk", ["alice"], "tue: 08:00-18:00")),
      from: "2026-01-06", until: "2026-01-07")
    Self.expect(
      group, promised: 600, staffed: 480,
      gaps: [
        span("2026-01-06T08:00:00+01:00", "2026-01-06T09:00:00+01:00"),
        span("2026-01-06T17:00:00+01:00", "2026-01-06T18:00:00+01:00"),
      ])
  }

  /// A holiday of the workspace's calendar replaces the agent's whole day; the group observes nothing.
  @Test func aHolidayReplacesTheWeek() throws {
    let group = try Self.desk(
      Self.yaml(
        calendars: "[fr-public]", agents: Self.agent("alice", "tue: 09:00-17:00"),
        groups: Self.group("desk", ["alice"], "tue: 08:00-18:00", "calendars: []"), more: Self.holidays),
      from: "2026-01-06", until: "2026-01-07")
    // The group also observes the workspace's calendar: Epiphanie closes its Tuesday too.
    Self.expect(group, promised: 0, staffed: 0, gaps: [])
    #expect(group.closed.map(\.span) == [span("2026-01-06T08:00:00+01:00", "2026-01-06T18:00:00+01:00")])
    #expect(group.closed.first?.causes.map(CoverageText.describe) == ["holiday 'Epiphanie' (fr-public)"])
  }

  /// An agent's own calendar: the short day's hours replace the week, and the gap names the holiday.
  @Test func aHolidayWithHoursIsAShorterDay() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "wed: 09:00-17:00", "calendars: [fr-public]"),
        groups: Self.group("desk", ["alice"], "wed: 09:00-17:00"), more: Self.holidays),
      from: "2026-01-07", until: "2026-01-08")
    Self.expect(
      group, promised: 480, staffed: 120,
      gaps: [
        span("2026-01-07T09:00:00+01:00", "2026-01-07T10:00:00+01:00"),
        span("2026-01-07T12:00:00+01:00", "2026-01-07T17:00:00+01:00"),
      ])
    #expect(
      group.gaps.map { CoverageText.cause($0) } == [
        "holiday 'Short day' (fr-public)", "holiday 'Short day' (fr-public)",
      ])
  }

  /// Extra hours add to a holiday's day: closed all day, then 10:00-12:00.
  @Test func extraHoursAddToAHoliday() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent(
          "alice", "tue: 09:00-17:00", "calendars: [fr-public], extra_hours: [{date: 2026-01-06, hours: 10:00-12:00}]"),
        groups: Self.group("desk", ["alice"], "tue: 09:00-17:00"), more: Self.holidays),
      from: "2026-01-06", until: "2026-01-07")
    Self.expect(
      group, promised: 480, staffed: 120,
      gaps: [
        span("2026-01-06T09:00:00+01:00", "2026-01-06T10:00:00+01:00"),
        span("2026-01-06T12:00:00+01:00", "2026-01-06T17:00:00+01:00"),
      ])
  }

  /// Time off comes after the week and the extra hours: a partial day for live chat leaves 09:00-13:00.
  @Test func timeOffIsTakenOut() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent(
          "alice", "tue: 09:00-17:00",
          "time_off: [{date: 2026-01-06, hours: 13:00-17:00, only: live_chat, reason: dentist}], "
            + "extra_hours: [{date: 2026-01-06, hours: 07:00-08:00}]"),
        groups: Self.group("desk", ["alice"], "tue: 07:00-17:00")),
      from: "2026-01-06", until: "2026-01-07")
    Self.expect(
      group, promised: 600, staffed: 300,
      gaps: [
        span("2026-01-06T08:00:00+01:00", "2026-01-06T09:00:00+01:00"),
        span("2026-01-06T13:00:00+01:00", "2026-01-06T17:00:00+01:00"),
      ])
    #expect(CoverageText.cause(group.gaps[1]) == "alice time off (dentist)")
    // 08:00-09:00 is a gap of the week: no dated entry explains it.
    #expect(CoverageText.cause(group.gaps[0]) == nil)
  }

  /// Time off for meetings only leaves live chat as it is.
  @Test func meetingsTimeOffLeavesLiveChat() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "tue: 09:00-17:00", "time_off: [{date: 2026-01-06, only: meetings}]"),
        groups: Self.group("desk", ["alice"], "tue: 09:00-17:00")),
      from: "2026-01-06", until: "2026-01-07")
    Self.expect(group, promised: 480, staffed: 480, gaps: [])
  }

  /// A closure is taken out of the agents and of the promise at the same instants: no gap, less promised.
  @Test func aClosureIsTakenOutOfBoth() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "tue: 09:00-17:00"), groups: Self.group("desk", ["alice"], "tue: 09:00-17:00"),
        more: "closures:\n  - {name: All-hands, from: 2026-01-06T13:00, until: 2026-01-06T15:00, timezone: Etc/UTC}"),
      from: "2026-01-06", until: "2026-01-07")
    // 13:00-15:00 UTC is 14:00-16:00 in Paris.
    Self.expect(group, promised: 360, staffed: 360, gaps: [])
    #expect(group.closed.map(\.span) == [span("2026-01-06T14:00:00+01:00", "2026-01-06T16:00:00+01:00")])
    #expect(group.closed.first?.causes.map(CoverageText.describe) == ["closure 'All-hands'"])
  }
}

// MARK: - Precedence for service hours: weekly, replaced by holidays, replaced by overrides, minus closures

extension DatedCoverageTests {
  /// The group's own calendar: its holiday closes the promise, and the agent, who observes nothing, is online.
  @Test func aGroupHolidayClosesThePromise() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "wed: 09:00-17:00"),
        groups: Self.group("desk", ["alice"], "wed: 09:00-17:00", "calendars: [fr-public]"), more: Self.holidays),
      from: "2026-01-07", until: "2026-01-08")
    // Short day: 10:00-12:00 promised, and alice is online then.
    Self.expect(group, promised: 120, staffed: 480, gaps: [])
    #expect(
      group.closed.map(\.span) == [
        span("2026-01-07T09:00:00+01:00", "2026-01-07T10:00:00+01:00"),
        span("2026-01-07T12:00:00+01:00", "2026-01-07T17:00:00+01:00"),
      ])
  }

  /// An override comes after the holiday: the holiday closes Tuesday, the override promises 08:00-20:00.
  @Test func anOverrideReplacesTheHoliday() throws {
    let group = try Self.desk(
      Self.yaml(
        calendars: "[fr-public]", agents: Self.agent("alice", "daily: 09:00-17:00", "calendars: []"),
        groups: Self.group(
          "desk", ["alice"], "tue: 09:00-17:00", "overrides: [{date: 2026-01-06, hours: 08:00-20:00, name: Sale}]"),
        more: Self.holidays),
      from: "2026-01-06", until: "2026-01-07")
    // alice observes the workspace's calendar too: she is off all of Epiphanie.
    Self.expect(
      group, promised: 720, staffed: 0, gaps: [span("2026-01-06T08:00:00+01:00", "2026-01-06T20:00:00+01:00")])
    #expect(CoverageText.cause(group.gaps[0]) == "holiday 'Epiphanie' (fr-public); override 'Sale'")
  }

  /// An override without hours closes the day; a closure inside the rest of the week is taken out too.
  @Test func anOverrideWithoutHoursAndAClosure() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "mon-tue: 09:00-17:00"),
        groups: Self.group("desk", ["alice"], "mon-tue: 09:00-17:00", "overrides: [{date: 2026-01-05}]"),
        more: "closures:\n  - {name: Drill, from: 2026-01-06T09:30, until: 2026-01-06T10:00}"),
      from: "2026-01-05", until: "2026-01-07")
    Self.expect(group, promised: 450, staffed: 930, gaps: [])
    #expect(group.closed.map { CoverageText.describe($0.causes[0]) } == ["override 2026-01-05", "closure 'Drill'"])
  }
}

// MARK: - Dates that are hard to get right

extension DatedCoverageTests {
  /// A holiday with hours on the spring-forward day: 01:00-04:00 is two real hours.
  @Test func aHolidayOnTheSpringForwardDay() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent("alice", "sun: 00:00-24:00", "calendars: [spring]"),
        groups: Self.group("desk", ["alice"], "sun: 00:00-24:00"),
        more: "calendars:\n  spring: {name: Spring, days: [{date: 2026-03-29, name: Odd Sunday, hours: 01:00-04:00}]}"),
      from: "2026-03-29", until: "2026-03-30")
    // The day is 23 hours; online 00:00Z-02:00Z.
    Self.expect(
      group, promised: 23 * 60, staffed: 120,
      gaps: [
        span("2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00"),
        span("2026-03-29T04:00:00+02:00", "2026-03-30T00:00:00+02:00"),
      ])
  }

  /// Time off on the fall-back day takes both passes of the repeated hour.
  @Test func timeOffOnTheFallBackDay() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent(
          "alice", "sun: 01:00-04:00", "time_off: [{date: 2026-10-25, hours: 02:00-03:00, reason: repeat}]"),
        groups: Self.group("desk", ["alice"], "sun: 01:00-04:00")),
      from: "2026-10-25", until: "2026-10-26")
    // 01:00-04:00 is 23:00Z-03:00Z (four hours); 02:00-03:00 happens 00:00Z-02:00Z.
    Self.expect(group, promised: 240, staffed: 120, gaps: [span("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z")])
  }

  /// `02-29` every year: a leap year closes Tuesday 29 February 2028; 2027 has no such date.
  @Test func leapDayEveryYear() throws {
    let text = Self.yaml(
      calendars: "[leap]", agents: Self.agent("alice", "daily: 09:00-17:00"),
      groups: Self.group("desk", ["alice"], "daily: 09:00-17:00"),
      more: "calendars:\n  leap: {name: Leap, days: [{date: 02-29, name: Leap day}]}")
    let leap = try Self.desk(text, from: "2028-02-28", until: "2028-03-02")
    Self.expect(leap, promised: 2 * 480, staffed: 2 * 480, gaps: [])
    let common = try Self.desk(text, from: "2027-02-28", until: "2027-03-02")
    Self.expect(common, promised: 2 * 480, staffed: 2 * 480, gaps: [])
    #expect(leap.closed.count == 1 && common.closed.isEmpty)
  }

  /// Time off over the new year, in New York: 30 December 2026 to 2 January 2027.
  @Test func timeOffOverTheNewYear() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent(
          "bob", "daily: 09:00-17:00", "time_off: [{dates: 2026-12-30..2027-01-02, reason: holidays}]",
          zone: "America/New_York"),
        groups: Self.group("desk", ["bob"], "daily: 09:00-17:00", "timezone: America/New_York")),
      from: "2026-12-29", until: "2027-01-04")
    // Online on 29 December and 3 January only; the workspace reads New York's 09:00 as 15:00.
    Self.expect(
      group, promised: 6 * 480, staffed: 2 * 480,
      gaps: (30...33).map { day in
        let date = day <= 31 ? "2026-12-\(day)" : "2027-01-0\(day - 31)"
        return span("\(date)T09:00:00-05:00", "\(date)T17:00:00-05:00")
      })
    #expect(group.gaps.allSatisfy { CoverageText.cause($0) == "bob time off (holidays)" })
  }

  /// A holiday owns its whole date: on Monday it cuts the spill of Sunday night's block, and on
  /// Sunday it leaves the spill into Monday alone.
  @Test func aHolidayCutsTheSpillOfTheNightBefore() throws {
    func online(_ holiday: String) throws -> [Span] {
      let group = try Self.desk(
        Self.yaml(
          agents: Self.agent("alice", "sun: 22:00-06:00", "calendars: [days]"),
          groups: Self.group("desk", ["alice"], "daily: 00:00-24:00"),
          more: "calendars:\n  days: {name: Days, days: [{date: \(holiday), name: Off}]}"),
        from: "2026-01-04", until: "2026-01-06")
      return Span.merged(group.gaps.map(\.span))
    }
    // Monday 5 January: Sunday 22:00-24:00 stays, Monday 00:00-06:00 goes.
    #expect(
      try online("2026-01-05") == [
        span("2026-01-04T00:00:00+01:00", "2026-01-04T22:00:00+01:00"),
        span("2026-01-05T00:00:00+01:00", "2026-01-06T00:00:00+01:00"),
      ])
    // Sunday 4 January: Sunday 22:00-24:00 goes, Monday 00:00-06:00 stays.
    #expect(
      try online("2026-01-04") == [
        span("2026-01-04T00:00:00+01:00", "2026-01-05T00:00:00+01:00"),
        span("2026-01-05T06:00:00+01:00", "2026-01-06T00:00:00+01:00"),
      ])
  }

  /// One closure, 14:00-16:00 in Paris, is the same two real hours for agents in Paris, New York and Tokyo.
  @Test func aClosureSeenFromThreeZones() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: [
          Self.agent("paris", "tue: 13:00-17:00"),
          Self.agent("york", "tue: 07:00-11:00", zone: "America/New_York"),
          Self.agent("tokyo", "tue: 21:00-24:00", zone: "Asia/Tokyo"),
        ].joined(separator: "\n"),
        groups: Self.group("desk", ["paris", "york", "tokyo"], "tue: 13:00-17:00", "min_agents: 2"),
        more: "closures:\n  - {name: All-hands, from: 2026-01-06T14:00, until: 2026-01-06T16:00}"),
      from: "2026-01-06", until: "2026-01-07")
    // paris 12:00Z-16:00Z, york 12:00Z-16:00Z, tokyo 12:00Z-15:00Z, each less 13:00Z-15:00Z:
    // promised 12:00Z-13:00Z and 15:00Z-16:00Z; at 15:00Z tokyo is off, two remain.
    Self.expect(group, promised: 120, staffed: 120, gaps: [])
    #expect(group.closed.map(\.span) == [span("2026-01-06T13:00:00Z", "2026-01-06T15:00:00Z")])
  }
}

// MARK: - Causes

extension DatedCoverageTests {
  /// A day off over a weekly lunch gap: the entry explains the morning and the afternoon, and the
  /// lunch hour, open every week, is a gap of its own without a cause.
  @Test func anEntryExplainsOnlyWhatTheWeekCovers() throws {
    let group = try Self.desk(
      Self.yaml(
        agents: Self.agent(
          "alice", "tue: [09:00-12:00, 13:00-17:00]", "time_off: [{date: 2026-01-06, reason: sick}]"),
        groups: Self.group("desk", ["alice"], "tue: 09:00-17:00")),
      from: "2026-01-06", until: "2026-01-07")
    Self.expect(
      group, promised: 480, staffed: 0,
      gaps: [
        span("2026-01-06T09:00:00+01:00", "2026-01-06T12:00:00+01:00"),
        span("2026-01-06T12:00:00+01:00", "2026-01-06T13:00:00+01:00"),
        span("2026-01-06T13:00:00+01:00", "2026-01-06T17:00:00+01:00"),
      ])
    #expect(group.gaps.map { CoverageText.cause($0) } == ["alice time off (sick)", nil, "alice time off (sick)"])
  }
}

/// A week whose stretch a holiday takes out of the promise is no evidence
/// that a gap comes only with clock changes: found in a first user's trial.
@Suite struct ClockCauseTests {
  @Test func aHolidayIsNotAClockChange() throws {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    DiffTests.acme(
      in: directory, "acme",
      edits: [
        (
          "groups.yaml", "      hours: {mon-fri: 08:00-22:00}\n",
          "      hours: {mon-fri: 08:00-22:00}\n      calendars: [uk-public]\n"
        )
      ])
    let result = try Roster.check(root: directory + "/acme")
    let resolved = try #require(ResolvedConfiguration(result))
    var engine = try #require(
      CoverageEngine(
        resolved,
        window: DateWindow(
          from: CivilDate(year: 2026, month: 3, dayOfMonth: 2), until: CivilDate(year: 2026, month: 4, dayOfMonth: 6))))
    let report = engine.report(groups: ["support-en"], source: .arguments)
    let zone = report.workspaceZone
    let monday = report.groups[0].gaps.filter { CoverageText.describe($0.span, in: zone).hasPrefix("2026-03-30 mon") }
    #expect(!monday.isEmpty)
    #expect(monday.allSatisfy { $0.clockChanges.isEmpty }, "\(monday.map(\.clockChanges))")
  }
}
