import Testing

@testable import RosterKit

@Suite struct TextRendererTests {
  static let text = "agents:\n\talice: {name: A}\n  bob: x\n"
  let sources: SourceFiles
  let file: FileID
  let gone: FileID

  init() {
    var sources = SourceFiles()
    file = sources.add(SourceFile(path: "a.yaml", bytes: Array(Self.text.utf8)))
    gone = sources.add(SourceFile(path: "gone.yaml", bytes: [], wasRead: false))
    self.sources = sources
  }

  var renderer: TextRenderer { TextRenderer(locator: SourceLocator(sources), useColor: false) }

  /// The range between two 1-based lines and columns of the ASCII text.
  func range(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> SourceRange {
    let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
    func offset(_ line: Int, _ column: Int) -> UInt32 {
      UInt32(lines[..<(line - 1)].map { $0.utf8.count + 1 }.reduce(0, +) + column - 1)
    }
    return SourceRange(file: file, start: offset(line, start), end: offset(endLine, end))
  }

  @Test func caretsCoverTheRangeAndKeepTabs() {
    let diagnostic = Diagnostic(
      rule: .unknownKey, severity: .error, message: "unknown key 'alice'", range: range(2, 2, 2, 7),
      notes: [.init("first defined here", at: range(3, 3, 3, 6))], hint: "did you mean 'bob'?")
    let text = renderer.render(diagnostic)
    #expect(
      text == """
        a.yaml:2:2: error: unknown key 'alice' [unknown-key]
            2 | \talice: {name: A}
              | \t^~~~~
              = hint: did you mean 'bob'?
        a.yaml:3:3: note: first defined here

        """)
  }

  @Test func aRangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
    let diagnostic = Diagnostic(
      rule: .wrongType, severity: .warning, message: "m", range: range(3, 3, 4, 1))
    let text = renderer.render(diagnostic)
    #expect(text.hasSuffix("    3 |   bob: x\n      |   ^~~~~~\n"))
  }

  @Test func aFileWithoutTextGetsNoExcerpt() {
    let diagnostic = Diagnostic(
      rule: .invalidValue, severity: .error, message: "m", range: .fileStart(gone))
    let text = renderer.render(diagnostic)
    #expect(text == "gone.yaml:1:1: error: m [invalid-value]\n")
  }

  @Test func colourWrapsSeverityAndLocation() {
    let diagnostic = Diagnostic(rule: .emptyFile, severity: .warning, message: "m", range: .fileStart(file))
    let text = TextRenderer(locator: SourceLocator(sources), useColor: true).render(diagnostic)
    #expect(text.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
  }

  @Test func summaryCountsFilesAndFindings() {
    #expect(renderer.render([], fileCount: 1) == "checked 1 file: no problems\n")
    let one = Diagnostic(rule: .emptyFile, severity: .warning, message: "m", range: .fileStart(file))
    #expect(renderer.render([one], fileCount: 2).hasSuffix("checked 2 files: 0 errors, 1 warning\n"))
  }

  /// After 50 findings of one rule in one file, one line sums up the rest;
  /// other rules and files are counted on their own.
  @Test func findingsOfOneRuleInOneFileAreBounded() {
    let unknown = Diagnostic(rule: .unknownKey, severity: .error, message: "u", range: .fileStart(file))
    let elsewhere = Diagnostic(rule: .unknownKey, severity: .error, message: "u", range: .fileStart(gone))
    let empty = Diagnostic(rule: .emptyFile, severity: .warning, message: "e", range: .fileStart(file))
    let diagnostics = Array(repeating: unknown, count: 1000) + [empty, elsewhere]
    let text = renderer.render(diagnostics, fileCount: 2)
    let headers = text.split(separator: "\n").filter { $0.hasPrefix("a.yaml:1:1: error:") }
    #expect(headers.count == TextRenderer.findingsShownPerRuleAndFile)
    #expect(
      text.contains(
        "a.yaml: note: 950 more findings of [unknown-key] in this file not shown; --format json lists them all\n"))
    #expect(text.contains("a.yaml:1:1: warning: e [empty-file]"))
    #expect(text.contains("gone.yaml:1:1: error: u [unknown-key]"))
    #expect(text.hasSuffix("checked 2 files: 1001 errors, 1 warning\n"))
  }

  /// Nothing from the input reaches the terminal as a command: control
  /// characters in messages and source lines are shown escaped, and the
  /// carets follow their escaped width.
  @Test func controlCharactersAreShownEscaped() {
    var sources = SourceFiles()
    let file = sources.add(SourceFile(path: "c.yaml", bytes: Array("a: \u{1B}[2J\u{7}x\u{0}\n".utf8)))
    let diagnostic = Diagnostic(
      rule: .unknownKey, severity: .error, message: "unknown key '\u{1B}[31mred'",
      range: SourceRange(file: file, start: 9, end: 10), notes: [], hint: "bell \u{7}")
    let text = TextRenderer(locator: SourceLocator(sources), useColor: false).render(diagnostic)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(
      text == """
        c.yaml:1:10: error: unknown key '\\u{1B}[31mred' [unknown-key]
            1 | a: \\u{1B}[2J\\u{7}x\\u{0}
              |                   ^~~~~
              = hint: bell \\u{7}

        """)
  }

  /// Carets follow what a terminal shows: wide CJK characters and emoji take
  /// two cells, an emoji sequence joined by ZWJ and a letter with a combining
  /// accent one character each; columns still count scalars.
  @Test(arguments: [
    ("名前: 株式会社 x", 5, 2, 6, 4),
    ("名前: 株式会社 x", 10, 1, 15, 1),
    ("a: 🎉 x", 6, 1, 6, 1),
    ("a: 👨‍👩‍👧 x", 10, 1, 6, 1),
    ("a: e\u{301}e\u{301} x", 9, 1, 6, 1),
    ("a: ｘｙ x", 4, 2, 3, 4),
  ])
  func caretsFollowDisplayWidth(_ line: String, _ column: Int, _ length: Int, _ padding: Int, _ carets: Int) {
    var sources = SourceFiles()
    let bytes = Array((line + "\n").utf8)
    let file = sources.add(SourceFile(path: "w.yaml", bytes: bytes))
    let scalars = Array(line.unicodeScalars)
    let start = scalars[..<(column - 1)].map { UTF8.width($0) }.reduce(0, +)
    let end = start + scalars[(column - 1)..<(column - 1 + length)].map { UTF8.width($0) }.reduce(0, +)
    let diagnostic = Diagnostic(
      rule: .unknownKey, severity: .error, message: "m",
      range: SourceRange(file: file, start: UInt32(start), end: UInt32(end)), notes: [], hint: nil)
    let text = TextRenderer(locator: SourceLocator(sources), useColor: false).render(diagnostic)
    let underline = text.split(separator: "\n")[2].dropFirst("      | ".count)
    #expect(text.hasPrefix("w.yaml:1:\(column):"))
    #expect(underline.prefix { $0 == " " }.count == padding, "\(text)")
    #expect(underline.drop { $0 == " " }.count == carets, "\(text)")
  }

  @Test func displayOrderIsFileLineColumnRule() {
    let a = Diagnostic(rule: .unknownKey, severity: .error, message: "m", range: range(2, 1, 2, 2))
    let b = Diagnostic(rule: .emptyBlock, severity: .error, message: "m", range: range(2, 1, 2, 2))
    let c = Diagnostic(rule: .emptyBlock, severity: .error, message: "m", range: range(1, 5, 1, 6))
    var diagnostics = [a, b, c, a]
    diagnostics.sortForDisplay(sources)
    #expect(diagnostics == [c, b, a])
  }
}

/// Every format writes its findings a piece at a time: no piece grows with
/// the number of findings (SARIF's first piece holds every rule's
/// description, about 70 KiB), and together they are the report.
@Suite struct StreamedReportTests {
  @Test(arguments: DiagnosticFormat.allCases)
  func aLargeReportIsWrittenInPieces(_ format: DiagnosticFormat) {
    var sources = SourceFiles()
    let file = sources.add(SourceFile(path: "a.yaml", bytes: Array("agents: {}\n".utf8)))
    let diagnostics = (0..<20_000).map { index in
      Diagnostic(
        rule: .unknownKey, severity: .error, message: "unknown key 'k\(index)' in agent 'a'",
        range: SourceRange(file: file, start: 0, end: 6))
    }
    let report = DiagnosticReport(diagnostics: diagnostics, sources: sources, format: format, useColor: false)
    var pieces: [String] = []
    report.write { pieces.append($0) }
    #expect(pieces.joined() == report.render())
    let largest = pieces.map(\.utf8.count).max() ?? 0
    #expect(largest < 1 << 17, "a piece of \(largest) bytes")
    if format != .text { #expect(pieces.count > 10) }
  }
}
