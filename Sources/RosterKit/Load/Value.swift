/// A node decoded by its field type: what the model is built from.
public struct Value: Sendable {
  public enum Kind: Sendable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// Seconds.
    case duration(Int)
    case list([Value])
    case object(ObjectValue)
    case entities([Entity])
    case localized(LocalizedText)
    case hours(WeeklyHours)
    case severities([RuleSetting])
  }

  public var kind: Kind
  public var range: SourceRange
  /// False when part of the value was written but failed to decode: an item
  /// of a list, a key of an object, a block of weekly hours. The loader
  /// reported that part; rules draw no conclusion from what is missing.
  public var isComplete = true
}

/// One entry of an id-keyed mapping.
public struct Entity: Sendable {
  public var id: Located<String>
  public var object: ObjectValue
}

/// The keys of an object that decoded, with its schema for defaults.
public struct ObjectValue: Sendable {
  public let schema: ObjectSchema
  public var fields: [String: Value]
  public var range: SourceRange
  /// Keys written with a value that failed to decode.
  public var invalidKeys: Set<String> = []
  /// False when a required key is missing.
  public var hasRequiredKeys = true

  /// False when a key was written but failed to decode, in whole or in part,
  /// or a required key is missing: the loader reported it.
  public var isComplete: Bool {
    hasRequiredKeys && invalidKeys.isEmpty && fields.values.allSatisfy(\.isComplete)
  }

  /// True when `key` was written but failed to decode, in whole or in part.
  public func isInvalid(_ key: String) -> Bool {
    invalidKeys.contains(key) || fields[key]?.isComplete == false
  }

  public func text(_ key: String) -> Located<String>? {
    if case .text(let text)? = fields[key]?.kind { return Located(text, at: fields[key]!.range) }
    if case .text(let text)? = defaultValue(key) { return Located(text, at: range) }
    return nil
  }

  public func bool(_ key: String) -> Located<Bool> {
    if case .boolean(let value)? = fields[key]?.kind { return Located(value, at: fields[key]!.range) }
    if case .bool(let value)? = defaultValue(key) { return Located(value, at: range) }
    return Located(false, at: range)
  }

  public func integer(_ key: String) -> Located<Int>? {
    if case .integer(let value)? = fields[key]?.kind { return Located(value, at: fields[key]!.range) }
    return nil
  }

  public func duration(_ key: String) -> Located<Int>? {
    if case .duration(let value)? = fields[key]?.kind { return Located(value, at: fields[key]!.range) }
    if case .duration(let value)? = defaultValue(key) { return Located(value, at: range) }
    return nil
  }

  public func texts(_ key: String) -> [Located<String>] {
    guard case .list(let items)? = fields[key]?.kind else { return [] }
    return items.compactMap { item in
      if case .text(let text) = item.kind { return Located(text, at: item.range) }
      return nil
    }
  }

  public func objects(_ key: String) -> [ObjectValue] {
    guard case .list(let items)? = fields[key]?.kind else { return [] }
    return items.compactMap { item in
      if case .object(let object) = item.kind { return object }
      return nil
    }
  }

  public func object(_ key: String) -> ObjectValue? {
    if case .object(let object)? = fields[key]?.kind { return object }
    return nil
  }

  public func entities(_ key: String) -> [Entity] {
    if case .entities(let entities)? = fields[key]?.kind { return entities }
    return []
  }

  public func localized(_ key: String) -> LocalizedText? {
    if case .localized(let text)? = fields[key]?.kind { return text }
    return nil
  }

  public func hours(_ key: String) -> WeeklyHours {
    if case .hours(let hours)? = fields[key]?.kind { return hours }
    return WeeklyHours(blocks: [], range: range, isComplete: !invalidKeys.contains(key))
  }

  public func severities(_ key: String) -> [RuleSetting] {
    if case .severities(let settings)? = fields[key]?.kind { return settings }
    return []
  }

  /// Where a key was written, or the object itself when it was left out.
  public func range(of key: String) -> SourceRange { fields[key]?.range ?? range }

  private func defaultValue(_ key: String) -> DefaultValue? {
    schema.property(key)?.defaultValue
  }
}
