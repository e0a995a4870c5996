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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .systemLibrary(
      name: "CLibCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
    ),
    // The IANA tz database that Roster carries (Scripts/update-tzdata.py writes it).
    .target(name: "CTZData"),
    .target(name: "RosterKit", dependencies: ["CYAML", "CLibCrypto", "CTZData"]),
    // The atomic exchange of two paths, which Swift's Glibc module does not declare.
    .target(name: "CExchange"),
    .executableTarget(
      name: "roster",
      dependencies: [
        "RosterKit",
        "CExchange",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "RosterKitTests",
      dependencies: ["RosterKit"],
      // Read from the package's folder by path, not bundled.
      exclude: ["Fixtures", "Goldens"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
