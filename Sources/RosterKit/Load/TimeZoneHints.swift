/// Hints for a time zone Roster does not know. A near spelling is suggested
/// only when it means the same thing: an offset (`GMT+5`, `UTC-03:00`,
/// `Etc/GMT+13`) or an abbreviation (`SGT`, `Z`) is answered with the zone
/// it stands for, never with a name one edit away (`GMT+0`, `NZ`).
enum TimeZoneHints {
  /// Common abbreviations, by the zone of the place most people mean.
  static let abbreviations: [String: String] = [
    "Z": "Etc/UTC", "UT": "Etc/UTC", "SGT": "Asia/Singapore", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
    "IST": "Asia/Kolkata", "HKT": "Asia/Hong_Kong", "PHT": "Asia/Manila", "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta", "PKT": "Asia/Karachi", "GST": "Asia/Dubai", "MSK": "Europe/Moscow",
    "BST": "Europe/London", "CEST": "Europe/Paris", "EEST": "Europe/Athens",
    "WEST": "Europe/Lisbon", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "EDT": "America/New_York",
    "CDT": "America/Chicago", "MDT": "America/Denver", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "AKST": "America/Anchorage", "HST": "Pacific/Honolulu",
    "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires", "SAST": "Africa/Johannesburg",
    "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi", "CAT": "Africa/Maputo",
  ]

  /// The hint for an unknown zone name.
  static func hint(for name: String, in names: some Sequence<String>) -> String {
    let upper = name.uppercased()
    if let zone = abbreviations[upper] {
      return "'\(name)' is an abbreviation; write the zone of the place, such as '\(zone)'"
    }
    if let (hours, isWholeHour) = offset(name) {
      let sign = hours >= 0 ? "+" : "-"
      let place = "write the zone of the place where the hours are kept, such as 'America/New_York'"
      guard isWholeHour else { return "an offset follows no clock change; \(place)" }
      // Etc/GMT names run from Etc/GMT-14 (UTC+14) to Etc/GMT+12 (UTC-12), signs inverted.
      if hours != 0, (-12...14).contains(hours) {
        let etc = "Etc/GMT" + (hours > 0 ? "-" : "+") + String(abs(hours))
        return "an offset follows no clock change; \(place) (UTC\(sign)\(abs(hours)) all year is '\(etc)')"
      }
      return hours == 0 ? "write 'Etc/UTC'" : "UTC\(sign)\(abs(hours)) is no zone; \(place)"
    }
    return Suggestion.hint(for: name, in: names) ?? "use an IANA name such as Europe/Paris"
  }

  /// The offset in hours east of UTC that a name such as `GMT+5`, `UTC-3`,
  /// `UTC+05:30` or `Etc/GMT+5` (UTC-05:00) stands for, and whether it is
  /// whole hours; nil for other names.
  static func offset(_ name: String) -> (hours: Int, isWholeHour: Bool)? {
    var text = Substring(name.uppercased())
    var inverted = false
    if text.hasPrefix("ETC/") {
      text = text.dropFirst(4)
      inverted = true
    }
    for prefix in ["GMT", "UTC", "UT"] where text.hasPrefix(prefix) {
      text = text.dropFirst(prefix.count)
      break
    }
    if text.isEmpty { return inverted || name.count <= 3 ? (0, true) : nil }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().prefix { $0.isNumber }
    guard let hours = Int(digits), digits.count <= 2 else { return nil }
    let rest = text.dropFirst(1 + digits.count)
    guard rest.isEmpty || rest.allSatisfy({ $0.isNumber || $0 == ":" }) else { return nil }
    let east = sign == "+" ? hours : -hours
    return (inverted ? -east : east, rest.allSatisfy { $0 == "0" || $0 == ":" })
  }
}
