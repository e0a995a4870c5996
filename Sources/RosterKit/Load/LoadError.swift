/// Why Roster could not read a configuration at all (exit status 2).
public enum LoadError: Error, Sendable, CustomStringConvertible {
  case rootNotFound(String)
  case missingRosterFile(String)
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .rootNotFound(let path): return "no such directory: \(path)"
    case .missingRosterFile(let path): return "no roster.yaml in \(path)"
    case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
    }
  }
}
