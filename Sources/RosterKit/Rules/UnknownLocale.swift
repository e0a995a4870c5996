extension Rule {
  static let unknownLocale = Rule(
    .unknownLocale,
    summary: "a text is given in a locale that the workspace does not list",
    explanation: """
      Fallback texts and group names are shown in the workspace's locales \
      only, so a text in another locale is never seen; it is usually a typo \
      or a locale missing from `workspace.locales`. The default locale must \
      be one of `locales` when they are given. Agent languages and trigger \
      languages may name any locale: agents and visitors may speak languages \
      that the workspace does not offer.
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
          name:
            en: Support
            fr: Assistance
            de: Kundendienst  # expect: unknown-locale
          agents: [alice]

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en, locales: [en, fr, de]}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support:
          code: acme-support
          name:
            en: Support
            fr: Assistance
            de: Kundendienst
          agents: [alice]

      """),
    detection: .check { configuration, diagnostics in
      guard let workspace = configuration.workspace else { return }
      let listed = workspace.locales.map(\.value)
      let locale = workspace.defaultLocale
      if !listed.isEmpty, !locale.value.isEmpty, !listed.contains(locale.value) {
        diagnostics.report(
          .unknownLocale, "default locale '\(locale.value)' is not one of the workspace's locales",
          at: locale.range, hint: "add '\(locale.value)' to locales")
      }
      let known = configuration.textLocales
      guard !known.isEmpty, workspace.localesAreComplete else { return }
      let texts =
        configuration.namedFallbacks.compactMap { named in
          named.fallback.text.map { ("\(named.name) fallback text", $0) }
        }
        + configuration.distinctGroups.map { ("name of group '\($0.id.value)'", $0.name) }
      for (what, text) in texts where !text.isPlain {
        for entry in text.entries where !known.contains(entry.locale.value) {
          diagnostics.report(
            .unknownLocale, "\(what) is given in '\(entry.locale.value)', which the workspace does not list",
            at: entry.locale.range,
            hint: hint(for: entry.locale.value, in: known))
        }
      }
    })

  /// `did you mean 'fr'?` for `fr-FR` when `fr` is listed; otherwise to list
  /// it. The locale is a real one (the loader checked it): `es` is Spanish,
  /// no typo of `en`, so no near locale is offered.
  private static func hint(for locale: String, in known: [String]) -> String {
    let base = String(locale.prefix { $0 != "-" })
    if base != locale, known.contains(base) { return "did you mean '\(base)'?" }
    return "add '\(locale)' to workspace.locales, or remove this text"
  }
}
