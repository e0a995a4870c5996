/// A 1-based line and column in a source file. Columns count Unicode scalars,
/// the way libyaml counts them.
public struct SourceLocation: Hashable, Comparable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// A span of a file: where a node, a key or a value starts and ends.
/// `end` is exclusive, like libyaml's end mark.
public struct SourceRange: Hashable, Comparable, Sendable {
  /// The file's path as shown to the user.
  public var file: String
  public var start: SourceLocation
  public var end: SourceLocation

  public init(file: String, start: SourceLocation, end: SourceLocation) {
    self.file = file
    self.start = start
    self.end = end
  }

  /// The start of a file, for diagnostics about a whole file.
  public static func fileStart(_ file: String) -> SourceRange {
    SourceRange(file: file, start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
  }

  public static func < (a: SourceRange, b: SourceRange) -> Bool {
    (a.file, a.start, a.end) < (b.file, b.start, b.end)
  }

  /// Where the range starts, as diagnostics name a place: `file:line:column`.
  public var startDescription: String { "\(file):\(start.line):\(start.column)" }
}

/// The text of one input file, split into lines the way libyaml splits them.
public struct SourceFile: Sendable {
  /// The path shown in diagnostics.
  public let path: String
  /// The text as read, decoded from UTF-8 (empty when it was not valid UTF-8).
  public let text: String
  private let lines: [Substring]

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    self.lines = SourceFile.splitLines(text)
  }

  /// The text of a 1-based line, without its line break, or nil past the end.
  public func line(_ number: Int) -> Substring? {
    number >= 1 && number <= lines.count ? lines[number - 1] : nil
  }

  public var lineCount: Int { lines.count }

  /// Splits at CR LF, CR, LF, NEL, LS and PS: the line breaks libyaml counts.
  static func splitLines(_ text: String) -> [Substring] {
    var result: [Substring] = []
    let scalars = text.unicodeScalars
    var lineStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      switch scalar {
      case "\n", "\u{85}", "\u{2028}", "\u{2029}":
        result.append(Substring(scalars[lineStart..<index]))
        index = scalars.index(after: index)
        lineStart = index
      case "\r":
        result.append(Substring(scalars[lineStart..<index]))
        index = scalars.index(after: index)
        if index < scalars.endIndex, scalars[index] == "\n" {
          index = scalars.index(after: index)
        }
        lineStart = index
      default:
        index = scalars.index(after: index)
      }
    }
    result.append(Substring(scalars[lineStart..<scalars.endIndex]))
    return result
  }
}

extension SourceFile {
  /// Every line, without line breaks.
  public var allLines: [Substring] { (1...lineCount).compactMap { line($0) } }
}
