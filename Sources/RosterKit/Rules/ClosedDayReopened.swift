extension Rule {
  static let closedDayReopened = Rule(
    .closedDayReopened,
    summary: "a day written as `[]` is opened by another key",
    explanation: """
      Keys of weekly hours add up: `daily: 09:00-17:00` with `sat: []` \
      still opens Saturday, since `[]` adds nothing. A day is closed only \
      when no key opens it. Narrow the key that opens the day (`mon-fri` \
      instead of `daily`), or remove the `[]` if the day is meant to be open.
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
              daily: 09:00-17:00
              sat-sun: []  # expect: closed-day-reopened
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
              sat-sun: []
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { context, diagnostics in
      var schedules = context.schedules.map(\.hours)
      schedules += context.distinctGroups.compactMap { $0.serviceHours?.hours }
      for hours in schedules {
        for closed in hours.closed {
          let openers = hours.blocks.filter { block in
            block.start != block.end && closed.days.contains { block.days.contains($0) }
          }
          guard let opener = openers.first else { continue }
          let reopened = Weekday.allCases.filter { day in
            closed.days.contains(day) && openers.contains { $0.days.contains(day) }
          }
          let days = reopened.map(\.name).joined(separator: ", ")
          diagnostics.report(
            .closedDayReopened,
            "'\(closed.dayKey): []' does not close \(days): '\(opener.label)' opens \(reopened.count == 1 ? "it" : "them")",
            at: closed.range, notes: [.init("opened here", at: opener.range)],
            hint: "keys add up; narrow '\(opener.dayKey)' to the days that are open, or remove '\(closed.dayKey): []'")
        }
      }
    })
}
