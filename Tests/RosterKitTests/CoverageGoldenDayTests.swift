import Testing

@testable import RosterKit

// Golden days for the coverage engine (SPEC 8): each expected instant is
// worked out by hand from the tz rules (2026f), never taken from Roster's
// output. A block `s-e` on local date D covers every instant whose reading
// in the agent's zone lies in [s, e) on D; the window runs from the first
// instant the workspace clock reads `from` 00:00 or later to the first it
// reads `until` 00:00 or later.
//
// The changes of 2026 used below (instant UTC: reading before -> after):
//   Europe/Paris         03-29 01:00Z: 02:00 +01 -> 03:00 +02     10-25 01:00Z: 03:00 +02 -> 02:00 +01
//   America/New_York     03-08 07:00Z: 02:00 -05 -> 03:00 -04     11-01 06:00Z: 02:00 -04 -> 01:00 -05
//   Australia/Sydney     04-04 16:00Z: 03:00 +11 -> 02:00 +10     10-03 16:00Z: 02:00 +10 -> 03:00 +11
//   Australia/Lord_Howe  04-04 15:00Z: 02:00 +11 -> 01:30 +10:30 10-03 15:30Z: 02:00 +10:30 -> 02:30 +11
//   America/Santiago     04-05 03:00Z: 24:00 -03 -> 23:00 -04 (Sat 04-04)
//                        09-06 04:00Z: 24:00 -04 -> 01:00 -03 (Sat 09-05 -> Sun 09-06)
//   Asia/Kolkata +05:30 and Asia/Kathmandu +05:45 never change.
// Every change day above is a Sunday (Santiago's is Saturday night into Sunday).

@Suite struct CoverageGoldenDayTests {}

// MARK: - Europe/Paris

extension CoverageGoldenDayTests {
  @Suite struct EuropeParis {
    /// Sunday 29 March 2026: 02:00-03:00 does not exist; the day is 23 hours.
    @Test func springForwardDay() throws {
      try expectBlocks(
        "Europe/Paris", from: "2026-03-29", until: "2026-03-30",
        window: span("2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00"), hours: 23,
        [
          // Spans the gap: 01:00 (+01) to 04:00 (+02) is 00:00Z-02:00Z, two hours for three written.
          ("sun: 01:00-04:00", [span("2026-03-29T01:00:00+01:00", "2026-03-29T04:00:00+02:00")]),
          // Exactly the gap: no instant reads 02:00-02:59.
          ("sun: 02:00-03:00", []),
          // Inside the gap: empty.
          ("sun: 02:15-02:45", []),
          // Starts in the gap: the first reading at or after 02:30 is 03:00 (+02) = 01:00Z.
          ("sun: 02:30-05:00", [span("2026-03-29T03:00:00+02:00", "2026-03-29T05:00:00+02:00")]),
          // Ends in the gap: readings below 02:30 stop at the change, 01:00Z; 1h30.
          ("sun: 00:30-02:30", [span("2026-03-29T00:30:00+01:00", "2026-03-29T01:00:00Z")]),
          // Just after the gap: a whole hour, 01:00Z-02:00Z.
          ("sun: 03:00-04:00", [span("2026-03-29T03:00:00+02:00", "2026-03-29T04:00:00+02:00")]),
        ])
    }

    /// Sunday 25 October 2026: 02:00-03:00 happens twice (+02 then +01); the day is 25 hours.
    @Test func fallBackDay() throws {
      try expectBlocks(
        "Europe/Paris", from: "2026-10-25", until: "2026-10-26",
        window: span("2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00"), hours: 25,
        [
          // Spans the repeat: 23:00Z to 03:00Z, four hours for three written.
          ("sun: 01:00-04:00", [span("2026-10-25T01:00:00+02:00", "2026-10-25T04:00:00+01:00")]),
          // Exactly the repeat: both passes, back to back, 00:00Z-02:00Z.
          ("sun: 02:00-03:00", [span("2026-10-25T02:00:00+02:00", "2026-10-25T03:00:00+01:00")]),
          // Inside the repeat: both occurrences, 00:15Z-00:45Z and 01:15Z-01:45Z.
          (
            "sun: 02:15-02:45",
            [
              span("2026-10-25T02:15:00+02:00", "2026-10-25T02:45:00+02:00"),
              span("2026-10-25T02:15:00+01:00", "2026-10-25T02:45:00+01:00"),
            ]
          ),
          // Starts in the repeat: 02:30-03:00 of the first pass, then from 02:30 of the second;
          // 01:00Z-01:30Z reads 02:00-02:30 again, before the block: 3 hours in two spans.
          (
            "sun: 02:30-05:00",
            [
              span("2026-10-25T02:30:00+02:00", "2026-10-25T01:00:00Z"),
              span("2026-10-25T02:30:00+01:00", "2026-10-25T05:00:00+01:00"),
            ]
          ),
          // Ends in the repeat: to 02:30 of the first pass, and 02:00-02:30 of the second;
          // 00:30Z-01:00Z reads 02:30-03:00, after the block: 2h30 in two spans.
          (
            "sun: 00:30-02:30",
            [
              span("2026-10-25T00:30:00+02:00", "2026-10-25T02:30:00+02:00"),
              span("2026-10-25T01:00:00Z", "2026-10-25T02:30:00+01:00"),
            ]
          ),
        ])
    }

    /// Saturday-night blocks over each change, in a Saturday-Sunday window.
    @Test func overnightBlocks() throws {
      // Spring: 22:00 (+01) Saturday to 06:00 (+02) Sunday is 21:00Z-04:00Z, 7 hours for 8 written.
      // The window is 24 + 23 = 47 hours.
      try expectBlocks(
        "Europe/Paris", from: "2026-03-28", until: "2026-03-30",
        window: span("2026-03-28T00:00:00+01:00", "2026-03-30T00:00:00+02:00"), hours: 47,
        [("sat: 22:00-06:00", [span("2026-03-28T22:00:00+01:00", "2026-03-29T06:00:00+02:00")])])
      // Autumn: 22:00 (+02) to 06:00 (+01) is 20:00Z-05:00Z, 9 hours. The window is 24 + 25 = 49 hours.
      try expectBlocks(
        "Europe/Paris", from: "2026-10-24", until: "2026-10-26",
        window: span("2026-10-24T00:00:00+02:00", "2026-10-26T00:00:00+01:00"), hours: 49,
        [("sat: 22:00-06:00", [span("2026-10-24T22:00:00+02:00", "2026-10-25T06:00:00+01:00")])])
    }

    /// Service hours shrink with the gap too: `sun: 00:00-04:00` promises 23:00Z-02:00Z, three hours.
    @Test func serviceHoursOverTheGap() throws {
      let yaml = roster(
        "Europe/Paris", [Member(id: "alice", zone: "Europe/Paris", hours: "sun: 03:00-04:00")],
        [Desk(id: "night", members: ["alice"], hours: "sun: 00:00-04:00")])
      let group = try coverage(yaml, from: "2026-03-29", until: "2026-03-30").groups[0]
      // Alice is online 03:00-04:00 (+02) = 01:00Z-02:00Z: one hour of three.
      #expect(group.promisedSeconds == 3 * 3600)
      #expect(group.coveredSeconds == 3600)
      #expect(group.staffedSeconds == 3600)
      // The gap reads 00:00-03:00 on the wall but lasts two hours: 23:00Z-01:00Z.
      #expect(group.gaps.map(\.span) == [span("2026-03-29T00:00:00+01:00", "2026-03-29T03:00:00+02:00")])
      #expect(group.gaps.map(\.span.seconds) == [2 * 3600])
    }
  }
}

// MARK: - America/New_York

extension CoverageGoldenDayTests {
  @Suite struct AmericaNewYork {
    /// Sunday 8 March 2026: 02:00-03:00 does not exist; the day is 05:00Z to 04:00Z the next day, 23 hours.
    @Test func springForwardDay() throws {
      try expectBlocks(
        "America/New_York", from: "2026-03-08", until: "2026-03-09",
        window: span("2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00"), hours: 23,
        [
          // Spans the gap: 06:30Z-07:30Z, one hour for two written.
          ("sun: 01:30-03:30", [span("2026-03-08T01:30:00-05:00", "2026-03-08T03:30:00-04:00")]),
          // Exactly the gap, and inside it: empty.
          ("sun: 02:00-03:00", []),
          ("sun: 02:10-02:50", []),
          // Starts in the gap: from 03:00 (-04) = 07:00Z to 09:00 (-04) = 13:00Z, 6 hours.
          ("sun: 02:30-09:00", [span("2026-03-08T03:00:00-04:00", "2026-03-08T09:00:00-04:00")]),
          // Ends in the gap: 05:00Z to the change at 07:00Z, 2 hours.
          ("sun: 00:00-02:30", [span("2026-03-08T00:00:00-05:00", "2026-03-08T07:00:00Z")]),
        ])
    }

    /// Sunday 1 November 2026: 01:00-02:00 happens twice (-04 then -05); the day is 25 hours.
    @Test func fallBackDay() throws {
      try expectBlocks(
        "America/New_York", from: "2026-11-01", until: "2026-11-02",
        window: span("2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00"), hours: 25,
        [
          // Spans the repeat: 04:00Z-08:00Z, 4 hours for 3 written.
          ("sun: 00:00-03:00", [span("2026-11-01T00:00:00-04:00", "2026-11-01T03:00:00-05:00")]),
          // Exactly the repeat: 05:00Z-07:00Z, one span of 2 hours.
          ("sun: 01:00-02:00", [span("2026-11-01T01:00:00-04:00", "2026-11-01T02:00:00-05:00")]),
          // Inside the repeat: 05:20Z-05:40Z and 06:20Z-06:40Z.
          (
            "sun: 01:20-01:40",
            [
              span("2026-11-01T01:20:00-04:00", "2026-11-01T01:40:00-04:00"),
              span("2026-11-01T01:20:00-05:00", "2026-11-01T01:40:00-05:00"),
            ]
          ),
          // Starts in the repeat: 05:30Z-06:00Z, then 06:30Z (01:30 again) to 09:00Z; 3 hours.
          (
            "sun: 01:30-04:00",
            [
              span("2026-11-01T01:30:00-04:00", "2026-11-01T06:00:00Z"),
              span("2026-11-01T01:30:00-05:00", "2026-11-01T04:00:00-05:00"),
            ]
          ),
          // Ends in the repeat: 04:00Z-05:30Z, then 06:00Z (01:00 again) to 06:30Z; 2 hours.
          (
            "sun: 00:00-01:30",
            [
              span("2026-11-01T00:00:00-04:00", "2026-11-01T01:30:00-04:00"),
              span("2026-11-01T06:00:00Z", "2026-11-01T01:30:00-05:00"),
            ]
          ),
        ])
    }

    @Test func overnightBlocks() throws {
      // Autumn: 20:00 (-04) Saturday = 00:00Z to 04:00 (-05) Sunday = 09:00Z, 9 hours for 8 written.
      try expectBlocks(
        "America/New_York", from: "2026-10-31", until: "2026-11-02",
        window: span("2026-10-31T00:00:00-04:00", "2026-11-02T00:00:00-05:00"), hours: 49,
        [("sat: 20:00-04:00", [span("2026-10-31T20:00:00-04:00", "2026-11-01T04:00:00-05:00")])])
      // Spring: 22:00 (-05) = 03:00Z to 04:00 (-04) = 08:00Z, 5 hours for 6 written.
      try expectBlocks(
        "America/New_York", from: "2026-03-07", until: "2026-03-09",
        window: span("2026-03-07T00:00:00-05:00", "2026-03-09T00:00:00-04:00"), hours: 47,
        [("sat: 22:00-04:00", [span("2026-03-07T22:00:00-05:00", "2026-03-08T04:00:00-04:00")])])
    }

    /// Two agents and `min_agents: 2` over the repeated hour, gaps split by who is online.
    @Test func twoAgentsOverTheRepeat() throws {
      let yaml = roster(
        "America/New_York",
        [
          Member(id: "alice", zone: "America/New_York", hours: "sun: 00:00-01:30"),
          Member(id: "bob", zone: "America/New_York", hours: "sun: 01:00-03:00"),
        ], [Desk(id: "night", members: ["alice", "bob"], hours: "sun: 00:00-03:00", minAgents: 2)])
      let group = try coverage(yaml, from: "2026-11-01", until: "2026-11-02").groups[0]
      // Promised 00:00 (-04) to 03:00 (-05): 04:00Z-08:00Z.
      // Alice: 04:00Z-05:30Z and 06:00Z-06:30Z (ends in the repeat). Bob: 05:00Z-08:00Z (01:00 first pass to 03:00).
      // Both: 05:00Z-05:30Z and 06:00Z-06:30Z, one hour.
      #expect(group.promisedSeconds == 4 * 3600)
      #expect(group.coveredSeconds == 3600)
      #expect(group.staffedSeconds == 4 * 3600)
      #expect(
        group.gaps.map(\.span) == [
          span("2026-11-01T00:00:00-04:00", "2026-11-01T01:00:00-04:00"),
          span("2026-11-01T01:30:00-04:00", "2026-11-01T01:00:00-05:00"),
          span("2026-11-01T01:30:00-05:00", "2026-11-01T03:00:00-05:00"),
        ], "\(describe(group.gaps.map(\.span)))")
      #expect(group.gaps.map(\.agents) == [["alice"], ["bob"], ["bob"]])
    }
  }
}

// MARK: - Australia/Sydney

extension CoverageGoldenDayTests {
  @Suite struct AustraliaSydney {
    /// Sunday 5 April 2026: 02:00-03:00 happens twice (+11 then +10); 13:00Z to 14:00Z the next day, 25 hours.
    @Test func fallBackDay() throws {
      try expectBlocks(
        "Australia/Sydney", from: "2026-04-05", until: "2026-04-06",
        window: span("2026-04-05T00:00:00+11:00", "2026-04-06T00:00:00+10:00"), hours: 25,
        [
          // Spans the repeat: 14:00Z-18:00Z (Saturday UTC), 4 hours.
          ("sun: 01:00-04:00", [span("2026-04-05T01:00:00+11:00", "2026-04-05T04:00:00+10:00")]),
          // Exactly the repeat: 15:00Z-17:00Z.
          ("sun: 02:00-03:00", [span("2026-04-05T02:00:00+11:00", "2026-04-05T03:00:00+10:00")]),
          // Inside: 15:15Z-15:45Z and 16:15Z-16:45Z.
          (
            "sun: 02:15-02:45",
            [
              span("2026-04-05T02:15:00+11:00", "2026-04-05T02:45:00+11:00"),
              span("2026-04-05T02:15:00+10:00", "2026-04-05T02:45:00+10:00"),
            ]
          ),
          // Starts in it: 15:30Z-16:00Z, then 16:30Z-19:00Z.
          (
            "sun: 02:30-05:00",
            [
              span("2026-04-05T02:30:00+11:00", "2026-04-04T16:00:00Z"),
              span("2026-04-05T02:30:00+10:00", "2026-04-05T05:00:00+10:00"),
            ]
          ),
          // Ends in it: 13:30Z-15:30Z, then 16:00Z-16:30Z.
          (
            "sun: 00:30-02:30",
            [
              span("2026-04-05T00:30:00+11:00", "2026-04-05T02:30:00+11:00"),
              span("2026-04-04T16:00:00Z", "2026-04-05T02:30:00+10:00"),
            ]
          ),
        ])
    }

    /// Sunday 4 October 2026: 02:00-03:00 does not exist; 14:00Z to 13:00Z the next day, 23 hours.
    @Test func springForwardDay() throws {
      try expectBlocks(
        "Australia/Sydney", from: "2026-10-04", until: "2026-10-05",
        window: span("2026-10-04T00:00:00+10:00", "2026-10-05T00:00:00+11:00"), hours: 23,
        [
          // Spans: 15:00Z-17:00Z.
          ("sun: 01:00-04:00", [span("2026-10-04T01:00:00+10:00", "2026-10-04T04:00:00+11:00")]),
          ("sun: 02:00-03:00", []),
          ("sun: 02:15-02:45", []),
          // Starts in the gap: 03:00 (+11) = 16:00Z to 18:00Z.
          ("sun: 02:30-05:00", [span("2026-10-04T03:00:00+11:00", "2026-10-04T05:00:00+11:00")]),
          // Ends in the gap: 14:30Z to the change at 16:00Z.
          ("sun: 00:30-02:30", [span("2026-10-04T00:30:00+10:00", "2026-10-03T16:00:00Z")]),
        ])
    }

    @Test func overnightBlocks() throws {
      // Spring: 23:00 (+10) = 13:00Z to 03:00 (+11) = 16:00Z, the change itself: 3 hours for 4 written.
      try expectBlocks(
        "Australia/Sydney", from: "2026-10-03", until: "2026-10-05",
        window: span("2026-10-03T00:00:00+10:00", "2026-10-05T00:00:00+11:00"), hours: 47,
        [("sat: 23:00-03:00", [span("2026-10-03T23:00:00+10:00", "2026-10-04T03:00:00+11:00")])])
      // Autumn, ending in the repeat: 11:00Z-15:30Z (to 02:30 +11), then 16:00Z-16:30Z (02:00-02:30 +10).
      try expectBlocks(
        "Australia/Sydney", from: "2026-04-04", until: "2026-04-06",
        window: span("2026-04-04T00:00:00+11:00", "2026-04-06T00:00:00+10:00"), hours: 49,
        [
          (
            "sat: 22:00-02:30",
            [
              span("2026-04-04T22:00:00+11:00", "2026-04-05T02:30:00+11:00"),
              span("2026-04-04T16:00:00Z", "2026-04-05T02:30:00+10:00"),
            ]
          )
        ])
    }

    /// Service hours read in Sydney while the window is read in Paris.
    @Test func serviceHoursInTheirOwnZone() throws {
      let yaml = roster(
        "Europe/Paris", [Member(id: "alice", zone: "Europe/Paris", hours: "sat: 15:00-20:00")],
        [Desk(id: "apac", members: ["alice"], hours: "sun: 00:00-06:00", zone: "Australia/Sydney")])
      let report = try coverage(yaml, from: "2026-04-04", until: "2026-04-06")
      // Paris does not change that weekend: 22:00Z Friday to 22:00Z Sunday.
      #expect(report.span == span("2026-04-04T00:00:00+02:00", "2026-04-06T00:00:00+02:00"))
      let group = report.groups[0]
      // Sydney Sunday 00:00 (+11) = 13:00Z Saturday to 06:00 (+10) = 20:00Z: 7 hours for 6 written.
      #expect(group.promisedSeconds == 7 * 3600)
      // Alice, 15:00-20:00 (+02) Saturday = 13:00Z-18:00Z, covers 5 of them.
      #expect(group.coveredSeconds == 5 * 3600)
      #expect(group.staffedSeconds == 5 * 3600)
      #expect(group.gaps.map(\.span) == [span("2026-04-04T20:00:00+02:00", "2026-04-05T06:00:00+10:00")])
    }
  }
}

// MARK: - Australia/Lord_Howe (half-hour changes)

extension CoverageGoldenDayTests {
  @Suite struct AustraliaLordHowe {
    /// Sunday 5 April 2026: 01:30-02:00 happens twice (+11 then +10:30); 13:00Z to 13:30Z the next day, 24h30.
    @Test func fallBackDay() throws {
      try expectBlocks(
        "Australia/Lord_Howe", from: "2026-04-05", until: "2026-04-06",
        window: span("2026-04-05T00:00:00+11:00", "2026-04-06T00:00:00+10:30"), hours: 24.5,
        [
          // Spans: 14:00Z to 03:00 (+10:30) = 16:30Z, 2h30 for 2 written.
          ("sun: 01:00-03:00", [span("2026-04-05T01:00:00+11:00", "2026-04-05T03:00:00+10:30")]),
          // Exactly the repeat: 14:30Z-15:30Z, one hour for thirty minutes written.
          ("sun: 01:30-02:00", [span("2026-04-05T01:30:00+11:00", "2026-04-05T02:00:00+10:30")]),
          // Inside: 14:40Z-14:50Z and 15:10Z-15:20Z.
          (
            "sun: 01:40-01:50",
            [
              span("2026-04-05T01:40:00+11:00", "2026-04-05T01:50:00+11:00"),
              span("2026-04-05T01:40:00+10:30", "2026-04-05T01:50:00+10:30"),
            ]
          ),
          // Starts in it: 14:45Z-15:00Z, then 15:15Z (01:45 again) to 16:00Z; one hour.
          (
            "sun: 01:45-02:30",
            [
              span("2026-04-05T01:45:00+11:00", "2026-04-04T15:00:00Z"),
              span("2026-04-05T01:45:00+10:30", "2026-04-05T02:30:00+10:30"),
            ]
          ),
          // Ends in it: 14:00Z-14:45Z, then 15:00Z (01:30 again) to 15:15Z; one hour.
          (
            "sun: 01:00-01:45",
            [
              span("2026-04-05T01:00:00+11:00", "2026-04-05T01:45:00+11:00"),
              span("2026-04-04T15:00:00Z", "2026-04-05T01:45:00+10:30"),
            ]
          ),
        ])
    }

    /// Sunday 4 October 2026: 02:00-02:30 does not exist; 13:30Z to 13:00Z the next day, 23h30.
    @Test func springForwardDay() throws {
      try expectBlocks(
        "Australia/Lord_Howe", from: "2026-10-04", until: "2026-10-05",
        window: span("2026-10-04T00:00:00+10:30", "2026-10-05T00:00:00+11:00"), hours: 23.5,
        [
          // Spans: 14:30Z to 16:00Z, 1h30 for 2 written.
          ("sun: 01:00-03:00", [span("2026-10-04T01:00:00+10:30", "2026-10-04T03:00:00+11:00")]),
          ("sun: 02:00-02:30", []),
          ("sun: 02:10-02:20", []),
          // Starts in the gap: 02:30 (+11) = 15:30Z to 17:00Z.
          ("sun: 02:15-04:00", [span("2026-10-04T02:30:00+11:00", "2026-10-04T04:00:00+11:00")]),
          // Ends in the gap: 14:30Z to the change at 15:30Z.
          ("sun: 01:00-02:15", [span("2026-10-04T01:00:00+10:30", "2026-10-03T15:30:00Z")]),
        ])
    }

    @Test func overnightBlocks() throws {
      // Spring: 22:00 (+10:30) = 11:30Z to 03:00 (+11) = 16:00Z, 4h30 for 5 written; window 24 + 23.5 hours.
      try expectBlocks(
        "Australia/Lord_Howe", from: "2026-10-03", until: "2026-10-05",
        window: span("2026-10-03T00:00:00+10:30", "2026-10-05T00:00:00+11:00"), hours: 47.5,
        [("sat: 22:00-03:00", [span("2026-10-03T22:00:00+10:30", "2026-10-04T03:00:00+11:00")])])
      // Autumn: 22:00 (+11) = 11:00Z to 03:00 (+10:30) = 16:30Z, 5h30; window 24 + 24.5 hours.
      try expectBlocks(
        "Australia/Lord_Howe", from: "2026-04-04", until: "2026-04-06",
        window: span("2026-04-04T00:00:00+11:00", "2026-04-06T00:00:00+10:30"), hours: 48.5,
        [("sat: 22:00-03:00", [span("2026-04-04T22:00:00+11:00", "2026-04-05T03:00:00+10:30")])])
    }
  }
}

// MARK: - America/Santiago (changes at midnight)

extension CoverageGoldenDayTests {
  @Suite struct AmericaSantiago {
    /// Saturday 5 September 2026 24:00 (-04) is followed by Sunday 01:00 (-03): Sunday 00:00-01:00
    /// does not exist. Window Saturday-Sunday: 04:00Z Saturday to 03:00Z Monday, 24 + 23 hours.
    @Test func springForwardAtMidnight() throws {
      try expectBlocks(
        "America/Santiago", from: "2026-09-05", until: "2026-09-07",
        window: span("2026-09-05T00:00:00-04:00", "2026-09-07T00:00:00-03:00"), hours: 47,
        [
          // Spans the gap: 23:00 (-04) = 03:00Z to 02:00 (-03) = 05:00Z, 2 hours for 3 written.
          ("sat: 23:00-02:00", [span("2026-09-05T23:00:00-04:00", "2026-09-06T02:00:00-03:00")]),
          // Exactly the gap, and inside it: empty.
          ("sun: 00:00-01:00", []),
          ("sun: 00:15-00:45", []),
          // Starts in the gap: the first reading at or after 00:30 Sunday is 01:00 (-03) = 04:00Z.
          ("sun: 00:30-03:00", [span("2026-09-06T01:00:00-03:00", "2026-09-06T03:00:00-03:00")]),
          // Ends in the gap: 22:00 (-04) = 02:00Z to the change at 04:00Z.
          ("sat: 22:00-00:30", [span("2026-09-05T22:00:00-04:00", "2026-09-06T04:00:00Z")]),
          // The last hour before the change is whole: 03:00Z-04:00Z.
          ("sat: 23:00-24:00", [span("2026-09-05T23:00:00-04:00", "2026-09-06T04:00:00Z")]),
        ])
    }

    /// Saturday 4 April 2026 24:00 (-03) becomes 23:00 (-04): Saturday 23:00-24:00 happens twice.
    /// Window Saturday-Sunday: 03:00Z Saturday to 04:00Z Monday, 25 + 24 hours.
    @Test func fallBackAtMidnight() throws {
      try expectBlocks(
        "America/Santiago", from: "2026-04-04", until: "2026-04-06",
        window: span("2026-04-04T00:00:00-03:00", "2026-04-06T00:00:00-04:00"), hours: 49,
        [
          // Spans the repeat: 01:00Z to 01:00 (-04) = 05:00Z, 4 hours for 3 written.
          ("sat: 22:00-01:00", [span("2026-04-04T22:00:00-03:00", "2026-04-05T01:00:00-04:00")]),
          // Exactly the repeat: 02:00Z-04:00Z.
          ("sat: 23:00-24:00", [span("2026-04-04T23:00:00-03:00", "2026-04-05T00:00:00-04:00")]),
          // Inside: 02:15Z-02:45Z and 03:15Z-03:45Z.
          (
            "sat: 23:15-23:45",
            [
              span("2026-04-04T23:15:00-03:00", "2026-04-04T23:45:00-03:00"),
              span("2026-04-04T23:15:00-04:00", "2026-04-04T23:45:00-04:00"),
            ]
          ),
          // Starts in it (overnight): 02:30Z-03:00Z, then 23:30 (-04) = 03:30Z to 02:00 (-04) = 06:00Z.
          (
            "sat: 23:30-02:00",
            [
              span("2026-04-04T23:30:00-03:00", "2026-04-05T03:00:00Z"),
              span("2026-04-04T23:30:00-04:00", "2026-04-05T02:00:00-04:00"),
            ]
          ),
          // Ends in it: 01:00Z-02:30Z, then 03:00Z (23:00 again) to 03:30Z.
          (
            "sat: 22:00-23:30",
            [
              span("2026-04-04T22:00:00-03:00", "2026-04-04T23:30:00-03:00"),
              span("2026-04-05T03:00:00Z", "2026-04-04T23:30:00-04:00"),
            ]
          ),
        ])
    }

    /// Where the dates around a midnight change begin, and which of them gets the Saturday 23:00-24:00 block.
    @Test func windowsAroundMidnightChanges() throws {
      let yaml = roster(
        "America/Santiago", [Member(id: "alice", zone: "America/Santiago", hours: "sat: 23:00-24:00")],
        [Desk(id: "desk", members: ["alice"], hours: "daily: 00:00-24:00")])
      let cases: [(from: String, until: String, window: Span, online: Int64)] = [
        // Sunday 6 September starts at 04:00Z, reading 01:00: no instant reads 00:00. It lasts 23 hours.
        ("2026-09-06", "2026-09-07", span("2026-09-06T01:00:00-03:00", "2026-09-07T00:00:00-03:00"), 0),
        // So Saturday 5 September lasts 24 hours and holds the whole block, 03:00Z-04:00Z.
        ("2026-09-05", "2026-09-06", span("2026-09-05T00:00:00-04:00", "2026-09-06T01:00:00-03:00"), 3600),
        // Saturday 4 April lasts 25 hours, to 04:00Z Sunday, the only instant reading Sunday 00:00.
        // It holds both passes of 23:00-24:00, 02:00Z-04:00Z.
        ("2026-04-04", "2026-04-05", span("2026-04-04T00:00:00-03:00", "2026-04-05T00:00:00-04:00"), 7200),
        // Sunday 5 April starts at 04:00Z: 03:00Z reads 23:00 Saturday again, not Sunday.
        ("2026-04-05", "2026-04-06", span("2026-04-05T00:00:00-04:00", "2026-04-06T00:00:00-04:00"), 0),
      ]
      for item in cases {
        let report = try coverage(yaml, from: item.from, until: item.until)
        #expect(report.span == item.window, "\(item.from): \(describe([report.span]))")
        #expect(report.groups[0].promisedSeconds == item.window.seconds, "\(item.from)")
        #expect(report.groups[0].staffedSeconds == item.online, "\(item.from)")
      }
    }
  }
}

// MARK: - Asia/Kolkata and Asia/Kathmandu (no clock changes)

extension CoverageGoldenDayTests {
  @Suite struct Controls {
    /// Kolkata hours on the Paris spring-forward day: the window shrinks to 23 hours, the block does not.
    @Test func kolkataHoursInAParisWindow() throws {
      let yaml = roster(
        "Europe/Paris", [Member(id: "anil", zone: "Asia/Kolkata", hours: "sun: 09:00-17:00")],
        [Desk(id: "india", members: ["anil"], hours: "daily: 00:00-24:00", zone: "Asia/Kolkata")])
      let report = try coverage(yaml, from: "2026-03-29", until: "2026-03-30")
      #expect(report.span == span("2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00"))
      let group = report.groups[0]
      // Promised all the time, clipped to the 23-hour Paris day.
      #expect(group.promisedSeconds == 23 * 3600)
      // 09:00-17:00 (+05:30) is 03:30Z-11:30Z: 8 hours, as written.
      #expect(group.coveredSeconds == 8 * 3600)
      #expect(group.staffedSeconds == 8 * 3600)
      #expect(
        group.gaps.map(\.span) == [
          span("2026-03-28T23:00:00Z", "2026-03-29T09:00:00+05:30"),
          span("2026-03-29T17:00:00+05:30", "2026-03-29T22:00:00Z"),
        ])
    }

    /// A Kolkata window (24 hours, 18:30Z to 18:30Z) with a Paris agent across the Paris gap.
    @Test func parisHoursInAKolkataWindow() throws {
      try expectBlocks(
        "Asia/Kolkata", from: "2026-03-29", until: "2026-03-30",
        window: span("2026-03-29T00:00:00+05:30", "2026-03-30T00:00:00+05:30"), hours: 24,
        [
          // Read in Kolkata, 02:00-03:00 is an ordinary hour: 20:30Z-21:30Z Saturday.
          ("sun: 02:00-03:00", [span("2026-03-29T02:00:00+05:30", "2026-03-29T03:00:00+05:30")])
        ])
      let yaml = roster(
        "Asia/Kolkata", [Member(id: "alice", zone: "Europe/Paris", hours: "sun: 01:00-04:00")],
        [Desk(id: "desk", members: ["alice"], hours: "daily: 00:00-24:00")])
      let group = try coverage(yaml, from: "2026-03-29", until: "2026-03-30").groups[0]
      // Alice follows Paris: 00:00Z-02:00Z, two hours.
      #expect(group.promisedSeconds == 24 * 3600)
      #expect(group.coveredSeconds == 2 * 3600)
      #expect(
        group.gaps.map(\.span) == [
          span("2026-03-29T00:00:00+05:30", "2026-03-29T00:00:00Z"),
          span("2026-03-29T04:00:00+02:00", "2026-03-30T00:00:00+05:30"),
        ])
    }

    /// Kathmandu's quarter-hour offset beside the Paris repeat, on Sunday 25 October.
    @Test func kathmanduQuarterHourBesideTheParisRepeat() throws {
      let yaml = roster(
        "Asia/Kathmandu",
        [
          Member(id: "kiran", zone: "Asia/Kathmandu", hours: "sun: 00:00-05:45"),
          Member(id: "paul", zone: "Europe/Paris", hours: "sun: 02:00-03:00"),
        ], [Desk(id: "desk", members: ["kiran", "paul"], hours: "daily: 00:00-08:00")])
      let report = try coverage(yaml, from: "2026-10-25", until: "2026-10-26")
      // The Kathmandu day: 18:15Z Saturday to 18:15Z Sunday.
      #expect(report.span == span("2026-10-25T00:00:00+05:45", "2026-10-26T00:00:00+05:45"))
      let group = report.groups[0]
      // Promised 00:00-08:00 (+05:45) = 18:15Z-02:15Z. Kiran: 18:15Z-00:00Z (5h45).
      // Paul, both passes of 02:00-03:00 in Paris: 00:00Z-02:00Z. Together to 02:00Z.
      #expect(group.promisedSeconds == 8 * 3600)
      #expect(group.coveredSeconds == 7 * 3600 + 45 * 60)
      #expect(group.staffedSeconds == 7 * 3600 + 45 * 60)
      // The last quarter-hour, 07:45-08:00 Kathmandu.
      #expect(group.gaps.map(\.span) == [span("2026-10-25T07:45:00+05:45", "2026-10-25T08:00:00+05:45")])
    }
  }
}

// MARK: - Members whose clocks change on different dates

extension CoverageGoldenDayTests {
  @Suite struct ClocksChangingApart {
    /// March 2026: New York springs forward on the 8th, Paris on the 29th. For three weeks Bob's
    /// 10:00-12:00 in New York is 15:00-17:00 in Paris instead of 16:00-18:00.
    @Test func parisAndNewYorkInMarch() throws {
      let yaml = """
        workspace:
          name: Golden
          timezone: Europe/Paris
          default_locale: en
        agents:
          alice:
            name: Alice Martin
            email: alice@golden.example
            live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-16:00}}
          bob:
            name: Bob Stone
            email: bob@golden.example
            live_chat: {timezone: America/New_York, hours: {mon-fri: 10:00-12:00}}
        groups:
          support:
            code: acme-support
            name: Support
            agents: [alice, bob]
            service_hours:
              hours: {mon-fri: 14:00-18:00}

        """
      let report = try coverage(yaml, from: "2026-03-02", until: "2026-04-06")
      let group = report.groups[0]
      // 25 weekdays of 4 promised hours.
      #expect(group.promisedSeconds == 25 * 4 * 3600)
      // Weeks of 2 and 30 March: Alice 09-16, Bob 16-18 (Paris time), all covered, 9 hours staffed a day.
      // Weeks of 9, 16 and 23 March: Bob 15-17, so 17:00-18:00 (+01) = 16:00Z-17:00Z is a gap; 8 hours staffed.
      let gapDays = [9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27]
      #expect(
        group.gaps.map(\.span)
          == gapDays.map { span("2026-03-\($0)T17:00:00+01:00", "2026-03-\($0)T18:00:00+01:00") },
        "\(describe(group.gaps.map(\.span)))")
      #expect(group.coveredSeconds == (25 - 15) * 4 * 3600 + 15 * 3 * 3600)
      #expect(group.staffedSeconds == 10 * 9 * 3600 + 15 * 8 * 3600)
      // Each gap is free a week before the 9th and again from the 30th: both changes lie between.
      for gap in group.gaps {
        #expect(gap.clockChanges.map(\.zone) == ["America/New_York", "Europe/Paris"])
        #expect(gap.clockChanges.map(\.change.at) == [at("2026-03-08T07:00:00Z"), at("2026-03-29T01:00:00Z")])
      }
    }

    /// Late March and early April 2026: Paris springs forward on 29 March (+01 -> +02), Sydney falls
    /// back on 5 April (+11 -> +10). Alice's 17:00-19:00 in Sydney is 07-09, then 08-10, then 09-11 in Paris.
    @Test func sydneyAndParisAroundEaster() throws {
      let yaml = roster(
        "Europe/Paris",
        [
          Member(id: "alice", zone: "Australia/Sydney", hours: "mon-fri: 17:00-19:00"),
          Member(id: "bob", zone: "Europe/Paris", hours: "mon-fri: 10:00-17:00"),
        ], [Desk(id: "support", members: ["alice", "bob"], hours: "mon-fri: 08:00-17:00")])
      let group = try coverage(yaml, from: "2026-03-23", until: "2026-04-13").groups[0]
      #expect(group.promisedSeconds == 15 * 9 * 3600)
      // Week of 23 March: 09:00-10:00 (+01) = 08:00Z-09:00Z uncovered. Week of 30 March: nothing.
      // Week of 6 April: 08:00-09:00 (+02) = 06:00Z-07:00Z uncovered.
      let expected =
        [23, 24, 25, 26, 27].map { span("2026-03-\($0)T09:00:00+01:00", "2026-03-\($0)T10:00:00+01:00") }
        + [6, 7, 8, 9, 10].map { span("2026-04-0\($0)T08:00:00+02:00", "2026-04-0\($0)T09:00:00+02:00") }
      #expect(group.gaps.map(\.span) == expected, "\(describe(group.gaps.map(\.span)))")
      #expect(group.coveredSeconds == 15 * 9 * 3600 - 10 * 3600)
      // Staffed per day: 2 + 7, then 8-17 = 9, then 9-17 = 8 hours.
      #expect(group.staffedSeconds == 5 * (9 + 9 + 8) * 3600)
    }

    /// October 2026: Sydney springs forward on the 4th (+10 -> +11), Paris falls back on the 25th
    /// (+02 -> +01). Alice's 17:00-20:00 in Sydney is 09-12, then 08-11, then 07-10 in Paris; two
    /// agents are required.
    @Test func sydneyAndParisInOctoberWithTwoAgents() throws {
      let yaml = roster(
        "Europe/Paris",
        [
          Member(id: "alice", zone: "Australia/Sydney", hours: "mon-fri: 17:00-20:00"),
          Member(id: "bob", zone: "Europe/Paris", hours: "mon-fri: 08:00-12:00"),
        ], [Desk(id: "support", members: ["alice", "bob"], hours: "mon-fri: 09:00-12:00", minAgents: 2)])
      let group = try coverage(yaml, from: "2026-09-28", until: "2026-11-02").groups[0]
      #expect(group.promisedSeconds == 25 * 3 * 3600)
      // Week of 28 September: both 09-12. Weeks of 5, 12, 19 October: Alice leaves at 11:00 (+02),
      // 09:00Z. Week of 26 October: Alice leaves at 10:00 (+01), 09:00Z. Bob alone in each gap.
      let middle = [5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23].map { day in
        let date = day < 10 ? "2026-10-0\(day)" : "2026-10-\(day)"
        return span("\(date)T11:00:00+02:00", "\(date)T12:00:00+02:00")
      }
      let last = [26, 27, 28, 29, 30].map { span("2026-10-\($0)T10:00:00+01:00", "2026-10-\($0)T12:00:00+01:00") }
      #expect(group.gaps.map(\.span) == middle + last, "\(describe(group.gaps.map(\.span)))")
      #expect(group.gaps.allSatisfy { $0.agents == ["bob"] })
      #expect(group.coveredSeconds == 25 * 3 * 3600 - 15 * 3600 - 5 * 2 * 3600)
      // Staffed: 08-12 every day (4 hours) but the last week, 07-12 (5 hours).
      #expect(group.staffedSeconds == (20 * 4 + 5 * 5) * 3600)
    }
  }
}

// MARK: - ZoneTimeline and WeeklyHours directly

extension CoverageGoldenDayTests {
  @Suite struct Timelines {
    /// The changes of 2026 in the built-in tz 2026f data, as listed at the top of this file.
    @Test func clockChangesOf2026() {
      let expected: [(zone: String, changes: [(at: String, before: Int, after: Int)])] = [
        ("Europe/Paris", [("2026-03-29T01:00:00Z", 3600, 7200), ("2026-10-25T01:00:00Z", 7200, 3600)]),
        ("America/New_York", [("2026-03-08T07:00:00Z", -18000, -14400), ("2026-11-01T06:00:00Z", -14400, -18000)]),
        ("Australia/Sydney", [("2026-04-04T16:00:00Z", 39600, 36000), ("2026-10-03T16:00:00Z", 36000, 39600)]),
        ("Australia/Lord_Howe", [("2026-04-04T15:00:00Z", 39600, 37800), ("2026-10-03T15:30:00Z", 37800, 39600)]),
        ("America/Santiago", [("2026-04-05T03:00:00Z", -10800, -14400), ("2026-09-06T04:00:00Z", -14400, -10800)]),
        ("Asia/Kolkata", []),
        ("Asia/Kathmandu", []),
      ]
      for (zone, changes) in expected {
        let rules = TimeZoneDatabase.builtIn.rules(for: zone)!
        let found = rules.changes(from: at("2026-01-01T00:00:00Z"), to: at("2027-01-01T00:00:00Z"))
        #expect(found == changes.map { ClockChange(at: at($0.at), before: $0.before, after: $0.after) }, "\(zone)")
      }
      #expect(TimeZoneDatabase.builtIn.rules(for: "Asia/Kolkata")!.offset(at: at("2026-06-01T00:00:00Z")) == 19800)
      #expect(TimeZoneDatabase.builtIn.rules(for: "Asia/Kathmandu")!.offset(at: at("2026-06-01T00:00:00Z")) == 20700)
    }

    @Test func parisGapAndRepeat() {
      let paris = timeline("Europe/Paris")
      // Inside the spring gap, or exactly it: no instant.
      #expect(instants(paris, "2026-03-29 02:15", "2026-03-29 02:45").isEmpty)
      #expect(instants(paris, "2026-03-29 02:00", "2026-03-29 03:00").isEmpty)
      // Across it: 00:00Z-02:00Z.
      #expect(
        instants(paris, "2026-03-29 01:00", "2026-03-29 04:00") == [
          span("2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z")
        ])
      // Inside the autumn repeat: two spans; exactly it: one span of two hours.
      #expect(
        instants(paris, "2026-10-25 02:15", "2026-10-25 02:45") == [
          span("2026-10-25T00:15:00Z", "2026-10-25T00:45:00Z"), span("2026-10-25T01:15:00Z", "2026-10-25T01:45:00Z"),
        ])
      #expect(
        instants(paris, "2026-10-25 02:00", "2026-10-25 03:00") == [
          span("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z")
        ])
      // One reading, two instants; and the second before the spring change reads 01:59:59, the change 03:00.
      #expect(paris.local(at("2026-10-25T00:30:00Z")) == local("2026-10-25 02:30"))
      #expect(paris.local(at("2026-10-25T01:30:00Z")) == local("2026-10-25 02:30"))
      #expect(paris.local(at("2026-03-29T01:00:00Z") - 1) == local("2026-03-29 01:59") + 59)
      #expect(paris.local(at("2026-03-29T01:00:00Z")) == local("2026-03-29 03:00"))
    }

    @Test func firstInstantAtOrAfterAReading() {
      let paris = timeline("Europe/Paris")
      let santiago = timeline("America/Santiago")
      // A reading that does not exist: the change itself, which reads 03:00.
      #expect(paris.firstInstant(atOrAfterLocal: local("2026-03-29 02:30")) == at("2026-03-29T01:00:00Z"))
      // A reading that exists twice: the first pass.
      #expect(paris.firstInstant(atOrAfterLocal: local("2026-10-25 02:30")) == at("2026-10-25T02:30:00+02:00"))
      // Santiago midnights: 6 September starts at 01:00 (-03); 5 April at its only 00:00, 04:00Z.
      #expect(santiago.firstInstant(atOrAfterLocal: local("2026-09-06 00:00")) == at("2026-09-06T04:00:00Z"))
      #expect(santiago.firstInstant(atOrAfterLocal: local("2026-04-05 00:00")) == at("2026-04-05T04:00:00Z"))
    }

    @Test func lordHoweHalfHours() {
      let lordHowe = timeline("Australia/Lord_Howe")
      #expect(lordHowe.offset(at: at("2026-04-04T14:59:59Z")) == 39600)
      #expect(lordHowe.offset(at: at("2026-04-04T15:00:00Z")) == 37800)
      #expect(lordHowe.offset(at: at("2026-10-03T15:30:00Z")) == 39600)
      // 15:00Z reads 01:30 again, after 01:59:59.
      #expect(lordHowe.local(at("2026-04-04T15:00:00Z")) == local("2026-04-05 01:30"))
      // Spring: 02:00-02:30 is skipped; 01:30-03:00 is one hour, 15:00Z-16:00Z.
      #expect(instants(lordHowe, "2026-10-04 02:10", "2026-10-04 02:20").isEmpty)
      #expect(
        instants(lordHowe, "2026-10-04 01:30", "2026-10-04 03:00") == [
          span("2026-10-03T15:00:00Z", "2026-10-03T16:00:00Z")
        ])
      // Autumn: 01:30-02:00 twice, 14:30Z-15:30Z; 01:45-01:55 twice, apart.
      #expect(
        instants(lordHowe, "2026-04-05 01:30", "2026-04-05 02:00") == [
          span("2026-04-04T14:30:00Z", "2026-04-04T15:30:00Z")
        ])
      #expect(
        instants(lordHowe, "2026-04-05 01:45", "2026-04-05 01:55") == [
          span("2026-04-04T14:45:00Z", "2026-04-04T14:55:00Z"), span("2026-04-04T15:15:00Z", "2026-04-04T15:25:00Z"),
        ])
    }

    /// Two blocks inside the Paris repeat: the second's first pass comes before the first's second pass.
    @Test func weeklyHoursInterleavedInTheRepeat() {
      let hours = week(block(.sun, "02:00", "02:30"), block(.sun, "02:45", "03:00"))
      let spans = hours.instants(
        from: CivilDate(iso: "2026-10-25")!, until: CivilDate(iso: "2026-10-26")!, in: timeline("Europe/Paris"))
      // 02:00-02:30: 00:00Z-00:30Z and 01:00Z-01:30Z. 02:45-03:00: 00:45Z-01:00Z and 01:45Z-02:00Z.
      #expect(
        spans == [
          span("2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z"), span("2026-10-25T00:45:00Z", "2026-10-25T01:30:00Z"),
          span("2026-10-25T01:45:00Z", "2026-10-25T02:00:00Z"),
        ], "\(describe(spans))")
    }

    @Test func weeklyHoursOvernightOverChanges() {
      let saturdayNight = week(block(.sat, "22:00", "02:00"))
      func instants(_ zone: String, _ from: String, _ until: String) -> [Span] {
        saturdayNight.instants(from: CivilDate(iso: from)!, until: CivilDate(iso: until)!, in: timeline(zone))
      }
      // Santiago: 22:00 (-04) = 02:00Z to 02:00 (-03) = 05:00Z; Sunday 00:00-01:00 is skipped: 3 hours.
      #expect(
        instants("America/Santiago", "2026-09-05", "2026-09-07") == [
          span("2026-09-05T22:00:00-04:00", "2026-09-06T02:00:00-03:00")
        ])
      // Lord Howe: 22:00 (+10:30) = 11:30Z to 02:00 (+10:30) = 15:30Z, just before the change: 4 hours.
      #expect(
        instants("Australia/Lord_Howe", "2026-10-03", "2026-10-05") == [
          span("2026-10-03T22:00:00+10:30", "2026-10-04T02:00:00+10:30")
        ])
      // Sydney in April: 22:00 (+11) = 11:00Z to 02:00 (+11) = 15:00Z. The repeated hour is 02:00-03:00,
      // after the block, so neither pass adds anything: 4 hours, as written.
      #expect(
        instants("Australia/Sydney", "2026-04-04", "2026-04-06") == [
          span("2026-04-04T22:00:00+11:00", "2026-04-05T02:00:00+11:00")
        ])
    }
  }
}

// MARK: - Helpers

/// The instant of an RFC 3339 time, in seconds since the epoch: `2026-03-29T03:00:00+02:00` or `…Z`.
/// Worked out here (days from the civil date), not with Roster's calendar.
func at(_ text: String) -> Int64 {
  let numbers = text.split { !$0.isNumber }.map { Int64($0)! }
  let (year, month, day) = (numbers[0], numbers[1], numbers[2])
  // Days since 1970-01-01, counting years from March (positive years only).
  let y = month <= 2 ? year - 1 : year
  let era = y / 400
  let yearOfEra = y - era * 400
  let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
  let days = era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
  var seconds = days * 86_400 + numbers[3] * 3600 + numbers[4] * 60 + numbers[5]
  if numbers.count == 8 {
    let offset = numbers[6] * 3600 + numbers[7] * 60
    seconds += text.dropFirst(19).hasPrefix("-") ? offset : -offset
  }
  return seconds
}

func span(_ start: String, _ end: String) -> Span { Span(at(start), at(end)) }

/// A wall-clock reading in local seconds (ZoneTimeline's unit): `2026-03-29 02:15`.
private func local(_ text: String) -> Int64 { at(text + ":00Z") }

/// An instant in UTC, for messages.
private func utc(_ instant: Int64) -> String {
  let days = instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400
  let second = instant - days * 86_400
  // Civil from days (inverse of `at`).
  let z = days + 719_468
  let era = z / 146_097
  let dayOfEra = z - era * 146_097
  let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
  let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
  let mp = (5 * dayOfYear + 2) / 153
  let day = dayOfYear - (153 * mp + 2) / 5 + 1
  let month = mp < 10 ? mp + 3 : mp - 9
  let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
  return "\(year)-\(two(month))-\(two(day))T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
}

func describe(_ spans: [Span]) -> String {
  spans.map { "\(utc($0.start))/\(utc($0.end))" }.joined(separator: ", ")
}

/// The parts of `window` outside sorted, disjoint `spans`.
private func complement(_ spans: [Span], in window: Span) -> [Span] {
  var result: [Span] = []
  var cursor = window.start
  for span in spans {
    if span.start > cursor { result.append(Span(cursor, span.start)) }
    cursor = max(cursor, span.end)
  }
  if cursor < window.end { result.append(Span(cursor, window.end)) }
  return result
}

/// An agent of a golden configuration: its live-chat zone and hours, in YAML flow form (`sun: 01:00-04:00`).
private struct Member {
  var id: String
  var zone: String
  var hours: String
}

/// A group: its members and its service hours, in YAML flow form.
private struct Desk {
  var id: String
  var members: [String]
  var hours: String
  var zone: String? = nil
  var minAgents: Int? = nil
}

/// A `roster.yaml` with a workspace in `timezone`, the agents and the groups.
private func roster(_ timezone: String, _ members: [Member], _ desks: [Desk]) -> String {
  var text = "workspace:\n  name: Golden\n  timezone: \(timezone)\n  default_locale: en\nagents:\n"
  for member in members {
    text += "  \(member.id):\n    name: Agent \(member.id)\n    email: \(member.id)@golden.example\n"
    text += "    live_chat: {timezone: \(member.zone), hours: {\(member.hours)}}\n"
  }
  text += "groups:\n"
  for desk in desks {
    var service = "hours: {\(desk.hours)}"
    if let zone = desk.zone { service = "timezone: \(zone), " + service }
    if let minAgents = desk.minAgents { service += ", min_agents: \(minAgents)" }
    text += "  \(desk.id):\n    name: Desk \(desk.id)\n    agents: [\(desk.members.joined(separator: ", "))]\n"
    text += "    service_hours: {\(service)}\n"
  }
  return text
}

/// Checks the configuration (no errors allowed) and computes the coverage of the dates `[from, until)`.
func coverage(_ yaml: String, from: String, until: String) throws -> CoverageReport {
  let result = try check(Example(yaml))
  let resolved = try #require(ResolvedConfiguration(result), "\(result.diagnostics.map(\.message))")
  let window = DateWindow(from: CivilDate(iso: from)!, until: CivilDate(iso: until)!)
  var engine = try #require(CoverageEngine(resolved, window: window))
  return engine.report(source: .arguments)
}

/// One agent per block, each alone in a group promising the whole day in the same zone: the
/// group's staffed and covered time is the block's real time, and its gaps are the rest of the window.
private func expectBlocks(
  _ zone: String, from: String, until: String, window: Span, hours: Double,
  _ blocks: [(hours: String, online: [Span])], sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let members = blocks.indices.map { Member(id: "agent\($0)", zone: zone, hours: blocks[$0].hours) }
  let desks = blocks.indices.map { Desk(id: "block\($0)", members: ["agent\($0)"], hours: "daily: 00:00-24:00") }
  let report = try coverage(roster(zone, members, desks), from: from, until: until)
  #expect(report.span == window, "window \(describe([report.span]))", sourceLocation: sourceLocation)
  #expect(Double(window.seconds) == hours * 3600, "the hand-written window", sourceLocation: sourceLocation)
  try #require(report.groups.count == blocks.count, sourceLocation: sourceLocation)
  for (block, group) in zip(blocks, report.groups) {
    let seconds = block.online.reduce(0) { $0 + $1.seconds }
    let gaps = group.gaps.map(\.span)
    #expect(group.promisedSeconds == window.seconds, "\(block.hours)", sourceLocation: sourceLocation)
    #expect(group.staffedSeconds == seconds, "\(block.hours)", sourceLocation: sourceLocation)
    #expect(group.coveredSeconds == seconds, "\(block.hours)", sourceLocation: sourceLocation)
    #expect(
      gaps == complement(block.online, in: window), "\(block.hours): gaps \(describe(gaps))",
      sourceLocation: sourceLocation)
  }
}

private let sourceRange = SourceRange.fileStart(FileID(0))

/// A block of a week: `block(.sat, "22:00", "02:00")`.
private func block(_ day: Weekday, _ start: String, _ end: String) -> HoursBlock {
  func minutes(_ text: String) -> Int { Int(text.prefix(2))! * 60 + Int(text.suffix(2))! }
  return HoursBlock(dayKey: day.name, days: [day], start: minutes(start), end: minutes(end), range: sourceRange)
}

private func week(_ blocks: HoursBlock...) -> WeeklyHours { WeeklyHours(blocks: blocks, range: sourceRange) }

/// A zone's offsets over 2026.
private func timeline(_ zone: String) -> ZoneTimeline {
  ZoneTimeline(
    TimeZoneDatabase.builtIn.rules(for: zone)!, from: at("2026-01-01T00:00:00Z"), to: at("2027-01-01T00:00:00Z"))
}

/// The instants whose reading lies in `[start, end)`.
private func instants(_ timeline: ZoneTimeline, _ start: String, _ end: String) -> [Span] {
  var spans: [Span] = []
  timeline.instants(localStart: local(start), localEnd: local(end), into: &spans)
  return spans
}
