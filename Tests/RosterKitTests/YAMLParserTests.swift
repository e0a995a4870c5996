import Testing

@testable import RosterKit

@Suite final class YAMLParserTests {
  func parse(_ text: String, limits: YAMLLimits = .standard) -> (ParsedFile, [Diagnostic]) {
    parse(bytes: Array(text.utf8), limits: limits)
  }

  func parse(bytes: [UInt8], limits: YAMLLimits = .standard) -> (ParsedFile, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let file = YAMLParser(limits: limits).parse(bytes, file: FileID(0), into: &diagnostics)
    lastBytes = bytes
    return (file, diagnostics)
  }

  /// The bytes parsed last, for `at`.
  private var lastBytes: [UInt8] = []

  /// Where an offset of the file parsed last is, as a user reads it.
  func at(_ offset: UInt32) -> RosterKit.SourceLocation {
    var sources = SourceFiles()
    _ = sources.add(SourceFile(path: "f.yaml", bytes: lastBytes))
    return SourceLocator(sources).location(FileID(0), offset)
  }

  @Test func nodesKeepOneBasedRanges() throws {
    let (file, diagnostics) = parse("a:\n  b: [x, 'y']\n")
    #expect(diagnostics.isEmpty)
    let root = try #require(file.documents.first?.pairs)
    #expect(at(root[0].key.range.start) == RosterKit.SourceLocation(line: 1, column: 1))
    let inner = try #require(root[0].value.pairs)
    let items = try #require(inner[0].value.items)
    #expect(items[1].scalar == "y")
    #expect(at(items[1].range.start) == RosterKit.SourceLocation(line: 2, column: 10))
    #expect(at(items[1].range.end) == RosterKit.SourceLocation(line: 2, column: 13))
  }

  @Test func plainTextsAreRangesOfTheFileAndOthersAreKeptApart() throws {
    let (file, _) = parse("a: plain text\nb: 'quoted'\nc: \"esc\\tape\"\nd: folded\n  over lines\n")
    let values = try #require(file.documents.first?.pairs).map(\.value)
    #expect(values.map(\.scalar) == ["plain text", "quoted", "esc\tape", "folded over lines"])
    #expect(values.map { file.tree.nodes[Int($0.index)].inSource } == [true, false, false, false])
    #expect(file.tree.text == Array("quotedesc\tapefolded over lines".utf8))
  }

  @Test func scalarsStayText() throws {
    let (file, _) = parse("a: no\nb: 9:30\nc: off\nd: 010\n")
    let values = try #require(file.documents.first?.pairs).map { $0.value.scalar }
    #expect(values == ["no", "9:30", "off", "010"])
  }

  @Test func duplicateKeysAreReportedWithTheFirstPlace() throws {
    let (file, diagnostics) = parse("a: 1\nb: 2\na: 3\n")
    #expect(diagnostics.map(\.rule) == [.duplicateKey])
    #expect(at(diagnostics[0].range.start).line == 3)
    #expect(at(try #require(diagnostics[0].notes.first).range.start).line == 1)
    #expect(try #require(file.documents.first?.pairs).map { $0.value.scalar } == ["1", "2"])
  }

  /// Large mappings find repeats by hashing, small ones by comparing: both the same.
  @Test(arguments: [3, 70])
  func duplicateKeysInMappingsOfAnySize(_ size: Int) throws {
    let text = (0..<size).map { "k\($0): \($0)\n" }.joined() + "'k1': again\n"
    let (file, diagnostics) = parse(text)
    #expect(diagnostics.map(\.message) == ["duplicate key 'k1'"])
    #expect(at(diagnostics[0].range.start).line == size + 1)
    #expect(at(try #require(diagnostics[0].notes.first).range.start).line == 2)
    #expect(try #require(file.documents.first?.pairs).count == size)
  }

  /// Keys compare as Swift compares texts, so a key written in another
  /// Unicode normal form is the same key, in small and large mappings alike.
  @Test(arguments: [3, 70])
  func keysInAnotherNormalFormAreDuplicates(_ size: Int) throws {
    let text = (0..<size).map { "k\($0): \($0)\n" }.joined() + "caf\u{E9}: 1\ncafe\u{301}: 2\n"
    let (_, diagnostics) = parse(text)
    #expect(diagnostics.map(\.rule) == [.duplicateKey])
  }

  @Test func syntaxErrorsCarryLibyamlsPosition() {
    let (file, diagnostics) = parse("a: 1\nb: [x\nc: 2\n")
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlSyntax])
    #expect(at(diagnostics[0].range.start).line == 3)
  }

  @Test func invalidUTF8IsReportedAtTheByte() {
    let (file, diagnostics) = parse(bytes: Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8))
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.invalidEncoding])
    #expect(diagnostics[0].range.start == 11)
    #expect(at(diagnostics[0].range.start) == RosterKit.SourceLocation(line: 2, column: 7))
  }

  @Test func byteOrderMarkIsAccepted() {
    let source = SourceFile(path: "f.yaml", contents: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
    let (file, diagnostics) = parse(bytes: source.bytes)
    #expect(diagnostics.isEmpty)
    #expect(file.documents.first?.pairs?.first?.key.range.start == 0)
  }

  @Test func rangesAreByteOffsetsAfterMultibyteCharacters() throws {
    let (file, diagnostics) = parse("é: 'ü'\nb: [x, \"日本\"]\n")
    #expect(diagnostics.isEmpty)
    let pairs = try #require(file.documents.first?.pairs)
    #expect(pairs[0].value.scalar == "ü")
    #expect(pairs[0].value.range.start == 4)
    #expect(pairs[0].value.range.end == 8)
    let items = try #require(pairs[1].value.items)
    #expect(items[1].scalar == "日本")
    #expect(items[1].range.start == 16)
    #expect(items[1].range.end == 24)
    #expect(at(items[1].range.start) == RosterKit.SourceLocation(line: 2, column: 8))
  }

  @Test func deepNestingFailsFast() {
    let text = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
    let (file, diagnostics) = parse(text)
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlLimits])
  }

  @Test func aliasBombsFailFast() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for (name, previous) in zip(["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }
    let (file, diagnostics) = parse(text)
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlLimits])
  }

  @Test func aliasesWithinLimitsExpand() throws {
    let (file, diagnostics) = parse("a: &h {mon: 09:00-12:00}\nb: *h\n")
    #expect(diagnostics.isEmpty)
    let pairs = try #require(file.documents.first?.pairs)
    #expect(pairs[1].value.pairs?.first?.value.scalar == "09:00-12:00")
    #expect(at(pairs[1].value.range.start).line == 2)
  }

  @Test func oversizedFilesAreRefused() {
    let (file, diagnostics) = parse("a: 1234567890\n", limits: YAMLLimits(maxFileBytes: 8))
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlLimits])
  }

  @Test func unknownTagsAreErrorsAndCoreTagsAreNot() throws {
    let (_, diagnostics) = parse("a: !!str 1\nb: !custom x\n")
    #expect(diagnostics.map(\.rule) == [.yamlSyntax])
    #expect(at(try #require(diagnostics.first).range.start).line == 2)
  }

  @Test func severalDocuments() {
    let (file, diagnostics) = parse("a: 1\n---\nb: 2\n")
    #expect(diagnostics.isEmpty)
    #expect(file.documents.count == 2)
  }

  @Test func linesSplitLikeLibyaml() {
    var sources = SourceFiles()
    let file = sources.add(SourceFile(path: "f", bytes: Array("a\r\nb\rc\u{85}d\u{2028}e\nf".utf8)))
    let locator = SourceLocator(sources)
    #expect((1...6).map { locator.line($0, of: file) } == ["a", "b", "c", "d", "e", "f"])
    #expect(locator.line(7, of: file) == nil)
    #expect(locator.location(file, 8) == RosterKit.SourceLocation(line: 4, column: 1))
  }
}
