import Testing

@testable import RosterKit

/// One mistake, one finding (SPEC 5): a value that fails to load is reported
/// once, by the loader, and no rule draws a conclusion from its absence.
/// Each test gives the whole list of findings.
@Suite struct CascadeTests {
  /// Every finding as `line:column rule: message (hint)`, in display order.
  func findings(_ example: Example) throws -> [String] {
    let result = try check(example)
    let locator = SourceLocator(result.sources)
    return result.diagnostics.map { diagnostic in
      let span = locator.span(diagnostic.range)
      let file = span.path.split(separator: "/").suffix(2).joined(separator: "/")
      var line = "\(file):\(span.start.line):\(span.start.column) \(diagnostic.rule): \(diagnostic.message)"
      if let hint = diagnostic.hint { line += " (\(hint))" }
      for note in diagnostic.notes { line += " [note: \(note.message)]" }
      return line.replacingOccurrences(of: #"^[^ ]*?roster\.yaml"#, with: "roster.yaml", options: .regularExpression)
    }
  }

  static let workspace = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"

  @Test(arguments: ["9-17", "11am-8pm", "[09:00-12:00, 9-17]"])
  func anInvalidBlockIsOnlyInvalid(_ block: String) throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice:
              name: Alice Martin
              email: alice@acme.example
              live_chat:
                timezone: Europe/Paris
                hours: {mon-fri: \(block)}
          groups:
            support: {name: Support, agents: [alice]}

          """))
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("invalid-value: invalid block") == true, "\(found)")
    #expect(found.first?.contains("(write HH:MM-HH:MM, such as 09:00-17:30)") == true)
  }

  @Test func hoursOfTheWrongTypeAreOnlyAWrongType() throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice:
              name: Alice Martin
              email: alice@acme.example
              live_chat: {timezone: Europe/Paris, hours: 09:00-17:00}
          groups:
            support: {name: Support, agents: [alice]}

          """))
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("wrong-type: expected a mapping of days to blocks") == true, "\(found)")
  }

  @Test func aMisspelledRequiredKeyIsOnlyUnknown() throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice:
              name: Alice Martin
              email: alice@acme.example
              live_chat: {timezon: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          groups:
            support: {name: Support, agents: [alice]}

          """))
    #expect(
      found == [
        "roster.yaml:6:17 unknown-key: unknown key 'timezon' in 'live_chat' (did you mean 'timezone'?)"
      ])
    #expect(!found.contains { $0.contains("never-staffed-group") || $0.contains("no-hours") })
  }

  @Test func agentsWrittenAsAScalarAreOnlyAWrongType() throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice: {name: Alice Martin, email: alice@acme.example}
          teams:
            support: {name: Support, agents: alice}

          """))
    #expect(found == ["roster.yaml:5:36 wrong-type: expected a list for 'agents', found a scalar"])
  }

  @Test func aGroupListingAnInvalidIdIsNotEmptyAndOrphansNobody() throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice: {name: Alice Martin, email: alice@acme.example}
          groups:
            support: {name: Support, agents: [Alice]}

          """))
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.hasPrefix("roster.yaml:5:37 invalid-value: invalid id 'Alice'") == true, "\(found)")
  }

  @Test func aDefaultLocaleMissingFromLocalesIsOneFinding() throws {
    let found = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en-GB, locales: [en, fr, de]}
        fallbacks:
          meeting:
            message: custom
            text: {en: "No slot", fr: "Pas de créneau", de: "Kein Termin"}
          live_chat:
            message: custom
            text: {en: "Away", fr: "Absents", de: "Weg"}
        agents:
          alice:
            name: Alice Martin
            email: alice@acme.example
            live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
        groups:
          support: {name: Support, agents: [alice]}
          sales: {name: {en: Sales, fr: Ventes, de: Verkauf}, agents: [alice]}

        """))
    #expect(
      found == [
        "roster.yaml:1:65 unknown-locale: default locale 'en-GB' is not one of the workspace's locales (add 'en-GB' to locales)"
      ])
  }

  @Test func aTranslationOfTheWrongTypeIsNotAlsoMissing() throws {
    let found = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
        fallbacks:
          live_chat:
            message: custom
            text: {en: "Away", fr: [Absents]}

        """))
    #expect(found == ["roster.yaml:5:28 wrong-type: expected a text for 'fr', found a list"])
  }

  @Test func aFileThatCannotBeParsedSaysOnceWhichChecksDidNotRun() throws {
    let found = try findings(
      Example(files: [
        "roster.yaml": Self.workspace + "groups:\n  support: {name: Support, agents: [alice, bob]}\n",
        "agents/a.yaml": """
        agents:
          alice:
            name: Alice Martin
            email: alice@acme.example
            live_chat: {timezone: Europe/Paris, hours: {mon-fri: [09:00-12:00, 11:00-13:00]}}

        """,
        "agents/b.yaml": "agents:\n  bob: {name: Bob: Stone, email: bob@acme.example}\n",
      ]))
    let skipped = RuleID.allCases.filter { $0.looksAcrossFiles && $0.rule.check != nil }.count
    #expect(
      found == [
        "agents/a.yaml:5:72 overlapping-hours: block 'mon-fri 11:00-13:00' overlaps 'mon-fri 09:00-12:00'"
          + " [note: the other block is here]",
        "agents/b.yaml:2:18 yaml-syntax: did not find expected ',' or '}' while parsing a flow mapping"
          + " [note: \(skipped) checks that look across files did not run, as they would report what this file hides]",
      ])
  }
}

/// `shadowed-trigger` looks triggers up by the conditions that would cover
/// them; this pins the cases a scan of every earlier trigger would find.
@Suite struct ShadowedTriggerTests {
  func shadowed(_ triggers: [(String, url: String?, language: String?)]) throws -> [String] {
    var yaml = """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support: {name: Support, agents: [alice]}
      triggers:

      """
    for (name, url, language) in triggers {
      let conditions = [url.map { "url_prefix: '\($0)'" }, language.map { "visitor_language: \($0)" }]
        .compactMap { $0 }.joined(separator: ", ")
      yaml += "  - {name: \(name), when: {\(conditions)}, assign: support}\n"
    }
    let diagnostics = try check(Example(yaml)).diagnostics
    #expect(diagnostics.allSatisfy { $0.rule == .shadowedTrigger }, "\(diagnostics.map(\.message))")
    return diagnostics.map(\.message)
  }

  @Test func earlierPrefixesAndBaseLanguagesCoverLaterTriggers() throws {
    let found = try shadowed([
      ("a", url: "/fr/", language: nil),
      ("b", url: "/fr/aide/", language: "fr"),
      ("c", url: "/de/", language: "fr-CA"),
      ("d", url: nil, language: "fr"),
      ("e", url: "/de/x", language: "fr-CA"),
      ("f", url: "/f", language: nil),
      ("g", url: "/fr", language: nil),
      ("h", url: nil, language: "fr-CA"),
      ("i", url: "/es/", language: "pt"),
      ("j", url: "/es/", language: "pt-BR"),
    ])
    #expect(
      found == [
        "trigger 'b' is shadowed by earlier trigger 'a'",
        "trigger 'e' is shadowed by earlier trigger 'c'",
        "trigger 'g' is shadowed by earlier trigger 'f'",
        "trigger 'h' is shadowed by earlier trigger 'd'",
        "trigger 'j' is shadowed by earlier trigger 'i'",
      ])
  }
}
