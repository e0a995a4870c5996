/// The rules of SPEC 9 that read the dated entries as written: no window,
/// no clock.
extension Rule {
  static let unknownCalendar = Rule(
    .unknownCalendar,
    summary: "`calendars:` names a calendar that does not exist",
    explanation: """
      The workspace, an agent or a group's service hours observe holiday \
      calendars by id. The ids are those of the top-level `calendars` \
      section, in any file. An id that none has is usually a typo, or a \
      calendar renamed in one place only; its holidays would be silently \
      missing from coverage.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          calendars: [fr-publc]  # expect: unknown-calendar
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 12-25, name: Noël}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          calendars: [fr-public]
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 12-25, name: Noël}

      """),
    detection: .check { context, diagnostics in
      lazy var known = context.calendarPositions.keys.sorted()
      for reference in context.calendarReferences
      where context.calendarPositions[reference.id.value] == nil
        && !context.unreadableIDs.calendars.contains(reference.id.value)
      {
        diagnostics.report(
          .unknownCalendar, "\(reference.owner) observes unknown calendar '\(reference.id.value)'",
          at: reference.id.range,
          hint: Suggestion.hint(for: reference.id.value, in: known)
            ?? (known.isEmpty
              ? "define it under the top-level 'calendars' section"
              : "the calendars are \(known.map { "'\($0)'" }.joined(separator: ", "))"))
      }
    })

  static let invalidDate = Rule(
    .invalidDate,
    summary: "a bad date, a reversed or over-366-day range, a dated block that crosses midnight",
    explanation: """
      Dated entries take `date: YYYY-MM-DD` for one date, `date: MM-DD` for \
      the same date every year, or `dates: A..B` for an inclusive range of \
      at most 366 days, both ends with a year or both without. Their `hours` \
      stay within the date: a block such as `22:00-02:00` would belong to \
      two dates, so write one entry per date. Closures take \
      `YYYY-MM-DDTHH:MM`.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-08-21..2026-08-03, reason: vacation}  # expect: invalid-date
          extra_hours:
            - {date: 2026-11-28, hours: 22:00-02:00}  # expect: invalid-date
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-08-03..2026-08-21, reason: vacation}
          extra_hours:
            - {date: 2026-11-28, hours: 22:00-24:00}
            - {date: 2026-11-29, hours: 00:00-02:00}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .loader)

  static let conflictingDates = Rule(
    .conflictingDates,
    summary:
      "two holiday days, group overrides or time-off entries give one schedule different hours on one date",
    explanation: """
      A holiday or an override owns its whole date: it replaces the weekly \
      hours with its own. Two of them on one date for the same schedule, \
      with different hours, leave no way to tell which hours hold: the \
      workspace's calendar and an agent's own may both list 24 December, \
      one closed, one open in the morning. Time-off entries add up, but two \
      that overlap on one date with different hours (a day off inside a \
      vacation that takes the afternoon) say the same thing twice, \
      differently. Days with the same hours, such as 1 January in two \
      calendars, agree and are fine.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, calendars: [company]}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          calendars: [fr-public]
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        company:
          name: Company days
          days:
            - {date: 12-24, name: Christmas Eve, hours: 09:00-12:00}
        fr-public:
          name: Jours fériés
          days:
            - {date: 12-24, name: Réveillon}  # expect: conflicting-dates

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, calendars: [company]}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          calendars: [fr-public]
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        company:
          name: Company days
          days:
            - {date: 12-24, name: Christmas Eve, hours: 09:00-12:00}
        fr-public:
          name: Jours fériés
          days:
            - {date: 12-25, name: Noël}

      """),
    detection: .check { context, diagnostics in
      var reported = Set<[Int]>()
      for observed in context.observedCalendarSets {
        let days = observed.flatMap { position in
          context.calendars[position].days.indices.map { (position, $0) }
        }
        for (i, first) in days.enumerated() {
          for second in days[(i + 1)...] {
            let a = context.calendars[first.0].days[first.1]
            let b = context.calendars[second.0].days[second.1]
            guard a.blocks != b.blocks, let date = a.dates.value.firstSharedDate(with: b.dates.value),
              reported.insert([first.0, first.1, second.0, second.1]).inserted
            else { continue }
            let calendarA = context.calendars[first.0].id.value
            let calendarB = context.calendars[second.0].id.value
            diagnostics.report(
              .conflictingDates,
              "holiday '\(b.name)' (\(calendarB)) and holiday '\(a.name)' (\(calendarA)) give different hours on \(date)",
              at: b.dates.range, notes: [.init("the other holiday is here", at: a.dates.range)],
              hint: "give both days the same hours, or keep one")
          }
        }
      }
      for agent in context.agents {
        let entries = agent.dates.timeOff
        for (i, a) in entries.enumerated() {
          for b in entries[(i + 1)...] where a.scope.value.overlaps(b.scope.value) {
            let (hoursA, hoursB) = (a.hoursOff, b.hoursOff)
            guard hoursA != hoursB, DayBlock.overlap(hoursA, hoursB),
              let date = a.dates.value.firstSharedDate(with: b.dates.value)
            else { continue }
            diagnostics.report(
              .conflictingDates,
              "time off '\(b.name)' of agent '\(agent.id.value)' overlaps time off '\(a.name)' with different hours on \(date)",
              at: b.dates.range, notes: [.init("the other time off is here", at: a.dates.range)],
              hint: "write the date once, with every hour off")
          }
        }
      }
      for group in context.distinctGroups {
        let overrides = group.serviceHours?.overrides ?? []
        for (i, a) in overrides.enumerated() {
          for b in overrides[(i + 1)...] where a.blocks != b.blocks {
            guard let date = a.dates.value.firstSharedDate(with: b.dates.value) else { continue }
            diagnostics.report(
              .conflictingDates,
              "override '\(b.name)' of group '\(group.id.value)' and override '\(a.name)' give different hours on \(date)",
              at: b.dates.range, notes: [.init("the other override is here", at: a.dates.range)],
              hint: "keep one override per date")
          }
        }
      }
    })

  static let invalidClosure = Rule(
    .invalidClosure,
    summary:
      "a closure that ends before it starts, or starts or ends at a local time that does not exist or occurs twice",
    explanation: """
      A closure is a stretch of real time, written as two local times in its \
      own time zone. On a spring-forward day some local times never happen, \
      and on a fall-back day some happen twice: such an end would be a \
      guess, so pick a time outside the change, or write the closure in UTC.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      closures:
        - name: All-hands
          from: 2026-06-12T16:00
          until: 2026-06-12T14:00  # expect: invalid-closure
        - name: Maintenance
          from: 2026-03-29T02:30  # expect: invalid-closure
          until: 2026-03-29T04:00

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      closures:
        - name: All-hands
          from: 2026-06-12T14:00
          until: 2026-06-12T16:00
        - name: Maintenance
          from: 2026-03-29T03:00
          until: 2026-03-29T04:00

      """),
    detection: .check { context, diagnostics in
      for closure in context.closures where closure.isComplete {
        guard let zone = closure.zone(workspace: context.workspace) else { continue }
        var ends: [Int64] = []
        for end in [closure.from, closure.until] {
          switch ClosureTime.resolve(end.value, in: zone) {
          case .instant(let instant):
            ends.append(instant)
          case .missing:
            diagnostics.report(
              .invalidClosure, "\(end.value) does not exist in \(zone.name): the clocks skip it", at: end.range,
              hint: "pick a time outside the clock change, or write the closure in UTC")
          case .repeated:
            diagnostics.report(
              .invalidClosure, "\(end.value) happens twice in \(zone.name): the clocks repeat it", at: end.range,
              hint: "pick a time outside the clock change, or write the closure in UTC")
          case nil:
            continue
          }
        }
        if ends.count == 2, ends[1] <= ends[0] {
          diagnostics.report(
            .invalidClosure,
            "closure '\(closure.name.value)' ends at \(closure.until.value), "
              + (ends[1] == ends[0] ? "when it starts" : "before it starts at \(closure.from.value)"),
            at: closure.until.range, hint: "'until' is the moment the closure ends, after 'from'")
        }
      }
    })

  static let extraHoursDuringTimeOff = Rule(
    .extraHoursDuringTimeOff,
    summary: "an agent's extra hours fall in their own time off",
    explanation: """
      Time off comes last: it takes its hours out of everything else, extra \
      hours included. Extra hours inside the agent's own live-chat time off \
      therefore count for nothing, which is rarely what was meant: one of \
      the two entries has the wrong date.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-11-23..2026-11-29, reason: vacation}
          extra_hours:
            - {date: 2026-11-28, hours: 10:00-14:00}  # expect: extra-hours-during-time-off
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-11-16..2026-11-22, reason: vacation}
          extra_hours:
            - {date: 2026-11-28, hours: 10:00-14:00}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { context, diagnostics in
      for agent in context.agents {
        let dates = agent.dates
        for extra in dates.extraHours {
          for off in dates.timeOff where off.scope.value != .meetings && DayBlock.overlap(extra.blocks, off.hoursOff) {
            guard let date = extra.dates.value.firstSharedDate(with: off.dates.value) else { continue }
            diagnostics.report(
              .extraHoursDuringTimeOff,
              "extra hours of agent '\(agent.id.value)' on \(date) fall in their time off '\(off.name)'",
              at: extra.dates.range, notes: [.init("the time off is here", at: off.dates.range)],
              hint: "time off takes out extra hours too: check the dates of both entries")
            break
          }
        }
      }
    })

  static let orphanedCalendar = Rule(
    .orphanedCalendar,
    summary: "no workspace, agent or group observes a calendar",
    explanation: """
      A calendar changes nothing until the workspace (`workspace.calendars`), \
      an agent (`calendars`) or a group's service hours \
      (`service_hours.calendars`) observe it. One that nobody observes is \
      usually left over, or was meant to be added to the workspace.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      calendars:
        fr-public:  # expect: orphaned-calendar
          name: Jours fériés
          days:
            - {date: 12-25, name: Noël}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, calendars: [fr-public]}
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 12-25, name: Noël}

      """),
    detection: .check { context, diagnostics in
      // A reference that failed to decode may name any calendar.
      guard context.calendarReferencesAreComplete else { return }
      var observed = Set(context.calendarReferences.map(\.id.value))
      for reference in context.calendarReferences where context.calendarPositions[reference.id.value] == nil {
        // The calendar that an unknown id is a typo of is meant to be observed.
        if let meant = Suggestion.closest(to: reference.id.value, in: context.calendarPositions.keys.sorted()) {
          observed.insert(meant)
        }
      }
      for (position, calendar) in context.calendars.enumerated()
      where context.calendarPositions[calendar.id.value] == position && !observed.contains(calendar.id.value) {
        diagnostics.report(
          .orphanedCalendar, "no workspace, agent or group observes calendar '\(calendar.id.value)'",
          at: calendar.id.range,
          hint: "add it to workspace.calendars, an agent's calendars or a group's service_hours.calendars")
      }
    })
}

// MARK: - What the dated rules share

/// A place that observes a calendar: the workspace, an agent, or a group's service hours.
struct CalendarReference {
  var id: Located<String>
  /// As messages name it: `agent 'alice'`.
  var owner: String
}

extension RuleContext {
  /// Every calendar id written in `calendars:` lists, in the order read.
  var calendarReferences: [CalendarReference] {
    var references = (configuration.workspace?.calendars ?? []).map {
      CalendarReference(id: $0, owner: "the workspace")
    }
    for agent in configuration.agents {
      references += agent.dates.calendars.map { CalendarReference(id: $0, owner: "agent '\(agent.id.value)'") }
    }
    for group in configuration.groups {
      references += (group.serviceHours?.calendars ?? []).map {
        CalendarReference(id: $0, owner: "group '\(group.id.value)'")
      }
    }
    return references
  }

  /// False when a `calendars:` list was written but not read whole.
  var calendarReferencesAreComplete: Bool {
    (configuration.workspace.map { $0.calendarsAreComplete } ?? true)
      && configuration.agents.allSatisfy(\.dates.isComplete)
      && configuration.groups.allSatisfy { $0.serviceHours?.calendarsAreComplete ?? true }
  }

  /// The sets of calendars observed together by some agent or group (the
  /// workspace's and its own), as positions in `calendars`, each set once.
  var observedCalendarSets: [[Int]] {
    let shared = (configuration.workspace?.calendars ?? []).compactMap { calendarPositions[$0.value] }
    var sets = Set<[Int]>([Set(shared).sorted()])
    for own in configuration.agents.map(\.dates.calendars)
      + configuration.groups.compactMap({ $0.serviceHours?.calendars })
    {
      sets.insert(Set(shared + own.compactMap { calendarPositions[$0.value] }).sorted())
    }
    return sets.sorted { $0.lexicographicallyPrecedes($1) }
  }
}

extension DatedEntry.Scope {
  /// True when both take hours out of one schedule.
  func overlaps(_ other: Self) -> Bool { self == .both || other == .both || self == other }
}

extension DatedEntry {
  /// The hours that time off takes: its blocks, or the whole day.
  var hoursOff: [DayBlock] { hours == nil ? [.allDay] : blocks }
}

extension DayBlock {
  /// True when some minute is in both merged lists.
  static func overlap(_ a: [DayBlock], _ b: [DayBlock]) -> Bool {
    a.contains { x in b.contains { y in x.start < y.end && y.start < x.end } }
  }
}

extension DateSpec {
  /// The first date both name, as a user reads it (`2026-12-24`, or `12-24`
  /// when both come back every year); nil when they share none.
  func firstSharedDate(with other: DateSpec) -> String? {
    switch (self, other) {
    case (.dates(let a, let b), .dates(let c, let d)):
      return max(a, c) <= min(b, d) ? max(a, c).iso : nil
    case (.dates(let from, let through), .yearly), (.yearly, .dates(let from, let through)):
      let yearly = isYearly ? self : other
      return (from...through).first(where: yearly.contains)?.iso
    case (.yearly, .yearly):
      // Every month and day, from a leap year.
      let year = CivilDate(year: 2000, month: 1, dayOfMonth: 1)
      return (0..<366).lazy.map { year.advanced(by: $0) }.first { contains($0) && other.contains($0) }.map {
        MonthDay($0).text
      }
    }
  }
}
