import Foundation

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
  /// Loads and checks the configuration at `root`. Every command reads
  /// the same files: those the selection of SPEC 2 gives, never `ROOT/build`.
  public static func check(root: String) throws(LoadError) -> CheckResult {
    let load = try ConfigurationLoader(root: root, excluded: [root + "/build"]).load()
    return CheckResult(
      configuration: load.configuration, sources: load.sources, diagnostics: RuleRunner.run(load))
  }

  /// The files of a build, by path relative to the output directory:
  /// `snapshot.json` and one `snippets/<group-id>.html` per enabled group.
  public static func buildProducts(_ resolved: ResolvedConfiguration) -> [BuildProduct] {
    var products = [BuildProduct(path: "snapshot.json", contents: .snapshot(resolved))]
    for group in resolved.enabledGroups {
      products.append(
        BuildProduct(
          path: "snippets/\(group.id.value).html", contents: .bytes(Array(Snippet.html(for: group, in: resolved).utf8)))
      )
    }
    return products
  }

  /// Today's date in the zone, from the system clock: only `roster coverage`
  /// without a window reads it.
  public static func today(in zone: String, database: TimeZoneDatabase = .builtIn) -> CivilDate {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let instant = Int64(now.tv_sec)
    let offset = database.rules(for: zone)?.offset(at: instant) ?? 0
    return CoverageText.reading(instant + Int64(offset)).date
  }
}
