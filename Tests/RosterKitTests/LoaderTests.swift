import Foundation
import Testing

@testable import RosterKit

@Suite struct LoaderTests {
  let workspace = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"

  func withRoot(_ files: KeyValuePairs<String, String>, _ body: (String) throws -> Void) rethrows {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    write(Example(files: files), to: directory)
    try body(directory)
  }

  @Test func missingRootAndMissingRosterFileCannotLoad() throws {
    #expect(throws: LoadError.self) { try Roster.check(root: "/nonexistent/roster-root") }
    withRoot(["other.yaml": workspace]) { root in
      #expect(throws: LoadError.self) { try Roster.check(root: root) }
    }
  }

  @Test func agentsTeamsAndGroupsMergeAcrossFilesAndDocuments() throws {
    try withRoot([
      "roster.yaml": workspace,
      "agents/a.yaml":
        "agents:\n  alice: {name: A, email: a@x.example}\n---\nagents:\n  bob: {name: B, email: b@x.example}\n",
      "teams.yml": "teams:\n  t: {name: T, agents: [alice, bob]}\n",
    ]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.isEmpty)
      #expect(result.configuration.agents.map(\.id.value) == ["alice", "bob"])
      #expect(result.sources.readCount == 3)
    }
  }

  @Test func hiddenEntriesOutputDirectoryAndOtherExtensionsAreSkipped() throws {
    try withRoot([
      "roster.yaml": workspace,
      ".hidden/x.yaml": "bogus: 1\n",
      "build/x.yaml": "bogus: 1\n",
      "notes.txt": "bogus: 1\n",
    ]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.isEmpty)
      #expect(result.sources.readCount == 1)
    }
  }

  @Test func includeGlobsChooseTheFiles() throws {
    try withRoot([
      "roster.yaml": workspace + "include: ['conf/**/*.yaml']\n",
      "conf/deep/a.yaml": "teams: {}\n",
      "elsewhere.yaml": "bogus: 1\n",
    ]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.isEmpty)
      #expect(result.sources.files.contains { $0.path.hasSuffix("conf/deep/a.yaml") })
    }
  }

  @Test func includeOutsideTheRootIsAnError() throws {
    try withRoot(["roster.yaml": workspace + "include: ['../*.yaml']\n"]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.rule) == [.invalidValue])
    }
  }

  @Test func includeOnlyInRosterFile() throws {
    try withRoot(["roster.yaml": workspace, "b.yaml": "include: ['*.yaml']\n"]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.rule) == [.unknownKey])
    }
  }

  @Test func symbolicLinksOutsideTheRootAreErrors() throws {
    let outside = makeTemporaryDirectory()
    defer { removeTemporary(outside) }
    writeFile("teams: {}\n", to: outside + "/x.yaml")
    try withRoot(["roster.yaml": workspace]) { root in
      try FileManager.default.createSymbolicLink(atPath: root + "/x.yaml", withDestinationPath: outside + "/x.yaml")
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.rule) == [.invalidValue])
      #expect(result.diagnostics.first?.message.contains("leads outside the root") == true)
    }
  }

  @Test func sectionsAreCheckedByTheSchema() throws {
    try withRoot([
      "roster.yaml": """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        rules: {orphaned-agent: off, yaml-syntax: off, no-such-rule: error}
      agents:
        Alice: {name: A, email: nope, live_chat: {timezone: Europe/Paris, hours: {mon: 9-17}, max_concurrent_chats: 0}}
      groups:
        g: {name: G, private: yes, code: acme-g}
      bogus: 1

      """
    ]) { root in
      let result = try Roster.check(root: root)
      let rules = result.diagnostics.map(\.rule.rawValue)
      #expect(rules.filter { $0 == "invalid-value" }.count == 7)
      #expect(rules.contains("unknown-key"))
      #expect(!rules.contains("orphaned-agent"))
    }
  }

  @Test func severitiesCanBeChanged() throws {
    try withRoot([
      "roster.yaml": """
      workspace:
        name: Acme
        timezone: Europe/Paris
        default_locale: en
        rules: {orphaned-agent: error}
      agents:
        alice: {name: A, email: a@x.example}

      """
    ]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.severity) == [.error])
    }
  }

  @Test func brokenFilesStopCrossFileRules() throws {
    try withRoot([
      "roster.yaml": workspace + "teams:\n  t: {name: T, agents: [alice]}\n",
      "agents.yaml": "agents:\n  alice: {name: A, email: [\n",
    ]) { root in
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.rule) == [.yamlSyntax])
    }
  }

  @Test func pathsAreShownRelativeToTheCurrentDirectory() {
    let cwd = FileManager.default.currentDirectoryPath
    #expect(ConfigurationLoader.displayPath(cwd) == ".")
    #expect(ConfigurationLoader.displayPath(cwd + "/examples/acme") == "examples/acme")
    #expect(ConfigurationLoader.displayPath("examples/acme") == "examples/acme")
  }

  /// Creates a file whose name is `name` (any bytes) in `directory`.
  func createFile(named name: [UInt8], in directory: String) {
    let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
    let descriptor = path.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer {
      open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644)
    }
    #expect(descriptor >= 0)
    close(descriptor)
  }

  /// A selected file whose name is not UTF-8 stops the load (exit 2); one
  /// that is not selected may keep its name.
  @Test func aSelectedFileNamedOutsideUTF8IsReported() throws {
    try withRoot(["roster.yaml": workspace]) { root in
      createFile(named: [0x66, 0xE9, 0x2E, 0x70, 0x6E, 0x67], in: root)  // "f\xE9.png"
      let clean = try Roster.check(root: root)
      #expect(clean.diagnostics.isEmpty)
      createFile(named: [0x66, 0xE9, 0x2E, 0x79, 0x61, 0x6D, 0x6C], in: root)  // "f\xE9.yaml"
      #expect {
        try Roster.check(root: root)
      } throws: { error in
        "\(error)".hasSuffix("f\u{FFFD}.yaml: its name is not valid UTF-8; rename it")
      }
    }
  }

  /// A folder whose path is longer than the system allows cannot be listed:
  /// the load stops and says so, instead of leaving it out.
  @Test func aFolderThatCannotBeListedIsReported() throws {
    try withRoot(["roster.yaml": workspace]) { root in
      var descriptor = open(root, O_RDONLY | O_DIRECTORY)
      let name = String(repeating: "d", count: 200)
      for _ in 0..<25 {
        #expect(mkdirat(descriptor, name, 0o755) == 0)
        let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
        close(descriptor)
        descriptor = next
      }
      close(descriptor)
      #expect {
        try Roster.check(root: root)
      } throws: { error in
        "\(error)".hasSuffix(": File name too long")
      }
      _ = try run("/bin/rm", ["-rf", root + "/" + name])
    }
  }

  /// A file over the size limit is refused from its size, before any read:
  /// a sparse file of 64 GiB would otherwise be read whole.
  @Test func aHugeFileIsRefusedWithoutBeingRead() throws {
    try withRoot([
      "roster.yaml": workspace + "teams:\n  t: {name: T, agents: [alice]}\n"
    ]) { root in
      let path = root + "/agents.yaml"
      #expect(FileManager.default.createFile(atPath: path, contents: Data("agents:\n".utf8)))
      #expect(truncate(path, 64 << 30) == 0)
      let result = try Roster.check(root: root)
      #expect(result.diagnostics.map(\.rule) == [.yamlLimits])
      #expect(result.diagnostics.first?.message == "file is \(64 << 30) bytes, over the limit of \(16 << 20)")
    }
  }

  @Test func aReadStopsOneBytePastTheLimit() throws {
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let path = directory + "/file.yaml"
    #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 10)))
    #expect(ConfigurationLoader.contents(of: path, limit: 10) == .bytes(Array(repeating: 0x61, count: 10)))
    #expect(ConfigurationLoader.contents(of: path, limit: 9) == .tooLarge(10))
  }

  /// A link to a FIFO is turned down, not waited on. The check runs on a
  /// thread of its own with a deadline: the slow suites may hold the test
  /// threads meanwhile.
  @Test func aLinkToAFIFODoesNotHang() throws {
    try withRoot(["roster.yaml": workspace]) { root in
      #expect(mkfifo(root + "/pipe", 0o644) == 0)
      try FileManager.default.createSymbolicLink(atPath: root + "/agents.yaml", withDestinationPath: root + "/pipe")
      let done = DispatchSemaphore(value: 0)
      let outcome = Box()
      Thread {
        do {
          _ = try Roster.check(root: root)
        } catch {
          outcome.error = error
        }
        done.signal()
      }.start()
      #expect(done.wait(timeout: .now() + 60) == .success, "roster check waited on the FIFO")
      #expect(outcome.error is LoadError)
    }
  }
}

/// What a thread found, read once it has signalled.
private final class Box: @unchecked Sendable {
  var error: (any Error)?
}
