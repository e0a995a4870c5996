extension Rule {
  static let invalidValue = Rule(
    .invalidValue,
    summary: "a bad time, duration, email, timezone, locale, id, code, number",
    explanation: """
      Values are checked by their key: times `HH:MM`, durations such as \
      `1h30m`, emails `local@domain`, IANA time zones from the tz \
      database that Roster carries, locales `ll` or `ll-RR` with an ISO 639 language, ids of \
      a-z, 0-9, `-` and `_`, group codes of 6 to 64 characters, numbers \
      within their bounds, rule names and severities in `workspace.rules`.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Pariss  # expect: invalid-value
        default_locale: en

      """),
    good: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en

      """),
    detection: .loader)
}
