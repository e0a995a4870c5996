/// A configuration that checked without errors, resolved once for the
/// stages after the checks (`build`, `snippet`): each entity once, sorted by
/// id; memberships both ways; each group's code in effect; every rule's
/// effective severity. It exists only when there are no errors.
public struct ResolvedConfiguration: Sendable {
  public let workspace: Workspace?
  public let fallbacks: Fallbacks?
  /// Sorted by id, one of each id.
  public let agents: [Agent]
  public let teams: [Team]
  public let groups: [Group]
  /// In the order written.
  public let triggers: [Trigger]
  /// Sorted by id, one of each id.
  public let calendars: [HolidayCalendar]
  /// In the order read.
  public let closures: [Closure]
  /// For each agent id, the sorted ids of the teams and of the groups that list it.
  public let teamsOf: [String: [String]]
  public let groupsOf: [String: [String]]
  public let defaultLocale: String
  /// Each group's code in effect, by group id: as written, or derived from the id.
  public let codes: [String: String]
  /// Every rule's severity in effect: its default, or what `workspace.rules` says (nil for `off`).
  public let severities: [RuleID: Severity?]

  /// Resolves a checked configuration; nil when the check found errors.
  public init?(_ result: CheckResult) {
    guard result.summary.errors == 0 else { return nil }
    self.init(unchecked: result.configuration)
  }

  /// Resolves a configuration as it is, errors or not: for tests of the emitters.
  init(unchecked configuration: Configuration) {
    workspace = configuration.workspace
    fallbacks = configuration.fallbacks
    agents = Self.sortedDistinct(configuration.agents, \.id.value)
    teams = Self.sortedDistinct(configuration.teams, \.id.value)
    groups = Self.sortedDistinct(configuration.groups, \.id.value)
    triggers = configuration.triggers
    calendars = Self.sortedDistinct(configuration.calendars, \.id.value)
    closures = configuration.closures
    teamsOf = Self.membership(teams.map { ($0.id.value, $0.agents) })
    groupsOf = Self.membership(groups.map { ($0.id.value, $0.agents) })
    defaultLocale = configuration.defaultLocale
    codes = Dictionary(uniqueKeysWithValues: groups.map { ($0.id.value, $0.code) })
    severities = RuleRunner.severities(configuration.workspace?.rules ?? [])
  }

  /// A group's code in effect.
  public func code(of group: Group) -> String { codes[group.id.value] ?? group.code }

  /// The enabled groups, sorted by id: one snippet each.
  public var enabledGroups: [Group] { groups.filter(\.isEnabled.value) }

  /// The first of each id, sorted by id.
  private static func sortedDistinct<T>(_ items: [T], _ id: (T) -> String) -> [T] {
    distinct(items, id).sorted { id($0) < id($1) }
  }

  /// For each agent id, the sorted ids of the teams or groups that list it, once each.
  private static func membership(_ lists: [(id: String, agents: [Located<String>])]) -> [String: [String]] {
    var result: [String: Set<String>] = [:]
    for list in lists {
      for member in list.agents { result[member.value, default: []].insert(list.id) }
    }
    return result.mapValues { $0.sorted() }
  }
}
