import Foundation

/// What running a command gave.
struct CommandOutput {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// The built `roster` executable, beside the test bundle.
let rosterExecutable: String = {
  let candidates: [String?] = [
    Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("roster").path,
    Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("roster").path,
    Bundle.main.bundleURL.appendingPathComponent("roster").path,
    packageRoot + "/.build/debug/roster",
  ]
  return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    ?? packageRoot + "/.build/debug/roster"
}()

/// Runs a program to completion with a deadline, capturing its output.
func run(
  _ executable: String, _ arguments: [String], in directory: String = packageRoot,
  environment: [String: String] = [:], timeout: TimeInterval = 120
) throws -> CommandOutput {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: directory)
  var env = ProcessInfo.processInfo.environment
  env["GITHUB_ACTIONS"] = nil
  env.merge(environment) { $1 }
  process.environment = env
  let scratch = makeTemporaryDirectory()
  defer { removeTemporary(scratch) }
  writeFile([], to: scratch + "/out")
  writeFile([], to: scratch + "/err")
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/out"))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/err"))
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { usleep(10_000) }
  if process.isRunning { process.terminate() }
  process.waitUntilExit()
  try out.close()
  try err.close()
  let stdout = FileManager.default.contents(atPath: scratch + "/out") ?? Data()
  let stderr = FileManager.default.contents(atPath: scratch + "/err") ?? Data()
  return CommandOutput(
    status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

/// Runs `roster` with these arguments in the package root.
func roster(_ arguments: String..., in directory: String = packageRoot, environment: [String: String] = [:]) throws
  -> CommandOutput
{
  try run(rosterExecutable, arguments, in: directory, environment: environment)
}
