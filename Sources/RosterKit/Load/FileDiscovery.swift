import Foundation

/// Finds the files of a configuration root.
struct FileDiscovery {
  /// A file found under the root, by its path relative to the root.
  struct Found {
    var relativePath: String
    var absolutePath: String
    /// False for a name that is not UTF-8: its paths show U+FFFD and cannot be opened.
    var isNamedInUTF8 = true
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

  /// An entry that cannot be followed: a folder that cannot be listed, an
  /// entry whose name is not UTF-8 or whose path is too long to use.
  struct Unfollowable: Error {
    /// The path relative to the root, with bytes that are not UTF-8 shown as U+FFFD.
    var relativePath: String
    var reason: String
  }

  /// Every regular file under the root, except hidden entries and excluded
  /// folders, sorted by relative path; links outside the root are returned
  /// apart. An entry that cannot be followed is never left out in silence:
  /// the walk stops with it.
  func walk() throws(Unfollowable) -> (files: [Found], escapes: [Escape]) {
    var files: [Found] = []
    var escapes: [Escape] = []
    var pending = [""]
    let manager = FileManager.default
    while let relative = pending.popLast() {
      let directory = relative.isEmpty ? root : root + "/" + relative
      for entry in try Self.entries(in: directory, shown: relative) {
        let name = entry.name
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        let childPath = directory + "/" + name
        if excluded.contains(URL(fileURLWithPath: childPath).standardizedFileURL.path) { continue }
        if !entry.isUTF8 {
          // A file that is not selected may keep its name; a folder is reported.
          if entry.kind == S_IFDIR { throw Unfollowable(relativePath: childRelative, reason: Self.notUTF8) }
          files.append(Found(relativePath: childRelative, absolutePath: childPath, isNamedInUTF8: false))
          continue
        }
        switch entry.kind {
        case S_IFLNK:
          let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
          guard target == realRoot || target.hasPrefix(realRoot + "/") else {
            escapes.append(Escape(relativePath: childRelative))
            continue
          }
          var isDirectory: ObjCBool = false
          if manager.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue {
            files.append(Found(relativePath: childRelative, absolutePath: childPath))
          }
        case S_IFDIR: pending.append(childRelative)
        case S_IFREG: files.append(Found(relativePath: childRelative, absolutePath: childPath))
        default: continue
        }
      }
    }
    return (files.sorted { $0.relativePath < $1.relativePath }, escapes)
  }

  static let notUTF8 = "its name is not valid UTF-8; rename it"

  /// The entries of a folder but hidden ones, sorted by name, with their
  /// kind (`S_IFDIR`, `S_IFLNK`…). Read with POSIX calls, relative to the
  /// open folder, so that a name that is not UTF-8 is seen (its bytes shown
  /// as U+FFFD) and no path grows past the system's limit.
  private static func entries(
    in directory: String, shown relative: String
  ) throws(Unfollowable) -> [(name: String, isUTF8: Bool, kind: mode_t)] {
    func failure(_ path: String) -> Unfollowable {
      Unfollowable(relativePath: path.isEmpty ? "." : path, reason: String(cString: strerror(errno)))
    }
    guard let stream = opendir(directory) else { throw failure(relative) }
    defer { closedir(stream) }
    var entries: [(name: String, isUTF8: Bool, kind: mode_t)] = []
    while true {
      errno = 0
      guard let entry = readdir(stream) else {
        if errno != 0 { throw failure(relative) }
        return entries.sorted { $0.name < $1.name }
      }
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if bytes.first == UInt8(ascii: ".") { continue }
      let valid = String(validating: bytes, as: UTF8.self)
      let name = valid ?? String(decoding: bytes, as: UTF8.self)
      var status = stat()
      guard fstatat(dirfd(stream), bytes.map { CChar(bitPattern: $0) } + [0], &status, AT_SYMLINK_NOFOLLOW) == 0
      else { throw failure(relative.isEmpty ? name : relative + "/" + name) }
      entries.append((name, valid != nil, status.st_mode & S_IFMT))
    }
  }

  /// True for the files read when `include` is not given.
  static func isYAML(_ path: String) -> Bool {
    path.hasSuffix(".yaml") || path.hasSuffix(".yml")
  }
}
