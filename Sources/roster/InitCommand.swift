import ArgumentParser
import Foundation
import RosterKit

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a small starter configuration that checks clean, and the input schema for editors.",
    discussion: "Writes nothing if any of its files exists already.")

  @Argument(help: "The folder to write it to (created if needed).", completion: .directory)
  var directory: String = "."

  func run() throws {
    let manager = FileManager.default
    let paths = Starter.files.map { directory + "/" + $0.path }
    let existing = paths.filter { manager.fileExists(atPath: $0) }
    guard existing.isEmpty else {
      throw CommandFailure(message: "would overwrite \(existing.joined(separator: ", ")): nothing written")
    }
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      for (file, path) in zip(Starter.files, paths) {
        guard manager.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
          throw CocoaError(.fileWriteNoPermission)
        }
      }
    } catch {
      throw CommandFailure(message: "cannot write \(directory): \(error.localizedDescription)")
    }
    Terminal.standardOutput.write(
      "wrote \(paths.joined(separator: ", "))\nnext: roster check \(directory)\n")
  }
}
