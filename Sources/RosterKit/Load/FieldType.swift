/// The shape of a value in the input format. The loader decodes by it, and
/// the JSON Schema of the input files is generated from it.
public indirect enum FieldType: Sendable {
  /// A scalar read as text, checked by its format.
  case text(TextFormat)
  case integer(ClosedRange<Int>)
  case boolean
  /// One of a few words.
  case choice([String])
  /// `1h30m`: hours, minutes and seconds in that order; bounds in seconds.
  case duration(ClosedRange<Int>)
  case list(FieldType)
  case object(ObjectSchema)
  /// A mapping from id to an object of this schema.
  case entities(ObjectSchema)
  /// A mapping from locale to text; `allowsPlain` accepts one string for the default locale.
  case localized(allowsPlain: Bool)
  /// A mapping from days (`mon`, `mon-fri`, `daily`) to blocks `HH:MM-HH:MM`.
  case weeklyHours
  /// A mapping from rule id to `error`, `warning` or `off`.
  case ruleSeverities
  /// The open hours of one date: one block `HH:MM-HH:MM` or a list, none
  /// crossing midnight.
  case dayHours
}

/// What a text must look like.
public enum TextFormat: String, Sendable {
  /// Any text that is not empty.
  case name
  /// Any text, even empty.
  case message
  /// 1–64 characters of a-z, 0-9, `-`, `_`, starting with a letter or digit.
  case id
  /// `local@domain`.
  case email
  /// An IANA time zone name from the tz database that Roster carries.
  case timezone
  /// `YYYY-MM-DD`, a real date.
  case date
  /// A dated entry's date: `YYYY-MM-DD`, or `MM-DD` every year (`--MM-DD` in the snapshot).
  case day
  /// A dated entry's inclusive range: `A..B`, both ends `YYYY-MM-DD` or both `MM-DD`.
  case dayRange
  /// A local date and time, `YYYY-MM-DDTHH:MM`.
  case localDateTime
  /// `ll` or `ll-RR`, with a known ISO 639 language.
  case locale
  /// 6–64 characters of A-Z, a-z, 0-9, `_`, `-`.
  case code
  /// A glob pattern relative to the root.
  case glob
  /// A page path: `/`, then no white space or control character.
  case path
}

/// A key of an object, with its type, default and description.
public struct Property: Sendable {
  public var name: String
  public var type: FieldType
  public var isRequired: Bool
  public var defaultValue: DefaultValue?
  public var description: String

  public init(
    _ name: String, _ type: FieldType, required: Bool = false, default defaultValue: DefaultValue? = nil,
    _ description: String
  ) {
    self.name = name
    self.type = type
    self.isRequired = required
    self.defaultValue = defaultValue
    self.description = description
  }
}

/// The value a key takes when it is left out.
public enum DefaultValue: Sendable, Hashable {
  case bool(Bool)
  case text(String)
  /// Seconds.
  case duration(Int)
  case integer(Int)
  /// Another key's value as a one-item list (`locales` defaults to `[default_locale]`).
  case listOf(String)
  /// A value computed from the entity (a group's code from its id).
  case derived(String)
}

/// An object with fixed keys.
public struct ObjectSchema: Sendable {
  public var title: String
  public var description: String
  public var properties: [Property]
  /// At least this many keys must be given.
  public var minProperties: Int
  /// Exactly one of these keys must be given (a dated entry's `date` or `dates`).
  public var exactlyOne: [String]

  public init(
    _ title: String, _ description: String, minProperties: Int = 0, exactlyOne: [String] = [],
    _ properties: [Property]
  ) {
    self.title = title
    self.description = description
    self.properties = properties
    self.minProperties = minProperties
    self.exactlyOne = exactlyOne
  }

  public func property(_ name: String) -> Property? {
    properties.first { $0.name == name }
  }
}
