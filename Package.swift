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
      name: "segmenter-fuzz",
      dependencies: ["BriefKit"],
      path: "Fuzz/SegmenterFuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ),
    .testTarget(
      name: "BriefKitTests",
      dependencies: ["BriefKit"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "BriefCurlTests",
      dependencies: ["BriefCurl", "BriefKit"]
    ),
    .testTarget(
      name: "BriefStoreTests",
      dependencies: ["BriefStore", "BriefKit", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "briefTests",
      dependencies: ["brief", "BriefKit"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
