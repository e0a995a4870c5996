import Testing

@testable import RosterKit

@Suite struct YAMLParserTests {
  func parse(_ text: String, limits: YAMLLimits = .standard) -> (ParsedFile, [Diagnostic]) {
    var diagnostics = DiagnosticCollector()
    let file = YAMLParser(limits: limits).parse(Array(text.utf8), path: "f.yaml", into: &diagnostics)
    return (file, diagnostics.diagnostics)
  }

  @Test func nodesKeepOneBasedRanges() throws {
    let (file, diagnostics) = parse("a:\n  b: [x, 'y']\n")
    #expect(diagnostics.isEmpty)
    let root = try #require(file.documents.first?.pairs)
    #expect(root[0].key.range.start == SourceLocation(line: 1, column: 1))
    let inner = try #require(root[0].value.pairs)
    let items = try #require(inner[0].value.items)
    #expect(items[1].scalar == "y")
    #expect(items[1].range.start == SourceLocation(line: 2, column: 10))
    #expect(items[1].range.end == SourceLocation(line: 2, column: 13))
  }

  @Test func scalarsStayText() throws {
    let (file, _) = parse("a: no\nb: 9:30\nc: off\nd: 010\n")
    let values = try #require(file.documents.first?.pairs).map { $0.value.scalar }
    #expect(values == ["no", "9:30", "off", "010"])
  }

  @Test func duplicateKeysAreReportedWithTheFirstPlace() throws {
    let (file, diagnostics) = parse("a: 1\nb: 2\na: 3\n")
    #expect(diagnostics.map(\.rule) == [.duplicateKey])
    #expect(diagnostics[0].range.start.line == 3)
    #expect(diagnostics[0].notes.first?.range.start.line == 1)
    #expect(try #require(file.documents.first?.pairs).map { $0.value.scalar } == ["1", "2"])
  }

  @Test func syntaxErrorsCarryLibyamlsPosition() {
    let (file, diagnostics) = parse("a: 1\nb: [x\nc: 2\n")
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlSyntax])
    #expect(diagnostics[0].range.start.line == 3)
  }

  @Test func invalidUTF8IsReportedAtTheByte() {
    var diagnostics = DiagnosticCollector()
    let bytes = Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8)
    let file = YAMLParser().parse(bytes, path: "f.yaml", into: &diagnostics)
    #expect(file.isBroken)
    #expect(diagnostics.diagnostics.map(\.rule) == [.invalidEncoding])
    #expect(diagnostics.diagnostics[0].range.start == SourceLocation(line: 2, column: 7))
  }

  @Test func byteOrderMarkIsAccepted() {
    var diagnostics = DiagnosticCollector()
    let file = YAMLParser().parse([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), path: "f.yaml", into: &diagnostics)
    #expect(diagnostics.diagnostics.isEmpty)
    #expect(file.documents.first?.pairs?.first?.key.range.start == SourceLocation(line: 1, column: 1))
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
    #expect(pairs[1].value.range.start.line == 2)
  }

  @Test func oversizedFilesAreRefused() {
    let (file, diagnostics) = parse("a: 1234567890\n", limits: YAMLLimits(maxFileBytes: 8))
    #expect(file.isBroken)
    #expect(diagnostics.map(\.rule) == [.yamlLimits])
  }

  @Test func unknownTagsAreErrorsAndCoreTagsAreNot() {
    let (_, diagnostics) = parse("a: !!str 1\nb: !custom x\n")
    #expect(diagnostics.map(\.rule) == [.yamlSyntax])
    #expect(diagnostics.first?.range.start.line == 2)
  }

  @Test func severalDocuments() {
    let (file, diagnostics) = parse("a: 1\n---\nb: 2\n")
    #expect(diagnostics.isEmpty)
    #expect(file.documents.count == 2)
  }

  @Test func linesSplitLikeLibyaml() {
    let source = SourceFile(path: "f", text: "a\r\nb\rc\nd")
    #expect(source.allLines == ["a", "b", "c", "d"])
  }
}
