/// Roster's version: `roster --version` prints it and SARIF reports it.
public enum RosterVersion {
  public static let version = "0.1.0"

  /// What `roster --version` prints: the version and where time zone names come from.
  public static var description: String {
    "roster \(version)\ntime zones: the system's database (/usr/share/zoneinfo or TZDIR)"
  }
}
