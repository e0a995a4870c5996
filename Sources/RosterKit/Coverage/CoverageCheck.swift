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
    let trusted = resolved.enabledGroups.filter { group in
      guard let service = group.serviceHours, service.hours.isComplete, group.membersAreComplete,
        !group.invalidKeys.contains("service_hours")
      else { return false }
      return group.agents.allSatisfy { agents[$0.value].map(Self.isReadWhole) ?? false }
    }
    for coverage in engine.coverage(of: trusted) { groups[coverage.id] = coverage }
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
    !agent.invalidKeys.contains("live_chat") && (agent.liveChat?.hours.isComplete ?? true)
  }
}
