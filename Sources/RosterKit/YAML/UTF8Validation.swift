/// Checks UTF-8 in one pass and tells where it first goes wrong.
enum UTF8Validation {
  /// The first malformed byte, if any, and whether every byte is ASCII.
  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalidOffset: Int?, isASCII: Bool) {
    var ascii = true
    var index = 0
    let count = bytes.count
    while index < count {
      if bytes[index] >= 0x80 {
        ascii = false
        break
      }
      index += 1
    }
    return (ascii ? nil : firstInvalidOffset(bytes), ascii)
  }

  /// The byte offset of the first malformed sequence, or nil when all is well-formed.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch b0 {
      case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(b0 & 0x1F))
      case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(b0 & 0x0F))
      case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(b0 & 0x07))
      default: return i
      }
      if i + length > n { return i }
      for k in 1..<length {
        let b = bytes[i + k]
        if b & 0xC0 != 0x80 { return i }
        scalar = scalar << 6 | UInt32(b & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
      minimum = 0
      i += length
    }
    return nil
  }
}
