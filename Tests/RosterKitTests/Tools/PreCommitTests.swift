import Foundation
import Testing

/// The pre-commit hook of `.pre-commit-hooks.yaml`, run by pre-commit (PyPI)
/// with `pre-commit try-repo` from the project's own clone, in a temporary
/// git repository that holds a configuration.
///
/// try-repo builds the hook with `swift build -c release` in a throwaway
/// store on every call: about two minutes each on 2 cores.
@Suite(
  .enabled(
    if: runsSlowTests,
    "pre-commit try-repo builds Roster twice (minutes): set ROSTER_SLOW_TESTS=1; .ci/run always runs it"))
struct PreCommitTests {
  static let folder = packageRoot + "/.build/pre-commit"

  @Test(.timeLimit(.minutes(30)))
  func theHookPassesOnACleanConfigurationAndFailsOnABrokenOne() throws {
    guard let preCommit = requireTool("pre-commit"), let git = requireTool("git") else { return }
    let hooks = try hookRepository(git: git)
    let team = makeTemporaryDirectory()
    defer { removeTemporary(team) }
    copyFolder(packageRoot + "/examples/acme", to: team)
    try gitCommand(git, ["init", "-q"], in: team)
    try gitCommand(git, ["add", "-A"], in: team)

    let arguments = [
      "try-repo", hooks.path, "roster-check", "--ref", hooks.revision, "--all-files", "--color", "never",
    ]
    var started = Date()
    let clean = try run(preCommit, arguments, in: team, timeout: 1_500)
    print("pre-commit try-repo on the clean configuration: \(Int(Date().timeIntervalSince(started)))s")
    #expect(clean.status == 0, "\(clean.transcript)")
    #expect(clean.stdout.contains("roster check") && clean.stdout.contains("Passed"), "\(clean.transcript)")

    writeFile(
      """
      agents:
        zoe-broken:
          name: Zoe
          email: zoe@acme.example
          live_chat:
            timezone: Europe/Paris
            hours:
              mon-fri: 09:00-12:00
              mon: 11:00-13:00

      """, to: team + "/agents/broken.yaml")
    try gitCommand(git, ["add", "-A"], in: team)
    started = Date()
    let broken = try run(preCommit, arguments, in: team, timeout: 1_500)
    print("pre-commit try-repo on the broken configuration: \(Int(Date().timeIntervalSince(started)))s")
    #expect(broken.status == 1, "\(broken.transcript)")
    #expect(broken.stdout.contains("Failed"), "\(broken.transcript)")
    #expect(
      broken.stdout.contains("agents/broken.yaml:9:") && broken.stdout.contains("[overlapping-hours]"),
      "\(broken.transcript)")
  }

  /// The project's clone as a hook repository: its files as they are on disk
  /// (untracked ones too, which try-repo on a working tree would leave out),
  /// committed with fixed names and dates. In a clean clone, that is HEAD's tree.
  private func hookRepository(git: String) throws -> (path: String, revision: String) {
    let listed = try run(git, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], in: packageRoot)
    try #require(listed.status == 0, "the project is not a git clone: \(listed.transcript)")
    var files = listed.stdout.split(separator: "\0").map(String.init)
    files.append("Package.resolved")
    let path = Self.folder + "/hook-repository"
    let manager = FileManager.default
    try? manager.removeItem(atPath: path)
    for file in Set(files).sorted() {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: packageRoot + "/" + file, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      try manager.createDirectory(
        atPath: (path + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try manager.copyItem(atPath: packageRoot + "/" + file, toPath: path + "/" + file)
    }
    try #require(manager.fileExists(atPath: path + "/.pre-commit-hooks.yaml"))
    try gitCommand(git, ["init", "-q"], in: path)
    try gitCommand(git, ["add", "-A"], in: path)
    try gitCommand(git, ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "Roster hooks"], in: path)
    let head = try run(git, ["rev-parse", "HEAD"], in: path)
    return (path, head.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private func gitCommand(_ git: String, _ arguments: [String], in directory: String) throws {
    let date = "2000-01-01T00:00:00Z"
    let output = try run(
      git, arguments, in: directory,
      environment: [
        "GIT_AUTHOR_NAME": "Roster tests", "GIT_AUTHOR_EMAIL": "tests@roster.invalid", "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_NAME": "Roster tests", "GIT_COMMITTER_EMAIL": "tests@roster.invalid",
        "GIT_COMMITTER_DATE": date,
      ])
    try #require(output.status == 0, "git \(arguments.joined(separator: " ")): \(output.transcript)")
  }
}
