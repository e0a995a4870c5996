import Foundation
import Testing

@testable import RosterKit

@Suite(.serialized) struct CLITests {
  let broken = "Tests/RosterKitTests/Fixtures/broken"

  @Test func checkOnTheExampleSucceeds() throws {
    let output = try roster("check", "examples/acme")
    #expect(output.status == 0)
    // Its only findings are the coverage warnings of March 2026 (ExampleTests).
    #expect(output.stdout.hasSuffix("\nchecked 8 files: 0 errors, 5 warnings\n"))
    #expect(output.stderr.isEmpty)
    #expect(try roster("check", "examples/acme", "--strict").status == 1)
  }

  /// Given the roster.yaml instead of its folder, check says which folder ROOT is.
  @Test func aFileAsRootNamesItsFolder() throws {
    let output = try roster("check", "examples/acme/roster.yaml")
    #expect(output.status == 2)
    #expect(
      output.stderr.contains(
        "examples/acme/roster.yaml is a file: ROOT is the folder that holds roster.yaml, such as examples/acme"))
    #expect(try roster("check", "examples/nothing-here").stderr.contains("no such directory: examples/nothing-here"))
  }

  @Test(arguments: DiagnosticFormat.allCases)
  func checkOutputMatchesItsGolden(_ format: DiagnosticFormat) throws {
    let output = try roster("check", broken, "--format", format.rawValue)
    #expect(output.status == 1)
    #expect(output.stderr.isEmpty)
    let ending = ["text": "txt", "json": "json", "sarif": "sarif.json", "github": "github.txt"][format.rawValue]!
    expectGolden(output.stdout, "Tests/RosterKitTests/Goldens/cli/check.\(ending)")
  }

  @Test func githubIsTheDefaultUnderGitHubActions() throws {
    let output = try roster("check", broken, environment: ["GITHUB_ACTIONS": "true"])
    #expect(output.stdout.hasPrefix("::error file=\(broken)/"))
  }

  @Test func colourOnlyWhenAsked() throws {
    #expect(try roster("check", broken, "--color", "always").stdout.contains("\u{1B}["))
    #expect(!(try roster("check", broken, "--color", "never").stdout.contains("\u{1B}[")))
    #expect(!(try roster("check", broken).stdout.contains("\u{1B}[")))
  }

  @Test func strictCountsWarnings() throws {
    let root = makeTemporaryDirectory()
    defer { removeTemporary(root) }
    write(Rules.named("orphaned-agent")!.bad, to: root)
    #expect(try roster("check", root).status == 0)
    #expect(try roster("check", root, "--strict").status == 1)
  }

  @Test func buildWritesTheSnapshotAndOneSnippetPerEnabledGroup() throws {
    let out = makeTemporaryDirectory()
    defer { removeTemporary(out) }
    let output = try roster("build", "examples/acme", "--out", out)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.isEmpty)
    let files = Set(filesUnder(out).map(\.path))
    let result = try Roster.check(root: packageRoot + "/examples/acme")
    let expected = Set(Roster.buildProducts(result.configuration).map(\.path))
    #expect(files == expected)
    #expect(files.contains("snapshot.json"))
    let snapshot = try String(contentsOfFile: out + "/snapshot.json", encoding: .utf8)
    #expect(snapshot == Snapshot.render(result.configuration))
  }

  @Test func buildReplacesStaleSnippets() throws {
    let out = makeTemporaryDirectory()
    defer { removeTemporary(out) }
    try FileManager.default.createDirectory(atPath: out + "/snippets", withIntermediateDirectories: true)
    writeFile("old", to: out + "/snippets/removed-group.html")
    #expect(try roster("build", "examples/acme", "--out", out).status == 0)
    #expect(!FileManager.default.fileExists(atPath: out + "/snippets/removed-group.html"))
    #expect(!filesUnder(out).contains { $0.path.contains(".tmp") || $0.path.hasPrefix(".") })
  }

  @Test func buildWithErrorsLeavesTheOutputUntouched() throws {
    let out = makeTemporaryDirectory()
    defer { removeTemporary(out) }
    writeFile("previous", to: out + "/snapshot.json")
    let output = try roster("build", broken, "--out", out)
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("[overlapping-hours]"))
    #expect(filesUnder(out).map(\.path) == ["snapshot.json"])
    #expect(try String(contentsOfFile: out + "/snapshot.json", encoding: .utf8) == "previous")
  }

  /// `check` and `build` read the same files: `ROOT/build` is skipped by
  /// both, and a `--out` folder that holds configuration is refused.
  @Test func checkAndBuildReadTheSameFiles() throws {
    let root = makeTemporaryDirectory()
    defer { removeTemporary(root) }
    try FileManager.default.copyItem(atPath: packageRoot + "/examples/acme", toPath: root + "/acme")
    writeFile("bogus: 1\n", to: root + "/acme/build/snippets/stray.yaml")
    let check = try roster("check", root + "/acme")
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.hasSuffix("\nchecked 8 files: 0 errors, 5 warnings\n"))
    let build = try roster("build", root + "/acme")
    #expect(build.status == 0, "\(build.stderr)")
    #expect(FileManager.default.fileExists(atPath: root + "/acme/build/snapshot.json"))

    let refused = try roster("build", root + "/acme", "--out", root + "/acme/agents")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("holds the configuration file"), "\(refused.stderr)")
    #expect(FileManager.default.fileExists(atPath: root + "/acme/agents/emea.yaml"))
  }

  /// A build replaces its output folder whole, so it never replaces a
  /// folder that holds files it did not write.
  @Test func buildRefusesAFolderThatHoldsOtherFiles() throws {
    let out = makeTemporaryDirectory()
    defer { removeTemporary(out) }
    writeFile("<html>", to: out + "/index.html")
    let output = try roster("build", "examples/acme", "--out", out)
    #expect(output.status == 2)
    #expect(output.stderr.contains("it holds 'index.html', which Roster did not write"), "\(output.stderr)")
    #expect(filesUnder(out).map(\.path) == ["index.html"])
  }

  @Test func buildIntoAnUnwritablePlaceExitsTwo() throws {
    let output = try roster("build", "examples/acme", "--out", "/proc/roster-cannot-write")
    #expect(output.status == 2)
    #expect(
      output.stderr.hasSuffix("roster: error: cannot write /proc/roster-cannot-write: No such file or directory\n"),
      "\(output.stderr)")
  }

  @Test func snippetPrintsOneGroup() throws {
    let result = try Roster.check(root: packageRoot + "/examples/acme")
    let group = try #require(Roster.enabledGroups(result.configuration).first)
    let output = try roster("snippet", "examples/acme", "--group", group.id.value)
    #expect(output.status == 0)
    #expect(output.stdout == Snippet.html(for: group, in: result.configuration))
    #expect(output.stderr.hasSuffix("\nchecked 8 files: 0 errors, 5 warnings\n"))
  }

  @Test func snippetOfAnUnknownGroupExitsTwo() throws {
    let output = try roster("snippet", "examples/acme", "--group", "no-such-group")
    #expect(output.status == 2)
    #expect(output.stderr.contains("no group 'no-such-group'"))
    let typo = try roster("snippet", "examples/acme", "--group", "suport-fr")
    #expect(typo.status == 2)
    #expect(
      typo.stderr.hasSuffix("roster: error: no group 'suport-fr'; did you mean 'support-fr'?\n"), "\(typo.stderr)")
  }

  @Test func snippetOfABrokenConfigurationExitsOne() throws {
    let output = try roster("snippet", broken, "--group", "fr-support")
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
  }

  @Test func jobsRosterCannotDoExitTwo() throws {
    #expect(try roster("check", "no/such/root").status == 2)
    #expect(try roster("check", "Tests").status == 2)
    #expect(try roster("check", "--format", "xml").status == 2)
    #expect(try roster("check", "--no-such-flag").status == 2)
    #expect(try roster("explain", "overlaping-hours").stderr.contains("did you mean 'overlapping-hours'?"))
    #expect(try roster("explain", "overlaping-hours").status == 2)
  }

  @Test func rulesAndExplainPrintTheRegistry() throws {
    let rules = try roster("rules")
    #expect(rules.status == 0)
    #expect(rules.stdout == RuleDocumentation.list())
    let explain = try roster("explain", "overlapping-hours")
    #expect(explain.status == 0)
    #expect(explain.stdout == RuleDocumentation.explain(Rules.named("overlapping-hours")!))
  }

  @Test func initWritesAStarterThatChecksCleanAndNeverOverwrites() throws {
    let root = makeTemporaryDirectory() + "/chat"
    defer { removeTemporary(root) }
    let first = try roster("init", root)
    #expect(first.status == 0, "\(first.transcript)")
    for file in Starter.files {
      #expect(try String(contentsOfFile: root + "/" + file.path, encoding: .utf8) == file.contents)
    }
    let check = try roster("check", root, "--strict")
    #expect(check.status == 0, "\(check.transcript)")
    #expect(check.stdout.hasSuffix("no problems\n"))

    writeFile("workspace: {name: Mine, timezone: Asia/Tokyo, default_locale: ja}\n", to: root + "/roster.yaml")
    let second = try roster("init", root)
    #expect(second.status == 2)
    #expect(second.stderr.contains("would overwrite"))
    #expect(
      try String(contentsOfFile: root + "/roster.yaml", encoding: .utf8)
        == "workspace: {name: Mine, timezone: Asia/Tokyo, default_locale: ja}\n")
  }

  @Test func versionPrintsTheOneVersionConstant() throws {
    let output = try roster("--version")
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("roster \(RosterVersion.version)\n"))
    #expect(SARIFRenderer.toolVersion == RosterVersion.version)
  }

  /// Keys are explained from their one declaration in `Format`.
  @Test func explainPrintsAKeyFromItsDeclaration() throws {
    let hours = try roster("explain", "live_chat.hours")
    #expect(hours.status == 0)
    #expect(
      hours.stdout == """
        agents.live_chat.hours (weekly hours: days to HH:MM-HH:MM blocks)
        \(Format.liveChat.property("hours")!.description)
        Optional.

        """)
    let duration = try roster("explain", "agents.meetings.duration")
    #expect(duration.stdout.hasPrefix("agents.meetings.duration (a duration from 5m to 8h)\n"))
    #expect(duration.stdout.contains("\nRequired.\n"))
    let timezones = try roster("explain", "timezone")
    #expect(
      timezones.stdout.split(separator: "\n").filter { $0.contains(" (an IANA time zone name)") }.map {
        String($0.prefix { $0 != " " })
      } == [
        "workspace.timezone", "agents.live_chat.timezone", "agents.meetings.timezone", "groups.service_hours.timezone",
        "closures.timezone",
      ])
    let typo = try roster("explain", "live_chat.hurs")
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("no rule or key 'live_chat.hurs'; did you mean 'live_chat.hours'?"))
  }
}

@Suite struct MachineFormatCLITests {
  @Test func buildInAMachineFormatWritesOnlyThatFormat() throws {
    let out = makeTemporaryDirectory()
    defer { removeTemporary(out) }
    let output = try roster("build", "examples/acme", "--out", out, "--format", "json")
    #expect(output.status == 0)
    let parsed = try JSONSerialization.jsonObject(with: Data(output.stderr.utf8)) as? [String: Any]
    #expect((parsed?["summary"] as? [String: Int])?["errors"] == 0)
  }
}
