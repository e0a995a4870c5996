import Foundation
import Testing

@testable import RosterKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The coverage page (`roster coverage --format html`) in a real browser.
/// Headless Chromium parses and paints acme's page, and parses the page of a
/// configuration whose names try to leave the text they are written in. The
/// page has no script and a Content-Security-Policy that forbids any, so an
/// injection would not show by running: the tests read the DOM that Chromium
/// built (`--dump-dom`) and accept only the elements, attributes and classes
/// that the renderer writes, and the names as text where they belong.
@Suite struct ChromiumCoverageTests {
  // MARK: - acme

  /// acme's page as Chromium parses it: one section per enabled group, each
  /// with a week of 48 half hours by 7 days, every cell with a status and a tooltip.
  @Test func acmePageParses() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let page = directory + "/coverage.html"
    let output = try roster("coverage", "examples/acme", "--format", "html", "--out", page)
    #expect(output.status == 0, "\(output.transcript)")

    let checked = try Roster.check(root: packageRoot + "/examples/acme")
    let ids = Roster.enabledGroups(checked.configuration).map(\.id.value).sorted()
    #expect(ids.count >= 2, "acme has enabled groups")

    let dom = try dumpDOM(page, in: directory, chromium: chromium)
    #expect(Self.problems(in: dom).isEmpty, "\(Self.problems(in: dom))")

    let sections = dom.all("section")
    #expect(sections.count == ids.count, "\(sections.count) sections for \(ids.count) enabled groups")
    for (section, id) in zip(sections, ids) {
      let heading = section.all("h2").first?.text ?? ""
      #expect(heading == id || heading.hasPrefix(id + " ("), "section of \(id) titled \(heading)")
      let weeks = section.all("table").filter { $0["class"] == "week" }
      #expect(weeks.count == 1, "\(id): \(weeks.count) week tables")
      guard let week = weeks.first else { continue }
      let head = week.all("thead").first?.all("th").map(\.text) ?? []
      #expect(head == ["", "mon", "tue", "wed", "thu", "fri", "sat", "sun"], "\(id): \(head)")
      let rows = week.all("tbody").first?.all("tr") ?? []
      #expect(rows.count == 48, "\(id): \(rows.count) rows")
      for (slot, row) in rows.enumerated() {
        let label = row.all("th").map(\.text)
        let hour = slot % 2 == 0 ? String(format: "%02d:00", slot / 2) : ""
        let cells = row.all("td")
        #expect(label == [hour] && cells.count == 7, "\(id) row \(slot): \(label), \(cells.count) cells")
        for cell in cells {
          #expect(Self.statuses.contains(cell["class"] ?? ""), "\(id) row \(slot): class \(cell["class"] ?? "none")")
          #expect(cell["title"]?.isEmpty == false, "\(id) row \(slot): a cell without a tooltip")
        }
      }
    }
    // acme's March 2026 shows every status of the legend.
    let used = Set(dom.all("td").compactMap { $0["class"] }.filter(Self.statuses.contains))
    #expect(used == Self.statuses, "statuses shown: \(used.sorted())")
  }

  /// acme's page painted: a PNG of the window's size whose first screen shows a heat map.
  @Test func acmePageScreenshot() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let page = directory + "/coverage.html"
    let output = try roster("coverage", "examples/acme", "--format", "html", "--out", page)
    #expect(output.status == 0, "\(output.transcript)")

    let shot = directory + "/coverage.png"
    let result = try run(
      chromium,
      Self.chromiumFlags(directory) + ["--window-size=1100,1400", "--screenshot=" + shot, "file://" + page],
      in: directory, timeout: 60)
    guard let data = FileManager.default.contents(atPath: shot) else {
      Issue.record("chromium wrote no screenshot: \(result.transcript)")
      return
    }
    let png = [UInt8](data)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
    #expect(png.count > 33 && Array(png[12..<16]) == Array("IHDR".utf8), "no IHDR first")
    guard png.count > 33 else { return }
    #expect(PNGImage.bigEndian(png, at: 16) == 1100 && PNGImage.bigEndian(png, at: 20) == 1400, "not 1100×1400")

    // The status colours of the page's style, counted in the pixels: the
    // legend's swatches are 14 px square, a heat map covers thousands.
    let html = try String(contentsOfFile: page, encoding: .utf8)
    let colours = Self.statuses.sorted().compactMap { status in Self.colour(of: status, in: html).map { (status, $0) } }
    #expect(colours.count >= 2, "no status colour found in the style")
    guard let image = PNGImage.decode(png) else {
      if PNGImage.inflate == nil {
        print("SKIPPED: no zlib to read the screenshot's pixels")
      } else {
        Issue.record("cannot decode the screenshot")
      }
      return
    }
    let counts = image.count(colours.map(\.1))
    let painted = zip(colours, counts).filter { $0.1 >= 5_000 }.map(\.0.0)
    #expect(painted.count >= 2, "pixels per status colour: \(Array(zip(colours.map(\.0), counts)))")
  }

  // MARK: - Hostile names

  /// Names that try to end the text, the attribute, the heading, the title
  /// or the section they are written in; open comments or raw-text elements;
  /// look like entities; or disturb the text with controls and bidi marks.
  static let hostileNames = [
    #"</script><script>document.title="group: script end"</script>"#,
    #""><img src=x onerror=alert("group: attribute end")>"#,
    #"' onmouseover='alert("group: single quote")' x='"#,
    #"</title><script>alert("group: title end")</script>"#,
    #"<style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css>"#,
    #"</h2></section><table class="week"><tr><td class="staffed" title="forged">"#,
    #"<!-- <![CDATA[ ]]> --> --!> <!DOCTYPE html> &amp; &lt;b&gt; &#60;i&#62; &#x3C;"#,
    #"<svg><script>alert(1)</script></svg><math><mi xlink:href="javascript:alert(2)">x</mi></math>"#,
    #"<iframe srcdoc="<script>alert(3)</script>"></iframe><object data=x></object><embed src=x>"#,
    #"<a href="javascript:alert(4)">go</a><base href="//evil.example/"><meta http-equiv=refresh content="0;url=x">"#,
    #"<noscript><p title="</noscript><img src=x onerror=alert(5)>"></noscript><xmp></xmp><plaintext>"#,
    "دعم العملاء \u{202E}exe.txt \u{2067}isolate\u{2069} תמיכה \u{200F}\u{061C}",
    "tab\there, line\nfeed, return\r, nel\u{85}, del\u{7F}, \u{2028}\u{2029} bom\u{FEFF} nbsp\u{A0} 🎧 👩🏽‍💻",
  ]

  /// Agent names that try the same. Today the page shows agents by id in the
  /// gap lines, and no agent name (nor the workspace name, hostile too):
  /// should it ever show them, the checks of the DOM hold them to text.
  static let hostileAgentNames = [
    #"</script><script>alert("agent: script end")</script>"#,
    #""><img src=x onerror=alert("agent: attribute end")>"#,
    "' onmouseover='alert(\"agent\")' \u{202E}x",
  ]

  /// A configuration of groups with those names, plain or per locale, through
  /// the real command: the names are text in their headings and nothing else
  /// of the page changes.
  @Test func hostileNamesStayText() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let (page, titles) = try hostilePage(in: directory)
    let html = try String(contentsOfFile: page, encoding: .utf8)

    // The file itself: every `<` opens a tag of the renderer's.
    let tags = Self.rawTags(html)
    #expect(tags.subtracting(Set(Self.attributesByElement.keys)).isEmpty, "tags: \(tags.sorted())")
    #expect(html.components(separatedBy: "<style").count == 2, "one style element")

    let dom = try dumpDOM(page, in: directory, chromium: chromium)
    let problems = Self.problems(in: dom)
    #expect(problems.isEmpty, "\(problems)")
    let headings = dom.all("h2").map(\.text)
    #expect(headings == titles, "headings:\n\(headings.joined(separator: "\n"))")
    #expect(dom.all("section").count == titles.count)
    for section in dom.all("section") {
      #expect(section.all("table").filter { $0["class"] == "week" }.count == 1)
    }
    let title = dom.all("title").first?.text ?? ""
    #expect(title.hasPrefix("Coverage from 2026-03-02 to 2026-03-15 (2 weeks, --from/--until)"), "title: \(title)")
    // The gap lines are there, with agents by id.
    #expect(dom.all("td").contains { $0.text == "only a-0 online" }, "no gap line names agent a-0")
  }

  /// The control: the same checks catch the page with its headings written unescaped.
  @Test func theChecksCatchANaivePage() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let (page, titles) = try hostilePage(in: directory)
    var html = try String(contentsOfFile: page, encoding: .utf8)
    // A refresh would navigate away before the DOM is dumped: that heading stays escaped.
    for title in titles where !title.contains("http-equiv") {
      // "id (name)": the page writes the name in a <bdi>.
      guard let open = title.range(of: " (") else { continue }
      let name = String(title[open.upperBound...].dropLast())
      html = html.replacingOccurrences(
        of: "<bdi>" + CoverageHTML.escape(name) + "</bdi>", with: "<bdi>" + name + "</bdi>")
    }
    let naive = directory + "/naive.html"
    writeFile(html, to: naive)
    #expect(!Self.rawTags(html).subtracting(Set(Self.attributesByElement.keys)).isEmpty)
    let dom = try dumpDOM(naive, in: directory, chromium: chromium)
    let problems = Self.problems(in: dom)
    let expectations = [
      "element script", "element img", "attribute onerror", "element iframe", "element link", "comment", "styles",
      "week table",
    ]
    for expected in expectations {
      #expect(problems.contains { $0.hasPrefix(expected) }, "not caught: \(expected); found \(problems)")
    }
    #expect(dom.all("h2").map(\.text) != titles)
  }

  /// Writes the hostile configuration, renders its page and returns the
  /// page's path with the headings it must show, in the order of the ids.
  private func hostilePage(in directory: String) throws -> (page: String, titles: [String]) {
    let root = directory + "/config"
    var yaml = """
      workspace:
        name: \(yamlQuoted(#"</title><script>alert("workspace")</script>"#))
        timezone: Europe/Paris
        default_locale: en
        locales: [en, fr]
      agents:

      """
    let hours = ["mon-fri: 09:00-18:00", "mon-fri: 09:00-12:00", "tue-thu: 14:00-20:00"]
    let zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo"]
    for (index, name) in Self.hostileAgentNames.enumerated() {
      yaml += """
          a-\(index):
            name: \(yamlQuoted(name))
            email: a\(index)@acme.example
            live_chat: {timezone: \(zones[index]), hours: {\(hours[index])}}

        """
    }
    yaml += "groups:\n"
    var titles: [String] = []
    for (index, name) in Self.hostileNames.enumerated() {
      let id = String(format: "g_%02d-x", index)
      yaml += "  \(id):\n"
      if index % 2 == 0 {
        yaml += "    name: \(yamlQuoted(name))\n"
      } else {
        let other = Self.hostileNames[(index + 1) % Self.hostileNames.count]
        yaml += "    name: {en: \(yamlQuoted(name)), fr: \(yamlQuoted(other))}\n"
      }
      yaml += "    agents: [a-0, a-1, a-2]\n"
      switch index % 3 {
      case 0: yaml += "    service_hours: {hours: {mon-fri: 09:00-18:00}, min_agents: 2}\n"
      case 1: yaml += "    service_hours: {timezone: America/New_York, hours: {mon-sat: 08:00-20:00}}\n"
      default: break
      }
      // The renderer writes a control as U+FFFD, and the heading is `id (name)`.
      let shown = String(
        String.UnicodeScalarView(
          name.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0 }))
      titles.append("\(id) (\(shown))")
    }
    writeFile(yaml, to: root + "/roster.yaml")
    let page = directory + "/coverage.html"
    let output = try roster(
      "coverage", root, "--format", "html", "--from", "2026-03-02", "--until", "2026-03-16", "--out", page)
    #expect(output.status == 0, "\(output.transcript)")
    return (page, titles)
  }

  // MARK: - What the page may hold

  /// The elements the renderer writes, with the attributes each may carry.
  static let attributesByElement: [String: Set<String>] = [
    "html": ["lang"], "head": [], "meta": ["charset", "name", "content", "http-equiv"], "title": [], "style": [],
    "body": [], "h1": [], "h2": [], "bdi": [], "p": ["class"], "span": ["class"], "section": [],
    "table": ["class"], "thead": [], "tbody": [], "tr": [], "th": [], "td": ["class", "title"],
  ]
  static let statuses: Set<String> = ["nobody", "under", "staffed", "closed", "online"]
  static let classes: Set<String> = statuses.union(["window", "legend", "week", "gaps"])
  static let policy = "default-src 'none'; style-src 'unsafe-inline'"

  /// What in a parsed page the renderer does not write: other elements,
  /// attributes or classes, comments, a second style, a changed policy.
  static func problems(in dom: DOMElement) -> [String] {
    var problems: [String] = []
    dom.walk { node in
      switch node {
      case .comment(let text): problems.append("comment <!--\(text)-->")
      case .text: break
      case .element(let element):
        let allowed = attributesByElement[element.name] ?? []
        if attributesByElement[element.name] == nil {
          problems.append("element \(element.name) in \(element.parent?.name ?? "nothing")")
        }
        for (name, value) in element.attributes where !allowed.contains(name) {
          problems.append("attribute \(name)=\"\(value)\" on \(element.name)")
        }
        if let classes = element["class"], !self.classes.contains(classes) {
          problems.append("class \"\(classes)\" on \(element.name)")
        }
      }
    }
    let head = dom.all("head")
    let styles = dom.all("style")
    if head.count != 1 { problems.append("\(head.count) heads") }
    if styles.count != 1 || styles.first?.parent?.name != "head" { problems.append("styles: \(styles.count)") }
    let metas = head.first?.all("meta") ?? []
    let policies = metas.filter { $0["http-equiv"] != nil }.map { $0["content"] ?? "" }
    if metas.count != 3 || policies != [policy] { problems.append("meta elements: \(metas.map(\.attributes))") }
    // One week of 48 half hours by 7 days in each section, and nowhere else.
    let weeks = dom.all("table").filter { $0["class"] == "week" }
    let sections = dom.all("section")
    if weeks.count != sections.count { problems.append("week tables: \(weeks.count) for \(sections.count) sections") }
    for week in weeks {
      let rows = week.all("tbody").first?.all("tr") ?? []
      if week.parent?.name != "section" || rows.count != 48 || rows.contains(where: { $0.all("td").count != 7 }) {
        problems.append("week table in \(week.parent?.name ?? "nothing") with \(rows.count) rows")
      }
    }
    return problems
  }

  /// The names of the tags opened or closed in an HTML text, as written.
  static func rawTags(_ html: String) -> Set<String> {
    var tags = Set<String>()
    let scalars = Array(html.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar == "<" {
      var name = ""
      for next in scalars[(index + 1)...] {
        if next == "/" && name.isEmpty { continue }
        guard next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "!" else { break }
        name.unicodeScalars.append(next)
      }
      if !name.isEmpty && name.lowercased() != "!doctype" { tags.insert(name.lowercased()) }
    }
    return tags
  }

  /// `.status{background:#rrggbb}` in a style.
  static func colour(of status: String, in style: String) -> UInt32? {
    guard let range = style.range(of: ".\(status){background:#") else { return nil }
    let hex = style[range.upperBound...].prefix(6)
    return hex.count == 6 ? UInt32(hex, radix: 16) : nil
  }

  // MARK: - Chromium

  static func chromiumFlags(_ directory: String) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--hide-scrollbars", "--user-data-dir=" + directory + "/profile-" + UUID().uuidString,
    ]
  }

  /// The DOM that Chromium builds from a file, as `--dump-dom` serializes it.
  private func dumpDOM(_ page: String, in directory: String, chromium: String) throws -> DOMElement {
    let output = try run(chromium, Self.chromiumFlags(directory) + ["--dump-dom", "file://" + page], timeout: 60)
    #expect(output.status == 0 && output.stdout.contains("</html>"), "chromium gave no DOM: \(output.transcript)")
    return DOMElement.parse(output.stdout)
  }
}

extension ChromiumCoverageTests {
  // MARK: - The serialized DOM

  /// A node of the DOM as Chromium serializes it (`--dump-dom`): elements with
  /// lowercase names and double-quoted attributes, void elements without an
  /// end tag, raw text in script and style, and text with `&amp;`, `&lt;`,
  /// `&gt;` and `&nbsp;`.
  enum DOMNode {
    case element(DOMElement)
    case text(String)
    case comment(String)
  }

  final class DOMElement {
    let name: String
    var attributes: [(String, String)] = []
    var children: [DOMNode] = []
    weak var parent: DOMElement?

    init(_ name: String) { self.name = name }

    subscript(attribute: String) -> String? { attributes.first { $0.0 == attribute }?.1 }

    /// The text of the element and its descendants.
    var text: String {
      children.map {
        switch $0 {
        case .text(let text): return text
        case .element(let element): return element.text
        case .comment: return ""
        }
      }.joined()
    }

    /// Every node under this element, in document order.
    func walk(_ visit: (DOMNode) -> Void) {
      for child in children {
        visit(child)
        if case .element(let element) = child { element.walk(visit) }
      }
    }

    /// The elements of this name under this element, in document order.
    func all(_ name: String) -> [DOMElement] {
      var found: [DOMElement] = []
      walk { if case .element(let element) = $0, element.name == name { found.append(element) } }
      return found
    }

    static let void: Set<String> = [
      "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
      "meta", "param", "source", "track", "wbr",
    ]
    static let rawText: Set<String> = [
      "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]

    /// The document of a serialization, as an element named `#document`.
    static func parse(_ html: String) -> DOMElement {
      let document = DOMElement("#document")
      var stack = [document]
      // Bytes of UTF-8: every byte of markup is ASCII, and no ASCII byte is inside another character.
      let s = Array(html.utf8)
      var i = 0
      var textStart = 0
      func string(_ range: Range<Int>) -> String { String(decoding: s[range], as: UTF8.self) }
      func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
      func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
      }
      func isName(_ byte: UInt8) -> Bool {
        !isSpace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/") && byte != UInt8(ascii: "=")
          && byte != UInt8(ascii: "<")
      }
      /// Where `needle` (lowercase ASCII) starts at or after `index`, in any case; the end when nowhere.
      func find(_ needle: String, from index: Int) -> Int {
        let needle = Array(needle.utf8)
        var j = index
        while j + needle.count <= s.count {
          if lower(s[j]) == needle[0] && (1..<needle.count).allSatisfy({ lower(s[j + $0]) == needle[$0] }) { return j }
          j += 1
        }
        return s.count
      }
      func name(from index: inout Int) -> String {
        let start = index
        while index < s.count && isName(s[index]) { index += 1 }
        return string(start..<index).lowercased()
      }
      func flush(_ end: Int) {
        if textStart < end { stack.last!.children.append(.text(decode(string(textStart..<end)))) }
      }
      while i + 1 < s.count {
        guard s[i] == UInt8(ascii: "<") else {
          i += 1
          continue
        }
        let next = s[i + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
          flush(i)
          if find("<!--", from: i) == i {
            let end = find("-->", from: i + 4)
            stack.last!.children.append(.comment(string(i + 4..<end)))
            i = min(end + 3, s.count)
          } else {
            i = min(find(">", from: i) + 1, s.count)
          }
        } else if next == UInt8(ascii: "/") {
          flush(i)
          var j = i + 2
          let closed = name(from: &j)
          if let index = stack.lastIndex(where: { $0.name == closed }), index > 0 { stack.removeSubrange(index...) }
          i = min(find(">", from: j) + 1, s.count)
        } else if (65...90).contains(next) || (97...122).contains(next) {
          flush(i)
          var j = i + 1
          let element = DOMElement(name(from: &j))
          // Attributes: name, or name="value" (also unquoted or single-quoted, to be lenient).
          while j < s.count && s[j] != UInt8(ascii: ">") {
            if isSpace(s[j]) || s[j] == UInt8(ascii: "/") {
              j += 1
              continue
            }
            let attribute = name(from: &j)
            var value = ""
            if j < s.count && s[j] == UInt8(ascii: "=") {
              j += 1
              if j < s.count && (s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'")) {
                let quote = s[j]
                let start = j + 1
                j = start
                while j < s.count && s[j] != quote { j += 1 }
                value = string(start..<j)
                j += 1
              } else {
                let start = j
                while j < s.count && !isSpace(s[j]) && s[j] != UInt8(ascii: ">") { j += 1 }
                value = string(start..<j)
              }
            }
            if attribute.isEmpty { j += 1 } else { element.attributes.append((attribute, decode(value))) }
          }
          i = min(j + 1, s.count)
          element.parent = stack.last
          stack.last!.children.append(.element(element))
          if rawText.contains(element.name) {
            let end = find("</" + element.name, from: i)
            element.children.append(.text(string(i..<end)))
            i = min(find(">", from: end) + 1, s.count)
          } else if !void.contains(element.name) {
            stack.append(element)
          }
        } else {
          i += 1
          continue
        }
        textStart = i
      }
      flush(s.count)
      return document
    }

    /// Text with the character references a serializer writes.
    static func decode(_ text: String) -> String {
      guard text.contains("&") else { return text }
      var out = ""
      var rest = Substring(text)
      while let amp = rest.firstIndex(of: "&") {
        out += rest[..<amp]
        rest = rest[amp...]
        guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
          out += "&"
          rest = rest.dropFirst()
          continue
        }
        let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}", "apos": "'"]
        var scalar: Unicode.Scalar?
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
          scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if entity.hasPrefix("#") {
          scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        if let scalar {
          out.unicodeScalars.append(scalar)
        } else if let character = named[String(entity)] {
          out += character
        } else {
          out += rest[...semicolon]
        }
        rest = rest[rest.index(after: semicolon)...]
      }
      return out + rest
    }
  }

  // MARK: - PNG

  /// An 8-bit RGB or RGBA PNG, not interlaced (what Chromium writes), decoded
  /// with the system's zlib.
  struct PNGImage {
    var width: Int
    var height: Int
    var channels: Int
    var pixels: [UInt8]

    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    typealias Uncompress =
      @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
      ) -> Int32

    /// zlib's `uncompress`, or nil without zlib.
    static let inflate: Uncompress? = {
      for library in ["libz.so.1", "libz.so", "libz.dylib", "/usr/lib/libz.dylib"] {
        if let handle = dlopen(library, RTLD_NOW), let symbol = dlsym(handle, "uncompress") {
          return unsafeBitCast(symbol, to: Uncompress.self)
        }
      }
      return nil
    }()

    static func decode(_ png: [UInt8]) -> PNGImage? {
      guard let inflate, png.count > 33 else { return nil }
      let width = bigEndian(png, at: 16)
      let height = bigEndian(png, at: 20)
      let depth = png[24]
      let type = png[25]
      guard depth == 8, type == 2 || type == 6, png[28] == 0 else { return nil }
      let channels = type == 2 ? 3 : 4
      var compressed: [UInt8] = []
      var offset = 8
      while offset + 8 <= png.count {
        let length = bigEndian(png, at: offset)
        let kind = String(decoding: png[offset + 4..<offset + 8], as: UTF8.self)
        guard offset + 12 + length <= png.count else { return nil }
        if kind == "IDAT" { compressed += png[offset + 8..<offset + 8 + length] }
        if kind == "IEND" { break }
        offset += 12 + length
      }
      let stride = width * channels
      var raw = [UInt8](repeating: 0, count: height * (stride + 1))
      var size = UInt(raw.count)
      let status = raw.withUnsafeMutableBufferPointer { out in
        compressed.withUnsafeBufferPointer { inflate(out.baseAddress, &size, $0.baseAddress, UInt($0.count)) }
      }
      guard status == 0, size == UInt(raw.count) else { return nil }
      var pixels = [UInt8](repeating: 0, count: height * stride)
      let ok = raw.withUnsafeBufferPointer { raw in
        pixels.withUnsafeMutableBufferPointer { out -> Bool in
          for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let line = row * (stride + 1) + 1
            let here = row * stride
            for x in 0..<stride {
              let a = x >= channels ? Int(out[here + x - channels]) : 0
              let b = row > 0 ? Int(out[here - stride + x]) : 0
              let c = row > 0 && x >= channels ? Int(out[here - stride + x - channels]) : 0
              let predictor: Int
              switch filter {
              case 0: predictor = 0
              case 1: predictor = a
              case 2: predictor = b
              case 3: predictor = (a + b) / 2
              case 4:
                let p = a + b - c
                let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
              default: return false
              }
              out[here + x] = UInt8(truncatingIfNeeded: Int(raw[line + x]) + predictor)
            }
          }
          return true
        }
      }
      return ok ? PNGImage(width: width, height: height, channels: channels, pixels: pixels) : nil
    }

    /// How many pixels have each of these colours (0xRRGGBB).
    func count(_ colours: [UInt32]) -> [Int] {
      var counts = [Int](repeating: 0, count: colours.count)
      pixels.withUnsafeBufferPointer { pixels in
        for index in Swift.stride(from: 0, to: pixels.count, by: channels) {
          let rgb = UInt32(pixels[index]) << 16 | UInt32(pixels[index + 1]) << 8 | UInt32(pixels[index + 2])
          if let which = colours.firstIndex(of: rgb) { counts[which] += 1 }
        }
      }
      return counts
    }
  }
}
