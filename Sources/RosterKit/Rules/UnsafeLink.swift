extension Rule {
  static let unsafeLink = Rule(
    .unsafeLink,
    summary: "a message links to a scheme other than https, http, mailto",
    explanation: """
      Fallback texts and meeting invitations are shown to visitors, so a \
      link in them could run script (`javascript:`), show a forged page \
      (`data:`) or open a local file, and a link without a scheme \
      (`acme.example/contact`, `/contact`) or with a space in it leads \
      nowhere once rendered in the widget. Markdown links `[label](url)`, \
      autolinks `<url>` and bare URLs must be absolute https, http or \
      mailto addresses. The finding points at the link itself.
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
    detection: .check { context, diagnostics in
      var messages: [(what: String, text: Located<String>)] = []
      for (name, fallback) in context.namedFallbacks {
        for entry in fallback.text?.entries ?? [] {
          let locale = entry.locale.value.isEmpty ? "" : " ('\(entry.locale.value)')"
          messages.append(("\(name) fallback text\(locale)", entry.text))
        }
      }
      for agent in context.agents {
        if let invitation = agent.meetings?.invitation {
          messages.append(("invitation of agent '\(agent.id.value)'", invitation))
        }
      }
      for (what, text) in messages {
        for link in LinkScanner.unsafeLinks(in: text.value) {
          diagnostics.report(
            .unsafeLink, "\(link.subject) in the \(what) \(link.predicate)",
            at: context.range(of: link.bytes, in: text),
            hint: link.hint)
        }
      }
    })
}

/// Finds links by hand: Markdown link targets, `<…>` autolinks and bare URLs.
enum LinkScanner {
  static let allowed: Set<String> = ["https", "http", "mailto"]
  /// Schemes flagged in running text even without `//`.
  static let dangerous: Set<String> = ["javascript", "vbscript", "data", "file"]

  /// A link that may not be sent: what is wrong, what to write, and where it
  /// stands in the text (UTF-8 offsets).
  struct Finding: Equatable {
    var subject: String
    var predicate: String
    var hint: String
    var bytes: Range<Int>
  }

  /// Each unsafe link of a text, in order; a link written twice the same way is reported once.
  static func unsafeLinks(in text: String) -> [Finding] {
    let chars = Array(text.unicodeScalars)
    // The UTF-8 offset of each scalar, and of the end.
    var offsets = [0]
    offsets.reserveCapacity(chars.count + 1)
    for char in chars { offsets.append(offsets[offsets.count - 1] + UTF8.width(char)) }
    var found: [Finding] = []
    func flag(_ problem: (subject: String, predicate: String, hint: String, range: Range<Int>)) {
      guard !found.contains(where: { $0.subject == problem.subject && $0.predicate == problem.predicate }) else {
        return
      }
      let bytes = offsets[problem.range.lowerBound]..<offsets[problem.range.upperBound]
      found.append(Finding(subject: problem.subject, predicate: problem.predicate, hint: problem.hint, bytes: bytes))
    }
    var i = 0
    while i < chars.count {
      if chars[i] == "]", i + 1 < chars.count, chars[i + 1] == "(" {
        let end = targetEnd(chars, from: i + 2)
        if let problem = check(target: chars, i + 2..<end) { flag(problem) }
        i = end
      } else if chars[i] == "<", let end = chars[(i + 1)...].firstIndex(where: { $0 == ">" || $0 == " " }),
        chars[end] == ">", let scheme = scheme(chars[(i + 1)..<end]), !allowed.contains(scheme)
      {
        flag(("link to '\(scheme):'", "is not allowed", schemeHint(scheme), (i + 1)..<end))
        i = end
      } else if isLetter(chars[i]), i == 0 || !isSchemeCharacter(chars[i - 1]) {
        let end = bareURLEnd(chars, at: i)
        if end.isURL, let scheme = scheme(chars[i..<end.index]), !allowed.contains(scheme) {
          flag(("link to '\(scheme):'", "is not allowed", schemeHint(scheme), i..<end.index))
        }
        i = end.index
      } else {
        i += 1
      }
    }
    return found
  }

  /// What to write instead of a scheme that is not allowed: the allowed one it
  /// misspells, or the rule.
  private static func schemeHint(_ scheme: String) -> String {
    if let near = Suggestion.closest(to: scheme, in: allowed.sorted()) { return "did you mean '\(near):'?" }
    return "link only to https, http and mailto addresses"
  }

  /// Reads the word at `start`; when it is the scheme of a bare URL
  /// (`word://…`, or a dangerous scheme followed by text), the end of the URL.
  private static func bareURLEnd(_ chars: [Unicode.Scalar], at start: Int) -> (index: Int, isURL: Bool) {
    var end = start
    while end < chars.count, isSchemeCharacter(chars[end]) { end += 1 }
    guard end + 1 < chars.count, chars[end] == ":" else { return (end, false) }
    let scheme = String(String.UnicodeScalarView(chars[start..<end])).lowercased()
    let hasSlashes = end + 2 < chars.count && chars[end + 1] == "/" && chars[end + 2] == "/"
    let opaque = dangerous.contains(scheme) && !isSpace(chars[end + 1])
    guard allowed.contains(scheme) || hasSlashes || opaque else { return (end, false) }
    while end < chars.count, !isSpace(chars[end]) { end += 1 }
    return (end, true)
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

  /// Checks a Markdown link target (`url "title"` or `<url>`) at `range` of
  /// `chars`: only an absolute https, http or mailto address is safe. An
  /// entity or escape before the path could become a scheme once rendered,
  /// and a space left inside the address ends it early. Control characters,
  /// which browsers drop, are ignored.
  private static func check(
    target all: [Unicode.Scalar], _ range: Range<Int>
  ) -> (subject: String, predicate: String, hint: String, range: Range<Int>)? {
    var start = range.lowerBound
    while start < range.upperBound, isSpace(all[start]) { start += 1 }
    var end: Int
    if start < range.upperBound, all[start] == "<" {
      start += 1
      end = all[start..<range.upperBound].firstIndex(of: ">") ?? range.upperBound
    } else {
      end = all[start..<range.upperBound].firstIndex(where: isSpace) ?? range.upperBound
      // Text after the address that is not a quoted title: the address had a space.
      var rest = end
      while rest < range.upperBound, isSpace(all[rest]) { rest += 1 }
      if rest < range.upperBound, !["\"", "'", "("].contains(all[rest]) {
        end = range.upperBound
        while end > rest, isSpace(all[end - 1]) { end -= 1 }
      }
    }
    let chars = all[start..<end].filter { $0.value > 0x20 && $0.value != 0x7F || isSpace($0) }
    let written = String(String.UnicodeScalarView(chars))
    guard !chars.isEmpty else {
      return ("link", "has no address", "write the address the link leads to", range.lowerBound..<range.upperBound)
    }
    if chars.contains(where: isSpace) {
      return (
        "link target '\(written)'", "has a space", "write a space in an address as %20", start..<end
      )
    }
    let head = chars.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    if head.contains(":") {
      guard let scheme = scheme(head[...]) else {
        return (
          "link target '\(written)'", "is not allowed", "link only to https, http and mailto addresses", start..<end
        )
      }
      if !allowed.contains(scheme) {
        return ("link to '\(scheme):'", "is not allowed", schemeHint(scheme), start..<end)
      }
      if scheme != "mailto", !chars.dropFirst(scheme.count + 1).starts(with: ["/", "/"]) {
        return (
          "link target '\(written)'", "lacks '//' after '\(scheme):'", "write '\(scheme)://' and the address",
          start..<end
        )
      }
      return nil
    }
    let beforePath = chars.prefix { $0 != "/" && $0 != "?" }
    if beforePath.contains("&") || beforePath.contains("\\") {
      return (
        "link target '\(written)'", "is not allowed", "link only to https, http and mailto addresses", start..<end
      )
    }
    let hint =
      ["/", "#", "?", "."].contains(chars[0])
      ? "a visitor sees this on any page of the site: write the whole address, with https://"
      : chars.contains("@") && !chars.contains("/")
        ? "write 'mailto:\(written)'" : "write 'https://\(written)'"
    return ("link target '\(written)'", "has no scheme", hint, start..<end)
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
