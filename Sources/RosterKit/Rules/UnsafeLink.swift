extension Rule {
  static let unsafeLink = Rule(
    .unsafeLink,
    summary: "a message links to a scheme other than https, http, mailto",
    explanation: """
      Fallback texts and meeting invitations are shown to visitors, so a \
      link in them could run script (`javascript:`), show a forged page \
      (`data:`) or open a local file. Markdown links `[label](url)`, \
      autolinks `<url>` and bare URLs may only use https, http and mailto; \
      links without a scheme, such as `/contact`, are allowed.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      fallbacks:
        live_chat:
          message: custom
          text: "We are away. [Leave a message](javascript:openForm())"  # expect: unsafe-link
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      fallbacks:
        live_chat:
          message: custom
          text: "We are away. [Leave a message](https://acme.example/contact)"
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}
      teams:
        support: {name: Support, agents: [alice]}

      """),
    detection: .check { configuration, diagnostics in
      var messages: [(what: String, text: Located<String>)] = []
      for (name, fallback) in configuration.namedFallbacks {
        for entry in fallback.text?.entries ?? [] {
          let locale = entry.locale.value.isEmpty ? "" : " ('\(entry.locale.value)')"
          messages.append(("\(name) fallback text\(locale)", entry.text))
        }
      }
      for agent in configuration.agents {
        if let invitation = agent.meetings?.invitation {
          messages.append(("invitation of agent '\(agent.id.value)'", invitation))
        }
      }
      for (what, text) in messages {
        for link in LinkScanner.unsafeLinks(in: text.value) {
          diagnostics.report(
            .unsafeLink, "\(link) in the \(what) is not allowed", at: text.range,
            hint: "link only to https, http and mailto addresses")
        }
      }
    })
}

/// Finds links by hand: Markdown link targets, `<…>` autolinks and bare URLs.
private enum LinkScanner {
  static let allowed: Set<String> = ["https", "http", "mailto"]
  /// Schemes flagged in running text even without `//`.
  static let dangerous: Set<String> = ["javascript", "vbscript", "data", "file"]

  /// A description of each unsafe link, such as `link to 'javascript:'`, each once, in order.
  static func unsafeLinks(in text: String) -> [String] {
    let chars = Array(text.unicodeScalars)
    var found: [String] = []
    func flag(_ link: String) { if !found.contains(link) { found.append(link) } }
    var i = 0
    while i < chars.count {
      if chars[i] == "]", i + 1 < chars.count, chars[i + 1] == "(" {
        let end = targetEnd(chars, from: i + 2)
        if let link = check(target: chars[(i + 2)..<end]) { flag(link) }
        i = end
      } else if chars[i] == "<", let end = chars[(i + 1)...].firstIndex(where: { $0 == ">" || $0 == " " }),
        chars[end] == ">", let scheme = scheme(chars[(i + 1)..<end]), !allowed.contains(scheme)
      {
        flag("link to '\(scheme):'")
        i = end
      } else if isLetter(chars[i]), i == 0 || !isSchemeCharacter(chars[i - 1]) {
        let (link, end) = bareURL(chars, at: i)
        if let link { flag(link) }
        i = end
      } else {
        i += 1
      }
    }
    return found
  }

  /// Reads the word at `start`; when it is the scheme of a bare URL (`word://…`, or a
  /// dangerous scheme followed by text), skips the URL and describes it if it is unsafe.
  private static func bareURL(_ chars: [Unicode.Scalar], at start: Int) -> (link: String?, end: Int) {
    var end = start
    while end < chars.count, isSchemeCharacter(chars[end]) { end += 1 }
    guard end + 1 < chars.count, chars[end] == ":" else { return (nil, end) }
    let scheme = String(String.UnicodeScalarView(chars[start..<end])).lowercased()
    let hasSlashes = end + 2 < chars.count && chars[end + 1] == "/" && chars[end + 2] == "/"
    let opaque = dangerous.contains(scheme) && !isSpace(chars[end + 1])
    guard allowed.contains(scheme) || hasSlashes || opaque else { return (nil, end) }
    while end < chars.count, !isSpace(chars[end]) { end += 1 }
    return (allowed.contains(scheme) ? nil : "link to '\(scheme):'", end)
  }

  /// The end of a Markdown link target: its closing parenthesis, nested ones balanced.
  private static func targetEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int {
    var depth = 0
    var i = start
    while i < chars.count {
      if chars[i] == "(" { depth += 1 }
      if chars[i] == ")" {
        if depth == 0 { return i }
        depth -= 1
      }
      i += 1
    }
    return i
  }

  /// Checks a Markdown link target (`url "title"` or `<url>`): any scheme but the
  /// allowed ones is unsafe, and so is an entity or escape before the path, which a
  /// renderer could turn into a scheme. Control characters, which browsers drop, are
  /// ignored; targets that start with `#`, `/`, `?` or `.` are relative.
  private static func check(target: ArraySlice<Unicode.Scalar>) -> String? {
    let trimmed = target.drop(while: isSpace)
    let destination =
      trimmed.first == "<"
      ? trimmed.dropFirst().prefix { $0 != ">" } : trimmed.prefix { !isSpace($0) }
    let chars = destination.filter { $0.value > 0x20 && $0.value != 0x7F }
    guard let first = chars.first, !["#", "/", "?", "."].contains(first) else { return nil }
    let head = chars.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let whole = "link target '\(String(String.UnicodeScalarView(chars)))'"
    if head.contains(":") {
      guard let scheme = scheme(head) else { return whole }
      return allowed.contains(scheme) ? nil : "link to '\(scheme):'"
    }
    let beforePath = chars.prefix { $0 != "/" && $0 != "?" }
    return beforePath.contains("&") || beforePath.contains("\\") ? whole : nil
  }

  /// The scheme before the first colon, lowercased, if it is one: a letter, then
  /// letters, digits, `+`, `-` and `.`.
  private static func scheme(_ chars: ArraySlice<Unicode.Scalar>) -> String? {
    guard let colon = chars.firstIndex(of: ":"), colon > chars.startIndex,
      isLetter(chars[chars.startIndex]),
      chars[..<colon].allSatisfy(isSchemeCharacter)
    else { return nil }
    return String(String.UnicodeScalarView(chars[..<colon])).lowercased()
  }

  private static func isLetter(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || ("A"..."Z").contains(c)
  }

  /// White space, by Unicode's property; ASCII answered without a look-up.
  private static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
  }

  /// ASCII letters, digits, `+`, `-` and `.`: the characters of a URL scheme.
  private static func isSchemeCharacter(_ c: Unicode.Scalar) -> Bool {
    isLetter(c) || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "."
  }
}
