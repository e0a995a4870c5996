import Foundation
import Testing

@testable import RosterKit

/// The JSON Schemas: generated from the format, checked in under schema/,
/// and in agreement with what the loader accepts and the snapshot writer writes.
@Suite struct SchemaTests {
  static let files: [(path: String, generated: String, arguments: [String])] = [
    ("schema/roster.schema.json", JSONSchema.input(), ["schema"]),
    ("schema/snapshot.schema.json", JSONSchema.snapshot(), ["schema", "--snapshot"]),
    ("schema/diff.schema.json", DiffJSON.schema(), ["schema", "--diff"]),
  ]

  @Test(arguments: files.map(\.path))
  func checkedInSchemaIsWhatRosterSchemaPrints(_ path: String) throws {
    let file = Self.files.first { $0.path == path }!
    if isRecording { writeFile(file.generated, to: packageRoot + "/" + path) }
    let checkedIn = try String(contentsOfFile: packageRoot + "/" + path, encoding: .utf8)
    let regenerate = "regenerate it: swift run roster \(file.arguments.joined(separator: " ")) > \(path)"
    #expect(checkedIn == file.generated, "\(path) is stale; \(regenerate)")
    let printed = try run(rosterExecutable, file.arguments)
    #expect(printed.status == 0, "\(printed.transcript)")
    #expect(printed.stdout == checkedIn, "\(path) is stale; \(regenerate)")
  }

  /// Every key of both schemas has a description, for an editor's hover.
  @Test func everyKeyIsDescribed() throws {
    for schema in [JSONSchema.inputSchema(), JSONSchema.snapshotSchema()] {
      var undescribed: [String] = []
      visitProperties(schema, path: "$") { path, property in
        guard case .object(let members) = property, case .string(let text)? = members["description"], !text.isEmpty
        else { return undescribed.append(path) }
      }
      #expect(undescribed.isEmpty, "keys without a description: \(undescribed)")
    }
  }

  /// The snapshot schema names exactly the keys that the snapshot writer writes.
  @Test func snapshotSchemaHasTheKeysOfTheSnapshot() throws {
    let result = try Roster.check(root: packageRoot + "/examples/acme")
    guard case .object(var members) = Snapshot.value(for: result.configuration) else {
      Issue.record("the snapshot is not an object")
      return
    }
    members["digest"] = .string(Snapshot.digest(of: .object(members)))
    var mismatches: [String] = []
    compareKeys(.object(members), JSONSchema.snapshotSchema(), path: "$", mismatches: &mismatches)
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  // MARK: - Patterns agree with the loader's checks

  @Test func everyTimeZoneOfTheSystemMatchesThePattern() {
    let names = TimeZoneDatabase.builtIn.names
    #expect(names.count > 300)
    let misses = names.filter { !matches($0, JSONSchema.Pattern.timezone) }
    #expect(misses.isEmpty, "\(misses.sorted())")
  }

  @Test func idAndCodePatternsAreTheLoaderChecks() {
    let samples = [
      "a", "alice", "fr-support", "x_1", "0day", "-a", "_a", "A", "al ice", "é", "", "abcdef", "ABC-def_09",
      "abc", String(repeating: "a", count: 64), String(repeating: "a", count: 65), "a.b", "12345678",
    ]
    for text in samples {
      #expect(matches(text, JSONSchema.Pattern.id) == TextFormats.isID(text), "id \(text)")
      #expect(matches(text, JSONSchema.Pattern.code) == TextFormats.isCode(text), "code \(text)")
    }
  }

  @Test func localePatternAcceptsEveryValidLocale() {
    for code in ISO639.codes {
      #expect(matches(code, JSONSchema.Pattern.locale) && matches(code + "-BR", JSONSchema.Pattern.locale))
    }
    for text in ["EN", "en-us", "eng", "en_US", "en-", "e"] {
      #expect(!matches(text, JSONSchema.Pattern.locale), "\(text)")
    }
  }

  @Test func durationBlockAndDayPatternsAreTheLoaderChecks() {
    func isDuration(_ text: String) -> Bool {
      matches(text, JSONSchema.Pattern.duration) && text.count >= 2
    }
    for text in ["1h30m", "10m", "45s", "2h", "1h2m3s", "0m", "", "h", "30", "1m1h", "1.5h", "1h 30m", "90M"] {
      #expect(isDuration(text) == (TextFormats.parseDuration(text) != nil), "duration \(text)")
    }
    let blocks = [
      "09:00-12:00", "9:30-12:00", "22:00 - 24:00", "17:00-01:00", "00:00-24:00", "24:00-01:00", "9-17",
      "09:00-12:60", "25:00-26:00", "09:00", "09:00-12:00-13:00", "09:0-12:00", "9:00-7:00",
    ]
    for text in blocks {
      #expect(
        matches(text, JSONSchema.Pattern.block) == (TextFormats.parseBlock(text) != nil), "block \(text)")
    }
    let decoder = SchemaDecoder(timeZones: .builtIn)
    for key in ["mon", "mon-fri", "fri-mon", "daily", "sun", "monday", "mon-", "daily-fri", "Mon", "mon-tue-wed"] {
      #expect(matches(key, JSONSchema.Pattern.days) == (decoder.parseDays(key) != nil), "days \(key)")
    }
  }

  @Test func emailPatternAcceptsEveryAddressTheLoaderDoes() {
    let samples = [
      "alice@acme.example", "Bob.Stone+chat@Acme.Example", "élise@exemple.fr", "a@b", "alice", "a@@b", "a b@c",
      "a@b..c", "a@.b", "@b", "a@", "a,b@c", "a@-b.c", "a@b_c.d",
    ]
    for text in samples where TextFormats.isEmail(text) {
      #expect(matches(text, JSONSchema.Pattern.email), "email \(text)")
    }
    for text in ["alice", "a@@b", "a b@c", "a@b..c", "@b", "a@", "a,b@c"] {
      #expect(!matches(text, JSONSchema.Pattern.email), "email \(text)")
    }
  }

  // MARK: - Helpers

  private func matches(_ text: String, _ pattern: String) -> Bool {
    let expression = try! NSRegularExpression(pattern: pattern)
    return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// Calls `body` with each entry of every `properties` in a schema.
  private func visitProperties(_ schema: JSONValue, path: String, _ body: (String, JSONValue) -> Void) {
    switch schema {
    case .object(let members):
      for (key, value) in members {
        if key == "properties", case .object(let properties) = value {
          for (name, property) in properties {
            body(path + "." + name, property)
            visitProperties(property, path: path + "." + name, body)
          }
        } else {
          visitProperties(value, path: path + "/" + key, body)
        }
      }
    case .array(let items):
      for item in items { visitProperties(item, path: path, body) }
    default:
      break
    }
  }

  /// Records where an object has a key that its schema does not name, or lacks a required one.
  private func compareKeys(_ value: JSONValue, _ schema: JSONValue, path: String, mismatches: inout [String]) {
    guard case .object(let rules) = schema else { return }
    switch value {
    case .object(let members):
      guard case .object(let properties)? = rules["properties"] else { return }
      let extra = Set(members.keys).subtracting(properties.keys)
      if !extra.isEmpty { mismatches.append("\(path): the schema lacks \(extra.sorted())") }
      if case .array(let required)? = rules["required"] {
        let missing = Set(required.compactMap { if case .string(let key) = $0 { key } else { nil } })
          .subtracting(members.keys)
        if !missing.isEmpty { mismatches.append("\(path): the snapshot lacks \(missing.sorted())") }
      }
      for (key, member) in members {
        if let property = properties[key] {
          compareKeys(member, property, path: path + "." + key, mismatches: &mismatches)
        }
      }
    case .array(let items):
      guard let itemSchema = rules["items"] else { return }
      for (index, item) in items.enumerated() {
        compareKeys(item, itemSchema, path: "\(path)[\(index)]", mismatches: &mismatches)
      }
    default:
      break
    }
  }
}
