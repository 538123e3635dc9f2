// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "mletutor",
    products: [
        .executable(name: "mletutor", targets: ["mletutor"]),
        // The statistics engine, for any package: see Sources/MLECore/MLECore.docc.
        .library(name: "MLECore", targets: ["MLECore"]),
        // The tutor, for the benchmarks package (Benchmarks/): public are only the command and the fuzz
        // entry points; PlotBenchmarks reaches the internals it times through @testable import.
        .library(name: "MLETutor", targets: ["MLETutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.0"),
        // `swift package generate-documentation --target MLECore` (the DocC catalogue in Sources/MLECore).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "MLECore",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "MLETutor",
            dependencies: [
                "MLECore",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedLessons"]
        ),
        .executableTarget(
            name: "LessonEmbedder",
            path: "Plugins/LessonEmbedder"
        ),
        .plugin(
            name: "EmbedLessons",
            capability: .buildTool(),
            dependencies: ["LessonEmbedder"]
        ),
        .executableTarget(
            name: "mletutor",
            dependencies: ["MLETutor"]
        ),
        .testTarget(name: "MLECoreTests", dependencies: ["MLECore"]),
        .testTarget(name: "MLETutorTests", dependencies: ["MLETutor", "MLECore"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["mletutor"], path: "Tests/e2e"),
    ],
    swiftLanguageModes: [.v6]
)

// The project's own code builds with warnings as errors; dependencies keep their own settings.
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
