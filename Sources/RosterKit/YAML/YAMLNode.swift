/// One file's YAML documents as a compact arena: nodes in one array with
/// integer links, collection members in another, and scalar texts as byte
/// ranges of one buffer. Scalars stay text: the schema, not YAML 1.1's
/// implicit rules, decides what they mean.
public final class YAMLTree: Sendable {
  public enum Kind: UInt8, Sendable {
    case scalar, sequence, mapping
    /// An alias: its content is another node's, its range its own.
    case alias
  }

  public enum ScalarStyle: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// A node: for a scalar, `first` and `count` are its text's bytes in the
  /// file's bytes when the text is written as it reads (`inSource`), or in
  /// `text` when libyaml had to undo quotes, escapes or folding; for a
  /// sequence, its items in `members`; for a mapping, its keys and values,
  /// alternating, in `members`; for an alias, `first` is the node.
  struct Node: Sendable {
    var kind: Kind
    var style: ScalarStyle
    var inSource = false
    var start: UInt32
    var end: UInt32
    var first: UInt32
    var count: UInt32

    /// The node that holds the content of the node at `index`: an alias's
    /// target, or the node itself.
    static func content(of index: UInt32, in nodes: [Node]) -> Node {
      let node = nodes[Int(index)]
      return node.kind == .alias ? nodes[Int(node.first)] : node
    }

    /// Where a scalar's text is: in the file's bytes or in the side buffer.
    var textRange: Range<Int> { Int(first)..<Int(first + count) }
  }

  public let file: FileID
  /// The file's bytes, which node ranges are offsets into.
  let sourceBytes: [UInt8]
  let nodes: [Node]
  let members: [UInt32]
  /// The texts of scalars that differ from how they are written.
  let text: [UInt8]
  /// The root of each complete document, in order.
  let roots: [UInt32]

  init(file: FileID, sourceBytes: [UInt8], nodes: [Node], members: [UInt32], text: [UInt8], roots: [UInt32]) {
    self.file = file
    self.sourceBytes = sourceBytes
    self.nodes = nodes
    self.members = members
    self.text = text
    self.roots = roots
  }

  /// Each complete document's root.
  public var documents: [YAMLNode] { roots.map { YAMLNode(tree: self, index: $0) } }

  /// The bytes of a scalar's text.
  func bytes(of node: Node) -> ArraySlice<UInt8> {
    node.inSource ? sourceBytes[node.textRange] : text[node.textRange]
  }
}

/// A node of a `YAMLTree`, with the place it came from.
public struct YAMLNode: Sendable {
  let tree: YAMLTree
  let index: UInt32

  /// The node that holds the content: the alias's target, or the node itself.
  private var content: YAMLTree.Node { YAMLTree.Node.content(of: index, in: tree.nodes) }

  public var range: SourceRange {
    let node = tree.nodes[Int(index)]
    return SourceRange(file: tree.file, start: node.start, end: node.end)
  }

  public var kind: YAMLTree.Kind { content.kind }

  /// The text of a scalar, nil for a sequence or a mapping.
  public var scalar: String? {
    let node = content
    guard node.kind == .scalar else { return nil }
    return String(decoding: tree.bytes(of: node), as: UTF8.self)
  }

  /// True for a plain scalar with no text (`key:` with nothing after it) or `~`.
  public var isNull: Bool {
    let node = content
    guard node.kind == .scalar, node.style == .plain else { return false }
    return node.count == 0 || (node.count == 1 && tree.bytes(of: node).first == UInt8(ascii: "~"))
  }

  /// The items of a sequence, or nil.
  public var items: [YAMLNode]? {
    let node = content
    guard node.kind == .sequence else { return nil }
    return (0..<Int(node.count)).map { YAMLNode(tree: tree, index: tree.members[Int(node.first) + $0]) }
  }

  /// The pairs of a mapping, or nil.
  public var pairs: [YAMLPair]? {
    let node = content
    guard node.kind == .mapping else { return nil }
    return (0..<Int(node.count)).map { pair in
      let at = Int(node.first) + 2 * pair
      return YAMLPair(
        key: YAMLNode(tree: tree, index: tree.members[at]), value: YAMLNode(tree: tree, index: tree.members[at + 1]))
    }
  }

  /// What kind of node this is, for messages: "a mapping", "a list", "a scalar".
  public var kindDescription: String {
    switch kind {
    case .scalar, .alias: return isNull ? "nothing" : "a scalar"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }

  /// Where to point at the node: its range, or only its first character
  /// when it runs over several lines (a block collection).
  public var anchor: SourceRange {
    var range = self.range
    let bytes = tree.sourceBytes
    let start = Int(range.start)
    let end = min(Int(range.end), bytes.count)
    guard start < end, bytes[start..<end].contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return range }
    var next = start + 1
    while next < end, bytes[next] & 0xC0 == 0x80 { next += 1 }
    range.end = UInt32(next)
    return range
  }
}

/// One key and its value in a mapping.
public struct YAMLPair: Sendable {
  public var key: YAMLNode
  public var value: YAMLNode

  /// The key's text; mapping keys are always scalars once parsed.
  public var name: String { key.scalar ?? "" }
}
