/// Group codes: the value a page gives `BrevoConversationsSetup.groupId`.
public enum GroupCode {
  /// The first 16 hex digits of the SHA-256 of the group id.
  public static func derived(from id: String) -> String {
    String(SHA256Hasher.hash(Array(id.utf8)).hexString.prefix(16))
  }
}

extension Sequence where Element == UInt8 {
  /// Lowercase hexadecimal digits, two per byte.
  var hexString: String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in self {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
