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
  /// True when an `include:` pattern matched no file (`unknown-include`):
  /// the files it was meant to select are missing, so the rules that look
  /// across files do not run either.
  public var hasUnmatchedIncludes: Bool

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
    timeZones: TimeZoneDatabase = .builtIn
  ) {
    self.root = root
    self.excluded = excluded
    self.limits = limits
    self.timeZones = timeZones
  }

  public func load() throws(LoadError) -> LoadResult {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: root, isDirectory: &isDirectory) else { throw .rootNotFound(root) }
    guard isDirectory.boolValue else { throw .rootIsAFile(root) }
    let rosterPath = root + "/roster.yaml"
    guard manager.fileExists(atPath: rosterPath) else { throw .missingRosterFile(root) }
    let shownRoot = Self.displayPath(root)
    func shown(_ relative: String) -> String { shownRoot == "." ? relative : shownRoot + "/" + relative }

    var sources = SourceFiles()
    // Files over the size limit, with their size: never read, reported as broken.
    var oversized: [FileID: Int] = [:]
    func read(_ absolute: String, _ relative: String) throws(LoadError) -> FileID {
      switch Self.contents(of: absolute, limit: limits.maxFileBytes) {
      case nil: throw .unreadable(shown(relative), "permission denied or not a file")
      case .bytes(let bytes): return sources.add(SourceFile(path: shown(relative), contents: bytes))
      case .tooLarge(let size):
        let id = sources.add(SourceFile(path: shown(relative), bytes: []))
        oversized[id] = size
        return id
      }
    }

    let parser = YAMLParser(limits: limits)
    var diagnostics: [Diagnostic] = []
    let rootID = try read(rosterPath, "roster.yaml")
    let rosterFile = parser.parse(sources[rootID].bytes, size: oversized[rootID], file: rootID, into: &diagnostics)
    var includeDecoder = SchemaDecoder(timeZones: timeZones)
    let patterns = Self.includePatterns(in: rosterFile, decoder: &includeDecoder)
    diagnostics += includeDecoder.diagnostics.diagnostics
    let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    let found: [FileDiscovery.Found]
    let escapes: [FileDiscovery.Escape]
    do {
      (found, escapes) = try FileDiscovery(root: root, excluded: excludedPaths).walk()
    } catch {
      throw .unreadable(shown(error.relativePath), error.reason)
    }
    for escape in escapes {
      let file = sources.add(SourceFile(path: shown(escape.relativePath), bytes: [], wasRead: false))
      diagnostics.append(
        Diagnostic(.invalidValue, "symbolic link '\(escape.relativePath)' leads outside the root", at: .fileStart(file))
      )
    }
    var others: [FileID] = []
    for file in found where file.relativePath != "roster.yaml" {
      let wanted =
        patterns.map { globs in globs.contains { $0.glob.matches(file.relativePath) } }
        ?? FileDiscovery.isYAML(file.relativePath)
      guard wanted else { continue }
      guard file.isNamedInUTF8 else { throw .unreadable(shown(file.relativePath), FileDiscovery.notUTF8) }
      others.append(try read(file.absolutePath, file.relativePath))
    }
    let unmatched = Self.reportUnmatched(patterns ?? [], among: found.map(\.relativePath), into: &diagnostics)
    var files = [FileDecoder(timeZones: timeZones).decode(rosterFile, isRoot: true)]
    files += Self.decodeInParallel(
      others, of: sources, oversized: oversized, parser: parser, timeZones: timeZones)
    let brokenFiles = files.filter(\.isBroken).map(\.file)
    var state = LoadState(configuration: Configuration(rootFile: rootID))
    state.reserveCapacity(for: files)
    // Each file's entities are freed once merged, so that the model is not held twice.
    files.reverse()
    while let file = files.popLast() { state.merge(file) }
    let locator = SourceLocator(sources)
    state.finish(locator)
    diagnostics += state.diagnostics
    Self.hintAnchorsOfOtherFiles(&diagnostics, locator)
    return LoadResult(
      configuration: state.configuration, sources: sources, diagnostics: diagnostics, brokenFiles: brokenFiles,
      hasUnmatchedIncludes: unmatched)
  }

  /// Reports each `include:` pattern that selects no file (`unknown-include`),
  /// with the pattern it may mean: a file's path, or the pattern's last part
  /// in a folder that exists. True when some pattern matched nothing.
  static func reportUnmatched(
    _ patterns: [(glob: Glob, written: Located<String>)], among paths: [String], into diagnostics: inout [Diagnostic]
  ) -> Bool {
    var unmatched = false
    for pattern in patterns where !paths.contains(where: pattern.glob.matches) {
      unmatched = true
      let written = pattern.written.value
      let last = written.split(separator: "/").last.map(String.init) ?? written
      var candidates = Set(paths.filter(FileDiscovery.isYAML))
      for path in paths {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        candidates.insert(folder.isEmpty ? last : folder + "/" + last)
      }
      let meant = Suggestion.closest(
        to: written, in: candidates.sorted().filter { candidate in paths.contains(where: Glob(candidate).matches) })
      diagnostics.append(
        Diagnostic(
          .unknownInclude, "include pattern '\(written)' matches no file", at: pattern.written.range,
          hint: meant.map { "did you mean '\($0)'?" }
            ?? "patterns are relative to the root, such as 'agents/*.yaml' or '**/*.yaml'"))
    }
    return unmatched
  }

  /// An alias whose anchor is written in another file: libyaml knows only
  /// the file it reads, so the loader names the other file in a hint.
  static func hintAnchorsOfOtherFiles(_ diagnostics: inout [Diagnostic], _ locator: SourceLocator) {
    let prefix = "unknown anchor '"
    for index in diagnostics.indices
    where diagnostics[index].rule == .yamlSyntax && diagnostics[index].hint == nil
      && diagnostics[index].message.hasPrefix(prefix)
    {
      let name = Array("&\(diagnostics[index].message.dropFirst(prefix.count).dropLast())".utf8)
      let ending: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")]
      // The first definition of the anchor in another file: `&name` followed by space, a break or the end of a flow.
      let own = Int(diagnostics[index].range.file.index)
      let found = locator.sources.files.indices.lazy.filter { $0 != own }
        .compactMap { file -> SourceRange? in
          let bytes = locator.sources.files[file].bytes
          let at = bytes[...].starts(of: name[...]).first {
            $0 + name.count == bytes.count || ending.contains(bytes[$0 + name.count])
          }
          return at.map { SourceRange(file: FileID(file), start: UInt32($0), end: UInt32($0)) }
        }.first
      if let found {
        let place = locator.span(found)
        diagnostics[index].hint =
          "anchors belong to one document of one file: '\(String(decoding: name, as: UTF8.self))' is in "
          + "\(place.path), line \(place.start.line); write the value again here"
      }
    }
  }

  /// What reading a file gave.
  enum Contents: Equatable {
    case bytes([UInt8])
    /// Over the limit: its size, or the bytes read when it grew past the
    /// limit while being read; no more than the limit was ever held.
    case tooLarge(Int)
  }

  /// A regular file's bytes, read with POSIX calls into one array sized
  /// by the file; nil when it cannot be read. The size is checked before
  /// reading and the read is bounded, so a file of any size costs at most
  /// `limit` bytes of memory.
  static func contents(of path: String, limit: Int = .max) -> Contents? {
    // Not blocking: a FIFO must not hang the open; it is then turned down as not a regular file.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    if size > limit { return .tooLarge(size) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      // One byte past the limit is enough to know that a growing file is over it.
      let room = limit - bytes.count
      let wanted = room < chunk.count ? room + 1 : chunk.count
      let count = read(descriptor, chunk.baseAddress, wanted)
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return .bytes(bytes) }
      if bytes.count + count > limit { return .tooLarge(bytes.count + count) }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  /// The `include` globs of roster.yaml, or nil when it has none.
  private static func includePatterns(
    in file: ParsedFile, decoder: inout SchemaDecoder
  ) -> [(glob: Glob, written: Located<String>)]? {
    for document in file.documents {
      guard let pair = document.pairs?.first(where: { $0.name == "include" }) else { continue }
      guard let (patterns, _) = decoder.texts(pair.value, .glob, key: "include") else { return [] }
      return patterns.map { (Glob($0.value), $0) }
    }
    return nil
  }

  /// Parses and decodes files on every core, each file's YAML tree dropped
  /// as soon as it is decoded; the results come in the order of `files`.
  private static func decodeInParallel(
    _ files: [FileID], of sources: SourceFiles, oversized: [FileID: Int], parser: YAMLParser,
    timeZones: TimeZoneDatabase
  ) -> [DecodedFile] {
    let results = ResultSlots<DecodedFile>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      var diagnostics: [Diagnostic] = []
      let file = files[index]
      let parsed = parser.parse(sources[file].bytes, size: oversized[file], file: file, into: &diagnostics)
      var decoded = FileDecoder(timeZones: timeZones).decode(parsed, isRoot: false)
      decoded.diagnostics = diagnostics + decoded.diagnostics
      results.store(decoded, at: index)
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

/// One file's sections, decoded on their own, to be merged in file order.
struct DecodedFile: Sendable {
  enum Value: Sendable {
    case workspace(Workspace?)
    case fallbacks(Fallbacks?)
    /// The entities read, and the ids whose value was not a mapping.
    case agents([Agent], unreadable: [String])
    case teams([Team], unreadable: [String])
    case groups([Group], unreadable: [String])
    /// Nil when the section is not a list.
    case triggers([Trigger]?)
    case calendars([HolidayCalendar], unreadable: [String])
    /// The closures read, and false when some item or the list itself could not be read.
    case closures([Closure], complete: Bool)
  }

  /// A section as written: its name, key, value, and what decoding it reported.
  struct Section: Sendable {
    var name: String
    var key: SourceRange
    var value: Value
    var diagnostics: [Diagnostic]
  }

  var file: FileID
  var isBroken: Bool
  var sections: [Section] = []
  /// What the file reported outside its sections: parsing, empty file, unknown sections.
  var diagnostics: [Diagnostic] = []
}

/// Decodes one parsed file's sections by `Format`.
struct FileDecoder {
  let timeZones: TimeZoneDatabase

  func decode(_ parsed: ParsedFile, isRoot: Bool) -> DecodedFile {
    var result = DecodedFile(file: parsed.tree.file, isBroken: parsed.isBroken)
    var decoder = SchemaDecoder(timeZones: timeZones)
    let documents = parsed.documents.filter { !$0.isNull }
    if documents.isEmpty && !parsed.isBroken {
      decoder.diagnostics.report(.emptyFile, "file holds no document", at: .fileStart(parsed.tree.file))
    }
    for (position, document) in documents.enumerated() {
      guard let pairs = document.pairs else {
        decoder.diagnostics.report(
          .wrongType, "expected a mapping of sections, found \(document.kindDescription)",
          at: decoder.anchor(of: document))
        continue
      }
      // A file with no section of Roster's at all is another tool's (a
      // docker-compose.yml): said once, with why it is read.
      let isForeign =
        !isRoot && !pairs.isEmpty && !pairs.contains { Format.document.property($0.name) != nil }
        && pairs.allSatisfy { Suggestion.closest(to: $0.name, in: Format.document.properties.map(\.name)) == nil }
      if isForeign, let first = pairs.first {
        decoder.diagnostics.report(
          .unknownKey, "unknown section '\(first.name)': this file holds no section of a Roster configuration",
          at: first.key.range,
          hint:
            "every .yaml and .yml file under the root is read; list the files to read under 'include:' in roster.yaml, "
            + "or move this file out of the root")
        continue
      }
      for pair in pairs {
        let name = pair.name
        guard Format.document.property(name) != nil else {
          var hint = Suggestion.hint(for: name, in: Format.document.properties.map(\.name))
          if hint == nil, position > 0,
            let separator = SeparatorLines.separatorLine(before: pair.key.range.start, in: parsed.tree.sourceBytes)
          {
            let above = documents[position - 1].pairs?.last.map { " instead of under '\($0.name)'" } ?? ""
            hint =
              "the '---' on line \(separator) starts a new document, so '\(name)' is read as a section\(above); "
              + "remove the '---'"
          }
          decoder.diagnostics.report(.unknownKey, "unknown section '\(name)'", at: pair.key.range, hint: hint)
          continue
        }
        if name == "include" {
          if !isRoot {
            decoder.diagnostics.report(.unknownKey, "'include' is only allowed in roster.yaml", at: pair.key.range)
          }
          continue
        }
        var sectionDecoder = SchemaDecoder(timeZones: timeZones)
        let value = Self.section(pair, &sectionDecoder)
        result.sections.append(
          .init(name: name, key: pair.key.range, value: value, diagnostics: sectionDecoder.diagnostics.diagnostics))
      }
    }
    result.diagnostics = decoder.diagnostics.diagnostics
    return result
  }

  private static func section(_ pair: YAMLPair, _ decoder: inout SchemaDecoder) -> DecodedFile.Value {
    let (name, node) = (pair.name, pair.value)
    switch name {
    case "workspace":
      return .workspace(
        decoder.object(node, Declarations.workspace, key: name, context: "'\(name)'", keyRange: pair.key.range)?.value)
    case "fallbacks":
      return .fallbacks(
        decoder.object(node, Declarations.fallbacks, key: name, context: "'\(name)'", keyRange: pair.key.range)?.value)
    case "agents":
      let (agents, unreadable) = decoder.entities(node, Declarations.agent, key: name, id: \.id) ?? ([], [])
      return .agents(agents, unreadable: unreadable)
    case "teams":
      let (teams, unreadable) = decoder.entities(node, Declarations.team, key: name, id: \.id) ?? ([], [])
      return .teams(teams, unreadable: unreadable)
    case "groups":
      let (groups, unreadable) = decoder.entities(node, Declarations.group, key: name, id: \.id) ?? ([], [])
      return .groups(groups, unreadable: unreadable)
    case "calendars":
      let (calendars, unreadable) = decoder.entities(node, Declarations.calendar, key: name, id: \.id) ?? ([], [])
      return .calendars(calendars, unreadable: unreadable)
    case "closures":
      guard let items = node.items else {
        decoder.wrongType(node, key: name, expected: "a list")
        return .closures([], complete: false)
      }
      let closures = items.compactMap {
        decoder.object($0, Declarations.closure, key: name, context: "'\(name)'", keyRange: nil)?.value
      }
      return .closures(closures, complete: closures.count == items.count)
    default:
      guard let items = node.items else {
        decoder.wrongType(node, key: name, expected: "a list")
        return .triggers(nil)
      }
      return .triggers(
        items.compactMap {
          decoder.object($0, Declarations.trigger, key: name, context: "'\(name)'", keyRange: nil)?.value
        })
    }
  }
}

/// The configuration merged from the files so far, in the order they were read.
private struct LoadState {
  var configuration: Configuration
  var diagnostics: [Diagnostic] = []
  /// Where each single section was first written.
  private var firstSection: [String: SourceRange] = [:]

  init(configuration: Configuration) {
    self.configuration = configuration
  }

  /// Makes room for every entity of `files` at once.
  mutating func reserveCapacity(for files: [DecodedFile]) {
    var counts = (agents: 0, teams: 0, groups: 0)
    for section in files.lazy.flatMap(\.sections) {
      switch section.value {
      case .agents(let agents, _): counts.agents += agents.count
      case .teams(let teams, _): counts.teams += teams.count
      case .groups(let groups, _): counts.groups += groups.count
      default: break
      }
    }
    configuration.agents.reserveCapacity(counts.agents)
    configuration.teams.reserveCapacity(counts.teams)
    configuration.groups.reserveCapacity(counts.groups)
  }

  /// Adds a file's sections. A second copy of a single section is reported,
  /// and neither its value nor what decoding it found is kept.
  mutating func merge(_ file: DecodedFile) {
    diagnostics += file.diagnostics
    for section in file.sections {
      configuration.writtenSections.insert(section.name)
      if Format.singleSections.contains(section.name) {
        if let first = firstSection[section.name] {
          diagnostics.append(
            Diagnostic(
              .duplicateSection, "section '\(section.name)' is defined more than once", at: section.key,
              notes: [.init("first defined here", at: first)]))
          continue
        }
        firstSection[section.name] = section.key
      }
      diagnostics += section.diagnostics
      switch section.value {
      case .workspace(let workspace): configuration.workspace = workspace
      case .fallbacks(let fallbacks): configuration.fallbacks = fallbacks
      case .agents(let agents, let unreadable):
        configuration.agents += agents
        configuration.unreadableIDs.agents.formUnion(unreadable)
      case .teams(let teams, let unreadable):
        configuration.teams += teams
        configuration.unreadableIDs.teams.formUnion(unreadable)
      case .groups(let groups, let unreadable):
        configuration.groups += groups
        configuration.unreadableIDs.groups.formUnion(unreadable)
      case .calendars(let calendars, let unreadable):
        configuration.calendars += calendars
        configuration.unreadableIDs.calendars.formUnion(unreadable)
      case .closures(let closures, let complete):
        configuration.closures += closures
        if !complete { configuration.closuresAreComplete = false }
      case .triggers(let triggers):
        guard let triggers else { continue }
        configuration.triggersRange = section.key
        configuration.triggers = triggers
      }
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
