import Foundation
import Testing

@testable import RosterKit

/// The machine formats of diagnostics (SPEC 5), checked by their structure
/// on a configuration that fails with an error that has a note, one with a
/// hint, and a warning.
@Suite struct FormatTests {
  static let failing = Example(
    """
    workspace:
      name: Acme
      timezone: Europe/Paris
      default_locale: en
      locales: [en]
    agents:
      alice:
        name: Alice
        email: alice@acme.example
        live_chat:
          timezone: Europe/Paris
          hours:
            mon-fri: 09:00-12:00
            mon: 11:00-13:00
      bob:
        name: Bob
        email: bob@acme.example
        meetings: {calendar: google, timezone: Europe/Paris, duration: 30m, hours: {tue: 10:00-12:00}, tiemzone: x}
    teams:
      support:
        name: Support
        agents: [alice]

    """)

  let result: CheckResult

  init() throws {
    result = try check(Self.failing)
  }

  private var locator: SourceLocator { SourceLocator(result.sources) }

  private func render(_ format: DiagnosticFormat) -> String {
    DiagnosticReport(diagnostics: result.diagnostics, sources: result.sources, format: format, useColor: false)
      .render()
  }

  private func parse(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theExampleFailsAsIntended() {
    let rules = Set(result.diagnostics.map(\.rule))
    #expect(rules.isSuperset(of: [.overlappingHours, .unknownKey, .orphanedAgent]), "\(result.diagnostics)")
    #expect(result.diagnostics.contains { !$0.notes.isEmpty })
    #expect(result.diagnostics.contains { $0.hint != nil })
  }

  @Test func jsonHasTheFieldsOfTheSpecification() throws {
    let json = try parse(render(.json))
    #expect(Set(json.keys) == ["diagnostics", "summary"])
    let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == result.diagnostics.count)
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary == ["errors": result.summary.errors, "warnings": result.summary.warnings])
    let location: Set<String> = ["file", "line", "column", "end_line", "end_column"]
    let locator = self.locator
    for (object, diagnostic) in zip(diagnostics, result.diagnostics) {
      #expect(
        Set(object.keys) == location.union(["rule", "severity", "message", "notes", "hint"]), "\(object.keys)")
      #expect(object["rule"] as? String == diagnostic.rule.rawValue)
      #expect(object["severity"] as? String == diagnostic.severity.rawValue)
      #expect(object["message"] as? String == diagnostic.message)
      #expect(object["line"] as? Int == locator.span(diagnostic.range).start.line)
      #expect(object["end_column"] as? Int == locator.span(diagnostic.range).end.column)
      #expect((object["hint"] as? String) == diagnostic.hint)
      if diagnostic.hint == nil { #expect(object["hint"] is NSNull) }
      let notes = try #require(object["notes"] as? [[String: Any]])
      #expect(notes.count == diagnostic.notes.count)
      for (note, expected) in zip(notes, diagnostic.notes) {
        #expect(Set(note.keys) == location.union(["message"]))
        #expect(note["message"] as? String == expected.message)
        #expect(note["line"] as? Int == locator.span(expected.range).start.line)
      }
    }
  }

  @Test func sarifHasOneRunWithEveryRuleAndLocatedResults() throws {
    let sarif = try parse(render(.sarif))
    #expect(sarif["version"] as? String == "2.1.0")
    #expect((sarif["$schema"] as? String)?.contains("sarif") == true)
    let runs = try #require(sarif["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = try #require(runs.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "roster")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == Rules.all.count)
    #expect(Set(rules.compactMap { $0["id"] as? String }) == Set(Rules.all.map(\.id.rawValue)))
    for (descriptor, rule) in zip(rules, Rules.all) {
      #expect(descriptor["id"] as? String == rule.id.rawValue)
      #expect((descriptor["shortDescription"] as? [String: String])?["text"] == rule.summary)
      let configuration = descriptor["defaultConfiguration"] as? [String: String]
      #expect(configuration?["level"] == rule.id.defaultSeverity.rawValue)
    }

    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == result.diagnostics.count)
    for (object, diagnostic) in zip(results, result.diagnostics) {
      #expect(object["ruleId"] as? String == diagnostic.rule.rawValue)
      #expect(object["level"] as? String == diagnostic.severity.rawValue)
      if let index = object["ruleIndex"] as? Int {
        #expect(rules[index]["id"] as? String == diagnostic.rule.rawValue)
      }
      let text = try #require((object["message"] as? [String: Any])?["text"] as? String)
      #expect(text.hasPrefix(diagnostic.message))
      if let hint = diagnostic.hint { #expect(text.contains(hint)) }
      let locations = try #require(object["locations"] as? [[String: Any]])
      #expect(locations.count == 1)
      try expectPhysicalLocation(locations[0], diagnostic.range)
      let related = object["relatedLocations"] as? [[String: Any]] ?? []
      #expect(related.count == diagnostic.notes.count)
      for (location, note) in zip(related, diagnostic.notes) {
        #expect((location["message"] as? [String: String])?["text"] == note.message)
        try expectPhysicalLocation(location, note.range)
      }
    }
  }

  private func expectPhysicalLocation(_ location: [String: Any], _ range: SourceRange) throws {
    let range = locator.span(range)
    let physical = try #require(location["physicalLocation"] as? [String: Any])
    let uri = (physical["artifactLocation"] as? [String: String])?["uri"]
    #expect(uri == SARIFRenderer.uri(range.path))
    let region = try #require(physical["region"] as? [String: Int])
    #expect(region["startLine"] == range.start.line && region["startColumn"] == range.start.column)
    if range.end > range.start {
      #expect(region["endLine"] == range.end.line && region["endColumn"] == range.end.column)
    }
  }

  @Test func githubPrintsOneWorkflowCommandPerDiagnostic() throws {
    let lines = render(.github).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines.count - 1 == result.diagnostics.count)
    for (line, diagnostic) in zip(lines, result.diagnostics) {
      let range = locator.span(diagnostic.range)
      let properties = [
        "file=\(range.path)", "line=\(range.start.line)", "col=\(range.start.column)", "endLine=\(range.end.line)",
        "endColumn=\(range.end.column)", "title=\(diagnostic.rule)",
      ]
      let prefix = "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(diagnostic.message)"
      #expect(line.hasPrefix(prefix), "\(line)")
      #expect(line.contains("%0A") == (!diagnostic.notes.isEmpty || diagnostic.hint != nil))
    }
  }

  /// A file of six lines of ten characters, and the range between two places of it.
  private func synthetic(_ path: String, _ start: (Int, Int), _ end: (Int, Int)) -> (SourceRange, SourceLocator) {
    var sources = SourceFiles()
    let file = sources.add(SourceFile(path: path, bytes: Array(String(repeating: "abcdefghij\n", count: 6).utf8)))
    func offset(_ place: (Int, Int)) -> UInt32 { UInt32((place.0 - 1) * 11 + place.1 - 1) }
    return (SourceRange(file: file, start: offset(start), end: offset(end)), SourceLocator(sources))
  }

  @Test func githubEscapesMessagesAndProperties() {
    let (range, locator) = synthetic("teams/a,b:c%.yaml", (3, 5), (3, 9))
    let diagnostic = Diagnostic(
      rule: .invalidValue, severity: .warning, message: "100% sure\r\nnext: a, b", range: range,
      hint: "did you mean 'x'?")
    #expect(
      GitHubRenderer.render([diagnostic], locator)
        == "::warning file=teams/a%2Cb%3Ac%25.yaml,line=3,col=5,endLine=3,endColumn=9,title=invalid-value"
        + "::100%25 sure%0D%0Anext: a, b%0Ahint: did you mean 'x'?\n")
  }

  /// GitHub turns down `col` and `endColumn` when `line` and `endLine` differ.
  @Test func githubKeepsLineAndEndLineEqualWhenItGivesColumns() {
    func command(_ start: (Int, Int), _ end: (Int, Int)) -> String {
      let (range, locator) = synthetic("g.yaml", start, end)
      return GitHubRenderer.render(
        [Diagnostic(rule: .emptyGroup, severity: .error, message: "m", range: range)], locator)
    }
    #expect(command((2, 3), (5, 4)) == "::error file=g.yaml,line=2,endLine=5,title=empty-group::m\n")
    #expect(command((2, 3), (3, 1)) == "::error file=g.yaml,line=2,col=3,endLine=2,title=empty-group::m\n")
  }
}
