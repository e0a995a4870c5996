extension Rule {
  static let noHours = Rule(
    .noHours,
    summary: "`live_chat` or `meetings` has no open block in the week",
    explanation: """
      An agent with `live_chat` but no open hours never receives a chat, and \
      one with `meetings` but no open hours can never be booked. Add hours, \
      or remove the section if the agent does not chat or take meetings.
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
            hours: {mon-fri: []}  # expect: no-hours
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
            hours: {mon-fri: 09:00-17:00}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for schedule in configuration.schedules where !schedule.hours.hasOpenTime && schedule.hours.isComplete {
        let (what, key) = schedule.kind == .liveChat ? ("live-chat", "live_chat") : ("meeting", "meetings")
        diagnostics.report(
          .noHours, "agent '\(schedule.agentID)' has no open \(what) hours",
          at: schedule.hours.range, hint: "add hours, or remove '\(key)'")
      }
    })
}
