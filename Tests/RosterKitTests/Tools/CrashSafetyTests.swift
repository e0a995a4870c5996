import Foundation
import Testing

@testable import RosterKit

/// A build killed with SIGKILL at any moment leaves the whole previous
/// build or the whole new one, and the next build removes what it left.
@Suite(
  .serialized,
  .enabled(if: runsSlowTests, "kills a large build many times (a minute): set ROSTER_SLOW_TESTS=1; .ci/run runs it"))
struct CrashSafetyTests {
  typealias Tree = [String: [UInt8]]

  func tree(_ directory: String) -> Tree {
    Dictionary(uniqueKeysWithValues: filesUnder(directory).map { ($0.path, $0.bytes) })
  }

  /// Two large configurations whose builds differ in the snapshot and in the set of snippets.
  func generate(_ root: String, agents: Int) throws {
    let output = try run("/usr/bin/env", ["python3", packageRoot + "/Benchmarks/generate.py", root, "\(agents)"])
    try #require(output.status == 0, "\(output.stderr)")
  }

  func build(_ root: String, into out: String) throws -> TimeInterval {
    let start = Date()
    let output = try roster("build", root, "--out", out)
    try #require(output.status == 0, "\(output.stderr)")
    return Date().timeIntervalSince(start)
  }

  @Test func aKilledBuildLeavesTheWholeOldOrTheWholeNewBuild() throws {
    let scratch = makeTemporaryDirectory()
    defer { removeTemporary(scratch) }
    let roots = [scratch + "/a", scratch + "/b"]
    try generate(roots[0], agents: 2000)
    try generate(roots[1], agents: 1950)
    _ = try build(roots[0], into: scratch + "/reference-a")
    // The quickest of three builds: a busy moment of the machine must not stretch the kills past the build.
    let duration = try (0..<3).map { _ in try build(roots[1], into: scratch + "/reference-b") }.min()!
    let references = [tree(scratch + "/reference-a"), tree(scratch + "/reference-b")]
    #expect(references[0] != references[1])
    #expect(references[0].keys != references[1].keys)

    let out = scratch + "/out/build"
    _ = try build(roots[0], into: out)
    var holds = 0
    var interrupted = 0
    var leftovers = 0
    let kills = 30
    for attempt in 0..<kills {
      let next = 1 - holds
      let process = Process()
      process.executableURL = URL(fileURLWithPath: rosterExecutable)
      process.arguments = ["build", roots[next], "--out", out]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Moments spread over the whole build, from its start to a little after its end.
      Thread.sleep(forTimeInterval: duration * 1.2 * Double(attempt) / Double(kills))
      if process.isRunning { interrupted += 1 }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()

      let found = tree(out)
      let whole = references.firstIndex(of: found)
      #expect(
        whole != nil, "after a kill at attempt \(attempt), \(out) is neither build: \(found.keys.sorted().prefix(5))")
      guard let whole else { return }
      holds = whole
      leftovers += try FileManager.default.contentsOfDirectory(atPath: scratch + "/out").count - 1
    }
    #expect(interrupted > kills / 2, "most kills should land while the build runs")

    _ = try build(roots[1 - holds], into: out)
    #expect(tree(out) == references[1 - holds])
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch + "/out") == ["build"])
    print(
      "crash safety: \(kills) kills, \(interrupted) during a build of \(duration) s; \(leftovers) staging folders left, each removed by the next build"
    )
  }

  /// Out of disk, the build names the file it could not write, exits 2, and
  /// leaves the previous build whole, with no staging folder behind. The
  /// full disk is a small tmpfs, which needs the right to mount.
  @Test func aFullDiskLeavesTheOldBuildAndExitsTwo() throws {
    let scratch = makeTemporaryDirectory()
    defer { removeTemporary(scratch) }
    let disk = scratch + "/disk"
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
    let mount = try run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk])
    try #require(mount.status == 0, "mounting a 1 MiB tmpfs failed: \(mount.stderr)")
    defer { _ = try? run("/usr/bin/env", ["umount", disk]) }
    try generate(scratch + "/large", agents: 500)
    _ = try build(packageRoot + "/examples/acme", into: disk + "/build")
    let previous = tree(disk + "/build")

    let output = try roster("build", scratch + "/large", "--out", disk + "/build")
    #expect(output.status == 2)
    #expect(output.stderr.contains("cannot write \(disk)/build/"), "\(output.stderr)")
    #expect(output.stderr.hasSuffix(": No space left on device\n"), "\(output.stderr)")
    #expect(tree(disk + "/build") == previous)
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["build"])
  }
}
