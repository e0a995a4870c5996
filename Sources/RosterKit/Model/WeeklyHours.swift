/// A day of the week, Monday first.
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
  case mon, tue, wed, thu, fri, sat, sun

  public var name: String { Self.names[rawValue] }
  private static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  public var next: Weekday { Weekday(rawValue: (rawValue + 1) % 7)! }

  public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}

/// A set of weekdays in one byte, iterated Monday first.
public struct Weekdays: Sequence, Sendable, Hashable {
  private var mask: UInt8

  public init(_ days: some Sequence<Weekday>) {
    mask = days.reduce(0) { $0 | 1 << UInt8($1.rawValue) }
  }

  public static let all = Weekdays(Weekday.allCases)

  public var isEmpty: Bool { mask == 0 }

  public func contains(_ day: Weekday) -> Bool { mask & 1 << UInt8(day.rawValue) != 0 }

  public func makeIterator() -> some IteratorProtocol<Weekday> {
    var rest = mask
    return AnyIterator {
      guard rest != 0 else { return nil }
      let day = Weekday(rawValue: rest.trailingZeroBitCount)!
      rest &= rest - 1
      return day
    }
  }
}

/// One block as written, such as `mon-fri: 09:00-12:00`, with the days it covers.
public struct HoursBlock: Sendable {
  /// The key as written: `mon`, `mon-fri`, `daily`.
  public var dayKey: String
  public var days: Weekdays
  /// Minutes since midnight, 0–1439.
  public var start: Int
  /// Minutes since midnight, 0–1440; earlier than `start` for an overnight block.
  public var end: Int
  public var range: SourceRange

  public init(dayKey: String, days: some Sequence<Weekday>, start: Int, end: Int, range: SourceRange) {
    self.dayKey = dayKey
    self.days = Weekdays(days)
    self.start = start
    self.end = end
    self.range = range
  }

  /// The block as a user would name it: `mon-fri 09:00-12:00`.
  public var label: String { "\(dayKey) \(Clock.format(start))-\(Clock.format(end))" }
  public var isOvernight: Bool { end < start }
  /// The block's length in minutes.
  public var minutes: Int { isOvernight ? 1440 - start + end : end - start }
}

/// Part of one day that a block covers, after ranges and overnight spill are expanded.
public struct DayInterval: Sendable, Hashable {
  public var day: Weekday
  /// Minutes since midnight, start inclusive, end exclusive (at most 1440).
  public var start: Int
  public var end: Int
}

/// A day key written as closed, `sat: []`.
public struct ClosedDays: Sendable {
  /// The key as written.
  public var dayKey: String
  public var days: Weekdays
  public var range: SourceRange
}

/// A weekly schedule in an agent's own time zone.
public struct WeeklyHours: Sendable {
  public var blocks: [HoursBlock]
  /// Keys written `[]`: they close their days only where no other key opens them.
  public var closed: [ClosedDays] = []
  public var range: SourceRange
  /// False when a day or a block was written but failed to decode (the
  /// loader reported it): the week may hold more than `blocks`.
  public var isComplete: Bool

  public init(blocks: [HoursBlock], range: SourceRange, isComplete: Bool = true) {
    self.blocks = blocks
    self.range = range
    self.isComplete = isComplete
  }

  /// Each block's intervals, day by day; a block that starts where it ends covers nothing.
  public func intervals(of block: HoursBlock) -> [DayInterval] {
    guard block.start != block.end else { return [] }
    var result: [DayInterval] = []
    for day in block.days {
      if block.isOvernight {
        result.append(DayInterval(day: day, start: block.start, end: 1440))
        if block.end > 0 { result.append(DayInterval(day: day.next, start: 0, end: block.end)) }
      } else {
        result.append(DayInterval(day: day, start: block.start, end: block.end))
      }
    }
    return result
  }

  /// The week as sorted intervals with touching and overlapping ones merged.
  public var normalized: [DayInterval] {
    let all = blocks.flatMap { intervals(of: $0) }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
    var merged: [DayInterval] = []
    for interval in all {
      if let last = merged.last, last.day == interval.day, interval.start <= last.end {
        merged[merged.count - 1].end = max(last.end, interval.end)
      } else {
        merged.append(interval)
      }
    }
    return merged
  }

  /// True when some block covers at least one minute.
  public var hasOpenTime: Bool { blocks.contains { $0.start != $0.end && !$0.days.isEmpty } }
}

/// `HH:MM` times, as minutes since midnight.
public enum Clock {
  /// `HH:MM` for a minute of the day, 0 to 1440 (`24:00`).
  public static func format(_ minutes: Int) -> String {
    (0...1440).contains(minutes) ? texts[minutes] : spell(minutes)
  }

  /// Every minute of the day spelled once, so that writing hours allocates nothing.
  private static let texts = (0...1440).map(spell)

  private static func spell(_ minutes: Int) -> String {
    let h = minutes / 60
    let m = minutes % 60
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }
}

extension WeeklyHours {
  /// Each pair of distinct blocks that share at least one minute on some day,
  /// once per pair, in the order of the blocks.
  public func overlappingBlocks() -> [(HoursBlock, HoursBlock)] {
    guard blocks.count > 1 else { return [] }
    var intervals: [(day: Int, start: Int, end: Int, block: Int)] = []
    intervals.reserveCapacity(blocks.count * 2)
    for (index, block) in blocks.enumerated() {
      for interval in self.intervals(of: block) {
        intervals.append((interval.day.rawValue, interval.start, interval.end, index))
      }
    }
    intervals.sort { ($0.day, $0.start, $0.block) < ($1.day, $1.start, $1.block) }
    var pairs: [(Int, Int)] = []
    var seen = Set<[Int]>()
    for i in intervals.indices {
      var j = i + 1
      while j < intervals.count, intervals[j].day == intervals[i].day, intervals[j].start < intervals[i].end {
        let pair = [min(intervals[i].block, intervals[j].block), max(intervals[i].block, intervals[j].block)]
        if pair[0] != pair[1], seen.insert(pair).inserted { pairs.append((pair[0], pair[1])) }
        j += 1
      }
    }
    return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { (blocks[$0.0], blocks[$0.1]) }
  }

}
