import Foundation

/// Writes a build's files so that no reader ever sees a half-written one:
/// each file goes to a temporary name and is renamed into place, and the
/// snippets folder is built aside and swapped in whole.
struct OutputDirectory {
  let path: String

  func replace(with products: [(path: String, contents: String)]) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
    let token = "\(ProcessInfo.processInfo.processIdentifier)"
    let staging = path + "/.snippets.new-" + token
    let retired = path + "/.snippets.old-" + token
    try? manager.removeItem(atPath: staging)
    defer { try? manager.removeItem(atPath: staging) }
    try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
    for product in products where product.path.hasPrefix("snippets/") {
      try write(product.contents, to: staging + "/" + product.path.dropFirst("snippets/".count))
    }
    let snippets = path + "/snippets"
    if manager.fileExists(atPath: snippets) { try manager.moveItem(atPath: snippets, toPath: retired) }
    try manager.moveItem(atPath: staging, toPath: snippets)
    try? manager.removeItem(atPath: retired)
    for product in products where !product.path.hasPrefix("snippets/") {
      try write(product.contents, to: path + "/" + product.path)
    }
  }

  /// Writes to a temporary file beside the target, then renames it into place.
  private func write(_ contents: String, to target: String) throws {
    let temporary = target + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(contents.utf8)) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
    }
    guard rename(temporary, target) == 0 else {
      let code = errno
      try? FileManager.default.removeItem(atPath: temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
  }
}
