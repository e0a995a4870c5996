extension Rule {
  static let duplicateKey = Rule(
    .duplicateKey,
    summary: "a mapping repeats a key",
    explanation: """
      YAML parsers disagree on which of two equal keys wins, so Roster refuses \
      both. The first one is kept for the other checks; remove or rename the other.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        name: Acme Inc  # expect: duplicate-key

      """),
    good: Example(
      """
      workspace:
        name: Acme Inc
        timezone: Europe/Paris
        default_locale: en

      """),
    detection: .loader)
}
