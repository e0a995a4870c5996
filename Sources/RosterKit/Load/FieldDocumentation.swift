/// `roster explain KEY`: a key of the input format as its declaration in
/// `Format` says it, so that the help cannot drift from what the loader does.
public enum FieldDocumentation {
  /// A key with its place in a document: `agents.live_chat.hours`.
  public struct Entry: Sendable {
    public var path: String
    public var property: Property
  }

  /// Every key of the input format, depth first, in the order declared.
  /// Ids of agents, teams and groups and positions in lists are left out
  /// of the paths: `agents.live_chat.hours`, `triggers.when.url_prefix`.
  public static let entries: [Entry] = {
    var entries: [Entry] = []
    func visit(_ schema: ObjectSchema, under prefix: String) {
      for property in schema.properties {
        let path = prefix.isEmpty ? property.name : prefix + "." + property.name
        entries.append(Entry(path: path, property: property))
        if let inner = objectSchema(of: property.type) { visit(inner, under: path) }
      }
    }
    visit(Format.document, under: "")
    return entries
  }()

  /// Every name that `matching` knows: each path and each of its dotted ends.
  public static let names: [String] = {
    var seen = Set<String>()
    var names: [String] = []
    for entry in entries {
      let parts = entry.path.split(separator: ".")
      for start in parts.indices {
        let name = parts[start...].joined(separator: ".")
        if seen.insert(name).inserted { names.append(name) }
      }
    }
    return names
  }()

  /// The keys whose path is `name` or ends with it (`hours`,
  /// `live_chat.hours`, `agents.live_chat.hours`).
  public static func matching(_ name: String) -> [Entry] {
    entries.filter { $0.path == name || $0.path.hasSuffix("." + name) }
  }

  /// The text of `roster explain` for one key.
  public static func explain(_ entry: Entry) -> String {
    let property = entry.property
    var out = "\(entry.path) (\(describe(property.type)))\n"
    out += property.description + "\n"
    if property.isRequired {
      out += "Required.\n"
    } else if let value = property.defaultValue {
      out += "Default: \(describe(value)).\n"
    } else {
      out += "Optional.\n"
    }
    if let inner = objectSchema(of: property.type) {
      out += "Keys: " + inner.properties.map(\.name).joined(separator: ", ") + ".\n"
    }
    return out
  }

  private static func objectSchema(of type: FieldType) -> ObjectSchema? {
    switch type {
    case .object(let schema), .entities(let schema): return schema
    case .list(let element): return objectSchema(of: element)
    default: return nil
    }
  }

  /// A value's type as a user would say it.
  static func describe(_ type: FieldType) -> String {
    switch type {
    case .text(let format):
      switch format {
      case .name: return "a text"
      case .message: return "a text, may be empty"
      case .id: return "an id: 1 to 64 of a-z, 0-9, - and _"
      case .email: return "an email address"
      case .timezone: return "an IANA time zone name"
      case .date: return "a date: YYYY-MM-DD"
      case .day: return "a date: YYYY-MM-DD, or MM-DD every year"
      case .dayRange: return "an inclusive range of dates: YYYY-MM-DD..YYYY-MM-DD, or MM-DD..MM-DD every year"
      case .localDateTime: return "a local date and time: YYYY-MM-DDTHH:MM"
      case .locale: return "a locale: ll or ll-RR"
      case .code: return "a code: 6 to 64 of A-Z, a-z, 0-9, _ and -"
      case .glob: return "a glob pattern relative to the root"
      case .path: return "a page path starting with /"
      }
    case .integer(let bounds): return "a whole number from \(bounds.lowerBound) to \(bounds.upperBound)"
    case .boolean: return "true or false"
    case .choice(let options): return "one of " + options.joined(separator: ", ")
    case .duration(let bounds):
      return
        "a duration from \(TextFormats.formatDuration(bounds.lowerBound)) to \(TextFormats.formatDuration(bounds.upperBound))"
    case .list(let element): return "a list, each item " + describe(element)
    case .object: return "a mapping"
    case .entities: return "a mapping of ids to mappings"
    case .localized(let allowsPlain):
      return allowsPlain ? "a text, or a mapping of locales to texts" : "a mapping of locales to texts"
    case .weeklyHours: return "weekly hours: days to HH:MM-HH:MM blocks"
    case .ruleSeverities: return "a mapping of rule ids to error, warning or off"
    case .dayHours: return "HH:MM-HH:MM, or a list of them, within the day"
    }
  }

  private static func describe(_ value: DefaultValue) -> String {
    switch value {
    case .bool(let flag): return String(flag)
    case .text(let text): return text
    case .duration(let seconds): return TextFormats.formatDuration(seconds)
    case .integer(let value): return String(value)
    case .listOf(let key): return "[\(key)]"
    case .derived(let rule): return rule
    }
  }
}
