import Testing

@testable import RosterKit

@Suite struct ResolvedTests {
  static let configuration = """
    workspace:
      name: Acme
      timezone: Europe/Paris
      default_locale: en
      rules: {orphaned-agent: error, empty-team: off}
    agents:
      bob: {name: Bob Stone, email: bob@acme.example}
      alice: {name: Alice Martin, email: alice@acme.example}
    teams:
      sales: {name: Sales, agents: [bob, alice, bob]}
    groups:
      support: {name: Support, agents: [alice, bob], code: abcdef12}
      sales: {name: Sales, agents: [bob]}

    """

  @Test func aCleanConfigurationResolvesOnce() throws {
    let result = try check(Example(Self.configuration))
    #expect(result.summary.errors == 0)
    let resolved = try #require(ResolvedConfiguration(result))
    #expect(resolved.agents.map(\.id.value) == ["alice", "bob"])
    #expect(resolved.teamsOf["bob"] == ["sales"])
    #expect(resolved.groupsOf["bob"] == ["sales", "support"])
    #expect(resolved.codes == ["support": "abcdef12", "sales": GroupCode.derived(from: "sales")])
    #expect(resolved.severities[.orphanedAgent] == .some(.error))
    #expect(resolved.severities[.emptyTeam] == .some(nil))
    #expect(resolved.severities[.emptyGroup] == .some(.warning))
    #expect(resolved.severities.count == RuleID.allCases.count)
  }

  @Test func aConfigurationWithErrorsDoesNotResolve() throws {
    let broken = Self.configuration.replacingOccurrences(of: "agents: [bob]}", with: "agents: [carol]}")
    let result = try check(Example(broken))
    #expect(result.diagnostics.filter { $0.severity == .error }.map(\.rule) == [.unknownAgent])
    #expect(ResolvedConfiguration(result) == nil)
  }
}
