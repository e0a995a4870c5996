import ArgumentParser
import RosterKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Load and check a configuration; print diagnostics; write nothing.")

  @OptionGroup var options: CommonOptions

  func run() throws {
    _ = try options.checkAndReport(to: .standardOutput)
  }
}
