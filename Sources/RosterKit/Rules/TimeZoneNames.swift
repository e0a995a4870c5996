extension Rule {
  static let legacyTimezone = Rule(
    .legacyTimezone,
    summary: "a time zone is a deprecated link (`US/Eastern`, `Europe/Kiev`); the hint names the current zone",
    explanation: """
      The tz database keeps old names as links to the zones that replaced \
      them, so `US/Eastern` still works, but it is not the name a reader or \
      another tool expects, and the database may drop it. Write the current \
      name: the snapshot already does (`America/New_York`). Links that are \
      the current name of a place, such as `Europe/Oslo`, are not deprecated.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Kiev, default_locale: en}  # expect: legacy-timezone

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Kyiv, default_locale: en}

      """),
    detection: .loader)

  static let fixedOffsetTimezone = Rule(
    .fixedOffsetTimezone,
    summary:
      "a zone with no daylight-saving rules where people usually have them (`EST`, `CET`, `Etc/GMT+5`)",
    explanation: """
      Hours are kept by the clocks of a place. `EST` is UTC-05:00 all year, \
      so an agent in New York written with it starts an hour late, by the \
      wall clock, from March to November; `Etc/GMT+5` is UTC-05:00 too (its \
      sign is inverted), and `CET` names a standard, not a place. Write the \
      zone of the place where the hours are kept, such as America/New_York \
      or Europe/Paris. `UTC` is fine where UTC is meant.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: EST  # expect: fixed-offset-timezone
            hours: {mon-fri: 09:00-17:00}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: America/New_York
            hours: {mon-fri: 09:00-17:00}
      groups:
        support: {name: Support, agents: [alice], code: acme-support}

      """),
    detection: .loader)
}
