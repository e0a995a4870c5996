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

  /// The dated entries that took out a member who is offline in the gap,
  /// or that promise time the week does not, during the gap; sorted.
  func explaining(_ gap: Gap) -> [DatedCause] {
    var causes = Set<DatedCause>()
    for (member, index) in zip(members, patterns) where !gap.agents.contains(member.id.value) {
      let pattern = engine.patternKeys[index]
      for day in days(pattern.days, touching: gap.span, in: pattern.zone) {
        let weekly = DatedDays.weekly(pattern.week, on: day.date.weekday)
        let lost = DayBlock.subtracting(day.blocks, from: weekly)
        guard meets(lost, day.date, pattern.zone, gap.span) else { continue }
        let entries = member.dates
        let holidays = engine.dated.holidays(observing: entries.calendars.map(\.value))
        if let holiday = holidays.last(where: { $0.day.dates.value.contains(day.date) }) {
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
    }
    if let serviceZone {
      for day in days(serviceDays, touching: gap.span, in: serviceZone) {
        let added = DayBlock.subtracting(DatedDays.weekly(serviceWeek, on: day.date.weekday), from: day.blocks)
        if meets(added, day.date, serviceZone, gap.span), let cause = serviceCause(on: day.date) {
          causes.insert(cause)
        }
      }
    }
    return causes.sorted()
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
    if let override = service.overrides.last(where: { $0.dates.value.contains(date) }) {
      return DatedCause(kind: .override, name: override.label?.value, dates: override.dates.value.label)
    }
    let holidays = engine.dated.holidays(observing: service.calendars.map(\.value))
    return holidays.last { $0.day.dates.value.contains(date) }.map { Self.holiday($0.day, in: $0.calendar) }
  }

  private static func holiday(_ day: DatedEntry, in calendar: String) -> DatedCause {
    DatedCause(kind: .holiday, name: day.label?.value, calendar: calendar, dates: day.dates.value.label)
  }

  /// The days of a sorted list whose local date the span can touch in the zone.
  private func days(_ days: [DayOverride], touching span: Span, in zone: String) -> ArraySlice<DayOverride> {
    guard !days.isEmpty else { return [] }
    let timeline = engine.timeline(zone)
    let first = CoverageText.reading(timeline.local(span.start)).date.advanced(by: -1)
    let last = CoverageText.reading(timeline.local(span.end - 1)).date.advanced(by: 1)
    let low = days.partitionPoint { $0.date < first }
    let high = days.partitionPoint { $0.date <= last }
    return days[low..<high]
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
        ? instants(of: week, days: self.dated.serviceDays(of: service, week: week, within: datedDates), in: zone)
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
