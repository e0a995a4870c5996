#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file of a build: its path relative to the output directory, and its
/// contents, which the snapshot writes straight to the file as it makes them.
public struct BuildProduct: Sendable {
  public enum Contents: Sendable {
    case bytes([UInt8])
    /// `snapshot.json`, written in one pass without holding it in memory.
    case snapshot(ResolvedConfiguration)
  }

  public let path: String
  public let contents: Contents

  public init(path: String, contents: Contents) {
    self.path = path
    self.contents = contents
  }

  /// The file's bytes, in memory.
  public var bytes: [UInt8] {
    switch contents {
    case .bytes(let bytes): return bytes
    case .snapshot(let resolved): return Snapshot.bytes(resolved).text
    }
  }

  /// Writes the file's bytes to an open file.
  public func write(to descriptor: Int32) throws(WriteFailure) {
    switch contents {
    case .bytes(let bytes): try OutputFile(descriptor).write(bytes)
    case .snapshot(let resolved): try Snapshot.write(resolved, to: descriptor)
    }
  }
}

/// Why a file could not be written: the failing call's `errno`.
public struct WriteFailure: Error, Sendable {
  public let code: Int32

  /// The system's words for it, such as "No space left on device".
  public var description: String { String(cString: strerror(code)) }
}

/// An open file that bytes are written to in full, or a `WriteFailure`.
struct OutputFile {
  let descriptor: Int32

  init(_ descriptor: Int32) { self.descriptor = descriptor }

  func write(_ bytes: [UInt8]) throws(WriteFailure) {
    try write(bytes, at: nil)
  }

  /// Writes `bytes` at `offset`, without moving the file's position, or
  /// at the position when `offset` is nil.
  func write(_ bytes: [UInt8], at offset: Int?) throws(WriteFailure) {
    let code = bytes.withUnsafeBytes { buffer -> Int32 in
      var done = 0
      while done < buffer.count {
        let start = buffer.baseAddress! + done
        let count =
          offset.map { pwrite(descriptor, start, buffer.count - done, off_t($0 + done)) }
          ?? systemWrite(descriptor, start, buffer.count - done)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        done += count
      }
      return 0
    }
    if code != 0 { throw WriteFailure(code: code) }
  }
}

/// The C library's `write`, which `OutputFile.write` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
