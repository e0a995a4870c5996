extension Rule {
  static let unknownGroup = Rule(
    .unknownGroup,
    summary: "a trigger assigns a group that does not exist",
    explanation: """
      A trigger's `assign` is a group id. Visitors matched by a trigger whose \
      group does not exist would be routed nowhere.
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
      triggers:
        - name: Help pages
          when: {url_prefix: /help/}
          assign: suport  # expect: unknown-group

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
      triggers:
        - name: Help pages
          when: {url_prefix: /help/}
          assign: support

      """),
    detection: .check { configuration, diagnostics in
      let known = Set(configuration.groups.map(\.id.value))
      for trigger in configuration.triggers where !trigger.assign.value.isEmpty {
        guard !known.contains(trigger.assign.value), !configuration.unreadableIDs.groups.contains(trigger.assign.value)
        else { continue }
        diagnostics.report(
          .unknownGroup, "trigger '\(trigger.name.value)' assigns unknown group '\(trigger.assign.value)'",
          at: trigger.assign.range, hint: Suggestion.hint(for: trigger.assign.value, in: known.sorted()))
      }
    })
}
