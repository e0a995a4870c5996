import Testing

@testable import RosterKit

/// Findings inside a text point at the piece to edit: a link, a token.
@Suite struct PlaceTests {
  /// A configuration whose live-chat fallback text ('en') is `text`, written as given (quotes included).
  func fallback(_ text: String) -> Example {
    Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      fallbacks:
        live_chat:
          message: custom
          text: \(text)
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """)
  }

  @Test(arguments: [
    (
      "\"See [our form](acme.example/contact).\"",
      "roster.yaml:5:27 unsafe-link: link target 'acme.example/contact' in the live-chat fallback text ('en') has no scheme (write 'https://acme.example/contact')"
    ),
    (
      "\"See [our form](https://acme.example/contact us).\"",
      "roster.yaml:5:27 unsafe-link: link target 'https://acme.example/contact us' in the live-chat fallback text ('en') has a space (write a space in an address as %20)"
    ),
    (
      "\"See [our form](htps://acme.example/contact).\"",
      "roster.yaml:5:27 unsafe-link: link to 'htps:' in the live-chat fallback text ('en') is not allowed (did you mean 'https:'?)"
    ),
    (
      "'Write to [sales](sales@acme.example).'",
      "roster.yaml:5:29 unsafe-link: link target 'sales@acme.example' in the live-chat fallback text ('en') has no scheme (write 'mailto:sales@acme.example')"
    ),
    (
      "See [our form](/contact).",
      "roster.yaml:5:26 unsafe-link: link target '/contact' in the live-chat fallback text ('en') has no scheme (a visitor sees this on any page of the site: write the whole address, with https://)"
    ),
    (
      "\"Away. <javascript:alert(1)>\"",
      "roster.yaml:5:19 unsafe-link: link to 'javascript:' in the live-chat fallback text ('en') is not allowed (link only to https, http and mailto addresses)"
    ),
    (
      "\"See [form](https:acme.example).\"",
      "roster.yaml:5:23 unsafe-link: link target 'https:acme.example' in the live-chat fallback text ('en') lacks '//' after 'https:' (write 'https://' and the address)"
    ),
  ])
  func aLinkErrorPointsAtTheLink(_ text: String, _ expected: String) throws {
    #expect(try findings(fallback(text)) == [expected])
  }

  @Test(arguments: [
    "\"See [form](https://acme.example/contact) or mail <mailto:help@acme.example>.\"",
    "\"Read https://acme.example/help, or [write](mailto:help@acme.example \\\"Mail us\\\").\"",
    "\"Note: we answer within a day.\"",
  ])
  func absoluteLinksAndProseAreSafe(_ text: String) throws {
    #expect(try findings(fallback(text)) == [])
  }

  /// A link in a block scalar is found on its own line; one whose text holds an
  /// escape is reported on the whole text rather than in a wrong place.
  @Test func aLinkIsPlacedWhereTheSourceHoldsItAsWritten() throws {
    let block = try findings(fallback("|\n      We are away.\n      Write [here](acme.example/contact)."))
    #expect(block.count == 1)
    #expect(
      block.first?.hasPrefix("roster.yaml:7:20 unsafe-link: link target 'acme.example/contact'") == true, "\(block)")
    let escaped = try findings(fallback("\"Away. [here](acme.ex\\u0061mple/contact)\""))
    #expect(escaped.count == 1)
    #expect(
      escaped.first?.hasPrefix("roster.yaml:5:11 unsafe-link: link target 'acme.example/contact'") == true, "\(escaped)"
    )
  }

  func invitation(_ text: String) throws -> [String] {
    try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
        agents:
          alice:
            name: Alice Martin
            email: alice@acme.example
            meetings:
              calendar: google
              timezone: Europe/Paris
              duration: 30m
              hours: {tue: 14:00-18:00}
              invitation: \(text)
        teams:
          sales: {name: Sales, agents: [alice]}

        """))
  }

  /// An unclosed token is reported alone, on itself; the token after it is read as written.
  @Test func anUnclosedTokenDoesNotSwallowTheNext() throws {
    #expect(
      try invitation("\"See you on {{meeting.date} at {{meeting.time}}, {{ person.first_name }}\"") == [
        "roster.yaml:11:31 unknown-token: token '{{meeting.date}' in the invitation of agent 'alice' is missing a '}' (end it with '}}'; did you mean 'meeting.time'?)"
      ])
    #expect(
      try invitation("\"Hello {{person.firstname}} at {{meeting.time}} {{oops\"") == [
        "roster.yaml:11:26 unknown-token: unknown token '{{person.firstname}}' in the invitation of agent 'alice' (did you mean 'person.first_name'?)",
        "roster.yaml:11:67 unknown-token: unclosed '{{' in the invitation of agent 'alice' (write tokens as {{agent.name}})",
      ])
  }

  @Test func tokensStopAtTheFirstBrace() {
    let tokens = Rule.tokens(in: "a {{x} b {{ y }} {{z {{w}}")
    #expect(tokens.map(\.name) == ["x", "y", "z", "w"])
    #expect(tokens.map(\.end) == [.singleBrace, .closed, .open, .closed])
    #expect(tokens.map(\.bytes) == [2..<6, 9..<16, 17..<20, 21..<26])
  }
}

/// `url_prefix` is matched against the page's path (SPEC 3).
@Suite struct URLPrefixTests {
  @Test(arguments: [
    (
      "fr/",
      "url_prefix 'fr/' must start with '/' (write '/fr/': the prefix is matched against the page's path, which starts with '/')"
    ),
    (
      "https://acme.example/de/",
      "url_prefix 'https://acme.example/de/' is a URL, not a path (write '/de/': the prefix is matched against the page's path, without the site's address)"
    ),
    (
      "//acme.example/es",
      "url_prefix '//acme.example/es' is a URL, not a path (write '/es': the prefix is matched against the page's path, without the site's address)"
    ),
    (
      "\"/en/contact us\"",
      "url_prefix '/en/contact us' holds white space or a control character (write a space as %20)"
    ),
  ])
  func aPrefixThatIsNoPathIsInvalid(_ prefix: String, _ message: String) throws {
    let found = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
        agents:
          alice: {name: Alice Martin, email: alice@acme.example, live_chat: {timezone: Europe/Paris, hours: {mon: 09:00-17:00}}}
        groups:
          support: {name: Support, agents: [alice], code: abcdef123}
        triggers:
          - {name: French, when: {url_prefix: \(prefix)}, assign: support}

        """))
    #expect(found == ["roster.yaml:7:39 invalid-value: " + message])
  }

  @Test(arguments: ["/", "/fr/", "/de/preise?x=1", "/%20a"])
  func pathsAreValid(_ prefix: String) {
    #expect(TextFormats.checkPath(prefix) == .valid)
  }
}

/// An include pattern that selects nothing is one finding, not the cascade of what its files define.
@Suite struct UnknownIncludeTests {
  func found(_ include: String) throws -> [String] {
    try findings(
      Example(files: [
        "roster.yaml": """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
        include: \(include)
        triggers:
          - {name: French, when: {url_prefix: /fr/}, assign: support}

        """,
        "agents/alice.yaml": """
        agents:
          alice:
            name: Alice Martin
            email: alice@acme.example
            live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}

        """,
        "groups.yaml": "groups:\n  support: {name: Support, agents: [alice], code: acme-support-2024}\n",
      ]))
  }

  @Test(arguments: [
    ("[agents/*.yaml, group.yaml]", "2:26", "group.yaml", "did you mean 'groups.yaml'?"),
    ("[agent/*.yaml, groups.yaml]", "2:11", "agent/*.yaml", "did you mean 'agents/*.yaml'?"),
    (
      "[agents/*.yaml, groups.yaml, teams/**/*.yaml]", "2:39", "teams/**/*.yaml",
      "patterns are relative to the root, such as 'agents/*.yaml' or '**/*.yaml'"
    ),
  ])
  func aPatternThatMatchesNothingIsOneFinding(_ include: String, _ place: String, _ pattern: String, _ hint: String)
    throws
  {
    #expect(
      try found(include) == [
        "roster.yaml:\(place) unknown-include: include pattern '\(pattern)' matches no file (\(hint)) [note: 23 checks that look across files did not run, as they would report what the files it should select hide]"
      ])
  }

  @Test func everyPatternMatchingIsClean() throws {
    #expect(try found("[agents/*.yaml, groups.yaml]") == [])
  }

  /// With the rule off, nothing is hidden: the checks run and say what is missing.
  @Test func theRuleOffLetsTheChecksRun() throws {
    let found = try findings(
      Example(
        """
        workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, rules: {unknown-include: off}}
        include: [groups.yaml]
        triggers:
          - {name: French, when: {url_prefix: /fr/}, assign: support}

        """))
    #expect(found.map { $0.split(separator: " ")[1] } == ["unknown-group:"], "\(found)")
  }
}
