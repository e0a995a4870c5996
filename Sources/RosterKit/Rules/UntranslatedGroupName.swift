extension Rule {
  static let untranslatedGroupName = Rule(
    .untranslatedGroupName,
    summary: "a group name lacks a non-default workspace locale",
    explanation: """
      Visitors who pick a group see its name in their locale, or else in the \
      default locale. A plain-string name is in the default locale only. \
      Give the name as a mapping with a text for every workspace locale.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support:
          code: acme-support
          name: Support  # expect: untranslated-group-name
          agents: [alice]

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support:
          code: acme-support
          name: {en: Support, fr: Assistance}
          agents: [alice]

      """),
    detection: .check { configuration, diagnostics in
      guard configuration.localesAreSettled else { return }
      let others = configuration.textLocales.filter { $0 != configuration.defaultLocale }
      for group in configuration.distinctGroups where group.hasName && group.name.isComplete {
        let missing = others.filter { group.name.text(for: $0) == nil }
        guard !missing.isEmpty else { continue }
        diagnostics.report(
          .untranslatedGroupName, "group '\(group.id.value)' has no name in \(quotedList(missing))",
          at: group.name.range,
          hint: group.name.isPlain ? "write the name as a mapping of locales to texts" : nil)
      }
    })
}
