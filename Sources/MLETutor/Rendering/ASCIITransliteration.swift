/// Spells text for terminals that can show only ASCII: Greek letters by name, math signs by
/// their usual ASCII forms, typographic quotes and dashes plainly.
enum ASCIITransliteration {
    /// No spelling ends in `~`: a cell cut short ends in `~`, so `α̃` is `alpha-tilde` and `≈` is `~=`.
    static let replacements: [Character: String] = [
        "θ": "theta", "μ": "mu", "σ": "sigma", "λ": "lambda", "α": "alpha", "β": "beta",
        "η": "eta", "π": "pi", "ψ": "psi", "ε": "eps", "Σ": "sum", "∏": "prod", "∑": "sum",
        "ℓ": "l", "′": "'", "″": "''", "·": "*", "×": "x", "−": "-", "–": "-", "—": "--",
        "≈": "~=", "≤": "<=", "≥": ">=", "≠": "!=", "→": "->", "←": "<-", "↑": "up", "↓": "down",
        "∞": "inf", "√": "sqrt", "∂": "d", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "...",
        "✓": "*", "•": "-", "▸": ">", "±": "+/-", "∈": "in", "̂": "^", "̄": "bar",
        // The live pages: ‖w‖, α̃, ŷ, Cramér.
        "‖": "||", "̃": "-tilde", "ŷ": "y^", "é": "e",
        // The likelihood, recipe and score lessons: ½, χ², ∫ f dx; lessons 8 to 13: ∇ₓ.
        "½": "1/2", "χ": "chi", "∫": "integral", "∇": "grad",
        // The families' symbols: Cauchy's γ, Student-t's ν, Pareto's xₘ (`xm`, as its option is named).
        "γ": "gamma", "ν": "nu", "ₘ": "m",
    ]

    /// Superscript and subscript characters, spelled as a run after one `^` or `_`: 10⁻⁵ is
    /// `10^-5`, tₜ₋₁ is `t_t-1`.
    static let scripts: [Character: (mark: Character, spelling: Character)] = {
        var table: [Character: (mark: Character, spelling: Character)] = [:]
        for (digit, (raised, lowered)) in zip("0123456789", zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉")) {
            table[raised] = ("^", digit)
            table[lowered] = ("_", digit)
        }
        for (character, spelling) in zip("⁺⁻⁽⁾ⁿⁱ", "+-()ni") { table[character] = ("^", spelling) }
        for (character, spelling) in zip("₊₋₍₎ᵢⱼₖₙₜₓₐₑₒ", "+-()ijkntxaeo") { table[character] = ("_", spelling) }
        return table
    }()

    /// `text` with every non-ASCII character replaced by an ASCII spelling, or `?` when none is known.
    /// A Greek name is kept apart from a letter that follows it (`λx` is `lambda x`, `πσ` is `pi sigma`).
    static func apply(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        var openScript: Character?
        var afterName = false
        for character in text {
            if let script = scripts[character] {
                // A hat before an exponent is spelled out: σ̂² is `sigma-hat^2`, not `sigma^^2`.
                if openScript != script.mark && script.mark == "^" && result.hasSuffix("^") {
                    result.removeLast()
                    result += "-hat"
                }
                if openScript != script.mark { result.append(script.mark) }
                result.append(script.spelling)
                openScript = script.mark
                afterName = false
                continue
            }
            openScript = nil
            let spelled = spelling(of: character)
            if afterName, spelled.first?.isLetter == true { result += " " }
            result += spelled
            afterName = !character.isASCII && spelled.count >= 2 && spelled.allSatisfy(\.isLetter)
        }
        return result
    }

    /// One character's spelling: itself if ASCII, its replacement, or (for a letter with a
    /// combining mark, such as p̂ or θ̂, which is one character) its scalars spelled one by one.
    private static func spelling(of character: Character) -> String {
        if character.isASCII { return String(character) }
        if let replacement = replacements[character] { return replacement }
        var spelled = ""
        for scalar in character.unicodeScalars {
            if scalar.isASCII {
                spelled.unicodeScalars.append(scalar)
            } else {
                spelled += replacements[Character(scalar)] ?? "?"
            }
        }
        return spelled
    }
}

extension DisplayOptions {
    /// `text` as this display can show it: unchanged in Unicode, transliterated in ASCII.
    func displayable(_ text: String) -> String {
        unicode ? text : ASCIITransliteration.apply(text)
    }
}
