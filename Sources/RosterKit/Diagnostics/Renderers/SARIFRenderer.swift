/// SARIF 2.1.0: one run, one reporting descriptor per rule, one result per
/// diagnostic with its region, and notes as related locations.
public enum SARIFRenderer {
  /// What SARIF says of a rule.
  public struct Descriptor: Sendable {
    public var id: String
    public var summary: String
    public var explanation: String
    /// `error` or `warning`.
    public var level: String

    public init(id: String, summary: String, explanation: String, level: String) {
      self.id = id
      self.summary = summary
      self.explanation = explanation
      self.level = level
    }
  }

  public static let toolVersion = RosterVersion.version

  public static func render(_ diagnostics: [Diagnostic], rules: [Descriptor], _ locator: SourceLocator) -> String {
    var out = ""
    write(diagnostics, rules: rules, locator) { out += $0 }
    return out
  }

  /// The same, a result at a time.
  public static func write(
    _ diagnostics: [Diagnostic], rules: [Descriptor], _ locator: SourceLocator, to output: (String) -> Void
  ) {
    let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
    let driver: JSONValue = .object([
      "name": .string("roster"),
      "version": .string(toolVersion),
      "rules": .array(rules.map(descriptor)),
    ])
    let run: JSONValue = .object([
      "tool": .object(["driver": driver]),
      "columnKind": .string("unicodeCodePoints"),
      "results": .array([]),
    ])
    let skeleton = JSONValue.object([
      "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
      "version": .string("2.1.0"),
      "runs": .array([run]),
    ])
    skeleton.writePretty(
      filling: "results", depth: 4,
      with: diagnostics.lazy.map { result($0, ruleIndex: index[$0.rule.rawValue], locator) }, to: output)
  }

  private static func descriptor(_ rule: Descriptor) -> JSONValue {
    .object([
      "id": .string(rule.id),
      "shortDescription": .object(["text": .string(rule.summary)]),
      "fullDescription": .object(["text": .string(rule.explanation)]),
      "help": .object(["text": .string("\(rule.explanation)\nRun 'roster explain \(rule.id)' for examples.")]),
      "defaultConfiguration": .object(["level": .string(rule.level)]),
    ])
  }

  private static func result(_ diagnostic: Diagnostic, ruleIndex: Int?, _ locator: SourceLocator) -> JSONValue {
    var text = diagnostic.message
    if let hint = diagnostic.hint { text += " (\(hint))" }
    var fields: [String: JSONValue] = [
      "ruleId": .string(diagnostic.rule.rawValue),
      "level": .string(diagnostic.severity.rawValue),
      "message": .object(["text": .string(text)]),
      "locations": .array([.object(["physicalLocation": physicalLocation(locator.span(diagnostic.range))])]),
    ]
    if let ruleIndex { fields["ruleIndex"] = .integer(ruleIndex) }
    if !diagnostic.notes.isEmpty {
      fields["relatedLocations"] = .array(
        diagnostic.notes.enumerated().map { offset, note in
          .object([
            "id": .integer(offset + 1),
            "message": .object(["text": .string(note.message)]),
            "physicalLocation": physicalLocation(locator.span(note.range)),
          ])
        })
    }
    return .object(fields)
  }

  private static func physicalLocation(_ range: SourceSpan) -> JSONValue {
    var region: [String: JSONValue] = [
      "startLine": .integer(range.start.line), "startColumn": .integer(range.start.column),
    ]
    if range.end > range.start {
      region["endLine"] = .integer(range.end.line)
      region["endColumn"] = .integer(range.end.column)
    }
    return .object([
      "artifactLocation": .object(["uri": .string(uri(range.path))]),
      "region": .object(region),
    ])
  }

  /// A relative URI reference for a path: unreserved characters and `/` kept, the rest percent-encoded.
  static func uri(_ path: String) -> String {
    var out = path.hasPrefix("/") ? "file://" : ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
      }
    }
    return out
  }
}
