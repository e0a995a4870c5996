extension Rule {
  static let unknownKey = Rule(
    .unknownKey,
    summary: "a key that the schema does not know",
    explanation: """
      Every key must be one that Roster knows for its place, so that a typo \
      cannot silently drop a setting. The hint names the closest known key.
      """,
    bad: Example(
      """
      workspace:
        name: Acme
        timzone: Europe/Paris  # expect: unknown-key
        timezone: Europe/Paris
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
