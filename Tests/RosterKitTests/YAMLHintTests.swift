import Testing

@testable import RosterKit

/// libyaml's words name the grammar; each common slip gets a hint in the user's terms.
@Suite struct YAMLHintTests {
  static let workspace = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"

  /// The findings of a roster.yaml made of the workspace line and `body`.
  func found(_ body: String) throws -> [String] {
    try findings(Example(Self.workspace + body))
  }

  @Test func aStraySeparatorIsNamed() throws {
    let found = try found(
      """
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      ---
        bob: {name: Bob, email: bob@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """)
    #expect(
      found == [
        "roster.yaml:5:3 unknown-key: unknown section 'bob' (the '---' on line 4 starts a new document, so 'bob' is read as a section instead of under 'agents'; remove the '---')",
        "roster.yaml:6:1 yaml-syntax: did not find expected <document start> (the '---' on line 4 starts a new document, which this line is outside of; remove the '---') [note: 23 checks that look across files did not run, as they would report what this file hides]",
      ])
  }

  @Test func severalDocumentsAreStillOneConfiguration() throws {
    #expect(
      try found(
        """
        agents:
          alice: {name: Alice Martin, email: alice@acme.example}
        ---
        teams:
          support: {name: Support, agents: [alice]}

        """) == [])
  }

  @Test func anAnchorOfAnEarlierDocumentIsNamed() throws {
    let found = try found(
      """
      agents:
        alice: {name: Alice, email: a@acme.example, live_chat: {timezone: Europe/Paris, hours: &office {mon: 09:00-17:00}}}
      ---
      teams:
        support: {name: Support, agents: [alice]}
        hours: *office

      """)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(
        "roster.yaml:7:10 yaml-syntax: unknown anchor 'office' (anchors belong to one document: '&office' is on line 3, before the '---' on line 4 that starts this one; remove that '---' or write the value again)"
      ) == true, "\(found)")
  }

  @Test func anAnchorOfAnotherFileIsNamed() throws {
    let found = try findings(
      Example(files: [
        "roster.yaml": Self.workspace
          + "agents:\n  alice: {name: Alice, email: a@acme.example, live_chat: {timezone: Europe/Paris, hours: &office {mon: 09:00-17:00}}}\n",
        "agents/bob.yaml":
          "agents:\n  bob: {name: Bob, email: b@acme.example, live_chat: {timezone: Europe/Paris, hours: *office}}\n",
      ]))
    #expect(found.count == 1)
    #expect(
      found.first?.contains(
        "bob.yaml:2:86 yaml-syntax: unknown anchor 'office' (anchors belong to one document of one file: '&office' is in "
      ) == true, "\(found)")
    #expect(found.first?.contains("roster.yaml, line 3; write the value again here)") == true, "\(found)")
  }

  /// A merge key is one finding, and the keys it would bring are not also missing.
  @Test func aMergeKeyIsOneFinding() throws {
    let found = try found(
      """
      agents:
        alice: &base
          name: Alice Martin
          email: alice@acme.example
        bob:
          <<: *base
          email: bob@acme.example
      teams:
        support: {name: Support, agents: [alice, bob]}

      """)
    #expect(
      found == [
        "roster.yaml:7:5 unknown-key: merge keys ('<<') are not supported (write the keys out, or put an anchor on the whole value and use its alias)"
      ])
  }

  @Test(arguments: [
    (
      "agents:\n\talice: {name: Alice, email: a@b.c}\n",
      "roster.yaml:3:1 yaml-syntax: found character that cannot start any token while scanning for the next token (YAML indents with spaces only: replace the tab with spaces)"
    ),
    (
      "agents:\n  alice:\n    name: Alice\n  \temail: a@b.c\n",
      "roster.yaml:5:3 yaml-syntax: found a tab character that violates indentation while scanning a plain scalar (YAML indents with spaces only: replace the tab with spaces)"
    ),
    (
      "agents:\n  alice:\n    name: Alice\n   email: a@b.c\n",
      "roster.yaml:5:4 yaml-syntax: did not find expected key while parsing a block mapping (this line is indented 3 spaces, the keys before it 2 spaces (line 3) and 4 spaces (line 4): line it up with those it belongs with)"
    ),
    (
      "agents:\n  alice:\n    name: Alice\n      email: a@b.c\n",
      "roster.yaml:5:12 yaml-syntax: mapping values are not allowed in this context (this line is indented 6 spaces, deeper than the key above it, which already has a value: line it up with that key)"
    ),
    (
      "agents:\n  alice:\n    name: Alice: the boss\n    email: a@b.c\n",
      "roster.yaml:4:16 yaml-syntax: mapping values are not allowed in this context (a ': ' inside a value starts a mapping: put the value in quotes)"
    ),
  ])
  func indentationMistakesGetAHint(_ body: String, _ expected: String) throws {
    let found = try found(body)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix(expected) == true, "\(found)")
  }
}
