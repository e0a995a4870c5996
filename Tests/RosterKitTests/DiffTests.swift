import Foundation
import Testing

@testable import RosterKit

/// `roster diff` (SPEC 10): changes by entity in the words people write,
/// their impact, the three formats, the sides and the exit codes.
@Suite struct DiffTests {
  /// A copy of examples/acme in `directory/name`, with `edits` (file, old text, new text) made.
  static func acme(in directory: String, _ name: String, edits: [(String, String, String)] = []) {
    copyFolder(packageRoot + "/examples/acme", to: directory + "/" + name)
    for (file, old, new) in edits {
      let path = directory + "/" + name + "/" + file
      let text = try! String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains(old), "\(file) does not hold '\(old)'")
      writeFile(text.replacingOccurrences(of: old, with: new), to: path)
    }
  }

  /// Realistic changes: hours, members, a group disabled, a code changed,
  /// triggers reordered, a holiday added, an agent removed.
  static let changes: [(String, String, String)] = [
    (
      "agents/emea.yaml", "        mon-fri: [09:00-12:30, 13:30-18:00]\n      auto_offline_after: 10m",
      "        mon: [10:00-12:30, 13:30-18:00]\n        tue-fri: [09:00-12:30, 13:30-18:00]\n      auto_offline_after: 10m"
    ),
    ("teams.yaml", "agents: [michael-johnson, robert-miller]", "agents: [michael-johnson, robert-miller, emma-wilson]"),
    ("groups.yaml", "    code: acme-support-fr-2024", "    code: acme-support-fr-2026"),
    (
      "groups.yaml",
      "    # Prepared for the APAC launch; no snippet is built while it is disabled.\n    enabled: false",
      "    # Launched.\n    enabled: true\n    code: acme-apac-2026"
    ),
    (
      "groups.yaml",
      "    # Not offered in the group picker: partner pages route here with a trigger.\n    private: true",
      "    # Not offered in the group picker: partner pages route here with a trigger.\n    private: true\n    enabled: false"
    ),
    (
      "calendars.yaml", "      - {date: 05-01, name: Fête du Travail}",
      "      - {date: 05-01, name: Fête du Travail}\n      - {date: 2026-03-20, name: Journée test}"
    ),
  ]

  /// The diff from examples/acme to a copy of it with `edits` made.
  static func acmeReport(edits: [(String, String, String)]) throws -> DiffReport {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    acme(in: directory, "old")
    acme(in: directory, "new", edits: edits)
    return DiffReport(old: try DiffSide.read("old", in: directory), new: try DiffSide.read("new", in: directory))
  }

  func report(old: String, new: String, in directory: String) throws -> DiffReport {
    DiffReport(old: try DiffSide.read(old, in: directory), new: try DiffSide.read(new, in: directory))
  }

  @Test func realisticChangesMatchTheirGoldens() throws {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    Self.acme(in: directory, "old")
    Self.acme(in: directory, "new", edits: Self.changes + Self.triggerSwap(in: directory + "/old") + Self.removal)
    let report = try report(old: "old", new: "new", in: directory)
    #expect(report.differs)
    expectGolden(DiffText.render(report), "Tests/RosterKitTests/Goldens/diff/acme.txt")
    expectGolden(DiffMarkdown.render(report), "Tests/RosterKitTests/Goldens/diff/acme.md")
    expectGolden(DiffJSON.render(report), "Tests/RosterKitTests/Goldens/diff/acme.json")
    let kinds = Set(report.changes.map { "\($0.section) \($0.kind.rawValue)" })
    #expect(
      kinds.isSuperset(of: [
        "agent changed", "team changed", "group changed", "trigger moved", "calendar changed", "agent removed",
      ]), "\(kinds)")
    #expect(report.snippets.map(\.group).contains("support-fr"))
    #expect(report.snippets.map(\.group).contains("apac-pilot"))
    #expect(report.snippets.contains { $0.group == "partners" && $0.reason.hasPrefix("disabled") })
    // Disabling a group that a trigger assigns is an error of the new side, listed and compared all the same.
    #expect(report.new.errorFindings.map(\.rule) == ["trigger-to-disabled-group"])
  }

  /// The first two triggers of acme, swapped.
  static func triggerSwap(in root: String) -> [(String, String, String)] {
    let text = try! String(contentsOfFile: root + "/triggers.yaml", encoding: .utf8)
    let items = text.components(separatedBy: "\n  - ")
    guard items.count >= 3 else { return [] }
    let swapped = [items[0], items[2], items[1]] + items[3...]
    return [("triggers.yaml", text, swapped.joined(separator: "\n  - "))]
  }

  /// Kenji Sato removed: his entry and his memberships.
  static let removal: [(String, String, String)] = [
    ("teams.yaml", "      - kenji-sato\n", ""),
    ("groups.yaml", ", kenji-sato]", "]"),
    ("groups.yaml", "agents: [yuki-tanaka, kenji-sato, priya-sharma]", "agents: [yuki-tanaka, priya-sharma]"),
    ("agents/apac.yaml", "      # Night shift in Tokyo, which is the European afternoon and evening.\n", ""),
    (
      "agents/apac.yaml",
      "  kenji-sato:\n    name: Kenji Sato\n    email: kenji.sato@acme.example\n    languages: [ja, en, de]\n    live_chat:\n      timezone: Asia/Tokyo\n      hours:\n        mon-thu: 22:00-06:00\n        fri: 22:00-24:00\n      auto_offline_after: 5m\n      receive_when_invisible_after: 20s\n      max_concurrent_chats: 5\n      notify_schedule_changes: true\n\n",
      ""
    ),
  ]

  @Test func aConfigurationSplitOtherwiseIsNoChange() throws {
    let fixtures = packageRoot + "/Tests/RosterKitTests/Fixtures/equal"
    let report = try report(old: "a", new: "b", in: fixtures)
    #expect(!report.differs, "\(report.changes)")
    #expect(DiffText.render(report).hasSuffix("\nno changes\n"))
    #expect(DiffMarkdown.render(report).contains("No changes"))
  }

  @Test func hoursAreComparedDayByDayAndRecompressed() {
    func blocks(_ days: [String], _ start: String, _ end: String) -> [JSONValue] {
      days.map { ["day": .string($0), "start": .string(start), "end": .string(end)] }
    }
    let week = ["mon", "tue", "wed", "thu", "fri"]
    let old = blocks(week, "09:00", "17:00")
    let new =
      blocks(["mon"], "10:00", "17:00") + blocks(["tue", "wed", "thu"], "09:00", "17:00")
      + blocks(["sat", "sun"], "10:00", "12:00")
    #expect(
      WeeklyHoursDiff.changes(old, new, field: "live_chat.hours") == [
        FieldChange(field: "live_chat.hours", scope: "mon", old: "09:00-17:00", new: "10:00-17:00"),
        FieldChange(field: "live_chat.hours", scope: "fri", old: "09:00-17:00", new: "closed"),
        FieldChange(field: "live_chat.hours", scope: "sat-sun", old: "closed", new: "10:00-12:00"),
      ])
  }

  /// An overnight block is shown as written, on the day it starts.
  @Test func overnightBlocksReadAsWritten() {
    func block(_ day: String, _ start: String, _ end: String) -> JSONValue {
      ["day": .string(day), "start": .string(start), "end": .string(end)]
    }
    let night =
      [block("mon", "00:00", "06:00"), block("mon", "22:00", "24:00"), block("tue", "00:00", "06:00")]
      + [block("sun", "22:00", "24:00")]
    #expect(
      WeeklyHoursDiff.byDay(night) == [
        "00:00-06:00 (from sun), 22:00-06:00", "00:00-06:00 (from mon)", "closed", "closed", "closed", "closed",
        "22:00-06:00",
      ])
    #expect(
      WeeklyHoursDiff.byDay([block("mon", "00:00", "24:00"), block("tue", "00:00", "24:00")]) == [
        "00:00-24:00", "00:00-24:00", "closed", "closed", "closed", "closed", "closed",
      ])
  }

  @Test func triggersMovedAreTheFewest() {
    func triggers(_ names: [String]) -> JSONValue {
      .array(
        names.map { ["name": .string($0), "assign": "g", "when": ["url_prefix": "/x/", "visitor_language": nil]] })
    }
    let changes = SnapshotDiff.triggers(triggers(["a", "b", "c", "d"]), triggers(["d", "a", "b", "c"]))
    #expect(changes.map(\.id) == ["d"])
    #expect(changes.first?.kind == .moved)
    #expect(changes.first?.summary == "from 4 to 1 of 4")
  }

  /// Found by the fuzzer: two triggers of one name are matched in their order, not both with the first.
  @Test func triggersOfOneNameMatchInOrder() {
    func triggers(_ prefixes: [String]) -> JSONValue {
      .array(
        prefixes.map { ["name": "Help", "assign": "g", "when": ["url_prefix": .string($0), "visitor_language": nil]] })
    }
    #expect(SnapshotDiff.triggers(triggers(["/help/", "/aide/"]), triggers(["/help/", "/aide/"])) == [])
    let changed = SnapshotDiff.triggers(triggers(["/help/", "/aide/"]), triggers(["/help/", "/hilfe/"]))
    #expect(changed.map(\.id) == ["Help"])
    #expect(changed.first?.fields == [FieldChange(field: "when.url_prefix", old: "/aide/", new: "/hilfe/")])
    // The second of two removed shows its name, as written.
    let removed = SnapshotDiff.triggers(triggers(["/help/", "/aide/"]), triggers(["/help/"]))
    #expect(removed.map(\.id) == ["Help"])
    #expect(removed.first?.kind == .removed)
  }

  /// A day that begins with the night before says so; a range round the week is one range.
  @Test func hoursRoundTheWeekReadAsWritten() {
    func block(_ day: String, _ start: String, _ end: String) -> JSONValue {
      ["day": .string(day), "start": .string(start), "end": .string(end)]
    }
    let spill = [block("sun", "20:00", "24:00"), block("mon", "00:00", "12:00")]
    #expect(WeeklyHoursDiff.byDay(spill)[0] == "00:00-12:00 (from sun)")
    #expect(WeeklyHoursDiff.byDay(spill)[6] == "20:00-12:00")
    let old = ["sun", "mon", "tue", "wed", "thu"].map { block($0, "17:00", "18:00") }
    let new = ["sun", "mon", "tue", "wed", "thu"].map { block($0, "16:00", "18:00") }
    #expect(
      WeeklyHoursDiff.changes(old, new, field: "live_chat.hours") == [
        FieldChange(field: "live_chat.hours", scope: "sun-thu", old: "17:00-18:00", new: "16:00-18:00")
      ])
  }

  @Test func closuresAreMatchedByNameAndShownInTheWorkspaceZone() {
    func closures(_ until: String) -> JSONValue {
      [["name": "All-hands", "from": "2026-03-12T14:00", "until": .string(until), "timezone": "Etc/UTC"]]
    }
    let changes = SnapshotDiff.closures(
      closures("2026-03-12T15:30"), closures("2026-03-12T16:30"), zones: ("Europe/Paris", "Europe/Paris"))
    #expect(
      changes == [
        EntityChange(
          section: "closure", id: "All-hands", kind: .changed,
          fields: [FieldChange(field: "until", old: "2026-03-12 16:30", new: "2026-03-12 17:30")])
      ])
  }

  @Test func textsOfSeveralLinesDifferByLine() {
    #expect(
      TextDiff.lines("Dear A,\n\nSee you.\nBye", "Dear A,\n\nSee you soon.\nBye").map { "\($0.sign)\($0.line)" } == [
        "-See you.", "+See you soon.",
      ])
    #expect(TextDiff.words("for 44h in 71 gaps", "for 45h in 72 gaps") == "44h → 45h, 71 → 72")
    #expect(TextDiff.words("a b", "a b c") == nil)
  }

  /// A file that cannot be read is not a removal of what it defines.
  @Test func anUnreadFileRemovesNothing() throws {
    let report = try Self.acmeReport(edits: [
      ("groups.yaml", "agents: [alice-martin, lukas-schneider, michael-johnson, yuki-tanaka]", "agents: [alice")
    ])
    #expect(report.new.unreadFiles == ["groups.yaml"])
    #expect(report.changes.isEmpty, "\(report.changes)")
    #expect(report.snippets.isEmpty)
    #expect(report.diagnostics?.appeared.map(\.rule) == ["yaml-syntax"])
    #expect(report.diagnostics?.disappeared.isEmpty == true)
    #expect(report.diagnostics?.notChecked.count == 5)
    let text = DiffText.render(report)
    #expect(text.contains("    could not read groups.yaml: what it defines is taken as the other side has it\n"))
  }

  /// A closure's hours leave the promised time: said, with the closure.
  @Test func promisedTimeTakenOutIsExplained() throws {
    let report = try Self.acmeReport(edits: [
      ("calendars.yaml", "    until: 2026-03-12T16:30", "    until: 2026-03-12T17:30")
    ])
    let text = DiffText.render(report)
    #expect(text.contains("  ~ closure All-hands\n      until: 2026-03-12 16:30 → 2026-03-12 17:30\n"), "\(text)")
    #expect(text.contains("      − gap 2026-03-12 thu 17:00-17:30 (30m): no longer promised: closure 'All-hands'\n"))
    #expect(text.contains("      closed 2026-03-12 thu 16:30-17:30 (1h): closure 'All-hands'\n"))
  }

  /// Up to twelve unchanged groups are named; more are counted.
  @Test func manyUnchangedGroupsAreCounted() throws {
    let rules = try #require(TimeZoneDatabase.builtIn.rules(for: "Europe/Paris"))
    func report(groups: Int) -> String {
      let coverage = DiffReport.CoverageImpact(
        window: DateWindow(
          from: CivilDate(year: 2026, month: 3, dayOfMonth: 2), until: CivilDate(year: 2026, month: 3, dayOfMonth: 9)),
        timezone: "Europe/Paris", zone: ZoneTimeline(rules, from: 0, to: 2_000_000_000),
        groups: (0..<groups).map {
          DiffReport.GroupCoverageImpact(
            group: "g\($0)", before: (3600, 3600), after: (3600, 3600), appeared: [], disappeared: [])
        })
      let side = DiffReport.Side(label: "a", format: "roster.snapshot/2")
      return DiffText.render(
        DiffReport(
          old: side, new: side, changes: [EntityChange(section: "agent", id: "x", kind: .removed)], snippets: [],
          diagnostics: nil, coverage: coverage, coverageNote: nil))
    }
    // A summary table longer than the limit is cut too.
    let groups = (0..<2000).map {
      DiffReport.GroupCoverageImpact(
        group: "g\($0)", before: (3600, 3600), after: (3600, 1800), appeared: [], disappeared: [])
    }
    let coverage = DiffReport.CoverageImpact(
      window: DateWindow(
        from: CivilDate(year: 2026, month: 3, dayOfMonth: 2), until: CivilDate(year: 2026, month: 3, dayOfMonth: 9)),
      timezone: "Europe/Paris", zone: ZoneTimeline(rules, from: 0, to: 2_000_000_000), groups: groups)
    let side = DiffReport.Side(label: "a", format: "roster.snapshot/2")
    let markdown = DiffMarkdown.render(
      DiffReport(
        old: side, new: side, changes: [EntityChange(section: "agent", id: "x", kind: .removed)], snippets: [],
        diagnostics: nil, coverage: coverage, coverageNote: nil), limit: 20_000)
    #expect(markdown.utf8.count <= 20_000)
    #expect(markdown.hasSuffix("_Cut at 20000 characters: run `roster diff` for the whole report._\n"))
    #expect(report(groups: 12).hasSuffix("    unchanged: g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11\n"))
    #expect(report(groups: 13).hasSuffix("    unchanged: 13 groups\n"))
  }

  /// A new group's gaps name it once; a weekly change round the week touches its days only.
  @Test func aGroupAddedIsOneCause() throws {
    let report = try Self.acmeReport(edits: [
      (
        "groups.yaml", "groups:\n",
        "groups:\n  night:\n    name: {en: Night, fr: Nuit, de: Nacht}\n    agents: [alice-martin]\n    code: acme-night-2026\n    service_hours: {hours: {mon: 03:00-04:00}}\n"
      )
    ])
    let night = try #require(report.coverage?.groups.first { $0.group == "night" })
    #expect(night.appeared.map(\.causes) == [["group night added"]])
    #expect(Attribution.weekdays("sun-tue") == [.sun, .mon, .tue])
    #expect(Attribution.weekdays("tue-thu") == [.tue, .wed, .thu])
  }

  @Test func labelsAreWords() {
    #expect(FieldLabel.label("live_chat.hours") == "live-chat hours")
    #expect(FieldLabel.label("agents") == "members")
    #expect(FieldLabel.label("name.fr") == "name (fr)")
    #expect(FieldLabel.label("service_hours.hours") == "service hours")
    #expect(FieldLabel.label("meetings.hours") == "meeting hours")
    #expect(FieldLabel.label("live_chat.text.pt-BR") == "live-chat text (pt-BR)")
  }

  /// A build of an earlier release (`roster.snapshot/1`: no dated entries,
  /// zones as given, only the rules written) reads as the same configuration.
  @Test func aVersionOneSnapshotReadsAsToday() throws {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let minimal = """
      workspace: {name: Acme, timezone: US/Eastern, default_locale: en, rules: {orphaned-agent: error}}
      agents:
        alice: {name: Alice, email: alice@acme.example, live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}

      """
    writeFile(minimal, to: directory + "/config/roster.yaml")
    let today = try DiffSide.read("config", in: directory).snapshot
    guard case .object(var old) = today, case .object(var workspace)? = old["workspace"] else {
      Issue.record("no workspace")
      return
    }
    old["format"] = "roster.snapshot/1"
    for key in ["calendars", "closures"] { old[key] = nil }
    for key in ["calendars", "coverage"] { workspace[key] = nil }
    workspace["timezone"] = "US/Eastern"
    workspace["rules"] = ["orphaned-agent": "error"]
    old["workspace"] = .object(workspace)
    old["agents"] = .array(
      (old["agents"]?.items ?? []).map {
        guard case .object(var agent) = $0 else { return $0 }
        for key in ["calendars", "time_off", "extra_hours"] { agent[key] = nil }
        return .object(agent)
      })
    old["groups"] = .array(
      (old["groups"]?.items ?? []).map {
        guard case .object(var group) = $0 else { return $0 }
        group["service_hours"] = nil
        return .object(group)
      })
    writeFile(JSONValue.object(old).prettyPrinted(), to: directory + "/old.json")
    let report = try report(old: "old.json", new: "config", in: directory)
    #expect(report.old.format == "roster.snapshot/1")
    #expect(report.changes.isEmpty, "\(report.changes)")
    #expect(report.diagnostics == nil)
    #expect(report.coverageNote?.contains("snapshot file") == true)
  }

  @Test func aSnapshotOfAnotherFormatCannotBeRead() throws {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    writeFile("{\"format\": \"roster.snapshot/9\"}\n", to: directory + "/future.json")
    writeFile("{\"format\": \"roster.coverage/1\"}\n", to: directory + "/coverage.json")
    writeFile("{\"format\": ", to: directory + "/broken.json")
    #expect(throws: DiffSide.Unreadable.self) { try DiffSide.read("future.json", in: directory) }
    #expect(throws: DiffSide.Unreadable.self) { try DiffSide.read("coverage.json", in: directory) }
    #expect(throws: DiffSide.Unreadable.self) { try DiffSide.read("broken.json", in: directory) }
    #expect(throws: DiffSide.Unreadable.self) { try DiffSide.read("nowhere", in: directory) }
  }

  @Test func theMarkdownIsCutCleanly() {
    var agents: [JSONValue] = []
    for index in 0..<3000 {
      agents.append(["id": .string("agent-\(index)"), "name": .string("Agent \(index)"), "email": "a@acme.example"])
    }
    let old = SnapshotVersions.upgraded(["format": "roster.snapshot/2", "agents": .array([])])
    let new = SnapshotVersions.upgraded(["format": "roster.snapshot/2", "agents": .array(agents)])
    let side = DiffReport.Side(label: "a", format: "roster.snapshot/2")
    var report = DiffReport(
      old: side, new: side, changes: SnapshotDiff.changes(old, new), snippets: [], diagnostics: nil,
      coverage: nil, coverageNote: nil)
    report.new.label = "b"
    for limit in [DiffMarkdown.limit, 5000] {
      let text = DiffMarkdown.render(report, limit: limit)
      #expect(text.utf8.count <= limit)
      #expect(text.hasPrefix(DiffMarkdown.marker + "\n"))
      #expect(text.components(separatedBy: "<details").count == text.components(separatedBy: "</details>").count)
      #expect(text.hasSuffix("_Cut at \(limit) characters: run `roster diff` for the whole report._\n"))
      #expect(text.contains("more not shown"))
    }
  }

  @Test func markdownKeepsUserTextInCode() {
    #expect(DiffMarkdown.code("a`b") == "``a`b``")
    #expect(DiffMarkdown.code("`x") == "`` `x ``")
    #expect(DiffMarkdown.code("<details>|x\ny") == "`<details>|x y`")
    #expect(DiffMarkdown.code("a|b", inTable: true) == "`a\\|b`")
    let invitation = DiffMarkdown.changeLines(
      EntityChange(
        section: "agent", id: "alice", kind: .changed,
        fields: [
          FieldChange(field: "meetings.invitation", old: "Hello,\nSee you.", new: "Hello,\nSee you ```soon\u{1B}.")
        ]))
    #expect(
      invitation == [
        "- **agent** `alice` changed",
        "  - meetings invitation: \n\n    ````diff\n    - See you.\n    + See you ```soon .\n    ````",
      ])
    #expect(DiffMarkdown.cell("<b>*x*</b>") == "\\<b\\>\\*x\\*\\</b\\>")
    #expect(DiffMarkdown.cell("a|b") == "a\\|b")
  }
}

/// The sides read from git, and the command line's exit codes.
@Suite struct DiffCommandTests {
  /// A repository holding examples/acme at its root, one commit, and then `edits` in the working tree.
  func repository(edits: [(String, String, String)]) throws -> String {
    let directory = makeTemporaryDirectory()
    DiffTests.acme(in: directory, "repo")
    let repo = directory + "/repo"
    for arguments in [
      ["init", "-q"], ["add", "-A"], ["-c", "user.email=t@acme.example", "-c", "user.name=T", "commit", "-qm", "acme"],
    ] {
      let output = try run("/usr/bin/env", ["git"] + arguments, in: repo)
      #expect(output.status == 0, "\(output.transcript)")
    }
    DiffTests.acme(in: directory, "repo", edits: edits)
    return repo
  }

  /// The done-when of the diff: one agent's hours changed, read by a support manager.
  @Test func oneAgentsHoursAgainstHEAD() throws {
    let repo = try repository(edits: [DiffTests.changes[0]])
    defer { removeTemporary((repo as NSString).deletingLastPathComponent) }
    let status = try run("/usr/bin/env", ["git", "status", "--porcelain"], in: repo)
    let text = try roster("diff", "git:HEAD", ".", in: repo)
    #expect(text.status == 0, "\(text.transcript)")
    #expect(
      text.stdout.contains(
        "~ agent alice-martin\n      live-chat hours: mon 09:00-12:30, 13:30-18:00 → 10:00-12:30, 13:30-18:00\n"))
    #expect(text.stdout.contains("+ gap 2026-03-16 mon 09:00-10:00 (1h): alice-martin (live-chat hours)"))
    let markdown = try roster("diff", "git:HEAD", "--format", "markdown", in: repo)
    #expect(markdown.stdout.hasPrefix("<!-- roster-diff -->\n"))
    #expect(markdown.stdout.contains("| `sales` | 77.8% | 77.3% | 1h | — |"), "\(markdown.stdout)")
    // The working tree is as it was.
    #expect(try run("/usr/bin/env", ["git", "status", "--porcelain"], in: repo).stdout == status.stdout)
    let same = try roster("diff", "git:HEAD", "git:HEAD", "--exit-code", in: repo)
    #expect(same.status == 0)
    #expect(same.stdout.hasSuffix("no changes\n"))
    let differ = try roster("diff", "git:HEAD", ".", "--exit-code", in: repo)
    #expect(differ.status == 1)
    let subfolder = try roster("diff", "git:HEAD:agents", "agents", in: repo)
    #expect(subfolder.status == 2)
    #expect(subfolder.stderr.contains("no roster.yaml"), "\(subfolder.stderr)")
    let missing = try roster("diff", "git:no-such-branch", ".", in: repo)
    #expect(missing.status == 2)
    #expect(missing.stderr == "roster: error: git:no-such-branch: unknown revision 'no-such-branch'\n")
    // From a folder inside the configuration, and with `..`.
    let inside = try roster("diff", "git:HEAD:..", "..", in: repo + "/agents")
    #expect(inside.status == 0, "\(inside.transcript)")
    #expect(inside.stdout.contains("~ agent alice-martin"))
    let outside = try roster("diff", "git:HEAD:../..", ".", in: repo + "/agents")
    #expect(outside.stderr == "roster: error: git:HEAD:../..: '../..' leads outside the repository\n")
  }

  @Test func exitCodes() throws {
    let same = try roster("diff", "examples/acme", "examples/acme", "--exit-code")
    #expect(same.status == 0)
    let differ = try roster("diff", "examples/acme", "Tests/RosterKitTests/Fixtures/broken", "--exit-code")
    #expect(differ.status == 1, "\(differ.transcript)")
    let shown = try roster("diff", "examples/acme", "Tests/RosterKitTests/Fixtures/broken")
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("(roster.snapshot/2, 5 errors, 2 warnings)"), "\(shown.stdout)")
    // A side with errors is compared, and its errors are listed.
    #expect(
      shown.stdout.contains("\n    error [unknown-key] agents/team.yaml:14: unknown key 'timzone' in 'live_chat'\n"))
    #expect(shown.stdout.contains("\n  + agent bob: Bob Stone <bob@acme.example>, live chat "), "\(shown.stdout)")
    let window = try roster(
      "diff", "examples/acme", "Tests/RosterKitTests/Fixtures/broken", "--from", "2026-03-02", "--until", "2026-03-09")
    #expect(window.stdout.hasSuffix("  Coverage: not compared: a side has no valid workspace time zone\n"))
    let badWindow = try roster(
      "diff", "examples/acme", "examples/acme", "--from", "2026-03-09", "--until", "2026-03-02")
    #expect(badWindow.status == 2)
    let halfWindow = try roster("diff", "examples/acme", "examples/acme", "--from", "2026-03-09")
    #expect(halfWindow.stderr == "roster: error: give both --from and --until, or neither\n")
    let unreadable = try roster("diff", "examples/acme", "nowhere")
    #expect(unreadable.status == 2)
    #expect(unreadable.stderr == "roster: error: nowhere: no such folder or snapshot\n")
    let file = try roster("diff", "examples/acme/roster.yaml", "examples/acme")
    #expect(file.status == 2)
    #expect(file.stderr.contains("give the folder that holds roster.yaml (examples/acme)"))
  }
}
