/// Runs the rules on a loaded configuration and applies the workspace's
/// severity settings.
public enum RuleRunner {
  /// Every diagnostic of a load and of the rules, with severities set and in display order.
  public static func run(_ load: LoadResult, rules: [Rule] = Rules.all) -> [Diagnostic] {
    var collector = DiagnosticCollector()
    collector.append(contentsOf: skippedChecksNoted(load, rules: rules))
    let context = RuleContext(load.configuration, sources: load.sources)
    for rule in rules where !(load.hasBrokenFiles && rule.id.looksAcrossFiles) {
      rule.check?(context, &collector)
    }
    let severities = Self.severities(load.configuration.workspace?.rules ?? [])
    // In place: a run with a million findings holds one array of them, not one per step.
    var diagnostics = collector.take()
    diagnostics.removeAll { (severities[$0.rule] ?? $0.rule.defaultSeverity) == nil }
    for index in diagnostics.indices {
      diagnostics[index].severity = (severities[diagnostics[index].rule] ?? nil) ?? diagnostics[index].severity
    }
    diagnostics.sortForDisplay(load.sources)
    return diagnostics
  }

  /// Every rule's severity in effect (nil for `off`): its default, or the
  /// first setting of `workspace.rules` for it; the fixed rules keep theirs.
  static func severities(_ settings: [RuleSetting]) -> [RuleID: Severity?] {
    var severities: [RuleID: Severity?] = [:]
    for rule in RuleID.allCases { severities[rule] = rule.defaultSeverity }
    var set = Set<RuleID>()
    for setting in settings where !setting.rule.isFixed && set.insert(setting.rule).inserted {
      severities[setting.rule] = setting.severity
    }
    return severities
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
