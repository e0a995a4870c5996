import Foundation
import Testing

@testable import RosterKit

/// The input schema and the loader on one corpus of scalars: check-jsonschema
/// (which reads YAML as YAML 1.2, as editors do) turns a value down exactly
/// when Roster does, but for the few listed in `expectedDisagreements`.
///
/// Each kind of scalar gets one configuration whose entities carry one value
/// each, one entity per line, at the same spot: Roster's findings are mapped
/// back to a value by line, the schema's errors by JSON path.
@Suite struct SchemaAgreementTests {
  /// Where a kind of scalar goes in a configuration, and the values to try there.
  struct Kind: Sendable {
    var name: String
    /// The lines before the entities.
    var header: [String]
    /// The line of the entity with this index that carries this value.
    var line: @Sendable (_ index: Int, _ value: String) -> String
    /// The JSON path of that entity, or of the value, under which the schema
    /// reports it: keys, and list indexes as `[0]`.
    var path: @Sendable (_ index: Int, _ value: String) -> [String]
    /// Values as written in YAML, each a scalar (or a list or mapping) that keeps its line parseable.
    var values: [String]
    /// One configuration per value: for a value of the workspace, which a configuration has once.
    var oneConfigurationPerValue = false
  }

  /// A value that the schema cannot judge as Roster does, and why.
  struct Disagreement: Sendable {
    var kind: String
    var value: String
    /// What Roster says; the schema says the opposite.
    var rosterAccepts: Bool
    var reason: String
  }

  /// The findings that make Roster turn a value down: those of the loader's
  /// schema-like checks, at error severity.
  static let rejecting: Set<RuleID> = [.unknownKey, .missingKey, .wrongType, .invalidValue, .invalidDate]

  // MARK: - The corpus

  static let long64 = String(repeating: "a", count: 64)
  static let long65 = String(repeating: "a", count: 65)

  /// A mapping of entities `prefix0`, `prefix1`… under `section`, each `{fields…, key: VALUE}`.
  static func entities(
    _ name: String, section: String, prefix: String, fields: String = "",
    _ wrap: @escaping @Sendable (String) -> String,
    _ values: [String]
  ) -> Kind {
    Kind(
      name: name, header: ["\(section):"],
      line: { index, value in "  \(prefix)\(index): {\(fields)\(wrap(value))}" },
      path: { index, _ in [section, "\(prefix)\(index)"] }, values: values)
  }

  /// A list under `section`, one flow mapping per item.
  static func items(
    _ name: String, section: String, _ item: @escaping @Sendable (Int, String) -> String, _ values: [String]
  )
    -> Kind
  {
    Kind(
      name: name, header: ["\(section):"], line: { index, value in "  - {\(item(index, value))}" },
      path: { index, _ in [section, "[\(index)]"] }, values: values)
  }

  /// An agent whose line carries the value somewhere in `wrap`.
  static func agents(_ name: String, _ wrap: @escaping @Sendable (String) -> String, _ values: [String]) -> Kind {
    Kind(
      name: name, header: ["agents:"],
      line: { index, value in "  a\(index): {name: A, email: a\(index)@example.com, \(wrap(value))}" },
      path: { index, _ in ["agents", "a\(index)"] }, values: values)
  }

  static let workspaceLines = ["workspace:", "  name: W", "  timezone: UTC", "  default_locale: en"]

  static let kinds: [Kind] = [
    entities(
      "name", section: "teams", prefix: "t", { "name: \($0)" },
      [
        "Support", "Équipe é", #""  padded  ""#, #""""#, #"" ""#, #""\t""#, #""\u00A0""#, #""\u0085""#,
        #""\uFEFF""#, #""\u3000""#, #""\u2028""#, #""\u200B""#, #"" \u0301""#, "~", "null", "2024", "1.5", "true",
        ".nan", "😀", "１２３", #""\u0001""#, String(repeating: "x", count: 300), "[a]",
      ]),
    agents(
      "message", { "meetings: {calendar: google, timezone: UTC, duration: 30m, invitation: \($0)}" },
      [
        "Hello", #""""#, #"" ""#, "~", "null", "12", "true", #""{{agent.name}}""#, #""é\u00A0""#, "[a]", "{a: b}",
      ]),
    items(
      "id", section: "triggers", { index, value in "name: T\(index), when: {url_prefix: /}, assign: \(value)" },
      [
        "fr-support", "a", "0day", "x_1", "-a", "_a", "Fr", #""fr ""#, #"" fr""#, #""""#, "~", "null", "007",
        "12345678", "-1", "1.5", "1.0", "0x1F", "0x1f", "true", "True", "é", "a.b", long64, long65, "ａ", "😀",
      ]),
    entities(
      "email", section: "agents", prefix: "a", fields: "name: A, ", { "email: \($0)" },
      [
        "alice@acme.example", "Bob.Stone+chat@Acme.Example", "élise@exemple.fr", "a@b", "a@例え.jp", "a@1.2.3.4",
        "a@b.c-d.e", "a@ｂ.c", "a@😀.com", #""a\u00A0b@c.d""#, "alice", "a@@b", #""a b@c""#, "a@b..c", "a@.b", #""@b""#,
        "a@",
        #""a,b@c""#, "a@-b.c", "a@b-.c", "a@b_c.d", #""a@b!.c""#, #""a@b\x10c.d""#, #""a@b\u0019c.d""#,
        #""a@b.c ""#, #"" a@b.c""#, "a@b.c.", #""""#, "~", "12345",
      ]),
    items(
      "timezone", section: "closures",
      { index, value in "name: C\(index), from: 2026-01-05T10:00, until: 2026-01-05T11:00, timezone: \(value)" },
      [
        "Europe/Paris", "UTC", "Etc/GMT+5", "US/Eastern", "Europe/Kiev", "EST", "Zulu", "Asia/Calcutta",
        "America/Argentina/Buenos_Aires", "europe/paris", "Europe/paris", #""Europe/Paris ""#, #"" Europe/Paris""#,
        "Mars/Olympus", #""""#, "~", "+01:00", "GMT+1", "Z", "Europe/Paris/", "0",
      ]),
    Kind(
      name: "date", header: workspaceLines + ["  coverage:", "    until: 2026-01-01"],
      line: { _, value in "    from: \(value)" }, path: { _, _ in ["workspace", "coverage", "from"] },
      values: [
        "2025-03-29", "2024-02-29", "2027-02-29", "2000-02-29", "1900-02-29", "2026-04-31", "2026-04-30",
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2025-12-31", "2026-1-5", #""2025-03-29 ""#,
        #""2025-03-29T00:00""#, "26-03-29", "20250329", #""2025/03/29""#, "0000-01-01", "２０２５-03-29", "~",
        #""""#, "03-29",
      ], oneConfigurationPerValue: true),
    entities(
      "day", section: "calendars", prefix: "c", fields: "name: C, ", { "days: [{date: \($0)}]" },
      [
        "01-01", "12-25", "02-29", "02-30", "04-31", "04-30", "13-01", "00-10", "12-00", "2026-04-06", "2028-02-29",
        "2026-02-29", "2100-02-29", "2400-02-29", "2026-06-31", "1-1", #""12-25 ""#, #"" 12-25""#,
        "2026-12-24..2026-12-26", "12-25..12-26", "--12-25", "1225", "12/25", "~", #""""#,
      ]),
    entities(
      "day range", section: "calendars", prefix: "c", fields: "name: C, ", { "days: [{dates: \($0)}]" },
      [
        "2026-08-03..2026-08-21", "12-24..01-02", "01-01..12-31", #""2026-08-03 .. 2026-08-21""#,
        #"" 2026-08-03..2026-08-21 ""#, "2026-01-01..2027-01-01", "02-28..02-29", "03-01..03-01",
        "2026-08-03..08-21", "08-03..2026-08-21", "2026-08-21..2026-08-03", "2026-01-01..2027-01-02",
        "06-01..01-01", "03-10..03-01", "2026-02-29..2026-03-01", "02-28..02-30", "2026-08-03...2026-08-21",
        "2026-08-03", "2026-08-03..", "..2026-08-21", "2026-08-03..2026-08-10..2026-08-21",
        #""2026-08-03\t..2026-08-21""#, "2026-08-03 – 2026-08-21", "~", #""""#,
      ]),
    items(
      "local date-time", section: "closures",
      { index, value in "name: C\(index), from: \(value), until: 2026-06-12T16:00, timezone: UTC" },
      [
        "2026-06-12T14:00", "2026-06-12T00:00", "2026-06-12T23:59", "2028-02-29T10:00", "2026-06-12T24:00",
        "2026-06-12T14:60", "2026-06-12t14:00", #""2026-06-12 14:00""#, "2026-06-12T14:00:00", "2026-06-12T4:00",
        "2026-02-30T10:00", "2026-04-31T10:00", "2027-02-29T10:00", "2026-13-12T14:00", "2026-06-12T14:00Z",
        "2026-06-12", "~", #""""#,
      ]),
    agents(
      "locale", { "languages: [\($0)]" },
      [
        "en", "fr", "no", "pt-BR", "zz", "xx-US", "EN", "en-us", "en_US", "eng", "e", #""""#, "~", #""en ""#,
        "en-BRA", "ＥＮ", "iw", "sh", "zh-Hant", "1", "true",
      ]),
    entities(
      "locale key", section: "groups", prefix: "g", { "name: {\($0): Support}" },
      ["en", "pt-BR", "no", "zz", "EN", "en-us", #""en ""#, #""""#, "é"]),
    entities(
      "code", section: "groups", prefix: "g", fields: "name: G, ", { "code: \($0)" },
      [
        "7f3a9c2e1b4d5a60", "abcdef", "ABC-def_09", long64, "12345678", #""12345678""#, "012345", "-123456",
        "0x1F2A3B", "abcde", long65, "123", "1.5", "abc def", #""abcdef ""#, "abcdéf", "~", #""""#, "true",
        "abc.def", "ａｂｃｄｅｆ",
      ]),
    Kind(
      name: "glob", header: ["include:"], line: { _, value in "  - \(value)" },
      path: { index, _ in ["include", "[\(index)]"] },
      values: [
        #""*.yaml""#, #""**/*.yaml""#, "agents/*.yml", "./x.yaml", ".../x.yaml", "x/.../y", "x..y.yaml",
        #""x/ ../y""#, ".hidden/x.yaml", #""?.yaml""#, #""[ab].yaml""#, "123", "a/../b.yaml", "..", "../x.yaml",
        "/abs.yaml", "x/..", "a//..//b", #""a\n/../b""#, #""""#, "~", "null",
      ]),
    items(
      "path", section: "triggers", { index, value in "name: T\(index), when: {url_prefix: \(value)}, assign: g" },
      [
        "/", "/fr/", "/fr/pricing?x=1", "/é/", "/😀", #""/%20""#, "/a:b", #""/a\u200B""#, "fr/", #""""#,
        #""/a b""#, #""/a\u00A0b""#, #""/a\uFEFF""#, #""/a\u0085""#, #""/a\u3000""#, #""/a\tb""#, #""/a\u007F""#,
        "https://acme.example/fr/", "//acme.example/fr/", #""/go?to=https://x""#, #"" /fr/""#, #""/fr/ ""#, "~",
        "12",
      ]),
    agents(
      "integer", { "live_chat: {timezone: UTC, max_concurrent_chats: \($0)}" },
      [
        "3", "1", "100", #""4""#, #""007""#, "007", #""0000000000000000000000042""#, "0", "101", #""0""#,
        #""101""#, #""1000""#, "-5", #""-5""#, "1.5", "1.0", "0x1F", "1e2", "+5", #""+5""#, #""1e2""#, #"" 5""#,
        #""5 ""#, #""""#, "~", "five", "true", "99999999999999999999", #""99999999999999999999""#, "１２",
      ]),
    entities(
      "boolean", section: "groups", prefix: "g", fields: "name: G, ", { "private: \($0)" },
      [
        "true", "false", "True", "TRUE", "FALSE", #""true""#, "'false'", "yes", "on", "no", "off", "tRUE", "1", "0",
        #""1""#, "~", #""""#, #"" true""#, #""true ""#, "y", "Yes", "ｔｒｕｅ",
      ]),
    agents(
      "duration", { "live_chat: {timezone: UTC, auto_offline_after: \($0)}" },
      [
        "10m", "1h30m", "24h", "1m", "60s", "1h2m3s", "1440m", "01m", "0m", "30s", "25h", "1441m", "10",
        #""10""#, "10M", "1m1h", "1.5h", #""1h 30m""#, #"" 10m""#, #""""#, "~", "h", "m", "1h1h", "10mins",
        "１０m", "PT10M",
      ]),
    agents(
      "meetings calendar", { "meetings: {calendar: \($0), timezone: UTC, duration: 30m}" },
      ["google", "outlook", #""outlook""#, "Google", #""google ""#, "gmail", #""""#, "~", "true", "1", "[google]"]),
    agents(
      "time off only", { "time_off: [{date: 01-01, only: \($0)}]" },
      ["both", "live_chat", "meetings", #""both""#, "Both", "live-chat", "chat", #""""#, "~", "[both]"]),
    Kind(
      name: "severity", header: workspaceLines + ["  rules:"], line: { _, value in "    \(value)" },
      path: { _, value in ["workspace", "rules", String(value.prefix { $0 != ":" })] },
      values: [
        "orphaned-agent: error", "empty-team: warning", "empty-group: off", #"duplicate-member: "off""#,
        "yaml-syntax: error", #"unknown-key: "error""#, "no-hours: Off", "orphaned-calendar: OFF",
        "legacy-timezone: warn", "fixed-offset-timezone: false", "unsafe-link: no", "unknown-token: ~",
        #"shadowed-trigger: """#, #"never-staffed-group: " error""#, #"placeholder-group-code: "error ""#,
        "dst-only-gap: 0", "wrong-type: warning", "invalid-value: off", "missing-key: Error",
        "closed-day-reopened: [error]",
      ]),
    Kind(
      name: "rule id", header: workspaceLines + ["  rules:"], line: { _, value in "    \(value): error" },
      path: { _, value in ["workspace", "rules", value] },
      values: [
        "orphaned-agent", "yaml-syntax", "Orphaned-Agent", "orphaned_agent", "no-such-rule", "emptyteam",
        "empty-team-", "EMPTY-GROUP",
      ]),
    agents(
      "weekly block", { "live_chat: {timezone: UTC, hours: {mon: \($0)}}" },
      [
        "09:00-17:00", "9:30-12:00", #""22:00 - 24:00""#, "00:00-24:00", "17:00-01:00", "09:00-09:00",
        #"" 09:00-17:00""#, #""09:00-17:00 ""#, #""9:00 -17:00""#, #""09:00  -  17:00""#,
        "[09:00-12:00, 13:00-17:00]", "[]", "24:00-25:00", "24:00-01:00", "9-17", "09:00-12:60", "25:00-26:00",
        "09:00", "09:00-12:00-13:00", "09:0-12:00", #""\u00A009:00-17:00""#, "09:00–17:00", #""09:00\t-17:00""#,
        "009:00-17:00", "~", "[~]", #""""#, "900", #""09:00-17:00,""#, "９:00-17:00", "{a: b}",
      ]),
    agents(
      "weekly day key", { "live_chat: {timezone: UTC, hours: {\($0): 09:00-17:00}}" },
      [
        "mon", "sun", "mon-fri", "fri-mon", "mon-mon", "sat-sun", "thu-tue", "daily", "Mon", "MON", "monday", "mon-",
        "-fri", "mon - fri", #""mon ""#, #"" mon""#, "mon–fri", "daily-fri", "weekdays", "mon-tue-wed",
        #""mon,tue""#, "ｍｏｎ", #""""#,
      ]),
    entities(
      "dated hours", section: "calendars", prefix: "c", fields: "name: C, ", { "days: [{date: 01-01, hours: \($0)}]" },
      [
        "09:00-12:00", "[09:00-12:00, 13:00-17:00]", "9:30-12:00", "18:00-00:00", "00:00-24:00",
        #"" 09:00-12:00 ""#, "[]", "22:00-02:00", "12:00-09:00", "09:00-09:00", "00:00-00:00", "24:00-01:00",
        "9-12", "~", #""""#, "[09:00-12:00, 9-12]",
      ]),
  ]

  // MARK: - What cannot agree

  /// The values on which the schema and Roster cannot agree by nature, each
  /// with why. Roster reads every scalar as text; the schema sees what YAML
  /// 1.2 made of it, and compares nothing. Where it cannot tell, it accepts,
  /// so that an editor flags nothing that Roster takes, but a plain `null`.
  static let expectedDisagreements: [Disagreement] =
    disagreeing(
      ["name", "message", "id", "glob"], on: ["null"], rosterAccepts: true,
      because: "YAML 1.2 reads a plain null as null, Roster as the word (to Roster only ~ and nothing are null)")
    + disagreeing(["id"], on: ["1.0"], because: "YAML reads the number 1, a valid id")
    + disagreeing(["id"], on: ["0x1F"], because: "YAML reads the number 31, a valid id")
    + disagreeing(["id"], on: ["True"], because: "YAML reads the boolean true, a valid id")
    + disagreeing(["code"], on: ["123"], because: "YAML reads the number 123, which 000123, a valid code, also is")
    + disagreeing(
      ["integer"], on: ["1.0", "0x1F", "1e2", "+5"], because: "YAML reads a whole number in bounds; Roster wants digits"
    )
    + disagreeing(
      ["duration"], on: ["0m", "30s", "25h", "1441m"],
      because: "outside 1m to 24h: a pattern cannot add up hours, minutes and seconds")
    + disagreeing(
      ["day range"], on: ["2026-08-21..2026-08-03", "06-01..01-01", "03-10..03-01"],
      because: "reversed: a pattern cannot compare the two ends")
    + disagreeing(
      ["day range"], on: ["2026-01-01..2027-01-02"], because: "over 366 days: a pattern cannot compare the two ends")
    + disagreeing(
      ["dated hours"], on: ["22:00-02:00", "12:00-09:00", "09:00-09:00", "00:00-00:00"],
      because: "empty, or crossing midnight: a pattern cannot compare a block's two ends")

  static func disagreeing(_ kinds: [String], on values: [String], rosterAccepts: Bool = false, because reason: String)
    -> [Disagreement]
  {
    kinds.flatMap { kind in
      values.map { Disagreement(kind: kind, value: $0, rosterAccepts: rosterAccepts, reason: reason) }
    }
  }

  // MARK: - The test

  /// One value at its place: the configuration, the line and the JSON path.
  struct Spot {
    var kind: String
    var value: String
    var file: String
    var line: Int
    var path: [String]
  }

  @Test func theSchemaAndTheLoaderAgreeOnEveryScalar() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }

    // Write the configurations, one root each.
    var spots: [Spot] = []
    var roots: [String] = []
    for (number, kind) in Self.kinds.enumerated() {
      let groups = kind.oneConfigurationPerValue ? kind.values.map { [$0] } : [kind.values]
      var first = 0
      for (part, values) in groups.enumerated() {
        let root = directory + "/\(number)-\(part)"
        let file = root + "/roster.yaml"
        var lines = kind.header
        for (offset, value) in values.enumerated() {
          lines.append(kind.line(first + offset, value))
          spots.append(
            Spot(
              kind: kind.name, value: value, file: file, line: lines.count, path: kind.path(first + offset, value)))
        }
        if !kind.oneConfigurationPerValue { first += values.count }
        writeFile(lines.joined(separator: "\n") + "\n", to: file)
        roots.append(root)
      }
    }

    // Roster: a value is turned down by a loader finding on its line.
    var rosterRejects: [String: [Int: [String]]] = [:]
    for root in roots {
      let result = try Roster.check(root: root)
      let locator = SourceLocator(result.sources)
      for diagnostic in result.diagnostics {
        #expect(diagnostic.rule != .yamlSyntax, "\(root): \(diagnostic.message)")
        guard Self.rejecting.contains(diagnostic.rule), diagnostic.severity == .error else { continue }
        let line = locator.span(diagnostic.range).start.line
        rosterRejects[root + "/roster.yaml", default: [:]][line, default: []].append(
          "\(diagnostic.rule): \(diagnostic.message)")
      }
    }

    // The schema: a value is turned down by an error under its path.
    let output = try run(
      tool,
      ["-o", "json", "--schemafile", packageRoot + "/schema/roster.schema.json"] + roots.map { $0 + "/roster.yaml" },
      timeout: 120)
    let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let parseErrors = report?["parse_errors"] as? [Any] ?? []
    #expect(report != nil && parseErrors.isEmpty, "\(output.transcript)")
    var schemaRejects: [Int: [String]] = [:]
    for error in report?["errors"] as? [[String: Any]] ?? [] {
      let file = error["filename"] as? String ?? ""
      let message = error["message"] as? String ?? ""
      let placed = Self.paths(of: error).flatMap { path in
        spots.indices.filter { spots[$0].file == file && path.starts(with: spots[$0].path) }
      }
      #expect(!placed.isEmpty, "a schema error at no value: \(file) \(error["path"] ?? "") \(message)")
      for index in Set(placed) { schemaRejects[index, default: []].append(message) }
    }

    // Every value: both accept, or both turn it down, or it is an expected disagreement.
    var seenDisagreements = Set<String>()
    for (index, spot) in spots.enumerated() {
      let roster = rosterRejects[spot.file]?[spot.line]
      let schema = schemaRejects[index]
      let expected = Self.expectedDisagreements.first { $0.kind == spot.kind && $0.value == spot.value }
      if expected != nil { seenDisagreements.insert(spot.kind + "\u{0}" + spot.value) }
      let verdicts =
        "Roster \(roster.map { "rejects (\($0.joined(separator: "; ")))" } ?? "accepts"), "
        + "the schema \(schema.map { "rejects (\($0.joined(separator: "; ")))" } ?? "accepts")"
      let place =
        "\(spot.kind) `\(spot.value)` (\(spot.path.joined(separator: " ")), line \(spot.line) of \(spot.file))"
      switch (roster == nil, schema == nil, expected) {
      case (let rosterAccepts, let schemaAccepts, nil) where rosterAccepts != schemaAccepts:
        Issue.record("disagreement on \(place): \(verdicts)")
      case (let rosterAccepts, let schemaAccepts, let expected?) where rosterAccepts == schemaAccepts:
        Issue.record("\(place) was expected to disagree (\(expected.reason)) but does not: \(verdicts)")
      case (let rosterAccepts, _, let expected?) where rosterAccepts != expected.rosterAccepts:
        Issue.record("\(place) disagrees the other way than expected (\(expected.reason)): \(verdicts)")
      default:
        break
      }
    }
    for expected in Self.expectedDisagreements
    where !seenDisagreements.contains(expected.kind + "\u{0}" + expected.value) {
      Issue.record("expected disagreement on \(expected.kind) `\(expected.value)`, which the corpus does not hold")
    }

    // The controls: in every kind, both accept some value and both turn some down.
    for kind in Self.kinds {
      let verdicts = spots.indices.filter { spots[$0].kind == kind.name }.map {
        (rosterRejects[spots[$0].file]?[spots[$0].line] == nil, schemaRejects[$0] == nil)
      }
      #expect(verdicts.contains { $0 == (true, true) }, "no value of \(kind.name) is accepted by both")
      #expect(verdicts.contains { $0 == (false, false) }, "no value of \(kind.name) is turned down by both")
    }
  }

  // MARK: - Helpers

  /// What a check-jsonschema error is about, as lists of keys and indexes:
  /// its path, or the keys under it that were not allowed.
  static func paths(of error: [String: Any]) -> [[String]] {
    let path = components(error["path"] as? String ?? "")
    let message = error["message"] as? String ?? ""
    guard message.hasPrefix("Additional properties are not allowed") else { return [path] }
    // `('a', 'b' were unexpected)`: the names between single quotes.
    let parts = message.split(separator: "'", omittingEmptySubsequences: false)
    return parts.indices.filter { $0 % 2 == 1 }.map { path + [String(parts[$0])] }
  }

  /// The keys and indexes of a path as check-jsonschema writes it: `$.a.b[0]['c-d']`.
  static func components(_ path: String) -> [String] {
    var result: [String] = []
    var rest = path.dropFirst()
    while let first = rest.first {
      let part: Substring
      if first == "." {
        part = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
        rest = rest.dropFirst(part.count + 1)
      } else if rest.hasPrefix("['"), let end = rest.range(of: "']") {
        part = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
        rest = rest[end.upperBound...]
      } else {
        part = rest.prefix { $0 != "]" } + "]"
        rest = rest.dropFirst(part.count)
      }
      result.append(String(part))
    }
    return result
  }
}
