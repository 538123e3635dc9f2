import Testing

@testable import MLETutor

/// ASCII spellings a reader can parse: exponents and indices as one run, Greek names kept apart.
struct ASCIITransliterationTests {
    @Test(arguments: [
        ("10⁻⁵", "10^-5"), ("10⁶ and 10⁰", "10^6 and 10^0"), ("x⁸⁹", "x^89"), ("tₜ₋₁", "t_t-1"),
        ("θ₀", "theta_0"), ("log₁₀ L", "log_10 L"), ("σ²", "sigma^2"),
    ])
    func superscriptsAndSubscriptsAreOneRun(_ text: String, _ spelled: String) {
        #expect(ASCIITransliteration.apply(text) == spelled)
    }

    @Test(arguments: [
        ("2πσ²", "2pi sigma^2"), ("λx", "lambda x"), ("Σxᵢ", "sum x_i"), ("√σ̂²", "sqrt sigma-hat^2"),
        ("p̂ = k/n", "p^ = k/n"),
        ("dℓ/dμ", "dl/dmu"), ("(μ, σ)", "(mu, sigma)"), ("xₘ", "xm"), ("Cramér", "Cramer"),
    ])
    func greekNamesStayApartFromTheLettersAfterThem(_ text: String, _ spelled: String) {
        #expect(ASCIITransliteration.apply(text) == spelled)
    }

    @Test func everySpellingIsASCII() {
        let all =
            ASCIITransliteration.replacements.values.joined()
            + ASCIITransliteration.scripts.values.map { "\($0.mark)\($0.spelling)" }.joined()
        #expect(all.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
