/// Why Roster could not read a configuration at all (exit status 2).
public enum LoadError: Error, Sendable, CustomStringConvertible {
  case rootNotFound(String)
  /// ROOT names a file, such as the roster.yaml inside the folder.
  case rootIsAFile(String)
  case missingRosterFile(String)
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .rootNotFound(let path): return "no such directory: \(path)"
    case .rootIsAFile(let path):
      let slash = path.lastIndex(of: "/")
      let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
      return "\(path) is a file: ROOT is the folder that holds roster.yaml, such as \(folder)"
    case .missingRosterFile(let path): return "no roster.yaml in \(path)"
    case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
    }
  }
}
