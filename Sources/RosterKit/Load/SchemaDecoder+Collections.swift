extension SchemaDecoder {
  /// A text per locale, or one plain string for the default locale (its
  /// locale is filled in once the workspace is known).
  mutating func decodeLocalized(_ node: YAMLNode, key: String, allowsPlain: Bool) -> Value? {
    if allowsPlain, let text = node.scalar, !node.isNull {
      if text.allSatisfy(\.isWhitespace) {
        invalid("'\(key)' must not be empty", at: node.range)
        return nil
      }
      let entry = LocalizedText.Entry(locale: Located("", at: node.range), text: Located(text, at: node.range))
      return Value(
        kind: .localized(LocalizedText(entries: [entry], isPlain: true, range: node.range)), range: node.range)
    }
    guard let pairs = node.pairs else {
      return wrongType(
        node, key: key,
        expected: allowsPlain ? "a text or a mapping of locales to texts" : "a mapping of locales to texts")
    }
    var entries: [LocalizedText.Entry] = []
    for pair in pairs {
      guard validate(pair.name, .locale, key: key, at: pair.key.range),
        let text = scalar(pair.value, key: pair.name, expected: "a text")
      else { continue }
      entries.append(.init(locale: Located(pair.name, at: pair.key.range), text: Located(text, at: pair.value.range)))
    }
    let text = LocalizedText(
      entries: entries, isPlain: false, range: node.range, isComplete: entries.count == pairs.count)
    return Value(kind: .localized(text), range: node.range, isComplete: text.isComplete)
  }

  /// Days to one block or a list of blocks.
  mutating func decodeHours(_ node: YAMLNode, key: String) -> Value? {
    guard let pairs = node.pairs else {
      return wrongType(node, key: key, expected: "a mapping of days to blocks such as mon-fri: 09:00-17:00")
    }
    var blocks: [HoursBlock] = []
    var isComplete = true
    for pair in pairs {
      guard let days = parseDays(pair.name) else {
        let candidates = Weekday.allCases.map(\.name) + ["daily"]
        invalid(
          "invalid day '\(pair.name)'", at: pair.key.range,
          hint: Suggestion.hint(for: pair.name, in: candidates) ?? "use mon … sun, a range such as mon-fri, or daily")
        isComplete = false
        continue
      }
      let values: [YAMLNode]
      if let items = pair.value.items {
        values = items
      } else {
        values = [pair.value]
      }
      for value in values {
        guard let text = scalar(value, key: pair.name, expected: "a block such as 09:00-17:00") else {
          isComplete = false
          continue
        }
        guard let (start, end) = TextFormats.parseBlock(text) else {
          invalid("invalid block '\(text)'", at: value.range, hint: "write HH:MM-HH:MM, such as 09:00-17:30")
          isComplete = false
          continue
        }
        blocks.append(HoursBlock(dayKey: pair.name, days: days, start: start, end: end, range: value.range))
      }
    }
    let hours = WeeklyHours(blocks: blocks, range: node.range, isComplete: isComplete)
    return Value(kind: .hours(hours), range: node.range, isComplete: isComplete)
  }

  /// `mon`, `mon-fri`, a wrapping range such as `fri-mon`, or `daily`.
  func parseDays(_ key: String) -> [Weekday]? {
    if key == "daily" { return Weekday.allCases }
    let ends = key.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(ends.count), let first = Weekday(name: String(ends[0])),
      let last = Weekday(name: String(ends[ends.count - 1]))
    else { return nil }
    var days = [first]
    var day = first
    while day != last {
      day = day.next
      days.append(day)
    }
    return days
  }

  /// `workspace.rules`: rule ids to `error`, `warning` or `off`.
  mutating func decodeSeverities(_ node: YAMLNode, key: String) -> Value? {
    guard let pairs = node.pairs else {
      return wrongType(node, key: key, expected: "a mapping of rule ids to severities")
    }
    var settings: [RuleSetting] = []
    for pair in pairs {
      guard let rule = RuleID.named(pair.name) else {
        invalid(
          "unknown rule '\(pair.name)'", at: pair.key.range,
          hint: Suggestion.hint(for: pair.name, in: RuleID.allCases.map(\.rawValue)) ?? "'roster rules' lists them")
        continue
      }
      guard let word = scalar(pair.value, key: pair.name, expected: "error, warning or off") else { continue }
      guard ["error", "warning", "off"].contains(word) else {
        invalid(
          "severity of '\(pair.name)' must be error, warning or off, not '\(word)'", at: pair.value.range,
          hint: Suggestion.hint(for: word, in: ["error", "warning", "off"]))
        continue
      }
      if rule.isFixed {
        if word != rule.defaultSeverity.rawValue {
          invalid("the severity of '\(rule)' cannot be changed", at: pair.value.range)
        }
        continue
      }
      settings.append(RuleSetting(rule: rule, severity: Severity(rawValue: word), range: pair.value.range))
    }
    return Value(kind: .severities(settings), range: node.range)
  }
}
