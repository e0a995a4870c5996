import CTZData
import Foundation

/// The IANA tz database that Roster carries (`Sources/CTZData`, written by
/// `Scripts/update-tzdata.py`): names, links and rules of one release, the
/// same on every machine, with or without a system `tzdata`.
public struct TimeZoneDatabase: Sendable {
  /// What a name is, for the time-zone rules and the snapshot.
  public enum Kind: Sendable, Equatable {
    /// A zone of the database, or a link that zone.tab lists as the current name of a place.
    case place
    /// UTC under one of its names (`UTC`, `Etc/UTC`, `GMT`, `Zulu`…).
    case universal
    /// A deprecated link (`US/Eastern`, `Europe/Kiev`): `current` is the name to write.
    case legacy(current: String)
    /// A name for an offset or a standard, not a place (`EST`, `CET`, `Etc/GMT+5`):
    /// `place` is the zone people usually mean, when there is one.
    case fixedOffset(place: String?)
  }

  /// The IANA release, such as `2026f`.
  public let version: String
  /// Every zone and link name.
  public let names: Set<String>
  /// The byte range of each zone's TZif data in the blob.
  private let zones: [String: Range<Int>]
  /// Each zone's rules, read from its TZif data the first time they are asked for.
  private let parsed = ParsedZones()
  /// Each link's target zone.
  private let links: [String: String]
  /// The names that zone.tab lists: the current names of places.
  private let places: Set<String>

  /// The database built into Roster, read once.
  public static let builtIn = TimeZoneDatabase()

  private init() {
    version = String(cString: roster_tzdata_version())
    var zones: [String: Range<Int>] = [:]
    var links: [String: String] = [:]
    var places = Set<String>()
    for line in String(cString: roster_tzdata_index()).split(separator: "\n") {
      let fields = line.split(separator: " ").map(String.init)
      switch fields.first {
      case "Z" where fields.count == 4:
        if let offset = Int(fields[2]), let length = Int(fields[3]) { zones[fields[1]] = offset..<offset + length }
      case "L" where fields.count == 3: links[fields[2]] = fields[1]
      case "T" where fields.count == 2: places.insert(fields[1])
      default: continue
      }
    }
    self.zones = zones
    self.links = links
    self.places = places
    names = Set(zones.keys).union(links.keys)
  }

  public func contains(_ name: String) -> Bool { names.contains(name) }

  /// What the name is; nil when the database does not know it.
  public func kind(of name: String) -> Kind? {
    guard contains(name) else { return nil }
    if Self.universal.contains(name) { return .universal }
    if let place = Self.fixedOffsets[name] { return .fixedOffset(place: place.isEmpty ? nil : place) }
    if name.hasPrefix("Etc/GMT") || name == "Factory" { return .fixedOffset(place: nil) }
    if zones[name] != nil || places.contains(name) { return .place }
    return .legacy(current: links[name] ?? name)
  }

  /// The name the snapshot writes, so that equal meaning gives equal bytes:
  /// a zone or a current place name as it is, UTC as `Etc/UTC`, any other
  /// link as its target.
  public func canonical(_ name: String) -> String {
    if Self.universal.contains(name) { return "Etc/UTC" }
    if zones[name] != nil || places.contains(name) { return name }
    return links[name] ?? name
  }

  /// The zone's rules, under the name asked for; nil when the name is unknown.
  /// Each zone is read once, whichever thread asks first.
  public func rules(for name: String) -> ZoneRules? {
    let zone = zones[name] != nil ? name : links[name]
    guard let zone, let range = zones[zone] else { return nil }
    let rules = parsed.rules(for: zone) {
      let blob = UnsafeBufferPointer(start: roster_tzdata_blob(), count: Int(roster_tzdata_blob_size()))
      return ZoneRules(name: zone, tzif: UnsafeBufferPointer(rebasing: blob[range]))
    }
    return zone == name ? rules : rules?.named(name)
  }

  private static let universal: Set<String> = [
    "UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu", "GMT", "Etc/GMT", "GMT0",
    "GMT+0", "GMT-0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Greenwich", "Etc/Greenwich",
  ]

  /// Names of offsets and standards, with the place people usually mean by them.
  private static let fixedOffsets: [String: String] = [
    "EST": "America/New_York", "EST5EDT": "America/New_York", "CST6CDT": "America/Chicago",
    "MST": "America/Denver", "MST7MDT": "America/Denver", "PST8PDT": "America/Los_Angeles",
    "HST": "Pacific/Honolulu", "CET": "Europe/Paris", "MET": "Europe/Paris", "EET": "Europe/Athens",
    "WET": "Europe/Lisbon", "Factory": "",
  ]
}

/// Zone rules read so far, shared by every copy of the database and every thread.
private final class ParsedZones: @unchecked Sendable {
  private let lock = NSLock()
  private var rules: [String: ZoneRules?] = [:]

  func rules(for zone: String, read: () -> ZoneRules?) -> ZoneRules? {
    lock.lock()
    defer { lock.unlock() }
    if let known = rules[zone] { return known }
    let parsed = read()
    rules[zone] = parsed
    return parsed
  }
}
