/// A JSON value with two serializations: pretty text, for diagnostics in
/// JSON and SARIF and for the JSON Schemas, and the JSON Canonicalization
/// Scheme (RFC 8785), the reference that the snapshot's one-pass writer
/// (`JSONDigestWriter`) is tested against.
///
/// The snapshot holds only integers; reports may hold `number`, a decimal
/// already spelled (`0.25`), written as it is.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Sorted keys, two-space indentation, `"key": value`, minimal escapes,
  /// and exactly one final newline.
  public func prettyPrinted() -> String {
    var out = ""
    writePretty(to: &out, indent: 0)
    out.append("\n")
    return out
  }

  /// Pretty-printed as it stands `indent` levels deep, without a final newline.
  func prettyPrinted(indent: Int) -> String {
    var out = ""
    writePretty(to: &out, indent: indent)
    return out
  }

  /// Writes this pretty-printed value, whose `key` holds an empty array
  /// `depth` levels deep, with `items` in that array, one at a time: the
  /// items are never held together, as values or as text.
  func writePretty(
    filling key: String, depth: Int, with items: some Sequence<JSONValue>, to write: (String) -> Void
  ) {
    let text = prettyPrinted()
    var marker = ""
    JSONValue.writeString(key, to: &marker)
    marker += ": []"
    guard let range = text.range(of: marker) else { preconditionFailure("no empty '\(key)' to fill") }
    let open = text.index(range.upperBound, offsetBy: -1)
    var first = true
    for item in items {
      write(first ? String(text[..<open]) + "\n" : ",\n")
      write(String(repeating: "  ", count: depth) + item.prettyPrinted(indent: depth))
      first = false
    }
    if first {
      write(text)
    } else {
      write("\n" + String(repeating: "  ", count: depth - 1) + String(text[open...]))
    }
  }

  /// RFC 8785: keys sorted by UTF-16 code units, no whitespace, minimal escapes.
  public func canonical() -> String {
    var out = ""
    writeCanonical(to: &out)
    return out
  }

  private func writePretty(to out: inout String, indent: Int) {
    switch self {
    case .array(let items) where !items.isEmpty:
      out.append("[\n")
      for (index, item) in items.enumerated() {
        out.append(String(repeating: "  ", count: indent + 1))
        item.writePretty(to: &out, indent: indent + 1)
        out.append(index == items.count - 1 ? "\n" : ",\n")
      }
      out.append(String(repeating: "  ", count: indent) + "]")
    case .object(let members) where !members.isEmpty:
      out.append("{\n")
      let keys = JSONValue.sortedKeys(members)
      for (index, key) in keys.enumerated() {
        out.append(String(repeating: "  ", count: indent + 1))
        JSONValue.writeString(key, to: &out)
        out.append(": ")
        members[key]!.writePretty(to: &out, indent: indent + 1)
        out.append(index == keys.count - 1 ? "\n" : ",\n")
      }
      out.append(String(repeating: "  ", count: indent) + "}")
    default:
      writeCanonical(to: &out)
    }
  }

  private func writeCanonical(to out: inout String) {
    switch self {
    case .null: out.append("null")
    case .bool(let value): out.append(value ? "true" : "false")
    case .integer(let value): out.append(String(value))
    case .number(let text): out.append(text)
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .array(let items):
      out.append("[")
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(",") }
        item.writeCanonical(to: &out)
      }
      out.append("]")
    case .object(let members):
      out.append("{")
      for (index, key) in JSONValue.sortedKeys(members).enumerated() {
        if index > 0 { out.append(",") }
        JSONValue.writeString(key, to: &out)
        out.append(":")
        members[key]!.writeCanonical(to: &out)
      }
      out.append("}")
    }
  }

  /// A decimal rounded to `places` digits after the point, trailing zeros dropped: `0.25`, `1`.
  public static func decimal(_ value: Double, places: Int) -> JSONValue {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = Int(scale)
    var text = String(scaled / whole)
    var fraction = scaled % whole
    if fraction > 0 {
      var digits = String(fraction)
      digits = String(repeating: "0", count: places - digits.count) + digits
      while digits.hasSuffix("0") { digits.removeLast() }
      text += "." + digits
      fraction = 0
    }
    return .number(text)
  }

  /// Keys in the order RFC 8785 prescribes: by their UTF-16 code units.
  static func sortedKeys(_ members: [String: JSONValue]) -> [String] {
    members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
  }

  /// A JSON string, through the one escaping routine, `JSONDigestWriter.writeString`.
  static func writeString(_ text: String, to out: inout String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 2)
    JSONDigestWriter.writeString(text, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .integer(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

  /// A later duplicate key replaces an earlier one.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}

extension JSONValue {
  /// A string, or `null` when there is none.
  init(_ text: String?) { self = text.map { .string($0) } ?? .null }
  /// An integer, or `null` when there is none.
  init(_ number: Int?) { self = number.map { .integer($0) } ?? .null }
}
