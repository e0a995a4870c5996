import Testing

@testable import RosterKit

/// Every stored field of the model is filled by a declaration of `Format`:
/// a sample object that gives every declared key a value other than its
/// placeholder or default is decoded, and each of the model's stored
/// properties (found by reflection, not listed here) must have changed. A
/// property added to the model without a declaration stays at its
/// placeholder and fails this test.
@Suite struct DeclarationTests {
  /// Properties that say where or how a value was read, not what it is.
  static let bookkeeping: Set<String> = [
    "range", "id", "isComplete", "membersAreComplete", "hasName", "localesAreComplete", "line", "invalidKeys",
    "textIsValid", "conditionsAreComplete", "hasDates", "calendarsAreComplete", "daysAreComplete",
  ]

  @Test func everyModelFieldHasADeclaration() throws {
    #expect(try unwritten(Declarations.workspace) == [])
    #expect(try unwritten(Declarations.fallbacks) == [])
    #expect(try unwritten(Declarations.liveChatFallback) == [])
    #expect(try unwritten(Declarations.liveChat) == [])
    #expect(try unwritten(Declarations.meetings) == [])
    #expect(try unwritten(Declarations.agent) == [])
    #expect(try unwritten(Declarations.team) == [])
    #expect(try unwritten(Declarations.group) == [])
    #expect(try unwritten(Declarations.trigger) == [])
    #expect(try unwritten(Declarations.coverageWindow) == [])
    #expect(try unwritten(Declarations.serviceHours) == [])
    #expect(try unwritten(Declarations.calendar) == [])
    // Dated entries share one model: only time off has a scope (`only`).
    #expect(try unwritten(Declarations.holiday) == ["scope"])
    #expect(try unwritten(Declarations.timeOff) == [])
    #expect(try unwritten(Declarations.extraHours) == ["scope"])
    #expect(try unwritten(Declarations.override) == ["scope"])
    #expect(try unwritten(Declarations.closure) == [])
  }

  /// A dated entry takes `dates` as well as `date`, into the same place.
  @Test func aRangeFillsTheDatesOfADatedEntry() throws {
    var diagnostics: [Diagnostic] = []
    let parsed = YAMLParser().parse(Array("{dates: 2026-12-28..2027-01-01}".utf8), file: FileID(0), into: &diagnostics)
    var decoder = SchemaDecoder(timeZones: .builtIn)
    let root = try #require(parsed.documents.first)
    let result = decoder.object(root, Declarations.timeOff, key: "time_off", context: "", keyRange: nil)
    let decoded = try #require(result)
    #expect(decoder.diagnostics.diagnostics.isEmpty)
    let expected = DateSpec.dates(
      from: CivilDate(year: 2026, month: 12, dayOfMonth: 28), through: CivilDate(year: 2027, month: 1, dayOfMonth: 1))
    #expect(decoded.value.dates.value == expected)
  }

  @Test func aPropertyWithoutADeclarationIsFound() throws {
    let partial = ObjectFormat<Team>(
      "Team", "", [Declarations.team.fields[0]], make: Declarations.team.make)
    #expect(try unwritten(partial) == ["agents"])
  }

  /// The stored properties of `format`'s model that a sample with every key
  /// leaves at their placeholder.
  func unwritten<Model>(_ format: ObjectFormat<Model>) throws -> [String] {
    let text = Self.sample(format.schema).prettyPrinted()
    var diagnostics: [Diagnostic] = []
    let parsed = YAMLParser().parse(Array(text.utf8), file: FileID(0), into: &diagnostics)
    let root = try #require(parsed.documents.first)
    var decoder = SchemaDecoder(timeZones: .builtIn)
    let result = decoder.object(root, format, key: "sample", context: "sample", keyRange: nil)
    let decoded = try #require(result)
    #expect(decoder.diagnostics.diagnostics.isEmpty, "\(decoder.diagnostics.diagnostics.map(\.message))")
    #expect(decoded.complete)
    let placeholder = Mirror(reflecting: format.make(root.range)).children
    let values = Mirror(reflecting: decoded.value).children
    return zip(placeholder, values).compactMap { before, after in
      guard let label = before.label, !Self.bookkeeping.contains(label) else { return nil }
      return String(describing: before.value) == String(describing: after.value) ? label : nil
    }
  }

  /// An object with every key of `schema`, each with a valid value that is
  /// neither the placeholder nor the default.
  static func sample(_ schema: ObjectSchema) -> JSONValue {
    // Of keys that exclude each other, the first.
    let excluded = Set(schema.exactlyOne.dropFirst())
    return .object(
      Dictionary(
        uniqueKeysWithValues: schema.properties.filter { !excluded.contains($0.name) }.map { ($0.name, sample($0)) }))
  }

  static func sample(_ property: Property) -> JSONValue {
    switch property.type {
    // A window's end comes after its start.
    case .text(.date) where property.name == "until": return "2026-04-06"
    case .text(.localDateTime) where property.name == "until": return "2026-06-12T16:00"
    case .text(let format): return .string(sample(format))
    case .integer(let bounds): return .string(String(bounds.upperBound))
    case .boolean: return .string(property.defaultValue == .bool(true) ? "false" : "true")
    case .choice(let options): return .string(options.last!)
    case .duration(let bounds): return .string(TextFormats.formatDuration(bounds.upperBound))
    case .list(let element): return .array([sample(Property("item", element, ""))])
    case .object(let schema): return sample(schema)
    case .entities(let schema): return .object(["sample-id": sample(schema)])
    case .localized: return .object(["en": "Sample"])
    case .weeklyHours: return .object(["mon": "09:00-10:00"])
    case .ruleSeverities: return .object(["orphaned-agent": "error"])
    case .dayHours: return "10:00-12:00"
    }
  }

  static func sample(_ format: TextFormat) -> String {
    switch format {
    case .name, .message: return "Sample"
    case .id: return "sample-id"
    case .email: return "sample@example.com"
    case .timezone: return "Europe/Paris"
    case .date: return "2026-03-29"
    case .day: return "12-25"
    case .dayRange: return "2026-08-03..2026-08-21"
    case .localDateTime: return "2026-06-12T14:00"
    case .locale: return "fr"
    case .code: return "abcdef12"
    case .glob: return "conf/*.yaml"
    case .path: return "/fr/"
    }
  }
}
