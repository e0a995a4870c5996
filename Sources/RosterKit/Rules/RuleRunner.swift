/// Runs the rules on a loaded configuration and applies the workspace's
/// severity settings.
public enum RuleRunner {
  /// Every diagnostic of a load and of the rules, with severities set and in display order.
  public static func run(_ load: LoadResult, rules: [Rule] = Rules.all) -> [Diagnostic] {
    var collector = DiagnosticCollector()
    collector.append(contentsOf: load.diagnostics)
    if !load.hasBrokenFiles {
      for rule in rules { rule.check?(load.configuration, &collector) }
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
}
