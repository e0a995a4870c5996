import Testing

@testable import RosterKit

/// One mistake, one finding (SPEC 5): a value that fails to load is reported
/// once, by the loader, and no rule draws a conclusion from its absence.
/// Each test gives the whole list of findings.
@Suite struct CascadeTests {
  static let workspace = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"

  @Test(arguments: ["9-17", "11am-8pm", "[09:00-12:00, 9-17]", "095555555555555555555555:00-12:00"])
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
            support: {name: Support, agents: [alice], code: acme-support}

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
            support: {name: Support, agents: [alice], code: acme-support}

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
            support: {name: Support, agents: [alice], code: acme-support}

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
            support: {name: Support, agents: [Alice], code: acme-support}

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
          support: {name: Support, agents: [alice], code: acme-support}
          sales: {name: {en: Sales, fr: Ventes, de: Verkauf}, agents: [alice], code: acme-sales}

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
        "agents/a.yaml:5:72 overlapping-hours: block 'mon-fri 11:00-13:00' overlaps 'mon-fri 09:00-12:00' on mon 11:00-12:00"
          + " [note: the other block is here]",
        "agents/b.yaml:2:18 yaml-syntax: did not find expected ',' or '}' while parsing a flow mapping"
          + " [note: \(skipped) checks that look across files did not run, as they would report what this file hides]",
      ])
  }
  /// One finding for each of these mistakes, whatever the rules would conclude from it.
  @Test(
    arguments: [
      // A misspelled optional key: its value was meant, so nothing is concluded from its absence.
      (
        "  alice:\n    name: Alice Martin\n    email: alice@acme.example\n    live_chat: {timezone: Europe/Paris, hour: {mon: 09:00-17:00}}\ngroups:\n  g: {name: G, agents: [alice], code: acme-g}\n",
        "unknown-key"
      ),
      (
        "  alice: {name: Alice Martin, email: alice@acme.example}\nteams:\n  t: {name: T, agnts: [alice]}\n",
        "unknown-key"
      ),
      // An entity that is not a mapping still exists: no unknown-agent, orphan or unknown group.
      ("  bob: x\nteams:\n  u: {name: U, agents: [bob]}\n", "wrong-type"),
      ("  carol: {name: Carol, email: carol@acme.example}\nteams:\n  t: [carol]\n", "wrong-type"),
      (
        "  alice: {name: Alice Martin, email: alice@acme.example}\nteams:\n  t: {name: T, agents: [alice]}\ngroups:\n  g: 5\ntriggers:\n  - {name: E, when: {url_prefix: /e/}, assign: g}\n",
        "wrong-type"
      ),
      // A meeting section written with the wrong type might be the meetings the fallback offers.
      (
        "  alice:\n    name: Alice Martin\n    email: alice@acme.example\n    meetings: [google]\nteams:\n  t: {name: T, agents: [alice]}\nfallbacks:\n  live_chat: {offer_meeting_booking: true}\n",
        "wrong-type"
      ),
      // An invalid `enabled` says nothing of whether the group is on.
      (
        "  alice: {name: Alice Martin, email: alice@acme.example}\ngroups:\n  g: {name: G, agents: [alice], enabled: flase}\n",
        "invalid-value"
      ),
    ] as [(String, String)])
  func oneMistakeOneFinding(_ agents: String, _ rule: String) throws {
    let found = try findings(Example(Self.workspace + "agents:\n" + agents))
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains(" \(rule): ") == true, "\(found)")
  }

  @Test func triggersWithConditionsNotReadShadowNothing() throws {
    let found = try findings(
      Example(
        Self.workspace + """
          agents:
            alice:
              name: Alice Martin
              email: alice@acme.example
              live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
          groups:
            g: {name: G, agents: [alice], code: acme-g}
          triggers:
            - {name: A, when: {url_prefx: /de/, visitor_language: de}, assign: g}
            - {name: B, when: {url_prefix: " ", visitor_language: fr}, assign: g}
            - {name: C, when: {url_prefix: /de/x, visitor_language: de}, assign: g}
            - {name: D, when: {url_prefix: /fr/, visitor_language: fr}, assign: g}

          """))
    #expect(found.map { $0.split(separator: " ")[1] } == ["unknown-key:", "invalid-value:"], "\(found)")
  }

  @Test func anInvalidLocaleOrTextIsOneFinding() throws {
    let locales = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, FR]}
        fallbacks:
          live_chat: {message: custom, text: {en: Away, fr: Absents}}

        """))
    #expect(locales.count == 1 && locales[0].contains("invalid-value: invalid locale 'FR'"), "\(locales)")
    let text = try findings(
      Example(Self.workspace + "fallbacks:\n  meeting: {message: custom, text: [hello]}\n"))
    #expect(text.count == 1 && text[0].contains("wrong-type"), "\(text)")
    let misspelled = try findings(
      Example(Self.workspace + "fallbacks:\n  live_chat: {message: custom, txt: hi}\n"))
    #expect(misspelled.count == 1 && misspelled[0].contains("unknown-key"), "\(misspelled)")
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
        support: {name: Support, agents: [alice], code: acme-support}
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

/// A hint never changes what was meant (issue 11): offsets and abbreviations
/// get the zone they stand for, not a name one edit away.
@Suite struct TimeZoneHintTests {
  @Test(arguments: [
    ("GMT+5", "(UTC+5 all year is 'Etc/GMT-5')"),
    ("Etc/GMT+13", "UTC-13 is no zone; write the zone of the place"),
    ("UTC+05:30", "an offset follows no clock change; write the zone of the place"),
    ("Z", "'Z' is an abbreviation; write the zone of the place, such as 'Etc/UTC'"),
    ("SGT", "such as 'Asia/Singapore'"),
    ("PST", "such as 'America/Los_Angeles'"),
    ("Europe/Pariss", "did you mean 'Europe/Paris'?"),
  ])
  func anUnknownZoneGetsAHintThatKeepsItsMeaning(_ zone: String, _ hint: String) throws {
    let found = try findings(Example("workspace: {name: A, timezone: \"\(zone)\", default_locale: en}\n"))
    #expect(found.count == 1)
    #expect(found.first?.contains("invalid-value: unknown time zone '\(zone)'") == true, "\(found)")
    #expect(found.first?.contains(hint) == true, "\(found)")
    // Only a misspelled place gets a near name (no 'GMT+0', 'NZ' or 'Etc/GMT-13').
    #expect(found.first?.contains("did you mean") == hint.hasPrefix("did you mean"))
  }
}

/// Hints for the spellings people bring from elsewhere (issue 11).
@Suite struct SpellingHintTests {
  static let workspace = "workspace: {name: A, timezone: Europe/Paris, default_locale: en"

  @Test(arguments: [("yes", "write true"), ("off", "write false"), ("No", "write false")])
  func yaml11BooleansGetWhatTheyMeant(_ word: String, _ hint: String) throws {
    let found = try findings(Example(Self.workspace + ", ask_visitor_to_select_group: \(word)}\n"))
    #expect(found.count == 1)
    #expect(found.first?.contains("must be true or false, not '\(word)' (\(hint): YAML 1.1 read") == true, "\(found)")
  }

  /// `True` is a boolean to YAML 1.2 and to the JSON Schema, so to Roster too.
  @Test(arguments: ["True", "TRUE", "False", "FALSE", "\"true\""])
  func yaml12BooleansAreBooleans(_ word: String) throws {
    #expect(try findings(Example(Self.workspace + ", ask_visitor_to_select_group: \(word)}\n")) == [])
  }

  @Test(arguments: [
    ("Mon-Fri", "mon-fri"), ("saturday", "sat"), ("mon–fri", "mon-fri"), ("Thursday-Sunday", "thu-sun"),
  ])
  func dayKeysWrittenOtherwiseGetTheKeyMeant(_ key: String, _ meant: String) throws {
    let found = try findings(
      Example(
        Self.workspace + "}\nagents:\n  a: {name: A, email: a@b.example, "
          + "live_chat: {timezone: Europe/Paris, hours: {\"\(key)\": 09:00-17:00}}}\nteams: {t: {name: T, agents: [a]}}\n"
      ))
    #expect(found.count == 1)
    #expect(
      found.first?.contains("invalid day '\(key)'") == true
        && found.first?.hasSuffix("(did you mean '\(meant)'?)") == true, "\(found)")
  }

  /// Another tool's YAML under the root is said once, with why it is read.
  @Test func anotherToolsFileIsOneFinding() throws {
    let found = try findings(
      Example(files: [
        "roster.yaml": Self.workspace + "}\n",
        "docker-compose.yml": "services:\n  web: {image: nginx}\nvolumes: {}\n",
      ]))
    #expect(found.count == 1)
    #expect(
      found.first?.hasSuffix(
        "docker-compose.yml:1:1 unknown-key: unknown section 'services': this file holds no section of a Roster configuration (every .yaml and .yml file under the root is read; list the files to read under 'include:' in roster.yaml, or move this file out of the root)"
      ) == true, "\(found)")
  }

  /// Spanish is no typo of English: an unlisted language is to be listed, and a code that is no
  /// language gets no near code.
  @Test func localesGetNoNearCode() throws {
    let found = try findings(
      Example(
        Self.workspace + "}\ngroups:\n  g: {name: {en: G, es: G, xx: G}, code: gcode12}\n")
    ).filter { !$0.contains("empty-group") }
    #expect(found.count == 2, "\(found)")
    #expect(found.contains { $0.contains("invalid locale 'xx' ('xx' is not an ISO 639-1 language code;") })
    #expect(found.contains { $0.hasSuffix("(add 'es' to workspace.locales, or remove this text)") })
    #expect(!found.contains { $0.contains("did you mean") })
  }

  /// A missing translation is reported where it is added: at `text:`, not at its first entry.
  @Test func aMissingTranslationPointsAtItsText() throws {
    let found = try findings(
      Example(
        """
        workspace: {name: A, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
        fallbacks:
          live_chat:
            message: custom
            text:
              en: We are away.

        """))
    #expect(
      found == [
        "roster.yaml:5:5 missing-translation: custom live-chat fallback has no text in 'fr' (add 'fr' under 'text')"
      ])
  }

  /// A copied file of agents is one finding, not one per agent.
  @Test func aCopiedFileIsOneFinding() throws {
    let agents = """
      agents:
        alice: {name: Alice, email: alice@acme.example}
        bob: {name: Bob, email: bob@acme.example}
        carol: {name: Carol, email: carol@acme.example}

      """
    let found = try findings(
      Example(files: [
        "roster.yaml": Self.workspace + "}\nteams: {t: {name: T, agents: [alice, bob, carol]}}\n",
        "agents/singapore.yaml": agents,
        "agents/singapore copy.yaml": agents,
      ]))
    #expect(found.count == 1, "\(found)")
    #expect(
      found.first?.hasSuffix(
        "singapore.yaml:2:3 duplicate-id: this file defines the same 3 agents as another file, which defines them first (a copy of a file? remove one of the two) [note: the other file defines them here]"
      ) == true, "\(found)")
  }
}
