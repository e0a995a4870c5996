extension Rule {
  static let triggerToDisabledGroup = Rule(
    .triggerToDisabledGroup,
    summary: "a trigger assigns a disabled group",
    explanation: """
      A disabled group gets no snippet and cannot take visitors, so a \
      trigger that assigns it routes its visitors nowhere. Assign an enabled \
      group, enable the group, or remove the trigger.
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
        archive: {name: Archive, agents: [alice], enabled: false}
      triggers:
        - name: Help pages
          when: {url_prefix: /help/}
          assign: archive  # expect: trigger-to-disabled-group

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
        archive: {name: Archive, agents: [alice], enabled: false}
      triggers:
        - name: Help pages
          when: {url_prefix: /help/}
          assign: support

      """),
    detection: .check { configuration, diagnostics in
      for trigger in configuration.triggers {
        guard let group = configuration.group(trigger.assign.value), !group.isEnabled.value else { continue }
        diagnostics.report(
          .triggerToDisabledGroup, "\(trigger.label) assigns disabled group '\(group.id.value)'",
          at: trigger.assign.range, notes: [.init("the group is disabled here", at: group.isEnabled.range)])
      }
    })
}
