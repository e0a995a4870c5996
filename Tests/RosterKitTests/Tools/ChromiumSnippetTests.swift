import Foundation
import Testing

@testable import RosterKit

/// Snippets in a real browser (SPEC 7): headless Chromium loads a page whose
/// `<head>` holds the snippets of hostile groups, each followed by a stand-in
/// for the widget script that records what it finds in
/// `window.BrevoConversationsSetup`; the page writes the records into the
/// DOM, which `--dump-dom` prints.
@Suite struct ChromiumSnippetTests {
  /// Group names that try to end the comment or the script, run script, or
  /// disturb the text around them.
  static let hostileNames = [
    #"</script><script>window.__injected.push("name: script end")</script>"#,
    #"<!-- <script>window.__injected.push("name: comment open")</script>"#,
    #"--><script>window.__injected.push("name: comment close")</script><!--"#,
    #"--!><img src=x onerror="window.__injected.push('name: bang close')">"#,
    "--><script>window.__injected.push(`name: bare comment close`)</script>",
    #"Support "quoted" 'single' \ back\slash \" \\ done"#,
    "line\u{2028}separator\u{2029}paragraph\nnew line\r\n\ttab",
    "Support 🎧 👩🏽‍💻 ✨",
    "دعم العملاء \u{202E}exe.txt\u{202C} תמיכה \u{2067}isolate\u{2069}",
    "]]><![CDATA[ </SCRIPT > </script\t> <\\/script> &lt;script&gt; &amp;",
  ]

  /// Codes and ids that no configuration could hold, for groups built by
  /// hand: the JavaScript string and the comment must hold them anyway.
  static let hostileCodes = [
    "</script><script>window.__injected.push('code: script end')</script>",
    "</script><script>window.__injected.push(`code: bare script end`)</script>",
    "\"; window.__injected.push('code: double quote'); \"",
    "'; window.__injected.push('code: single quote'); '",
    "\\\"; window.__injected.push('code: backslash'); //",
    "<!--<script>",
    "-->\u{2028}\u{2029}\u{0}\u{7F}",
    "👩🏽‍💻 \u{202E}ltr\u{202C} שלום",
  ]
  static let hostileID = "--><script>window.__injected.push('id')</script><!--"

  @Test func hostileSnippetsOnlySetTheGroupId() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }

    // Groups with hostile names, through the real pipeline.
    let root = directory + "/config"
    var yaml = "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\ngroups:\n"
    for (index, name) in Self.hostileNames.enumerated() {
      yaml += "  group-\(index):\n    name: \(yamlQuoted(name))\n"
    }
    writeFile(yaml, to: root + "/roster.yaml")
    let result = try Roster.check(root: root)
    #expect(result.summary.errors == 0, "\(result.diagnostics)")
    let configuration = result.configuration
    var cases = Roster.buildProducts(configuration).filter { $0.path.hasPrefix("snippets/") }.map { product in
      let id = String(product.path.dropFirst("snippets/".count).dropLast(".html".count))
      return (snippet: product.contents, code: ResolvedConfiguration(unchecked: configuration).codes[id]!)
    }
    #expect(cases.count == Self.hostileNames.count)

    // Groups with hostile codes and a hostile id, built by hand.
    let here = SourceRange.fileStart(FileID(0))
    for (index, code) in Self.hostileCodes.enumerated() {
      let name = LocalizedText(
        entries: [.init(locale: Located("en", at: here), text: Located(Self.hostileNames[index], at: here))],
        isPlain: false, range: here)
      let group = Group(
        id: Located(index == 0 ? Self.hostileID : "hand-\(index)", at: here), name: name, agents: [],
        isPrivate: false, isEnabled: Located(true, at: here), explicitCode: Located(code, at: here), range: here)
      cases.append((Snippet.html(for: group, in: configuration), code))
    }

    let page = try load(cases.map(\.snippet), in: directory, chromium: chromium)
    #expect(page.injected.isEmpty, "script ran: \(page.injected)")
    #expect(page.unexpectedElements.isEmpty, "elements appeared: \(page.unexpectedElements)")
    #expect(page.scripts == cases.count * 2 + 2, "the page has \(page.scripts) scripts")
    #expect(page.headComments == cases.count, "the head has \(page.headComments) comments")
    #expect(page.records.count == cases.count, "\(page.records.count) of \(cases.count) snippets recorded")
    for (record, expected) in zip(page.records, cases) {
      #expect(record.groupId == expected.code, "snippet \(record.index)")
      #expect(record.keys == ["chat", "groupId", "keep"], "snippet \(record.index)")
      #expect(record.kept == "kept" && record.color == "#0a0", "snippet \(record.index)")
    }
  }

  /// The control: the same page catches a snippet that pastes values in as they are.
  @Test func theHarnessCatchesANaiveSnippet() throws {
    guard let chromium = requireTool("chromium", "chromium-browser", "google-chrome") else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    func naive(_ name: String, _ code: String) -> String {
      """
      <!-- \(name) -->
      <script>
        window.BrevoConversationsSetup = window.BrevoConversationsSetup || {};
        window.BrevoConversationsSetup.groupId = "\(code)";
      </script>

      """
    }
    let name = #"--><script>window.__injected.push("name: comment close")</script><!--"#
    let code = "\"; window.__injected.push('code: double quote'); \""
    #expect(Self.hostileNames.contains(name) && Self.hostileCodes.contains(code))
    let page = try load([naive(name, "abcdef"), naive("plain", code)], in: directory, chromium: chromium)
    #expect(page.injected.contains("name: comment close"))
    #expect(page.injected.contains("code: double quote"))
    #expect(page.headComments != 2 || page.scripts != 6)
  }

  // MARK: - The page

  struct Record: Decodable {
    var index: Int
    var groupId: String?
    var kept: String?
    var color: String?
    var keys: [String]
  }

  struct Page: Decodable {
    var records: [Record]
    var injected: [String]
    var scripts: Int
    var headComments: Int
    var unexpectedElements: [String]
  }

  /// Loads a page with the snippets in its head and returns what it recorded.
  private func load(_ snippets: [String], in directory: String, chromium: String) throws -> Page {
    var head = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Roster snippets</title>
      <script>
        window.__injected = [];
        window.__records = [];
        window.BrevoConversationsSetup = { keep: "kept", chat: { color: "#0a0" } };
      </script>

      """
    for (index, snippet) in snippets.enumerated() {
      head += snippet
      head += """
        <script>
          (function () {
            var setup = window.BrevoConversationsSetup || {};
            window.__records.push({
              index: \(index), groupId: setup.groupId, kept: setup.keep,
              color: setup.chat && setup.chat.color, keys: Object.keys(setup).sort()
            });
          })();
        </script>

        """
    }
    let page =
      head + """
        </head>
        <body>
        <pre id="result"></pre>
        <script>
          window.addEventListener("load", function () {
            var comments = Array.prototype.filter.call(document.head.childNodes, function (node) {
              return node.nodeType === Node.COMMENT_NODE;
            });
            var elements = document.querySelectorAll("img, svg, iframe, object, embed, style, link, base, form");
            var result = {
              records: window.__records, injected: window.__injected, scripts: document.scripts.length,
              headComments: comments.length,
              unexpectedElements: Array.prototype.map.call(elements, function (e) { return e.outerHTML; })
            };
            document.getElementById("result").textContent = JSON.stringify(result).replace(
              /[<>&\\u007f-\\uffff]/g,
              function (c) { return "\\\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4); });
          });
        </script>
        </body>
        </html>

        """
    writeFile(page, to: directory + "/page.html")
    let output = try run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=" + directory + "/profile", "--dump-dom", "file://" + directory + "/page.html",
      ], timeout: 120)
    guard output.status == 0,
      let start = output.stdout.range(of: "<pre id=\"result\">"),
      let end = output.stdout.range(of: "</pre>", range: start.upperBound..<output.stdout.endIndex)
    else {
      Issue.record("chromium gave no result: \(output.transcript)")
      return Page(records: [], injected: ["no result"], scripts: 0, headComments: 0, unexpectedElements: [])
    }
    let json = output.stdout[start.upperBound..<end.lowerBound]
    return try JSONDecoder().decode(Page.self, from: Data(json.utf8))
  }
}
