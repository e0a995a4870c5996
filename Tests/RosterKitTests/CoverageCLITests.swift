import Foundation
import Testing

@testable import RosterKit

/// `roster coverage` end to end: its four formats on the example, the
/// window and group arguments, exit statuses, and the same answers on a
/// machine without a time zone database.
@Suite struct CoverageCLITests {
  static let goldens = "Tests/RosterKitTests/Goldens/coverage"

  @Test(arguments: ["text", "json", "markdown", "html"])
  func acmeCoverageMatchesItsGolden(_ format: String) throws {
    let output = try roster("coverage", "examples/acme", "--format", format)
    #expect(output.status == 0, "\(output.stderr)")
    // The check comes first: its findings go to standard error.
    #expect(output.stderr.hasSuffix("checked 8 files: 0 errors, 5 warnings\n"))
    let name = ["text": "acme.txt", "json": "acme.json", "markdown": "acme.md", "html": "acme.html"][format]!
    expectGolden(output.stdout, Self.goldens + "/" + name)
  }

  @Test func theJSONReportSaysItsFormatWindowAndDatabase() throws {
    let output = try roster("coverage", "examples/acme", "--format", "json", "--group", "sales")
    let value = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let window = try #require(value?["window"] as? [String: Any])
    #expect(value?["format"] as? String == "roster.coverage/1")
    #expect(value?["tz_database"] as? String == TimeZoneDatabase.builtIn.version)
    #expect(window["start"] as? String == "2026-03-02T00:00:00+01:00")
    #expect(window["end"] as? String == "2026-04-06T00:00:00+02:00")
    let groups = try #require(value?["groups"] as? [[String: Any]])
    #expect(groups.map { $0["id"] as? String } == ["sales"])
    #expect((groups[0]["week"] as? [Any])?.count == 7 * 48)
  }

  @Test func argumentsSetTheWindow() throws {
    let output = try roster("coverage", "examples/acme", "--from", "2026-06-01", "--until", "2026-06-08")
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("Coverage from 2026-06-01 to 2026-06-07 (1 week, --from/--until)"))
    let from = try roster("coverage", "examples/acme", "--from", "2026-06-01", "--format", "json")
    #expect(from.stdout.contains("\"until\": \"2026-06-29\""))
  }

  @Test func withoutAWindowTheFourWeeksFromThisMondayAreShownAndSaid() throws {
    let root = makeTemporaryDirectory()
    defer { removeTemporary(root) }
    copyFolder(packageRoot + "/examples/acme", to: root)
    let text = try String(contentsOfFile: root + "/roster.yaml", encoding: .utf8)
    writeFile(
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("coverage: {from") }
        .joined(separator: "\n"), to: root + "/roster.yaml")
    let output = try roster("coverage", root)
    #expect(output.status == 0, "\(output.stderr)")
    let monday = Roster.today(in: "Europe/Paris").monday
    #expect(
      output.stdout.hasPrefix(
        "Coverage from \(monday.iso) to \(monday.advanced(by: 27).iso) (4 weeks, the four weeks from this Monday"))
  }

  @Test(arguments: [
    (["--from", "2026-13-01"], "invalid date '2026-13-01' for --from"),
    (["--from", "2026-03-10", "--until", "2026-03-10"], "the window is empty"),
    (["--from", "2026-03-10", "--until", "2026-03-01"], "the window is empty"),
    (["--from", "2000-01-01", "--until", "2030-01-01"], "longer than 3660 days"),
    (["--group", "support-fx"], "no group 'support-fx'; did you mean 'support-fr'?"),
    (["--group", "apac-pilot"], "group 'apac-pilot' is disabled"),
    (["--out", "/proc/roster-cannot-write/report.txt"], "cannot write /proc/roster-cannot-write/report.txt"),
  ])
  func badArgumentsExitTwo(_ arguments: [String], _ message: String) throws {
    let output = try run(rosterExecutable, ["coverage", "examples/acme"] + arguments)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains(message), "\(output.stderr)")
  }

  @Test func errorsExitOneWithoutAReport() throws {
    let output = try roster("coverage", "Tests/RosterKitTests/Fixtures/broken")
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("error:"))
  }

  @Test func outWritesTheWholeFileAndNothingElse() throws {
    let folder = makeTemporaryDirectory()
    defer { removeTemporary(folder) }
    let output = try roster("coverage", "examples/acme", "--format", "html", "--out", folder + "/coverage.html")
    #expect(output.status == 0)
    #expect(output.stdout.isEmpty)
    let written = try String(contentsOfFile: folder + "/coverage.html", encoding: .utf8)
    #expect(written == (try roster("coverage", "examples/acme", "--format", "html").stdout))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["coverage.html"])
  }

  /// SPEC 2: the same Roster gives the same answers with or without a system
  /// `tzdata`. The zone database folder is hidden under an empty one in a
  /// mount namespace of its own, and the time zone of the process is garbage.
  @Test func aMachineWithoutTzdataGivesTheSameAnswers() throws {
    guard let unshare = requireTool("unshare") else { return }
    let commands = [
      ["check", "examples/acme", "--format", "json"],
      ["coverage", "examples/acme", "--format", "json"],
      ["snippet", "examples/acme", "--group", "support-fr"],
    ]
    for command in commands {
      let normal = try run(rosterExecutable, command)
      let script = #"mount -t tmpfs none /usr/share/zoneinfo && test -z "$(ls /usr/share/zoneinfo)" && exec "$@""#
      let bare = try run(
        unshare, ["--mount", "sh", "-c", script, "sh", rosterExecutable] + command,
        environment: ["TZ": "Nowhere/Atlantis", "TZDIR": "/nonexistent"])
      if bare.status != normal.status, bare.stderr.contains("unshare"), !isCI {
        print("SKIPPED: no mount namespace here (\(bare.stderr))")
        return
      }
      #expect(bare.status == normal.status, "\(command): \(bare.stderr)")
      #expect(bare.stdout == normal.stdout, "\(command)")
      #expect(!normal.stdout.isEmpty)
    }
  }
}
