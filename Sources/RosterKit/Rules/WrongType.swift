extension Rule {
  static let wrongType = Rule(
    .wrongType,
    summary: "a mapping, list or scalar where another is expected",
    explanation: """
      Each key takes one shape of value: a scalar, a list or a mapping. \
      Roster types scalars by the key, never by YAML 1.1's implicit rules, \
      so `no` is a locale where a locale is expected and `9:30` a time.
      """,
    bad: Example(
      """
      workspace:
        name: [Acme]  # expect: wrong-type
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
