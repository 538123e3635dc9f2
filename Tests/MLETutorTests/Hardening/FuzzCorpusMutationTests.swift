import Foundation
import Testing

@testable import MLETutor

/// Every libFuzzer target's entry point, run on its committed seed corpus (fuzz/corpus/TARGET)
/// and on seeded random mutations of it, so CI exercises the targets without libFuzzer. A trap
/// fails the whole run, as it would crash a learner's tutor.
@Suite struct FuzzCorpusMutationTests {
    static let corpusRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz/corpus")

    /// Mutations run per target (the lesson loader draws pages and the fits compute every interval,
    /// so they get fewer).
    static func iterations(_ target: String) -> Int {
        switch target {
        case "lesson-loader": 150
        case "fit-compare", "formula-model": 300
        default: 3000
        }
    }

    static func seeds(_ target: String) throws -> [[UInt8]] {
        let folder = corpusRoot.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Bytes that often break readers: controls, quotes, delimiters, UTF-8 lead bytes, digits.
    static let interesting: [UInt8] = [
        0, 9, 10, 13, 27, 34, 35, 44, 45, 46, 48, 49, 57, 58, 59, 69, 78, 101, 120, 0x7F, 0x80, 0xC3, 0xE2, 0xEF,
        0xFF,
    ]
    static let tokens: [[UInt8]] = [
        "1e308", "-1e-320", "NA", "\"\"", "nan", "inf", "0x1p3", "9223372036854775807", ": [", "- ", "\u{202E}",
        "range: [0, 1e308]", "\"score\": 9223372036854775807", "\u{FEFF}", "7/0",
    ].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0...(random.next() % 4) {
            let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
            switch random.next() % 6 {
            case 0 where !bytes.isEmpty && position < bytes.count:
                bytes[position] = interesting[Int(random.next() % UInt64(interesting.count))]
            case 1 where !bytes.isEmpty && position < bytes.count:
                bytes.remove(at: position)
            case 2:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            case 3:
                bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
            case 4 where position < bytes.count:
                let end = min(bytes.count, position + Int(random.next() % 64))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default:
                if position < bytes.count { bytes[position] ^= UInt8(1 << (random.next() % 8)) }
            }
        }
        return bytes
    }

    @Test(arguments: FuzzEntryPoints.all.map(\.name))
    func corpusAndMutationsRunWithoutTrapping(target: String) throws {
        let run = try #require(FuzzEntryPoints.all.first { $0.name == target }?.run)
        let seeds = try Self.seeds(target)
        #expect(!seeds.isEmpty, "fuzz/corpus/\(target) has seeds")
        for seed in seeds { run(seed) }
        var random = SplitMix64(seed: 0x15_08)
        var input = seeds[0]
        for iteration in 0..<Self.iterations(target) {
            // Mostly build on the last input, sometimes start again from a seed.
            if iteration % 8 == 0 { input = seeds[Int(random.next() % UInt64(seeds.count))] }
            input = Self.mutate(input, &random)
            if input.count > 65536 { input = Array(input.prefix(65536)) }
            run(input)
        }
    }
}
