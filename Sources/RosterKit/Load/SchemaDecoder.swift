/// Decodes nodes into the model by the declarations of `Format`, reporting
/// unknown and missing keys, wrong types and invalid values. Values that
/// fail to decode are left out, and the object says so, so that loading goes
/// on, one run reports everything, and rules draw no conclusion from them.
struct SchemaDecoder {
  let timeZones: TimeZoneDatabase
  var diagnostics = DiagnosticCollector()

  init(timeZones: TimeZoneDatabase) {
    self.timeZones = timeZones
  }

  // MARK: - Scalars

  /// A text checked by its format.
  mutating func text(_ node: YAMLNode, _ format: TextFormat, key: String) -> Located<String>? {
    guard let text = scalar(node, key: key, expected: "a text") else { return nil }
    return validate(text, format, key: key, at: node.range) ? Located(text, at: node.range) : nil
  }

  mutating func integer(_ node: YAMLNode, _ bounds: ClosedRange<Int>, key: String) -> Located<Int>? {
    guard let text = scalar(node, key: key, expected: "a whole number") else { return nil }
    guard let number = Int(text), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      invalid("'\(key)' must be a whole number, not '\(text)'", at: node.range)
      return nil
    }
    guard bounds.contains(number) else {
      invalid("'\(key)' must be between \(bounds.lowerBound) and \(bounds.upperBound), not \(number)", at: node.range)
      return nil
    }
    return Located(number, at: node.range)
  }

  mutating func boolean(_ node: YAMLNode, key: String) -> Located<Bool>? {
    guard let text = scalar(node, key: key, expected: "true or false") else { return nil }
    // The spellings of YAML 1.2's core schema, which editors' JSON Schema validators read as booleans.
    if let value = TextFormats.booleans[text] { return Located(value, at: node.range) }
    let meant = TextFormats.yaml11Booleans[text.lowercased()]
    invalid(
      "'\(key)' must be true or false, not '\(text)'", at: node.range,
      hint: meant.map { "write \($0): YAML 1.1 read '\(text)' as \($0), Roster reads booleans as true or false only" })
    return nil
  }

  /// One of a few words.
  mutating func choice(_ node: YAMLNode, _ options: [String], key: String) -> Located<String>? {
    guard let text = scalar(node, key: key, expected: "a word") else { return nil }
    guard options.contains(text) else {
      invalid(
        "'\(key)' must be one of \(options.joined(separator: ", ")), not '\(text)'", at: node.range,
        hint: Suggestion.hint(for: text, in: options))
      return nil
    }
    return Located(text, at: node.range)
  }

  /// Seconds, from `1h30m`.
  mutating func duration(_ node: YAMLNode, _ bounds: ClosedRange<Int>, key: String) -> Located<Int>? {
    guard let text = scalar(node, key: key, expected: "a duration") else { return nil }
    guard let seconds = TextFormats.parseDuration(text) else {
      invalid(
        "invalid duration '\(text)' for '\(key)'", at: node.range,
        hint: "write hours, minutes and seconds in that order, such as 1h30m, 10m or 45s")
      return nil
    }
    guard bounds.contains(seconds) else {
      let low = TextFormats.formatDuration(bounds.lowerBound)
      let high = TextFormats.formatDuration(bounds.upperBound)
      invalid("'\(key)' must be between \(low) and \(high), not \(text)", at: node.range)
      return nil
    }
    return Located(seconds, at: node.range)
  }

  /// A list of texts; `complete` is false when an item failed.
  mutating func texts(_ node: YAMLNode, _ format: TextFormat, key: String) -> (
    value: [Located<String>], complete: Bool
  )? {
    guard let items = node.items else {
      wrongType(node, key: key, expected: "a list")
      return nil
    }
    let decoded = items.compactMap { text($0, format, key: key) }
    return (decoded, decoded.count == items.count)
  }

  // MARK: - Objects

  /// Decodes a mapping by `format` into a new model value; nil when the node
  /// is not a mapping. `keyRange` is where the key was written, for findings
  /// about the whole object.
  mutating func object<Model>(
    _ node: YAMLNode, _ format: ObjectFormat<Model>, key: String, context: String, keyRange: SourceRange?
  ) -> (value: Model, complete: Bool)? {
    var model = format.make(node.range)
    guard let outcome = decode(node, format, into: &model, key: key, context: context, keyRange: keyRange)
    else { return nil }
    format.finish(&model, outcome)
    return (model, outcome.isComplete)
  }

  /// Decodes the keys of a mapping by `format` into `model`; nil when the
  /// node is not a mapping.
  mutating func decode<Model>(
    _ node: YAMLNode, _ format: ObjectFormat<Model>, into model: inout Model, key: String, context: String,
    keyRange: SourceRange?
  ) -> DecodeOutcome? {
    guard let pairs = node.pairs else {
      wrongType(node, key: key, expected: "a mapping")
      return nil
    }
    var outcome = DecodeOutcome()
    /// Keys that an unknown key is a typo of: not also reported missing.
    var misspelled = Set<String>()
    var given = [Bool](repeating: false, count: format.fields.count)
    /// A `<<` merge key: the keys it would bring are written elsewhere, so none is reported missing.
    var merges = false
    for pair in pairs {
      let name = pair.name
      if name == "<<" {
        merges = true
        diagnostics.report(
          .unknownKey, "merge keys ('<<') are not supported", at: pair.key.range,
          hint: "write the keys out, or put an anchor on the whole value and use its alias")
        outcome.unknownKeys.insert(name)
        continue
      }
      guard let index = format.index(of: name) else {
        let suggestion = Suggestion.closest(to: name, in: format.fields.map(\.property.name))
        if let suggestion { misspelled.insert(suggestion) }
        diagnostics.report(
          .unknownKey, "unknown key '\(name)' in \(context)", at: pair.key.range,
          hint: suggestion.map { "did you mean '\($0)'?" })
        outcome.unknownKeys.insert(name)
        continue
      }
      given[index] = true
      if !format.fields[index].decode(&model, pair, &self) { outcome.invalidKeys.insert(name) }
    }
    // A key written with a typo was meant: its value is written but unread.
    for name in misspelled where !given[format.index(of: name)!] {
      outcome.invalidKeys.insert(name)
    }
    let missing = format.fields.indices.filter { format.fields[$0].property.isRequired && !given[$0] }
      .map { format.fields[$0].property }
    if merges {
      // What the merge would have brought is unknown: its absence proves nothing.
      outcome.invalidKeys.formUnion(missing.map(\.name))
      outcome.invalidKeys.formUnion(format.exactlyOne)
      outcome.hasEnoughKeys = true
      return outcome
    }
    for property in missing where !misspelled.contains(property.name) {
      diagnostics.report(
        .missingKey, "missing required key '\(property.name)' in \(context)", at: keyRange ?? anchor(of: node))
    }
    let alternatives = format.exactlyOne.filter { name in pairs.contains { $0.name == name } }
    if !format.exactlyOne.isEmpty && alternatives.isEmpty && misspelled.isDisjoint(with: format.exactlyOne) {
      let names = format.exactlyOne.map { "'\($0)'" }.joined(separator: " or ")
      diagnostics.report(.missingKey, "\(context) needs \(names)", at: keyRange ?? anchor(of: node))
      outcome.missingKeys.insert(format.exactlyOne[0])
    } else if alternatives.isEmpty, let meant = format.exactlyOne.first(where: misspelled.contains) {
      outcome.invalidKeys.insert(meant)
    } else if alternatives.count > 1, let second = pairs.last(where: { alternatives.contains($0.name) }) {
      diagnostics.report(
        .invalidDate, "\(context) gives both \(alternatives.map { "'\($0)'" }.joined(separator: " and "))",
        at: second.key.range, hint: "keep one: 'date' for one date, 'dates' for a range")
      outcome.invalidKeys.insert(second.name)
    }
    if pairs.count < format.minProperties {
      let names = format.fields.map { "'\($0.property.name)'" }.joined(separator: " or ")
      diagnostics.report(
        .missingKey, "\(context) needs at least one of \(names)", at: keyRange ?? anchor(of: node))
    }
    outcome.missingKeys.formUnion(missing.map(\.name))
    outcome.hasEnoughKeys = pairs.count >= format.minProperties
    return outcome
  }

  /// A mapping from ids to objects of `format`, each with its id, and the
  /// ids whose value is not a mapping at all (reported as `wrong-type`).
  mutating func entities<Model>(
    _ node: YAMLNode, _ format: ObjectFormat<Model>, key: String, id: WritableKeyPath<Model, Located<String>>
  ) -> (entities: [Model], unreadable: [String])? {
    guard let pairs = node.pairs else {
      wrongType(node, key: key, expected: "a mapping of ids")
      return nil
    }
    var entities: [Model] = []
    var unreadable: [String] = []
    entities.reserveCapacity(pairs.count)
    for pair in pairs {
      let name = pair.name
      if !TextFormats.isID(name) {
        invalid(
          "invalid id '\(name)'", at: pair.key.range,
          hint: "ids are 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit")
      }
      let context = "\(format.title.lowercased()) '\(name)'"
      guard var (entity, _) = object(pair.value, format, key: name, context: context, keyRange: pair.key.range)
      else {
        unreadable.append(name)
        continue
      }
      entity[keyPath: id] = Located(name, at: pair.key.range)
      entities.append(entity)
    }
    return (entities, unreadable)
  }

  // MARK: - Helpers shared by the decoders

  /// The text of a scalar; reports `wrong-type` for anything else.
  mutating func scalar(_ node: YAMLNode, key: String, expected: String) -> String? {
    guard let text = node.scalar, !node.isNull else {
      wrongType(node, key: key, expected: expected)
      return nil
    }
    return text
  }

  mutating func wrongType(_ node: YAMLNode, key: String, expected: String) {
    diagnostics.report(
      .wrongType, "expected \(expected) for '\(key)', found \(node.kindDescription)", at: anchor(of: node))
  }

  mutating func invalid(_ message: String, at range: SourceRange, hint: String? = nil) {
    diagnostics.report(.invalidValue, message, at: range, hint: hint)
  }

  /// Where to point at a node: its first character for a block collection.
  func anchor(of node: YAMLNode) -> SourceRange { node.anchor }

  /// Checks a text against its format, reporting `invalid-value`.
  mutating func validate(_ text: String, _ format: TextFormat, key: String, at range: SourceRange) -> Bool {
    switch format {
    case .message:
      return true
    case .name:
      if TextFormats.isBlank(text) { invalid("'\(key)' must not be empty", at: range) }
      return !TextFormats.isBlank(text)
    case .id:
      if TextFormats.isID(text) { return true }
      invalid(
        "invalid id '\(text)'", at: range,
        hint: "ids are 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit")
    case .email:
      if TextFormats.isEmail(text) { return true }
      invalid("invalid email '\(text)'", at: range, hint: "write an address such as name@example.com")
    case .timezone:
      if let kind = timeZones.kind(of: text) {
        reportOutdated(text, kind, at: range)
        return true
      }
      invalid(
        "unknown time zone '\(text)'", at: range,
        hint: TimeZoneHints.hint(for: text, in: timeZones.names))
    case .date:
      if CivilDate(iso: text) != nil { return true }
      invalid("invalid date '\(text)' for '\(key)'", at: range, hint: "write YYYY-MM-DD, such as 2026-03-29")
    case .day, .dayRange:
      switch DateSpec.parse(text, range: format == .dayRange) {
      case .success: return true
      case .failure(let error): diagnostics.report(.invalidDate, error.message, at: range, hint: error.hint)
      }
    case .localDateTime:
      if LocalDateTime.parse(text) != nil { return true }
      diagnostics.report(
        .invalidDate, "invalid date and time '\(text)' for '\(key)'", at: range,
        hint: "write YYYY-MM-DDTHH:MM in the closure's time zone, such as 2026-06-12T14:00")
    case .locale:
      let (valid, hint) = TextFormats.checkLocale(text)
      if valid { return true }
      invalid(
        "invalid locale '\(text)'", at: range,
        hint: hint ?? "write ll or ll-RR with an ISO 639 language, such as fr or pt-BR")
    case .code:
      if TextFormats.isCode(text) { return true }
      invalid(
        "invalid code '\(text)' for '\(key)'", at: range,
        hint: "codes are 6 to 64 characters of A-Z, a-z, 0-9, '_' and '-'")
    case .path:
      switch TextFormats.checkPath(text) {
      case .valid: return true
      case .url(let path):
        invalid(
          "\(key) '\(text)' is a URL, not a path", at: range,
          hint: "write '\(path)': the prefix is matched against the page's path, without the site's address")
      case .relative:
        invalid(
          "\(key) '\(text)' must start with '/'", at: range,
          hint: "write '/\(text)': the prefix is matched against the page's path, which starts with '/'")
      case .space:
        invalid("\(key) '\(text)' holds white space or a control character", at: range, hint: "write a space as %20")
      }
    case .glob:
      if TextFormats.isRelativeGlob(text) { return true }
      invalid("include pattern '\(text)' leads outside the root", at: range)
    }
    return false
  }

  /// A time zone that is a deprecated name, or an offset rather than a place: a warning, the value still used.
  private mutating func reportOutdated(_ name: String, _ kind: TimeZoneDatabase.Kind, at range: SourceRange) {
    switch kind {
    case .place, .universal:
      return
    case .legacy(let current):
      diagnostics.report(
        .legacyTimezone, "'\(name)' is a deprecated name of the time zone '\(current)'", at: range,
        hint: "write '\(current)'")
    case .fixedOffset(let place):
      let offset = timeZones.rules(for: name).map { TimeZoneFormat.offset($0.offset(at: 0)) } ?? ""
      let what =
        name.hasPrefix("Etc/GMT")
        ? "'\(name)' is UTC\(offset) all year (Etc/GMT signs are inverted)"
        : "'\(name)' names a time standard, not a place, and does not follow a place's clock changes"
      diagnostics.report(
        .fixedOffsetTimezone, what, at: range,
        hint: place.map { "write the zone of the place, such as '\($0)'" }
          ?? "write the zone of the place where the hours are kept, such as 'America/New_York'")
    }
  }
}
