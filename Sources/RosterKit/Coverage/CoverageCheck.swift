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

  init(_ configuration: Configuration, database: TimeZoneDatabase = .builtIn) {
    // Without a valid workspace zone (reported by the loader) the window cannot be read,
    // but whether a group is ever staffed still can, over the reference weeks in UTC.
    let zone = configuration.workspace?.timezone.value ?? ""
    let hasZone = database.contains(zone)
    window = hasZone ? configuration.workspace?.coverage?.window : nil
    let resolved = ResolvedConfiguration(unchecked: configuration)
    guard
      var engine = CoverageEngine(
        resolved, window: window ?? Self.referenceWindow, timezone: hasZone ? zone : "Etc/UTC", database: database,
        causes: window != nil)
    else { return }
    workspaceZone = engine.workspaceZone
    let agents = Dictionary(resolved.agents.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    var trusted: [Group] = []
    for group in resolved.enabledGroups {
      if engine.isEverStaffed(group) { staffed.insert(group.id.value) }
      guard window != nil, let service = group.serviceHours, service.hours.isComplete, group.membersAreComplete,
        !group.invalidKeys.contains("service_hours"),
        group.agents.allSatisfy({ agents[$0.value].map(Self.isReadWhole) ?? false })
      else { continue }
      trusted.append(group)
    }
    for coverage in engine.coverage(of: trusted) { groups[coverage.id] = coverage }
  }

  /// True when the agent's live chat, if any, was read without a mistake.
  static func isReadWhole(_ agent: Agent) -> Bool {
    !agent.invalidKeys.contains("live_chat") && (agent.liveChat?.hours.isComplete ?? true)
  }
}
