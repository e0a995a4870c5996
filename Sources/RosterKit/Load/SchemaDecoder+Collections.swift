extension SchemaDecoder {
  /// A text per locale, or one plain string for the default locale (its
  /// locale is filled in once the workspace is known).
  mutating func localized(_ node: YAMLNode, key: String, allowsPlain: Bool) -> LocalizedText? {
    if allowsPlain, let text = node.scalar, !node.isNull {
      if TextFormats.isBlank(text) {
        invalid("'\(key)' must not be empty", at: node.range)
        return nil
      }
      let entry = LocalizedText.Entry(locale: Located("", at: node.range), text: Located(text, at: node.range))
      return LocalizedText(entries: [entry], isPlain: true, range: node.range)
    }
    guard let pairs = node.pairs else {
      wrongType(
        node, key: key,
        expected: allowsPlain ? "a text or a mapping of locales to texts" : "a mapping of locales to texts")
      return nil
    }
    var entries: [LocalizedText.Entry] = []
    for pair in pairs {
      guard validate(pair.name, .locale, key: key, at: pair.key.range),
        let text = scalar(pair.value, key: pair.name, expected: "a text")
      else { continue }
      entries.append(.init(locale: Located(pair.name, at: pair.key.range), text: Located(text, at: pair.value.range)))
    }
    return LocalizedText(entries: entries, isPlain: false, range: node.range, isComplete: entries.count == pairs.count)
  }

  /// Days to one block or a list of blocks.
  mutating func hours(_ node: YAMLNode, key: String) -> WeeklyHours? {
    guard let pairs = node.pairs else {
      wrongType(node, key: key, expected: "a mapping of days to blocks such as mon-fri: 09:00-17:00")
      return nil
    }
    var blocks: [HoursBlock] = []
    var closed: [ClosedDays] = []
    var isComplete = true
    for pair in pairs {
      guard let days = parseDays(pair.name) else {
        let candidates = Weekday.allCases.map(\.name) + ["daily"]
        invalid(
          "invalid day '\(pair.name)'", at: pair.key.range,
          hint: Self.meantDays(pair.name).map { "did you mean '\($0)'?" }
            ?? Suggestion.hint(for: pair.name, in: candidates) ?? "use mon … sun, a range such as mon-fri, or daily")
        isComplete = false
        continue
      }
      let values: [YAMLNode]
      if let items = pair.value.items {
        values = items
        if items.isEmpty { closed.append(ClosedDays(dayKey: pair.name, days: days, range: pair.key.range)) }
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
    var hours = WeeklyHours(blocks: blocks, range: node.range, isComplete: isComplete)
    hours.closed = closed
    return hours
  }

  /// The open hours of one date: one block or a list; a block may not cross
  /// midnight (`invalid-date`). `complete` is false when a block failed.
  mutating func dayHours(_ node: YAMLNode, key: String) -> (value: Located<[DayBlock]>, complete: Bool)? {
    let values: [YAMLNode]
    if let items = node.items {
      values = items
    } else if node.scalar != nil, !node.isNull {
      values = [node]
    } else {
      wrongType(node, key: key, expected: "a block such as 09:00-12:00, or a list of them")
      return nil
    }
    var blocks: [DayBlock] = []
    for value in values {
      guard let text = scalar(value, key: key, expected: "a block such as 09:00-12:00") else { continue }
      guard let (start, written) = TextFormats.parseBlock(text) else {
        invalid("invalid block '\(text)'", at: value.range, hint: "write HH:MM-HH:MM, such as 09:00-17:30")
        continue
      }
      // `18:00-00:00` runs to the end of the day, as in weekly hours.
      let end = written == 0 && start > 0 ? 1440 : written
      guard start < end else {
        diagnostics.report(
          .invalidDate,
          start == end ? "the block '\(text)' is empty" : "the block '\(text)' crosses midnight", at: value.range,
          hint: start == end
            ? "a block ends after it starts"
            : "a dated block stays within its date: split it, and give the next date its own entry")
        continue
      }
      blocks.append(DayBlock(start: start, end: end))
    }
    return (Located(blocks, at: node.range), blocks.count == values.count)
  }

  /// The day key meant by one written in capitals, with whole day names or
  /// with a typographic dash (`Mon-Fri`, `saturday`, `mon–fri`); nil when there is none.
  static func meantDays(_ key: String) -> String? {
    let names = [
      "monday": "mon", "tuesday": "tue", "tues": "tue", "wednesday": "wed", "thursday": "thu", "thurs": "thu",
      "friday": "fri", "saturday": "sat", "sunday": "sun",
    ]
    let plain = String(key.lowercased().map { $0 == "–" || $0 == "—" || $0 == "‐" ? "-" : $0 })
    let parts = plain.split(separator: "-", omittingEmptySubsequences: false).map {
      names[String($0.trimming(" "))] ?? String($0.trimming(" "))
    }
    let meant = parts.joined(separator: "-")
    return meant != key && dayKeys[meant] != nil ? meant : nil
  }

  /// `mon`, `mon-fri`, a wrapping range such as `fri-mon`, or `daily`.
  func parseDays(_ key: String) -> Weekdays? { Self.dayKeys[key] }

  /// Every key that names days, with the days it names: 7 days, 49 ranges, `daily`.
  private static let dayKeys: [String: Weekdays] = {
    var keys = ["daily": Weekdays.all]
    for first in Weekday.allCases {
      keys[first.name] = Weekdays([first])
      for last in Weekday.allCases {
        var days = [first]
        var day = first
        while day != last {
          day = day.next
          days.append(day)
        }
        keys[first.name + "-" + last.name] = Weekdays(days)
      }
    }
    return keys
  }()

  /// `workspace.rules`: rule ids to `error`, `warning` or `off`.
  mutating func severities(_ node: YAMLNode, key: String) -> (value: [RuleSetting], complete: Bool)? {
    guard let pairs = node.pairs else {
      wrongType(node, key: key, expected: "a mapping of rule ids to severities")
      return nil
    }
    var settings: [RuleSetting] = []
    var complete = true
    for pair in pairs {
      guard let rule = RuleID.named(pair.name) else {
        invalid(
          "unknown rule '\(pair.name)'", at: pair.key.range,
          hint: Suggestion.hint(for: pair.name, in: RuleID.allCases.map(\.rawValue)) ?? "'roster rules' lists them")
        complete = false
        continue
      }
      guard let word = scalar(pair.value, key: pair.name, expected: "error, warning or off") else {
        complete = false
        continue
      }
      guard ["error", "warning", "off"].contains(word) else {
        invalid(
          "severity of '\(pair.name)' must be error, warning or off, not '\(word)'", at: pair.value.range,
          hint: Suggestion.hint(for: word, in: ["error", "warning", "off"]))
        complete = false
        continue
      }
      if rule.isFixed {
        if word != rule.defaultSeverity.rawValue {
          invalid("the severity of '\(rule)' cannot be changed", at: pair.value.range)
          complete = false
        }
        continue
      }
      settings.append(RuleSetting(rule: rule, severity: Severity(rawValue: word), range: pair.value.range))
    }
    return (settings, complete)
  }
}
