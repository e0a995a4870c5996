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
        support-fr: {name: French support, agents: [alice], code: acme-support-fr}
        support-ca: {name: Canadian support, agents: [alice], code: acme-support-ca}
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
        support-fr: {name: French support, agents: [alice], code: acme-support-fr}
        support-ca: {name: Canadian support, agents: [alice], code: acme-support-ca}
      triggers:
        - name: Canadian French visitors
          when: {visitor_language: fr-CA}
          assign: support-ca
        - name: French visitors
          when: {visitor_language: fr}
          assign: support-fr

      """),
    detection: .check { configuration, diagnostics in
      // Triggers by their conditions, the first of each; a trigger is
      // covered by an earlier one whose conditions are among the ones that
      // cover it (prefixes of its URL prefix, its language and base
      // languages, or no condition), so each lookup is by key, not a scan.
      var firstWithConditions: [TriggerConditions: Int] = [:]
      let triggers = configuration.triggers
      // A trigger whose conditions were not all read is compared with nothing.
      for (index, later) in triggers.enumerated() where later.hasConditions && later.conditionsAreComplete {
        let conditions = TriggerConditions(later)
        let earliest = conditions.covering.compactMap { firstWithConditions[$0] }.min()
        if let earliest {
          let earlier = triggers[earliest]
          diagnostics.report(
            .shadowedTrigger, "\(later.label) is shadowed by earlier \(earlier.label)", at: later.name.range,
            notes: [.init("the earlier trigger is here", at: earlier.name.range)],
            hint: "move it before the earlier trigger, or narrow the earlier trigger")
        }
        if firstWithConditions[conditions] == nil { firstWithConditions[conditions] = index }
      }
    })
}

/// A trigger's conditions, as `shadowed-trigger` compares them: URL
/// prefixes with case, languages without.
private struct TriggerConditions: Hashable {
  var urlPrefix: String?
  var language: String?

  init(urlPrefix: String?, language: String?) {
    self.urlPrefix = urlPrefix
    self.language = language
  }

  init(_ trigger: Trigger) {
    self.init(urlPrefix: trigger.urlPrefix?.value, language: trigger.visitorLanguage?.value.lowercased())
  }

  /// Every set of conditions that matches all the visitors these match:
  /// each of `urlPrefix`'s prefixes or none, with the language, one of its
  /// base languages (`fr` for `fr-ca`) or none.
  var covering: [TriggerConditions] {
    var prefixes: [String?] = [nil]
    if let urlPrefix {
      prefixes += urlPrefix.indices.dropFirst().map { String(urlPrefix[..<$0]) } + [urlPrefix]
    }
    var languages: [String?] = [nil]
    if let language {
      languages += language.indices.filter { language[$0] == "-" }.map { String(language[..<$0]) } + [language]
    }
    return prefixes.flatMap { prefix in languages.map { TriggerConditions(urlPrefix: prefix, language: $0) } }
  }
}
