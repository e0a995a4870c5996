/// A date of the proleptic Gregorian calendar, as days since 1970-01-01.
public struct CivilDate: Sendable, Hashable, Comparable, Strideable {
  public var day: Int

  public init(day: Int) { self.day = day }

  public init(year: Int, month: Int, dayOfMonth: Int) {
    // Days from civil: years counted from March, so that February is last.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    day = era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month (1–12) and day of the month (1–31).
  public var components: (year: Int, month: Int, day: Int) {
    let z = day + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let dayOfMonth = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth)
  }

  /// 1970-01-01 was a Thursday.
  public var weekday: Weekday { Weekday(rawValue: ((day % 7 + 7) % 7 + 3) % 7)! }

  /// `2026-03-29`.
  public var iso: String {
    let (y, m, d) = components
    return Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2)
  }

  /// Parses `YYYY-MM-DD`; nil when it is not a real date.
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m),
      (1...CivilDate.days(inMonth: m, of: y)).contains(d)
    else { return nil }
    self.init(year: y, month: m, dayOfMonth: d)
  }

  public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  public static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.day < b.day }
  public func advanced(by n: Int) -> CivilDate { CivilDate(day: day + n) }
  public func distance(to other: CivilDate) -> Int { other.day - day }

  /// The Monday on or before this date.
  public var monday: CivilDate { advanced(by: -weekday.rawValue) }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
