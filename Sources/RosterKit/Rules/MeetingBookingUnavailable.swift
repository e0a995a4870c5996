extension Rule {
  static let meetingBookingUnavailable = Rule(
    .meetingBookingUnavailable,
    summary: "the live-chat fallback offers booking but no agent takes meetings",
    explanation: """
      With `offer_meeting_booking: true`, visitors who find live chat closed \
      are offered a meeting instead. Unless some agent has `meetings`, there \
      is nothing to book. Give an agent meeting hours, or stop offering it.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      fallbacks:
        live_chat:
          offer_meeting_booking: true  # expect: meeting-booking-unavailable
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        sales: {name: Sales, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      fallbacks:
        live_chat:
          offer_meeting_booking: true
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          meetings: {calendar: google, timezone: Europe/Paris, duration: 30m, hours: {tue: 14:00-18:00}}
      teams:
        sales: {name: Sales, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      // An agent whose meetings were written but not read might take them.
      guard let offer = configuration.fallbacks?.offerMeetingBooking, offer.value,
        !configuration.agents.contains(where: { $0.meetings != nil || $0.invalidKeys.contains("meetings") })
      else { return }
      diagnostics.report(
        .meetingBookingUnavailable, "the live-chat fallback offers meeting booking but no agent takes meetings",
        at: offer.range, hint: "add meetings to an agent, or set offer_meeting_booking: false")
    })
}
