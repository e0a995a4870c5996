/// The formats diagnostics can be printed in.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
  case text, json, sarif, github
}

/// A run's diagnostics, rendered in one format.
public struct DiagnosticReport: Sendable {
  public var diagnostics: [Diagnostic]
  public var sources: [String: SourceFile]
  public var format: DiagnosticFormat
  public var useColor: Bool

  public init(diagnostics: [Diagnostic], sources: [String: SourceFile], format: DiagnosticFormat, useColor: Bool) {
    self.diagnostics = diagnostics
    self.sources = sources
    self.format = format
    self.useColor = useColor
  }

  public func render() -> String {
    switch format {
    case .text: return TextRenderer(sources: sources, useColor: useColor).render(diagnostics, fileCount: sources.count)
    case .json: return JSONRenderer.render(diagnostics)
    case .sarif:
      let descriptors = Rules.all.map {
        SARIFRenderer.Descriptor(
          id: $0.id.rawValue, summary: $0.summary, explanation: $0.explanation,
          level: $0.id.defaultSeverity.rawValue)
      }
      return SARIFRenderer.render(diagnostics, rules: descriptors)
    case .github: return GitHubRenderer.render(diagnostics)
    }
  }
}
