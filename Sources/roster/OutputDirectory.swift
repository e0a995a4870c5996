import Foundation
import RosterKit

/// Writes a build's files so that no reader ever sees a half-written one:
/// each file goes to a temporary name and is renamed into place, and the
/// snippets folder is built aside and swapped in whole. Files are written
/// with plain POSIX calls, and the whole build is synced to disk once,
/// before anything is renamed into place.
struct OutputDirectory {
  let path: String

  func replace(with products: [BuildProduct]) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
    let token = "\(ProcessInfo.processInfo.processIdentifier)"
    let staging = path + "/.snippets.new-" + token
    let retired = path + "/.snippets.old-" + token
    try? manager.removeItem(atPath: staging)
    defer { try? manager.removeItem(atPath: staging) }
    try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
    var renames: [(from: String, to: String)] = []
    for product in products {
      if product.path.hasPrefix("snippets/") {
        try write(product, to: staging + "/" + product.path.dropFirst("snippets/".count))
      } else {
        let target = path + "/" + product.path
        let temporary = target + ".tmp-" + token
        try write(product, to: temporary)
        renames.append((temporary, target))
      }
    }
    syncToDisk()
    let snippets = path + "/snippets"
    if manager.fileExists(atPath: snippets) { try manager.moveItem(atPath: snippets, toPath: retired) }
    try manager.moveItem(atPath: staging, toPath: snippets)
    try? manager.removeItem(atPath: retired)
    for rename in renames {
      guard Foundation.rename(rename.from, rename.to) == 0 else {
        let code = errno
        unlink(rename.from)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
    }
  }

  /// Flushes what was written to disk: one `sync` for the whole build.
  private func syncToDisk() { sync() }

  /// Creates `target` and writes the product to it.
  private func write(_ product: BuildProduct, to target: String) throws {
    let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    do {
      try product.write(to: descriptor)
    } catch {
      unlink(target)
      throw POSIXError(POSIXErrorCode(rawValue: error.code) ?? .EIO)
    }
  }
}
