/// The rules of SPEC 9 that look at the coverage window: they run only when
/// `workspace.coverage` is set, and never read the clock.
extension Rule {
  static let datedEntryChangesNothing = Rule(
    .datedEntryChangesNothing,
    summary:
      "in the coverage window, a holiday, time off or override removes or adds no minute (often a wrong year)",
    explanation: """
      A dated entry that falls in the coverage window but changes no hours \
      there (a holiday on a day nobody who observes it works, time off on a \
      day off, an override equal to the week, extra hours inside the \
      hours) is usually written for the wrong year or date: Easter Monday \
      2026 is 2026-04-06, not 2026-04-05. Entries whose dates miss the \
      window are not looked at. A yearly `02-29` is reported without a \
      window: it comes only in leap years.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        calendars: [fr-public]
        coverage: {from: 2026-03-30, until: 2026-04-13}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 2026-04-05, name: Lundi de Pâques}  # expect: dated-entry-changes-nothing

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        calendars: [fr-public]
        coverage: {from: 2026-03-30, until: 2026-04-13}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      teams:
        support: {name: Support, agents: [alice]}
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 2026-04-06, name: Lundi de Pâques}

      """),
    detection: .check { context, diagnostics in
      let entries = DatedEffects(context)
      for entry in entries.all {
        if entry.entry.dates.value == .yearly(from: MonthDay(month: 2, day: 29), through: MonthDay(month: 2, day: 29)) {
          diagnostics.report(
            .datedEntryChangesNothing, "\(entry.label) on 02-29 every year changes nothing three years in four",
            at: entry.entry.dates.range, hint: "write the year, such as 2028-02-29, or use 02-28 or 03-01 every year")
          continue
        }
        guard entry.isObserved, let window = context.coverage.window, context.coverage.datesAreWhole else { continue }
        let dates = entry.entry.dates.value.dates(in: window)
        guard let first = dates.first, !dates.contains(where: entry.changes) else { continue }
        diagnostics.report(
          .datedEntryChangesNothing, "\(entry.label) changes no hours in the coverage window",
          at: entry.entry.dates.range,
          hint: "check its date and year: on \(first.iso) \(first.weekday.name) the hours are the same without it")
      }
    })

  static let everyGroupClosed = Rule(
    .everyGroupClosed,
    summary:
      "on some date of the window every enabled group is closed or unstaffed because of dated entries",
    explanation: """
      On a date when the weekly hours would have someone answer, holidays, \
      time off, overrides and closures together leave no enabled group with \
      enough agents online at any moment of its service hours (or, for a \
      group without service hours, nobody online at all): every visitor of \
      that day meets the fallback message. If the whole company is closed on \
      purpose, turn the rule off in `workspace.rules`; otherwise keep one \
      group open.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-08-03, until: 2026-08-10}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-08-03..2026-08-07, reason: vacation}  # expect: every-group-closed
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-08-05..2026-08-14, reason: vacation}
      groups:
        support:
          name: Support
          code: 7f3a9c2e1b4d5a60
          agents: [alice, bob]

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-08-03, until: 2026-08-10}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-07-27..2026-07-31, reason: vacation}
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          time_off:
            - {dates: 2026-08-05..2026-08-14, reason: vacation}
      groups:
        support:
          name: Support
          code: 7f3a9c2e1b4d5a60
          agents: [alice, bob]

      """),
    detection: .check { context, diagnostics in
      let dates = context.coverage.closedDates
      guard !dates.isEmpty else { return }
      // Consecutive dates, one finding each run.
      var runs: [[CivilDate]] = []
      for date in dates {
        if let last = runs.last?.last, last.advanced(by: 1) == date {
          runs[runs.count - 1].append(date)
        } else {
          runs.append([date])
        }
      }
      let effects = DatedEffects(context)
      for run in runs {
        let (first, last) = (run[0], run[run.count - 1])
        let when =
          run.count == 1
          ? "on \(first.iso) \(first.weekday.name)"
          : "from \(first.iso) \(first.weekday.name) to \(last.iso) \(last.weekday.name)"
        let named = effects.all.filter { $0.entry.dates.value.contains(first) }
        let closures = context.closures.filter { closure in
          guard let span = closure.span(workspace: context.workspace), let zone = context.coverage.workspaceZone
          else { return false }
          return CoverageText.startDate(span, in: zone) <= first
            && first <= CoverageText.startDate(Span(span.end - 1, span.end), in: zone)
        }
        let place = closures.first?.from.range ?? named.first?.entry.dates.range ?? context.workspace?.coverage?.range
        guard let place else { continue }
        let names = closures.map { "closure '\($0.name.value)'" } + named.map(\.label)
        diagnostics.report(
          .everyGroupClosed,
          "every enabled group is closed or unstaffed \(when)"
            + (names.isEmpty ? "" : ", because of " + names.prefix(3).joined(separator: ", "))
            + (names.count > 3 ? " and \(names.count - 3) more" : ""),
          at: place, hint: "if the whole company is closed on purpose, set every-group-closed: off in workspace.rules")
      }
    })
}

/// Every dated entry with what it applies to, and whether it changes any
/// hours on a date, compared with the hours without it.
struct DatedEffects {
  struct Entry {
    var entry: DatedEntry
    /// As messages name it: `holiday 'Noël' (fr-public)`.
    var label: String
    /// False for the days of a calendar that nobody observes.
    var isObserved = true
    /// True when the entry removes or adds some minute on the date.
    var changes: (CivilDate) -> Bool
  }

  var all: [Entry] = []

  init(_ context: RuleContext) {
    let shared = context.workspace?.calendars.map(\.value) ?? []
    func observes(_ own: [Located<String>], _ calendar: String) -> Bool {
      shared.contains(calendar) || own.contains { $0.value == calendar }
    }
    let agents = context.agents.indices.filter { context.agentPositions[context.agents[$0].id.value] == $0 }
      .map { context.agents[$0] }
    let groups = Array(context.distinctGroups)
    let calendars = context.calendars.indices.filter {
      context.calendarPositions[context.calendars[$0].id.value] == $0
    }.map { context.calendars[$0] }
    /// The holiday of the calendars observed with `own` on a date, if any.
    func holiday(_ own: [Located<String>], on date: CivilDate) -> DatedEntry? {
      calendars.filter { observes(own, $0.id.value) }.flatMap(\.days).last { $0.dates.value.contains(date) }
    }
    func weekly(_ hours: WeeklyHours?, _ date: CivilDate) -> [DayBlock] {
      hours.map { DatedDays.weekly($0.normalized, on: date.weekday) } ?? []
    }
    for calendar in calendars {
      for day in calendar.days {
        let id = calendar.id.value
        let observers = agents.filter { observes($0.dates.calendars, id) }
        let services = groups.compactMap(\.serviceHours).filter { observes($0.calendars, id) }
        // A calendar that nobody observes is orphaned-calendar, and changes nothing for that alone.
        let isObserved = !observers.isEmpty || !services.isEmpty
        all.append(
          Entry(entry: day, label: "holiday '\(day.name)' (\(id))", isObserved: isObserved) { date in
            observers.contains { agent in
              [agent.liveChat?.hours, agent.meetings?.hours].contains { hours in
                hours != nil && weekly(hours, date) != day.blocks
              }
            }
              || services.contains { service in
                !service.overrides.contains { $0.dates.value.contains(date) }
                  && weekly(service.hours, date) != day.blocks
              }
          })
      }
    }
    for agent in agents {
      let own = agent.dates.calendars
      func base(_ hours: WeeklyHours?, on date: CivilDate) -> [DayBlock] {
        guard hours != nil else { return [] }
        return holiday(own, on: date)?.blocks ?? weekly(hours, date)
      }
      for off in agent.dates.timeOff {
        all.append(
          Entry(entry: off, label: "time off '\(off.name)' of agent '\(agent.id.value)'") { date in
            var hours: [DayBlock] = []
            if off.scope.value != .meetings, agent.liveChat != nil {
              let extra = agent.dates.extraHours.filter { $0.dates.value.contains(date) }.flatMap(\.blocks)
              hours += DayBlock.merged(base(agent.liveChat?.hours, on: date) + extra)
            }
            if off.scope.value != .liveChat { hours += base(agent.meetings?.hours, on: date) }
            return DayBlock.overlap(DayBlock.merged(hours), off.hoursOff)
          })
      }
      for extra in agent.dates.extraHours {
        all.append(
          Entry(entry: extra, label: "extra hours '\(extra.name)' of agent '\(agent.id.value)'") { date in
            agent.liveChat != nil
              && !DayBlock.subtracting(base(agent.liveChat?.hours, on: date), from: extra.blocks).isEmpty
          })
      }
    }
    for group in groups {
      guard let service = group.serviceHours else { continue }
      for override in service.overrides {
        all.append(
          Entry(entry: override, label: "override '\(override.name)' of group '\(group.id.value)'") { date in
            override.blocks != (holiday(service.calendars, on: date)?.blocks ?? weekly(service.hours, date))
          })
      }
    }
  }
}
