/// A stretch of real time, in seconds since the epoch (UTC), `end` excluded.
public struct Span: Sendable, Hashable {
  public var start: Int64
  public var end: Int64

  public init(_ start: Int64, _ end: Int64) {
    self.start = start
    self.end = end
  }

  public var seconds: Int64 { end - start }

  /// The spans sorted, with overlapping and touching ones joined.
  public static func merged(_ spans: [Span]) -> [Span] {
    var sorted = spans
    if !zip(spans, spans.dropFirst()).allSatisfy({ $0.start <= $1.start }) { sorted.sort { $0.start < $1.start } }
    var result: [Span] = []
    result.reserveCapacity(sorted.count)
    for span in sorted where span.start < span.end {
      if let last = result.last, span.start <= last.end {
        result[result.count - 1].end = max(last.end, span.end)
      } else {
        result.append(span)
      }
    }
    return result
  }

  /// The parts of sorted, disjoint `spans` inside `bounds`.
  public static func clipped(_ spans: some Collection<Span>, to bounds: Span) -> [Span] {
    spans.compactMap { span in
      let start = max(span.start, bounds.start)
      let end = min(span.end, bounds.end)
      return start < end ? Span(start, end) : nil
    }
  }
}

/// One zone's offsets over a stretch of time: the segments of constant
/// offset, so that wall-clock times turn into real instants exactly.
///
/// Local times are counted as "local seconds": the wall-clock reading taken
/// as if it were UTC (`2026-03-29 02:30` is the same number in every zone).
/// A local stretch `[a, b)` covers every instant whose reading lies in it
/// (SPEC 8): in a spring-forward gap no instant does, and in a repeated
/// autumn hour two do.
public struct ZoneTimeline: Sendable {
  public let name: String
  /// The instants where the offset changes, and the offset from each on;
  /// `offsets[0]` is in effect before `starts[1]`.
  let starts: [Int64]
  let offsets: [Int64]
  /// The changes inside the stretch, for reports.
  public let changes: [ClockChange]

  /// The zone's offsets over `[from, to)`, and a bit more on each side.
  public init(_ rules: ZoneRules, from: Int64, to: Int64) {
    name = rules.name
    let margin: Int64 = 3 * 86_400
    let changes = rules.changes(from: from - margin, to: to + margin)
    var starts: [Int64] = [Int64.min]
    var offsets: [Int64] = [Int64(rules.offset(at: from - margin))]
    for change in changes {
      starts.append(change.at)
      offsets.append(Int64(change.after))
    }
    self.starts = starts
    self.offsets = offsets
    self.changes = changes
  }

  /// The segment that holds `instant`.
  private func segment(at instant: Int64) -> Int {
    starts.lastPosition { $0 <= instant }
  }

  public func offset(at instant: Int64) -> Int64 { offsets[segment(at: instant)] }

  /// The wall-clock reading of an instant, in local seconds.
  public func local(_ instant: Int64) -> Int64 { instant + offset(at: instant) }

  /// The readings of instants given in increasing order, worked out with one walk over the changes.
  public func locals(_ instants: [Int64]) -> [Int64] {
    guard let first = instants.first else { return [] }
    var index = segment(at: first)
    return instants.map { instant in
      while index + 1 < starts.count, starts[index + 1] <= instant { index += 1 }
      return instant + offsets[index]
    }
  }

  /// Appends the instants whose reading lies in `[localStart, localEnd)`, in order.
  public func instants(localStart: Int64, localEnd: Int64, into spans: inout [Span]) {
    var hint = 0
    instants(localStart: localStart, localEnd: localEnd, into: &spans, hint: &hint)
  }

  /// The same, for stretches given in increasing order: `hint` keeps the
  /// segment reached, so that each call starts where the last one did.
  func instants(localStart: Int64, localEnd: Int64, into spans: inout [Span], hint: inout Int) {
    guard localStart < localEnd else { return }
    // Offsets stay within ±26 hours: only segments near these instants can hold a reading in the stretch.
    let first = localStart - 26 * 3600
    while hint + 1 < starts.count, starts[hint + 1] <= first { hint += 1 }
    var index = hint
    let last = localEnd + 26 * 3600
    // Most stretches are far from any change: one offset, one span.
    if hint + 1 == starts.count || starts[hint + 1] >= last {
      let start = localStart - offsets[hint]
      let end = localEnd - offsets[hint]
      if let previous = spans.last, previous.end >= start, previous.start <= start {
        spans[spans.count - 1].end = max(previous.end, end)
      } else {
        spans.append(Span(start, end))
      }
      return
    }
    while index < starts.count, starts[index] < last {
      let segmentEnd = index + 1 < starts.count ? starts[index + 1] : Int64.max
      let start = max(starts[index], localStart - offsets[index])
      let end = min(segmentEnd, localEnd - offsets[index])
      if start < end {
        if let previous = spans.last, previous.end >= start, previous.start <= start {
          spans[spans.count - 1].end = max(previous.end, end)
        } else {
          spans.append(Span(start, end))
        }
      }
      index += 1
    }
  }

  /// The first instant whose reading is `local` or later: when a local date starts.
  public func firstInstant(atOrAfterLocal local: Int64) -> Int64 {
    var index = segment(at: local - 26 * 3600)
    var best = Int64.max
    while index < starts.count, starts[index] < local + 26 * 3600 {
      let segmentEnd = index + 1 < starts.count ? starts[index + 1] : Int64.max
      let candidate = max(starts[index], local - offsets[index])
      if candidate < segmentEnd { best = min(best, candidate) }
      index += 1
    }
    return best
  }
}

extension WeeklyHours {
  /// The instants that the week covers on the local dates `[from, until)`
  /// in `zone`, with the spill of the night before `from`: sorted, merged.
  func instants(from: CivilDate, until: CivilDate, in zone: ZoneTimeline) -> [Span] {
    Self.instants(of: normalized, from: from, until: until, in: zone)
  }

  /// The same for a week already normalized, with the dates of `days`
  /// (sorted) open as they say instead of as the week says.
  static func instants(
    of week: [DayInterval], days: [DayOverride] = [], from: CivilDate, until: CivilDate, in zone: ZoneTimeline
  ) -> [Span] {
    guard !week.isEmpty || days.contains(where: { !$0.blocks.isEmpty }) else { return [] }
    // Each day's intervals, as seconds from midnight, in one list: day d's
    // are `intervals[first[d]..<first[d + 1]]` (the week is sorted by day).
    let intervals = week.map { (start: Int64($0.start) * 60, end: Int64($0.end) * 60) }
    var first = [Int](repeating: week.count, count: 8)
    for (index, interval) in week.enumerated().reversed() { first[interval.day.rawValue] = index }
    for day in stride(from: 6, through: 0, by: -1) where first[day] > first[day + 1] { first[day] = first[day + 1] }
    var stretches = LocalStretches(zone: zone, capacity: from.distance(to: until) * 3)
    var date = from.advanced(by: -1)
    var weekday = date.weekday.rawValue
    var midnight = Int64(date.day) * 86_400
    var nextDay = days.partitionPoint { $0.date < date }
    while date < until {
      if nextDay < days.count, days[nextDay].date == date {
        for block in days[nextDay].blocks {
          stretches.add(midnight + Int64(block.start) * 60, midnight + Int64(block.end) * 60)
        }
        nextDay += 1
      } else {
        for index in first[weekday]..<first[weekday + 1] {
          stretches.add(midnight + intervals[index].start, midnight + intervals[index].end)
        }
      }
      date = date.advanced(by: 1)
      weekday = weekday == 6 ? 0 : weekday + 1
      midnight += 86_400
    }
    let spans = stretches.finish()
    // Around a repeated hour, a later local stretch can begin before an earlier one's second pass.
    return zip(spans, spans.dropFirst()).allSatisfy({ $0.end < $1.start }) ? spans : Span.merged(spans)
  }
}

/// Local stretches turned into instants as they come, in order: touching
/// ones join first (an overnight block is one stretch).
private struct LocalStretches {
  let zone: ZoneTimeline
  var spans: [Span] = []
  var hint = 0
  /// The local stretch being gathered.
  var pending: (start: Int64, end: Int64)?

  init(zone: ZoneTimeline, capacity: Int) {
    self.zone = zone
    spans.reserveCapacity(capacity)
  }

  mutating func add(_ start: Int64, _ end: Int64) {
    if let open = pending, open.end == start {
      pending = (open.start, end)
    } else {
      if let open = pending { zone.instants(localStart: open.start, localEnd: open.end, into: &spans, hint: &hint) }
      pending = (start, end)
    }
  }

  mutating func finish() -> [Span] {
    if let open = pending { zone.instants(localStart: open.start, localEnd: open.end, into: &spans, hint: &hint) }
    pending = nil
    return spans
  }
}
