extension Rule {
  static let duplicateTriggerName = Rule(
    .duplicateTriggerName,
    summary: "two triggers share a name",
    explanation: """
      A trigger's name is how reports and the chat product refer to it, so \
      each name belongs to one trigger. A repeated name is usually a copied \
      trigger that was not renamed.
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
          assign: support
        - name: Help pages  # expect: duplicate-trigger-name
          when: {url_prefix: /aide/}
          assign: support

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
        - name: French help pages
          when: {url_prefix: /aide/}
          assign: support

      """),
    detection: .check { configuration, diagnostics in
      let names = configuration.triggers.map(\.name).filter { !$0.value.isEmpty }
      for (original, name) in repeats(names, by: \.value) {
        diagnostics.report(
          .duplicateTriggerName, "trigger name '\(name.value)' is used more than once",
          at: name.range, notes: [.init("first used here", at: original.range)])
      }
    })
}
