/// A configuration written out for documentation and tests: files by path
/// relative to the root.
public struct Example: Sendable {
  public struct File: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var text: String { String(decoding: bytes, as: UTF8.self) }
  }

  public var files: [File]

  /// One `roster.yaml` with this text.
  public init(_ rosterYAML: String) {
    files = [File(path: "roster.yaml", bytes: Array(rosterYAML.utf8))]
  }

  /// Several files, each with its text.
  public init(files: KeyValuePairs<String, String>) {
    self.files = files.map { File(path: $0.key, bytes: Array($0.value.utf8)) }
  }

  /// Files given as raw bytes, for text that is not UTF-8.
  public init(rawFiles: [File]) {
    files = rawFiles
  }
}

/// A rule: its id and default severity, its documentation, a bad and a good
/// example, and its check. Rules whose findings come from reading, parsing
/// or decoding have no check of their own: the loader reports them.
public struct Rule: Sendable {
  public typealias Check = @Sendable (Configuration, inout DiagnosticCollector) -> Void

  public let id: RuleID
  /// One line: when the rule fires.
  public let summary: String
  /// Why it matters and how to fix it.
  public let explanation: String
  /// A configuration on which the rule fires, and only it; `# expect: RULE`
  /// marks each line where it fires.
  public let bad: Example
  /// The same configuration, fixed: no rule fires.
  public let good: Example
  public let check: Check?

  public init(
    _ id: RuleID, summary: String, explanation: String, bad: Example, good: Example, check: Check? = nil
  ) {
    self.id = id
    self.summary = summary
    self.explanation = explanation
    self.bad = bad
    self.good = good
    self.check = check
  }
}
