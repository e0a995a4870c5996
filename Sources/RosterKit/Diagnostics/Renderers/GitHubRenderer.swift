/// GitHub Actions workflow commands, which annotate a pull request:
/// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`.
public enum GitHubRenderer {
  public static func render(_ diagnostics: [Diagnostic], _ locator: SourceLocator) -> String {
    diagnostics.map { command($0, locator) }.joined()
  }

  /// The same, a command at a time.
  public static func write(_ diagnostics: [Diagnostic], _ locator: SourceLocator, to output: (String) -> Void) {
    for diagnostic in diagnostics { output(command(diagnostic, locator)) }
  }

  /// One command. GitHub drops an annotation that gives `col` or `endColumn`
  /// with a `line` and an `endLine` that differ: a range that ends at the
  /// start of the next line keeps its start column only, and a range over
  /// several lines gives its lines only.
  static func command(_ diagnostic: Diagnostic, _ locator: SourceLocator) -> String {
    let span = locator.span(diagnostic.range)
    let (start, end) = (span.start, span.end)
    var properties = ["file=" + property(span.path), "line=\(start.line)"]
    if start.line == end.line {
      properties += ["col=\(start.column)", "endLine=\(end.line)", "endColumn=\(end.column)"]
    } else if end.line == start.line + 1 && end.column == 1 {
      properties += ["col=\(start.column)", "endLine=\(start.line)"]
    } else {
      properties += ["endLine=\(end.line)"]
    }
    properties.append("title=" + property(diagnostic.rule.rawValue))
    var message = diagnostic.message
    for note in diagnostic.notes {
      message += "\n\(locator.span(note.range).startDescription): note: \(note.message)"
    }
    if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
    return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(data(message))\n"
  }

  /// Escapes a message: `%`, CR and LF.
  static func data(_ text: String) -> String { escape(text, isProperty: false) }

  /// Escapes a property value: as a message, plus `:` and `,`.
  static func property(_ text: String) -> String { escape(text, isProperty: true) }

  private static func escape(_ text: String, isProperty: Bool) -> String {
    var out = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":" where isProperty: out += "%3A"
      case "," where isProperty: out += "%2C"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}
