extension Rule {
  static let unknownToken = Rule(
    .unknownToken,
    summary: "an invitation uses an unknown `{{token}}`",
    explanation: """
      Invitations are sent with their tokens filled in; a token that is not \
      one of person.first_name, person.last_name, person.email, \
      company.name, agent.name, agent.email, meeting.time and meeting.link \
      would reach the visitor as it is written. Spaces inside the braces are \
      allowed: `{{ agent.name }}`.
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
            duration: 30m
            hours: {tue: 14:00-18:00}
            invitation: "Hello {{person.firstname}}, see you at {{meeting.time}}"  # expect: unknown-token
      teams:
        sales: {name: Sales, agents: [alice]}

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
            duration: 30m
            hours: {tue: 14:00-18:00}
            invitation: "Hello {{ person.first_name }}, see you at {{meeting.time}}"
      teams:
        sales: {name: Sales, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      for agent in configuration.agents {
        guard let invitation = agent.meetings?.invitation, invitation.value.utf8.contains(UInt8(ascii: "{"))
        else { continue }
        let owner = "the invitation of agent '\(agent.id.value)'"
        let text = invitation.value
        let bytes = Array(text.utf8)
        var index = 0
        while let open = Self.find(UInt8(ascii: "{"), twiceIn: bytes, from: index) {
          guard let close = Self.find(UInt8(ascii: "}"), twiceIn: bytes, from: open + 2) else {
            diagnostics.report(
              .unknownToken, "unclosed '{{' in \(owner)", at: invitation.range,
              hint: "write tokens as {{agent.name}}")
            break
          }
          index = close + 2
          let token = String(Substring(String(decoding: bytes[(open + 2)..<close], as: UTF8.self)).trimmingWhitespace)
          guard !invitationTokens.contains(token) else { continue }
          diagnostics.report(
            .unknownToken, "unknown token '{{\(token)}}' in \(owner)", at: invitation.range,
            hint: Suggestion.hint(for: token, in: invitationTokens)
              ?? "the tokens are \(invitationTokens.joined(separator: ", "))")
        }
      }
    })

  /// Where `byte` first stands twice in a row at or after `start`.
  private static func find(_ byte: UInt8, twiceIn bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + 1 < bytes.count {
      if bytes[index] == byte && bytes[index + 1] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The tokens that invitations may use (SPEC 3).
  static let invitationTokens = [
    "person.first_name", "person.last_name", "person.email", "company.name",
    "agent.name", "agent.email", "meeting.time", "meeting.link",
  ]
}

extension Substring {
  /// The text without leading and trailing whitespace.
  fileprivate var trimmingWhitespace: Substring {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return self[first...last]
  }
}
