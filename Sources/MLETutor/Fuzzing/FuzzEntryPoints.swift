import Foundation
import MLECore

/// One input for each fuzzed reader: what a libFuzzer target (fuzz/Targets) and the seeded
/// mutation test in `swift test` both call, so CI exercises every target without libFuzzer.
///
/// Each takes arbitrary bytes and must return without trapping; what it computes is thrown away.
public enum FuzzEntryPoints {
    /// The targets by name, as `Scripts/fuzz.sh` and the corpus folders name them.
    static let all: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("lesson-loader", lessonLoader), ("number-reader", numberReader), ("csv-reader", csvReader),
        ("progress-decoder", progressDecoder), ("quiz-answer", quizAnswer), ("fit-compare", fitCompare),
        ("formula-model", formulaModel),
    ]

    /// A lesson file: parsed and linted, and when it loads every page is drawn at 80×24.
    public static func lessonLoader(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = Course.load([LessonSource(path: "fuzz.yaml", text: text)])
        _ = result.formattedDiagnostics
        guard let course = result.course else { return }
        for (index, lesson) in course.lessons.enumerated() {
            for page in lesson.pages.indices.prefix(8) {
                let state = AppState.inLesson(
                    index, page: page, course: course, progress: LearnerProgress(), options: .standard,
                    width: 80, height: 24)
                _ = AppView.render(state)
            }
        }
    }

    /// One number per line, summarised and fitted as Normal data.
    public static func numberReader(_ bytes: [UInt8]) {
        read(bytes, format: DataFormat(), family: .normal)
    }

    /// A delimited file: the first byte chooses the column (1–4), the delimiter and whether missing
    /// cells are skipped; the rest is the file, fitted as Gamma data.
    public static func csvReader(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]
        let format = DataFormat(
            column: Int(first & 3) + 1, delimiter: delimiters[Int(first >> 2) % 3], skipMissing: first & 0x80 != 0)
        read(Array(bytes.dropFirst()), format: format, family: .gamma)
    }

    /// A progress file: decoded, brought into range, its scores added, merged and encoded again.
    public static func progressDecoder(_ bytes: [UInt8]) {
        guard let progress = ProgressStore.decode(Data(bytes)) else { return }
        for id in progress.lessons.keys {
            _ = progress.bestScore(in: id)
            _ = progress.lessons[id].map { $0.checkpoints.count + $0.records.count }
        }
        let merged = progress.merged(with: progress)
        _ = try? JSONEncoder().encode(merged)
    }

    /// A data file fitted by every family that takes no trials, as `fit --compare` does (one
    /// shared pass, the ranking, the table and the JSON with every profile-likelihood interval);
    /// the first byte chooses the automatic set instead.
    public static func fitCompare(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let families = first & 1 == 0 ? nil : FamilyRegistry.all.filter { !$0.takesTrials }.map { Family($0) }
        let source = MemorySource(bytes: Array(bytes.dropFirst()), chunk: 1 + bytes.count % 89)
        _ = ComparisonSession(families: families, format: DataFormat(), json: first & 2 != 0).run(source, name: "fuzz")
    }

    /// A typed model: the first line is the formula, its parameters named a and b (started at 1),
    /// the rest one number per line; fitted, with the table or the JSON.
    public static func formulaModel(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let formula = String(text.prefix { $0 != "\n" }.prefix(200))
        let data = Array(bytes.drop { $0 != 10 }.dropFirst().prefix(4096))
        let starts = ["a", "b"].filter { formula.contains($0) }.map { (name: $0, value: 1.0) }
        guard !starts.isEmpty else { return }
        _ = FormulaFitSession(expression: formula, start: starts, format: DataFormat(), json: bytes.count % 2 == 0)
            .run(MemorySource(bytes: data, chunk: 64), name: "fuzz")
    }

    /// A typed quiz answer.
    public static func quizAnswer(_ bytes: [UInt8]) {
        _ = NumericAnswer.parse(String(decoding: bytes, as: UTF8.self))
    }

    private static func read(_ bytes: [UInt8], format: DataFormat, family: Family) {
        var summary = SampleSummary(family: family)
        var reader = NumberReader(MemorySource(bytes: bytes, chunk: 1 + bytes.count % 97), format: format)
        do {
            try reader.forEachNumber { value, line in try summary.add(value, line: line) }
            _ = try MaximumLikelihood.fit(summary)
        } catch {
            _ = "\(error)"
        }
    }
}
