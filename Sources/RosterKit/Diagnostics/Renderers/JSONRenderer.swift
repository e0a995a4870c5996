/// `{"diagnostics": [...], "summary": {"errors": N, "warnings": N}}`.
public enum JSONRenderer {
  public static func render(_ diagnostics: [Diagnostic], _ locator: SourceLocator) -> String {
    var out = ""
    write(diagnostics, locator) { out += $0 }
    return out
  }

  /// The same, a diagnostic at a time.
  public static func write(_ diagnostics: [Diagnostic], _ locator: SourceLocator, to output: (String) -> Void) {
    let summary = DiagnosticSummary(diagnostics)
    let skeleton = JSONValue.object([
      "diagnostics": .array([]),
      "summary": .object(["errors": .integer(summary.errors), "warnings": .integer(summary.warnings)]),
    ])
    skeleton.writePretty(
      filling: "diagnostics", depth: 2, with: diagnostics.lazy.map { value($0, locator) }, to: output)
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
