import Foundation
import Testing

/// The composite action (`action.yml`) and the ready workflow: valid by
/// GitHub's schemas, and the action's own scripts run on a pull request
/// made in temporary repositories.
@Suite struct GitHubActionTests {
  @Test func theActionAndTheWorkflowMatchGitHubsSchemas() throws {
    guard let tool = requireTool("check-jsonschema") else { return }
    let action = try run(tool, ["--color", "never", "--builtin-schema", "vendor.github-actions", "action.yml"])
    #expect(action.status == 0, "\(action.transcript)")
    let workflow = try run(
      tool, ["--color", "never", "--builtin-schema", "vendor.github-workflows", "examples/workflows/roster.yml"])
    #expect(workflow.status == 0, "\(workflow.transcript)")
  }

  /// The `run:` script of the action's step with this id, read with PyYAML.
  func script(of step: String, python: String) throws -> String? {
    let program = """
      import sys, yaml
      action = yaml.safe_load(open("action.yml"))
      print(next(s["run"] for s in action["runs"]["steps"] if s.get("id") == sys.argv[1]), end="")
      """
    let output = try run(python, ["-c", program, step])
    guard output.status == 0 else {
      if isCI || !output.stderr.contains("No module named 'yaml'") {
        Issue.record("cannot read action.yml: \(output.transcript)")
      } else {
        print("SKIPPED: PyYAML not installed; .ci/run installs it")
      }
      return nil
    }
    return output.stdout
  }

  /// A pull request that changes one agent's hours: the check step passes,
  /// the diff step writes the comment, the summary and its outputs.
  @Test func theActionsStepsRunOnAPullRequest() throws {
    guard let python = requireTool("python3"), let check = try script(of: "check", python: python),
      let diff = try script(of: "diff", python: python)
    else { return }
    let directory = makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let git = { (repo: String, arguments: [String]) throws -> CommandOutput in
      let output = try run(
        "/usr/bin/env", ["git", "-c", "user.email=t@acme.example", "-c", "user.name=T"] + arguments, in: repo)
      #expect(output.status == 0, "git \(arguments): \(output.transcript)")
      return output
    }
    DiffTests.acme(in: directory + "/origin", "chat")
    _ = try git(directory + "/origin", ["init", "-q", "-b", "main"])
    _ = try git(directory + "/origin", ["add", "-A"])
    _ = try git(directory + "/origin", ["commit", "-qm", "acme"])
    _ = try git(directory, ["clone", "-q", directory + "/origin", "pr"])
    let pr = directory + "/pr"
    _ = try git(pr, ["checkout", "-q", "-b", "feature"])
    DiffTests.acme(in: pr, "chat", edits: [DiffTests.changes[0]])
    _ = try git(pr, ["commit", "-qam", "alice starts later on Mondays"])
    writeFile("", to: directory + "/output")
    writeFile("", to: directory + "/summary")
    writeFile(check, to: directory + "/check.sh")
    writeFile(diff, to: directory + "/diff.sh")
    let bin = (rosterExecutable as NSString).deletingLastPathComponent
    let environment = [
      "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
      "ROSTER_ROOT": "chat", "ROSTER_STRICT": "false", "ROSTER_BASE": "", "BASE_REF": "main",
      "RUNNER_TEMP": directory, "GITHUB_OUTPUT": directory + "/output", "GITHUB_STEP_SUMMARY": directory + "/summary",
    ]
    let checked = try run("/bin/bash", ["-e", directory + "/check.sh"], in: pr, environment: environment)
    #expect(checked.status == 0, "\(checked.transcript)")
    let diffed = try run("/bin/bash", ["-e", directory + "/diff.sh"], in: pr, environment: environment)
    #expect(diffed.status == 0, "\(diffed.transcript)")
    let outputs = try String(contentsOfFile: directory + "/output", encoding: .utf8)
    #expect(outputs.contains("status=0\n"))
    #expect(outputs.contains("differs=true\n"))
    #expect(outputs.contains("markdown=\(directory)/roster-diff.md\n"))
    let summary = try String(contentsOfFile: directory + "/summary", encoding: .utf8)
    #expect(summary.hasPrefix("<!-- roster-diff -->\n"))
    #expect(summary.contains("live-chat hours"), "\(summary)")
    #expect(summary.contains("| `sales` | 77.8% | 77.3% | 1h | — |"), "\(summary)")
  }
}
