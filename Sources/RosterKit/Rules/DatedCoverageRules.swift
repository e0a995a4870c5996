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
      let window = context.coverage.datesAreWhole ? context.coverage.window : nil
      let entries = DatedEffects(context, window: window)
      for entry in entries.all where entries.isObserved(entry) {
        if entry.entry.dates.value == .yearly(from: MonthDay(month: 2, day: 29), through: MonthDay(month: 2, day: 29)) {
          diagnostics.report(
            .datedEntryChangesNothing, "\(entry.label) on 02-29 every year changes nothing three years in four",
            at: entry.entry.dates.range, hint: "write the year, such as 2028-02-29, or use 02-28 or 03-01 every year")
          continue
        }
        guard let window else { continue }
        let dates = entry.entry.dates.value.dates(in: window)
        guard let first = dates.first, !dates.contains(where: { entries.changes(entry, on: $0) }) else { continue }
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
      let effects = DatedEffects(context, window: nil)
      for run in runs {
        let (first, last) = (run[0], run[run.count - 1])
        let when =
          run.count == 1
          ? "on \(first.iso) \(first.weekday.name)"
          : "from \(first.iso) \(first.weekday.name) to \(last.iso) \(last.weekday.name)"
        let named = effects.all.filter { effects.closes($0) && $0.entry.dates.value.contains(first) }
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

/// Every dated entry with a label, and, when asked for, whether it changes
/// any hours on a date, compared with the hours without it.
struct DatedEffects {
  struct Entry {
    var entry: DatedEntry
    /// As messages name it: `holiday 'Noël' (fr-public)`.
    var label: String
    var owner: Owner
  }

  /// Whose hours an entry changes: positions in the configuration's lists.
  enum Owner {
    /// A day of the calendar with this id.
    case calendar(String)
    case timeOff(agent: Int)
    case extraHours(agent: Int)
    case override(group: Int)
  }

  let context: RuleContext
  private(set) var all: [Entry] = []
  /// The first agent of each id, the first group of each id, and the first calendar of each id.
  private let agents: [Int]
  private let groups: [Int]
  private let calendars: [HolidayCalendar]
  /// The positions of the agents, and of the groups with service hours, that observe each calendar.
  private var observers: [String: (agents: [Int], groups: [Int])] = [:]
  /// The holidays of each date of the window, as coverage reads them; nil without a window.
  private let dated: DatedDays?

  /// With a `window`, `changes` tells what an entry changes on its dates.
  init(_ context: RuleContext, window: DateWindow?) {
    self.context = context
    let configuration = context.configuration
    dated = window.map {
      DatedDays(
        calendars: configuration.calendars, closures: configuration.closures, workspace: configuration.workspace,
        within: $0)
    }
    agents = configuration.agents.indices.filter { context.agentPositions[configuration.agents[$0].id.value] == $0 }
    groups = configuration.groups.indices.filter { context.groupPositions[configuration.groups[$0].id.value] == $0 }
    calendars = configuration.calendars.indices.filter {
      context.calendarPositions[configuration.calendars[$0].id.value] == $0
    }.map { configuration.calendars[$0] }
    for calendar in calendars {
      for day in calendar.days {
        all.append(
          Entry(entry: day, label: "holiday '\(day.name)' (\(calendar.id.value))", owner: .calendar(calendar.id.value)))
      }
    }
    for position in agents {
      let agent = configuration.agents[position]
      let dates = agent.dates
      for off in dates.timeOff {
        all.append(
          Entry(
            entry: off, label: "time off '\(off.name)' of agent '\(agent.id.value)'", owner: .timeOff(agent: position)))
      }
      for extra in dates.extraHours {
        all.append(
          Entry(
            entry: extra, label: "extra hours '\(extra.name)' of agent '\(agent.id.value)'",
            owner: .extraHours(agent: position)))
      }
    }
    for position in groups {
      let group = configuration.groups[position]
      for override in group.serviceHours?.overrides ?? [] {
        all.append(
          Entry(
            entry: override, label: "override '\(override.name)' of group '\(group.id.value)'",
            owner: .override(group: position)))
      }
    }
    let shared = configuration.workspace?.calendars.map(\.value) ?? []
    for position in agents {
      for id in Set(shared + configuration.agents[position].dates.calendars.map(\.value)) {
        observers[id, default: ([], [])].agents.append(position)
      }
    }
    for position in groups {
      guard let service = configuration.groups[position].serviceHours else { continue }
      for id in Set(shared + service.calendars.map(\.value)) {
        observers[id, default: ([], [])].groups.append(position)
      }
    }
  }

  /// False for the days of a calendar that no workspace, agent or group observes (orphaned-calendar says so).
  func isObserved(_ entry: Entry) -> Bool {
    guard case .calendar(let id) = entry.owner else { return true }
    return observers[id] != nil || (context.workspace?.calendars.contains { $0.value == id } ?? false)
  }

  /// True when the entry can take hours away from an enabled group: a
  /// holiday that someone observes, live-chat time off of a member, an
  /// override of an enabled group.
  func closes(_ entry: Entry) -> Bool {
    let configuration = context.configuration
    switch entry.owner {
    case .calendar: return isObserved(entry)
    case .timeOff(let position):
      let id = configuration.agents[position].id.value
      return entry.entry.scope.value != .meetings
        && configuration.groups.contains { $0.isEnabled.value && $0.agents.contains { $0.value == id } }
    case .extraHours: return false
    case .override(let position): return configuration.groups[position].isEnabled.value
    }
  }

  /// False when some of the agent's hours or dated entries were not read
  /// whole: what an entry changes is then unknown.
  private func isReadWhole(_ agent: Agent) -> Bool {
    CoverageCheck.isReadWhole(agent) && !agent.invalidKeys.contains("meetings")
      && (agent.meetings?.hours.isComplete ?? true)
  }

  private func isReadWhole(_ group: Group) -> Bool {
    !group.invalidKeys.contains("service_hours") && (group.serviceHours?.hours.isComplete ?? true)
  }

  /// True when the entry removes or adds some minute on the date, or when
  /// that cannot be known (a schedule it changes was not read whole).
  func changes(_ entry: Entry, on date: CivilDate) -> Bool {
    let configuration = context.configuration
    let blocks = entry.entry.blocks
    switch entry.owner {
    case .calendar(let id):
      let (agents, groups) = observers[id] ?? ([], [])
      return agents.contains { position in
        let agent = configuration.agents[position]
        return !isReadWhole(agent)
          || [agent.liveChat?.hours, agent.meetings?.hours].contains { hours in
            hours != nil && Self.weekly(hours, date) != blocks
          }
      }
        || groups.contains { position in
          let group = configuration.groups[position]
          guard let service = group.serviceHours else { return false }
          return !isReadWhole(group)
            || !service.overrides.contains { $0.dates.value.contains(date) }
              && Self.weekly(service.hours, date) != blocks
        }
    case .timeOff(let position):
      let agent = configuration.agents[position]
      guard isReadWhole(agent) else { return true }
      var hours: [DayBlock] = []
      if entry.entry.scope.value != .meetings, agent.liveChat != nil {
        let extra = agent.dates.extraHours.filter { $0.dates.value.contains(date) }.flatMap(\.blocks)
        hours += DayBlock.merged(base(agent.liveChat?.hours, agent.dates.calendars, on: date) + extra)
      }
      if entry.entry.scope.value != .liveChat { hours += base(agent.meetings?.hours, agent.dates.calendars, on: date) }
      return DayBlock.overlap(DayBlock.merged(hours), entry.entry.hoursOff)
    case .extraHours(let position):
      let agent = configuration.agents[position]
      guard isReadWhole(agent) else { return true }
      return agent.liveChat != nil
        && !DayBlock.subtracting(base(agent.liveChat?.hours, agent.dates.calendars, on: date), from: blocks).isEmpty
    case .override(let position):
      guard let service = configuration.groups[position].serviceHours else { return false }
      guard isReadWhole(configuration.groups[position]) else { return true }
      return blocks != base(service.hours, service.calendars, on: date)
    }
  }

  /// The hours of a schedule on a date before the entries other than holidays: a holiday's, or the week's.
  private func base(_ hours: WeeklyHours?, _ own: [Located<String>], on date: CivilDate) -> [DayBlock] {
    guard hours != nil else { return [] }
    return dated?.holidayDates(observing: own.map(\.value))[date]?.day.blocks ?? Self.weekly(hours, date)
  }

  private static func weekly(_ hours: WeeklyHours?, _ date: CivilDate) -> [DayBlock] {
    hours.map { DatedDays.weekly($0.normalized, on: date.weekday) } ?? []
  }
}
