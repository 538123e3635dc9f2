import RealModule

/// The censored log-likelihoods of the lognormal (μ, σ) and the Gamma (α, β), with their score and
/// Hessian: events enter through log f, censored times through log S, each computed in the log so
/// a time far in the upper tail (S below the smallest double) still counts.
extension CensoredSurvival {
    /// ℓ, ∇ℓ and ∇²ℓ at one parameter point.
    typealias Derivatives = (logLikelihood: Double, score: Theta, hessian: Hessian)

    // MARK: Lognormal

    /// log Φ̄(z) = log P(Z > z) for a standard normal Z and the hazard φ(z)/Φ̄(z). Below z = 30 from
    /// erfc, accurate relative to Φ̄ however small; above it Φ̄ would near the underflow limit, so
    /// from the Mills ratio Φ̄/φ = 1/(z + 1/(z + 2/(z + 3/(z + …)))), whose 40 terms are exact there.
    public static func normalLogSurvival(_ z: Double) -> (logSurvival: Double, hazard: Double) {
        let logDensity = -0.5 * z * z - 0.5 * Double.log(2 * Double.pi)
        if z < 30 {
            let survival = 0.5 * Double.erfc(z / 2.0.squareRoot())
            return (Double.log(survival), Double.exp(logDensity) / survival)
        }
        var fraction = z
        for k in stride(from: 40, through: 1, by: -1) { fraction = z + Double(k) / fraction }
        return (logDensity - Double.log(fraction), fraction)
    }

    /// Lognormal ℓ(μ, σ) with z = (log t − μ)/σ: log f = −log t − log σ − ½ log 2π − z²/2 for an
    /// event, log S = log Φ̄(z) for a censored time.
    func lognormalLogLikelihood(mu: Double, sigma: Double) -> Double {
        var total = CompensatedSum()
        for (t, event) in zip(times, events) {
            let z = (Double.log(t) - mu) / sigma
            total.add(
                event
                    ? -Double.log(t) - Double.log(sigma) - 0.5 * Double.log(2 * Double.pi) - 0.5 * z * z
                    : Self.normalLogSurvival(z).logSurvival)
        }
        return total.value
    }

    /// Exact lognormal derivatives. Each subject's term is g(z) (plus −log σ for an event), with
    /// g′ = −z, g″ = −1 for an event and g′ = −h, g″ = −h(h − z) for a censored time (h the hazard);
    /// the chain rule through ∂z/∂μ = −1/σ and ∂z/∂σ = −z/σ gives the rest.
    func lognormalDerivatives(mu: Double, sigma: Double) -> Derivatives {
        var g1 = CompensatedSum()
        var g1z = CompensatedSum()
        var g2 = CompensatedSum()
        var g2z = CompensatedSum()
        var g2zz = CompensatedSum()
        for (t, event) in zip(times, events) {
            let z = (Double.log(t) - mu) / sigma
            let (first, second): (Double, Double)
            if event {
                (first, second) = (-z, -1)
            } else {
                let hazard = Self.normalLogSurvival(z).hazard
                (first, second) = (-hazard, -hazard * (hazard - z))
            }
            g1.add(first)
            g1z.add(first * z)
            g2.add(second)
            g2z.add(second * z)
            g2zz.add(second * z * z)
        }
        let d = Double(eventCount)
        let s2 = sigma * sigma
        return (
            lognormalLogLikelihood(mu: mu, sigma: sigma),
            Theta(-g1.value / sigma, -(g1z.value + d) / sigma),
            Hessian(g2.value / s2, (g2z.value + g1.value) / s2, (g2zz.value + 2 * g1z.value + d) / s2)
        )
    }

    // MARK: Gamma

    /// Gamma ℓ(α, β) (β the rate): log f = α log β + (α − 1) log t − βt − log Γ(α) for an event,
    /// log S = log Q(α, βt), the regularized upper incomplete gamma, for a censored time.
    func gammaLogLikelihood(shape alpha: Double, rate beta: Double) -> Double {
        var total = CompensatedSum()
        for (t, event) in zip(times, events) {
            total.add(
                event
                    ? alpha * Double.log(beta) + (alpha - 1) * Double.log(t) - beta * t - Double.logGamma(alpha)
                    : logRegularizedGammaQ(alpha, beta * t))
        }
        return total.value
    }

    /// Gamma derivatives. Events are exact (digamma, trigamma). For a censored time, with x = βt
    /// and r = x^(α−1) e⁻ˣ / (Γ(α) Q) the hazard in x, ∂ log Q/∂x = −r and ∂² log Q/∂x² =
    /// −r((α − 1)/x − 1 + r) are exact; ∂ log Q/∂α has no closed form, so it and the two second
    /// derivatives in α are five-point central differences in α of the exact log Q and of the exact
    /// −r, with step α/1000 (truncation error near 1e-12 of the value, rounding near 1e-13).
    func gammaDerivatives(shape alpha: Double, rate beta: Double) -> Derivatives {
        var scoreAlpha = CompensatedSum()
        var scoreBeta = CompensatedSum()
        var alphaAlpha = CompensatedSum()
        var alphaBeta = CompensatedSum()
        var betaBeta = CompensatedSum()
        let h = alpha / 1000
        for (t, event) in zip(times, events) {
            let x = beta * t
            if event {
                scoreAlpha.add(Double.log(x) - digamma(alpha))
                scoreBeta.add(alpha / beta - t)
                alphaAlpha.add(-trigamma(alpha))
                alphaBeta.add(1 / beta)
                betaBeta.add(-alpha / (beta * beta))
                continue
            }
            let r = Self.gammaTailHazard(alpha, x)
            scoreBeta.add(-t * r)
            betaBeta.add(-t * t * r * ((alpha - 1) / x - 1 + r))
            let logQ = (-2...2).map { logRegularizedGammaQ(alpha + Double($0) * h, x) }
            scoreAlpha.add((logQ[0] - 8 * logQ[1] + 8 * logQ[3] - logQ[4]) / (12 * h))
            alphaAlpha.add((-logQ[0] + 16 * logQ[1] - 30 * logQ[2] + 16 * logQ[3] - logQ[4]) / (12 * h * h))
            let rates = (-2...2).map { -t * Self.gammaTailHazard(alpha + Double($0) * h, x) }
            alphaBeta.add((rates[0] - 8 * rates[1] + 8 * rates[3] - rates[4]) / (12 * h))
        }
        return (
            gammaLogLikelihood(shape: alpha, rate: beta),
            Theta(scoreAlpha.value, scoreBeta.value),
            Hessian(alphaAlpha.value, alphaBeta.value, betaBeta.value)
        )
    }

    /// r = x^(α−1) e⁻ˣ / (Γ(α) Q(α, x)), the Gamma hazard in x, from logs so neither part underflows.
    private static func gammaTailHazard(_ alpha: Double, _ x: Double) -> Double {
        Double.exp((alpha - 1) * Double.log(x) - x - Double.logGamma(alpha) - logRegularizedGammaQ(alpha, x))
    }

    /// The start for Newton: the method-of-moments Gamma (α = m²/v, β = m/v) and the lognormal of
    /// the logs' mean and standard deviation, both from every time as if it were an event. Nil when
    /// all times are equal (v = 0), where neither likelihood has a maximum. The Gamma moments are
    /// taken of the times over the largest, so times near 1e308 do not overflow the variance.
    func uncensoredStart(lognormal: Bool) -> Theta? {
        let unit = lognormal ? 1 : times.max() ?? 1
        let values = lognormal ? times.map { Double.log($0) } : times.map { $0 / unit }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        guard variance > 0, variance.isFinite, mean.isFinite else { return nil }
        return lognormal
            ? Theta(mean, variance.squareRoot()) : Theta(mean * mean / variance, mean / variance / unit)
    }
}
