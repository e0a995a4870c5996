/// How much a finding matters. `error` fails a check; `warning` fails it only
/// under `--strict`.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case warning
  case error

  public static func < (a: Severity, b: Severity) -> Bool {
    a == .warning && b == .error
  }
}

/// One finding: a rule, how much it matters, where it is, and what to do.
public struct Diagnostic: Sendable, Hashable {
  /// Another place that the finding involves, such as the first definition.
  public struct Note: Sendable, Hashable {
    public var message: String
    public var range: SourceRange

    public init(_ message: String, at range: SourceRange) {
      self.message = message
      self.range = range
    }
  }

  public var rule: RuleID
  public var severity: Severity
  public var message: String
  public var range: SourceRange
  public var notes: [Note]
  public var hint: String?

  public init(
    rule: RuleID, severity: Severity, message: String, range: SourceRange,
    notes: [Note] = [], hint: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
    self.hint = hint
  }

  /// A finding at the rule's default severity.
  public init(
    _ rule: RuleID, _ message: String, at range: SourceRange, notes: [Note] = [], hint: String? = nil
  ) {
    self.init(rule: rule, severity: rule.defaultSeverity, message: message, range: range, notes: notes, hint: hint)
  }
}

/// Collects diagnostics as every stage reports them; nothing is thrown.
public struct DiagnosticCollector: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  /// Reports a finding at the rule's default severity.
  public mutating func report(
    _ rule: RuleID, _ message: String, at range: SourceRange,
    notes: [Diagnostic.Note] = [], hint: String? = nil
  ) {
    diagnostics.append(Diagnostic(rule, message, at: range, notes: notes, hint: hint))
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }

  /// The findings, leaving the collector empty, without a copy.
  public mutating func take() -> [Diagnostic] {
    defer { diagnostics = [] }
    return diagnostics
  }
}

/// Counts of a run's findings.
public struct DiagnosticSummary: Sendable, Hashable {
  public var errors: Int
  public var warnings: Int

  public init(_ diagnostics: [Diagnostic]) {
    errors = diagnostics.count { $0.severity == .error }
    warnings = diagnostics.count { $0.severity == .warning }
  }
}

extension Array where Element == Diagnostic {
  /// Puts the diagnostics in display order (file path, place, rule,
  /// message) and removes exact duplicates, in place.
  public mutating func sortForDisplay(_ sources: SourceFiles) {
    // Paths compared once per file, not once per comparison.
    let order = Dictionary(
      uniqueKeysWithValues: Set(lazy.map(\.range.file)).sorted { sources.path($0) < sources.path($1) }.enumerated()
        .map { ($1, $0) })
    func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
      if a.range.file != b.range.file { return order[a.range.file]! < order[b.range.file]! }
      if a.range.start != b.range.start { return a.range.start < b.range.start }
      if a.rule != b.rule { return a.rule < b.rule }
      if a.message != b.message { return a.message < b.message }
      return a.range.end < b.range.end
    }
    sort(by: precedes)
    // Exact duplicates sort next to each other, among those with the same place, rule and message.
    var kept = 0
    var runStart = 0
    for index in indices {
      if kept > 0, precedes(self[kept - 1], self[index]) { runStart = kept }
      if !self[runStart..<kept].contains(self[index]) {
        swapAt(kept, index)
        kept += 1
      }
    }
    removeSubrange(kept...)
  }
}
