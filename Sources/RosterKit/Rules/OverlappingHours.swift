extension Rule {
  static let overlappingHours = Rule(
    .overlappingHours,
    summary: "two blocks of one weekly schedule overlap",
    explanation: """
      Blocks are compared after day ranges are expanded and overnight blocks \
      spill into the next day (`sun` into `mon`). Two blocks that share a \
      minute overlap; blocks that only touch (`09:00-12:00` and \
      `12:00-13:00`) do not. Overlaps are almost always a typo in one block.
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
              mon-fri: [09:00-12:00, 13:00-17:00]
              mon: [11:00-13:00]  # expect: overlapping-hours
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
              mon-fri: [09:00-12:00, 13:00-17:00]
              mon: [12:00-13:00]
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for schedule in configuration.schedules {
        for (first, second) in schedule.hours.overlappingBlocks() {
          let (earlier, later) =
            (first.range.start, first.range.end) < (second.range.start, second.range.end)
            ? (first, second) : (second, first)
          diagnostics.report(
            .overlappingHours, "block '\(later.label)' overlaps '\(earlier.label)'", at: later.range,
            notes: [.init("the other block is here", at: earlier.range)])
        }
      }
    })
}
