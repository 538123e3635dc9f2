/// Spells text for terminals that can show only ASCII: Greek letters by name, math signs by
/// their usual ASCII forms, typographic quotes and dashes plainly.
enum ASCIITransliteration {
    /// No spelling ends in `~`: a cell cut short ends in `~`, so `α̃` is `alpha-tilde` and `≈` is `~=`.
    static let replacements: [Character: String] = [
        "θ": "theta", "μ": "mu", "σ": "sigma", "λ": "lambda", "α": "alpha", "β": "beta",
        "η": "eta", "π": "pi", "ψ": "psi", "ε": "eps", "Σ": "sum", "∏": "prod", "∑": "sum",
        "ℓ": "l", "′": "'", "″": "''", "·": "*", "×": "x", "−": "-", "–": "-", "—": "--",
        "≈": "~=", "≤": "<=", "≥": ">=", "≠": "!=", "→": "->", "←": "<-", "↑": "up", "↓": "down",
        "∞": "inf", "√": "sqrt", "∂": "d", "²": "^2", "³": "^3", "¹": "^1", "⁻": "^-",
        "ᵢ": "_i", "₁": "_1", "₂": "_2", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "...",
        "✓": "*", "•": "-", "▸": ">", "±": "+/-", "∈": "in", "̂": "^", "̄": "bar",
        // The live pages: ‖w‖, log₁₀, α̃, ŷ, Cramér.
        "‖": "||", "₀": "0", "̃": "-tilde", "ŷ": "y^", "é": "e",
        // The likelihood, recipe and score lessons: λⁿ, xₙ, σ⁴, ½, χ², ∫ f dx.
        "ⁿ": "^n", "ₙ": "_n", "⁴": "^4", "½": "1/2", "χ": "chi", "∫": "integral",
        // Lessons 8 to 13: zₖ, Σⱼ, tₜ₋₁, ∇ₓ.
        "ₖ": "_k", "ⱼ": "_j", "ₜ": "_t", "₋": "-", "ₓ": "_x", "∇": "grad",
        // The families' symbols: Cauchy's γ, Pareto's xₘ.
        "γ": "gamma", "ₘ": "m",
        // Lessons 12 and 17: Student-t's ν, p⁷ in the binomial probability.
        "ν": "nu", "⁷": "^7",
    ]

    /// `text` with every non-ASCII character replaced by an ASCII spelling, or `?` when none is known.
    static func apply(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if let replacement = replacements[character] {
                result += replacement
            } else {
                // A letter with a combining mark (p̂, θ̂) is one character: spell it scalar by scalar.
                for scalar in character.unicodeScalars {
                    if scalar.isASCII {
                        result.unicodeScalars.append(scalar)
                    } else {
                        result += replacements[Character(scalar)] ?? "?"
                    }
                }
            }
        }
        return result
    }
}

extension DisplayOptions {
    /// `text` as this display can show it: unchanged in Unicode, transliterated in ASCII.
    func displayable(_ text: String) -> String {
        unicode ? text : ASCIITransliteration.apply(text)
    }
}
