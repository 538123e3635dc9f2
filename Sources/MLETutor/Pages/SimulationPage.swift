import MLECore

/// A seeded simulation of one property of the MLE (see `SimulationStudy`). The work is spread over
/// animation ticks, never done when the page is created, and a progress bar shows while it runs.
struct SimulationPage: PageModel {
    let study: SimulationStudy
    let seed: UInt64
    /// n; the learner can change it where `SimulationStudy.hasSampleSizeChoice`.
    private(set) var sampleSize: Int
    let replications: Int
    /// How many times the learner asked for new draws; each run uses seed + run.
    private(set) var run = 0
    /// The wild value swapped into each sample of the robustness study (`c` cycles it).
    private(set) var contamination = Contamination.none
    var replicationStudy: ReplicationStudy?
    var consistency: ConsistencyRun?
    var scoreStudy: ScoreStudy?

    init(study: SimulationStudy, seed: UInt64, sampleSize: Int? = nil, replications: Int? = nil) {
        self.study = study
        self.seed = seed
        self.sampleSize = sampleSize ?? study.defaultSampleSize
        self.replications = replications ?? study.defaultReplications
        start()
    }

    static let pageKind = PageKind(name: "simulation", fields: ["study", "seed", "sample-size", "replications"]) {
        fields in
        guard let name = fields.string("study") else { return nil }
        guard let study = SimulationStudy(rawValue: name) else {
            fields.reportUnknown("study", name, among: SimulationStudy.allCases.map(\.rawValue), field: "study")
            return nil
        }
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 1
        let minimumSize = study == .consistency ? 100 : 2
        let size = fields.optionalInt("sample-size", in: minimumSize...1_000_000)
        let replications = fields.optionalInt("replications", in: 10...100_000)
        if let size, let problem = FrameBudget.simulationProblem(study: study, sampleSize: size) {
            fields.log.error(problem, at: fields.value("sample-size"))
            return nil
        }
        return SimulationPage(study: study, seed: UInt64(seed), sampleSize: size, replications: replications)
    }

    /// The truth and the study's design: Exponential(λ = 2) (also the score study's truth),
    /// Gamma(α = 2, β = 1), Normal(0, 2), Uniform(0, 1), Normal(0, 1).
    var design: ReplicationStudy.Design {
        switch study {
        case .consistency, .normality, .score: return .exponentialRate(lambda: 2)
        case .efficiency: return .gammaShape(alpha: 2, beta: 1)
        case .invariance: return .normalSpread(mu: 0, sigma: 2)
        case .uniformMaximum: return .uniformMaximum(theta: 1)
        case .varianceBias: return .normalVariance(mu: 0, sigma: 1)
        case .robustness:
            return .gammaShapeContaminated(alpha: 2, beta: 1, replacement: contamination.replacement)
        }
    }

    private mutating func start() {
        let runSeed = seed &+ UInt64(run)
        switch study {
        case .consistency: consistency = ConsistencyRun(lambda: 2, maximumSize: sampleSize, seed: runSeed)
        case .score:
            scoreStudy = ScoreStudy(lambda: 2, sampleSize: sampleSize, replications: replications, seed: runSeed)
        default:
            replicationStudy = ReplicationStudy(
                design: design, sampleSize: sampleSize, replications: replications, seed: runSeed)
        }
    }

    /// Work done and work to do: draws for consistency, replications otherwise.
    var progress: (done: Int, total: Int) {
        if let consistency { return (consistency.drawn, consistency.maximumSize) }
        if let scoreStudy { return (scoreStudy.completed, scoreStudy.replications) }
        if let replicationStudy { return (replicationStudy.completed, replicationStudy.replications) }
        return (0, 0)
    }

    var isFinished: Bool { progress.done >= progress.total }
    /// The checkpoint: the study ran to its last replication.
    var checkpointMet: Bool? { isFinished }

    var wantsTicks: Bool { !isFinished }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        switch event {
        case .tick:
            guard !isFinished else { return .ignored }
            let chunk = study.chunk
            consistency?.draw(chunk)
            scoreStudy?.run(chunk)
            replicationStudy?.run(chunk)
        case .key(.character("r")):
            run += 1
            start()
        case .key(.character("c")):
            guard study == .robustness else { return .ignored }
            contamination = contamination.next
            start()
        case .key(.up), .key(.character("k")), .key(.down), .key(.character("j")):
            guard study.hasSampleSizeChoice else { return .ignored }
            let up = event == .key(.up) || event == .key(.character("k"))
            let next = up ? Self.sampleSizes.first { $0 > sampleSize } : Self.sampleSizes.last { $0 < sampleSize }
            guard let next else { return .handled }
            sampleSize = next
            start()
        default:
            return .ignored
        }
        return .handled
    }

    /// The sample sizes the arrow keys step through.
    static let sampleSizes = [5, 10, 20, 50, 100, 200, 500, 1000]

    func keyHints(context: PageContext) -> [KeyHint] {
        var hints = [KeyHint("r", "new draws")]
        if study.hasSampleSizeChoice { hints.append(KeyHint(context.options.glyphs.upDown, "n")) }
        if study == .robustness { hints.append(KeyHint("c", "wild value")) }
        return hints
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let (plotArea, panel) = ReadoutPanel.split(rect)
        var lines: [StyledLine] = []
        if !isFinished {
            lines += [
                StyledLine("Simulating…", style: .accent),
                ReadoutPanel.progress(
                    done: progress.done, total: progress.total,
                    width: max(4, panel.width - 16), glyphs: options.glyphs), .empty,
            ]
        }
        if let consistency {
            SimulationPlots.consistency(consistency).displayable(options).draw(
                into: &buffer, in: plotArea, options: options)
            lines += SimulationReadouts.consistency(consistency)
        } else if let scoreStudy {
            ScoreStudyView.plot(scoreStudy).displayable(options).draw(into: &buffer, in: plotArea, options: options)
            lines += ScoreStudyView.readouts(scoreStudy)
        } else if let replicationStudy {
            SimulationPlots.draw(replicationStudy, into: &buffer, in: plotArea, options: options)
            lines += SimulationReadouts.replications(replicationStudy)
        }
        ReadoutPanel.draw(lines, into: &buffer, in: panel, options: options)
    }
}
