import Foundation
import Testing

@testable import RosterKit

/// The JSON reader of `roster diff`: strict RFC 8259, bounded nesting.
@Suite struct JSONParserTests {
  func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  @Test func readsEveryKindOfValue() throws {
    #expect(
      try parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "c": {}} "#)
        == [
          "a": [1, -2, .number("3.5"), .number("1e3"), true, false, nil], "b": "x\"\\/\u{8}\u{C}\n\r\té😀", "c": [:],
        ])
    #expect(try parse("\u{FEFF}[]") == [])
    #expect(try parse("123456789012345678901234567890") == .number("123456789012345678901234567890"))
  }

  @Test(arguments: [
    "", "[1,]", "{\"a\":1,}", "01", "-", "1.", "1e", "[1 2]", "{\"a\" 1}", "{a: 1}", "\"\u{1}\"", "\"\\x\"",
    "\"\\ud83d\"", "\"\\ude00\"", "\"\\u12\"", "tru", "nul", "[1] 2", "{\"a\": 1, \"a\": 2}", "\"abc",
  ])
  func turnsDownWhatIsNotJSON(_ text: String) {
    #expect(throws: JSONParser.Failure.self) { try parse(text) }
  }

  @Test func invalidUTF8AndDeepNestingFail() {
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    let deep =
      String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
    #expect(throws: JSONParser.Failure.self) { try parse(deep) }
    let fine = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
    #expect((try? parse(fine)) != nil)
  }

  /// What the snapshot writer writes reads back to the same bytes.
  @Test func theAcmeSnapshotRoundTrips() throws {
    let text = try String(
      contentsOfFile: packageRoot + "/Tests/RosterKitTests/Goldens/acme/snapshot.json", encoding: .utf8)
    #expect(try parse(text).prettyPrinted() == text)
  }
}
