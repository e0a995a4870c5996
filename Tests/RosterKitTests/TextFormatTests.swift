import Testing

@testable import RosterKit

@Suite struct TextFormatTests {
  @Test(arguments: [("1h30m", 5400), ("45s", 45), ("0m", 0), ("2h", 7200), ("1h1s", 3601)])
  func durations(_ text: String, _ seconds: Int) {
    #expect(TextFormats.parseDuration(text) == seconds)
  }

  @Test(arguments: ["", "90", "30m1h", "1h1h", "1.5h", "h", "-5m", "5 m"])
  func badDurations(_ text: String) {
    #expect(TextFormats.parseDuration(text) == nil)
  }

  @Test func blocks() {
    #expect(TextFormats.parseBlock("09:00-12:00")! == (540, 720))
    #expect(TextFormats.parseBlock("9:30 - 24:00")! == (570, 1440))
    #expect(TextFormats.parseBlock("22:00-06:00")! == (1320, 360))
    #expect(TextFormats.parseBlock("24:00-06:00") == nil)
    #expect(TextFormats.parseBlock("09:60-10:00") == nil)
    #expect(TextFormats.parseBlock("0900-1000") == nil)
  }

  @Test func ids() {
    #expect(TextFormats.isID("alice"))
    #expect(TextFormats.isID("9lives_x-1"))
    #expect(!TextFormats.isID("Alice"))
    #expect(!TextFormats.isID("-alice"))
    #expect(!TextFormats.isID(String(repeating: "a", count: 65)))
  }

  @Test func locales() {
    #expect(TextFormats.checkLocale("no").valid)
    #expect(TextFormats.checkLocale("pt-BR").valid)
    #expect(TextFormats.checkLocale("pt-br").hint == "did you mean 'pt-BR'?")
    #expect(!TextFormats.checkLocale("xx").valid)
    #expect(!TextFormats.checkLocale("eng").valid)
  }

  @Test func emails() {
    #expect(TextFormats.isEmail("alice@acme.example"))
    #expect(!TextFormats.isEmail("alice"))
    #expect(!TextFormats.isEmail("a@b@c"))
    #expect(!TextFormats.isEmail("a b@c.d"))
    #expect(!TextFormats.isEmail("a@-c.d"))
    #expect(TextFormats.isEmail("A@Acme.Example") && TextFormats.isEmail("a@exämple.fr"))
    // Controls U+0010 to U+0019 are no digits, though their bits differ from digits' by 0x20 only.
    #expect(!TextFormats.isEmail("a@b\u{10}c.d") && !TextFormats.isEmail("a@b\u{19}c.d"))
  }

  @Test func blanks() {
    for text in ["", " ", "\t\r\n", "\u{A0}", "\u{85}", "\u{3000}\u{2028}"] {
      #expect(TextFormats.isBlank(text), "\(text.debugDescription)")
    }
    // A combining mark on a space shows; a byte order mark or a zero-width space is no white space.
    for text in ["a", " \u{301}", "\u{FEFF}", "\u{200B}", " é "] {
      #expect(!TextFormats.isBlank(text), "\(text.debugDescription)")
    }
  }

  @Test func codes() {
    #expect(TextFormats.isCode("7f3a9c2e1b4d5a60"))
    #expect(!TextFormats.isCode("short"))
    #expect(!TextFormats.isCode("has space"))
  }

  @Test func globs() {
    #expect(Glob("agents/*.yaml").matches("agents/alice.yaml"))
    #expect(!Glob("agents/*.yaml").matches("agents/eu/alice.yaml"))
    #expect(Glob("**/*.yaml").matches("a/b/c.yaml"))
    #expect(Glob("**/*.yaml").matches("c.yaml"))
    #expect(Glob("team?.yml").matches("team1.yml"))
    #expect(!TextFormats.isRelativeGlob("../x.yaml"))
    #expect(!TextFormats.isRelativeGlob("/etc/*.yaml"))
  }

  @Test func suggestions() {
    #expect(Suggestion.closest(to: "timzone", in: ["timezone", "name"]) == "timezone")
    #expect(Suggestion.closest(to: "xyz", in: ["timezone", "name"]) == nil)
  }

  /// Stars cost no backtracking: patterns that take exponential time with
  /// it answer at once (each case took seconds to minutes before).
  @Test func globsMatchInLinearTime() {
    let start = ContinuousClock.now
    let name = String(repeating: "a", count: 4_000)
    #expect(!Glob("*a*a*a*a*a*a*b").matches(name))
    #expect(!Glob("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b").matches(name))
    #expect(Glob("*a*a*a*a*a*a*a").matches(name))
    let deep = Array(repeating: "d", count: 300).joined(separator: "/") + "/x.yml"
    #expect(!Glob(Array(repeating: "**", count: 12).joined(separator: "/") + "/*.yaml").matches(deep))
    #expect(Glob("**/d/**/*.yml").matches(deep))
    #expect(ContinuousClock.now - start < .seconds(2))
  }

  @Test func globsStillMatchAsWritten() {
    #expect(Glob("agents/a?ice.yaml").matches("agents/alice.yaml"))
    #expect(!Glob("agents/a?ice.yaml").matches("agents/aice.yaml"))
    #expect(Glob("**").matches("a/b/c"))
    #expect(Glob("a/**/c.yaml").matches("a/c.yaml"))
    #expect(Glob("a/**/c.yaml").matches("a/x/y/c.yaml"))
    #expect(!Glob("a/**/c.yaml").matches("b/c.yaml"))
    #expect(Glob("*").matches("roster.yaml"))
    #expect(!Glob("*").matches("a/roster.yaml"))
    #expect(Glob("*.y*ml").matches("x.yaml") && Glob("*.y*ml").matches("x.yml"))
  }
}
