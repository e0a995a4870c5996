import ArgumentParser
import Foundation
import RosterKit

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Check, then write DIR/snapshot.json and DIR/snippets/<group-id>.html.")

  @OptionGroup var options: CommonOptions

  @Option(name: .customLong("out"), help: "The output directory (default: ROOT/build).", completion: .directory)
  var output: String?

  func run() throws {
    let directory = output ?? (options.root == "." ? "build" : options.root + "/build")
    let result = try options.checkAndReport(to: .standardError)
    guard let resolved = ResolvedConfiguration(result) else { throw ExitCode(1) }
    // The output folder is replaced as a whole: it must not hold what was read.
    let outputPath = URL(fileURLWithPath: directory).standardizedFileURL.path + "/"
    if let input = result.sources.files.first(where: {
      $0.wasRead && URL(fileURLWithPath: $0.path).standardizedFileURL.path.hasPrefix(outputPath)
    }) {
      throw CommandFailure(
        message: "cannot write \(directory): it holds the configuration file \(input.path), which a build would replace"
      )
    }
    let products = Roster.buildProducts(resolved)
    do {
      try OutputDirectory(path: directory).replace(with: products)
    } catch {
      throw CommandFailure(message: error.message)
    }
    guard options.effectiveFormat == .text else { return }
    let snippets = products.count - 1
    Terminal.standardError.write(
      "wrote \(directory)/snapshot.json and \(snippets) snippet\(snippets == 1 ? "" : "s")\n")
  }
}
