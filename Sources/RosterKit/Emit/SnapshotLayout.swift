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
    case .list, .entities, .weeklyHours, .ruleSeverities, .dayHours: return false
    case .object(let schema): return schema.properties.contains(where: \.isRequired)
    case .text, .integer, .boolean, .choice, .duration, .localized: return true
    }
  }

  /// The keys of an object of the input format as the snapshot writes
  /// them: a dated entry's `date` or `dates` become the inclusive `from` and
  /// `until` (SPEC 6), whichever was written.
  static func properties(_ schema: ObjectSchema) -> [Property] {
    schema.properties.flatMap { property -> [Property] in
      switch property.type {
      case .text(.day):
        return [
          Property("from", .text(.day), required: true, "The first date: YYYY-MM-DD, or --MM-DD every year."),
          Property("until", .text(.day), required: true, "The last date, included: YYYY-MM-DD, or --MM-DD every year."),
        ]
      case .text(.dayRange): return []
      default: return [property]
      }
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

  /// One key of a snapshot object: its snapshot name, and the input key it comes from.
  struct Member: Sendable {
    var key: String
    var name: String
  }

  /// The keys of an object of `schema`, with the computed ones of `added`,
  /// in the order the snapshot writes them: by UTF-16 code units (RFC 8785).
  static func members(_ schema: ObjectSchema, added: [Property] = []) -> [Member] {
    let all =
      added.map { Member(key: $0.name, name: $0.name) } + properties(schema).map { Member(key: key($0), name: $0.name) }
    return all.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
  }
}
