import Testing

@testable import RosterKit

/// Dated entries as written (SPEC 9): how they load, the findings about
/// them, and how the snapshot writes them.
@Suite struct DatedEntryTests {
  static let workspace = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"

  static func agent(_ more: String) -> String {
    """
    agents:
      alice:
        name: Alice Martin
        email: alice@acme.example
        live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
    \(more)
    teams:
      support: {name: Support, agents: [alice]}

    """
  }

  @Test func aDateIsOneOfDateOrDates() throws {
    let found = try findings(
      Example(
        Self.workspace
          + Self.agent(
            """
                time_off:
                  - {date: 2026-08-03, dates: 2026-08-03..2026-08-04}
                  - {reason: vacation}
            """)))
    #expect(
      found == [
        "roster.yaml:8:28 invalid-date: 'time_off' gives both 'date' and 'dates' (keep one: 'date' for one date, 'dates' for a range)",
        "roster.yaml:9:9 missing-key: 'time_off' needs 'date' or 'dates'",
      ])
  }

  @Test(arguments: [
    ("2026-02-30", "invalid date '2026-02-30'"),
    ("13-01", "invalid date '13-01'"),
    ("2026-8-3", "invalid date '2026-8-3'"),
  ])
  func aBadDateIsInvalid(_ text: String, _ message: String) throws {
    let found = try findings(
      Example(Self.workspace + Self.agent("    extra_hours: [{date: \(text), hours: 10:00-12:00}]")))
    #expect(found.count == 1)
    #expect(found.first?.contains("invalid-date: \(message)") == true, "\(found)")
  }

  @Test(arguments: [
    ("2026-01-01..2027-01-02", "is longer than 366 days"),
    ("2026-08-03..08-21", "mixes a date with a yearly MM-DD"),
    ("2026-08-03", "invalid date range"),
  ])
  func aBadRangeIsInvalid(_ text: String, _ message: String) throws {
    let found = try findings(Example(Self.workspace + Self.agent("    time_off: [{dates: \(text)}]")))
    #expect(found.count == 1)
    #expect(found.first?.contains(message) == true, "\(found)")
  }

  /// A yearly range may run over the new year; a leap year's whole range is 366 days.
  @Test func rangesOverANewYear() throws {
    let winter = try #require(try? DateSpec.parse("12-24..01-02", range: true).get())
    #expect(winter.contains(CivilDate(iso: "2026-12-31")!))
    #expect(winter.contains(CivilDate(iso: "2027-01-02")!))
    #expect(!winter.contains(CivilDate(iso: "2027-01-03")!))
    #expect(!winter.contains(CivilDate(iso: "2026-12-23")!))
    #expect((try? DateSpec.parse("2028-01-01..2028-12-31", range: true).get()) != nil)
    #expect((try? DateSpec.parse("2027-01-01..2028-01-01", range: true).get()) != nil)
    let window = DateWindow(from: CivilDate(iso: "2026-12-30")!, until: CivilDate(iso: "2027-01-04")!)
    #expect(winter.dates(in: window).map(\.iso) == ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
    let leap = try #require(try? DateSpec.parse("02-29", range: false).get())
    #expect(leap.contains(CivilDate(iso: "2028-02-29")!))
    #expect(!leap.contains(CivilDate(iso: "2027-02-28")!) && !leap.contains(CivilDate(iso: "2027-03-01")!))
  }

  /// `02-29` every year warns without a window: three years in four it is not there.
  @Test func aYearlyLeapDayWarns() throws {
    let found = try findings(
      Example(
        Self.workspace.replacingOccurrences(of: "en}", with: "en, calendars: [leap]}")
          + "calendars:\n  leap: {name: Leap, days: [{date: 02-29, name: Leap day}]}\n"))
    #expect(
      found == [
        "roster.yaml:3:36 dated-entry-changes-nothing: holiday 'Leap day' (leap) on 02-29 every year changes nothing three years in four (write the year, such as 2028-02-29, or use 02-28 or 03-01 every year)"
      ])
  }

  @Test func aGroupNamingAnUnknownCalendarGetsADidYouMean() throws {
    let found = try findings(
      Example(
        Self.workspace + Self.agent("    calendars: [fr-public]")
          + """
          groups:
            fr:
              name: FR
              code: fr-support
              agents: [alice]
              service_hours: {hours: {mon-fri: 09:00-17:00}, calendars: [fr-publik]}
          calendars:
            fr-public: {name: Jours fériés, days: [{date: 12-25, name: Noël}]}

          """))
    #expect(
      found == [
        "roster.yaml:15:64 unknown-calendar: group 'fr' observes unknown calendar 'fr-publik' (did you mean 'fr-public'?)"
      ])
  }

  @Test func aCalendarDefinedInTwoFilesIsOneDuplicate() throws {
    let found = try findings(
      Example(files: [
        "roster.yaml": Self.workspace.replacingOccurrences(of: "en}", with: "en, calendars: [fr-public]}"),
        "a.yaml": "calendars:\n  fr-public: {name: A, days: [{date: 12-25, name: Noël}]}\n",
        "b.yaml": "calendars:\n  fr-public: {name: B, days: [{date: 12-26, name: Saint-Étienne}]}\n",
      ]))
    #expect(found.count == 1, "\(found)")
    #expect(
      found.first?.hasSuffix(
        "b.yaml:2:3 duplicate-id: calendar 'fr-public' is defined more than once [note: first defined here]") == true,
      "\(found)")
  }

  @Test func conflictingOverridesAndTimeOff() throws {
    let found = try findings(
      Example(
        Self.workspace
          + Self.agent(
            """
                time_off:
                  - {dates: 2026-08-03..2026-08-21, reason: vacation}
                  - {date: 2026-08-10, hours: 13:00-17:00, reason: dentist}
                  - {date: 2026-09-01, hours: 09:00-10:00}
                  - {date: 2026-09-01, hours: 15:00-16:00}
                  - {date: 2026-09-02, only: meetings}
                  - {date: 2026-09-02, hours: 09:00-10:00, only: live_chat}
            """)
            + """
            groups:
              fr:
                name: FR
                code: fr-support
                agents: [alice]
                service_hours:
                  hours: {mon-fri: 09:00-17:00}
                  overrides:
                    - {date: 2026-11-27, hours: 08:00-22:00, name: Black Friday}
                    - {dates: 2026-11-26..2026-11-28, hours: 08:00-20:00}

            """))
    #expect(
      found == [
        "roster.yaml:9:16 conflicting-dates: time off 'dentist' of agent 'alice' overlaps time off 'vacation' with different hours on 2026-08-10 (write the date once, with every hour off) [note: the other time off is here]",
        "roster.yaml:25:19 conflicting-dates: override '2026-11-26..2026-11-28' of group 'fr' and override 'Black Friday' give different hours on 2026-11-27 (keep one override per date) [note: the other override is here]",
      ])
  }

  @Test func extraHoursAreFineDuringMeetingsTimeOff() throws {
    let found = try findings(
      Example(
        Self.workspace
          + Self.agent(
            """
                time_off: [{date: 2026-11-28, only: meetings}]
                extra_hours: [{date: 2026-11-28, hours: 10:00-14:00}]
            """)))
    #expect(found == [])
  }

  @Test func aClosureAtARepeatedTimeIsInvalid() throws {
    let found = try findings(
      Example(
        Self.workspace
          + "closures:\n  - {name: Night, from: 2026-10-25T02:30, until: 2026-10-25T05:00, timezone: Europe/Paris}\n"))
    #expect(
      found == [
        "roster.yaml:3:25 invalid-closure: 2026-10-25T02:30 happens twice in Europe/Paris: the clocks repeat it (pick a time outside the clock change, or write the closure in UTC)"
      ])
  }

  /// The rules about the window say nothing without one.
  @Test func datedRulesNeedAWindow() throws {
    let text = try String(
      contentsOfFile: packageRoot + "/examples/invalid/every-group-closed/roster.yaml", encoding: .utf8)
    let withoutWindow = text.replacingOccurrences(of: "  coverage: {from: 2026-08-03, until: 2026-08-10}\n", with: "")
    #expect(withoutWindow != text)
    #expect(try findings(Example(withoutWindow)) == [])
    let changesNothing = try String(
      contentsOfFile: packageRoot + "/examples/invalid/dated-entry-changes-nothing/roster.yaml", encoding: .utf8)
    #expect(
      try findings(
        Example(
          changesNothing.replacingOccurrences(of: "  coverage: {from: 2026-03-30, until: 2026-04-13}\n", with: "")))
        == [])
  }

  /// Entries reordered, split across files or written another way give the same bytes.
  @Test func theSnapshotIsTheSameForEqualMeaning() throws {
    let one = Example(
      Self.workspace.replacingOccurrences(of: "en}", with: "en, calendars: [fr-public, company]}")
        + Self.agent(
          """
              calendars: [company, company]
              time_off:
                - {date: 2026-09-14, hours: [13:00-15:00, 15:00-17:00], only: live_chat}
                - {dates: 2026-08-03..2026-08-21, reason: vacation}
          """)
          + """
          calendars:
            fr-public:
              name: Jours fériés
              days:
                - {date: 12-24, name: Réveillon, hours: 09:00-12:00}
                - {date: 01-01, name: Jour de l'an}
            company: {name: Company, days: [{dates: 2026-12-28..2027-01-01, name: Winter}]}
          closures:
            - {name: B, from: 2026-06-12T14:00, until: 2026-06-12T16:00}
            - {name: A, from: 2026-06-12T12:00, until: 2026-06-12T14:00, timezone: Etc/UTC}

          """)
    let two = Example(files: [
      "roster.yaml": Self.workspace.replacingOccurrences(of: "en}", with: "en, calendars: [company, fr-public]}")
        + Self.agent(
          """
              calendars: [company]
              time_off:
                - {dates: 2026-08-03..2026-08-21, reason: vacation, hours: 00:00-24:00, only: both}
                - {dates: 2026-09-14..2026-09-14, hours: 13:00-17:00, only: live_chat}
          """),
      "calendars.yaml": """
      calendars:
        company: {name: Company, days: [{dates: 2026-12-28..2027-01-01, name: Winter}]}
      closures:
        - {name: A, from: 2026-06-12T14:00, until: 2026-06-12T16:00, timezone: Europe/Paris}

      """,
      "more.yaml": """
      calendars:
        fr-public:
          name: Jours fériés
          days:
            - {date: 01-01, name: Jour de l'an}
            - {date: 12-24, name: Réveillon, hours: 09:00-12:00}
      closures:
        - {name: B, from: 2026-06-12T14:00, until: 2026-06-12T16:00, timezone: Europe/Paris}

      """,
    ])
    func snapshot(_ example: Example) throws -> String {
      let result = try check(example)
      let resolved = try #require(ResolvedConfiguration(result), "\(result.diagnostics.map(\.message))")
      return Snapshot.render(resolved)
    }
    // Closure A is 12:00-14:00 UTC in one and 14:00-16:00 Paris in the other: the same moments.
    #expect(try snapshot(one) == snapshot(two))
  }

  @Test func aReversedYearlyRangeIsInvalidButANewYearIsNot() throws {
    #expect((try? DateSpec.parse("12-24..01-02", range: true).get()) != nil)
    #expect((try? DateSpec.parse("11-01..02-28", range: true).get()) != nil)
    for text in ["08-21..08-03", "07-01..06-30"] {
      #expect(throws: DateError.reversed(text)) { try DateSpec.parse(text, range: true).get() }
    }
  }

  @Test func aMisspelledDateIsOnlyUnknown() throws {
    let found = try findings(Example(Self.workspace + Self.agent("    time_off: [{dat: 2026-12-25}]")))
    #expect(found.count == 1)
    #expect(found.first?.contains("unknown-key: unknown key 'dat'") == true, "\(found)")
  }

  @Test func aRangeUnderDateSaysToUseDates() throws {
    let found = try findings(Example(Self.workspace + Self.agent("    time_off: [{date: 2026-08-03..2026-08-21}]")))
    #expect(found.count == 1)
    #expect(found.first?.hasSuffix("(write a range under 'dates:', such as dates: 2026-08-03..2026-08-21)") == true)
  }

  /// `18:00-00:00` runs to the end of the day, as in weekly hours.
  @Test func aDatedBlockEndingAtMidnightEndsTheDay() throws {
    let found = try findings(
      Example(Self.workspace + Self.agent("    extra_hours: [{date: 2026-11-28, hours: 18:00-00:00}]")))
    #expect(found == [])
  }

  /// Weekly hours that failed to load say nothing about what a holiday changes.
  @Test func noConclusionFromHoursThatFailedToLoad() throws {
    let found = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, calendars: [fr],
                    coverage: {from: 2026-03-30, until: 2026-04-13}}
        agents:
          alice: {name: Alice, email: alice@acme.example,
                  live_chat: {timezone: Europe/Paris, hours: {mon-fry: 09:00-17:00}}}
        teams: {support: {name: Support, agents: [alice]}}
        calendars: {fr: {name: FR, days: [{date: 2026-04-06, name: Lundi de Pâques}]}}

        """))
    #expect(found.count == 1)
    #expect(found.first?.contains("invalid-value: invalid day 'mon-fry'") == true, "\(found)")
  }

  /// With conflicting-dates off, which of two holidays holds does not depend on the order they are written in.
  @Test func precedenceDoesNotDependOnTheOrderWritten() throws {
    func coverageAndSnapshot(_ calendars: String, _ order: String) throws -> (Int64, String) {
      let yaml = """
        workspace:
          name: Acme
          timezone: Europe/Paris
          default_locale: en
          calendars: \(calendars)
          rules: {conflicting-dates: off}
        agents:
          alice: {name: Alice, email: alice@acme.example, live_chat: {timezone: Europe/Paris, hours: {daily: 09:00-17:00}}}
        groups:
          desk: {name: Desk, code: desk-code, agents: [alice], service_hours: {hours: {daily: 09:00-17:00}}}
        calendars:
        \(order)

        """
      let result = try check(Example(yaml))
      let resolved = try #require(ResolvedConfiguration(result), "\(result.diagnostics.map(\.message))")
      let window = DateWindow(from: CivilDate(iso: "2026-12-24")!, until: CivilDate(iso: "2026-12-25")!)
      var engine = try #require(CoverageEngine(resolved, window: window))
      let group = try #require(engine.report(source: .arguments).groups.first)
      return (group.promisedSeconds, Snapshot.render(resolved))
    }
    let a = "  a: {name: A, days: [{date: 12-24, name: Eve}]}"
    let b = "  b: {name: B, days: [{date: 12-24, name: Eve, hours: 09:00-12:00}]}"
    let first = try coverageAndSnapshot("[a, b]", a + "\n" + b)
    let second = try coverageAndSnapshot("[b, a]", b + "\n" + a)
    #expect(first.0 == second.0)
    #expect(first.1 == second.1)
    // The later calendar id holds: b's morning.
    #expect(first.0 == 3 * 3600)
  }

  /// Naming the workspace's calendar again, or writing a closure twice, changes nothing.
  @Test func repeatsChangeNoByte() throws {
    func snapshot(_ more: String, closures: Int) throws -> String {
      let yaml =
        Self.workspace.replacingOccurrences(of: "en}", with: "en, calendars: [fr]}")
        + Self.agent(more) + "calendars: {fr: {name: FR, days: [{date: 12-25, name: Noël}]}}\nclosures:\n"
        + String(repeating: "  - {name: Drill, from: 2026-06-12T14:00, until: 2026-06-12T15:00}\n", count: closures)
      let result = try check(Example(yaml))
      return Snapshot.render(try #require(ResolvedConfiguration(result), "\(result.diagnostics.map(\.message))"))
    }
    #expect(try snapshot("", closures: 1) == snapshot("    calendars: [fr]", closures: 2))
  }

  /// A holiday that closes the spring-forward Sunday leaves no weekly block to warn about there;
  /// extra hours inside the skipped hour are warned about.
  @Test func clockGapsFollowDatedEntries() throws {
    let text = """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        coverage: {from: 2026-03-23, until: 2026-04-06}
        calendars: [spring]
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {sun: 02:30-06:00}}
          extra_hours: [{date: 2026-03-29, hours: 02:00-02:30}]
      groups:
        night: {name: Night, code: night-code, agents: [alice]}
      calendars:
        spring: {name: Spring, days: [{date: 2026-03-29, name: Closed}]}

      """
    let found = try findings(Example(text)).filter { $0.contains("block-in-dst-gap") }
    #expect(
      found == [
        "roster.yaml:12:45 block-in-dst-gap: block '02:00-02:30' of extra hours of agent 'alice' lies in local time that does not exist on 2026-03-29 in Europe/Paris (clocks go from 02:00 to 03:00): it is empty (move the block out of the skipped hour)"
      ])
  }

  /// every-group-closed points at what closes the groups, not at a calendar nobody observes.
  @Test func everyGroupClosedPointsAtTheCause() throws {
    let text = try String(
      contentsOfFile: packageRoot + "/examples/invalid/every-group-closed/roster.yaml", encoding: .utf8)
    let found = try findings(Example(text + "calendars:\n  old: {name: Old, days: [{date: 2026-08-05}]}\n"))
    #expect(found.count == 2, "\(found)")
    #expect(found.contains { $0.hasPrefix("roster.yaml:12:17 every-group-closed:") && !$0.contains("old") })
    #expect(found.contains { $0.contains("orphaned-calendar") })
  }

  /// Names and reasons reach the coverage text with their control characters escaped, as in diagnostics.
  @Test func coverageTextEscapesControlCharacters() throws {
    let yaml = """
      workspace: {name: A, timezone: Europe/Paris, default_locale: en, calendars: [c]}
      agents:
        a: {name: A, email: a@b.example, live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}}
      groups:
        g: {name: "G\\e[31m", code: gcode12, agents: [a], service_hours: {hours: {mon-fri: 09:00-17:00}}}
      calendars:
        c: {name: C, days: [{date: 12-25, name: "No\\u0007el"}]}

      """
    let text = CoverageTextReport.render(try coverage(yaml, from: "2026-12-21", until: "2026-12-28"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(text.contains("g (G\\u{1B}[31m)"))
    #expect(text.contains("holiday 'No\\u{7}el' (c)"))
  }
}
