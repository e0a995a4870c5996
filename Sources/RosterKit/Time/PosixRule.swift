/// The POSIX TZ string of a TZif footer, such as `CET-1CEST,M3.5.0,M10.5.0/3`
/// (RFC 8536, section 3.3): a standard offset, and maybe a daylight-saving
/// offset with the yearly dates and local times when it starts and ends.
/// Offsets here are east of UTC, in seconds (POSIX writes them west).
struct PosixRule: Sendable {
  enum DateRule: Sendable {
    /// `Jn`: day 1–365, February 29 never counted.
    case julian(Int)
    /// `n`: day 0–365, February 29 counted.
    case zeroBased(Int)
    /// `Mm.w.d`: weekday d (0 = Sunday) of week w (5 = last) of month m.
    case monthWeek(month: Int, week: Int, weekday: Int)
  }

  var standardOffset: Int
  var daylight: (offset: Int, start: DateRule, startTime: Int, end: DateRule, endTime: Int)?

  init?(_ text: String) {
    var scanner = PosixScanner(Array(text.utf8))
    guard scanner.name(), let standard = scanner.offset() else { return nil }
    standardOffset = -standard
    if scanner.atEnd {
      daylight = nil
      return
    }
    guard scanner.name() else { return nil }
    var dstOffset = standardOffset + 3600
    if !scanner.peek(",") {
      guard let written = scanner.offset() else { return nil }
      dstOffset = -written
    }
    // A zone with daylight time and no dates: the United States rule, as POSIX says.
    var start = DateRule.monthWeek(month: 3, week: 2, weekday: 0)
    var end = DateRule.monthWeek(month: 11, week: 1, weekday: 0)
    var startTime = 7200
    var endTime = 7200
    if scanner.take(",") {
      guard let s = scanner.date() else { return nil }
      start = s
      if scanner.take("/") {
        guard let time = scanner.offset() else { return nil }
        startTime = time
      }
      guard scanner.take(","), let e = scanner.date() else { return nil }
      end = e
      if scanner.take("/") {
        guard let time = scanner.offset() else { return nil }
        endTime = time
      }
    }
    guard scanner.atEnd else { return nil }
    daylight = (dstOffset, start, startTime, end, endTime)
  }

  /// The offset in effect at `instant`.
  func offset(at instant: Int64) -> Int {
    guard let daylight else { return standardOffset }
    let year = CivilDate(day: Int(floorDivide(instant + Int64(standardOffset), 86_400))).components.year
    let (start, end) = bounds(of: daylight, in: year)
    let inDaylight = start < end ? (start <= instant && instant < end) : (instant < end || instant >= start)
    return inDaylight ? daylight.offset : standardOffset
  }

  /// The instants when daylight time starts (a local time in standard
  /// time) and ends (a local time in daylight time) in `year`.
  private func bounds(
    of daylight: (offset: Int, start: DateRule, startTime: Int, end: DateRule, endTime: Int), in year: Int
  ) -> (start: Int64, end: Int64) {
    let start =
      Int64(Self.day(daylight.start, in: year).day) * 86_400 + Int64(daylight.startTime) - Int64(standardOffset)
    let end = Int64(Self.day(daylight.end, in: year).day) * 86_400 + Int64(daylight.endTime) - Int64(daylight.offset)
    return (start, end)
  }

  /// The changes of offset in the years given, in order. A rule with
  /// daylight time all year changes nothing.
  func changes(inYears years: ClosedRange<Int>) -> [ClockChange] {
    guard let daylight else { return [] }
    var instants: [Int64] = []
    for year in years {
      let (start, end) = bounds(of: daylight, in: year)
      instants += [start, end]
    }
    var result: [ClockChange] = []
    for instant in Set(instants).sorted() {
      let before = offset(at: instant - 1)
      let after = offset(at: instant)
      if before != after { result.append(ClockChange(at: instant, before: before, after: after)) }
    }
    return result
  }

  static func day(_ rule: DateRule, in year: Int) -> CivilDate {
    switch rule {
    case .julian(let n):
      // Day n of a year without February 29.
      let january1 = CivilDate(year: year, month: 1, dayOfMonth: 1)
      return january1.advanced(by: n - 1 + (CivilDate.isLeap(year) && n >= 60 ? 1 : 0))
    case .zeroBased(let n):
      return CivilDate(year: year, month: 1, dayOfMonth: 1).advanced(by: n)
    case .monthWeek(let month, let week, let weekday):
      let first = CivilDate(year: year, month: month, dayOfMonth: 1)
      // Weekday: 0 is Sunday here; Roster's weekdays start on Monday.
      let firstWeekday = (first.weekday.rawValue + 1) % 7
      var dayOfMonth = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
      while dayOfMonth > CivilDate.days(inMonth: month, of: year) { dayOfMonth -= 7 }
      return CivilDate(year: year, month: month, dayOfMonth: dayOfMonth)
    }
  }
}

/// Reads the parts of a POSIX TZ string.
private struct PosixScanner {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { position == bytes.count }

  func peek(_ char: Unicode.Scalar) -> Bool { position < bytes.count && bytes[position] == UInt8(ascii: char) }

  mutating func take(_ char: Unicode.Scalar) -> Bool {
    guard peek(char) else { return false }
    position += 1
    return true
  }

  /// An abbreviation: `<+0530>` or three or more letters.
  mutating func name() -> Bool {
    if take("<") {
      while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
      return take(">")
    }
    let start = position
    while position < bytes.count, (bytes[position] | 0x20) >= UInt8(ascii: "a"),
      (bytes[position] | 0x20) <= UInt8(ascii: "z")
    {
      position += 1
    }
    return position - start >= 3
  }

  mutating func number() -> Int? {
    let start = position
    var value = 0
    while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
      value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
      position += 1
    }
    return position > start ? value : nil
  }

  /// `[+-]hh[:mm[:ss]]` in seconds; hours up to 167 (RFC 8536).
  mutating func offset() -> Int? {
    var sign = 1
    if take("-") { sign = -1 } else { _ = take("+") }
    guard let hours = number(), hours <= 167 else { return nil }
    var seconds = hours * 3600
    if take(":") {
      guard let minutes = number(), minutes < 60 else { return nil }
      seconds += minutes * 60
      if take(":") {
        guard let secs = number(), secs < 60 else { return nil }
        seconds += secs
      }
    }
    return sign * seconds
  }

  mutating func date() -> PosixRule.DateRule? {
    if take("J") {
      guard let n = number(), (1...365).contains(n) else { return nil }
      return .julian(n)
    }
    if take("M") {
      guard let month = number(), (1...12).contains(month), take("."), let week = number(), (1...5).contains(week),
        take("."), let weekday = number(), (0...6).contains(weekday)
      else { return nil }
      return .monthWeek(month: month, week: week, weekday: weekday)
    }
    guard let n = number(), (0...365).contains(n) else { return nil }
    return .zeroBased(n)
  }
}
