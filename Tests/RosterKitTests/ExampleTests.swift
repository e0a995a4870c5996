import Foundation
import Testing

@testable import RosterKit

@Suite struct ExampleTests {
  static let invalidRoot = packageRoot + "/examples/invalid"

  /// Acme is clean but for the coverage of March 2026 that its README shows:
  /// lunch gaps, and the weeks when American and European clocks disagree.
  @Test func acmeHasOnlyItsCoverageWarnings() throws {
    let result = try Roster.check(root: packageRoot + "/examples/acme")
    let found = result.diagnostics.map { "\($0.rule) \($0.message.prefix { $0 != " " && $0 != "'" })" }
    #expect(result.summary.errors == 0)
    #expect(
      result.diagnostics.map { "\($0.rule) \($0.message.split(separator: "'")[1])" } == [
        "dst-only-gap support-en", "group-unstaffed support-en", "group-unstaffed support-fr",
        "group-unstaffed support-de", "group-unstaffed sales",
      ], "\(found)")
    #expect(result.configuration.agents.count >= 12)
    #expect(Set(result.configuration.agents.compactMap { $0.liveChat?.timezone.value }).count >= 3)
  }

  @Test func acmeBuildMatchesItsGoldens() throws {
    let result = try Roster.check(root: packageRoot + "/examples/acme")
    let products = Roster.buildProducts(result.configuration)
    let goldens = "Tests/RosterKitTests/Goldens/acme"
    for product in products { expectGolden(product.contents, goldens + "/" + product.path) }
    if !isRecording {
      let stored = Set(filesUnder(packageRoot + "/" + goldens).map(\.path))
      #expect(stored == Set(products.map(\.path)), "stale golden files")
    }
  }

  @Test func equalConfigurationsGiveIdenticalSnapshots() throws {
    let a = try Roster.check(root: packageRoot + "/Tests/RosterKitTests/Fixtures/equal/a")
    let b = try Roster.check(root: packageRoot + "/Tests/RosterKitTests/Fixtures/equal/b")
    #expect(a.diagnostics.isEmpty)
    #expect(b.diagnostics.isEmpty)
    #expect(b.sources.readCount > 1)
    let first = Snapshot.render(a.configuration)
    #expect(first == Snapshot.render(b.configuration))
    #expect(
      Roster.buildProducts(a.configuration).map(\.contents) == Roster.buildProducts(b.configuration).map(\.contents))
  }

  /// examples/invalid/<rule>/ holds each rule's bad example, so that docs and folders cannot drift.
  @Test func invalidExamplesAreTheRulesBadExamples() throws {
    for rule in Rules.all {
      for file in rule.bad.files {
        let path = "examples/invalid/\(rule.id)/\(file.path)"
        if isRecording {
          writeFile(file.bytes, to: packageRoot + "/" + path)
        } else {
          let stored = FileManager.default.contents(atPath: packageRoot + "/" + path).map { Array($0) }
          #expect(
            stored == file.bytes, "\(path) differs from the bad example of '\(rule.id)'; re-record with ROSTER_RECORD=1"
          )
        }
      }
    }
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.invalidRoot)
    #expect(Set(folders) == Set(Rules.all.map(\.id.rawValue)))
  }

  static var invalidFolders: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: invalidRoot)) ?? []).sorted()
  }

  @Test(arguments: invalidFolders)
  func invalidExampleFailsWithItsRuleAtTheMarkedLines(_ folder: String) throws {
    let root = Self.invalidRoot + "/" + folder
    let result = try Roster.check(root: root)
    let expected = expectations(in: filesUnder(root))
    #expect(Set(expected.map(\.rule)) == [folder])
    #expect(firings(result, root: root) == expected)
    let rule = try #require(Rules.named(folder))
    #expect(result.fails(strict: false) == (rule.id.defaultSeverity == .error))
  }
}
