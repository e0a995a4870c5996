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
    guard let resolved = ResolvedConfiguration(result) else { throw ExitCode(1) }
    let groups = resolved.enabledGroups
    guard let found = groups.first(where: { $0.id.value == group }) else {
      let disabled = resolved.groups.contains { $0.id.value == group }
      var message = disabled ? "group '\(group)' is disabled: it has no snippet" : "no group '\(group)'"
      if !disabled, let hint = Suggestion.hint(for: group, in: groups.map(\.id.value)) {
        message += "; \(hint)"
      }
      throw CommandFailure(message: message)
    }
    Terminal.standardOutput.write(Snippet.html(for: found, in: resolved))
  }
}
