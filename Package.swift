// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Brief",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "brief", targets: ["brief"]),
    .library(name: "BriefKit", targets: ["BriefKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCurl",
      pkgConfig: "libcurl",
      providers: [.apt(["libcurl4-openssl-dev"])]
    ),
    .target(name: "BriefKit"),
    .target(name: "BriefCurl", dependencies: ["BriefKit", "CCurl"]),
    .target(
      name: "BriefStore",
      dependencies: ["BriefKit", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .executableTarget(
      name: "brief",
      dependencies: [
        "BriefKit",
        "BriefCurl",
        "BriefStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "brief-fuzz",
      dependencies: ["BriefKit"],
      path: "Fuzz/BriefFuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ),
    .testTarget(
      name: "BriefKitTests",
      dependencies: ["BriefKit"],
      resources: [.copy("Fixtures")]
    ),
    .target(name: "LoopbackServer", path: "Tests/LoopbackServer"),
    .target(
      name: "TranslationAPIServer",
      dependencies: ["LoopbackServer"],
      path: "Tests/TranslationAPIServer"
    ),
    .testTarget(
      name: "BriefCurlTests",
      dependencies: ["BriefCurl", "BriefKit", "LoopbackServer"]
    ),
    .testTarget(
      name: "TranslationIntegrationTests",
      dependencies: [
        "BriefKit", "BriefCurl", "BriefStore", "LoopbackServer", "TranslationAPIServer",
      ]
    ),
    .testTarget(
      name: "BriefStoreTests",
      dependencies: ["BriefStore", "BriefKit", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "briefTests",
      dependencies: ["brief", "BriefKit", "LoopbackServer", "TranslationAPIServer"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
