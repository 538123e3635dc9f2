import RealModule

/// The Student-t fit with ν free: the profile log-likelihood ℓp(ν) = max over (μ, σ) of ℓ(μ, σ, ν),
/// each inner maximum a safeguarded Newton fit of `StudentTLikelihood` (with μ or σ held when
/// `fixed` says so), maximised over log ν on `StudentTFamily.degreesOfFreedomRange` by a coarse
/// grid and then Newton on all free parameters together from the best grid point (golden-section
/// search on log ν where that fails); the inverse observed information gives the standard errors.
struct StudentTProfile {
    let values: [Double]
    /// μ or σ held (not ν).
    let fixed: [String: Double]
    /// Above this many values the grid runs on a subsample of about this many.
    let gridSampleSize: Int

    init(_ values: [Double], fixed: [String: Double], gridSampleSize: Int = Self.gridSampleSize) {
        self.values = values
        self.fixed = fixed
        self.gridSampleSize = gridSampleSize
    }

    /// A point of the profile: ν and the inner fit at it.
    struct Point {
        let nu: Double
        let mu: Double
        let sigma: Double
        let logLikelihood: Double
    }

    private static let gridSize = 32
    /// Above this many values the grid, which only has to find ν's basin, runs on an even
    /// subsample of about this many (every k-th value); Newton then climbs on all the data.
    static let gridSampleSize = 20_000
    private var logRange: (Double, Double) {
        (.log(StudentTFamily.degreesOfFreedomRange.lowerBound), .log(StudentTFamily.degreesOfFreedomRange.upperBound))
    }

    /// ℓp at ν, from `start` (μ, σ).
    func profile(nu unclamped: Double, start: [Double]) -> Point {
        let range = StudentTFamily.degreesOfFreedomRange
        let nu = min(max(unclamped, range.lowerBound), range.upperBound)
        let problem = StudentTLikelihood(values, nu: nu)
        // With μ and σ both held only ν is fitted: the inner problem has nothing left to move.
        let inner =
            fixed.count == 2
            ? [fixed["mu"]!, fixed["sigma"]!] : NumericalFit.estimate(problem, start: start, fixed: fixed)
        return Point(
            nu: nu, mu: inner[0], sigma: inner[1], logLikelihood: problem.logLikelihood(Theta(inner[0], inner[1])))
    }

    /// The maximum of ℓp over the searched range of ν.
    func maximum() -> Point {
        var start = CauchyFamily.robustStart(values) ?? [0, 1]
        if let mu = fixed["mu"] { start[0] = mu }
        if let sigma = fixed["sigma"] { start[1] = sigma }
        let (low, high) = logRange
        let stride = (values.count + gridSampleSize - 1) / gridSampleSize
        let gridProfile =
            stride > 1
            ? StudentTProfile(Swift.stride(from: 0, to: values.count, by: stride).map { values[$0] }, fixed: fixed)
            : self
        var grid: [Point] = []
        for index in 0..<Self.gridSize {
            let logNu = low + (high - low) * Double(index) / Double(Self.gridSize - 1)
            grid.append(gridProfile.profile(nu: .exp(logNu), start: grid.last.map { [$0.mu, $0.sigma] } ?? start))
        }
        var best = 0
        for index in grid.indices where grid[index].logLikelihood > grid[best].logLikelihood { best = index }
        if stride > 1 {
            // The subsample's best point, its ℓ taken on all the data.
            let point = grid[best]
            let logLikelihood = StudentTLikelihood(values, nu: point.nu).logLikelihood(Theta(point.mu, point.sigma))
            grid[best] = Point(nu: point.nu, mu: point.mu, sigma: point.sigma, logLikelihood: logLikelihood)
        }
        let step = (high - low) / Double(Self.gridSize - 1)
        var a = max(low, .log(grid[best].nu) - step)
        var b = min(high, .log(grid[best].nu) + step)
        // Newton on every free parameter from the best grid point usually lands on the top in a
        // few passes over the data; golden section inside the grid cell is the safe way otherwise.
        // (From a subsample's grid the top may lie a cell or two away: any higher point will do.)
        let free = [0, 1, 2].filter { fixed[["mu", "sigma", "nu"][$0]] == nil }
        if let top = StudentTProfiles.newton(
            values, from: [grid[best].mu, grid[best].sigma, grid[best].nu], over: free),
            top.logLikelihood >= grid[best].logLikelihood, stride > 1 || (a...b).contains(.log(top.theta[2]))
        {
            return Point(nu: top.theta[2], mu: top.theta[0], sigma: top.theta[1], logLikelihood: top.logLikelihood)
        }
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a)
        var d = a + ratio * (b - a)
        var pointC = profile(nu: .exp(c), start: [grid[best].mu, grid[best].sigma])
        var pointD = profile(nu: .exp(d), start: [grid[best].mu, grid[best].sigma])
        while b - a > 1e-9 {
            if pointC.logLikelihood >= pointD.logLikelihood {
                (b, d, pointD) = (d, c, pointC)
                c = b - ratio * (b - a)
                pointC = profile(nu: .exp(c), start: [pointD.mu, pointD.sigma])
            } else {
                (a, c, pointC) = (c, d, pointD)
                d = a + ratio * (b - a)
                pointD = profile(nu: .exp(d), start: [pointC.mu, pointC.sigma])
            }
        }
        let candidates = [grid[best], pointC, pointD]
        return candidates.max { $0.logLikelihood < $1.logLikelihood }!
    }

    /// Whether ν̂ is on an edge of the searched range (within 0.1% of it).
    static func isAtEdge(_ nu: Double) -> Bool {
        let range = StudentTFamily.degreesOfFreedomRange
        return nu >= range.upperBound * 0.999 || nu <= range.lowerBound * 1.001
    }

    /// The fit: the profile maximum, polished by Newton on every free parameter, with standard
    /// errors from the inverse of the exact observed information.
    func fit(summary: SampleSummary) -> FitResult {
        let top = maximum()
        let names = ["mu", "sigma", "nu"]
        let free = names.indices.filter { fixed[names[$0]] == nil }
        var theta = [top.mu, top.sigma, top.nu]
        var terms = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: theta[2])
        let atEdge = Self.isAtEdge(top.nu)
        var polishing = 0
        while !atEdge && polishing < 8 {
            polishing += 1
            let gradient = free.map { terms.score[$0] }
            let hessian = free.map { i in free.map { j in terms.hessian[i][j] } }
            guard let step = SymmetricMatrix(rows: hessian).solve(gradient) else { break }
            var next = theta
            for (k, index) in free.enumerated() { next[index] -= step[k] }
            guard next[1] > 0, StudentTFamily.degreesOfFreedomRange.contains(next[2]), next.allSatisfy(\.isFinite)
            else { break }
            let nextTerms = StudentTTerms(values, mu: next[0], sigma: next[1], nu: next[2])
            // Near the top ℓ changes by less than its rounding: a step that shrinks the score is kept.
            func largestScore(_ t: StudentTTerms) -> Double { free.map { abs(t.score[$0]) }.max() ?? 0 }
            let rounding = 1e-12 * abs(terms.logLikelihood)
            guard
                nextTerms.logLikelihood >= terms.logLikelihood
                    || (nextTerms.logLikelihood >= terms.logLikelihood - rounding
                        && largestScore(nextTerms) < largestScore(terms))
            else { break }
            let moved = zip(next, theta).contains { abs($0 - $1) > 1e-15 * max(1, abs($1)) }
            (theta, terms) = (next, nextTerms)
            if !moved { break }
        }
        // At an edge ν is not at a stationary point: (μ, σ) get their errors with ν held there.
        let informationIndices = atEdge ? free.filter { $0 != 2 } : free
        let information = informationIndices.map { i in informationIndices.map { j in -terms.hessian[i][j] } }
        // The covariance of every free estimate, NaN in ν's row where ν has no standard error.
        let covariance = SymmetricMatrix(rows: information).inverse.map { inverse in
            SymmetricMatrix(
                rows: free.map { i in
                    free.map { j in
                        guard let a = informationIndices.firstIndex(of: i), let b = informationIndices.firstIndex(of: j)
                        else { return .nan }
                        return inverse[a, b]
                    }
                })
        }
        let estimates = free.enumerated().map { position, index -> ParameterEstimate in
            let variance = covariance?[position, position] ?? .nan
            let standardError = variance > 0 ? variance.squareRoot() : .nan
            return ParameterEstimate(
                name: names[index], value: theta[index], standardError: standardError,
                waldInterval: .wald(
                    estimate: theta[index], standardError: standardError.isNaN ? .infinity : standardError),
                likelihoodRatioInterval: nil)
        }
        var warnings: [FitWarning] = []
        if atEdge { warnings.append(.degreesOfFreedomAtEdge(nu: theta[2])) }
        if values.count < FitWarning.smallSampleSize { warnings.append(.smallSample(n: values.count)) }
        if estimates.contains(where: { !$0.standardError.isFinite && !(atEdge && $0.name == "nu") }) {
            warnings.append(.standardErrorsUnavailable)
        }
        let scale = Double(values.count) * (1 + theta.map(abs).max()!)
        let stationary = atEdge || free.allSatisfy { abs(terms.score[$0]) <= 1e-6 * scale }
        return FitResult(
            family: summary.family, modelName: summary.family.name, sampleSize: values.count, estimates: estimates,
            fixedParameters: names.filter { fixed[$0] != nil }.map { FixedParameter(name: $0, value: fixed[$0]!) },
            logLikelihood: terms.logLikelihood, method: .newtonRaphson, iterations: polishing,
            diagnosis: stationary ? .converged(.scoreVanished) : .converged(.stepStoppedShrinking),
            warnings: warnings, covariance: covariance,
            profiles: StudentTProfiles(values: values, fixed: fixed, estimate: theta, free: free))
    }
}

extension FitResult {
    /// The same fit with `parameter` added to the fixed ones, listed in the order of `names`.
    func holding(_ parameter: FixedParameter, in names: [String]) -> FitResult {
        let all = fixedParameters + [parameter]
        return FitResult(
            family: family, modelName: modelName, sampleSize: sampleSize, estimates: estimates,
            fixedParameters: names.compactMap { name in all.first { $0.name == name } },
            logLikelihood: logLikelihood, method: method, iterations: iterations, diagnosis: diagnosis,
            warnings: warnings, covariance: covariance, problem: problem, profiles: profiles)
    }
}
