import ArgumentParser
import Foundation
import RosterKit

@main
struct RosterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roster",
    abstract: "Check and compile a live-chat team's configuration kept as YAML.",
    version: RosterVersion.description,
    subcommands: [
      InitCommand.self, CheckCommand.self, BuildCommand.self, SnippetCommand.self, CoverageCommand.self,
      DiffCommand.self,
      SchemaCommand.self, RulesCommand.self, ExplainCommand.self,
    ])

  /// Runs the command; bad arguments exit 2, as every "could not do the job" does.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as LoadError {
      Terminal.standardError.write("roster: error: \(error)\n")
      Foundation.exit(2)
    } catch let error as CommandFailure {
      Terminal.standardError.write("roster: error: \(error.message)\n")
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Terminal.standardError.write(fullMessage(for: error) + "\n")
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Roster could not do its job (exit 2), with a message for the user.
struct CommandFailure: Error {
  var message: String
}
