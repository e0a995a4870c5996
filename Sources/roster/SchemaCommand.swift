import ArgumentParser
import RosterKit

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema of the input files (or of the snapshot).",
    discussion: """
      The schemas are generated from the format that the loader and the snapshot writer use. \
      Point an editor at the input schema for completion and hover help, for example with \
      yaml-language-server: '# yaml-language-server: $schema=schema/roster.schema.json'.
      """)

  @Flag(help: "Print the schema of build/snapshot.json instead.")
  var snapshot = false

  @Flag(help: "Print the schema of roster diff --format json instead.")
  var diff = false

  func validate() throws {
    guard !(snapshot && diff) else { throw ValidationError("give --snapshot or --diff, not both") }
  }

  func run() throws {
    Terminal.standardOutput.write(snapshot ? JSONSchema.snapshot() : diff ? DiffJSON.schema() : JSONSchema.input())
  }
}
