import MLECore

/// The numbers beside the simulation plots.
enum SimulationReadouts {
    static func consistency(_ run: ConsistencyRun) -> [StyledLine] {
        var lines = [
            StyledLine(
                "Exponential(λ = \(NumberText.fixed(run.lambda, decimals: 1))), one growing sample", style: .heading),
            .empty,
        ]
        for (n, estimate) in zip(run.checkpoints, run.estimates) where isPowerOfTen(n) || n == run.maximumSize {
            lines.append(
                ReadoutPanel.entry("n = \(n):".padding(to: 12) + " λ̂ =", NumberText.fixed(estimate, decimals: 4)))
        }
        if let last = run.estimates.last {
            lines += [.empty, ReadoutPanel.entry("|λ̂ − λ| =", NumberText.fixed(abs(last - run.lambda), decimals: 4))]
        }
        return lines
    }

    static func replications(_ replications: ReplicationStudy) -> [StyledLine] {
        let mle = spread(replications.maximumLikelihood)
        let bound = replications.cramerRaoBound
        let n = replications.sampleSize
        switch replications.design {
        case .exponentialRate:
            return [
                StyledLine(
                    "Exponential(λ = \(NumberText.fixed(replications.truth, decimals: 1))), n = \(n)", style: .heading),
                StyledLine("\(replications.completed) samples, λ̂ from each", style: .muted),
                .empty,
                ReadoutPanel.entry("mean of λ̂   ", mle.map { NumberText.fixed($0.mean, decimals: 4) } ?? "…"),
                ReadoutPanel.entry("Var(λ̂)      ", mle.map { NumberText.fixed($0.variance, decimals: 5) } ?? "…"),
                ReadoutPanel.entry("1/(n·I(λ))  ", NumberText.fixed(bound, decimals: 5)),
                .empty,
                StyledLine(
                    "The curve is the normal density with mean λ and variance 1/(n·I(λ)), I(λ) = 1/λ².", style: .muted),
            ]
        case .gammaShape:
            let moments = spread(replications.alternative)
            var lines = [
                StyledLine(
                    "Gamma(α = \(NumberText.fixed(replications.truth, decimals: 1)), β = 1), n = \(n)", style: .heading),
                StyledLine("\(replications.completed) samples; α̂ by Newton, α̃ = x̄²/s²", style: .muted),
                .empty,
                ReadoutPanel.entry("Var(α̂) MLE      ", mle.map { NumberText.fixed($0.variance, decimals: 5) } ?? "…"),
                ReadoutPanel.entry(
                    "Var(α̃) moments  ", moments.map { NumberText.fixed($0.variance, decimals: 5) } ?? "…"),
                ReadoutPanel.entry("Cramér–Rao bound", NumberText.fixed(bound, decimals: 5)),
                ReadoutPanel.entry("bias of α̂       ", mle.map { signed($0.mean - replications.truth) } ?? "…"),
                ReadoutPanel.entry("bias of α̃       ", moments.map { signed($0.mean - replications.truth) } ?? "…"),
            ]
            if let mle, let moments {
                lines += [
                    .empty,
                    ReadoutPanel.entry("bound / Var(α̂) =", NumberText.fixed(bound / mle.variance, decimals: 2)),
                    ReadoutPanel.entry("bound / Var(α̃) =", NumberText.fixed(bound / moments.variance, decimals: 2)),
                ]
            }
            return lines
        case .normalSpread:
            let largest = zip(replications.maximumLikelihood, replications.alternative).map { abs($0 - $1) }.max()
            return [
                StyledLine(
                    "Normal(μ = 0, σ = \(NumberText.fixed(replications.truth, decimals: 1))), n = \(n)", style: .heading
                ),
                StyledLine("\(replications.completed) samples", style: .muted),
                .empty,
                StyledLine("σ̂: Newton's method on ℓ as a function of σ"),
                StyledLine("σ̂²: Σ(x − x̄)²/n, the peak of ℓ as a function of σ²"),
                .empty,
                ReadoutPanel.entry("largest |σ̂ − √(σ̂²)| =", largest.map(NumberText.scientific) ?? "…"),
            ]
        case .uniformMaximum:
            return UniformMaximumStudyView.readouts(replications)
        case .normalVariance:
            return VarianceBiasStudyView.readouts(replications)
        case .gammaShapeContaminated:
            return RobustnessStudyView.readouts(replications)
        }
    }

    /// The mean and variance (dividing by R) of some estimates, once there are two.
    static func spread(_ values: [Double]) -> (mean: Double, variance: Double)? {
        guard values.count >= 2, let summary = try? SampleSummary(family: .normal, values: values) else { return nil }
        return (summary.mean, summary.maximumLikelihoodVariance)
    }

    /// A mean error with its sign always shown, to four decimals.
    static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + NumberText.fixed(value, decimals: 4)
    }

    private static func isPowerOfTen(_ n: Int) -> Bool {
        var rest = n
        while rest % 10 == 0 && rest > 1 { rest /= 10 }
        return rest == 1 && n >= 10
    }
}
