import Foundation
import Testing

@testable import RosterKit

// MARK: - Model values built by hand

private let here = SourceRange.fileStart(FileID(0))

private func at<T>(_ value: T) -> Located<T> { Located(value, at: here) }

private func workspace(
  locales: [String] = [], widgetID: String? = nil, rules: [RuleSetting] = []
) -> Workspace {
  Workspace(
    name: at("Acme"), timezone: at("Europe/Paris"), defaultLocale: at("en"),
    locales: locales.map(at), askVisitorToSelectGroup: at(false),
    widgetID: widgetID.map(at), rules: rules, range: here)
}

private func text(_ pairs: KeyValuePairs<String, String>, plain: Bool = false) -> LocalizedText {
  LocalizedText(
    entries: pairs.map { LocalizedText.Entry(locale: at($0.key), text: at($0.value)) },
    isPlain: plain, range: here)
}

private func block(_ days: [Weekday], _ start: String, _ end: String) -> HoursBlock {
  func minutes(_ clock: String) -> Int {
    let parts = clock.split(separator: ":").map { Int($0)! }
    return parts[0] * 60 + parts[1]
  }
  return HoursBlock(
    dayKey: days.map(\.name).joined(separator: ","), days: days, start: minutes(start),
    end: minutes(end), range: here)
}

private func agent(
  _ id: String, name: String? = nil, email: String? = nil, languages: [String] = [],
  liveChat: LiveChat? = nil, meetings: Meetings? = nil
) -> Agent {
  Agent(
    id: at(id), name: at(name ?? id.capitalized), email: at(email ?? "\(id)@acme.example"),
    languages: languages.map(at), liveChat: liveChat, meetings: meetings, range: here)
}

private func team(_ id: String, _ members: [String]) -> Team {
  Team(id: at(id), name: at(id.uppercased()), agents: members.map(at), range: here)
}

private func group(
  _ id: String, name: LocalizedText? = nil, members: [String] = [], code: String? = nil,
  enabled: Bool = true
) -> Group {
  Group(
    id: at(id), name: name ?? text(["en": id]), agents: members.map(at), isPrivate: false,
    isEnabled: at(enabled), explicitCode: code.map(at), range: here)
}

private func configuration(
  workspace: Workspace? = workspace(), fallbacks: Fallbacks? = nil, agents: [Agent] = [],
  teams: [Team] = [], groups: [Group] = [], triggers: [Trigger] = []
) -> Configuration {
  var configuration = Configuration(rootFile: FileID(0))
  configuration.workspace = workspace
  configuration.fallbacks = fallbacks
  configuration.agents = agents
  configuration.teams = teams
  configuration.groups = groups
  configuration.triggers = triggers
  return configuration
}

/// A member of an object, or nil.
private func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
  guard case .object(let members)? = value else { return nil }
  return members[key]
}

/// The items of an array, or an empty list.
private func items(_ value: JSONValue?) -> [JSONValue] {
  guard case .array(let items)? = value else { return [] }
  return items
}

private func occurrences(of needle: String, in text: String) -> Int {
  text.components(separatedBy: needle).count - 1
}

/// The emit stage: JSON, digests, the snapshot and the snippets.
@Suite enum EmitTests {}

// MARK: - JSON

extension EmitTests {
  @Suite struct JSONText {
    @Test func prettyPrintingSortsKeysAndIndentsByTwoSpaces() {
      let value: JSONValue = [
        "b": [1, true, nil], "a": [:], "c": [], "d": ["y": "z", "x": -3],
      ]
      #expect(
        value.prettyPrinted() == """
          {
            "a": {},
            "b": [
              1,
              true,
              null
            ],
            "c": [],
            "d": {
              "x": -3,
              "y": "z"
            }
          }

          """)
    }

    @Test func scalarsPrintOnOneLineWithOneNewline() {
      #expect(JSONValue.string("a").prettyPrinted() == "\"a\"\n")
      #expect(JSONValue.null.prettyPrinted() == "null\n")
      #expect(JSONValue.array([]).prettyPrinted() == "[]\n")
    }

    @Test func stringsEscapeOnlyQuotesBackslashesAndControls() {
      let value = JSONValue.string("say \"hi\" \\ a/b é 😀 \u{2028} \u{7F}\u{08}\u{0C}\n\r\t\u{00}\u{1F}")
      #expect(
        value.canonical()
          == "\"say \\\"hi\\\" \\\\ a/b é 😀 \u{2028} \u{7F}\\b\\f\\n\\r\\t\\u0000\\u001f\"")
    }

    @Test func canonicalFormMatchesRFC8785StringExample() {
      // RFC 8785, 3.2.2.2: "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/"
      let value = JSONValue.string("€$\u{0F}\nA'B\"\\\\\"/")
      #expect(value.canonical() == #""€$\u000f\nA'B\"\\\\\"/""#)
    }

    @Test func canonicalFormSortsKeysByUTF16CodeUnits() {
      // RFC 8785, 3.2.3: the emoji (a surrogate pair, D83D…) sorts before U+FB33,
      // unlike an order by Unicode scalars.
      let value: JSONValue = [
        "\u{20AC}": "Euro Sign", "\r": "Carriage Return",
        "\u{FB33}": "Hebrew Letter Dalet With Dagesh", "1": "One",
        "\u{1F600}": "Emoji: Grinning Face", "\u{80}": "Control",
        "\u{F6}": "Latin Small Letter O With Diaeresis",
      ]
      let expected =
        #"{"\r":"Carriage Return","1":"One","\#u{80}":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\#u{FB33}":"Hebrew Letter Dalet With Dagesh"}"#
      #expect(value.canonical() == expected)
    }

    @Test func canonicalFormHasNoWhitespace() {
      let value: JSONValue = ["z": [1, [:], []], "a": ["k": nil, "j": false]]
      #expect(value.canonical() == #"{"a":{"j":false,"k":null},"z":[1,{},[]]}"#)
    }

    @Test func prettyOutputIsValidJSONThatMeansTheSame() throws {
      let value: JSONValue = ["name": "a\u{1}b\"c/d", "list": [1, "x", ["deep": []]]]
      let parsed = try JSONSerialization.jsonObject(with: Data(value.prettyPrinted().utf8))
      let reparsed = try JSONSerialization.jsonObject(with: Data(value.canonical().utf8))
      #expect((parsed as? NSDictionary) == (reparsed as? NSDictionary))
      #expect((parsed as? [String: Any])?["name"] as? String == "a\u{1}b\"c/d")
    }
  }
}

// MARK: - Digest

extension EmitTests {
  @Suite struct Digest {
    @Test func digestIsTheSHA256OfTheCanonicalForm() {
      // printf '{"a":1}' | sha256sum
      #expect(
        Snapshot.digest(of: ["a": 1])
          == "sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862")
      // printf '{"b":[true,null,"é/"]}' | sha256sum
      #expect(
        Snapshot.digest(of: ["b": [true, nil, "é/"]])
          == "sha256:f5be45a42edfc05351616322f859d043efe6920d171c8525b5aa3020375578ff")
    }

    @Test func digestChangesWhenContentChanges() {
      let before = Snapshot.render(configuration(agents: [agent("alice")]))
      let after = Snapshot.render(configuration(agents: [agent("alice", name: "Alice B")]))
      let digest = { (text: String) in text.split(separator: "\n").first { $0.contains("\"digest\"") } }
      #expect(digest(before) != nil)
      #expect(digest(before) != digest(after))
    }

    @Test func renderedDigestCoversTheSnapshotWithoutIt() throws {
      let config = configuration(agents: [agent("alice")], groups: [group("support", members: ["alice"])])
      let rendered = Snapshot.render(config)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
      #expect(object["digest"] as? String == Snapshot.digest(of: Snapshot.value(for: config)))
      #expect(member(Snapshot.value(for: config), "digest") == nil)
    }
  }
}

// MARK: - Snapshot

extension EmitTests {
  @Suite struct SnapshotContent {
    @Test func minimalConfigurationWritesEveryDefault() {
      let config = configuration(
        workspace: workspace(rules: [
          RuleSetting(rule: .orphanedAgent, severity: .error, range: here),
          RuleSetting(rule: .emptyTeam, severity: nil, range: here),
        ]))
      // The digest is `printf %s "$canonical" | sha256sum` of the text below, minified.
      #expect(
        Snapshot.render(config) == """
          {
            "agents": [],
            "calendars": [],
            "closures": [],
            "digest": "sha256:a53afc7b30dfd3f6dd7ca2e122d7d69fc288d0d8a35121e80eb76dd735a9649f",
            "fallbacks": {
              "live_chat": {
                "message": "system",
                "offer_meeting_booking": false,
                "text": null
              },
              "meeting": {
                "message": "system",
                "text": null
              }
            },
            "format": "roster.snapshot/2",
            "groups": [],
            "teams": [],
            "triggers": [],
            "workspace": {
              "ask_visitor_to_select_group": false,
              "calendars": [],
              "coverage": null,
              "default_locale": "en",
              "locales": [
                "en"
              ],
              "name": "Acme",
              "rules": {
                "block-in-dst-gap": "warning",
                "closed-day-reopened": "warning",
                "conflicting-dates": "error",
                "dated-entry-changes-nothing": "warning",
                "dst-only-gap": "warning",
                "duplicate-email": "error",
                "duplicate-group-code": "error",
                "duplicate-id": "error",
                "duplicate-member": "warning",
                "duplicate-section": "error",
                "duplicate-trigger-name": "error",
                "empty-block": "error",
                "empty-file": "warning",
                "empty-group": "warning",
                "empty-team": "off",
                "every-group-closed": "warning",
                "extra-hours-during-time-off": "error",
                "fixed-offset-timezone": "warning",
                "group-unstaffed": "warning",
                "invalid-closure": "error",
                "invalid-date": "error",
                "legacy-timezone": "warning",
                "meeting-block-too-short": "warning",
                "meeting-booking-unavailable": "error",
                "missing-translation": "error",
                "missing-workspace": "error",
                "never-staffed-group": "warning",
                "no-hours": "warning",
                "no-selectable-group": "warning",
                "orphaned-agent": "error",
                "orphaned-calendar": "warning",
                "overlapping-hours": "error",
                "placeholder-group-code": "warning",
                "shadowed-trigger": "warning",
                "trigger-to-disabled-group": "error",
                "unknown-agent": "error",
                "unknown-calendar": "error",
                "unknown-group": "error",
                "unknown-include": "error",
                "unknown-locale": "error",
                "unknown-token": "error",
                "unsafe-link": "error",
                "untranslated-group-name": "warning"
              },
              "timezone": "Europe/Paris",
              "widget_id": null
            }
          }

          """)
    }

    /// The rules are written at their severity in effect: writing a default changes no byte.
    @Test func writingADefaultSeverityChangesNothing() {
      let plain = Snapshot.render(configuration(workspace: workspace(rules: [])))
      let explicit = Snapshot.render(
        configuration(
          workspace: workspace(rules: [
            RuleSetting(rule: .orphanedAgent, severity: .warning, range: here),
            RuleSetting(rule: .duplicateID, severity: .error, range: here),
          ])))
      #expect(plain == explicit)
      #expect(
        plain
          != Snapshot.render(
            configuration(
              workspace: workspace(rules: [
                RuleSetting(rule: .orphanedAgent, severity: .error, range: here)
              ]))))
    }

    @Test func missingWorkspaceIsNull() {
      #expect(member(Snapshot.value(for: configuration(workspace: nil)), "workspace") == .null)
    }

    @Test func entitiesAreSortedByIDAndTheFirstCopyWins() {
      let config = configuration(
        agents: [agent("carol"), agent("alice", name: "First"), agent("bob"), agent("alice", name: "Second")],
        teams: [team("zeta", []), team("alpha", [])],
        groups: [group("web", code: "first1"), group("app"), group("web", code: "second")])
      let value = Snapshot.value(for: config)
      #expect(items(member(value, "agents")).map { member($0, "id") } == ["alice", "bob", "carol"])
      #expect(member(items(member(value, "agents")).first, "name") == "First")
      #expect(items(member(value, "teams")).map { member($0, "id") } == ["alpha", "zeta"])
      #expect(items(member(value, "groups")).map { member($0, "id") } == ["app", "web"])
      #expect(member(items(member(value, "groups")).last, "code") == "first1")
    }

    @Test func membersAreSortedAndAgentsListTheirTeamsAndGroups() {
      let config = configuration(
        agents: [agent("alice"), agent("bob"), agent("carol")],
        teams: [team("sales", ["carol", "alice", "carol"]), team("ops", ["alice"])],
        groups: [group("fr", members: ["bob", "alice", "bob"]), group("de", members: [])])
      let value = Snapshot.value(for: config)
      let teams = items(member(value, "teams"))
      #expect(member(teams.last, "agents") == ["alice", "carol"])
      #expect(member(items(member(value, "groups")).last, "agents") == ["alice", "bob"])
      let agents = items(member(value, "agents"))
      #expect(member(agents[0], "teams") == ["ops", "sales"])
      #expect(member(agents[0], "groups") == ["fr"])
      #expect(member(agents[1], "teams") == [])
      #expect(member(agents[2], "groups") == [])
    }

    @Test func agentDefaultsAreWrittenOut() {
      let value = Snapshot.value(
        for: configuration(agents: [agent("alice", email: "Alice.Martin@ACME.example", languages: ["fr", "en", "fr"])]))
      #expect(
        items(member(value, "agents")).first
          == [
            "id": "alice", "name": "Alice", "email": "alice.martin@acme.example",
            "languages": ["en", "fr"], "live_chat": nil, "meetings": nil, "teams": [], "groups": [],
            "calendars": [], "time_off": [], "extra_hours": [],
          ])
    }

    @Test func liveChatAndMeetingsUseSecondsAndNormalizedHours() {
      let liveChat = LiveChat(
        timezone: at("Europe/Paris"),
        hours: WeeklyHours(
          blocks: [
            block([.mon, .tue], "13:00", "17:00"), block([.mon], "09:00", "13:00"),
            block([.sun], "22:00", "02:00"), block([.fri], "20:00", "24:00"),
          ], range: here),
        autoOfflineAfter: at(600), receiveWhenInvisibleAfter: nil, maxConcurrentChats: at(3),
        notifyScheduleChanges: false, range: here)
      let meetings = Meetings(
        calendar: at(.outlook), videoLink: true, timezone: at("Europe/Berlin"), duration: at(1800),
        buffer: at(0), hours: WeeklyHours(blocks: [], range: here), invitation: nil, range: here)
      let value = Snapshot.value(for: configuration(agents: [agent("a", liveChat: liveChat, meetings: meetings)]))
      let written = items(member(value, "agents")).first
      #expect(
        member(written, "live_chat")
          == [
            "timezone": "Europe/Paris",
            "hours": [
              ["day": "mon", "start": "00:00", "end": "02:00"],
              ["day": "mon", "start": "09:00", "end": "17:00"],
              ["day": "tue", "start": "13:00", "end": "17:00"],
              ["day": "fri", "start": "20:00", "end": "24:00"],
              ["day": "sun", "start": "22:00", "end": "24:00"],
            ],
            "auto_offline_after_seconds": 600, "receive_when_invisible_after_seconds": nil,
            "max_concurrent_chats": 3, "notify_schedule_changes": false,
          ])
      #expect(
        member(written, "meetings")
          == [
            "calendar": "outlook", "video_link": true, "timezone": "Europe/Berlin",
            "duration_seconds": 1800, "buffer_seconds": 0, "hours": [], "invitation": nil,
          ])
    }

    @Test func groupsCarryLocalizedNamesAndTheirCode() {
      let config = configuration(
        workspace: workspace(locales: ["fr", "en"], widgetID: "widget_1"),
        groups: [
          group("support", name: text(["fr": "Support", "en": "Help"])),
          group("sales", name: text(["en": "Sales"], plain: true), code: "abc123", enabled: false),
        ])
      let value = Snapshot.value(for: config)
      #expect(
        items(member(value, "groups"))
          == [
            [
              "id": "sales", "name": ["en": "Sales"], "agents": [], "private": false,
              "enabled": false, "code": "abc123", "service_hours": nil,
            ],
            [
              "id": "support", "name": ["en": "Help", "fr": "Support"], "agents": [],
              "private": false, "enabled": true, "code": .string(GroupCode.derived(from: "support")),
              "service_hours": nil,
            ],
          ])
      #expect(member(member(value, "workspace"), "locales") == ["fr", "en"])
      #expect(member(member(value, "workspace"), "widget_id") == "widget_1")
    }

    @Test func fallbacksAndTriggersAreWrittenInFull() {
      let fallbacks = Fallbacks(
        meeting: Fallback(message: at(.system), text: nil, offerMeetingBooking: at(false), range: here),
        liveChat: Fallback(
          message: at(.custom), text: text(["fr": "Absents", "en": "Away"]), offerMeetingBooking: at(true), range: here),
        range: here)
      let triggers = [
        Trigger(name: at("Zed"), urlPrefix: at("/fr/"), visitorLanguage: nil, assign: at("fr"), range: here),
        Trigger(name: at("Abc"), urlPrefix: nil, visitorLanguage: at("de"), assign: at("de"), range: here),
      ]
      let value = Snapshot.value(for: configuration(fallbacks: fallbacks, triggers: triggers))
      #expect(
        member(value, "fallbacks")
          == [
            "meeting": ["message": "system", "text": nil],
            "live_chat": [
              "message": "custom", "text": ["en": "Away", "fr": "Absents"], "offer_meeting_booking": true,
            ],
          ])
      #expect(
        member(value, "triggers")
          == [
            ["name": "Zed", "when": ["url_prefix": "/fr/", "visitor_language": nil], "assign": "fr"],
            ["name": "Abc", "when": ["url_prefix": nil, "visitor_language": "de"], "assign": "de"],
          ])
    }

    @Test func sameMeaningGivesTheSameBytes() {
      let one = configuration(
        agents: [agent("bob"), agent("alice", email: "ALICE@acme.example")],
        teams: [team("t", ["bob", "alice"])],
        groups: [group("g", members: ["alice", "bob", "alice"])])
      var other = configuration(
        agents: [agent("alice", email: "alice@acme.example"), agent("bob")],
        teams: [team("t", ["alice", "bob"])],
        groups: [group("g", members: ["bob", "alice"])])
      #expect(Snapshot.render(one) == Snapshot.render(other))
      other.agents[0].range = SourceRange(file: FileID(3), start: 40, end: 90)
      other.rootFile = FileID(7)
      #expect(Snapshot.render(one) == Snapshot.render(other))
      other.teams[0].agents.append(at("carol"))
      #expect(Snapshot.render(one) != Snapshot.render(other))
    }
  }
}

// MARK: - Snippet

extension EmitTests {
  @Suite struct SnippetFragment {
    static let hostileNames = [
      "</script><script>alert(1)</script>",
      "<!-- x --> y --!> z <!- w",
      "a--b---c-",
      "-->",
      "quote \" and ' and back\\slash and `tick`",
      "line\nbreak\r\u{2028}sep\u{2029}par\u{85}nel",
      "emoji 😀👩‍👩‍👧 and RTL: תמיכה בעברית / دعم \u{202E}reversed\u{202C}",
      "&lt; & &#45;",
    ]

    static func fragment(name: String, code: String? = nil, widgetID: String? = nil) -> String {
      let config = configuration(workspace: workspace(widgetID: widgetID))
      return Snippet.html(for: group("g--x", name: text(["en": name]), code: code), in: config)
    }

    /// The text between the fragment's `<script>` and `</script>`.
    static func scriptBody(_ html: String) -> Substring? {
      guard let open = html.range(of: "<script>"), let close = html.range(of: "</script>") else { return nil }
      return html[open.upperBound..<close.lowerBound]
    }

    /// The text between `<!--` and the first `-->`.
    static func commentBody(_ html: String) -> Substring? {
      guard let open = html.range(of: "<!--"), let close = html.range(of: "-->") else { return nil }
      return html[open.upperBound..<close.lowerBound]
    }

    @Test func plainFragmentSetsTheGroupCode() {
      let config = configuration(workspace: workspace(locales: ["en", "fr"]))
      let html = Snippet.html(
        for: group("fr-support", name: text(["fr": "Support FR", "en": "French support"]), code: "7f3a9c2e1b4d5a60"),
        in: config)
      #expect(
        html == """
          <!--
            Roster group fr-support: French support
            Paste this fragment in the page's <head>, before the chat widget snippet.
            Generated by Roster from the configuration: edit the configuration, not this file.
          -->
          <script>
            window.BrevoConversationsSetup = window.BrevoConversationsSetup || {};
            window.BrevoConversationsSetup.groupId = "7f3a9c2e1b4d5a60";
          </script>

          """)
    }

    @Test func widgetLoaderFollowsTheGroupSetup() throws {
      let html = Self.fragment(name: "Support", code: "abcdef", widgetID: "62ac6353e5958733497876ae")
      let setup = try #require(html.range(of: "window.BrevoConversationsSetup.groupId = \"abcdef\";"))
      let loader = try #require(html.range(of: "w.BrevoConversationsID = \"62ac6353e5958733497876ae\";"))
      #expect(setup.upperBound < loader.lowerBound)
      #expect(html.contains("s.src = 'https://conversations-widget.brevo.com/brevo-conversations.js';"))
      #expect(html.contains("})(document, window, 'BrevoConversations');\n</script>\n"))
      #expect(!Self.fragment(name: "Support").contains("BrevoConversationsID"))
    }

    @Test func derivedCodeIsUsedWhenNoneIsWritten() {
      #expect(Self.fragment(name: "x").contains("groupId = \"\(GroupCode.derived(from: "g--x"))\";"))
    }

    @Test(arguments: hostileNames)
    func hostileNamesCannotEscapeTheComment(name: String) throws {
      let html = Self.fragment(name: name, code: name, widgetID: name)
      #expect(occurrences(of: "<!--", in: html) == 1)
      #expect(occurrences(of: "-->", in: html) == 1)
      #expect(occurrences(of: "--!>", in: html) == 0)
      #expect(html.hasPrefix("<!--\n"))
      let comment = try #require(Self.commentBody(html))
      #expect(!comment.contains("--"))
      #expect(!comment.contains("<!"))
      #expect(!comment.hasPrefix(">") && !comment.hasPrefix("->"))
      // The name stays on its one line of the comment.
      let titles = comment.split(separator: "\n").filter { $0.hasPrefix("  Roster group ") }
      #expect(titles.count == 1)
      #expect(comment.split(separator: "\n", omittingEmptySubsequences: false).count == 7)
    }

    @Test(arguments: hostileNames)
    func hostileValuesCannotEscapeTheScript(value: String) throws {
      let html = Self.fragment(name: value, code: value, widgetID: value)
      #expect(occurrences(of: "<script", in: html.lowercased()) == 1)
      #expect(occurrences(of: "</script", in: html.lowercased()) == 1)
      #expect(html.hasSuffix("</script>\n"))
      let script = try #require(Self.scriptBody(html))
      #expect(!script.contains("<"))
      #expect(!script.contains(">"))
      #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"))
      #expect(!script.contains("\u{202E}"))
      #expect(!html.contains("\u{2028}") && !html.contains("\u{85}"))
      let assignment = try #require(script.split(separator: "\n").first { $0.contains(".groupId = ") })
      let literal = try #require(assignment.split(separator: "= ", maxSplits: 1).last?.dropLast())
      #expect(unescapeJavaScript(literal) == value)
    }

    @Test func emojiAndRightToLeftTextStayReadableInTheComment() {
      let html = Self.fragment(name: "דעם 😀 دعم")
      #expect(html.contains("  Roster group g-&#45;x: דעם 😀 دعم\n"))
    }

    @Test func javaScriptStringEscapesEveryDangerousCharacter() {
      #expect(
        Snippet.javaScriptString("</script>&'\"\\\u{2028}\u{2029}\n\u{0}é😀")
          == #""\u003C\/script\u003E\u0026\'\"\\\u2028\u2029\u000A\u0000é😀""#)
    }

    @Test func commentTextEscapesEveryDangerousSequence() {
      #expect(
        Snippet.commentText("<!-- a--b --> & c---\n\u{202E}")
          == "&lt;!-&#45; a-&#45;b -&#45;&gt; &amp; c-&#45;&#45;&#xA;&#x202E;")
    }

    @Test func fragmentIsDeterministic() {
      let name = Self.hostileNames.joined()
      #expect(Self.fragment(name: name, widgetID: "w12345") == Self.fragment(name: name, widgetID: "w12345"))
      #expect(Self.fragment(name: name).hasSuffix("</script>\n"))
      #expect(!Self.fragment(name: name).hasSuffix("\n\n"))
    }
  }
}

/// Reads back a double-quoted literal as written by `Snippet.javaScriptString`.
private func unescapeJavaScript(_ literal: Substring) -> String? {
  guard literal.first == "\"", literal.last == "\"", literal.count >= 2 else { return nil }
  var scalars = Array(literal.unicodeScalars.dropFirst().dropLast())[...]
  var out = String.UnicodeScalarView()
  while let scalar = scalars.popFirst() {
    guard scalar == "\\" else {
      if scalar == "\"" { return nil }
      out.append(scalar)
      continue
    }
    guard let escaped = scalars.popFirst() else { return nil }
    switch escaped {
    case "u":
      guard scalars.count >= 4,
        let code = UInt32(String(String.UnicodeScalarView(scalars.prefix(4))), radix: 16),
        let decoded = Unicode.Scalar(code)
      else { return nil }
      scalars = scalars.dropFirst(4)
      out.append(decoded)
    case "\\", "\"", "'", "/": out.append(escaped)
    default: return nil
    }
  }
  return String(out)
}
