/// Decodes nodes by the field types of `Format`, reporting unknown and
/// missing keys, wrong types and invalid values. Values that fail to decode
/// are left out, so that loading goes on and one run reports everything.
struct SchemaDecoder {
  let timeZones: TimeZoneDatabase
  var diagnostics = DiagnosticCollector()

  init(timeZones: TimeZoneDatabase) {
    self.timeZones = timeZones
  }

  /// Decodes `node`, the value of `key`, as `type`; nil when it does not fit.
  /// `keyRange` is where the key was written, for findings about a whole object.
  mutating func decode(
    _ node: YAMLNode, as type: FieldType, key: String, keyRange: SourceRange? = nil
  ) -> Value? {
    let range = node.range
    switch type {
    case .text(let format):
      guard let text = scalar(node, key: key, expected: "a text") else { return nil }
      return validate(text, format, key: key, at: range) ? Value(kind: .text(text), range: range) : nil
    case .integer(let bounds):
      guard let text = scalar(node, key: key, expected: "a whole number") else { return nil }
      guard let number = Int(text), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        invalid("'\(key)' must be a whole number, not '\(text)'", at: range)
        return nil
      }
      guard bounds.contains(number) else {
        invalid("'\(key)' must be between \(bounds.lowerBound) and \(bounds.upperBound), not \(number)", at: range)
        return nil
      }
      return Value(kind: .integer(number), range: range)
    case .boolean:
      guard let text = scalar(node, key: key, expected: "true or false") else { return nil }
      guard text == "true" || text == "false" else {
        invalid("'\(key)' must be true or false, not '\(text)'", at: range)
        return nil
      }
      return Value(kind: .boolean(text == "true"), range: range)
    case .choice(let options):
      guard let text = scalar(node, key: key, expected: "a word") else { return nil }
      guard options.contains(text) else {
        invalid(
          "'\(key)' must be one of \(options.joined(separator: ", ")), not '\(text)'", at: range,
          hint: Suggestion.hint(for: text, in: options))
        return nil
      }
      return Value(kind: .text(text), range: range)
    case .duration(let bounds):
      guard let text = scalar(node, key: key, expected: "a duration") else { return nil }
      guard let seconds = TextFormats.parseDuration(text) else {
        invalid(
          "invalid duration '\(text)' for '\(key)'", at: range,
          hint: "write hours, minutes and seconds in that order, such as 1h30m, 10m or 45s")
        return nil
      }
      guard bounds.contains(seconds) else {
        let low = TextFormats.formatDuration(bounds.lowerBound)
        let high = TextFormats.formatDuration(bounds.upperBound)
        invalid("'\(key)' must be between \(low) and \(high), not \(text)", at: range)
        return nil
      }
      return Value(kind: .duration(seconds), range: range)
    case .list(let element):
      guard let items = node.items else { return wrongType(node, key: key, expected: "a list") }
      let decoded = items.compactMap { decode($0, as: element, key: key) }
      return Value(
        kind: .list(decoded), range: range,
        isComplete: decoded.count == items.count && decoded.allSatisfy(\.isComplete))
    case .object(let schema):
      return decodeObject(node, schema, key: key, context: "'\(key)'", keyRange: keyRange)
        .map { Value(kind: .object($0), range: range, isComplete: $0.isComplete) }
    case .entities(let schema):
      guard let pairs = node.pairs else { return wrongType(node, key: key, expected: "a mapping of ids") }
      var entities: [Entity] = []
      for pair in pairs {
        let id = Located(pair.name, at: pair.key.range)
        if !TextFormats.isID(pair.name) {
          invalid(
            "invalid id '\(pair.name)'", at: pair.key.range,
            hint: "ids are 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit")
        }
        let context = "\(schema.title.lowercased()) '\(pair.name)'"
        if let object = decodeObject(
          pair.value, schema, key: pair.name, context: context, keyRange: pair.key.range)
        {
          entities.append(Entity(id: id, object: object))
        }
      }
      return Value(kind: .entities(entities), range: range)
    case .localized(let allowsPlain):
      return decodeLocalized(node, key: key, allowsPlain: allowsPlain)
    case .weeklyHours:
      return decodeHours(node, key: key)
    case .ruleSeverities:
      return decodeSeverities(node, key: key)
    }
  }

  /// Decodes a mapping with the keys of `schema`.
  mutating func decodeObject(
    _ node: YAMLNode, _ schema: ObjectSchema, key: String, context: String, keyRange: SourceRange?
  ) -> ObjectValue? {
    guard let pairs = node.pairs else {
      _ = wrongType(node, key: key, expected: "a mapping")
      return nil
    }
    var fields: [String: Value] = [:]
    var invalid = Set<String>()
    /// Keys that an unknown key is a typo of: not also reported missing.
    var misspelled = Set<String>()
    for pair in pairs {
      guard let property = schema.property(pair.name) else {
        let suggestion = Suggestion.closest(to: pair.name, in: schema.properties.map(\.name))
        if let suggestion { misspelled.insert(suggestion) }
        diagnostics.report(
          .unknownKey, "unknown key '\(pair.name)' in \(context)", at: pair.key.range,
          hint: suggestion.map { "did you mean '\($0)'?" })
        continue
      }
      if let value = decode(pair.value, as: property.type, key: pair.name, keyRange: pair.key.range) {
        fields[pair.name] = value
      } else {
        invalid.insert(pair.name)
      }
    }
    let given = Set(pairs.map(\.name))
    let missing = schema.properties.filter { $0.isRequired && !given.contains($0.name) }
    for property in missing where !misspelled.contains(property.name) {
      diagnostics.report(
        .missingKey, "missing required key '\(property.name)' in \(context)",
        at: keyRange ?? anchor(of: node))
    }
    if pairs.count < schema.minProperties {
      let names = schema.properties.map { "'\($0.name)'" }.joined(separator: " or ")
      diagnostics.report(
        .missingKey, "\(context) needs at least one of \(names)", at: keyRange ?? anchor(of: node))
    }
    var object = ObjectValue(schema: schema, fields: fields, range: node.range)
    object.invalidKeys = invalid
    object.hasRequiredKeys = missing.isEmpty && pairs.count >= schema.minProperties
    return object
  }

  // MARK: - Helpers shared by the decoders

  /// The text of a scalar; reports `wrong-type` for anything else.
  mutating func scalar(_ node: YAMLNode, key: String, expected: String) -> String? {
    guard let text = node.scalar, !node.isNull else {
      _ = wrongType(node, key: key, expected: expected)
      return nil
    }
    return text
  }

  mutating func wrongType(_ node: YAMLNode, key: String, expected: String) -> Value? {
    diagnostics.report(
      .wrongType, "expected \(expected) for '\(key)', found \(node.kindDescription)", at: anchor(of: node))
    return nil
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
      if text.allSatisfy(\.isWhitespace) { invalid("'\(key)' must not be empty", at: range) }
      return !text.allSatisfy(\.isWhitespace)
    case .id:
      if TextFormats.isID(text) { return true }
      invalid(
        "invalid id '\(text)'", at: range,
        hint: "ids are 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit")
    case .email:
      if TextFormats.isEmail(text) { return true }
      invalid("invalid email '\(text)'", at: range, hint: "write an address such as name@example.com")
    case .timezone:
      if timeZones.contains(text) { return true }
      invalid(
        "unknown time zone '\(text)'", at: range,
        hint: Suggestion.hint(for: text, in: timeZones.names) ?? "use an IANA name such as Europe/Paris")
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
    case .glob:
      if TextFormats.isRelativeGlob(text) { return true }
      invalid("include pattern '\(text)' leads outside the root", at: range)
    }
    return false
  }
}
