import ArgumentParser
import Foundation
import RosterKit

enum CoverageFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown, html
}

struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Check, then show when each enabled group is staffed and when visitors find nobody.",
    discussion: """
      The window is a range of dates in the workspace time zone, `--until` excluded: \
      --from/--until, else workspace.coverage, else the four weeks from this week's Monday.
      """)

  @Argument(help: "The configuration root, holding roster.yaml.", completion: .directory)
  var root: String = "."

  @Option(help: "The first date of the window, YYYY-MM-DD.")
  var from: String?

  @Option(help: "The date after the window, YYYY-MM-DD (default: four weeks after --from).")
  var until: String?

  @Option(name: .customLong("group"), help: "Only this enabled group; repeat for several.")
  var groups: [String] = []

  @Option(help: "text, json, markdown or html.")
  var format: CoverageFormat = .text

  @Option(name: .customLong("out"), help: "Write to this file instead of standard output.", completion: .file())
  var output: String?

  @Option(help: "Colour the diagnostics: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    // Dates given as arguments are read before anything else, so that a typo is said at once.
    let given = try (from.map { try Self.date($0, "from") }, until.map { try Self.date($0, "until") })
    let result = try Roster.check(root: root)
    let useColor = color == .always || (color == .auto && Terminal.standardError.supportsColor)
    DiagnosticReport(diagnostics: result.diagnostics, sources: result.sources, format: .text, useColor: useColor)
      .write { Terminal.standardError.write($0) }
    guard let resolved = ResolvedConfiguration(result), let workspace = resolved.workspace else { throw ExitCode(1) }
    let (window, source) = try self.window(workspace, given: given)
    let enabled = resolved.enabledGroups.map(\.id.value)
    for group in groups where !enabled.contains(group) {
      let disabled = resolved.groups.contains { $0.id.value == group }
      var message = disabled ? "group '\(group)' is disabled: it has no coverage" : "no group '\(group)'"
      if !disabled, let hint = Suggestion.hint(for: group, in: enabled) { message += "; \(hint)" }
      throw CommandFailure(message: message)
    }
    guard var engine = CoverageEngine(resolved, window: window) else { throw ExitCode(1) }
    let report = engine.report(groups: groups.isEmpty ? nil : Set(groups), source: source)
    let text: String
    switch format {
    case .text: text = CoverageTextReport.render(report)
    case .json: text = CoverageJSON.render(report)
    case .markdown: text = CoverageMarkdown.render(report)
    case .html: text = CoverageHTML.render(report)
    }
    guard let output else { return Terminal.standardOutput.write(text) }
    do {
      try Self.write(text, to: output)
    } catch {
      throw CommandFailure(message: error.message)
    }
    Terminal.standardError.write("wrote \(output)\n")
  }

  static func date(_ text: String, _ name: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else {
      throw CommandFailure(message: "invalid date '\(text)' for --\(name): write YYYY-MM-DD, such as 2026-03-29")
    }
    return date
  }

  /// The window in effect and where it comes from; exit 2 when it is bad.
  func window(_ workspace: Workspace, given: (from: CivilDate?, until: CivilDate?)) throws -> (
    DateWindow, CoverageReport.WindowSource
  ) {
    let window: DateWindow
    let source: CoverageReport.WindowSource
    switch given {
    case (let from?, let until?):
      window = DateWindow(from: from, until: until)
      source = .arguments
    case (let start?, nil):
      window = DateWindow(from: start, until: start.advanced(by: 28))
      source = .arguments
    case (nil, let end?):
      window = DateWindow(from: end.advanced(by: -28), until: end)
      source = .arguments
    case (nil, nil):
      if let configured = workspace.coverage?.window {
        window = configured
        source = .configured
      } else {
        let monday = Roster.today(in: workspace.timezone.value).monday
        window = DateWindow(from: monday, until: monday.advanced(by: 28))
        source = .currentWeeks
      }
    }
    guard window.from < window.until else {
      throw CommandFailure(
        message: "the window is empty: --until (\(window.until.iso)) must be after --from (\(window.from.iso))")
    }
    guard window.from.distance(to: window.until) <= DateWindow.maximumDays else {
      throw CommandFailure(message: "the window is longer than \(DateWindow.maximumDays) days")
    }
    return (window, source)
  }

  /// Writes the whole file beside its place, then renames it there: a reader never sees half of it.
  static func write(_ text: String, to path: String) throws(OutputFailure) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).roster-new-\(getpid())"
    ).path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputFailure(path: path, code: errno) }
    do {
      defer { close(descriptor) }
      try BuildProduct(path: path, contents: .bytes(Array(text.utf8))).write(to: descriptor)
    } catch {
      unlink(temporary)
      throw OutputFailure(path: path, code: error.code)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw OutputFailure(path: path, code: code)
    }
  }
}
