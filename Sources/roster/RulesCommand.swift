import ArgumentParser
import RosterKit

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List every rule with its default severity.")

  func run() throws {
    Terminal.standardOutput.write(RuleDocumentation.list())
  }
}

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain one rule, with a bad and a good example.")

  @Argument(help: "The rule id, such as overlapping-hours.")
  var rule: String

  func run() throws {
    guard let found = Rules.named(rule) else {
      var message = "no rule '\(rule)'"
      if let hint = Suggestion.hint(for: rule, in: Rules.all.map(\.id.rawValue)) { message += "; \(hint)" }
      throw CommandFailure(message: message + " ('roster rules' lists them)")
    }
    Terminal.standardOutput.write(RuleDocumentation.explain(found))
  }
}
