extension Rule {
  static let missingKey = Rule(
    .missingKey,
    summary: "a required key is absent",
    explanation: """
      Some keys have no sensible default: a workspace's name, time zone and \
      default locale; an agent's name and email; a team's and a group's name; \
      a trigger's name, conditions and group.
      """,
    bad: Example(
      """
      workspace:  # expect: missing-key
        name: Acme
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
