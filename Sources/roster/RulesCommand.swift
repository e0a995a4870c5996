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
    commandName: "explain",
    abstract: "Explain one rule, with a bad and a good example, or a key of the input format.",
    discussion: """
      A key is named by its path without ids, such as agents.live_chat.hours, or by its end, \
      such as live_chat.hours or timezone (every key that ends so is explained).
      """)

  @Argument(help: "A rule id, such as overlapping-hours, or a key, such as live_chat.hours.")
  var rule: String

  func run() throws {
    if let found = Rules.named(rule) {
      Terminal.standardOutput.write(RuleDocumentation.explain(found))
      return
    }
    let keys = FieldDocumentation.matching(rule)
    guard !keys.isEmpty else {
      var message = "no rule or key '\(rule)'"
      let names = Rules.all.map(\.id.rawValue) + FieldDocumentation.names
      if let hint = Suggestion.hint(for: rule, in: names) { message += "; \(hint)" }
      throw CommandFailure(message: message + " ('roster rules' lists the rules)")
    }
    Terminal.standardOutput.write(keys.map(FieldDocumentation.explain).joined(separator: "\n"))
  }
}
