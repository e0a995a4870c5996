/// The formats diagnostics can be printed in.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
  case text, json, sarif, github
}

/// A run's diagnostics, rendered in one format.
public struct DiagnosticReport: Sendable {
  public var diagnostics: [Diagnostic]
  public var sources: SourceFiles
  public var format: DiagnosticFormat
  public var useColor: Bool

  public init(diagnostics: [Diagnostic], sources: SourceFiles, format: DiagnosticFormat, useColor: Bool) {
    self.diagnostics = diagnostics
    self.sources = sources
    self.format = format
    self.useColor = useColor
  }

  public func render() -> String {
    var out = ""
    write { out += $0 }
    return out
  }

  /// The report in pieces of about 64 KiB, as they are made: a run with a
  /// million findings never holds its rendered text, or a tree of it, whole.
  public func write(to output: (String) -> Void) {
    var buffer = ""
    func add(_ text: String) {
      buffer += text
      if buffer.utf8.count >= 1 << 16 {
        output(buffer)
        buffer = ""
      }
    }
    let locator = SourceLocator(sources)
    switch format {
    case .text:
      TextRenderer(locator: locator, useColor: useColor).write(diagnostics, fileCount: sources.readCount, to: add)
    case .json: JSONRenderer.write(diagnostics, locator, to: add)
    case .sarif:
      let descriptors = Rules.all.map {
        SARIFRenderer.Descriptor(
          id: $0.id.rawValue, summary: $0.summary, explanation: $0.explanation,
          level: $0.id.defaultSeverity.rawValue)
      }
      SARIFRenderer.write(diagnostics, rules: descriptors, locator, to: add)
    case .github: GitHubRenderer.write(diagnostics, locator, to: add)
    }
    if !buffer.isEmpty { output(buffer) }
  }
}
