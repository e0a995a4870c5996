/// Checks of the scalar formats of SPEC 3, by hand on UTF-8: no regex per scalar.
enum TextFormats {
  /// 1–64 characters of `a-z`, `0-9`, `-`, `_`, starting with a letter or digit.
  static func isID(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (1...64).contains(bytes.count), let first = bytes.first, isLowerAlnum(first) else {
      return false
    }
    return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
  }

  /// 6–64 characters of `A-Za-z0-9_-`.
  static func isCode(_ text: String) -> Bool {
    let bytes = text.utf8
    return (6...64).contains(bytes.count)
      && bytes.allSatisfy {
        isLowerAlnum($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
          || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
      }
  }

  /// `local@domain`: one `@`, no spaces, a domain of dot-separated labels of
  /// ASCII letters, digits, `-` (not first or last) and non-ASCII characters.
  static func isEmail(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1,
      !bytes[(at + 1)...].contains(UInt8(ascii: "@"))
    else { return false }
    guard bytes[..<at].allSatisfy({ $0 > 0x20 && $0 != 0x7F && $0 != UInt8(ascii: ",") }) else { return false }
    return bytes[(at + 1)...].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy {
      label in
      !label.isEmpty && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
        && label.allSatisfy { isLowerAlnum($0) || isASCIILetter($0) || $0 == UInt8(ascii: "-") || $0 >= 0x80 }
    }
  }

  /// What is wrong with a page path, if anything.
  enum PathCheck: Equatable {
    case valid
    /// A whole URL, with the path it holds.
    case url(path: String)
    /// No leading `/`.
    case relative
    /// White space or a control character inside.
    case space
  }

  /// A page path starts with `/` and holds no white space (as ECMAScript's
  /// `\s` has it, so that the JSON Schema agrees) or control character.
  static func checkPath(_ text: String) -> PathCheck {
    let spaces: Set<UInt32> = [
      0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF,
    ]
    if text.unicodeScalars.contains(where: {
      $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || (0x2000...0x200A).contains($0.value)
        || spaces.contains($0.value)
    }) {
      return .space
    }
    if let scheme = text.hasPrefix("//") ? text.range(of: "//") : text.range(of: "://") {
      let rest = text[scheme.upperBound...]
      return .url(path: rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/")
    }
    return text.hasPrefix("/") ? .valid : .relative
  }

  /// True for a text of white space only (or none): every scalar has Unicode's
  /// White_Space property, so that a combining mark on a space is not blank.
  static func isBlank(_ text: String) -> Bool {
    for byte in text.utf8 {
      if byte >= 0x80 { return text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
      if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
    }
    return true
  }

  /// `ll` or `ll-RR` with a known ISO 639-1 language. Returns a corrected
  /// spelling as the hint when only the case is wrong.
  static func checkLocale(_ text: String) -> (valid: Bool, hint: String?) {
    let bytes = Array(text.utf8)
    if bytes.count == 2 || (bytes.count == 5 && bytes[2] == UInt8(ascii: "-")),
      bytes[0...1].allSatisfy({ isLowerAlnum($0) && $0 >= UInt8(ascii: "a") }),
      bytes.count == 2 || bytes[3...4].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
      ISO639.codes.contains(String(decoding: bytes[0...1], as: UTF8.self))
    {
      return (true, nil)
    }
    let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts[0].count == 2 else { return (false, nil) }
    let language = String(decoding: parts[0], as: UTF8.self).lowercased()
    let region = parts.count == 2 ? String(decoding: parts[1], as: UTF8.self) : nil
    if let region, region.utf8.count != 2 || !region.utf8.allSatisfy(isASCIILetter) {
      return (false, nil)
    }
    // Two letters one edit from a real code are most often another real code: no near code is offered.
    guard ISO639.codes.contains(language) else {
      return (false, "'\(language)' is not an ISO 639-1 language code; write ll or ll-RR, such as fr or pt-BR")
    }
    let fixed = language + (region.map { "-" + $0.uppercased() } ?? "")
    if fixed != text { return (false, "did you mean '\(fixed)'?") }
    return (true, nil)
  }

  /// A glob pattern relative to the root: no leading `/`, no `..` segment.
  static func isRelativeGlob(_ text: String) -> Bool {
    !text.isEmpty && !text.hasPrefix("/") && !text.split(separator: "/").contains("..")
  }

  /// Parses `1h30m`, `45s`, `2h`: whole hours, minutes, seconds in that order.
  /// Booleans as YAML 1.2's core schema spells them.
  static let booleans: [String: Bool] = [
    "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
  ]

  /// YAML 1.1's other words for booleans, lowercased, with what they meant.
  static let yaml11Booleans: [String: Bool] = [
    "yes": true, "y": true, "on": true, "no": false, "n": false, "off": false,
  ]

  static func parseDuration(_ text: String) -> Int? {
    var total = 0
    var number: Int?
    var lastUnit = 0
    for byte in text.utf8 {
      if let digit = digitValue(byte) {
        let value = (number ?? 0) * 10 + digit
        guard value < 1_000_000 else { return nil }
        number = value
        continue
      }
      let unit: Int
      switch byte {
      case UInt8(ascii: "h"): unit = 1
      case UInt8(ascii: "m"): unit = 2
      case UInt8(ascii: "s"): unit = 3
      default: return nil
      }
      guard let value = number, unit > lastUnit else { return nil }
      total += value * [0, 3600, 60, 1][unit]
      lastUnit = unit
      number = nil
    }
    return number == nil && lastUnit > 0 ? total : nil
  }

  /// Writes seconds back as a duration, for messages.
  static func formatDuration(_ seconds: Int) -> String {
    if seconds == 0 { return "0m" }
    var text = ""
    if seconds >= 3600 { text += "\(seconds / 3600)h" }
    if seconds % 3600 >= 60 { text += "\(seconds % 3600 / 60)m" }
    if seconds % 60 > 0 { text += "\(seconds % 60)s" }
    return text
  }

  /// Parses `H:MM` or `HH:MM` into minutes; `24:00` only when `allowsEndOfDay`.
  static func parseTime(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, allowsEndOfDay: Bool) -> Int? {
    var hours = 0
    var minutes = 0
    var digits = 0
    var sawColon = false
    var minuteDigits = 0
    for byte in bytes {
      if byte == UInt8(ascii: ":") {
        guard !sawColon, (1...2).contains(digits) else { return nil }
        sawColon = true
      } else if let digit = digitValue(byte) {
        // At most two digits each: a longer run is no time (and would overflow).
        if sawColon {
          guard minuteDigits < 2 else { return nil }
          minutes = minutes * 10 + digit
          minuteDigits += 1
        } else {
          guard digits < 2 else { return nil }
          hours = hours * 10 + digit
          digits += 1
        }
      } else {
        return nil
      }
    }
    guard sawColon, minuteDigits == 2, minutes < 60 else { return nil }
    if hours == 24 && minutes == 0 && allowsEndOfDay { return 1440 }
    return hours < 24 ? hours * 60 + minutes : nil
  }

  /// Parses a block `HH:MM-HH:MM` (spaces around `-` allowed) into minutes.
  static func parseBlock(_ text: String) -> (start: Int, end: Int)? {
    var text = text
    return text.withUTF8 { bytes in
      guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")),
        !bytes[(dash + 1)...].contains(UInt8(ascii: "-")),
        let start = parseTime(trimmed(bytes[..<dash]), allowsEndOfDay: false),
        let end = parseTime(trimmed(bytes[(dash + 1)...]), allowsEndOfDay: true)
      else { return nil }
      return (start, end)
    }
  }

  private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
    var bytes = bytes
    while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
    while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
    return bytes
  }

  private static func digitValue(_ byte: UInt8) -> Int? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
  }

  private static func isLowerAlnum(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    isLowerAlnum(byte | 0x20) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte | 0x20)
  }
}
