extension Rule {
  static let emptyBlock = Rule(
    .emptyBlock,
    summary: "a block starts where it ends",
    explanation: """
      A block such as `09:00-09:00` covers no time at all; it is usually a \
      typo for a real block. For a whole day write `00:00-24:00`.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: Europe/Paris
            hours:
              mon-fri: 09:00-17:00
              sat: 10:00-10:00  # expect: empty-block
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat:
            timezone: Europe/Paris
            hours:
              mon-fri: 09:00-17:00
              sat: 10:00-14:00
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for schedule in configuration.schedules {
        for block in schedule.hours.blocks where block.start == block.end {
          diagnostics.report(
            .emptyBlock, "block '\(block.label)' starts where it ends", at: block.range,
            hint: "for a whole day write 00:00-24:00")
        }
      }
    })
}
