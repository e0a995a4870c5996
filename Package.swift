// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Roster",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "roster", targets: ["roster"]),
    .library(name: "RosterKit", targets: ["RosterKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .target(
      name: "RosterKit",
      dependencies: [
        "CYAML",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "roster",
      dependencies: [
        "RosterKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "RosterKitTests",
      dependencies: ["RosterKit"],
      resources: []
    ),
  ],
  swiftLanguageModes: [.v6]
)
