import Testing

@testable import RosterKit

@Suite struct TextRendererTests {
  let source = SourceFile(path: "a.yaml", text: "agents:\n\talice: {name: A}\n  bob: x\n")

  func range(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> SourceRange {
    SourceRange(file: "a.yaml", start: .init(line: line, column: start), end: .init(line: endLine, column: end))
  }

  @Test func caretsCoverTheRangeAndKeepTabs() {
    let diagnostic = Diagnostic(
      rule: .unknownKey, severity: .error, message: "unknown key 'alice'", range: range(2, 2, 2, 7),
      notes: [.init("first defined here", at: range(3, 3, 3, 6))], hint: "did you mean 'bob'?")
    let text = TextRenderer(sources: ["a.yaml": source], useColor: false).render(diagnostic)
    #expect(
      text == """
        a.yaml:2:2: error: unknown key 'alice' [unknown-key]
            2 | \talice: {name: A}
              | \t^~~~~
        a.yaml:3:3: note: first defined here
              = hint: did you mean 'bob'?

        """)
  }

  @Test func aRangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
    let diagnostic = Diagnostic(
      rule: .wrongType, severity: .warning, message: "m", range: range(3, 3, 4, 1))
    let text = TextRenderer(sources: ["a.yaml": source], useColor: false).render(diagnostic)
    #expect(text.hasSuffix("    3 |   bob: x\n      |   ^~~~~~\n"))
  }

  @Test func aFileWithoutTextGetsNoExcerpt() {
    let diagnostic = Diagnostic(
      rule: .invalidValue, severity: .error, message: "m", range: .fileStart("gone.yaml"))
    let text = TextRenderer(sources: [:], useColor: false).render(diagnostic)
    #expect(text == "gone.yaml:1:1: error: m [invalid-value]\n")
  }

  @Test func colourWrapsSeverityAndLocation() {
    let diagnostic = Diagnostic(rule: .emptyFile, severity: .warning, message: "m", range: .fileStart("a.yaml"))
    let text = TextRenderer(sources: [:], useColor: true).render(diagnostic)
    #expect(text.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
  }

  @Test func summaryCountsFilesAndFindings() {
    let renderer = TextRenderer(sources: [:], useColor: false)
    #expect(renderer.render([], fileCount: 1) == "checked 1 file: no problems\n")
    let one = Diagnostic(rule: .emptyFile, severity: .warning, message: "m", range: .fileStart("a.yaml"))
    #expect(renderer.render([one], fileCount: 2).hasSuffix("checked 2 files: 0 errors, 1 warning\n"))
  }

  @Test func displayOrderIsFileLineColumnRule() {
    let a = Diagnostic(rule: .unknownKey, severity: .error, message: "m", range: range(2, 1, 2, 2))
    let b = Diagnostic(rule: .emptyBlock, severity: .error, message: "m", range: range(2, 1, 2, 2))
    let c = Diagnostic(rule: .emptyBlock, severity: .error, message: "m", range: range(1, 5, 1, 6))
    #expect([a, b, c, a].sortedForDisplay() == [c, b, a])
  }
}
