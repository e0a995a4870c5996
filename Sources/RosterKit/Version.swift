/// Roster's version: `roster --version` prints it and SARIF reports it.
public enum RosterVersion {
  public static let version = "0.1.0"

  /// What `roster --version` prints: the version and the tz database it carries.
  public static var description: String {
    "roster \(version)\ntz database \(TimeZoneDatabase.builtIn.version) (built in)"
  }
}
