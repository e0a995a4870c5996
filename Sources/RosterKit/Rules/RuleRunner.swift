/// Runs the rules on a loaded configuration and applies the workspace's
/// severity settings.
public enum RuleRunner {
  /// Every diagnostic of a load and of the rules, with severities set and in display order.
  public static func run(_ load: LoadResult, rules: [Rule] = Rules.all) -> [Diagnostic] {
    var collector = DiagnosticCollector()
    collector.append(contentsOf: skippedChecksNoted(load, rules: rules))
    let context = RuleContext(load.configuration)
    for rule in rules where !(load.hasBrokenFiles && rule.id.looksAcrossFiles) {
      rule.check?(context, &collector)
    }
    let settings = load.configuration.workspace?.rules ?? []
    var severities: [RuleID: Severity?] = [:]
    for setting in settings { severities[setting.rule] = setting.severity }
    return collector.diagnostics.compactMap { diagnostic in
      var diagnostic = diagnostic
      if !diagnostic.rule.isFixed, let setting = severities[diagnostic.rule] {
        guard let severity = setting else { return nil }
        diagnostic.severity = severity
      }
      return diagnostic
    }.sortedForDisplay(load.sources)
  }

  /// The load's diagnostics, the error that broke the first unparsable file
  /// saying once which checks did not run because of it.
  static func skippedChecksNoted(_ load: LoadResult, rules: [Rule]) -> [Diagnostic] {
    var diagnostics = load.diagnostics
    let skipped = rules.filter { $0.check != nil && $0.id.looksAcrossFiles }.count
    let breaking: Set<RuleID> = [.yamlSyntax, .invalidEncoding, .yamlLimits]
    guard let file = load.brokenFiles.first, skipped > 0,
      let index = diagnostics.lastIndex(where: { $0.range.file == file && breaking.contains($0.rule) })
    else { return diagnostics }
    diagnostics[index].notes.append(
      .init(
        "\(skipped) checks that look across files did not run, as they would report what this file hides",
        at: diagnostics[index].range))
    return diagnostics
  }
}
