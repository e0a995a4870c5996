/// How the input format appears in `snapshot.json` (SPEC 6), said once: the
/// snapshot writer names its keys by it, and the snapshot's JSON Schema is
/// generated from `Format` through it, so that the two cannot drift.
///
/// - the sections are those of `Format.document` but `include`, which only
///   says where to read, plus `format` and `digest`;
/// - a duration's key gains `_seconds` and its value is whole seconds;
/// - every default is written out; lists, maps and weekly hours are written
///   empty; an object whose keys all have defaults or are optional is written
///   whole; any other value that was left out is `null`;
/// - entities become arrays sorted by id, each object with its `id` and the
///   keys of `addedKeys(ofEntitiesIn:)`.
enum SnapshotLayout {
  /// The key that holds `Snapshot.format`.
  static let formatKey = "format"
  /// The key that holds the digest of the rest.
  static let digestKey = "digest"

  /// The keys of one open span of weekly hours: `{"day": "mon", "start": "09:00", "end": "12:00"}`.
  static let intervalKeys = (day: "day", start: "start", end: "end")

  /// The sections of the snapshot, as an object of the input format: all of them, always.
  static let document = ObjectSchema(
    "Roster snapshot",
    "snapshot.json: the whole configuration, normalized, so that two configurations that mean the same thing give byte-identical snapshots.",
    Format.document.properties.filter { $0.name != "include" }.map { section in
      var section = section
      section.isRequired = true
      return section
    })

  /// The snapshot's key for an input key: `duration` becomes `duration_seconds`.
  static func key(_ property: Property) -> String {
    if case .duration = property.type { return property.name + "_seconds" }
    return property.name
  }

  /// True when the value is `null` in the snapshot if the input leaves it out.
  static func isNullable(_ property: Property) -> Bool {
    guard !property.isRequired, property.defaultValue == nil else { return false }
    switch property.type {
    case .list, .entities, .weeklyHours, .ruleSeverities: return false
    case .object(let schema): return schema.properties.contains(where: \.isRequired)
    case .text, .integer, .boolean, .choice, .duration, .localized: return true
    }
  }

  /// The keys that the snapshot adds to each entity of a section of `Format.document`:
  /// its `id`, and for agents the teams and groups that list it.
  static func addedKeys(ofEntitiesIn section: String) -> [Property] {
    let singular = section.hasSuffix("s") ? String(section.dropLast()) : section
    var keys = [Property("id", .text(.id), required: true, "The \(singular)'s id.")]
    if section == "agents" {
      keys += [
        Property("teams", .list(.text(.id)), required: true, "Ids of the teams that list this agent, sorted."),
        Property("groups", .list(.text(.id)), required: true, "Ids of the groups that list this agent, sorted."),
      ]
    }
    return keys
  }

  /// The snapshot of an object of `schema`: `fields` holds a value for each of
  /// its keys, by input name, and `added` the computed keys; the result is
  /// keyed by snapshot name. A key that is not in the schema, or a key of the
  /// schema without a value, is a programming error caught in debug builds.
  static func object(
    _ schema: ObjectSchema, _ fields: [String: JSONValue], added: [Property] = [],
    _ addedValues: [String: JSONValue] = [:]
  ) -> JSONValue {
    assert(
      Set(fields.keys) == Set(schema.properties.map(\.name)),
      "the snapshot of \(schema.title) writes \(fields.keys.sorted()), the format has \(schema.properties.map(\.name))")
    assert(Set(addedValues.keys) == Set(added.map(\.name)), "the snapshot of \(schema.title) adds other keys")
    var members = addedValues
    for property in schema.properties {
      members[key(property)] = fields[property.name] ?? .null
    }
    return .object(members)
  }
}
