extension Rule {
  static let placeholderGroupCode = Rule(
    .placeholderGroupCode,
    summary: "an enabled group has no `code`, so its snippet carries a placeholder",
    explanation: """
      A website routes visitors to a group by the group code that the chat \
      platform gave it. Without `code`, Roster writes a placeholder derived \
      from the id so that builds stay the same, but the platform does not \
      know it, and every company's `support-fr` gets the same one. Copy the \
      group's code from the chat platform into `code`.
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
        support:  # expect: placeholder-group-code
          name: Support
          agents: [alice]

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
        support:
          name: Support
          agents: [alice]
          code: acme-support-2024
        archive: {name: Archive, agents: [alice], enabled: false}

      """),
    detection: .check { context, diagnostics in
      for group in context.distinctGroups
      where group.isEnabled.value && group.explicitCode == nil
        && group.invalidKeys.isDisjoint(with: ["code", "enabled"])
      {
        diagnostics.report(
          .placeholderGroupCode,
          "group '\(group.id.value)' has no code, so its snippet carries the placeholder '\(group.code)'",
          at: group.id.range, hint: "copy the group's code from the chat platform into 'code'")
      }
    })
}
