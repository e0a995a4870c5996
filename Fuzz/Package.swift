// swift-tools-version:6.0
// The fuzz target of Roster, a package of its own, so that libFuzzer and
// its instrumentation never reach the tool's build. Its main hands the
// command line to libFuzzer's driver. Scripts/fuzz.sh builds and runs it.
import PackageDescription

let package = Package(
  name: "RosterFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Roster", path: "..")],
  targets: [
    // libFuzzer's driver, declared for Swift.
    .target(name: "CFuzzer"),
    .executableTarget(
      name: "RosterFuzz",
      dependencies: ["CFuzzer", .product(name: "RosterKit", package: "Roster")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
