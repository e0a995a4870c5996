import Foundation

/// Finds the files of a configuration root.
struct FileDiscovery {
  /// A file found under the root, by its path relative to the root.
  struct Found {
    var relativePath: String
    var absolutePath: String
  }

  /// A symbolic link whose target is outside the root.
  struct Escape {
    var relativePath: String
  }

  let root: String
  /// Standardized absolute paths of folders to leave out (the output directory).
  let excluded: Set<String>
  private let realRoot: String

  init(root: String, excluded: Set<String>) {
    self.root = root
    self.excluded = excluded
    self.realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
  }

  /// Every regular file under the root, except hidden entries and excluded
  /// folders, sorted by relative path; links outside the root are returned apart.
  func walk() -> (files: [Found], escapes: [Escape]) {
    var files: [Found] = []
    var escapes: [Escape] = []
    var pending = [""]
    let manager = FileManager.default
    while let relative = pending.popLast() {
      let directory = relative.isEmpty ? root : root + "/" + relative
      guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
      for name in names.sorted() where !name.hasPrefix(".") {
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        let childPath = directory + "/" + name
        if excluded.contains(URL(fileURLWithPath: childPath).standardizedFileURL.path) { continue }
        guard let attributes = try? manager.attributesOfItem(atPath: childPath),
          let type = attributes[.type] as? FileAttributeType
        else { continue }
        if type == .typeSymbolicLink {
          let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
          guard target == realRoot || target.hasPrefix(realRoot + "/") else {
            escapes.append(Escape(relativePath: childRelative))
            continue
          }
          var isDirectory: ObjCBool = false
          if manager.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue {
            files.append(Found(relativePath: childRelative, absolutePath: childPath))
          }
        } else if type == .typeDirectory {
          pending.append(childRelative)
        } else if type == .typeRegular {
          files.append(Found(relativePath: childRelative, absolutePath: childPath))
        }
      }
    }
    return (files.sorted { $0.relativePath < $1.relativePath }, escapes)
  }

  /// True for the files read when `include` is not given.
  static func isYAML(_ path: String) -> Bool {
    path.hasSuffix(".yaml") || path.hasSuffix(".yml")
  }
}
