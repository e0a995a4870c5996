import Foundation

/// The IANA time zone names that the system's time zone database knows.
public struct TimeZoneDatabase: Sendable {
  public let names: Set<String>

  /// The database under `TZDIR` or `/usr/share/zoneinfo`, read once.
  public static let system = TimeZoneDatabase(
    directory: ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo")

  public init(names: Set<String>) {
    self.names = names
  }

  /// Reads zone and link names from `tzdata.zi`, or else from the files of the directory.
  public init(directory: String) {
    if let text = try? String(contentsOfFile: directory + "/tzdata.zi", encoding: .utf8) {
      var names = Set<String>()
      for line in text.split(separator: "\n") {
        let fields = line.split(separator: " ")
        if fields.first == "Z", fields.count > 1 { names.insert(String(fields[1])) }
        if fields.first == "L", fields.count > 2 { names.insert(String(fields[2])) }
      }
      self.names = names
    } else {
      self.names = Self.scan(directory)
    }
  }

  public func contains(_ name: String) -> Bool { names.contains(name) }

  private static func scan(_ directory: String) -> Set<String> {
    var names = Set<String>()
    let manager = FileManager.default
    guard let walker = manager.enumerator(atPath: directory) else { return names }
    while let path = walker.nextObject() as? String {
      guard let first = path.first, first.isUppercase, !path.hasPrefix("posix"), !path.hasPrefix("right")
      else { continue }
      let full = directory + "/" + path
      if let handle = FileHandle(forReadingAtPath: full),
        let magic = try? handle.read(upToCount: 4), magic == Data("TZif".utf8)
      {
        names.insert(path)
      }
    }
    return names
  }
}
