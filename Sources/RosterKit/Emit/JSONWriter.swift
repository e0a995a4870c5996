/// Something JSON is written to, value by value: the snapshot writer writes
/// to the bytes of a file and its digest at once, or builds a `JSONValue`.
/// Object keys come in the order they are written: callers write them sorted.
protocol JSONSink {
  mutating func beginObject()
  mutating func key(_ key: String)
  mutating func endObject()
  mutating func beginArray()
  mutating func endArray()
  mutating func string(_ value: String)
  mutating func integer(_ value: Int)
  mutating func bool(_ value: Bool)
  mutating func null()
  /// A member left out of the canonical form and filled in once it is
  /// hashed: the snapshot's `digest`.
  mutating func digestMember(_ key: String)
}

/// Writes JSON once, as two texts at the same time: pretty (sorted keys as
/// written, two-space indentation, one final newline) into memory or, a
/// megabyte at a time, into a file; and the JSON Canonicalization Scheme
/// (RFC 8785) straight into SHA-256. No value tree is built; the digest
/// member is filled into the pretty text at the end.
struct JSONDigestWriter: JSONSink {
  private var pretty: [UInt8] = []
  /// Where the pretty text goes as it fills, or nil to keep it in memory.
  private let output: OutputFile?
  /// Bytes of the pretty text already written to `output`.
  private var flushed = 0
  private var failure: WriteFailure?
  private var canonical: [UInt8] = []
  private let hasher = SHA256Hasher()
  /// For each open container: whether it is an object, and how many members
  /// it has so far in the pretty and in the canonical text.
  private var open: [(isObject: Bool, count: Int, canonicalCount: Int)] = []
  /// Where the digest's placeholder starts in the pretty text.
  private var digestAt: Int?
  private static let placeholder = Array(("sha256:" + String(repeating: "0", count: 64)).utf8)

  /// A writer that keeps the pretty text in memory.
  init(capacity: Int = 1 << 16) {
    output = nil
    pretty.reserveCapacity(capacity)
    canonical.reserveCapacity(1 << 16)
  }

  /// A writer that writes the pretty text to an open file as it goes.
  init(writingTo descriptor: Int32) {
    output = OutputFile(descriptor)
    pretty.reserveCapacity(Self.flushSize + 4096)
    canonical.reserveCapacity(1 << 16)
  }

  private static let flushSize = 1 << 20

  /// The pretty text with the digest of the canonical one filled in.
  mutating func finish() -> (text: [UInt8], digest: String) {
    let digest = finishDigest()
    if let digestAt {
      pretty.replaceSubrange((digestAt + 1)..<(digestAt + 1 + Self.placeholder.count), with: Array(digest.utf8))
    }
    return (pretty, digest)
  }

  /// Writes the rest of the pretty text to the file and fills in the digest there.
  mutating func finishWriting() throws(WriteFailure) -> String {
    let digest = finishDigest()
    flush()
    if let failure { throw failure }
    if let digestAt, let output { try output.write(Array(digest.utf8), at: digestAt + 1) }
    return digest
  }

  private mutating func finishDigest() -> String {
    pretty.append(UInt8(ascii: "\n"))
    hasher.update(canonical)
    canonical.removeAll()
    return "sha256:" + hasher.finish().hexString
  }

  /// Writes the pretty text so far to the file, unless an earlier write failed.
  private mutating func flush() {
    guard let output else { return }
    if failure == nil {
      do {
        try output.write(pretty)
      } catch {
        failure = error
      }
    }
    // After a failure the rest is dropped, not kept: the error is thrown at the end.
    flushed += pretty.count
    pretty.removeAll(keepingCapacity: true)
  }

  mutating func beginObject() {
    beginValue()
    pretty.append(UInt8(ascii: "{"))
    canonical.append(UInt8(ascii: "{"))
    open.append((true, 0, 0))
  }

  mutating func key(_ key: String) {
    let top = open[open.count - 1]
    open[open.count - 1].count += 1
    open[open.count - 1].canonicalCount += 1
    newLine(first: top.count == 0)
    Self.writeString(key, to: &pretty)
    pretty.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    if top.canonicalCount > 0 { canonical.append(UInt8(ascii: ",")) }
    Self.writeString(key, to: &canonical)
    canonical.append(UInt8(ascii: ":"))
  }

  mutating func endObject() { close(UInt8(ascii: "}")) }

  mutating func beginArray() {
    beginValue()
    pretty.append(UInt8(ascii: "["))
    canonical.append(UInt8(ascii: "["))
    open.append((false, 0, 0))
  }

  mutating func endArray() { close(UInt8(ascii: "]")) }

  mutating func string(_ value: String) {
    beginValue()
    Self.writeString(value, to: &pretty)
    Self.writeString(value, to: &canonical)
  }

  mutating func integer(_ value: Int) { raw(String(value)) }
  mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
  mutating func null() { raw("null") }

  mutating func digestMember(_ key: String) {
    let top = open[open.count - 1]
    open[open.count - 1].count += 1
    newLine(first: top.count == 0)
    Self.writeString(key, to: &pretty)
    pretty.append(contentsOf: Array(": ".utf8))
    digestAt = flushed + pretty.count
    pretty.append(UInt8(ascii: "\""))
    pretty.append(contentsOf: Self.placeholder)
    pretty.append(UInt8(ascii: "\""))
  }

  private mutating func raw(_ text: String) {
    beginValue()
    pretty.append(contentsOf: text.utf8)
    canonical.append(contentsOf: text.utf8)
  }

  /// Before a value: in an array, the separator and indentation of an item.
  private mutating func beginValue() {
    guard let top = open.last, !top.isObject else { return }
    open[open.count - 1].count += 1
    newLine(first: top.count == 0)
    if top.count > 0 { canonical.append(UInt8(ascii: ",")) }
    if canonical.count >= 1 << 16 {
      hasher.update(canonical)
      canonical.removeAll(keepingCapacity: true)
    }
    if output != nil, pretty.count >= Self.flushSize { flush() }
  }

  /// `,` after the previous member (pretty only), a line break and indentation.
  private mutating func newLine(first: Bool) {
    if !first { pretty.append(UInt8(ascii: ",")) }
    pretty.append(UInt8(ascii: "\n"))
    pretty.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * open.count))
  }

  private mutating func close(_ bracket: UInt8) {
    let top = open.removeLast()
    if top.count > 0 {
      pretty.append(UInt8(ascii: "\n"))
      pretty.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * open.count))
    }
    pretty.append(bracket)
    canonical.append(bracket)
  }

  /// The one escaping routine for JSON strings: `"`, `\` and the control
  /// characters below U+0020, nothing else (RFC 8785, section 3.2.2.2).
  static func writeString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x08: out.append(contentsOf: Array("\\b".utf8))
        case 0x0C: out.append(contentsOf: Array("\\f".utf8))
        case 0x0A: out.append(contentsOf: Array("\\n".utf8))
        case 0x0D: out.append(contentsOf: Array("\\r".utf8))
        case 0x09: out.append(contentsOf: Array("\\t".utf8))
        default:
          let digits = Array("0123456789abcdef".utf8)
          out.append(contentsOf: Array("\\u00".utf8))
          out.append(digits[Int(byte >> 4)])
          out.append(digits[Int(byte & 0x0F)])
        }
        runStart = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// Builds a `JSONValue` from what is written: for tests and for callers that
/// want to look at a snapshot rather than store it. The digest member is left out.
struct JSONValueBuilder: JSONSink {
  private enum Open {
    case object([String: JSONValue], key: String?)
    case array([JSONValue])
  }

  private var open: [Open] = []
  private(set) var value: JSONValue = .null

  mutating func beginObject() { open.append(.object([:], key: nil)) }

  mutating func key(_ key: String) {
    guard case .object(let members, _) = open.removeLast() else { return }
    open.append(.object(members, key: key))
  }

  mutating func endObject() {
    guard case .object(let members, _) = open.removeLast() else { return }
    add(.object(members))
  }

  mutating func beginArray() { open.append(.array([])) }

  mutating func endArray() {
    guard case .array(let items) = open.removeLast() else { return }
    add(.array(items))
  }

  mutating func string(_ value: String) { add(.string(value)) }
  mutating func integer(_ value: Int) { add(.integer(value)) }
  mutating func bool(_ value: Bool) { add(.bool(value)) }
  mutating func null() { add(.null) }
  mutating func digestMember(_ key: String) {}

  private mutating func add(_ item: JSONValue) {
    switch open.popLast() {
    case nil: value = item
    case .object(var members, let key)?:
      members[key ?? ""] = item
      open.append(.object(members, key: nil))
    case .array(var items)?:
      items.append(item)
      open.append(.array(items))
    }
  }
}
