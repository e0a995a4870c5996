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
    detection: .check { context, diagnostics in
      for agent in context.agents {
        guard let invitation = agent.meetings?.invitation, invitation.value.utf8.contains(UInt8(ascii: "{"))
        else { continue }
        let owner = "the invitation of agent '\(agent.id.value)'"
        for token in Self.tokens(in: invitation.value) {
          let at = context.range(of: token.bytes, in: invitation)
          let near = Suggestion.hint(for: token.name, in: invitationTokens)
          switch token.end {
          case .closed where !invitationTokens.contains(token.name):
            diagnostics.report(
              .unknownToken, "unknown token '{{\(token.name)}}' in \(owner)", at: at,
              hint: near ?? "the tokens are \(invitationTokens.joined(separator: ", "))")
          case .closed:
            break
          case .singleBrace:
            diagnostics.report(
              .unknownToken, "token '{{\(token.name)}' in \(owner) is missing a '}'", at: at,
              hint: "end it with '}}'" + (invitationTokens.contains(token.name) ? "" : near.map { "; \($0)" } ?? ""))
          case .open:
            diagnostics.report(
              .unknownToken, "unclosed '{{' in \(owner)", at: at, hint: "write tokens as {{agent.name}}")
          }
        }
      }
    })

  /// A `{{` and what follows it up to its end: `}}`, a lone `}`, or the next `{` or end of text.
  struct Token: Equatable {
    enum End: Equatable { case closed, singleBrace, open }
    /// The name between the braces, without surrounding white space.
    var name: String
    var end: End
    /// From the `{{` to the end of the token, as UTF-8 offsets.
    var bytes: Range<Int>
  }

  /// Every token of a text, in order. A token's name stops at the first brace,
  /// so an unclosed one never swallows the next.
  static func tokens(in text: String) -> [Token] {
    let bytes = Array(text.utf8)
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    var tokens: [Token] = []
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == open, bytes[index + 1] == open else {
        index += 1
        continue
      }
      let start = index
      var stop = start + 2
      while stop < bytes.count, bytes[stop] != open, bytes[stop] != close { stop += 1 }
      let name = String(
        Substring(String(decoding: bytes[(start + 2)..<stop], as: UTF8.self)).trimmingWhitespace)
      if stop + 1 < bytes.count, bytes[stop] == close, bytes[stop + 1] == close {
        tokens.append(Token(name: name, end: .closed, bytes: start..<(stop + 2)))
        index = stop + 2
      } else if stop < bytes.count, bytes[stop] == close {
        tokens.append(Token(name: name, end: .singleBrace, bytes: start..<(stop + 1)))
        index = stop + 1
      } else {
        // Up to the end of the first word after the braces.
        var end = start + 2
        while end < stop, bytes[end] == UInt8(ascii: " ") { end += 1 }
        while end < stop, bytes[end] > 0x20 { end += 1 }
        tokens.append(Token(name: name, end: .open, bytes: start..<end))
        index = stop
      }
    }
    return tokens
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
