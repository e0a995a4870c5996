/// One local date whose open time dated entries change, with the open
/// blocks it has after them (SPEC 9): the whole date, the spill of the
/// previous night's overnight block included.
struct DayOverride: Sendable, Hashable {
  var date: CivilDate
  var blocks: [DayBlock]
}

/// Applies the dated entries of SPEC 9 to weekly schedules: which local
/// dates of an agent's live chat or a group's service hours change, and how.
/// Everything is read in the zone of the schedule; closures are real
/// instants and are taken out afterwards.
struct DatedDays: Sendable {
  /// The calendars by id, the first of each.
  let calendars: [String: HolidayCalendar]
  /// The ids that the workspace observes, for everyone.
  let shared: [String]
  /// The valid closures' real spans, merged, and each closure with its span.
  let closedSpans: [Span]
  let closures: [(closure: Closure, span: Span)]
  /// The local dates that dated entries are looked at on.
  let dates: DateWindow
  /// For each calendar id, its holidays by the dates of `dates` they name
  /// (the last day that names a date holds).
  private let holidayDates: [String: [CivilDate: Holiday]]

  /// A calendar's day, with the calendar's id.
  struct Holiday: Sendable {
    var calendar: String
    var day: DatedEntry
  }

  /// The first calendar of each id counts; the closures that are invalid (invalid-closure says so) do not.
  init(
    calendars: [HolidayCalendar], closures: [Closure], workspace: Workspace?, database: TimeZoneDatabase = .builtIn,
    within dates: DateWindow
  ) {
    self.calendars = Dictionary(calendars.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    shared = workspace?.calendars.map(\.value) ?? []
    self.closures = closures.compactMap { closure in
      closure.span(workspace: workspace, database: database).map { (closure, $0) }
    }
    closedSpans = Span.merged(self.closures.map(\.span))
    self.dates = dates
    holidayDates = self.calendars.mapValues { calendar in
      var byDate: [CivilDate: Holiday] = [:]
      for day in DatedEntry.inSnapshotOrder(calendar.days) {
        for date in day.dates.value.dates(in: dates) { byDate[date] = Holiday(calendar: calendar.id.value, day: day) }
      }
      return byDate
    }
  }

  /// The workspace's calendar ids and `own`, each once, sorted: of two
  /// calendars that name one date, the later id holds, whatever order they are written in.
  func observed(_ own: [String]) -> [String] {
    Set(shared + own).sorted()
  }

  /// The holiday of each date of `dates` that the calendars observed with `own` name.
  func holidayDates(observing own: [String]) -> [CivilDate: Holiday] {
    let ids = observed(own)
    guard ids.count > 1 else { return ids.first.flatMap { holidayDates[$0] } ?? [:] }
    var merged: [CivilDate: Holiday] = [:]
    for id in ids { merged.merge(holidayDates[id] ?? [:]) { _, later in later } }
    return merged
  }

  /// An agent's live-chat dates that its dated entries change, in order:
  /// weekly hours, replaced by a holiday, plus extra hours, minus live-chat
  /// time off. Dates left as the week has them are left out.
  func liveChatDays(of agent: Agent, week: [DayInterval]) -> [DayOverride] {
    let entries = agent.dates
    let timeOff = entries.timeOff.filter { $0.scope.value != .meetings }
    return days(
      week: week, holidays: holidayDates(observing: entries.calendars.map(\.value)), replacing: [],
      adding: entries.extraHours, removing: timeOff)
  }

  /// A group's service-hours dates that its dated entries change: weekly
  /// hours, replaced by a holiday, replaced by an override.
  func serviceDays(of service: ServiceHours, week: [DayInterval]) -> [DayOverride] {
    days(
      week: week, holidays: holidayDates(observing: service.calendars.map(\.value)),
      replacing: DatedEntry.inSnapshotOrder(service.overrides), adding: [], removing: [])
  }

  /// The dates that some entry names, with their blocks after the entries:
  /// the holiday, replaced by the last of `replacing` that names the date,
  /// plus `adding`, minus `removing`.
  private func days(
    week: [DayInterval], holidays: [CivilDate: Holiday], replacing: [DatedEntry], adding: [DatedEntry],
    removing: [DatedEntry]
  ) -> [DayOverride] {
    guard !holidays.isEmpty || !replacing.isEmpty || !adding.isEmpty || !removing.isEmpty else { return [] }
    var named = Set(holidays.keys)
    for entry in replacing + adding + removing { named.formUnion(entry.dates.value.dates(in: dates)) }
    var result: [DayOverride] = []
    for date in named.sorted() {
      let weekly = Self.weekly(week, on: date.weekday)
      var blocks = (replacing.last { $0.dates.value.contains(date) } ?? holidays[date]?.day)?.blocks ?? weekly
      let added = adding.filter { $0.dates.value.contains(date) }.flatMap(\.blocks)
      if !added.isEmpty { blocks = DayBlock.merged(blocks + added) }
      for entry in removing where entry.dates.value.contains(date) {
        blocks = DayBlock.subtracting(entry.hoursOff, from: blocks)
      }
      if blocks != weekly { result.append(DayOverride(date: date, blocks: blocks)) }
    }
    return result
  }

  /// A weekday's open blocks in a normalized week.
  static func weekly(_ week: [DayInterval], on day: Weekday) -> [DayBlock] {
    week.filter { $0.day == day }.map { DayBlock(start: $0.start, end: $0.end) }
  }
}

extension Span {
  /// The parts of sorted, disjoint `spans` outside sorted, disjoint `removed`.
  static func subtracting(_ removed: [Span], from spans: [Span]) -> [Span] {
    guard !removed.isEmpty else { return spans }
    var result: [Span] = []
    result.reserveCapacity(spans.count)
    var index = 0
    for span in spans {
      var start = span.start
      while index < removed.count, removed[index].end <= start { index += 1 }
      var cursor = index
      while cursor < removed.count, removed[cursor].start < span.end {
        if removed[cursor].start > start { result.append(Span(start, removed[cursor].start)) }
        start = max(start, removed[cursor].end)
        cursor += 1
      }
      if start < span.end { result.append(Span(start, span.end)) }
    }
    return result
  }

  /// The parts that both sorted, disjoint lists cover.
  static func intersecting(_ a: [Span], _ b: [Span]) -> [Span] {
    var result: [Span] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      let start = max(a[i].start, b[j].start)
      let end = min(a[i].end, b[j].end)
      if start < end { result.append(Span(start, end)) }
      if a[i].end < b[j].end { i += 1 } else { j += 1 }
    }
    return result
  }
}
