// swift-tools-version:6.2
import PackageDescription

// The benchmarks live in a package of their own, so a plain `swift build` or `swift test` at the
// root does not build them. CoreBenchmarks times MLECore through its public API. PlotBenchmarks
// times the tutor's internals (plots, the update and view of a key press), which the MLETutor
// product does not make public, through `@testable import`; a release build needs the flag
// that allows it:
//
//   swift run --package-path Benchmarks -c release CoreBenchmarks
//   swift run --package-path Benchmarks -c release -Xswiftc -enable-testing PlotBenchmarks
let package = Package(
    name: "mletutor-benchmarks",
    dependencies: [.package(name: "mletutor", path: "..")],
    targets: [
        .executableTarget(
            name: "CoreBenchmarks",
            dependencies: [.product(name: "MLECore", package: "mletutor")],
            path: "CoreBenchmarks"
        ),
        .executableTarget(
            name: "PlotBenchmarks",
            dependencies: [
                .product(name: "MLECore", package: "mletutor"),
                .product(name: "MLETutor", package: "mletutor"),
            ],
            path: "PlotBenchmarks"
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
