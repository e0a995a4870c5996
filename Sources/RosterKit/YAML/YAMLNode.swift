/// A YAML node with the place it came from. Scalars stay text: the schema,
/// not YAML 1.1's implicit rules, decides what they mean.
public struct YAMLNode: Sendable {
  public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  public enum Content: Sendable {
    case scalar(String, ScalarStyle)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
  }

  public var content: Content
  public var range: SourceRange

  public init(_ content: Content, range: SourceRange) {
    self.content = content
    self.range = range
  }

  /// The text of a scalar, nil for a sequence or a mapping.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// True for a plain scalar with no text (`key:` with nothing after it).
  public var isNull: Bool {
    if case .scalar(let text, .plain) = content { return text.isEmpty || text == "~" }
    return false
  }

  /// What kind of node this is, for messages: "a mapping", "a list", "a text".
  public var kindDescription: String {
    switch content {
    case .scalar: return isNull ? "nothing" : "a scalar"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

/// One key and its value in a mapping.
public struct YAMLPair: Sendable {
  public var key: YAMLNode
  public var value: YAMLNode

  /// The key's text; mapping keys are always scalars once parsed.
  public var name: String { key.scalar ?? "" }
}

extension YAMLNode {
  /// The pairs of a mapping, or nil.
  public var pairs: [YAMLPair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// The items of a sequence, or nil.
  public var items: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }
}
