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
    let locator = SourceLocator(sources)
    switch format {
    case .text:
      return TextRenderer(locator: locator, useColor: useColor).render(diagnostics, fileCount: sources.readCount)
    case .json: return JSONRenderer.render(diagnostics, locator)
    case .sarif:
      let descriptors = Rules.all.map {
        SARIFRenderer.Descriptor(
          id: $0.id.rawValue, summary: $0.summary, explanation: $0.explanation,
          level: $0.id.defaultSeverity.rawValue)
      }
      return SARIFRenderer.render(diagnostics, rules: descriptors, locator)
    case .github: return GitHubRenderer.render(diagnostics, locator)
    }
  }
}
