import ArgumentParser
import Foundation
import RosterKit

extension DiagnosticFormat: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// The root and the reporting options of `check`, `build` and `snippet`.
struct CommonOptions: ParsableArguments {
  @Argument(help: "The configuration root, holding roster.yaml.", completion: .directory)
  var root: String = "."

  @Option(help: "Diagnostics format: text, json, sarif or github (default: github under GitHub Actions, else text).")
  var format: DiagnosticFormat?

  @Flag(help: "Count warnings as errors.")
  var strict = false

  @Option(help: "Colour the text format: auto, always or never.")
  var color: ColorChoice = .auto

  /// The format in effect: as given, else `github` under GitHub Actions.
  var effectiveFormat: DiagnosticFormat {
    format ?? (ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
  }

  /// Checks the root, reports to `stream`, and throws exit 1 when it fails.
  func checkAndReport(to stream: Terminal) throws -> CheckResult {
    let result = try Roster.check(root: root)
    let useColor: Bool
    switch color {
    case .always: useColor = true
    case .never: useColor = false
    case .auto: useColor = stream.supportsColor
    }
    DiagnosticReport(
      diagnostics: result.diagnostics, sources: result.sources, format: effectiveFormat, useColor: useColor
    ).write { stream.write($0) }
    if result.fails(strict: strict) { throw ExitCode(1) }
    return result
  }
}
