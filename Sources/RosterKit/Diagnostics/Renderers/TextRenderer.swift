/// The human format: `file:line:col: severity: message [rule]`, the source
/// line with carets under the range, then notes and the hint.
public struct TextRenderer {
  public var locator: SourceLocator
  public var useColor: Bool

  public init(locator: SourceLocator, useColor: Bool) {
    self.locator = locator
    self.useColor = useColor
  }

  public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
    var out = ""
    for diagnostic in diagnostics { out += render(diagnostic) }
    let summary = DiagnosticSummary(diagnostics)
    let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
    if diagnostics.isEmpty {
      out += "checked \(files): no problems\n"
    } else {
      out += "checked \(files): \(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning"))\n"
    }
    return out
  }

  public func render(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity.rawValue
    let span = locator.span(diagnostic.range)
    var out = bold(span.startDescription) + ": "
    out += paint(severity + ":", diagnostic.severity == .error ? "1;31" : "1;33")
    out += " " + bold(diagnostic.message) + " " + paint("[\(diagnostic.rule)]", "2") + "\n"
    out += excerpt(span, of: diagnostic.range.file)
    for note in diagnostic.notes {
      out += bold(locator.span(note.range).startDescription) + ": " + paint("note:", "1;36") + " " + note.message + "\n"
    }
    if let hint = diagnostic.hint {
      out += "      = " + paint("hint:", "1;32") + " " + hint + "\n"
    }
    return out
  }

  static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

  /// The source line with `^~~~` under the range (to the end of the line when the range goes on).
  private func excerpt(_ range: SourceSpan, of file: FileID) -> String {
    guard let line = locator.line(range.start.line, of: file) else { return "" }
    let number = String(range.start.line)
    let width = max(5, number.count + 1)
    let gutter = String(repeating: " ", count: width - number.count) + number + " | "
    let blank = String(repeating: " ", count: width) + " | "
    let scalars = Array(line.unicodeScalars)
    let startIndex = min(max(range.start.column - 1, 0), scalars.count)
    let endColumn = range.end.line == range.start.line ? range.end.column - 1 : scalars.count
    let length = max(1, min(endColumn, scalars.count) - startIndex)
    var padding = ""
    for scalar in scalars[..<startIndex] { padding += scalar == "\t" ? "\t" : " " }
    let carets = "^" + String(repeating: "~", count: length - 1)
    return gutter + String(line) + "\n" + blank + padding + paint(carets, "1;32") + "\n"
  }

  private func bold(_ text: String) -> String { paint(text, "1") }

  private func paint(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
