import Foundation

/// One side of `roster diff` (SPEC 10): a configuration folder, a built
/// `snapshot.json`, or `git:REV` (the current folder at a revision of the
/// repository that holds it), read into a snapshot of the current format,
/// with its check when it is a configuration.
public struct DiffSide: Sendable {
  /// What the user wrote: `.`, `build/snapshot.json`, `git:main`.
  public var label: String
  /// The snapshot, upgraded to the current format.
  public var snapshot: JSONValue
  /// The format the side was read in (`roster.snapshot/1` for an old build).
  public var format: String
  /// The check of a configuration side; nil for a snapshot file.
  public var check: CheckResult?
  /// The root the check read, for paths relative to it.
  var root: String?

  /// Why a side cannot be read: exit status 2.
  public struct Unreadable: Error, CustomStringConvertible {
    public var description: String
  }

  /// Reads `argument`, relative to `directory` (the current folder).
  public static func read(_ argument: String, in directory: String) throws(Unreadable) -> DiffSide {
    if argument.hasPrefix("git:") {
      return try fromGit(String(argument.dropFirst(4)), label: argument, in: directory)
    }
    let path = argument.hasPrefix("/") ? argument : directory + "/" + argument
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Unreadable(description: "\(argument): no such folder or snapshot")
    }
    if isDirectory.boolValue { return try fromFolder(path, label: argument) }
    if (argument as NSString).lastPathComponent.hasSuffix(".yaml") || argument.hasSuffix(".yml") {
      let folder = (argument as NSString).deletingLastPathComponent
      throw Unreadable(
        description:
          "\(argument) is a configuration file: give the folder that holds roster.yaml (\(folder.isEmpty ? "." : folder))"
      )
    }
    return try fromSnapshot(path, label: argument)
  }

  /// Loads and checks a configuration folder; a side with errors is still compared.
  static func fromFolder(_ path: String, label: String) throws(Unreadable) -> DiffSide {
    let result: CheckResult
    do {
      result = try Roster.check(root: path)
    } catch {
      throw Unreadable(description: "\(label): \(error.description)")
    }
    return DiffSide(
      label: label, snapshot: snapshot(of: result.configuration), format: SnapshotV2.format, check: result,
      root: ConfigurationLoader.displayPath(path))
  }

  /// The snapshot of a configuration as loaded, errors or not.
  static func snapshot(of configuration: Configuration) -> JSONValue {
    let rendered = Snapshot.render(ResolvedConfiguration(unchecked: configuration))
    guard let snapshot = try? JSONParser.parse(Array(rendered.utf8)) else {
      preconditionFailure("the snapshot writer wrote JSON that does not parse")
    }
    return SnapshotVersions.upgraded(snapshot)
  }

  /// Reads a built snapshot, of any format that Roster has written.
  static func fromSnapshot(_ path: String, label: String) throws(Unreadable) -> DiffSide {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Unreadable(description: "\(label): cannot be read")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(Array(data))
    } catch {
      throw Unreadable(description: "\(label) is not JSON: \(error.description)")
    }
    guard let format = value["format"]?.text else {
      throw Unreadable(description: "\(label) is not a Roster snapshot: it has no \"format\"")
    }
    guard SnapshotVersions.readable.contains(format) else {
      let known = SnapshotVersions.readable.joined(separator: ", ")
      throw Unreadable(
        description: format.hasPrefix("roster.snapshot/")
          ? "\(label) is \(format), which this Roster does not know (it reads \(known)): use the Roster that wrote it, or a newer one"
          : "\(label) is \(format), not a Roster snapshot (\(known))")
    }
    return DiffSide(label: label, snapshot: SnapshotVersions.upgraded(value), format: format, check: nil, root: nil)
  }

  /// The configuration at a revision: `REV` for the current folder,
  /// `REV:PATH` for a folder relative to it, `REV...` for the merge base of
  /// REV and HEAD (what a pull request changes). Read with git into a
  /// temporary folder; the working tree is not touched.
  static func fromGit(_ spec: String, label: String, in directory: String) throws(Unreadable) -> DiffSide {
    var revision = spec
    var folder = ""
    if let colon = spec.firstIndex(of: ":") {
      revision = String(spec[..<colon])
      folder = String(spec[spec.index(after: colon)...])
    }
    guard !revision.isEmpty else { throw Unreadable(description: "\(label): name a revision, such as git:HEAD") }
    let here = Git(directory: directory, label: label)
    // git archive runs at the top of the work tree, with the folder's path from there.
    let top = try here.run(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .newlines)
    let git = Git(directory: top, label: label)
    if revision.hasSuffix("...") {
      revision = try git.run(["merge-base", String(revision.dropLast(3)), "HEAD"]).trimmingCharacters(
        in: .whitespacesAndNewlines)
    }
    guard (try? git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])) != nil else {
      throw Unreadable(description: "\(label): unknown revision '\(revision)'")
    }
    let prefix = try here.run(["rev-parse", "--show-prefix"]).trimmingCharacters(in: .newlines)
    var components: [Substring] = []
    for component in (prefix + folder).split(separator: "/") where component != "." {
      if component == ".." {
        guard !components.isEmpty else {
          throw Unreadable(description: "\(label): '\(folder)' leads outside the repository")
        }
        components.removeLast()
      } else {
        components.append(component)
      }
    }
    let normalized = components.joined(separator: "/")
    let tree = "\(revision):\(normalized)"
    guard (try? git.run(["cat-file", "-t", tree]))?.hasPrefix("tree") == true else {
      throw Unreadable(
        description: "\(label): no folder '\(normalized.isEmpty ? "." : normalized)' at revision '\(revision)'")
    }
    let scratch = NSTemporaryDirectory() + "roster-diff-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    do {
      try FileManager.default.createDirectory(atPath: scratch + "/root", withIntermediateDirectories: true)
    } catch {
      throw Unreadable(description: "\(label): cannot make a temporary folder")
    }
    _ = try git.run(["archive", "--format=tar", "-o", scratch + "/tree.tar", tree])
    _ = try Git(directory: scratch, label: label).run(["xf", "tree.tar", "-C", "root"], tool: "tar")
    var side = try fromFolder(scratch + "/root", label: label)
    side.check = side.check.map { check in
      var check = check
      check.sources = check.sources.renamingPaths(from: ConfigurationLoader.displayPath(scratch + "/root"), to: label)
      return check
    }
    side.root = label
    return side
  }

  /// A diagnostic's place as `path:line`, the path relative to the side's root.
  public func place(of diagnostic: Diagnostic, locator: SourceLocator) -> String {
    let span = locator.span(diagnostic.range)
    return "\(relativePath(span.path)):\(span.start.line)"
  }
}

/// Runs git (or another tool) in a folder, for `git:` sides.
private struct Git {
  var directory: String
  var label: String

  func run(_ arguments: [String], tool: String = "git") throws(DiffSide.Unreadable) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw DiffSide.Unreadable(description: "\(label): cannot run \(tool)")
    }
    // Read both pipes to their end before waiting, so that neither fills up.
    let errorText = ResultSlots<Data>(count: 1)
    let reader = DispatchGroup()
    DispatchQueue.global().async(group: reader) {
      errorText.store(errors.fileHandleForReading.readDataToEndOfFile(), at: 0)
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    reader.wait()
    let errorData = errorText.values[0]
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw DiffSide.Unreadable(
        description: "\(label): \(tool) \(arguments.first ?? "") failed" + (message.isEmpty ? "" : ": \(message)"))
    }
    return String(decoding: data, as: UTF8.self)
  }
}
