import CYAML

/// What parsing one file gave: its documents, and whether it was read whole.
public struct ParsedFile: Sendable {
  public var tree: YAMLTree
  /// True when the file could not be read whole (syntax, encoding, limits).
  public var isBroken: Bool
  /// Each complete document's root, in order.
  public var documents: [YAMLNode] { tree.documents }
}

/// Turns a file's bytes into a `YAMLTree`, straight from libyaml's events.
/// The only code that talks to libyaml.
public struct YAMLParser: Sendable {
  public var limits: YAMLLimits

  public init(limits: YAMLLimits = .standard) {
    self.limits = limits
  }

  /// Parses the bytes of `file` (a BOM already removed), reporting into
  /// `diagnostics`. `size`, when given, is the size of a file that was not
  /// read because it is over the limit.
  public func parse(
    _ bytes: [UInt8], size: Int? = nil, file: FileID, into diagnostics: inout [Diagnostic]
  ) -> ParsedFile {
    func broken() -> ParsedFile {
      ParsedFile(
        tree: YAMLTree(file: file, sourceBytes: bytes, nodes: [], members: [], text: [], roots: []), isBroken: true)
    }
    let size = size ?? bytes.count
    if size > limits.maxFileBytes {
      diagnostics.append(
        Diagnostic(
          .yamlLimits, "file is \(size) bytes, over the limit of \(limits.maxFileBytes)",
          at: .fileStart(file)))
      return broken()
    }
    return bytes.withUnsafeBufferPointer { buffer in
      let check = UTF8Validation.check(buffer)
      if let offset = check.firstInvalidOffset {
        let at = SourceRange(file: file, start: UInt32(offset), end: UInt32(offset))
        diagnostics.append(
          Diagnostic(
            .invalidEncoding,
            "file is not valid UTF-8: byte 0x\(String(buffer[offset], radix: 16, uppercase: true)) cannot start or continue a character",
            at: at))
        return broken()
      }
      var builder = TreeBuilder(file: file, limits: limits, buffer: buffer, isASCII: check.isASCII)
      let complete = builder.run()
      diagnostics.append(contentsOf: builder.diagnostics)
      let tree = YAMLTree(
        file: file, sourceBytes: bytes, nodes: builder.nodes, members: builder.members, text: builder.text,
        roots: builder.roots)
      return ParsedFile(tree: tree, isBroken: !complete)
    }
  }
}

/// Builds the arena from libyaml's events with an explicit stack, so that
/// nesting costs no recursion and is bounded by the limits.
private struct TreeBuilder {
  private struct Frame {
    var node: Int
    var isMapping: Bool
    /// Where this collection's members start in `pending`.
    var base: Int
    var anchor: String?
    /// Nodes in this collection so far, itself included, aliases expanded.
    var size = 1
  }

  let file: FileID
  let limits: YAMLLimits
  let buffer: UnsafeBufferPointer<UInt8>
  var nodes: [YAMLTree.Node] = []
  var members: [UInt32] = []
  var text: [UInt8] = []
  var roots: [UInt32] = []
  var diagnostics: [Diagnostic] = []
  private var stack: [Frame] = []
  /// Members of the open collections, innermost last.
  private var pending: [UInt32] = []
  /// Sizes of the members in `pending`, for alias limits.
  private var anchors: [String: (node: UInt32, size: Int)] = [:]
  /// Anchors of the documents before this one, by where each was first written, for hints.
  private var earlierAnchors: [String: UInt32] = [:]
  /// Where the current document starts (its `---` when written).
  private var documentStart: UInt32 = 0
  private var aliasNodes = 0
  private var root: UInt32?
  private var offsets: OffsetConverter

  init(file: FileID, limits: YAMLLimits, buffer: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
    self.file = file
    self.limits = limits
    self.buffer = buffer
    self.offsets = OffsetConverter(buffer: buffer, isASCII: isASCII)
  }

  /// Runs the parse; false when it stopped before the end of the stream.
  mutating func run() -> Bool {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) != 0 else {
      fail(.yamlLimits, "libyaml could not start (out of memory)", 0, 0)
      return false
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) != 0 else {
        reportParserError(parser)
        return false
      }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { return true }
      guard handle(event) else { return false }
    }
  }

  private mutating func handle(_ event: yaml_event_t) -> Bool {
    let start = offsets.byteOffset(ofCharacter: event.start_mark.index)
    let end = offsets.byteOffset(ofCharacter: event.end_mark.index)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      root = nil
      for (name, anchor) in anchors where earlierAnchors[name] == nil {
        earlierAnchors[name] = nodes[Int(anchor.node)].start
      }
      anchors = [:]
      documentStart = start
    case YAML_DOCUMENT_END_EVENT:
      if let root { roots.append(root) }
      root = nil
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      checkTag(data.tag, start, end)
      let style: YAMLTree.ScalarStyle
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      var node = YAMLTree.Node(
        kind: .scalar, style: style, start: start, end: end, first: start, count: UInt32(data.length))
      // A text written as it reads is a range of the file's bytes; the others are kept apart.
      if style == .plain, Int(end - start) == data.length,
        data.length == 0 || memcmp(buffer.baseAddress! + Int(start), data.value, data.length) == 0
      {
        node.inSource = true
      } else {
        node.first = UInt32(text.count)
        text.append(contentsOf: UnsafeBufferPointer(start: data.value, count: data.length))
      }
      let index = append(node)
      if let anchor = data.anchor { anchors[String(cString: anchor)] = (index, 1) }
      return add(index, size: 1)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
      let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
      checkTag(tag, start, end)
      if stack.count >= limits.maxDepth {
        fail(.yamlLimits, "nesting is deeper than \(limits.maxDepth) levels", start, end)
        return false
      }
      let node = append(
        .init(kind: isMapping ? .mapping : .sequence, style: .plain, start: start, end: end, first: 0, count: 0))
      stack.append(
        Frame(node: Int(node), isMapping: isMapping, base: pending.count, anchor: anchor.map { String(cString: $0) }))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let frame = stack.removeLast()
      let first = members.count
      if frame.isMapping {
        appendPairs(from: frame.base)
      } else {
        members.append(contentsOf: pending[frame.base...])
      }
      nodes[frame.node].first = UInt32(first)
      nodes[frame.node].count = UInt32(frame.isMapping ? (members.count - first) / 2 : members.count - first)
      nodes[frame.node].end = end
      pending.removeSubrange(frame.base...)
      let node = UInt32(frame.node)
      if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
      return add(node, size: frame.size)
    case YAML_ALIAS_EVENT:
      let name = String(cString: event.data.alias.anchor)
      guard let (target, size) = anchors[name] else {
        var hint: String?
        if let earlier = earlierAnchors[name] {
          hint =
            "anchors belong to one document: '&\(name)' is on line \(line(of: earlier)), before the '---' "
            + "on line \(line(of: documentStart)) that starts this one; remove that '---' or write the value again"
        }
        diagnostics.append(
          Diagnostic(
            .yamlSyntax, "unknown anchor '\(name)'", at: SourceRange(file: file, start: start, end: end), hint: hint))
        return false
      }
      aliasNodes += size
      if aliasNodes > limits.maxAliasNodes {
        fail(.yamlLimits, "aliases expand to more than \(limits.maxAliasNodes) nodes", start, end)
        return false
      }
      let node = append(.init(kind: .alias, style: .plain, start: start, end: end, first: target, count: 0))
      return add(node, size: size)
    default:
      break
    }
    return true
  }

  private mutating func append(_ node: YAMLTree.Node) -> UInt32 {
    nodes.append(node)
    return UInt32(nodes.count - 1)
  }

  /// Adds a finished node to its collection, or makes it the document's root.
  private mutating func add(_ node: UInt32, size: Int) -> Bool {
    guard !stack.isEmpty else {
      root = node
      return true
    }
    stack[stack.count - 1].size += size
    pending.append(node)
    return true
  }

  /// A node's content: the alias's target, or the node.
  private func content(_ index: UInt32) -> YAMLTree.Node { YAMLTree.Node.content(of: index, in: nodes) }

  /// Appends the pairs of the mapping whose members start at `base` in
  /// `pending` to `members`, keeping the first of each key; reports later
  /// copies, and keys that are not scalars.
  private mutating func appendPairs(from base: Int) {
    let end = base + (pending.count - base) / 2 * 2
    let first = members.count
    // Large mappings (ids of agents, say) find repeats by hashing; small ones by comparing.
    var firstByKey: [String: UInt32]? = end - base > 64 ? [:] : nil
    for pair in stride(from: base, to: end, by: 2) {
      let key = pending[pair]
      let range = SourceRange(file: file, start: nodes[Int(key)].start, end: nodes[Int(key)].end)
      guard content(key).kind == .scalar else {
        let found = content(key).kind == .sequence ? "a list" : "a mapping"
        diagnostics.append(Diagnostic(.wrongType, "a mapping key must be a scalar, not \(found)", at: range))
        continue
      }
      var earlier: UInt32?
      if firstByKey != nil {
        let name = keyText(key)
        earlier = firstByKey![name]
        if earlier == nil { firstByKey![name] = key }
      } else {
        var index = first
        while index < members.count, earlier == nil {
          if sameKey(members[index], key) { earlier = members[index] }
          index += 2
        }
      }
      if let earlier {
        let firstRange = SourceRange(file: file, start: nodes[Int(earlier)].start, end: nodes[Int(earlier)].end)
        diagnostics.append(
          Diagnostic(
            .duplicateKey, "duplicate key '\(keyText(key))'", at: range,
            notes: [.init("first defined here", at: firstRange)]))
        continue
      }
      members.append(key)
      members.append(pending[pair + 1])
    }
  }

  /// The bytes of a scalar's text, without copying them.
  private func withKeyBytes<R>(_ index: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let node = content(index)
    if node.inSource { return body(UnsafeBufferPointer(rebasing: buffer[node.textRange])) }
    return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[node.textRange])) }
  }

  private func keyText(_ index: UInt32) -> String {
    withKeyBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Keys are the same when their texts are equal as Swift compares
  /// strings (canonical equivalence), as in the hashed path; equal bytes and
  /// different ASCII answer without making strings.
  private func sameKey(_ a: UInt32, _ b: UInt32) -> Bool {
    withKeyBytes(a) { first in
      withKeyBytes(b) { second in
        if first.count == second.count,
          first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
        {
          return true
        }
        if first.allSatisfy({ $0 < 0x80 }) && second.allSatisfy({ $0 < 0x80 }) { return false }
        return String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self)
      }
    }
  }

  /// Accepts no tag, `!`, and the YAML core tags; reports any other.
  private mutating func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, _ start: UInt32, _ end: UInt32) {
    guard let tag else { return }
    let name = String(cString: tag)
    let core = ["str", "int", "float", "bool", "null", "map", "seq"]
    if name == "!" || core.contains(where: { name == "tag:yaml.org,2002:" + $0 }) { return }
    let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst(18) : name
    diagnostics.append(
      Diagnostic(
        .yamlSyntax, "unsupported tag '\(shown)'", at: SourceRange(file: file, start: start, end: end),
        hint: "remove the tag: Roster types every value by its key"))
  }

  private mutating func reportParserError(_ parser: yaml_parser_t) {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    var message = problem
    if let context = parser.context.map({ String(cString: $0) }) {
      message = "\(problem) \(context)"
    }
    let offset: UInt32
    if parser.error == YAML_READER_ERROR {
      offset = UInt32(min(Int(parser.problem_offset), buffer.count))
    } else {
      offset = offsets.byteOffset(ofCharacter: parser.problem_mark.index)
    }
    if parser.error == YAML_MEMORY_ERROR {
      fail(.yamlLimits, "out of memory while parsing", offset, offset)
    } else {
      diagnostics.append(
        Diagnostic(
          .yamlSyntax, message, at: SourceRange(file: file, start: offset, end: offset),
          hint: syntaxHint(problem, at: offset, parser.problem_mark, context: parser.context_mark)))
    }
  }

  /// What to do about libyaml's most common complaints, which name the
  /// grammar rather than the mistake: tabs, a line out of line, a colon in a
  /// value, a stray `---`.
  private func syntaxHint(_ problem: String, at offset: UInt32, _ mark: yaml_mark_t, context: yaml_mark_t) -> String? {
    let lineStart = lineStart(of: Int(offset))
    let line = buffer[lineStart...].prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
    let atTab = Int(offset) < buffer.count && buffer[Int(offset)] == UInt8(ascii: "\t")
    if problem.contains("tab") || atTab {
      return "YAML indents with spaces only: replace the tab with spaces"
    }
    let spaces = { (n: Int) in n == 1 ? "1 space" : "\(n) spaces" }
    switch problem {
    case "did not find expected key", "did not find expected '-' indicator":
      guard context.line < mark.line else { return nil }
      let what = problem.hasSuffix("key") ? "keys" : "items"
      var hint = "this line is indented \(spaces(indent)), the \(what) before it \(spaces(Int(context.column)))"
      if let above = indentAbove(lineStart), above.indent > indent, above.indent != Int(context.column) {
        hint += " (line \(context.line + 1)) and \(spaces(above.indent)) (line \(above.line))"
      } else {
        hint += " (line \(context.line + 1))"
      }
      return hint + ": line it up with those it belongs with"
    case "mapping values are not allowed in this context":
      let before = line.prefix(Int(offset) - lineStart)
      if before.firstRange(of: ": ".utf8) != nil || before.last == UInt8(ascii: ":") {
        return "a ': ' inside a value starts a mapping: put the value in quotes"
      }
      return
        "this line is indented \(spaces(indent)), deeper than the key above it, which already has a value: "
        + "line it up with that key"
    case "did not find expected <document start>":
      if let separator = SeparatorLines.separatorLine(before: offset, in: buffer), separator > 1 {
        return
          "the '---' on line \(separator) starts a new document, which this line is outside of; remove the '---'"
      }
      return "this line is indented less than the first line of the file: indent the file alike"
    default:
      return nil
    }
  }

  /// The indentation and 1-based number of the last line before `lineStart`
  /// that holds more than spaces and a comment.
  private func indentAbove(_ lineStart: Int) -> (indent: Int, line: Int)? {
    var end = lineStart
    while end > 0 {
      let start = self.lineStart(of: end - 1)
      let text = buffer[start..<(end - 1)].drop { $0 == UInt8(ascii: " ") }
      if let first = text.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "\r") {
        return (text.startIndex - start, line(of: UInt32(start)))
      }
      end = start
    }
    return nil
  }

  /// Where the line holding `offset` starts.
  private func lineStart(of offset: Int) -> Int {
    var start = min(offset, buffer.count)
    while start > 0, buffer[start - 1] != UInt8(ascii: "\n"), buffer[start - 1] != UInt8(ascii: "\r") { start -= 1 }
    return start
  }

  /// The 1-based line of a byte offset, for hints (an error path: the bytes are counted).
  private func line(of offset: UInt32) -> Int {
    1 + buffer[..<min(Int(offset), buffer.count)].count { $0 == UInt8(ascii: "\n") }
  }

  private mutating func fail(_ rule: RuleID, _ message: String, _ start: UInt32, _ end: UInt32) {
    diagnostics.append(Diagnostic(rule, message, at: SourceRange(file: file, start: start, end: end)))
  }
}

/// libyaml counts marks in characters; ranges are in bytes. In a file of
/// ASCII the two agree; otherwise a cursor walks the bytes, forward or back,
/// from the last place asked about (marks come nearly in order).
private struct OffsetConverter {
  let buffer: UnsafeBufferPointer<UInt8>
  let isASCII: Bool
  private var character = 0
  private var byte = 0

  init(buffer: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
    self.buffer = buffer
    self.isASCII = isASCII
  }

  mutating func byteOffset(ofCharacter index: Int) -> UInt32 {
    if isASCII { return UInt32(min(index, buffer.count)) }
    while character < index, byte < buffer.count {
      byte += 1
      while byte < buffer.count, buffer[byte] & 0xC0 == 0x80 { byte += 1 }
      character += 1
    }
    while character > index, byte > 0 {
      byte -= 1
      while byte > 0, buffer[byte] & 0xC0 == 0x80 { byte -= 1 }
      character -= 1
    }
    return UInt32(byte)
  }
}
