import CFuzzer
import Foundation
import RosterKit

/// A folder of its own for each fuzzing process: each input becomes its
/// `roster.yaml`, and is read the way `roster check` reads a root.
private let root: String = {
  var template = Array((NSTemporaryDirectory() + "/roster-fuzz-XXXXXX").utf8CString)
  guard let made = mkdtemp(&template) else { fatalError("cannot make a temporary folder") }
  return String(cString: made)
}()

/// One input, through the same path as the command line: load and check,
/// render the findings in every format; when the configuration is clean,
/// the snapshot, the snippets and a fortnight of coverage in every format.
/// A crash, a hang or a sanitizer report is a finding; anything Roster
/// reports as a diagnostic is not.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let path = root + "/roster.yaml"
  let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
  guard FileManager.default.createFile(atPath: path, contents: bytes) else {
    fatalError("cannot write \(path)")
  }
  fuzzJSON(Array(bytes))
  guard let result = try? Roster.check(root: root) else { return 0 }
  // `roster diff` compares sides with errors too: a configuration against
  // itself, whatever it holds, differs in nothing.
  if let side = try? DiffSide.read(root, in: "/") {
    let report = DiffReport(old: side, new: side)
    guard !report.differs else { fatalError("a configuration differs from itself: \(report.changes)") }
    _ = DiffText.render(report, useColor: true)
    _ = DiffMarkdown.render(report)
    _ = DiffJSON.render(report)
  }
  for format in DiagnosticFormat.allCases {
    _ = DiagnosticReport(diagnostics: result.diagnostics, sources: result.sources, format: format, useColor: true)
      .render()
  }
  guard let resolved = ResolvedConfiguration(result) else { return 0 }
  _ = Snapshot.render(resolved)
  _ = Roster.buildProducts(resolved)
  let window =
    resolved.workspace?.coverage?.window
    ?? DateWindow(
      from: CivilDate(year: 2026, month: 3, dayOfMonth: 23), until: CivilDate(year: 2026, month: 4, dayOfMonth: 6))
  if var engine = CoverageEngine(resolved, window: window) {
    let report = engine.report(source: .arguments)
    _ = CoverageTextReport.render(report)
    _ = CoverageJSON.render(report)
    _ = CoverageMarkdown.render(report)
    _ = CoverageHTML.render(report)
  }
  return 0
}

/// The input as a snapshot file of `roster diff`: read, upgraded, and
/// compared with itself, which must give no change.
func fuzzJSON(_ bytes: [UInt8]) {
  guard let value = try? JSONParser.parse(bytes) else { return }
  let upgraded = SnapshotVersions.upgraded(value)
  let changes = SnapshotDiff.changes(upgraded, upgraded)
  guard changes.isEmpty else { fatalError("a snapshot differs from itself: \(changes)") }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
