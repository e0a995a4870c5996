/// A JSON value with the two serializations Roster writes: pretty text for
/// people and the JSON Canonicalization Scheme (RFC 8785) for digests.
///
/// Only integers occur in Roster's output, so there are no floating-point numbers.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int)
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

  /// Keys in the order RFC 8785 prescribes: by their UTF-16 code units.
  static func sortedKeys(_ members: [String: JSONValue]) -> [String] {
    members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
  }

  /// The one escaping routine for JSON strings: `"`, `\` and the control
  /// characters below U+0020, nothing else (RFC 8785, section 3.2.2.2).
  static func writeString(_ text: String, to out: inout String) {
    out.append("\"")
    let bytes = text.utf8
    var runStart = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        index = bytes.index(after: index)
        continue
      }
      out.append(contentsOf: text[runStart..<index])
      switch byte {
      case UInt8(ascii: "\""): out.append("\\\"")
      case UInt8(ascii: "\\"): out.append("\\\\")
      case 0x08: out.append("\\b")
      case 0x0C: out.append("\\f")
      case 0x0A: out.append("\\n")
      case 0x0D: out.append("\\r")
      case 0x09: out.append("\\t")
      default:
        let hex = String(byte, radix: 16)
        out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      }
      index = bytes.index(after: index)
      runStart = index
    }
    out.append(contentsOf: text[runStart..<index])
    out.append("\"")
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
