import Foundation
import Testing

@testable import RosterKit

/// Roster's time zones and coverage against independent implementations in
/// Python (`Tests/Oracle`), which read the same IANA release through
/// `zoneinfo` and the PyPI `tzdata` package that `.ci/run` installs.
@Suite(.enabled(if: runsSlowTests, "slow: runs under CI or with ROSTER_SLOW_TESTS=1"))
struct ZoneinfoOracleTests {
  /// python3 with `tzdata` of Roster's release and PyYAML, or nil (failing under CI).
  static func python(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
    guard let python = requireTool("python3", sourceLocation: sourceLocation) else { return nil }
    let probe = try run(python, ["-c", "import tzdata, yaml; print(tzdata.IANA_VERSION)"])
    guard probe.status == 0, probe.stdout == TimeZoneDatabase.builtIn.version + "\n" else {
      let message = "python3 needs tzdata \(TimeZoneDatabase.builtIn.version) and PyYAML (.ci/run installs them)"
      if isCI {
        Issue.record("\(message): \(probe.stdout)\(probe.stderr)", sourceLocation: sourceLocation)
      } else {
        print("SKIPPED: \(message)")
      }
      return nil
    }
    return python
  }

  /// Every name's offset and every change from 1970 to 2040 agree with zoneinfo.
  @Test func builtInZonesAgreeWithZoneinfo() throws {
    guard let python = try Self.python() else { return }
    let database = TimeZoneDatabase.builtIn
    let start = Int64(CivilDate(year: 1970, month: 1, dayOfMonth: 1).day) * 86_400
    let end = Int64(CivilDate(year: 2040, month: 1, dayOfMonth: 1).day) * 86_400
    var zones: [String: JSONValue] = [:]
    for name in database.names.sorted() {
      let rules = try #require(database.rules(for: name), "\(name) has no rules")
      zones[name] = [
        "initial": .integer(rules.offset(at: start)),
        "changes": .array(
          rules.changes(from: start, to: end).map { [.integer(Int($0.at)), .integer($0.before), .integer($0.after)] }
        ),
      ]
    }
    let document: JSONValue = [
      "version": .string(database.version), "from": .integer(Int(start)), "to": .integer(Int(end)),
      "zones": .object(zones),
    ]
    let folder = makeTemporaryDirectory()
    defer { removeTemporary(folder) }
    writeFile(document.canonical(), to: folder + "/zones.json")
    let output = try run(python, ["Tests/Oracle/zones.py", folder + "/zones.json"], timeout: 600)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    print(output.stdout.split(separator: "\n").last ?? "")
  }

  /// Random schedules, members and windows around clock changes: promised
  /// and covered seconds and every gap agree with a minute-by-minute oracle.
  @Test func coverageAgreesWithZoneinfo() throws {
    guard let python = try Self.python() else { return }
    let cases = ProcessInfo.processInfo.environment["ROSTER_ORACLE_CASES"] ?? "150"
    let output = try run(
      python, ["Tests/Oracle/differential.py", "--roster", rosterExecutable, "--cases", cases, "--seed", "20261123"],
      timeout: 1200)
    #expect(output.status == 0, "\(output.stdout.suffix(6000))\(output.stderr.suffix(2000))")
    print(output.stdout.split(separator: "\n").last ?? "")
  }
}
