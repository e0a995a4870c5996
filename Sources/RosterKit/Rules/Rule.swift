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

/// A rule: its id, its documentation, a bad and a good example, and where
/// its findings come from: the loader (reading, parsing, decoding) or a
/// check of its own that runs on the loaded configuration.
public struct Rule: Sendable {
  public typealias Check = @Sendable (RuleContext, inout DiagnosticCollector) -> Void

  /// Where a rule's findings come from.
  public enum Detection: Sendable {
    /// Reported while files are read, parsed and decoded.
    case loader
    /// Reported by the rule's own check of the loaded configuration.
    case check(Check)
  }

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
  public let detection: Detection

  public init(_ id: RuleID, summary: String, explanation: String, bad: Example, good: Example, detection: Detection) {
    self.id = id
    self.summary = summary
    self.explanation = explanation
    self.bad = bad
    self.good = good
    self.detection = detection
  }

  /// The rule's own check, or nil when the loader reports it.
  public var check: Check? {
    if case .check(let check) = detection { return check }
    return nil
  }
}
