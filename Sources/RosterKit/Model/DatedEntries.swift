/// A month and day that come back every year: `12-25`.
public struct MonthDay: Sendable, Hashable, Comparable {
  public var month: Int
  public var day: Int

  public init(month: Int, day: Int) {
    self.month = month
    self.day = day
  }

  public init(_ date: CivilDate) {
    let (_, month, day) = date.components
    self.init(month: month, day: day)
  }

  /// `12-25`.
  public var text: String { CivilDate.pad(month, 2) + "-" + CivilDate.pad(day, 2) }

  public static func < (a: MonthDay, b: MonthDay) -> Bool { (a.month, a.day) < (b.month, b.day) }
}

/// The dates a dated entry names (SPEC 9): dates of the calendar, one or an
/// inclusive range, or a month and day every year, one or an inclusive range
/// (which runs over the new year when it ends before it starts).
public enum DateSpec: Sendable, Hashable {
  case dates(from: CivilDate, through: CivilDate)
  case yearly(from: MonthDay, through: MonthDay)

  /// The longest range, in days.
  public static let maximumDays = 366

  public func contains(_ date: CivilDate) -> Bool {
    switch self {
    case .dates(let from, let through):
      return from <= date && date <= through
    case .yearly(let from, let through):
      let day = MonthDay(date)
      return from <= through ? from <= day && day <= through : day >= from || day <= through
    }
  }

  /// The dates of `window` that the entry names, in order.
  public func dates(in window: DateWindow) -> [CivilDate] {
    switch self {
    case .dates(let from, let through):
      let first = max(from, window.from)
      let last = min(through, window.until.advanced(by: -1))
      return first <= last ? Array(first...last) : []
    case .yearly(let from, _):
      // Each year's run of dates, from its first (03-01 for 02-29 in a common year).
      var result: [CivilDate] = []
      let (firstYear, _, _) = window.from.components
      let (lastYear, _, _) = window.until.components
      for year in (firstYear - 1)...lastYear {
        let day = min(from.day, CivilDate.days(inMonth: from.month, of: year))
        var date = CivilDate(year: year, month: from.month, dayOfMonth: day)
        if !contains(date) { date = date.advanced(by: 1) }
        while contains(date), date < window.until {
          if date >= window.from { result.append(date) }
          date = date.advanced(by: 1)
        }
      }
      return result
    }
  }

  /// True for a month and day that come back every year.
  public var isYearly: Bool {
    if case .yearly = self { return true }
    return false
  }

  /// The first and last dates as the snapshot writes them: `2026-12-25`, or `--12-25` every year.
  public var bounds: (from: String, through: String) {
    switch self {
    case .dates(let from, let through): return (from.iso, through.iso)
    case .yearly(let from, let through): return ("--" + from.text, "--" + through.text)
    }
  }

  /// As a user writes it: `2026-12-25`, `12-25`, `2026-08-03..2026-08-21`.
  public var label: String {
    let (from, through) = bounds
    let first = from.hasPrefix("--") ? String(from.dropFirst(2)) : from
    let last = through.hasPrefix("--") ? String(through.dropFirst(2)) : through
    return first == last ? first : first + ".." + last
  }

  /// Reads `YYYY-MM-DD`, `MM-DD`, or, when `range` is set, `A..B` with both
  /// ends of one kind. The error says what is wrong, for `invalid-date`.
  public static func parse(_ text: String, range: Bool) -> Result<DateSpec, DateError> {
    guard range else {
      if text.contains("..") { return .failure(.rangeForOneDate(text)) }
      return parseOne(text).map { one in
        switch one {
        case .date(let date): return .dates(from: date, through: date)
        case .yearly(let day): return .yearly(from: day, through: day)
        }
      }
    }
    let parts = text.split(separator: "..", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .failure(.notARange(text)) }
    let first = String(parts[0].trimming(" "))
    let last = String(parts[1].trimming(" "))
    switch (parseOne(first), parseOne(last)) {
    case (.failure(let error), _), (_, .failure(let error)):
      return .failure(error)
    case (.success(.date(let from)), .success(.date(let through))):
      guard from <= through else { return .failure(.reversed(text)) }
      guard from.distance(to: through) < maximumDays else { return .failure(.tooLong(text)) }
      return .success(.dates(from: from, through: through))
    case (.success(.yearly(let from)), .success(.yearly(let through))):
      // One that ends before it starts runs over the new year: only a short run does that on purpose.
      if through < from {
        let first = CivilDate(year: 2001, month: min(from.month, 12), dayOfMonth: min(from.day, 28))
        let last = CivilDate(year: 2002, month: through.month, dayOfMonth: min(through.day, 28))
        guard from.month != through.month, first.distance(to: last) < DateSpec.maximumDays / 2 else {
          return .failure(.reversed(text))
        }
      }
      return .success(.yearly(from: from, through: through))
    default:
      return .failure(.mixedRange(text))
    }
  }

  private enum One {
    case date(CivilDate)
    case yearly(MonthDay)
  }

  private static func parseOne(_ text: String) -> Result<One, DateError> {
    if text.utf8.count == 10 {
      guard let date = CivilDate(iso: text) else { return .failure(.notADate(text)) }
      return .success(.date(date))
    }
    // `MM-DD` is read against a leap year, so that `02-29` is a date.
    guard text.utf8.count == 5, let date = CivilDate(iso: "2000-" + text) else { return .failure(.notADate(text)) }
    return .success(.yearly(MonthDay(date)))
  }
}

extension Substring {
  /// Without `character` at either end.
  func trimming(_ character: Character) -> Substring {
    var text = self
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return text
  }
}

/// What is wrong with a written date.
public enum DateError: Error, Sendable, Equatable {
  case notADate(String)
  /// A range given where one date is expected.
  case rangeForOneDate(String)
  case notARange(String)
  case reversed(String)
  case tooLong(String)
  case mixedRange(String)

  public var message: String {
    switch self {
    case .notADate(let text): "invalid date '\(text)'"
    case .rangeForOneDate(let text): "'\(text)' is a range, not one date"
    case .notARange(let text): "invalid date range '\(text)'"
    case .reversed(let text): "the range '\(text)' ends before it starts"
    case .tooLong(let text): "the range '\(text)' is longer than \(DateSpec.maximumDays) days"
    case .mixedRange(let text): "the range '\(text)' mixes a date with a yearly MM-DD"
    }
  }

  public var hint: String {
    switch self {
    case .notADate: "write YYYY-MM-DD for one date, or MM-DD for every year, such as 2026-12-24 or 12-25"
    case .rangeForOneDate: "write a range under 'dates:', such as dates: 2026-08-03..2026-08-21"
    case .notARange: "write the first and last dates with '..' between them, such as 2026-08-03..2026-08-21"
    case .reversed:
      "write the earlier date first; both ends are included (a yearly range over the new year, such as 12-24..01-02, is at most half a year)"
    case .tooLong: "split it into entries of at most \(DateSpec.maximumDays) days"
    case .mixedRange: "give both ends with a year, or both as MM-DD"
    }
  }
}

/// Open time within one local date: minutes since midnight, `start < end <= 1440`.
public struct DayBlock: Sendable, Hashable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var label: String { Clock.format(start) + "-" + Clock.format(end) }

  public static func < (a: DayBlock, b: DayBlock) -> Bool { (a.start, a.end) < (b.start, b.end) }

  /// Sorted, with touching and overlapping blocks joined.
  public static func merged(_ blocks: [DayBlock]) -> [DayBlock] {
    var result: [DayBlock] = []
    for block in blocks.sorted() {
      if let last = result.last, block.start <= last.end {
        result[result.count - 1].end = max(last.end, block.end)
      } else {
        result.append(block)
      }
    }
    return result
  }

  /// The minutes of `blocks` that are not in `removed`; both merged.
  public static func subtracting(_ removed: [DayBlock], from blocks: [DayBlock]) -> [DayBlock] {
    var result: [DayBlock] = []
    for block in blocks {
      var start = block.start
      for cut in removed where cut.end > start && cut.start < block.end {
        if cut.start > start { result.append(DayBlock(start: start, end: cut.start)) }
        start = max(start, cut.end)
      }
      if start < block.end { result.append(DayBlock(start: start, end: block.end)) }
    }
    return result
  }

  /// The whole day.
  public static let allDay = DayBlock(start: 0, end: 1440)
}

/// One dated entry as written: a calendar's day, a time-off or extra-hours
/// entry of an agent, a group's override of its service hours.
public struct DatedEntry: Sendable {
  /// The schedules that time off applies to.
  public enum Scope: String, Sendable, CaseIterable {
    case both
    case liveChat = "live_chat"
    case meetings
  }

  /// A placeholder until `date` or `dates` is read.
  public var dates: Located<DateSpec>
  /// The blocks as written; nil when `hours` was left out.
  public var hours: Located<[DayBlock]>?
  /// The day's or override's `name`, or the `reason` of time off and extra hours.
  public var label: Located<String>?
  /// Time off only.
  public var scope: Located<Scope>
  public var range: SourceRange
  /// True once `date` or `dates` was read.
  public var hasDates = false
  /// False when a key was written but failed to decode, or a required one is missing.
  public var isComplete = true

  static func placeholder(_ range: SourceRange) -> DatedEntry {
    DatedEntry(
      dates: Located(.dates(from: CivilDate(day: 0), through: CivilDate(day: 0)), at: range), hours: nil, label: nil,
      scope: Located(.both, at: range), range: range)
  }

  /// The blocks, merged; an empty list when none were written.
  public var blocks: [DayBlock] { DayBlock.merged(hours?.value ?? []) }

  /// As messages name it: `holiday 'Noël'`.
  public var name: String { label?.value ?? dates.value.label }

  /// The entries in the snapshot's order: by dates, then hours, then name.
  /// Where two of them replace one date (which `conflicting-dates` reports),
  /// the last in this order holds, so that the order they are written in
  /// never changes what they mean.
  public static func inSnapshotOrder(_ entries: [DatedEntry]) -> [DatedEntry] {
    entries.sorted { a, b in
      let (x, y) = (a.dates.value.bounds, b.dates.value.bounds)
      if (x.from, x.through) != (y.from, y.through) { return (x.from, x.through) < (y.from, y.through) }
      if a.blocks != b.blocks { return a.blocks.lexicographicallyPrecedes(b.blocks) }
      return (a.label?.value ?? "") < (b.label?.value ?? "")
    }
  }
}

/// A calendar of holidays by id, observed by the workspace, agents and groups.
public struct HolidayCalendar: Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var days: [DatedEntry]
  public var range: SourceRange
  /// False when `days` was written but not read whole.
  public var daysAreComplete = true
}

/// Absolute moments when nobody answers, in their own time zone.
public struct Closure: Sendable {
  public var name: Located<String>
  /// `YYYY-MM-DDTHH:MM` local times.
  public var from: Located<String>
  public var until: Located<String>
  /// As written; nil means the workspace's time zone.
  public var timezone: Located<String>?
  public var range: SourceRange
  public var isComplete = true

  static func placeholder(_ range: SourceRange) -> Closure {
    Closure(
      name: Located("", at: range), from: Located("", at: range), until: Located("", at: range), timezone: nil,
      range: range)
  }
}

/// A local date and time, `2026-06-12T14:00`, in local seconds.
public enum LocalDateTime {
  public static func parse(_ text: String) -> Int64? {
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      let date = CivilDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
      let hour = Int(String(decoding: bytes[11..<13], as: UTF8.self)),
      let minute = Int(String(decoding: bytes[14..<16], as: UTF8.self)),
      bytes[11..<13].allSatisfy({ (48...57).contains($0) }), bytes[14..<16].allSatisfy({ (48...57).contains($0) }),
      (0...23).contains(hour), (0...59).contains(minute)
    else { return nil }
    return Int64(date.day) * 86_400 + Int64(hour * 3600 + minute * 60)
  }
}

/// An agent's dated entries (SPEC 9), kept out of line with the agent.
public struct AgentDates: Sendable {
  /// The calendars the agent observes besides the workspace's.
  public var calendars: [Located<String>] = []
  public var timeOff: [DatedEntry] = []
  public var extraHours: [DatedEntry] = []
  /// False when one of the lists was written but not read whole.
  public var isComplete = true

  public var isEmpty: Bool { calendars.isEmpty && timeOff.isEmpty && extraHours.isEmpty }
}
