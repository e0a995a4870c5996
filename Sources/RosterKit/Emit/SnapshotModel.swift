/// `roster.snapshot/2` as typed values: what the snapshot says, normalized
/// from the resolved configuration (SPEC 6). `SnapshotWriter` serializes
/// these values and nothing else, under the key names that `SnapshotLayout`
/// derives from `Format`. A change here that changes a snapshot's bytes for
/// the same input is a new format version.
///
/// Entities are made one at a time as they are written, so the snapshot is
/// never held whole in memory.
enum SnapshotV2 {
  /// Version 2 (Roster 0.2) adds `workspace.coverage` and `groups[].service_hours`,
  /// the dated entries of SPEC 9 (`calendars`, `closures`, `workspace.calendars`,
  /// agents' `calendars`, `time_off` and `extra_hours`, service hours'
  /// `calendars` and `overrides`), and writes every time zone as its canonical name.
  static let format = "roster.snapshot/2"

  struct Workspace {
    var name: String
    var timezone: String
    var defaultLocale: String
    var locales: [String]
    var askVisitorToSelectGroup: Bool
    var widgetID: String?
    var coverage: (from: String, until: String)?
    var calendars: [String]
    /// Rule ids to `error`, `warning` or `off`, sorted by id.
    var rules: [(rule: String, severity: String)]
  }

  struct Fallback {
    var message: String
    /// Texts by locale, sorted; nil when none was written.
    var text: [(locale: String, text: String)]?
    var offerMeetingBooking: Bool
  }

  struct Fallbacks {
    var meeting: Fallback
    var liveChat: Fallback
  }

  /// Open time on one day: ranges expanded, overnight blocks split at
  /// midnight, touching blocks merged; sorted by day, then start.
  struct Interval {
    var day: String
    var start: String
    var end: String
  }

  struct LiveChat {
    var timezone: String
    var hours: [Interval]
    var autoOfflineAfterSeconds: Int?
    var receiveWhenInvisibleAfterSeconds: Int?
    var maxConcurrentChats: Int?
    var notifyScheduleChanges: Bool
  }

  struct Meetings {
    var calendar: String
    var videoLink: Bool
    var timezone: String
    var durationSeconds: Int
    var bufferSeconds: Int
    var hours: [Interval]
    var invitation: String?
  }

  struct Agent {
    var id: String
    var name: String
    /// Lowercased.
    var email: String
    /// Sorted, without duplicates; likewise `teams` and `groups`.
    var languages: [String]
    var liveChat: LiveChat?
    var meetings: Meetings?
    var teams: [String]
    var groups: [String]
    var calendars: [String]
    var timeOff: [DatedEntry]
    var extraHours: [DatedEntry]
  }

  /// A dated entry, normalized: its first and last dates (`--MM-DD` every
  /// year), its blocks sorted and merged (time off without hours takes the
  /// whole day), its name or reason, and for time off what it applies to.
  struct DatedEntry: Hashable, Comparable {
    var from: String
    var until: String
    var hours: [DayBlock]
    var label: String?
    var scope: String?

    static func < (a: DatedEntry, b: DatedEntry) -> Bool {
      if (a.from, a.until) != (b.from, b.until) { return (a.from, a.until) < (b.from, b.until) }
      if a.hours != b.hours { return a.hours.lexicographicallyPrecedes(b.hours) }
      if a.label != b.label { return (a.label ?? "") < (b.label ?? "") }
      return (a.scope ?? "") < (b.scope ?? "")
    }
  }

  struct Calendar {
    var id: String
    var name: String
    var days: [DatedEntry]
  }

  struct Closure {
    var name: String
    var from: String
    var until: String
    /// Canonical; the workspace's when none was written.
    var timezone: String
  }

  struct Team {
    var id: String
    var name: String
    var agents: [String]
  }

  struct Group {
    var id: String
    /// A plain name is in the default locale.
    var name: [(locale: String, text: String)]
    var agents: [String]
    var isPrivate: Bool
    var isEnabled: Bool
    /// As written, or derived from the id.
    var code: String
    var serviceHours: ServiceHours?
  }

  struct ServiceHours {
    /// Canonical; the workspace's when none was written.
    var timezone: String
    var hours: [Interval]
    var minAgents: Int
    var calendars: [String]
    var overrides: [DatedEntry]
  }

  struct Trigger {
    var name: String
    var urlPrefix: String?
    var visitorLanguage: String?
    var assign: String
  }
}

// MARK: - From the resolved configuration

extension SnapshotV2 {
  static func workspace(_ workspace: RosterKit.Workspace) -> Workspace {
    // Every rule that a workspace may set, at its severity in effect: writing a default changes nothing.
    let effective = RuleRunner.severities(workspace.rules)
    var rules: [String: String] = [:]
    for rule in RuleID.allCases where !rule.isFixed {
      rules[rule.rawValue] = (effective[rule] ?? rule.defaultSeverity)?.rawValue ?? "off"
    }
    return Workspace(
      name: workspace.name.value, timezone: zone(workspace.timezone.value),
      defaultLocale: workspace.defaultLocale.value, locales: workspace.allLocales,
      askVisitorToSelectGroup: workspace.askVisitorToSelectGroup.value, widgetID: workspace.widgetID?.value,
      coverage: workspace.coverage.map { (from: $0.from.value, until: $0.until.value) },
      calendars: sortedSet(workspace.calendars.map(\.value)),
      rules: sortedByKey(rules).map { (rule: $0.key, severity: $0.value) })
  }

  /// Both fallbacks; one that was left out is the product's own message.
  static func fallbacks(_ fallbacks: RosterKit.Fallbacks?) -> Fallbacks {
    func fallback(_ fallback: RosterKit.Fallback?) -> Fallback {
      Fallback(
        message: (fallback?.message.value ?? .system).rawValue, text: fallback?.text.map(texts),
        offerMeetingBooking: fallback?.offerMeetingBooking.value ?? false)
    }
    return Fallbacks(meeting: fallback(fallbacks?.meeting), liveChat: fallback(fallbacks?.liveChat))
  }

  static func agent(_ agent: RosterKit.Agent, in resolved: ResolvedConfiguration) -> Agent {
    Agent(
      id: agent.id.value, name: agent.name.value, email: agent.email.value.lowercased(),
      languages: sortedSet(agent.languages.map(\.value)), liveChat: agent.liveChat.map(liveChat),
      meetings: agent.meetings.map(meetings), teams: resolved.teamsOf[agent.id.value] ?? [],
      groups: resolved.groupsOf[agent.id.value] ?? [], calendars: observed(agent.dates.calendars, in: resolved),
      timeOff: dated(agent.dates.timeOff, hours: \.hoursOff, scope: true),
      extraHours: dated(agent.dates.extraHours, hours: \.blocks))
  }

  /// The calendars an agent or a group observes besides the workspace's, sorted, each once:
  /// naming one of the workspace's again changes nothing.
  static func observed(_ calendars: [Located<String>], in resolved: ResolvedConfiguration) -> [String] {
    let shared = Set(resolved.workspace?.calendars.map(\.value) ?? [])
    return sortedSet(calendars.map(\.value).filter { !shared.contains($0) })
  }

  /// Dated entries normalized, sorted, each once.
  static func dated(
    _ entries: [RosterKit.DatedEntry], hours: (RosterKit.DatedEntry) -> [DayBlock], scope: Bool = false
  ) -> [DatedEntry] {
    Set(
      entries.map { entry in
        let (from, until) = entry.dates.value.bounds
        return DatedEntry(
          from: from, until: until, hours: hours(entry), label: entry.label?.value,
          scope: scope ? entry.scope.value.rawValue : nil)
      }
    ).sorted()
  }

  static func calendar(_ calendar: HolidayCalendar) -> Calendar {
    Calendar(id: calendar.id.value, name: calendar.name.value, days: dated(calendar.days, hours: \.blocks))
  }

  /// Closures as the real instants they take out, written in UTC so that
  /// equal moments give equal bytes, sorted by start, end, then name.
  static func closures(_ closures: [RosterKit.Closure], workspace: RosterKit.Workspace?) -> [Closure] {
    closures.map { closure in
      guard let span = closure.span(workspace: workspace) else {
        return (
          Span(0, 0),
          Closure(
            name: closure.name.value, from: closure.from.value, until: closure.until.value,
            timezone: zone(closure.timezone?.value ?? workspace?.timezone.value ?? "Etc/UTC"))
        )
      }
      return (span, Closure(name: closure.name.value, from: utc(span.start), until: utc(span.end), timezone: "Etc/UTC"))
    }.sorted { a, b in (a.0.start, a.0.end, a.1.name) < (b.0.start, b.0.end, b.1.name) }.map(\.1)
      .reduce(into: [Closure]()) { closures, closure in
        // The same closure written twice is one.
        if let last = closures.last, (last.name, last.from, last.until) == (closure.name, closure.from, closure.until) {
          return
        }
        closures.append(closure)
      }
  }

  /// `2026-06-12T12:00`: an instant as a UTC reading (closures start and end on whole minutes).
  static func utc(_ instant: Int64) -> String {
    let reading = CoverageText.reading(instant)
    let minutes = Int(reading.time / 60)
    return reading.date.iso + "T" + Clock.format(minutes)
  }

  static func liveChat(_ liveChat: RosterKit.LiveChat) -> LiveChat {
    LiveChat(
      timezone: zone(liveChat.timezone.value), hours: intervals(liveChat.hours),
      autoOfflineAfterSeconds: liveChat.autoOfflineAfter?.value,
      receiveWhenInvisibleAfterSeconds: liveChat.receiveWhenInvisibleAfter?.value,
      maxConcurrentChats: liveChat.maxConcurrentChats?.value, notifyScheduleChanges: liveChat.notifyScheduleChanges)
  }

  static func meetings(_ meetings: RosterKit.Meetings) -> Meetings {
    Meetings(
      calendar: meetings.calendar.value.rawValue, videoLink: meetings.videoLink,
      timezone: zone(meetings.timezone.value),
      durationSeconds: meetings.duration.value, bufferSeconds: meetings.buffer.value, hours: intervals(meetings.hours),
      invitation: meetings.invitation?.value)
  }

  static func team(_ team: RosterKit.Team) -> Team {
    Team(id: team.id.value, name: team.name.value, agents: sortedSet(team.agents.map(\.value)))
  }

  static func group(_ group: RosterKit.Group, in resolved: ResolvedConfiguration) -> Group {
    Group(
      id: group.id.value, name: texts(group.name), agents: sortedSet(group.agents.map(\.value)),
      isPrivate: group.isPrivate, isEnabled: group.isEnabled.value, code: resolved.code(of: group),
      serviceHours: group.serviceHours.map { service in
        ServiceHours(
          timezone: zone(service.timezone?.value ?? resolved.workspace?.timezone.value ?? "Etc/UTC"),
          hours: intervals(service.hours), minAgents: service.requiredAgents,
          calendars: observed(service.calendars, in: resolved), overrides: dated(service.overrides, hours: \.blocks))
      })
  }

  /// A time zone by its canonical name: `US/Eastern` is written `America/New_York`.
  static func zone(_ name: String) -> String { TimeZoneDatabase.builtIn.canonical(name) }

  static func trigger(_ trigger: RosterKit.Trigger) -> Trigger {
    Trigger(
      name: trigger.name.value, urlPrefix: trigger.urlPrefix?.value, visitorLanguage: trigger.visitorLanguage?.value,
      assign: trigger.assign.value)
  }

  /// Weekly hours as intervals: expanded, split at midnight, merged and
  /// sorted by `WeeklyHours.normalized`.
  static func intervals(_ hours: WeeklyHours) -> [Interval] {
    hours.normalized.map {
      Interval(day: $0.day.name, start: Clock.format($0.start), end: Clock.format($0.end))
    }
  }

  /// Texts by locale, sorted; the first text wins when a locale repeats.
  static func texts(_ text: LocalizedText) -> [(locale: String, text: String)] {
    var texts: [String: String] = [:]
    for entry in text.entries where texts[entry.locale.value] == nil {
      texts[entry.locale.value] = entry.text.value
    }
    return sortedByKey(texts).map { (locale: $0.key, text: $0.value) }
  }

  /// Sorted, without duplicates.
  static func sortedSet(_ items: [String]) -> [String] { Set(items).sorted() }

  /// In the order of RFC 8785: by UTF-16 code units.
  private static func sortedByKey(_ members: [String: String]) -> [(key: String, value: String)] {
    members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
  }
}
