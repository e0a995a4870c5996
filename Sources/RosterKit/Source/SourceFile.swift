/// The index of a file in a run's `SourceFiles`.
public struct FileID: Hashable, Sendable {
  public let index: Int32

  public init(_ index: Int) { self.index = Int32(index) }
}

/// A span of a file in byte offsets: where a node, a key or a value starts
/// and ends (`end` exclusive). Lines and columns are worked out only when a
/// diagnostic is shown, by `SourceLocator`.
public struct SourceRange: Hashable, Sendable {
  public var file: FileID
  public var start: UInt32
  public var end: UInt32

  public init(file: FileID, start: UInt32, end: UInt32) {
    self.file = file
    self.start = start
    self.end = end
  }

  /// The start of a file, for findings about a whole file.
  public static func fileStart(_ file: FileID) -> SourceRange {
    SourceRange(file: file, start: 0, end: 0)
  }
}

/// One input file: the path shown to the user and its bytes (after a BOM).
public struct SourceFile: Sendable {
  public let path: String
  public let bytes: [UInt8]
  /// False for a path that findings name but that was not read.
  public let wasRead: Bool

  public init(path: String, bytes: [UInt8], wasRead: Bool = true) {
    self.path = path
    self.bytes = bytes
    self.wasRead = wasRead
  }

  /// A file read from disk: its contents without a UTF-8 byte order mark.
  public init(path: String, contents: [UInt8]) {
    let hasBOM = contents.starts(with: [0xEF, 0xBB, 0xBF])
    self.init(path: path, bytes: hasBOM ? Array(contents.dropFirst(3)) : contents)
  }

  /// The file as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Every file of a run, by `FileID`: those read, and paths named in findings
/// without being read (a link that leads outside the root).
public struct SourceFiles: Sendable {
  public private(set) var files: [SourceFile] = []

  public init() {}

  /// Adds a file and gives its id.
  public mutating func add(_ file: SourceFile) -> FileID {
    files.append(file)
    return FileID(files.count - 1)
  }

  public subscript(id: FileID) -> SourceFile { files[Int(id.index)] }

  public func path(_ id: FileID) -> String { files[Int(id.index)].path }

  /// The same files, those whose path starts with `prefix` named from `replacement` instead.
  func renamingPaths(from prefix: String, to replacement: String) -> SourceFiles {
    var renamed = SourceFiles()
    for file in files {
      let path =
        file.path == prefix
        ? replacement : file.path.hasPrefix(prefix + "/") ? replacement + file.path.dropFirst(prefix.count) : file.path
      _ = renamed.add(SourceFile(path: path, bytes: file.bytes, wasRead: file.wasRead))
    }
    return renamed
  }

  /// How many files were read.
  public var readCount: Int { files.count { $0.wasRead } }

}

/// A 1-based line and column. Columns count Unicode scalars, as libyaml does.
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

/// A range as shown to a user: the file's path and 1-based lines and columns.
public struct SourceSpan: Hashable, Sendable {
  public var path: String
  public var start: SourceLocation
  public var end: SourceLocation

  /// `file:line:column`, as diagnostics name a place.
  public var startDescription: String { "\(path):\(start.line):\(start.column)" }
}

/// Turns byte offsets into lines and columns, indexing each file's line
/// starts the first time it is asked about it. Line breaks are those libyaml
/// counts: LF, CR LF, CR, NEL, LS and PS.
public final class SourceLocator {
  public let sources: SourceFiles
  private var lineStarts: [FileID: [UInt32]] = [:]

  public init(_ sources: SourceFiles) {
    self.sources = sources
  }

  public func span(_ range: SourceRange) -> SourceSpan {
    SourceSpan(
      path: sources.path(range.file), start: location(range.file, range.start),
      end: location(range.file, range.end))
  }

  public func location(_ file: FileID, _ offset: UInt32) -> SourceLocation {
    let starts = lines(of: file)
    let low = starts.lastPosition { $0 <= offset }
    let bytes = sources[file].bytes
    var column = 1
    var index = Int(starts[low])
    let end = min(Int(offset), bytes.count)
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(line: low + 1, column: column)
  }

  /// The text of a 1-based line, without its line break, or nil past the end.
  public func line(_ number: Int, of file: FileID) -> String? {
    guard sources[file].wasRead else { return nil }
    let starts = lines(of: file)
    guard number >= 1, number <= starts.count else { return nil }
    let bytes = sources[file].bytes
    let start = Int(starts[number - 1])
    var end = number < starts.count ? Int(starts[number]) : bytes.count
    while end > start, let width = Self.breakWidth(bytes, before: end) { end -= width }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private func lines(of file: FileID) -> [UInt32] {
    if let starts = lineStarts[file] { return starts }
    let starts = Self.lineStarts(sources[file].bytes)
    lineStarts[file] = starts
    return starts
  }

  /// Byte offsets where each line starts.
  static func lineStarts(_ bytes: [UInt8]) -> [UInt32] {
    var starts: [UInt32] = [0]
    var index = 0
    let count = bytes.count
    while index < count {
      switch bytes[index] {
      case 0x0A:
        index += 1
      case 0x0D:
        index += index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
      case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:
        index += 2
      case 0xE2
      where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        index += 3
      default:
        index += 1
        continue
      }
      starts.append(UInt32(index))
    }
    return starts
  }

  /// The length of the line break that ends just before `end`, if one does.
  private static func breakWidth(_ bytes: [UInt8], before end: Int) -> Int? {
    let last = bytes[end - 1]
    if last == 0x0A || last == 0x0D { return 1 }
    if end >= 2, bytes[end - 2] == 0xC2, last == 0x85 { return 2 }
    if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0xA8 || last == 0xA9 { return 3 }
    return nil
  }
}

/// Lines of a file's bytes that hints name.
enum SeparatorLines {
  /// The 1-based line of the last `---` line that starts before `offset`, if there is one.
  static func separatorLine(before offset: UInt32, in bytes: some RandomAccessCollection<UInt8>) -> Int? {
    var line = 1
    var found: Int?
    var atLineStart = true
    var index = bytes.startIndex
    var position = 0
    while index != bytes.endIndex, position < Int(offset) {
      if atLineStart, bytes[index...].starts(with: "---".utf8) { found = line }
      atLineStart = bytes[index] == UInt8(ascii: "\n")
      if atLineStart { line += 1 }
      index = bytes.index(after: index)
      position += 1
    }
    return found
  }
}

extension ArraySlice<UInt8> {
  /// Where `needle` starts in these bytes, overlapping matches included, as indexes of the slice.
  func starts(of needle: ArraySlice<UInt8>) -> [Int] {
    guard let first = needle.first, needle.count <= count else { return [] }
    var found: [Int] = []
    var index = startIndex
    while index + needle.count <= endIndex {
      if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { found.append(index) }
      index += 1
    }
    return found
  }
}
