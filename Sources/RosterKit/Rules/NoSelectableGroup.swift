extension Rule {
  static let noSelectableGroup = Rule(
    .noSelectableGroup,
    summary: "visitors are asked to pick a group but every enabled group is private",
    explanation: """
      With `ask_visitor_to_select_group: true`, visitors choose among the \
      enabled groups that are not private. When every enabled group is \
      private there is nothing to choose. Make a group public, or stop \
      asking visitors to pick one.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        ask_visitor_to_select_group: true  # expect: no-selectable-group
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        partners: {name: Partners, agents: [alice], private: true, code: acme-partners}

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        ask_visitor_to_select_group: true
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        partners: {name: Partners, agents: [alice], private: true, code: acme-partners}
        support: {name: Support, agents: [alice], code: acme-support}

      """),
    detection: .check { configuration, diagnostics in
      guard let ask = configuration.workspace?.askVisitorToSelectGroup, ask.value else { return }
      let enabled = configuration.distinctGroups.filter(\.isEnabled.value)
      guard !enabled.isEmpty, enabled.allSatisfy(\.isPrivate) else { return }
      diagnostics.report(
        .noSelectableGroup, "visitors are asked to pick a group but every enabled group is private",
        at: ask.range, hint: "make a group public with private: false, or stop asking visitors to pick one")
    })
}
