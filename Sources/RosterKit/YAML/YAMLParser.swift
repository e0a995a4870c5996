import CYAML

/// What reading one file gave: its text, its documents, and what went wrong.
public struct ParsedFile: Sendable {
  public var source: SourceFile
  /// The root node of each complete document, in order.
  public var documents: [YAMLNode]
  /// True when the file could not be read whole (syntax, encoding, limits).
  public var isBroken: Bool
}

/// Turns a file's bytes into nodes with ranges, on libyaml's event API.
/// The only code that talks to libyaml.
public struct YAMLParser {
  public var limits: YAMLLimits

  public init(limits: YAMLLimits = .standard) {
    self.limits = limits
  }

  /// Parses `bytes` read from the file shown as `path`.
  public func parse(
    _ bytes: [UInt8], path: String, into diagnostics: inout DiagnosticCollector
  ) -> ParsedFile {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let start = SourceRange.fileStart(path)
    if body.count > limits.maxFileBytes {
      diagnostics.report(
        .yamlLimits, "file is \(body.count) bytes, over the limit of \(limits.maxFileBytes)",
        at: start)
      return ParsedFile(source: SourceFile(path: path, text: ""), documents: [], isBroken: true)
    }
    return body.withUnsafeBufferPointer { buffer in
      if let offset = UTF8Validation.firstInvalidOffset(buffer) {
        let location = Self.location(ofByte: offset, in: buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        diagnostics.report(
          .invalidEncoding,
          "file is not valid UTF-8: byte 0x\(String(buffer[offset], radix: 16, uppercase: true)) cannot start or continue a character",
          at: SourceRange(file: path, start: location, end: location))
        return ParsedFile(source: SourceFile(path: path, text: text), documents: [], isBroken: true)
      }
      let source = SourceFile(path: path, text: String(decoding: buffer, as: UTF8.self))
      var builder = TreeBuilder(path: path, limits: limits)
      let complete = builder.run(buffer)
      diagnostics.append(contentsOf: builder.diagnostics)
      return ParsedFile(source: source, documents: builder.documents, isBroken: !complete)
    }
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    var line = 1
    var column = 1
    for i in 0..<min(offset, bytes.count) {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }
}

/// Builds node trees from libyaml's events with an explicit stack, so that
/// nesting costs no recursion and is bounded by the limits.
private struct TreeBuilder {
  private struct Frame {
    var isMapping: Bool
    var start: SourceLocation
    var anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: (node: YAMLNode, keep: Bool)?
    var keys: [String: SourceRange] = [:]
    /// Nodes in this collection so far, itself included.
    var size = 1
  }

  let path: String
  let limits: YAMLLimits
  var documents: [YAMLNode] = []
  var diagnostics: [Diagnostic] = []
  private var stack: [Frame] = []
  private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
  private var aliasNodes = 0
  private var root: YAMLNode?

  init(path: String, limits: YAMLLimits) {
    self.path = path
    self.limits = limits
  }

  /// Runs the parse; false when it stopped before the end of the stream.
  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) != 0 else {
      fail(.yamlLimits, "libyaml could not start (out of memory)", at: .init(line: 1, column: 1))
      return false
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) != 0 else {
        reportParserError(parser, buffer)
        return false
      }
      defer { yaml_event_delete(&event) }
      let type = event.type
      if type == YAML_STREAM_END_EVENT { return true }
      guard handle(event) else { return false }
    }
  }

  private mutating func handle(_ event: yaml_event_t) -> Bool {
    let start = Self.location(event.start_mark)
    let end = Self.location(event.end_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      root = nil
      anchors = [:]
    case YAML_DOCUMENT_END_EVENT:
      if let root { documents.append(root) }
      root = nil
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      guard checkTag(data.tag, at: start, end) else { return true }
      let text = String(
        decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
      let style: YAMLNode.ScalarStyle
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      let node = YAMLNode(.scalar(text, style), range: range(start, end))
      remember(anchor: data.anchor, node, size: 1)
      return add(node, size: 1)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
      let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
      _ = checkTag(tag, at: start, end)
      if stack.count >= limits.maxDepth {
        fail(.yamlLimits, "nesting is deeper than \(limits.maxDepth) levels", at: start, end)
        return false
      }
      stack.append(Frame(isMapping: isMapping, start: start, anchor: anchor.map { String(cString: $0) }))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let frame = stack.removeLast()
      let nodeRange = range(frame.start, end)
      let node =
        frame.isMapping
        ? YAMLNode(.mapping(frame.pairs), range: nodeRange)
        : YAMLNode(.sequence(frame.items), range: nodeRange)
      let size = frame.size
      if let anchor = frame.anchor { anchors[anchor] = (node, size) }
      return add(node, size: size)
    case YAML_ALIAS_EVENT:
      let name = String(cString: event.data.alias.anchor)
      guard let (target, size) = anchors[name] else {
        fail(.yamlSyntax, "unknown anchor '\(name)'", at: start, end)
        return false
      }
      aliasNodes += size
      if aliasNodes > limits.maxAliasNodes {
        fail(
          .yamlLimits, "aliases expand to more than \(limits.maxAliasNodes) nodes", at: start, end)
        return false
      }
      var copy = target
      copy.range = range(start, end)
      return add(copy, size: size)
    default:
      break
    }
    return true
  }

  /// Adds a finished node to its parent, or makes it the document's root.
  private mutating func add(_ node: YAMLNode, size: Int) -> Bool {
    guard !stack.isEmpty else {
      root = node
      return true
    }
    let top = stack.count - 1
    stack[top].size += size
    if !stack[top].isMapping {
      stack[top].items.append(node)
      return true
    }
    guard let key = stack[top].pendingKey else {
      guard let name = node.scalar else {
        diagnostics.append(
          Diagnostic(
            rule: .wrongType, severity: .error,
            message: "a mapping key must be a scalar, not \(node.kindDescription)", range: node.range))
        stack[top].pendingKey = (node, false)
        return true
      }
      if let first = stack[top].keys[name] {
        diagnostics.append(
          Diagnostic(
            rule: .duplicateKey, severity: .error, message: "duplicate key '\(name)'",
            range: node.range, notes: [.init("first defined here", at: first)]))
        stack[top].pendingKey = (node, false)
      } else {
        stack[top].keys[name] = node.range
        stack[top].pendingKey = (node, true)
      }
      return true
    }
    stack[top].pendingKey = nil
    if key.keep { stack[top].pairs.append(YAMLPair(key: key.node, value: node)) }
    return true
  }

  private mutating func remember(anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: YAMLNode, size: Int) {
    if let anchor { anchors[String(cString: anchor)] = (node, size) }
  }

  /// Accepts no tag, `!`, and the YAML core tags; reports any other.
  private mutating func checkTag(
    _ tag: UnsafeMutablePointer<yaml_char_t>?, at start: SourceLocation, _ end: SourceLocation
  ) -> Bool {
    guard let tag else { return true }
    let name = String(cString: tag)
    let core = ["str", "int", "float", "bool", "null", "map", "seq"]
    if name == "!" || core.contains(where: { name == "tag:yaml.org,2002:" + $0 }) { return true }
    let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst(18) : name
    diagnostics.append(
      Diagnostic(
        rule: .yamlSyntax, severity: .error, message: "unsupported tag '\(shown)'",
        range: range(start, end), hint: "remove the tag: Roster types every value by its key"))
    return true
  }

  private mutating func reportParserError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    var message = problem
    if let context = parser.context.map({ String(cString: $0) }) {
      message = "\(problem) \(context)"
    }
    let location: SourceLocation
    if parser.error == YAML_READER_ERROR {
      location = YAMLParser.location(ofByte: Int(parser.problem_offset), in: buffer)
    } else {
      location = Self.location(parser.problem_mark)
    }
    if parser.error == YAML_MEMORY_ERROR {
      fail(.yamlLimits, "out of memory while parsing", at: location)
    } else {
      fail(.yamlSyntax, message, at: location)
    }
  }

  private mutating func fail(_ rule: RuleID, _ message: String, at start: SourceLocation, _ end: SourceLocation? = nil)
  {
    diagnostics.append(
      Diagnostic(rule: rule, severity: rule.defaultSeverity, message: message, range: range(start, end ?? start)))
  }

  private func range(_ start: SourceLocation, _ end: SourceLocation) -> SourceRange {
    SourceRange(file: path, start: start, end: end)
  }

  private static func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}
