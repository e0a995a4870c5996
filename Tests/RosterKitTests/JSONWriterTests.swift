import Foundation
import Testing

@testable import RosterKit

/// The one-pass writer must give the same texts as the value tree's two
/// serializations: pretty for the file, RFC 8785 for the digest.
@Suite struct JSONWriterTests {
  static let value: JSONValue = [
    "a": [],
    "b": [:],
    "c": ["x": [1, true, nil, "é\u{1}\t\"\\/ \u{2028}"], "y": [[:], [], ["k": "v"]]],
    "d": "日本",
  ]

  /// Writes `value` to `sink`, keys sorted, as the snapshot writer does.
  func write<S: JSONSink>(_ value: JSONValue, to sink: inout S) {
    switch value {
    case .null: sink.null()
    case .bool(let flag): sink.bool(flag)
    case .integer(let number): sink.integer(number)
    case .number: Issue.record("the snapshot holds no decimals")
    case .string(let text): sink.string(text)
    case .array(let items):
      sink.beginArray()
      for item in items { write(item, to: &sink) }
      sink.endArray()
    case .object(let members):
      sink.beginObject()
      for key in JSONValue.sortedKeys(members) {
        if key == "digest" {
          sink.digestMember(key)
          continue
        }
        sink.key(key)
        write(members[key]!, to: &sink)
      }
      sink.endObject()
    }
  }

  @Test func prettyTextAndDigestMatchTheValueTree() {
    var writer = JSONDigestWriter()
    write(Self.value, to: &writer)
    let (text, digest) = writer.finish()
    #expect(String(decoding: text, as: UTF8.self) == Self.value.prettyPrinted())
    #expect(digest == Snapshot.digest(of: Self.value))
  }

  @Test func theDigestMemberIsLeftOutOfTheHashAndFilledIn() {
    guard case .object(var members) = Self.value else { return }
    members["digest"] = "placeholder"
    var writer = JSONDigestWriter()
    write(.object(members), to: &writer)
    let (text, digest) = writer.finish()
    members["digest"] = .string(Snapshot.digest(of: Self.value))
    #expect(digest == Snapshot.digest(of: Self.value))
    #expect(String(decoding: text, as: UTF8.self) == JSONValue.object(members).prettyPrinted())
  }

  /// Over a megabyte, the pretty text goes to the file in pieces and the
  /// digest is filled in there afterwards.
  @Test func writingToAFileGivesTheSameBytes() throws {
    let items: [JSONValue] = (0..<20_000).map { .object(["n": .integer($0), "text": .string("item \($0) \u{e9}\n")]) }
    let value: JSONValue = ["a": .array(items), "digest": "placeholder", "z": "end"]
    var memory = JSONDigestWriter()
    write(value, to: &memory)
    let (expected, expectedDigest) = memory.finish()
    #expect(expected.count > 1 << 20)

    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let path = directory + "/out.json"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    try #require(descriptor >= 0)
    var file = JSONDigestWriter(writingTo: descriptor)
    write(value, to: &file)
    let digest = try file.finishWriting()
    close(descriptor)
    #expect(digest == expectedDigest)
    #expect(ConfigurationLoader.contents(of: path) == .bytes(expected))
  }

  @Test func theBuilderGivesTheValueBack() {
    var builder = JSONValueBuilder()
    write(Self.value, to: &builder)
    #expect(builder.value == Self.value)
  }
}

/// SHA-256 from libcrypto against the examples of FIPS 180-2 (NIST).
@Suite struct SHA256Tests {
  func hex(_ bytes: [UInt8]) -> String { SHA256Hasher.hash(bytes).hexString }

  @Test func nistVectors() {
    #expect(hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func piecesHashLikeTheWhole() {
    let bytes = Array(String(repeating: "roster ", count: 10_000).utf8)
    let hasher = SHA256Hasher()
    for piece in stride(from: 0, to: bytes.count, by: 977) {
      hasher.update(Array(bytes[piece..<min(piece + 977, bytes.count)]))
    }
    #expect(hasher.finish() == SHA256Hasher.hash(bytes))
  }
}
