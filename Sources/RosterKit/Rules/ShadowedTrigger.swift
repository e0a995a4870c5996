extension Rule {
  static let shadowedTrigger = Rule(
    .shadowedTrigger,
    summary: "an earlier trigger matches every visitor that this one matches",
    explanation: """
      Triggers are tried in order and the first match assigns, so a trigger \
      whose visitors all match an earlier one never assigns anything. An \
      earlier trigger covers a later one when each of its conditions is also \
      met by the later one's: its `url_prefix` starts the later \
      `url_prefix`, and its `visitor_language` is the later one's or its base \
      language (`fr` covers `fr-CA`). Put the more specific trigger first.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support-fr: {name: French support, agents: [alice]}
        support-ca: {name: Canadian support, agents: [alice]}
      triggers:
        - name: French visitors
          when: {visitor_language: fr}
          assign: support-fr
        - name: Canadian French visitors  # expect: shadowed-trigger
          when: {visitor_language: fr-CA}
          assign: support-ca

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}
      groups:
        support-fr: {name: French support, agents: [alice]}
        support-ca: {name: Canadian support, agents: [alice]}
      triggers:
        - name: Canadian French visitors
          when: {visitor_language: fr-CA}
          assign: support-ca
        - name: French visitors
          when: {visitor_language: fr}
          assign: support-fr

      """),
    detection: .check { configuration, diagnostics in
      let triggers = configuration.triggers.filter(\.hasConditions)
      for (index, later) in triggers.enumerated() {
        guard let earlier = triggers[..<index].first(where: { $0.covers(later) }) else { continue }
        diagnostics.report(
          .shadowedTrigger, "\(later.label) is shadowed by earlier \(earlier.label)", at: later.name.range,
          notes: [.init("the earlier trigger is here", at: earlier.name.range)],
          hint: "move it before the earlier trigger, or narrow the earlier trigger")
      }
    })
}

extension Trigger {
  /// True when every visitor that `later` matches also matches this trigger.
  fileprivate func covers(_ later: Trigger) -> Bool {
    if let prefix = urlPrefix?.value {
      guard let other = later.urlPrefix?.value, other.hasPrefix(prefix) else { return false }
    }
    if let language = visitorLanguage?.value.lowercased() {
      guard let other = later.visitorLanguage?.value.lowercased(),
        other == language || other.hasPrefix(language + "-")
      else { return false }
    }
    return true
  }
}
