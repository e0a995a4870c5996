extension Rule {
  static let groupUnstaffed = Rule(
    .groupUnstaffed,
    summary:
      "in the coverage window, a group's service hours have minutes with fewer than `min_agents` agents online",
    explanation: """
      With `workspace.coverage` set, `check` computes, for every group with \
      `service_hours`, when its members are online over the window, each in \
      their own time zone, and reports once per group the promised time with \
      fewer than `min_agents` agents online: the total and the first gap. \
      Visitors who come then find nobody. `roster coverage` lists every gap \
      with the agents online. Gaps that only exist while members' zones \
      change clocks on different dates are dst-only-gap instead.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-01-05, until: 2026-01-19}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: [09:00-12:00, 13:00-18:00]}}
      groups:
        support:
          code: acme-support
          name: Support
          agents: [alice]
          service_hours:
            hours: {mon-fri: 09:00-18:00}  # expect: group-unstaffed

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-01-05, until: 2026-01-19}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: [09:00-12:00, 13:00-18:00]}}
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 11:00-14:00}}
      groups:
        support:
          code: acme-support
          name: Support
          agents: [alice, bob]
          service_hours: {hours: {mon-fri: 09:00-18:00}}

      """),
    detection: .check { context, diagnostics in
      for found in context.coverage.gaps(of: context.distinctGroups, explainedByClockChanges: false) {
        let (group, coverage, gaps, zone) = (found.group, found.coverage, found.gaps, found.zone)
        let first = gaps[0]
        let total = gaps.reduce(0) { $0 + $1.span.seconds }
        let who = first.agents.isEmpty ? "nobody online" : "only \(first.agents.joined(separator: ", ")) online"
        let short = coverage.minAgents == 1 ? "nobody online" : "fewer than \(coverage.minAgents) agents online"
        diagnostics.report(
          .groupUnstaffed,
          "group '\(group.id.value)' has \(short) for \(CoverageText.duration(total)) of its "
            + "\(CoverageText.duration(coverage.promisedSeconds)) of service hours in the coverage window, in "
            + "\(gaps.count) gap\(gaps.count == 1 ? "" : "s"); the first: "
            + "\(CoverageText.describe(first.span, in: zone)) (\(zone.name)), \(who)",
          at: found.service.hours.range,
          hint: "run 'roster coverage' for every gap; add hours or agents, or narrow the service hours")
      }
    })

  static let dstOnlyGap = Rule(
    .dstOnlyGap,
    summary: "such a gap exists only in the weeks when members' zones change clocks on different dates",
    explanation: """
      Hours are kept by each agent's own clock. Paris and New York are six \
      hours apart, except from the second Sunday of March to the last Sunday \
      of March (and a week in autumn), when one has changed its clocks and \
      the other not yet: hand-offs that meet every other week leave a gap \
      then. The rule names the gap and the clock changes that open it. Cover \
      those weeks with longer hours for one member, or accept the gap.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-03-02, until: 2026-04-06}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-15:00}}
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: America/New_York, hours: {mon-fri: 09:00-11:00}}
      groups:
        support:
          code: acme-support
          name: Support
          agents: [alice, bob]
          service_hours:
            hours: {mon-fri: 09:00-17:00}  # expect: dst-only-gap

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-03-02, until: 2026-04-06}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-15:00}}
        bob:
          name: Bob Stone
          email: bob@acme.example
          live_chat: {timezone: America/New_York, hours: {mon-fri: 09:00-12:00}}
      groups:
        support:
          code: acme-support
          name: Support
          agents: [alice, bob]
          service_hours: {hours: {mon-fri: 09:00-17:00}}

      """),
    detection: .check { context, diagnostics in
      for found in context.coverage.gaps(of: context.distinctGroups, explainedByClockChanges: true) {
        let (group, gaps, zone) = (found.group, found.gaps, found.zone)
        let first = gaps[0]
        let total = gaps.reduce(0) { $0 + $1.span.seconds }
        let changes = CoverageText.changes(
          Array(Set(gaps.flatMap(\.clockChanges))).sorted { ($0.change.at, $0.zone) < ($1.change.at, $1.zone) })
        diagnostics.report(
          .dstOnlyGap,
          "group '\(group.id.value)' is unstaffed for \(CoverageText.duration(total)) in \(gaps.count) "
            + "gap\(gaps.count == 1 ? "" : "s") that exist only while its members' clocks disagree; the first: "
            + "\(CoverageText.describe(first.span, in: zone)) (\(zone.name)); clocks change: \(changes)",
          at: found.service.hours.range,
          hint: "each agent's hours follow their own clock; cover these weeks with longer hours for one member")
      }
    })

  static let blockInDSTGap = Rule(
    .blockInDSTGap,
    summary:
      "in the coverage window, a block starts, ends or lies in local time that does not exist (spring forward)",
    explanation: """
      When clocks spring forward, an hour of local time does not happen: in \
      Paris on 2026-03-29, 02:00 is followed by 03:00. A block that starts \
      in that hour starts at 03:00 that day, one that ends in it ends at \
      02:00, and one inside it is empty; Roster computes exactly that, and \
      says so, since it is rarely what was meant. Move the block's ends out \
      of the hour, or accept the shorter day. Checked over \
      `workspace.coverage`, for live-chat, meeting and service hours.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-03-23, until: 2026-04-06}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: Europe/Paris
            hours:
              sat-sun: 02:30-06:00  # expect: block-in-dst-gap
      groups:
        night: {name: Night, agents: [alice], code: acme-night}

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-03-23, until: 2026-04-06}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: Europe/Paris
            hours:
              sat-sun: 03:00-06:00
      groups:
        night: {name: Night, agents: [alice], code: acme-night}

      """),
    detection: .check { context, diagnostics in
      guard let window = context.coverage.window else { return }
      let workspaceZone = context.workspace?.timezone.value ?? ""
      let shared = context.workspace?.calendars ?? []
      let holidays = DatedDays(
        calendars: context.calendars, closures: [], workspace: context.workspace,
        within: DateWindow(from: window.from.advanced(by: -1), until: window.until.advanced(by: 1)))
      /// The dates that a holiday or an override owns, for a schedule that observes `own` calendars.
      func replaced(_ own: [Located<String>], overrides: [DatedEntry] = []) -> (CivilDate) -> Bool {
        let days = holidays.holidayDates(observing: own.map(\.value))
        return { date in days[date] != nil || overrides.contains { $0.dates.value.contains(date) } }
      }
      var schedules: [(hours: WeeklyHours, zone: String, replaced: (CivilDate) -> Bool)] = []
      for agent in context.agents {
        let own = replaced(agent.dates.calendars)
        if let liveChat = agent.liveChat { schedules.append((liveChat.hours, liveChat.timezone.value, own)) }
        if let meetings = agent.meetings { schedules.append((meetings.hours, meetings.timezone.value, own)) }
      }
      for group in context.distinctGroups {
        if let service = group.serviceHours {
          let zone = service.timezone?.value ?? workspaceZone
          schedules.append((service.hours, zone, replaced(service.calendars, overrides: service.overrides)))
        }
      }
      for (hours, zone, replaced) in schedules {
        for finding in ClockGaps.blocks(of: hours, in: zone, window: window, replaced: replaced) {
          diagnostics.report(.blockInDSTGap, finding.message, at: finding.block.range, hint: finding.hint)
        }
      }
      // Dated blocks, on their dates, in the zone of each schedule they change.
      var dated: [(entry: DatedEntry, what: String, zones: Set<String>)] = []
      var observers: [String: Set<String>] = [:]
      for agent in context.agents {
        guard let zone = agent.liveChat?.timezone.value ?? agent.meetings?.timezone.value else { continue }
        for id in Set((shared + agent.dates.calendars).map(\.value)) { observers[id, default: []].insert(zone) }
        dated += agent.dates.extraHours.map { ($0, "extra hours of agent '\(agent.id.value)'", [zone]) }
        dated += agent.dates.timeOff.filter { $0.hours != nil }.map {
          ($0, "time off of agent '\(agent.id.value)'", [zone])
        }
      }
      for group in context.distinctGroups {
        guard let service = group.serviceHours else { continue }
        let zone = service.timezone?.value ?? workspaceZone
        for id in Set((shared + service.calendars).map(\.value)) { observers[id, default: []].insert(zone) }
        dated += service.overrides.map { ($0, "override of group '\(group.id.value)'", [zone]) }
      }
      for calendar in context.calendars {
        dated += calendar.days.map {
          ($0, "holiday '\($0.name)' (\(calendar.id.value))", observers[calendar.id.value] ?? [])
        }
      }
      for (entry, what, zones) in dated where entry.hours != nil {
        findings: for zone in zones.sorted() {
          guard let rules = TimeZoneDatabase.builtIn.rules(for: zone) else { continue }
          for date in entry.dates.value.dates(in: window) {
            for block in entry.blocks {
              guard let effect = ClockGaps.datedBlock(block, on: date, in: rules) else { continue }
              diagnostics.report(
                .blockInDSTGap, "block '\(block.label)' of \(what) \(effect)", at: entry.hours!.range,
                hint: "move the block out of the skipped hour")
              break findings
            }
          }
        }
      }
    })
}
