import Foundation
import Testing

@testable import RosterKit

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// A fresh temporary folder, removed by the caller with `removeTemporary`.
func makeTemporaryDirectory() -> String {
  let path = NSTemporaryDirectory() + "roster-tests-" + UUID().uuidString
  try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func removeTemporary(_ path: String) {
  try? FileManager.default.removeItem(atPath: path)
}

/// Writes `bytes` to `path`, creating the folders on the way.
func writeFile(_ bytes: [UInt8], to path: String) {
  try! FileManager.default.createDirectory(
    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
}

/// Writes `text` to `path`, creating the folders on the way.
func writeFile(_ text: String, to path: String) {
  writeFile(Array(text.utf8), to: path)
}

/// Writes an example's files under `directory`.
func write(_ example: Example, to directory: String) {
  for file in example.files { writeFile(file.bytes, to: directory + "/" + file.path) }
}

/// Checks an example in a temporary folder; paths in the result are relative to it.
func check(_ example: Example) throws -> CheckResult {
  let directory = makeTemporaryDirectory()
  defer { removeTemporary(directory) }
  write(example, to: directory)
  return try Roster.check(root: directory)
}

/// Every finding of an example as `file:line:column rule: message (hint) [note: …]`, in display order.
func findings(_ example: Example) throws -> [String] {
  let result = try check(example)
  let locator = SourceLocator(result.sources)
  return result.diagnostics.map { diagnostic in
    let span = locator.span(diagnostic.range)
    let file = span.path.split(separator: "/").suffix(2).joined(separator: "/")
    var line = "\(file):\(span.start.line):\(span.start.column) \(diagnostic.rule): \(diagnostic.message)"
    if let hint = diagnostic.hint { line += " (\(hint))" }
    for note in diagnostic.notes { line += " [note: \(note.message)]" }
    return line.replacingOccurrences(of: #"^[^ ]*?roster\.yaml"#, with: "roster.yaml", options: .regularExpression)
  }
}

/// A place where a rule must fire: `# expect: RULE` on a line.
struct Expectation: Hashable, CustomStringConvertible {
  var file: String
  var line: Int
  var rule: String
  var description: String { "\(file):\(line): \(rule)" }
}

/// The `# expect: a, b` markers of files given by path relative to their root.
func expectations(in files: [(path: String, bytes: [UInt8])]) -> Set<Expectation> {
  var result = Set<Expectation>()
  for file in files {
    var sources = SourceFiles()
    let id = sources.add(SourceFile(path: file.path, bytes: file.bytes))
    let locator = SourceLocator(sources)
    for index in 0... {
      guard let line = locator.line(index + 1, of: id) else { break }
      guard let marker = line.range(of: "# expect:") else { continue }
      for rule in line[marker.upperBound...].split(separator: ",") {
        result.insert(
          Expectation(file: file.path, line: index + 1, rule: rule.trimmingCharacters(in: .whitespaces)))
      }
    }
  }
  return result
}

/// Where diagnostics fired, with paths made relative to `root`.
func firings(_ result: CheckResult, root: String) -> Set<Expectation> {
  let prefix = ConfigurationLoader.displayPath(root) + "/"
  let locator = SourceLocator(result.sources)
  return Set(
    result.diagnostics.map {
      let span = locator.span($0.range)
      let file = span.path.hasPrefix(prefix) ? String(span.path.dropFirst(prefix.count)) : span.path
      return Expectation(file: file, line: span.start.line, rule: $0.rule.rawValue)
    })
}

/// Every file under a folder, by relative path.
func filesUnder(_ directory: String) -> [(path: String, bytes: [UInt8])] {
  let walker = FileManager.default.enumerator(atPath: directory)
  var files: [(path: String, bytes: [UInt8])] = []
  while let path = walker?.nextObject() as? String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      files.append((path, Array(FileManager.default.contents(atPath: directory + "/" + path)!)))
    }
  }
  return files.sorted { $0.path < $1.path }
}

/// True when golden files should be re-recorded instead of compared.
let isRecording = ProcessInfo.processInfo.environment["ROSTER_RECORD"] == "1"

/// Compares `actual` with the golden file at `path` (relative to the package),
/// or writes it when recording.
func expectGolden(_ actual: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  let full = packageRoot + "/" + path
  if isRecording {
    writeFile(actual, to: full)
    return
  }
  guard let expected = try? String(contentsOfFile: full, encoding: .utf8) else {
    Issue.record("missing golden \(path); run with ROSTER_RECORD=1", sourceLocation: sourceLocation)
    return
  }
  #expect(actual == expected, "stale golden \(path); re-record with ROSTER_RECORD=1", sourceLocation: sourceLocation)
}

/// A YAML double-quoted scalar: `\` and `"` escaped, line breaks and other
/// controls (U+2028, U+2029 and U+0085 are line breaks to libyaml) as `\u` escapes.
func yamlQuoted(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case _
    where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
      || scalar == "\u{2029}" || scalar == "\u{FEFF}":
      out += "\\u" + String(format: "%04X", scalar.value)
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}
