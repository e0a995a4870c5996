/// A clock change: from `at` (seconds since the epoch, UTC) on, the zone's
/// clocks read UTC plus `after` seconds instead of `before`.
public struct ClockChange: Sendable, Hashable {
  public var at: Int64
  public var before: Int
  public var after: Int
}

/// The rules of one time zone, read from its TZif data (RFC 8536): the
/// transitions that zic listed, then the POSIX TZ rule of the footer for
/// every year after them.
public struct ZoneRules: Sendable {
  public private(set) var name: String
  /// The listed transitions, in order, and the offset in effect from each on.
  let times: [Int64]
  let offsets: [Int]
  /// The offset before the first listed transition.
  let initialOffset: Int
  /// The rule for instants after the last listed transition.
  let footer: PosixRule?

  /// Reads TZif version 2 or later: the 64-bit data block and the footer.
  init?(name: String, tzif bytes: UnsafeBufferPointer<UInt8>) {
    self.name = name
    var reader = TZifReader(bytes: bytes)
    guard let first = reader.header(), first.version >= UInt8(ascii: "2"),
      reader.skip(first.v1DataSize), let header = reader.header()
    else { return nil }
    var times: [Int64] = []
    var indices: [Int] = []
    for _ in 0..<header.timeCount {
      guard let time = reader.int64() else { return nil }
      times.append(time)
    }
    for _ in 0..<header.timeCount {
      guard let index = reader.byte(), Int(index) < header.typeCount else { return nil }
      indices.append(Int(index))
    }
    var typeOffsets: [Int] = []
    for _ in 0..<header.typeCount {
      guard let offset = reader.int32(), reader.skip(2) else { return nil }
      typeOffsets.append(Int(offset))
    }
    guard typeOffsets.count > 0,
      reader.skip(header.charCount + header.leapCount * 12 + header.isStdCount + header.isUTCCount),
      reader.byte() == UInt8(ascii: "\n")
    else { return nil }
    var footerBytes: [UInt8] = []
    while let byte = reader.byte(), byte != UInt8(ascii: "\n") { footerBytes.append(byte) }
    self.times = times
    self.offsets = indices.map { typeOffsets[$0] }
    self.initialOffset = typeOffsets[0]
    if footerBytes.isEmpty {
      footer = nil
    } else {
      guard let rule = PosixRule(String(decoding: footerBytes, as: UTF8.self)) else { return nil }
      footer = rule
    }
  }

  /// The same rules under another name (a link's).
  func named(_ name: String) -> ZoneRules {
    var rules = self
    rules.name = name
    return rules
  }

  /// The offset from UTC, in seconds, in effect at `instant`.
  public func offset(at instant: Int64) -> Int {
    // After the last listed transition, the footer's rule (which agrees with it, RFC 8536 3.3).
    if let footer, instant >= times.last ?? .min { return footer.offset(at: instant) }
    guard let first = times.first, instant >= first else {
      return initialOffset
    }
    // The last listed transition at or before the instant.
    return offsets[times.lastPosition { $0 <= instant }]
  }

  /// Every change of offset in `[start, end)`, in order.
  public func changes(from start: Int64, to end: Int64) -> [ClockChange] {
    var result: [ClockChange] = []
    for (index, time) in times.enumerated() where time >= start && time < end {
      let before = index == 0 ? initialOffset : offsets[index - 1]
      if before != offsets[index] { result.append(ClockChange(at: time, before: before, after: offsets[index])) }
    }
    if let footer {
      let from = max(start, (times.last ?? start - 1) + 1)
      guard from < end else { return result }
      let years = Self.year(of: from) - 1...Self.year(of: end) + 1
      result += footer.changes(inYears: years).filter { $0.at >= from && $0.at < end }
    }
    return result
  }
}

extension ZoneRules {
  static func year(of instant: Int64) -> Int { CivilDate(day: Int(floorDivide(instant, 86_400))).components.year }
}

func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// Reads the big-endian fields of a TZif file.
private struct TZifReader {
  struct Header {
    var version: UInt8
    var isUTCCount, isStdCount, leapCount, timeCount, typeCount, charCount: Int
    /// The size of the version 1 data block that follows this header.
    var v1DataSize: Int {
      timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStdCount + isUTCCount
    }
  }

  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func header() -> Header? {
    guard position + 44 <= bytes.count, bytes[position] == 0x54, bytes[position + 1] == 0x5A,
      bytes[position + 2] == 0x69, bytes[position + 3] == 0x66
    else { return nil }
    let version = bytes[position + 4]
    position += 20
    var counts: [Int] = []
    for _ in 0..<6 {
      guard let count = int32(), count >= 0 else { return nil }
      counts.append(Int(count))
    }
    return Header(
      version: version, isUTCCount: counts[0], isStdCount: counts[1], leapCount: counts[2], timeCount: counts[3],
      typeCount: counts[4], charCount: counts[5])
  }

  mutating func skip(_ count: Int) -> Bool {
    guard count >= 0, position + count <= bytes.count else { return false }
    position += count
    return true
  }

  mutating func byte() -> UInt8? {
    guard position < bytes.count else { return nil }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func int32() -> Int32? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for index in 0..<4 { value = value << 8 | UInt32(bytes[position + index]) }
    position += 4
    return Int32(bitPattern: value)
  }

  mutating func int64() -> Int64? {
    guard position + 8 <= bytes.count else { return nil }
    var value: UInt64 = 0
    for index in 0..<8 { value = value << 8 | UInt64(bytes[position + index]) }
    position += 8
    return Int64(bitPattern: value)
  }
}
