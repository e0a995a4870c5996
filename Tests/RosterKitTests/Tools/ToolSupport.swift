import Foundation
import Testing

/// True under continuous integration, where `.ci/run` installs every tool
/// that the tool tests need, so that a missing one is a failure.
let isCI: Bool = {
  let value = ProcessInfo.processInfo.environment["CI"] ?? ""
  return !value.isEmpty && value != "0" && value.lowercased() != "false"
}()

/// True when the slow suites run: under CI, or with `ROSTER_SLOW_TESTS=1`.
let runsSlowTests = isCI || ProcessInfo.processInfo.environment["ROSTER_SLOW_TESTS"] == "1"

/// The path of the first of `names` found on `PATH`. When none is there, the
/// test fails under CI and, elsewhere, prints that it skipped and returns nil.
func requireTool(_ names: String..., sourceLocation: SourceLocation = #_sourceLocation) -> String? {
  let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
  for name in names {
    for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
      return directory + "/" + name
    }
  }
  reportMissing(names.joined(separator: " or "), sourceLocation: sourceLocation)
  return nil
}

/// The path of a data file that a test needs, or nil (failing under CI) when it is missing.
func requireFile(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
  if FileManager.default.fileExists(atPath: path) { return path }
  reportMissing(path, sourceLocation: sourceLocation)
  return nil
}

private func reportMissing(_ what: String, sourceLocation: SourceLocation) {
  if isCI {
    Issue.record("\(what) not installed: CI requires it (.ci/run installs it)", sourceLocation: sourceLocation)
  } else {
    print("SKIPPED: \(what) not installed; .ci/run installs it")
  }
}

/// Copies the files of a folder (not its hidden entries) into another.
func copyFolder(_ source: String, to destination: String) {
  for file in filesUnder(source) where !file.path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
    writeFile(file.bytes, to: destination + "/" + file.path)
  }
}

extension CommandOutput {
  /// Both streams with the status, for a failure message.
  var transcript: String { "exit status \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
}
