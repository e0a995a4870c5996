/// The text of `roster rules` and `roster explain`, from the registry itself.
public enum RuleDocumentation {
  /// One line per rule: id, default severity, summary.
  public static func list(_ rules: [Rule] = Rules.all) -> String {
    let width = rules.map(\.id.rawValue.count).max() ?? 0
    return rules.map { rule in
      let id = rule.id.rawValue.padding(toLength: width + 2)
      let severity = rule.id.defaultSeverity.rawValue.padding(toLength: 9)
      return id + severity + rule.summary + "\n"
    }.joined()
  }

  /// The rule's summary, explanation, and both examples with their file names.
  public static func explain(_ rule: Rule) -> String {
    var out = "\(rule.id) (default: \(rule.id.defaultSeverity.rawValue)\(rule.id.isFixed ? ", fixed" : ""))\n"
    out += rule.summary + "\n\n" + rule.explanation + "\n\nBad:\n" + render(rule.bad) + "\nGood:\n"
    out += render(rule.good)
    return out
  }

  private static func render(_ example: Example) -> String {
    example.files.map { file in
      let body = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }
        .joined(separator: "\n")
      return "  # \(file.path)\n" + body + (body.hasSuffix("\n") ? "" : "\n")
    }.joined()
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}

extension RuleDocumentation {
  /// The rule table of docs/rules.md: one Markdown row per rule.
  public static func markdownTable(_ rules: [Rule] = Rules.all) -> String {
    var out = "| rule | default | fires when |\n| --- | --- | --- |\n"
    for rule in rules {
      let severity = rule.id.defaultSeverity.rawValue + (rule.id.isFixed ? " (fixed)" : "")
      out += "| `\(rule.id)` | \(severity) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }
    return out
  }
}
