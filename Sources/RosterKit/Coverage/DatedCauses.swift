/// Which dated entries explain a group's gaps, and which close its service
/// hours: the holidays and time off that took members out, the overrides
/// and holidays that promise more than the week, and the stretches of the
/// weekly service hours that holidays, overrides and closures take away.
struct DatedCauses {
  let engine: CoverageEngine
  let members: [Agent]
  /// Each member's pattern, in `engine.patternKeys`.
  let patterns: [Int]
  let service: ServiceHours?
  let serviceZone: String?
  let serviceWeek: [DayInterval]
  let serviceDays: [DayOverride]
  /// The real instants that members' dated days take out of their weeks,
  /// each with the member's position and the day, sorted by start; none is
  /// longer than `longestLoss`.
  private let losses: [(span: Span, member: Int, day: DayOverride)]
  private let longestLoss: Int64
  /// The real instants that dated days promise beyond the weekly service hours, each with its date.
  private let additions: [(span: Span, day: CivilDate)]

  init(
    engine: CoverageEngine, members: [Agent], patterns: [Int], service: ServiceHours?, serviceZone: String?,
    serviceWeek: [DayInterval], serviceDays: [DayOverride]
  ) {
    self.engine = engine
    self.members = members
    self.patterns = patterns
    self.service = service
    self.serviceZone = serviceZone
    self.serviceWeek = serviceWeek
    self.serviceDays = serviceDays
    // Members of one pattern lose the same instants: worked out once per pattern.
    var byPattern: [Int: [(span: Span, day: DayOverride)]] = [:]
    var losses: [(span: Span, member: Int, day: DayOverride)] = []
    for (member, index) in patterns.enumerated() where !engine.patternKeys[index].days.isEmpty {
      if byPattern[index] == nil {
        let pattern = engine.patternKeys[index]
        byPattern[index] = pattern.days.flatMap { day in
          let lost = DayBlock.subtracting(day.blocks, from: DatedDays.weekly(pattern.week, on: day.date.weekday))
          return engine.instants(of: lost, on: day.date, in: pattern.zone).map { (span: $0, day: day) }
        }
      }
      losses += byPattern[index]!.map { (span: $0.span, member: member, day: $0.day) }
    }
    losses.sort { $0.span.start < $1.span.start }
    self.losses = losses
    longestLoss = losses.map(\.span.seconds).max() ?? 0
    additions =
      serviceZone.map { zone in
        serviceDays.flatMap { day in
          let added = DayBlock.subtracting(DatedDays.weekly(serviceWeek, on: day.date.weekday), from: day.blocks)
          return engine.instants(of: added, on: day.date, in: zone).map { (span: $0, day: day.date) }
        }.sorted { $0.span.start < $1.span.start }
      } ?? []
  }

  /// The dated entries that took out a member who is offline in the gap,
  /// or that promise time the week does not, during the gap; sorted.
  func explaining(_ gap: Gap) -> [DatedCause] {
    var causes = Set<DatedCause>()
    // A loss that meets the gap starts at most `longestLoss` before it.
    var index = losses.partitionPoint { $0.span.start < gap.span.start - longestLoss }
    var seen = Set<[Int]>()
    while index < losses.count, losses[index].span.start < gap.span.end {
      let (span, position, day) = losses[index]
      index += 1
      guard span.end > gap.span.start, seen.insert([position, day.date.day]).inserted else { continue }
      let member = members[position]
      guard !gap.agents.contains(member.id.value) else { continue }
      let pattern = engine.patternKeys[patterns[position]]
      let weekly = DatedDays.weekly(pattern.week, on: day.date.weekday)
      let lost = DayBlock.subtracting(day.blocks, from: weekly)
      let entries = member.dates
      if let holiday = engine.dated.holidayDates(observing: entries.calendars.map(\.value))[day.date] {
        let removed = DayBlock.intersecting(DayBlock.subtracting(holiday.day.blocks, from: weekly), lost)
        if meets(removed, day.date, pattern.zone, gap.span) {
          causes.insert(Self.holiday(holiday.day, in: holiday.calendar))
        }
      }
      for off in entries.timeOff where off.scope.value != .meetings && off.dates.value.contains(day.date) {
        if meets(DayBlock.intersecting(off.hoursOff, lost), day.date, pattern.zone, gap.span) {
          causes.insert(
            DatedCause(
              kind: .timeOff, name: off.label?.value, agent: member.id.value, dates: off.dates.value.label))
        }
      }
    }
    var dates = Set<CivilDate>()
    for addition in Self.days(additions, meeting: gap.span) where dates.insert(addition).inserted {
      if let cause = serviceCause(on: addition) { causes.insert(cause) }
    }
    return causes.sorted()
  }

  /// The days of sorted `(span, day)` pairs whose span meets `gap`, each once.
  private static func days<Day: Hashable>(_ pairs: [(span: Span, day: Day)], meeting gap: Span) -> [Day] {
    var index = pairs.partitionPoint { $0.span.end <= gap.start }
    var seen = Set<Day>()
    var result: [Day] = []
    // The spans of one list are disjoint, so sorted by start they are sorted by end too.
    while index < pairs.count, pairs[index].span.start < gap.end {
      if pairs[index].span.end > gap.start, seen.insert(pairs[index].day).inserted { result.append(pairs[index].day) }
      index += 1
    }
    return result
  }

  /// The stretches of the weekly service hours in the window that dated
  /// entries take away, each with its entry, in order.
  func closed() -> [ClosedStretch] {
    guard let serviceZone else { return [] }
    var result: [ClosedStretch] = []
    for day in serviceDays {
      let removed = DayBlock.subtracting(day.blocks, from: DatedDays.weekly(serviceWeek, on: day.date.weekday))
      guard !removed.isEmpty, let cause = serviceCause(on: day.date) else { continue }
      for part in Span.clipped(engine.instants(of: removed, on: day.date, in: serviceZone), to: engine.span) {
        result.append(ClosedStretch(span: part, causes: [cause]))
      }
    }
    let open = engine.instants(of: serviceWeek, days: serviceDays, in: serviceZone, closures: false)
    for (closure, span) in engine.dated.closures {
      let cause = DatedCause(
        kind: .closure, name: closure.name.value, dates: closure.from.value + ".." + closure.until.value)
      for part in Span.clipped(Span.intersecting(open, [span]), to: engine.span) {
        result.append(ClosedStretch(span: part, causes: [cause]))
      }
    }
    return result.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
  }

  /// The entry that sets the service hours of a date: an override, or else a holiday.
  private func serviceCause(on date: CivilDate) -> DatedCause? {
    guard let service else { return nil }
    if let override = DatedEntry.inSnapshotOrder(service.overrides).last(where: { $0.dates.value.contains(date) }) {
      return DatedCause(kind: .override, name: override.label?.value, dates: override.dates.value.label)
    }
    let holidays = engine.dated.holidayDates(observing: service.calendars.map(\.value))
    return holidays[date].map { Self.holiday($0.day, in: $0.calendar) }
  }

  private static func holiday(_ day: DatedEntry, in calendar: String) -> DatedCause {
    DatedCause(kind: .holiday, name: day.label?.value, calendar: calendar, dates: day.dates.value.label)
  }

  /// True when some block of the date, in real time, overlaps the span.
  private func meets(_ blocks: [DayBlock], _ date: CivilDate, _ zone: String, _ span: Span) -> Bool {
    guard !blocks.isEmpty else { return false }
    return engine.instants(of: blocks, on: date, in: zone).contains { $0.start < span.end && span.start < $0.end }
  }
}

extension DayBlock {
  /// The minutes in both merged lists.
  static func intersecting(_ a: [DayBlock], _ b: [DayBlock]) -> [DayBlock] {
    var result: [DayBlock] = []
    for x in a {
      for y in b where x.start < y.end && y.start < x.end {
        result.append(DayBlock(start: max(x.start, y.start), end: min(x.end, y.end)))
      }
    }
    return merged(result)
  }
}

extension CoverageEngine {
  /// For each date of the workspace zone, whether the group answers some
  /// moment of it: `min_agents` of its members online in its promised time
  /// (all day for a group without service hours). With `dated` false, as
  /// if there were no dated entries.
  func answers(
    _ group: Group, members membership: (members: [Agent], patterns: [Int]), on dates: [CivilDate], dated: Bool
  )
    -> [Bool]
  {
    let (members, patterns) = membership
    let lists = zip(members, patterns).map { member, index -> [Span] in
      let key = patternKeys[index]
      return dated ? spans(ofPattern: index) : instants(of: key.week, in: key.zone, closures: false)
    }
    let service = group.serviceHours
    let minAgents = service?.requiredAgents ?? 1
    let promised: [Span]? = service.map { service in
      let zone = service.timezone?.value ?? workspaceZone.name
      let week = service.hours.normalized
      return dated
        ? instants(of: week, days: self.dated.serviceDays(of: service, week: week), in: zone)
        : instants(of: week, in: zone, closures: false)
    }
    return dates.map { date in
      let day = span(of: date, in: workspaceZone.name)
      let open = promised.map { Span.clipped(Self.overlapping($0, day), to: day) } ?? [day]
      guard !open.isEmpty else { return false }
      let steps = Self.sweep(lists.map { (Span.clipped(Self.overlapping($0, day), to: day), 1) }, from: day.start)
      return steps.indices.contains { index in
        let step = Span(steps[index].start, index + 1 < steps.count ? steps[index + 1].start : day.end)
        return steps[index].count >= minAgents && open.contains { $0.start < step.end && step.start < $0.end }
      }
    }
  }
}
