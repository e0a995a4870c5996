extension Rule {
  static let missingTranslation = Rule(
    .missingTranslation,
    summary: "a custom fallback text lacks a workspace locale, or a group name lacks the default locale",
    explanation: """
      A custom fallback replaces the product's own message in every locale, \
      so it needs a text for each locale of the workspace: a visitor in a \
      locale without one would see nothing. A group name needs at least the \
      default locale, which stands in for the others.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
      fallbacks:
        live_chat:
          message: custom
          text: {en: "We are away, please leave a message."}  # expect: missing-translation
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr]}
      fallbacks:
        live_chat:
          message: custom
          text: {en: "We are away, please leave a message.", fr: "Nous sommes absents, laissez un message."}
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      guard configuration.localesAreSettled else { return }
      let locales = configuration.textLocales
      for (name, fallback) in configuration.namedFallbacks
      where fallback.message.value == .custom && fallback.textIsValid {
        guard let text = fallback.text else {
          diagnostics.report(
            .missingTranslation, "custom \(name) fallback has no text", at: fallback.message.range,
            hint: "add a text for each locale, or use message: system")
          continue
        }
        let missing = locales.filter { text.text(for: $0) == nil }
        guard !missing.isEmpty, text.isComplete else { continue }
        diagnostics.report(
          .missingTranslation, "custom \(name) fallback has no text in \(quotedList(missing))",
          at: text.keyRange ?? text.range, hint: "add \(quotedList(missing)) under 'text'")
      }
      let locale = configuration.defaultLocale
      for group in configuration.distinctGroups
      where group.hasName && group.name.isComplete && group.name.text(for: locale) == nil {
        diagnostics.report(
          .missingTranslation, "group '\(group.id.value)' has no name in the default locale '\(locale)'",
          at: group.name.keyRange ?? group.name.range, hint: "add '\(locale)' under 'name'")
      }
    })

  /// Names in quotes, joined by commas: `'fr', 'de'`.
  static func quotedList(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
