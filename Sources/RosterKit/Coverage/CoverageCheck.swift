/// What the coverage rules of `check` read, computed once per run: each
/// group's coverage over `workspace.coverage`, for the groups whose every
/// input was read whole (a value that failed to load was reported, and no
/// conclusion is drawn from its absence), and which groups are ever staffed.
struct CoverageCheck: Sendable {
  /// By group id: the groups with service hours whose coverage can be trusted.
  var groups: [String: GroupCoverage] = [:]
  /// Ids of the enabled groups that have some member online in the window
  /// (or, with no window, in the two reference weeks).
  var staffed: Set<String> = []
  /// The window, when `workspace.coverage` is set.
  var window: DateWindow?
  /// The workspace zone over the window, to name local times.
  var workspaceZone: ZoneTimeline?
  /// The dates of the window on which every enabled group answers some
  /// moment by its weekly hours, and none does once dated entries apply, in order.
  var closedDates: [CivilDate] = []
  /// False when a dated entry or a calendar was not read whole: what it
  /// would have changed is unknown, so the rules about dates say nothing.
  var datesAreWhole = true

  /// Two weeks that `never-staffed-group` looks at when no window is set:
  /// `check` never reads the clock.
  static let referenceWindow = DateWindow(
    from: CivilDate(year: 2026, month: 1, dayOfMonth: 5), until: CivilDate(year: 2026, month: 1, dayOfMonth: 19))

  /// `groupMembers` holds, for each group, the position in `agents` of each agent it lists.
  init(_ configuration: Configuration, groupMembers: [[Int?]], database: TimeZoneDatabase = .builtIn) {
    // Without a valid workspace zone (reported by the loader) the window cannot be read,
    // but whether a group is ever staffed still can, over the reference weeks in UTC.
    let zone = configuration.workspace?.timezone.value ?? ""
    let hasZone = database.contains(zone)
    window = hasZone ? configuration.workspace?.coverage?.window : nil
    staffed = Self.staffedGroups(
      configuration, groupMembers: groupMembers, window: window ?? Self.referenceWindow,
      timezone: hasZone ? zone : "Etc/UTC", database: database)
    guard let window else { return }
    let resolved = ResolvedConfiguration(unchecked: configuration)
    guard var engine = CoverageEngine(resolved, window: window, timezone: zone, database: database) else { return }
    workspaceZone = engine.workspaceZone
    let agents = Dictionary(resolved.agents.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    datesAreWhole = Self.datesAreWhole(configuration)
    guard datesAreWhole else { return }
    func isTrusted(_ group: Group) -> Bool {
      guard group.membersAreComplete, !group.invalidKeys.contains("service_hours"),
        group.serviceHours?.hours.isComplete ?? true
      else { return false }
      return group.agents.allSatisfy { agents[$0.value].map(Self.isReadWhole) ?? false }
    }
    let trusted = resolved.enabledGroups.filter { $0.serviceHours != nil && isTrusted($0) }
    for coverage in engine.coverage(of: trusted) { groups[coverage.id] = coverage }
    let enabled = resolved.enabledGroups
    if !enabled.isEmpty, enabled.allSatisfy(isTrusted) {
      closedDates = Self.closedDates(enabled, engine: &engine, configuration: configuration, window: window)
    }
  }

  /// True when every calendar, closure and dated entry was read whole, and every calendar named exists.
  static func datesAreWhole(_ configuration: Configuration) -> Bool {
    let known = Set(configuration.calendars.map(\.id.value))
    let named =
      (configuration.workspace?.calendars ?? []) + configuration.agents.flatMap(\.dates.calendars)
      + configuration.groups.flatMap { $0.serviceHours?.calendars ?? [] }
    return configuration.unreadableIDs.calendars.isEmpty && configuration.calendars.allSatisfy(\.daysAreComplete)
      && configuration.closuresAreComplete && configuration.closures.allSatisfy(\.isComplete)
      && named.allSatisfy { known.contains($0.value) } && (configuration.workspace?.calendarsAreComplete ?? true)
      && configuration.agents.allSatisfy(\.dates.isComplete)
      && configuration.groups.allSatisfy { !$0.invalidKeys.contains("service_hours") }
  }

  /// The dates of the window, among those that some dated entry names, on
  /// which every group answers by the week and none with the dated entries.
  static func closedDates(
    _ groups: [Group], engine: inout CoverageEngine, configuration: Configuration, window: DateWindow
  ) -> [CivilDate] {
    var candidates = Set<CivilDate>()
    let wider = DateWindow(from: window.from.advanced(by: -1), until: window.until.advanced(by: 1))
    var entries = configuration.calendars.flatMap(\.days)
    for agent in configuration.agents { entries += agent.dates.timeOff }
    for group in groups { entries += group.serviceHours?.overrides ?? [] }
    for entry in entries { candidates.formUnion(entry.dates.value.dates(in: wider)) }
    for (_, span) in engine.dated.closures {
      let first = max(CoverageText.startDate(span, in: engine.workspaceZone), wider.from)
      let last = min(CoverageText.startDate(Span(span.end - 1, span.end), in: engine.workspaceZone), wider.until)
      if first <= last { candidates.formUnion(first...last) }
    }
    let dates = candidates.filter { window.from <= $0 && $0 < window.until }.sorted()
    guard !dates.isEmpty else { return [] }
    // Closed: no group answers with the dated entries; open: some group answers by the week.
    var closed = [Bool](repeating: true, count: dates.count)
    var open = [Bool](repeating: false, count: dates.count)
    for group in groups {
      let members = engine.memberPatterns(group)
      let weekly = engine.answers(group, members: members, on: dates, dated: false)
      let actual = engine.answers(group, members: members, on: dates, dated: true)
      for index in dates.indices {
        if actual[index] { closed[index] = false }
        if weekly[index] { open[index] = true }
      }
    }
    return dates.indices.filter { closed[$0] && open[$0] }.map { dates[$0] }
  }

  /// The ids of the enabled groups with some member online at some moment of
  /// the window, each member's hours in its own zone, as the engine reads
  /// them; each zone and week worked out once.
  static func staffedGroups(
    _ configuration: Configuration, groupMembers: [[Int?]], window: DateWindow, timezone: String,
    database: TimeZoneDatabase
  ) -> Set<String> {
    guard let rules = database.rules(for: timezone) else { return [] }
    let span = CoverageEngine.span(of: window, in: rules)
    struct Key: Hashable {
      var zone: String
      var week: [DayInterval]
    }
    var known: [Key: Bool] = [:]
    var timelines: [String: ZoneTimeline] = [:]
    func isOnline(_ liveChat: LiveChat) -> Bool {
      let key = Key(zone: liveChat.timezone.value, week: liveChat.hours.normalized)
      if let answer = known[key] { return answer }
      guard let zone = database.rules(for: key.zone) else { return false }
      let timeline =
        timelines[key.zone] ?? ZoneTimeline(zone, from: span.start - 2 * 86_400, to: span.end + 2 * 86_400)
      timelines[key.zone] = timeline
      let spans = WeeklyHours.instants(
        of: key.week, from: window.from.advanced(by: -2), until: window.until.advanced(by: 2), in: timeline)
      let answer = !Span.clipped(spans, to: span).isEmpty
      known[key] = answer
      return answer
    }
    var staffed = Set<String>()
    for (group, members) in zip(configuration.groups, groupMembers) where group.isEnabled.value {
      if members.contains(where: { $0.flatMap { configuration.agents[$0].liveChat }.map(isOnline) ?? false }) {
        staffed.insert(group.id.value)
      }
    }
    return staffed
  }

  /// A group's gaps that a rule reports, with what the message needs.
  struct GroupGaps {
    var group: Group
    var service: ServiceHours
    var coverage: GroupCoverage
    /// Not empty, in order.
    var gaps: [Gap]
    var zone: ZoneTimeline
  }

  /// For each of `groups` whose coverage can be trusted, its gaps that clock
  /// changes explain (`dst-only-gap`) or the others (`group-unstaffed`), when it has any.
  func gaps(of groups: some Sequence<Group>, explainedByClockChanges explained: Bool) -> [GroupGaps] {
    guard let zone = workspaceZone else { return [] }
    return groups.compactMap { group in
      guard let coverage = self.groups[group.id.value], let service = group.serviceHours else { return nil }
      let gaps = coverage.gaps.filter { $0.clockChanges.isEmpty != explained }
      guard !gaps.isEmpty else { return nil }
      return GroupGaps(group: group, service: service, coverage: coverage, gaps: gaps, zone: zone)
    }
  }

  /// True when the agent's live chat, if any, was read without a mistake.
  static func isReadWhole(_ agent: Agent) -> Bool {
    !agent.invalidKeys.contains("live_chat") && (agent.liveChat?.hours.isComplete ?? true) && agent.dates.isComplete
  }
}
