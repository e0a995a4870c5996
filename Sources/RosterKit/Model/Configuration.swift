/// Everything read from a configuration root, before any rule runs.
public struct Configuration: Sendable {
  public var workspace: Workspace?
  public var fallbacks: Fallbacks?
  /// Agents, teams and groups in the order they were read; ids may repeat
  /// (the duplicate-id rule reports it), later copies are kept for that.
  public var agents: [Agent] = []
  public var teams: [Team] = []
  public var groups: [Group] = []
  public var triggers: [Trigger] = []
  /// Holiday calendars in the order read; ids may repeat, like agents'.
  public var calendars: [HolidayCalendar] = []
  /// Closures from every file, in the order read.
  public var closures: [Closure] = []
  /// False when a `closures` section or one of its items was not a list or a mapping (the loader reported it).
  public var closuresAreComplete = true
  /// Ids of agents, teams and groups whose value was not a mapping (the
  /// loader reported it): they exist, but nothing more is known of them.
  public var unreadableIDs: (agents: Set<String>, teams: Set<String>, groups: Set<String>, calendars: Set<String>) = (
    [], [], [], []
  )
  /// Where the triggers section was written, for whole-list findings.
  public var triggersRange: SourceRange?
  /// The sections written anywhere, even those that failed to decode.
  public var writtenSections: Set<String> = []
  /// The file that must hold `workspace`, for findings about its absence.
  public var rootFile: FileID

  public init(rootFile: FileID) {
    self.rootFile = rootFile
  }

  /// The workspace's locales, default first, or just English when there is no workspace.
  public var locales: [String] { workspace?.allLocales ?? ["en"] }
  public var defaultLocale: String { workspace?.defaultLocale.value ?? "en" }
}
