/// A side whose files could not all be read (a YAML syntax error, an
/// encoding or a size over the limits): what those files define is unknown,
/// not removed. Comparing it as written would report every entity of the
/// file as removed and every snippet of its groups as to be taken off the
/// site, so what the other side defines in those files is taken as it is
/// there, and the report says so.
extension DiffSide {
  /// The files of a configuration side that could not be read, relative to its root.
  var unreadFiles: [String] {
    guard let check else { return [] }
    var files: [String] = []
    for diagnostic in check.diagnostics where diagnostic.rule.breaksFile {
      let path = relativePath(check.sources.path(diagnostic.range.file))
      if !files.contains(path) { files.append(path) }
    }
    return files
  }

  /// True when some of the configuration was not read: unread files, or an `include:` pattern that matched nothing.
  var isPartial: Bool {
    !unreadFiles.isEmpty || (check?.diagnostics.contains { $0.rule == .unknownInclude } ?? false)
  }

  func relativePath(_ path: String) -> String {
    if let root, path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
    return path
  }

  /// This side with what `other` defines in this side's unread files added
  /// where this side lacks it, and its snapshot made again.
  func filled(from other: DiffSide) -> DiffSide {
    let unread = Set(unreadFiles)
    guard !unread.isEmpty, var check, let source = other.check else { return self }
    let from = source.configuration
    func isUnread(_ range: SourceRange) -> Bool {
      unread.contains(other.relativePath(source.sources.path(range.file)))
    }
    var configuration = check.configuration
    if configuration.workspace == nil, let workspace = from.workspace, isUnread(workspace.range) {
      configuration.workspace = workspace
    }
    if configuration.fallbacks == nil, let fallbacks = from.fallbacks, isUnread(fallbacks.range) {
      configuration.fallbacks = fallbacks
    }
    if configuration.triggers.isEmpty, let range = from.triggersRange, isUnread(range) {
      configuration.triggers = from.triggers
    }
    let agents = Set(configuration.agents.map(\.id.value))
    configuration.agents += from.agents.filter { isUnread($0.range) && !agents.contains($0.id.value) }
    let teams = Set(configuration.teams.map(\.id.value))
    configuration.teams += from.teams.filter { isUnread($0.range) && !teams.contains($0.id.value) }
    let groups = Set(configuration.groups.map(\.id.value))
    configuration.groups += from.groups.filter { isUnread($0.range) && !groups.contains($0.id.value) }
    let calendars = Set(configuration.calendars.map(\.id.value))
    configuration.calendars += from.calendars.filter { isUnread($0.range) && !calendars.contains($0.id.value) }
    configuration.closures += from.closures.filter { isUnread($0.range) }
    check.configuration = configuration
    var side = self
    side.check = check
    side.snapshot = DiffSide.snapshot(of: configuration)
    return side
  }
}
