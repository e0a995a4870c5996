/// `{"diagnostics": [...], "summary": {"errors": N, "warnings": N}}`.
public enum JSONRenderer {
  public static func render(_ diagnostics: [Diagnostic], _ locator: SourceLocator) -> String {
    let summary = DiagnosticSummary(diagnostics)
    return JSONValue.object([
      "diagnostics": .array(diagnostics.map { value($0, locator) }),
      "summary": .object(["errors": .integer(summary.errors), "warnings": .integer(summary.warnings)]),
    ]).prettyPrinted()
  }

  static func value(_ diagnostic: Diagnostic, _ locator: SourceLocator) -> JSONValue {
    var fields = location(locator.span(diagnostic.range))
    fields["rule"] = .string(diagnostic.rule.rawValue)
    fields["severity"] = .string(diagnostic.severity.rawValue)
    fields["message"] = .string(diagnostic.message)
    fields["hint"] = diagnostic.hint.map(JSONValue.string) ?? .null
    fields["notes"] = .array(
      diagnostic.notes.map { note in
        var fields = location(locator.span(note.range))
        fields["message"] = .string(note.message)
        return .object(fields)
      })
    return .object(fields)
  }

  private static func location(_ range: SourceSpan) -> [String: JSONValue] {
    [
      "file": .string(range.path),
      "line": .integer(range.start.line), "column": .integer(range.start.column),
      "end_line": .integer(range.end.line), "end_column": .integer(range.end.column),
    ]
  }
}
