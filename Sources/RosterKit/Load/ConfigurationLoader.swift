import Foundation

/// What loading a root gave: the model, the sources for rendering, and the
/// diagnostics of reading, parsing and decoding.
public struct LoadResult: Sendable {
  public var configuration: Configuration
  /// Every file read, by the path shown in diagnostics.
  public var sources: [String: SourceFile]
  public var diagnostics: [Diagnostic]
  /// True when a file could not be parsed whole: cross-file rules would then
  /// report what is only missing because of it, so they do not run.
  public var hasBrokenFiles: Bool
}

/// Reads a configuration root: finds its files, parses them, decodes each
/// section by `Format`, and merges agents, teams and groups across files.
public struct ConfigurationLoader {
  /// The root as the user named it.
  public var root: String
  /// Folders to leave out, such as the output directory.
  public var excluded: [String]
  public var limits: YAMLLimits
  public var timeZones: TimeZoneDatabase

  public init(
    root: String, excluded: [String] = [], limits: YAMLLimits = .standard,
    timeZones: TimeZoneDatabase = .system
  ) {
    self.root = root
    self.excluded = excluded
    self.limits = limits
    self.timeZones = timeZones
  }

  public func load() throws(LoadError) -> LoadResult {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .rootNotFound(root)
    }
    let rosterPath = root + "/roster.yaml"
    guard manager.fileExists(atPath: rosterPath) else { throw .missingRosterFile(root) }
    let shownRoot = Self.displayPath(root)
    func shown(_ relative: String) -> String { shownRoot == "." ? relative : shownRoot + "/" + relative }

    var state = LoadState(
      decoder: SchemaDecoder(timeZones: timeZones),
      configuration: Configuration(rootFile: shown("roster.yaml")))
    let parser = YAMLParser(limits: limits)
    var sources: [String: SourceFile] = [:]

    func read(_ absolute: String, _ relative: String) throws(LoadError) -> ParsedFile {
      guard manager.isReadableFile(atPath: absolute), let data = manager.contents(atPath: absolute) else {
        throw .unreadable(shown(relative), "permission denied or not a file")
      }
      let parsed = parser.parse(Array(data), path: shown(relative), into: &state.parseDiagnostics)
      sources[parsed.source.path] = parsed.source
      state.hasBrokenFiles = state.hasBrokenFiles || parsed.isBroken
      return parsed
    }

    let rosterFile = try read(rosterPath, "roster.yaml")
    let patterns = state.includePatterns(in: rosterFile)
    let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    let (found, escapes) = FileDiscovery(root: root, excluded: excludedPaths).walk()
    for escape in escapes {
      state.decoder.diagnostics.report(
        .invalidValue, "symbolic link '\(escape.relativePath)' leads outside the root",
        at: .fileStart(shown(escape.relativePath)))
    }
    var files = [rosterFile]
    for file in found where file.relativePath != "roster.yaml" {
      let wanted =
        patterns.map { globs in globs.contains { $0.matches(file.relativePath) } }
        ?? FileDiscovery.isYAML(file.relativePath)
      if wanted { files.append(try read(file.absolutePath, file.relativePath)) }
    }
    for file in files { state.add(file, isRoot: file.source.path == rosterFile.source.path) }
    state.finish()
    return LoadResult(
      configuration: state.configuration, sources: sources,
      diagnostics: state.parseDiagnostics.diagnostics + state.decoder.diagnostics.diagnostics,
      hasBrokenFiles: state.hasBrokenFiles)
  }

  /// A path as the user should see it: relative to the current directory when under it.
  static func displayPath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd)).standardizedFileURL.path
    if absolute == cwd { return "." }
    if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
    return absolute
  }
}

/// The sections read so far, and the decoder that reports on them.
private struct LoadState {
  var decoder: SchemaDecoder
  var configuration: Configuration
  var parseDiagnostics = DiagnosticCollector()
  var hasBrokenFiles = false
  /// Where each single section was first written.
  private var firstSection: [String: SourceRange] = [:]

  init(decoder: SchemaDecoder, configuration: Configuration) {
    self.decoder = decoder
    self.configuration = configuration
  }

  /// The `include` globs of roster.yaml, or nil when it has none.
  mutating func includePatterns(in file: ParsedFile) -> [Glob]? {
    for document in file.documents {
      guard let pair = document.pairs?.first(where: { $0.name == "include" }) else { continue }
      guard let property = Format.document.property("include"),
        let value = decoder.decode(pair.value, as: property.type, key: "include"),
        case .list(let items) = value.kind
      else { return [] }
      return items.compactMap { item in
        if case .text(let pattern) = item.kind { return Glob(pattern) }
        return nil
      }
    }
    return nil
  }

  mutating func add(_ file: ParsedFile, isRoot: Bool) {
    let documents = file.documents.filter { !$0.isNull }
    if documents.isEmpty && !file.isBroken {
      decoder.diagnostics.report(.emptyFile, "file holds no document", at: .fileStart(file.source.path))
    }
    for document in documents {
      guard let pairs = document.pairs else {
        decoder.diagnostics.report(
          .wrongType, "expected a mapping of sections, found \(document.kindDescription)",
          at: decoder.anchor(of: document))
        continue
      }
      for pair in pairs { addSection(pair, isRoot: isRoot) }
    }
  }

  private mutating func addSection(_ pair: YAMLPair, isRoot: Bool) {
    let name = pair.name
    guard let property = Format.document.property(name) else {
      decoder.diagnostics.report(
        .unknownKey, "unknown section '\(name)'", at: pair.key.range,
        hint: Suggestion.hint(for: name, in: Format.document.properties.map(\.name)))
      return
    }
    if name == "include" {
      if !isRoot {
        decoder.diagnostics.report(
          .unknownKey, "'include' is only allowed in roster.yaml", at: pair.key.range)
      }
      return
    }
    configuration.writtenSections.insert(name)
    if Format.singleSections.contains(name) {
      if let first = firstSection[name] {
        decoder.diagnostics.report(
          .duplicateSection, "section '\(name)' is defined more than once", at: pair.key.range,
          notes: [.init("first defined here", at: first)])
        return
      }
      firstSection[name] = pair.key.range
    }
    guard let value = decoder.decode(pair.value, as: property.type, key: name, keyRange: pair.key.range)
    else { return }
    switch (name, value.kind) {
    case ("workspace", .object(let object)):
      configuration.workspace = ModelBuilder.workspace(object)
    case ("fallbacks", .object(let object)):
      configuration.fallbacks = ModelBuilder.fallbacks(object)
    case ("agents", .entities(let entities)):
      configuration.agents += entities.map(ModelBuilder.agent)
    case ("teams", .entities(let entities)):
      configuration.teams += entities.map(ModelBuilder.team)
    case ("groups", .entities(let entities)):
      configuration.groups += entities.map(ModelBuilder.group)
    case ("triggers", .list(let items)):
      configuration.triggersRange = pair.key.range
      configuration.triggers = items.compactMap { item in
        if case .object(let object) = item.kind { return ModelBuilder.trigger(object) }
        return nil
      }
    default:
      break
    }
  }

  /// Gives plain-string texts the default locale, once the workspace is known.
  mutating func finish() {
    let locale = configuration.defaultLocale
    func resolve(_ text: inout LocalizedText) {
      guard text.isPlain else { return }
      for index in text.entries.indices { text.entries[index].locale.value = locale }
    }
    for index in configuration.groups.indices { resolve(&configuration.groups[index].name) }
    if var fallbacks = configuration.fallbacks {
      if var text = fallbacks.meeting.text {
        resolve(&text)
        fallbacks.meeting.text = text
      }
      if var text = fallbacks.liveChat.text {
        resolve(&text)
        fallbacks.liveChat.text = text
      }
      configuration.fallbacks = fallbacks
    }
  }
}
