extension Rule {
  static let meetingBlockTooShort = Rule(
    .meetingBlockTooShort,
    summary: "a meeting block is shorter than the meeting duration",
    explanation: """
      A meeting must fit in one block of meeting hours, so a block shorter \
      than `duration` can never be booked. Lengthen the block, shorten the \
      meetings, or remove the block.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          meetings:
            calendar: google
            timezone: Europe/Paris
            duration: 1h
            hours:
              tue: 14:00-18:00
              thu: 09:00-09:30  # expect: meeting-block-too-short
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
          meetings:
            calendar: google
            timezone: Europe/Paris
            duration: 1h
            hours:
              tue: 14:00-18:00
              thu: 09:00-10:00
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for agent in configuration.agents {
        guard let meetings = agent.meetings, meetings.hasDuration else { continue }
        let duration = TextFormats.formatDuration(meetings.duration.value)
        for block in meetings.hours.blocks where block.start != block.end {
          guard block.minutes * 60 < meetings.duration.value else { continue }
          diagnostics.report(
            .meetingBlockTooShort,
            "meeting block '\(block.label)' is shorter than the \(duration) meeting duration",
            at: block.range, notes: [.init("the duration is set here", at: meetings.duration.range)])
        }
      }
    })
}
