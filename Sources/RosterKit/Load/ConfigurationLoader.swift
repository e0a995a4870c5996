import Dispatch
import Foundation

/// What loading a root gave: the model, the sources for rendering, and the
/// diagnostics of reading, parsing and decoding.
public struct LoadResult: Sendable {
  public var configuration: Configuration
  /// Every file read, and paths that findings name.
  public var sources: SourceFiles
  public var diagnostics: [Diagnostic]
  /// The files that could not be parsed whole, in the order they were read:
  /// rules that look across files would report what is only missing because
  /// of them, so they do not run.
  public var brokenFiles: [FileID]

  public var hasBrokenFiles: Bool { !brokenFiles.isEmpty }
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

    var sources = SourceFiles()
    func read(_ absolute: String, _ relative: String) throws(LoadError) -> FileID {
      guard manager.isReadableFile(atPath: absolute), let data = manager.contents(atPath: absolute) else {
        throw .unreadable(shown(relative), "permission denied or not a file")
      }
      return sources.add(SourceFile(path: shown(relative), contents: [UInt8](data)))
    }

    let parser = YAMLParser(limits: limits)
    var parseDiagnostics: [Diagnostic] = []
    let rootID = try read(rosterPath, "roster.yaml")
    let rosterFile = parser.parse(sources[rootID].bytes, file: rootID, into: &parseDiagnostics)
    var state = LoadState(
      decoder: SchemaDecoder(timeZones: timeZones), configuration: Configuration(rootFile: rootID))
    let patterns = state.includePatterns(in: rosterFile)
    let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    let (found, escapes) = FileDiscovery(root: root, excluded: excludedPaths).walk()
    for escape in escapes {
      let file = sources.add(SourceFile(path: shown(escape.relativePath), bytes: [], wasRead: false))
      state.decoder.diagnostics.report(
        .invalidValue, "symbolic link '\(escape.relativePath)' leads outside the root", at: .fileStart(file))
    }
    var others: [FileID] = []
    for file in found where file.relativePath != "roster.yaml" {
      let wanted =
        patterns.map { globs in globs.contains { $0.matches(file.relativePath) } }
        ?? FileDiscovery.isYAML(file.relativePath)
      if wanted { others.append(try read(file.absolutePath, file.relativePath)) }
    }
    let parsed = Self.parseInParallel(others, of: sources, with: parser)
    var files = [rosterFile]
    for (file, diagnostics) in parsed {
      files.append(file)
      parseDiagnostics += diagnostics
    }
    for file in files { state.add(file, isRoot: file.tree.file == rootID) }
    state.finish(SourceLocator(sources))
    return LoadResult(
      configuration: state.configuration, sources: sources,
      diagnostics: parseDiagnostics + state.decoder.diagnostics.diagnostics,
      brokenFiles: files.filter(\.isBroken).map(\.tree.file))
  }

  /// Parses files on every core; the results come in the order of `files`.
  private static func parseInParallel(
    _ files: [FileID], of sources: SourceFiles, with parser: YAMLParser
  ) -> [(ParsedFile, [Diagnostic])] {
    let results = ResultSlots<(ParsedFile, [Diagnostic])>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      var diagnostics: [Diagnostic] = []
      let parsed = parser.parse(sources[files[index]].bytes, file: files[index], into: &diagnostics)
      results.store((parsed, diagnostics), at: index)
    }
    return results.values
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
      guard let (patterns, _) = decoder.texts(pair.value, .glob, key: "include") else { return [] }
      return patterns.map { Glob($0.value) }
    }
    return nil
  }

  mutating func add(_ file: ParsedFile, isRoot: Bool) {
    let documents = file.documents.filter { !$0.isNull }
    if documents.isEmpty && !file.isBroken {
      decoder.diagnostics.report(.emptyFile, "file holds no document", at: .fileStart(file.tree.file))
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
    guard Format.document.property(name) != nil else {
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
    let node = pair.value
    switch name {
    case "workspace":
      configuration.workspace =
        decoder.object(node, Declarations.workspace, key: name, context: "'\(name)'", keyRange: pair.key.range)?.value
    case "fallbacks":
      configuration.fallbacks =
        decoder.object(node, Declarations.fallbacks, key: name, context: "'\(name)'", keyRange: pair.key.range)?.value
    case "agents":
      configuration.agents += decoder.entities(node, Declarations.agent, key: name, id: \.id) ?? []
    case "teams":
      configuration.teams += decoder.entities(node, Declarations.team, key: name, id: \.id) ?? []
    case "groups":
      configuration.groups += decoder.entities(node, Declarations.group, key: name, id: \.id) ?? []
    case "triggers":
      guard let items = node.items else {
        decoder.wrongType(node, key: name, expected: "a list")
        return
      }
      configuration.triggersRange = pair.key.range
      configuration.triggers = items.compactMap {
        decoder.object($0, Declarations.trigger, key: name, context: "'\(name)'", keyRange: nil)?.value
      }
    default:
      break
    }
  }

  /// Gives plain-string texts the default locale, once the workspace is
  /// known, and triggers the line they start on.
  mutating func finish(_ locator: SourceLocator) {
    for index in configuration.triggers.indices {
      let range = configuration.triggers[index].range
      configuration.triggers[index].line = locator.location(range.file, range.start).line
    }
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

/// One slot per task of a parallel loop, each written by its own task.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Called once per index, from any thread; indices never collide.
  func store(_ value: Value, at index: Int) { slots[index] = value }

  var values: [Value] { slots.map { $0! } }
}
