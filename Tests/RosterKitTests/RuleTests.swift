import Foundation
import Testing

@testable import RosterKit

@Suite struct RuleTests {
  /// `RuleID.rule` is an exhaustive switch, so every id has a rule; this
  /// proves that each case gives its own rule, not another's.
  @Test(arguments: RuleID.allCases)
  func everyIDGivesItsOwnRule(_ id: RuleID) {
    #expect(id.rule.id == id)
  }

  /// The loader's rules are the YAML and schema rules plus the few it finds
  /// while merging files or reading a time zone name; every other rule has a check of its own.
  @Test func loaderRulesHaveNoCheck() {
    let loader = Rules.all.filter { $0.check == nil }.map(\.id)
    #expect(
      loader.filter { !$0.isFixed } == [
        .emptyFile, .duplicateSection, .unknownInclude, .legacyTimezone, .fixedOffsetTimezone, .invalidDate,
      ])
    #expect(RuleID.allCases.filter(\.isFixed).allSatisfy { loader.contains($0) })
  }

  @Test(arguments: Rules.all.map(\.id.rawValue))
  func badExampleFiresExactlyItsRule(_ id: String) throws {
    let rule = try #require(Rules.named(id))
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    write(rule.bad, to: directory)
    let result = try Roster.check(root: directory)
    let expected = expectations(in: rule.bad.files.map { ($0.path, $0.bytes) })
    #expect(!expected.isEmpty, "the bad example marks no line with # expect: \(id)")
    #expect(Set(expected.map(\.rule)) == [id])
    #expect(firings(result, root: directory) == expected)
  }

  @Test(arguments: Rules.all.map(\.id.rawValue))
  func goodExampleIsClean(_ id: String) throws {
    let rule = try #require(Rules.named(id))
    let result = try check(rule.good)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test(arguments: Rules.all.map(\.id.rawValue))
  func explainPrintsBothExamples(_ id: String) throws {
    let rule = try #require(Rules.named(id))
    let text = RuleDocumentation.explain(rule)
    #expect(text.hasPrefix(id))
    #expect(text.contains(rule.summary))
    for file in rule.bad.files + rule.good.files {
      for line in file.text.split(separator: "\n") where !line.isEmpty {
        #expect(text.contains(line), "explain leaves out '\(line)'")
      }
    }
  }

  @Test func rulesListsEverySeverity() {
    let lines = RuleDocumentation.list().split(separator: "\n")
    #expect(lines.count == Rules.all.count)
    for (line, rule) in zip(lines, Rules.all) {
      #expect(line.hasPrefix(rule.id.rawValue + " "))
      #expect(line.contains(" \(rule.id.defaultSeverity.rawValue) "))
    }
  }
}

@Suite struct RuleDocumentTests {
  /// The rule table of docs/rules.md is the registry's, so that it cannot drift;
  /// `ROSTER_RECORD=1` rewrites it between its markers.
  @Test func rulesPageListsEveryRuleFromTheRegistry() throws {
    let path = packageRoot + "/docs/rules.md"
    let readme = try String(contentsOfFile: path, encoding: .utf8)
    let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
    let end = try #require(readme.range(of: "<!-- rules:end -->"))
    let table = RuleDocumentation.markdownTable()
    if isRecording {
      try (readme[..<begin.upperBound] + table + readme[end.lowerBound...]).write(
        toFile: path, atomically: true, encoding: .utf8)
    } else {
      #expect(String(readme[begin.upperBound..<end.lowerBound]) == table, "stale rule table; ROSTER_RECORD=1")
    }
  }
}
