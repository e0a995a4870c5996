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
          // Where they collide, after ranges and overnight spill: `tue 06:00-07:00`.
          let hours = schedule.hours
          let collision = hours.intervals(of: later).lazy.compactMap { a in
            hours.intervals(of: earlier).first { $0.day == a.day && $0.start < a.end && a.start < $0.end }.map {
              "\(a.day.name) \(Clock.format(max(a.start, $0.start)))-\(Clock.format(min(a.end, $0.end)))"
            }
          }.first
          diagnostics.report(
            .overlappingHours,
            "block '\(later.label)' overlaps '\(earlier.label)'" + (collision.map { " on \($0)" } ?? ""),
            at: later.range, notes: [.init("the other block is here", at: earlier.range)])
        }
      }
    })
}
