import Testing

@testable import RosterKit

@Suite struct WeeklyHoursTests {
  let range = SourceRange.fileStart(FileID(0))

  func block(_ key: String, _ days: [Weekday], _ start: Int, _ end: Int) -> HoursBlock {
    HoursBlock(dayKey: key, days: days, start: start * 60, end: end * 60, range: range)
  }

  @Test func overnightSpillsIntoTheNextDayAndSundayWraps() {
    let hours = WeeklyHours(blocks: [block("sun", [.sun], 22, 2)], range: range)
    #expect(
      hours.normalized == [
        DayInterval(day: .mon, start: 0, end: 120), DayInterval(day: .sun, start: 1320, end: 1440),
      ])
  }

  @Test func touchingBlocksMergeAndDoNotOverlap() {
    let hours = WeeklyHours(blocks: [block("mon", [.mon], 9, 12), block("mon", [.mon], 12, 13)], range: range)
    #expect(hours.normalized == [DayInterval(day: .mon, start: 540, end: 780)])
    #expect(hours.overlappingBlocks().isEmpty)
  }

  @Test func overlapsAreFoundAfterExpansionOncePerPair() {
    let hours = WeeklyHours(
      blocks: [
        block("mon-fri", [.mon, .tue, .wed, .thu, .fri], 9, 12), block("daily", Weekday.allCases, 11, 13),
        block("sun", [.sun], 23, 10),
      ], range: range)
    let pairs = hours.overlappingBlocks().map { ($0.0.dayKey, $0.1.dayKey) }
    #expect(pairs.count == 2)
    #expect(pairs[0] == ("mon-fri", "daily"))
    #expect(pairs[1] == ("mon-fri", "sun"))
  }

  @Test func emptyBlocksCoverNothing() {
    let hours = WeeklyHours(blocks: [block("mon", [.mon], 9, 9)], range: range)
    #expect(hours.normalized.isEmpty)
    #expect(!hours.hasOpenTime)
  }

  @Test func blockLengths() {
    #expect(block("mon", [.mon], 22, 6).minutes == 480)
    #expect(block("mon", [.mon], 9, 17).minutes == 480)
  }
}
