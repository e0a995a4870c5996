import Foundation
import Testing

@testable import RosterKit

/// The schemas and the SARIF output, checked by a real validator:
/// check-jsonschema (PyPI), which reads YAML as YAML 1.2, as editors do.
@Suite struct CheckJSONSchemaTests {
  /// Runs check-jsonschema on `instances` against `schema`.
  private func validate(_ instances: [String], against schema: String, tool: String) throws -> CommandOutput {
    try run(tool, ["--color", "never", "--schemafile", schema] + instances, timeout: 120)
  }

  @Test func bothSchemasAreValidDraft2020_12() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let output = try run(
      tool, ["--color", "never", "--check-metaschema", "schema/roster.schema.json", "schema/snapshot.schema.json"])
    #expect(output.status == 0, "\(output.transcript)")
  }

  @Test func everyFileOfTheExampleMatchesTheInputSchema() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let files = filesUnder(packageRoot + "/examples/acme").map(\.path).filter {
      $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
    }
    #expect(files.count >= 5)
    let output = try validate(
      files.map { "examples/acme/" + $0 }, against: packageRoot + "/schema/roster.schema.json", tool: tool)
    #expect(output.status == 0, "\(output.transcript)")
  }

  /// YAML 1.2 reads `no`, `off` and `9:30` as text; numbers and quoted
  /// booleans are texts to Roster: the schema agrees with Roster on them.
  @Test func theInputSchemaAcceptsWhatRosterAccepts() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    writeFile(
      """
      workspace:
        name: 2024
        timezone: Etc/GMT+5
        default_locale: en
        locales: [en, no, nb-NO]
        rules: {orphaned-agent: off, yaml-syntax: error}
      agents:
        "007":
          name: Bond
          email: Bond@Example.co.uk
          live_chat:
            timezone: Europe/London
            hours: {mon: 9:30-12:00, sat-sun: [], daily: "22:00 - 24:00"}
            max_concurrent_chats: "4"
            notify_schedule_changes: "true"
      groups:
        g1:
          name: Plain
          agents: ["007"]
          code: 12345678
          enabled: false

      """, to: directory + "/roster.yaml")
    let roster = try Roster.check(root: directory)
    let schemaRules: Set<RuleID> = [.unknownKey, .missingKey, .wrongType, .invalidValue]
    #expect(roster.diagnostics.filter { schemaRules.contains($0.rule) }.isEmpty, "\(roster.diagnostics)")
    let output = try validate(
      [directory + "/roster.yaml"], against: packageRoot + "/schema/roster.schema.json", tool: tool)
    #expect(output.status == 0, "\(output.transcript)")
  }

  /// The control: the schema turns down the mistakes that an editor should show.
  @Test func theInputSchemaTurnsDownSchemaMistakes() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    writeFile(
      """
      workspace:
        name: Acme
        timzone: Europe/Paris
        default_locale: en
        rules: {yaml-syntax: off}
      agents:
        Alice:
          name: Alice
          email: alice
          live_chat:
            timezone: Europe/Paris
            hours: {monday: 9-17}
            auto_offline_after: 10
            max_concurrent_chats: 400

      """, to: directory + "/roster.yaml")
    let output = try validate(
      [directory + "/roster.yaml"], against: packageRoot + "/schema/roster.schema.json", tool: tool)
    #expect(output.status == 1, "\(output.transcript)")
    for expected in [
      "'timzone' was unexpected", "'timezone' is a required property", "'off' is not one of ['error']",
      "'Alice' does not match", "'alice' does not match", "'monday' does not match",
      "10 is not of type 'string'", "400 is greater than the maximum of 100",
    ] {
      #expect(output.stdout.contains(expected), "missing \(expected) in \(output.transcript)")
    }
  }

  @Test func theBuiltSnapshotMatchesTheSnapshotSchema() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let build = try roster("build", "examples/acme", "--out", directory)
    #expect(build.status == 0, "\(build.transcript)")
    let schema = packageRoot + "/schema/snapshot.schema.json"
    let output = try validate([directory + "/snapshot.json"], against: schema, tool: tool)
    #expect(output.status == 0, "\(output.transcript)")

    // The control: a snapshot with a key too many, or one too few, does not match.
    let text = try String(contentsOfFile: directory + "/snapshot.json", encoding: .utf8)
    let changes = [
      "renamed": ("\"duration_seconds\":", "\"duration\":"),
      "extra": ("\"enabled\": true,", "\"enabled\": true, \"extra\": 1,"),
    ]
    for (name, change) in changes {
      #expect(text.contains(change.0))
      writeFile(text.replacingOccurrences(of: change.0, with: change.1), to: directory + "/\(name).json")
    }
    for broken in ["renamed", "extra"] {
      let output = try validate([directory + "/\(broken).json"], against: schema, tool: tool)
      #expect(output.status == 1, "the \(broken) snapshot matched: \(output.transcript)")
    }
  }

  /// The official SARIF 2.1.0 schema accepts the output of a failing check
  /// and that of every rule's bad example.
  /// The golden diff in JSON against schema/diff.schema.json; and a diff with its `format` changed must fail.
  @Test func theDiffMatchesItsSchema() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let schema = packageRoot + "/schema/diff.schema.json"
    let golden = packageRoot + "/Tests/RosterKitTests/Goldens/diff/acme.json"
    let output = try validate([golden], against: schema, tool: tool)
    #expect(output.status == 0, "\(output.transcript)")
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let text = try String(contentsOfFile: golden, encoding: .utf8)
    writeFile(text.replacingOccurrences(of: "roster.diff/1", with: "roster.diff/0"), to: directory + "/altered.json")
    let altered = try validate([directory + "/altered.json"], against: schema, tool: tool)
    #expect(altered.status != 0, "\(altered.transcript)")
  }

  @Test func sarifOutputMatchesTheOfficialSchema() throws {
    guard let tool = requireTool("check-jsonschema"),
      let schema = requireFile(packageRoot + "/../shared/vendor-data/sarif-schema-2.1.0.json")
    else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let failing = try roster("check", "Tests/RosterKitTests/Fixtures/broken", "--format", "sarif")
    #expect(failing.status == 1, "\(failing.transcript)")
    writeFile(failing.stdout, to: directory + "/broken.sarif")

    var diagnostics: [Diagnostic] = []
    var files = [directory + "/broken.sarif"]
    for rule in Rules.all {
      let result = try check(rule.bad)
      diagnostics += result.diagnostics
      let sarif = DiagnosticReport(
        diagnostics: result.diagnostics, sources: result.sources, format: .sarif, useColor: false
      ).render()
      files.append(directory + "/\(rule.id).sarif")
      writeFile(sarif, to: files.last!)
    }
    #expect(diagnostics.contains { !$0.notes.isEmpty } && diagnostics.contains { $0.hint != nil })

    let output = try validate(files, against: schema, tool: tool)
    #expect(output.status == 0, "\(output.transcript)")
  }
}
