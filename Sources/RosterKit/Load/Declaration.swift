/// One key of an object of the input format, declared once: its name, type,
/// default and description (`property`, which the JSON Schemas and the
/// snapshot's key names come from) and where its value goes in the model
/// (`decode`, which writes through a key path). Decoding goes straight from
/// YAML nodes into the model: there is no untyped tree in between.
public struct Field<Model>: Sendable {
  public let property: Property
  /// Decodes the node into the model; false when it was written but is
  /// invalid, in whole or in part (the decoder reported it).
  /// The pair's key comes along, for findings about the whole value.
  let decode: @Sendable (inout Model, YAMLPair, inout SchemaDecoder) -> Bool

  init(
    _ property: Property, decode: @escaping @Sendable (inout Model, YAMLPair, inout SchemaDecoder) -> Bool
  ) {
    self.property = property
    self.decode = decode
  }

  /// A field whose value `read` decodes (nil when invalid; `complete` false
  /// when it decoded only in part) and stores at `path`.
  static func stored<T>(
    _ property: Property, at path: WritableKeyPath<Model, T> & Sendable,
    _ read: @escaping @Sendable (YAMLPair, inout SchemaDecoder, String) -> (value: T, complete: Bool)?
  ) -> Field {
    Field(property) { model, pair, decoder in
      guard let (value, complete) = read(pair, &decoder, property.name) else { return false }
      model[keyPath: path] = value
      return complete
    }
  }
}

/// An object of the input format: its fields, and how to make the model
/// value that they fill, with placeholders where a required key is missing.
public struct ObjectFormat<Model>: Sendable {
  public let title: String
  public let description: String
  public let fields: [Field<Model>]
  /// At least this many keys must be given.
  public let minProperties: Int
  /// Exactly one of these keys must be given.
  public let exactlyOne: [String]
  /// The model with nothing decoded yet, at the object's range.
  let make: @Sendable (SourceRange) -> Model
  /// Records on the model which keys were written but invalid or missing.
  let finish: @Sendable (inout Model, DecodeOutcome) -> Void

  init(
    _ title: String, _ description: String, minProperties: Int = 0, exactlyOne: [String] = [],
    _ fields: [Field<Model>],
    make: @escaping @Sendable (SourceRange) -> Model,
    finish: @escaping @Sendable (inout Model, DecodeOutcome) -> Void = { _, _ in }
  ) {
    self.title = title
    self.description = description
    self.fields = fields
    self.minProperties = minProperties
    self.exactlyOne = exactlyOne
    self.make = make
    self.finish = finish
  }

  /// The object's keys as the JSON Schemas and the snapshot see them.
  public var schema: ObjectSchema {
    ObjectSchema(title, description, minProperties: minProperties, exactlyOne: exactlyOne, fields.map(\.property))
  }

  /// The position in `fields` of the key with this name.
  func index(of name: String) -> Int? { fields.firstIndex { $0.property.name == name } }
}

/// What decoding one object found besides its values.
public struct DecodeOutcome: Sendable {
  /// Keys written with a value that failed to decode, in whole or in part.
  public var invalidKeys: Set<String> = []
  /// Required keys that are missing.
  public var missingKeys: Set<String> = []
  /// False when fewer keys are given than the object needs.
  public var hasEnoughKeys = true
  /// Keys that the object does not have (reported as unknown).
  public var unknownKeys: Set<String> = []

  /// False when some key was written but failed to decode, or a required one
  /// is missing: the decoder reported it, and rules draw no conclusion from it.
  public var isComplete: Bool { invalidKeys.isEmpty && missingKeys.isEmpty && hasEnoughKeys }

  /// True when `key` was written and decoded whole.
  public func isValid(_ key: String) -> Bool { !invalidKeys.contains(key) && !missingKeys.contains(key) }
}

// MARK: - Fields by type

extension Field {
  static func text(
    _ name: String, _ path: WritableKeyPath<Model, Located<String>> & Sendable, _ format: TextFormat,
    required: Bool = false, default defaultValue: DefaultValue? = nil, _ description: String
  ) -> Field {
    let property = Property(name, .text(format), required: required, default: defaultValue, description)
    return stored(property, at: path) { pair, decoder, key in
      decoder.text(pair.value, format, key: key).map { ($0, true) }
    }
  }

  static func text(
    _ name: String, _ path: WritableKeyPath<Model, Located<String>?> & Sendable, _ format: TextFormat,
    default defaultValue: DefaultValue? = nil, _ description: String
  ) -> Field {
    let property = Property(name, .text(format), default: defaultValue, description)
    return stored(property, at: path) { pair, decoder, key in
      decoder.text(pair.value, format, key: key).map { ($0, true) }
    }
  }

  static func texts(
    _ name: String, _ path: WritableKeyPath<Model, [Located<String>]> & Sendable, _ format: TextFormat,
    default defaultValue: DefaultValue? = nil, _ description: String
  ) -> Field {
    let property = Property(name, .list(.text(format)), default: defaultValue, description)
    return stored(property, at: path) { pair, decoder, key in decoder.texts(pair.value, format, key: key) }
  }

  static func integer(
    _ name: String, _ path: WritableKeyPath<Model, Located<Int>?> & Sendable, _ bounds: ClosedRange<Int>,
    default defaultValue: Int? = nil, _ description: String
  ) -> Field {
    stored(Property(name, .integer(bounds), default: defaultValue.map { .integer($0) }, description), at: path) {
      pair, decoder, key in
      decoder.integer(pair.value, bounds, key: key).map { ($0, true) }
    }
  }

  static func duration(
    _ name: String, _ path: WritableKeyPath<Model, Located<Int>?> & Sendable, _ bounds: ClosedRange<Int>,
    _ description: String
  ) -> Field {
    stored(Property(name, .duration(bounds), description), at: path) { pair, decoder, key in
      decoder.duration(pair.value, bounds, key: key).map { ($0, true) }
    }
  }

  /// A duration that is required or has a default: the model holds a placeholder until it is read.
  static func duration(
    _ name: String, _ path: WritableKeyPath<Model, Located<Int>> & Sendable, _ bounds: ClosedRange<Int>,
    required: Bool = false, default defaultValue: DefaultValue? = nil, _ description: String
  ) -> Field {
    let property = Property(name, .duration(bounds), required: required, default: defaultValue, description)
    return stored(property, at: path) { pair, decoder, key in
      decoder.duration(pair.value, bounds, key: key).map { ($0, true) }
    }
  }

  static func boolean(
    _ name: String, _ path: WritableKeyPath<Model, Located<Bool>> & Sendable, default value: Bool,
    _ description: String
  ) -> Field {
    stored(Property(name, .boolean, default: .bool(value), description), at: path) { pair, decoder, key in
      decoder.boolean(pair.value, key: key).map { ($0, true) }
    }
  }

  static func boolean(
    _ name: String, _ path: WritableKeyPath<Model, Bool> & Sendable, default value: Bool, _ description: String
  ) -> Field {
    stored(Property(name, .boolean, default: .bool(value), description), at: path) { pair, decoder, key in
      decoder.boolean(pair.value, key: key).map { ($0.value, true) }
    }
  }

  /// One of the words of `Choice`, in the order of its cases.
  static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Model, Located<Choice>> & Sendable, required: Bool = false,
    default defaultValue: Choice? = nil, _ description: String
  ) -> Field where Choice.RawValue == String {
    let options = Choice.allCases.map(\.rawValue)
    let property = Property(
      name, .choice(options), required: required, default: defaultValue.map { .text($0.rawValue) }, description)
    return stored(property, at: path) { pair, decoder, key in
      decoder.choice(pair.value, options, key: key).flatMap { word in
        Choice(rawValue: word.value).map { (Located($0, at: word.range), true) }
      }
    }
  }

  static func object<Sub>(
    _ name: String, _ path: WritableKeyPath<Model, Sub?> & Sendable, _ format: ObjectFormat<Sub>, _ description: String
  ) -> Field {
    stored(Property(name, .object(format.schema), description), at: path) { pair, decoder, key in
      decoder.object(pair.value, format, key: key, context: "'\(key)'", keyRange: pair.key.range).map {
        (Optional($0.value), $0.complete)
      }
    }
  }

  /// An object that the model always holds: a placeholder until it is read.
  static func object<Sub>(
    _ name: String, _ path: WritableKeyPath<Model, Sub> & Sendable, _ format: ObjectFormat<Sub>, _ description: String
  ) -> Field {
    stored(Property(name, .object(format.schema), description), at: path) { pair, decoder, key in
      decoder.object(pair.value, format, key: key, context: "'\(key)'", keyRange: pair.key.range)
    }
  }

  /// An object whose keys go into the same model (a trigger's `when`).
  static func nested(
    _ name: String, _ format: ObjectFormat<Model>, required: Bool = false, _ description: String
  ) -> Field {
    Field(Property(name, .object(format.schema), required: required, description)) { model, pair, decoder in
      let outcome = decoder.decode(
        pair.value, format, into: &model, key: name, context: "'\(name)'", keyRange: pair.key.range)
      // Conditions are all read only when none is unknown either.
      return (outcome?.isComplete ?? false) && outcome?.unknownKeys.isEmpty == true
    }
  }

  static func hours(
    _ name: String, _ path: WritableKeyPath<Model, WeeklyHours> & Sendable, required: Bool = false,
    _ description: String
  ) -> Field {
    stored(Property(name, .weeklyHours, required: required, description), at: path) { pair, decoder, key in
      decoder.hours(pair.value, key: key).map { ($0, $0.isComplete) }
    }
  }

  static func localized(
    _ name: String, _ path: WritableKeyPath<Model, LocalizedText> & Sendable, required: Bool = false,
    _ description: String
  ) -> Field {
    stored(Property(name, .localized(allowsPlain: true), required: required, description), at: path) {
      pair, decoder, key in
      decoder.localized(pair.value, key: key, allowsPlain: true).map { text in
        var text = text
        text.keyRange = pair.key.range
        return (text, text.isComplete)
      }
    }
  }

  static func localized(
    _ name: String, _ path: WritableKeyPath<Model, LocalizedText?> & Sendable, _ description: String
  ) -> Field {
    stored(Property(name, .localized(allowsPlain: true), description), at: path) { pair, decoder, key in
      decoder.localized(pair.value, key: key, allowsPlain: true).map { text in
        var text = text
        text.keyRange = pair.key.range
        return (Optional(text), text.isComplete)
      }
    }
  }

  /// The coverage window: an object whose `until` must come after its `from`.
  static func coverage(
    _ name: String, _ path: WritableKeyPath<Model, CoverageSetting?> & Sendable,
    _ format: ObjectFormat<CoverageSetting>,
    _ description: String
  ) -> Field {
    stored(Property(name, .object(format.schema), description), at: path) { pair, decoder, key in
      guard
        let (setting, complete) = decoder.object(
          pair.value, format, key: key, context: "'\(key)'", keyRange: pair.key.range)
      else { return nil }
      guard complete else { return (nil, false) }
      guard let from = CivilDate(iso: setting.from.value), let until = CivilDate(iso: setting.until.value) else {
        return (nil, false)
      }
      guard from < until, from.distance(to: until) <= DateWindow.maximumDays else {
        decoder.invalid(
          from < until
            ? "the coverage window is longer than \(DateWindow.maximumDays) days"
            : "'until' (\(setting.until.value)) must be after 'from' (\(setting.from.value))",
          at: setting.until.range,
          hint: from < until
            ? "a window is at most \(DateWindow.maximumDays) days; look at a shorter one"
            : "'until' is the first date after the window")
        return (nil, false)
      }
      return (setting, true)
    }
  }

  /// A dated entry's `date` (`range` false) or `dates` (`range` true), read into `dates`.
  static func dates(_ name: String, range: Bool, _ description: String) -> Field where Model == DatedEntry {
    Field(Property(name, .text(range ? .dayRange : .day), description)) { entry, pair, decoder in
      let format: TextFormat = range ? .dayRange : .day
      // The text format reports what is wrong (invalid-date); a valid text reads.
      guard let text = decoder.scalar(pair.value, key: name, expected: range ? "a range of dates" : "a date"),
        decoder.validate(text, format, key: name, at: pair.value.range),
        case .success(let dates) = DateSpec.parse(text, range: range)
      else { return false }
      entry.dates = Located(dates, at: pair.value.range)
      entry.hasDates = true
      return true
    }
  }

  /// The open hours of one date: one block or a list, none crossing midnight.
  static func dayHours(
    _ name: String, _ path: WritableKeyPath<Model, Located<[DayBlock]>?> & Sendable, required: Bool = false,
    _ description: String
  ) -> Field {
    stored(Property(name, .dayHours, required: required, description), at: path) { pair, decoder, key in
      decoder.dayHours(pair.value, key: key).map { (Optional($0.value), $0.complete) }
    }
  }

  /// A list of dated entries, each with its `date` or `dates`.
  static func datedEntries(
    _ name: String, _ path: WritableKeyPath<Model, [DatedEntry]> & Sendable, _ format: ObjectFormat<DatedEntry>,
    _ description: String
  ) -> Field {
    stored(Property(name, .list(.object(format.schema)), description), at: path) { pair, decoder, key in
      guard let items = pair.value.items else {
        decoder.wrongType(pair.value, key: key, expected: "a list")
        return nil
      }
      var complete = true
      let entries = items.compactMap { item -> DatedEntry? in
        guard let (entry, whole) = decoder.object(item, format, key: key, context: "'\(key)'", keyRange: nil) else {
          complete = false
          return nil
        }
        complete = complete && whole
        return whole ? entry : nil
      }
      return (entries, complete)
    }
  }

  static func severities(
    _ name: String, _ path: WritableKeyPath<Model, [RuleSetting]> & Sendable, _ description: String
  ) -> Field {
    stored(Property(name, .ruleSeverities, description), at: path) { pair, decoder, key in
      decoder.severities(pair.value, key: key)
    }
  }
}
