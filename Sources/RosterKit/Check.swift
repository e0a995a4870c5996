/// What checking a root gave: the loaded configuration, its sources and every diagnostic.
public struct CheckResult: Sendable {
  public var configuration: Configuration
  public var sources: SourceFiles
  /// In display order, with the workspace's severities applied.
  public var diagnostics: [Diagnostic]

  public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }

  /// True when the configuration may not be built: errors, or warnings under `strict`.
  public func fails(strict: Bool) -> Bool {
    summary.errors > 0 || (strict && summary.warnings > 0)
  }
}

/// The pipeline: load, check, and (when clean) produce the build's files.
public enum Roster {
  /// Loads and checks the configuration at `root`; `excluding` names folders to skip.
  public static func check(root: String, excluding: [String] = []) throws(LoadError) -> CheckResult {
    let load = try ConfigurationLoader(root: root, excluded: excluding).load()
    return CheckResult(
      configuration: load.configuration, sources: load.sources, diagnostics: RuleRunner.run(load))
  }

  /// The files of a build, by path relative to the output directory:
  /// `snapshot.json` and one `snippets/<group-id>.html` per enabled group.
  public static func buildProducts(_ configuration: Configuration) -> [(path: String, contents: String)] {
    var products = [(path: "snapshot.json", contents: Snapshot.render(configuration))]
    for group in enabledGroups(configuration) {
      products.append(("snippets/\(group.id.value).html", Snippet.html(for: group, in: configuration)))
    }
    return products
  }

  /// Enabled groups by id, the first of each id.
  public static func enabledGroups(_ configuration: Configuration) -> [Group] {
    configuration.distinctGroups.filter(\.isEnabled.value).sorted { $0.id.value < $1.id.value }
  }
}
