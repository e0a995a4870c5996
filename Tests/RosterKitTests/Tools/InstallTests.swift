import Foundation
import Testing

/// `make install PREFIX=…`: a release build, the binary and its completions
/// for bash, zsh and fish under the prefix; `make uninstall` removes them.
@Suite(
  .enabled(if: runsSlowTests, "make install builds Roster in release mode: set ROSTER_SLOW_TESTS=1; .ci/run runs it"))
struct InstallTests {
  static let installed = [
    "bin/roster", "share/bash-completion/completions/roster", "share/zsh/site-functions/_roster",
    "share/fish/vendor_completions.d/roster.fish",
  ]

  @Test(.timeLimit(.minutes(15)))
  func makeInstallPutsRosterAndItsCompletionsUnderThePrefix() throws {
    guard let make = requireTool("make"), let bash = requireTool("bash") else { return }
    let prefix = makeTemporaryDirectory()
    defer { removeTemporary(prefix) }
    // A build folder of its own: `swift test` holds the package's.
    let scratch = "SWIFTFLAGS=--scratch-path " + prefix + "/build"
    let install = try run(make, ["install", "PREFIX=" + prefix + "/usr", scratch], in: packageRoot, timeout: 900)
    #expect(install.status == 0, "\(install.transcript)")
    for path in Self.installed {
      #expect(FileManager.default.fileExists(atPath: prefix + "/usr/" + path), "\(path) is missing")
    }
    let version = try run(prefix + "/usr/bin/roster", ["--version"], in: packageRoot, timeout: 60)
    #expect(version.stdout.hasPrefix("roster "), "\(version.transcript)")
    let check = try run(prefix + "/usr/bin/roster", ["check", "examples/acme"], in: packageRoot, timeout: 60)
    #expect(check.status == 0, "\(check.transcript)")
    let completion = prefix + "/usr/share/bash-completion/completions/roster"
    let syntax = try run(bash, ["-n", completion], in: packageRoot, timeout: 60)
    #expect(syntax.status == 0, "\(syntax.transcript)")
    #expect(try String(contentsOfFile: completion, encoding: .utf8).contains("explain"))

    let uninstall = try run(make, ["uninstall", "PREFIX=" + prefix + "/usr", scratch], in: packageRoot, timeout: 60)
    #expect(uninstall.status == 0, "\(uninstall.transcript)")
    for path in Self.installed {
      #expect(!FileManager.default.fileExists(atPath: prefix + "/usr/" + path), "\(path) is left")
    }
  }
}
