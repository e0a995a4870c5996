import ArgumentParser
import RosterKit

struct SnippetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snippet", abstract: "Check, then print one enabled group's snippet.")

  @OptionGroup var options: CommonOptions

  @Option(help: "The id of the group.")
  var group: String

  func run() throws {
    let result = try options.checkAndReport(to: .standardError)
    let groups = Roster.enabledGroups(result.configuration)
    guard let found = groups.first(where: { $0.id.value == group }) else {
      let disabled = result.configuration.groupsByID[group] != nil
      var message = disabled ? "group '\(group)' is disabled: it has no snippet" : "no group '\(group)'"
      if !disabled, let hint = Suggestion.hint(for: group, in: groups.map(\.id.value)) {
        message += "; \(hint)"
      }
      throw CommandFailure(message: message)
    }
    Terminal.standardOutput.write(Snippet.html(for: found, in: result.configuration))
  }
}
