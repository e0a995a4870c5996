extension Rule {
  static let duplicateGroupCode = Rule(
    .duplicateGroupCode,
    summary: "two groups have the same code",
    explanation: """
      A page tells the chat widget its group by the group's code, so two \
      groups with one code cannot be told apart. Codes are compared as they \
      take effect: written with `code`, or derived from the id. Disabled \
      groups count too, since enabling one must not change where visitors go.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, agents: [alice], code: acme-support}  # expect: duplicate-group-code

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}
        sales: {name: Sales, agents: [alice], code: acme-sales}

      """),
    detection: .check { configuration, diagnostics in
      for (original, group) in repeats(configuration.distinctGroups, by: \.code) {
        diagnostics.report(
          .duplicateGroupCode,
          "group '\(group.id.value)' has the same code '\(group.code)' as group '\(original.id.value)'",
          at: group.codeRange, notes: [.init("first used here", at: original.codeRange)])
      }
    })
}
