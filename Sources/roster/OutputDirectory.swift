import CExchange
import Foundation
import RosterKit

/// Why the output could not be written: the path that failed and the
/// failing call's `errno`.
struct OutputFailure: Error {
  let path: String
  let reason: String

  init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  init(path: String, code: Int32) {
    self.init(path: path, reason: String(cString: strerror(code)))
  }

  /// Such as `cannot write build/snapshot.json: No space left on device`.
  var message: String { "cannot write \(path): \(reason)" }
}

/// Replaces an output directory with a build as a whole, so that a reader
/// sees the whole previous build or the whole new one, never a mix, after
/// any interruption.
///
/// The new build is written into a hidden folder beside the output,
/// `.<name>.roster-new-<pid>`, synced to disk once, and exchanged with the
/// output in one atomic step; the old build, now in the hidden folder, is
/// then removed. Hidden folders left by builds that were killed are removed
/// by the next build. Where the file system cannot exchange two paths, the
/// old output is renamed aside and the new one renamed into place (two
/// steps: a reader may find the output missing for a moment, never mixed).
struct OutputDirectory {
  let path: String

  func replace(with products: [BuildProduct]) throws(OutputFailure) {
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let parent = target.deletingLastPathComponent().path
    let name = target.lastPathComponent
    try makeDirectories(parent)
    removeLeftovers(in: parent, of: name)
    // A folder that holds anything else is not a build: it is never replaced.
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: target.path),
      let foreign = entries.sorted().first(where: { $0 != "snapshot.json" && $0 != "snippets" })
    {
      throw OutputFailure(
        path: path,
        reason: "it holds '\(foreign)', which Roster did not write; a build replaces its output folder whole, "
          + "so choose a new or empty folder")
    }

    let token = "\(getpid())"
    let staging = parent + "/.\(name).roster-new-" + token
    remove(staging)
    // Whatever happens, the staging folder goes: after an exchange it holds the previous build.
    defer { remove(staging) }
    try makeDirectory(staging, shown: path)
    try makeDirectory(staging + "/snippets", shown: path + "/snippets")
    for product in products {
      try write(product, to: staging + "/" + product.path, shown: path + "/" + product.path)
    }
    sync()

    var status = stat()
    guard lstat(target.path, &status) == 0 else {
      guard errno == ENOENT else { throw OutputFailure(path: path, code: errno) }
      return try move(staging, to: target.path)
    }
    guard status.st_mode & S_IFMT == S_IFDIR else { throw OutputFailure(path: path, code: ENOTDIR) }
    if roster_exchange(staging, target.path) == 0 { return }
    guard [ENOSYS, EINVAL, ENOTSUP].contains(errno) else { throw OutputFailure(path: path, code: errno) }
    let retired = parent + "/.\(name).roster-old-" + token
    try move(target.path, to: retired)
    try move(staging, to: target.path)
    remove(retired)
  }

  /// Removes the hidden folders of `name`'s builds whose process is gone.
  private func removeLeftovers(in parent: String, of name: String) {
    let prefixes = [".\(name).roster-new-", ".\(name).roster-old-"]
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for entry in entries {
      guard let prefix = prefixes.first(where: { entry.hasPrefix($0) }),
        let pid = Int32(entry.dropFirst(prefix.count))
      else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { remove(parent + "/" + entry) }
    }
  }

  private func makeDirectories(_ directory: String) throws(OutputFailure) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputFailure(path: directory, code: (error as NSError).underlyingPOSIXCode ?? EACCES)
    }
  }

  private func makeDirectory(_ directory: String, shown: String) throws(OutputFailure) {
    guard mkdir(directory, 0o755) == 0 else { throw OutputFailure(path: shown, code: errno) }
  }

  private func move(_ from: String, to destination: String) throws(OutputFailure) {
    guard rename(from, destination) == 0 else { throw OutputFailure(path: path, code: errno) }
  }

  private func remove(_ item: String) { try? FileManager.default.removeItem(atPath: item) }

  /// Creates `target` and writes the product to it.
  private func write(_ product: BuildProduct, to target: String, shown: String) throws(OutputFailure) {
    let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputFailure(path: shown, code: errno) }
    defer { close(descriptor) }
    do {
      try product.write(to: descriptor)
    } catch {
      throw OutputFailure(path: shown, code: error.code)
    }
  }
}

extension NSError {
  /// The POSIX error code under a Foundation file error, if there is one.
  fileprivate var underlyingPOSIXCode: Int32? {
    if domain == NSPOSIXErrorDomain { return Int32(code) }
    return (userInfo[NSUnderlyingErrorKey] as? NSError)?.underlyingPOSIXCode
  }
}
