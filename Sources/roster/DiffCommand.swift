import ArgumentParser
import Foundation
import RosterKit

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json
}

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed between two configurations, and its impact, for review.",
    discussion: """
      Each side is a configuration folder, a built snapshot.json, or git:REV (the current \
      folder at that revision; git:REV:PATH for another folder; git:main... for the merge \
      base of main and HEAD, what a pull request changes). NEW defaults to the current folder. \
      With a coverage window (workspace.coverage, or --from and --until), each group's \
      coverage is compared too.
      """)

  @Argument(help: "The configuration before: a folder, a snapshot.json, or git:REV.")
  var old: String

  @Argument(help: "The configuration after (default: the current folder).")
  var new: String = "."

  @Option(help: "text, markdown (for a pull-request comment) or json.")
  var format: DiffFormat = .text

  @Flag(help: "Exit 1 when the two sides differ, as git diff --exit-code does.")
  var exitCode = false

  @Option(help: "The first date of the coverage window, YYYY-MM-DD.")
  var from: String?

  @Option(help: "The date after the coverage window, YYYY-MM-DD.")
  var until: String?

  @Option(help: "Colour the text: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    var window: DateWindow?
    switch (from, until) {
    case (nil, nil): break
    case (let from?, let until?):
      let start = try CoverageCommand.date(from, "from")
      let end = try CoverageCommand.date(until, "until")
      guard start < end else {
        throw CommandFailure(message: "the window is empty: --until (\(until)) must be after --from (\(from))")
      }
      guard start.distance(to: end) <= DateWindow.maximumDays else {
        throw CommandFailure(message: "the window is longer than \(DateWindow.maximumDays) days")
      }
      window = DateWindow(from: start, until: end)
    default:
      throw CommandFailure(message: "give both --from and --until, or neither")
    }
    let directory = FileManager.default.currentDirectoryPath
    let sides: (old: DiffSide, new: DiffSide)
    do {
      sides = (try DiffSide.read(old, in: directory), try DiffSide.read(new, in: directory))
    } catch {
      throw CommandFailure(message: error.description)
    }
    let report = DiffReport(old: sides.old, new: sides.new, window: window)
    let useColor = color == .always || (color == .auto && Terminal.standardOutput.supportsColor)
    switch format {
    case .text: Terminal.standardOutput.write(DiffText.render(report, useColor: useColor))
    case .markdown: Terminal.standardOutput.write(DiffMarkdown.render(report))
    case .json: Terminal.standardOutput.write(DiffJSON.render(report))
    }
    if exitCode && report.differs { throw ExitCode(1) }
  }
}
