/// Runs the rules on a loaded configuration and applies the workspace's
/// severity settings.
public enum RuleRunner {
  /// Every diagnostic of a load and of the rules, with severities set and in display order.
  public static func run(_ load: LoadResult, rules: [Rule] = Rules.all) -> [Diagnostic] {
    let severities = Self.severities(load.configuration.workspace?.rules ?? [])
    // An include pattern that matched nothing hides files, unless its rule is off.
    let unmatched = load.hasUnmatchedIncludes && (severities[.unknownInclude] ?? nil) != nil
    var collector = DiagnosticCollector()
    collector.append(contentsOf: skippedChecksNoted(load, unmatchedIncludes: unmatched, rules: rules))
    let context = RuleContext(load.configuration, sources: load.sources)
    for rule in rules where !((load.hasBrokenFiles || unmatched) && rule.id.looksAcrossFiles) {
      rule.check?(context, &collector)
    }
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
  /// (or else the first include pattern that matched nothing) saying once
  /// which checks did not run because of it.
  static func skippedChecksNoted(_ load: LoadResult, unmatchedIncludes: Bool, rules: [Rule]) -> [Diagnostic] {
    var diagnostics = load.diagnostics
    let skipped = rules.filter { $0.check != nil && $0.id.looksAcrossFiles }.count
    guard skipped > 0 else { return diagnostics }
    if let file = load.brokenFiles.first,
      let index = diagnostics.lastIndex(where: { $0.range.file == file && $0.rule.breaksFile })
    {
      diagnostics[index].notes.append(
        .init(
          "\(skipped) checks that look across files did not run, as they would report what this file hides",
          at: diagnostics[index].range))
    } else if unmatchedIncludes, let index = diagnostics.firstIndex(where: { $0.rule == .unknownInclude }) {
      diagnostics[index].notes.append(
        .init(
          "\(skipped) checks that look across files did not run, as they would report what the files it "
            + "should select hide",
          at: diagnostics[index].range))
    }
    return diagnostics
  }
}
