import Foundation

/// Writes a build's files so that no reader ever sees a half-written one:
/// each file goes to a temporary name and is renamed into place, and the
/// snippets folder is built aside and swapped in whole. Files are written
/// with plain POSIX calls, and the whole build is synced to disk once,
/// before anything is renamed into place.
struct OutputDirectory {
  let path: String

  func replace(with products: [(path: String, contents: [UInt8])]) throws {
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
        try write(product.contents, to: staging + "/" + product.path.dropFirst("snippets/".count))
      } else {
        let target = path + "/" + product.path
        let temporary = target + ".tmp-" + token
        try write(product.contents, to: temporary)
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

  /// Creates `target` and writes `bytes` to it.
  private func write(_ bytes: [UInt8], to target: String) throws {
    let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
      if count < 0 {
        if errno == EINTR { continue }
        let code = errno
        unlink(target)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
      written += count
    }
  }
}
