import MLECore

/// The data in one line: tosses as H and T, counts, values, with what the likelihood uses of them.
enum DataStrip {
    /// A whole number as digits while they are exact, in significant-digit form beyond (a sum
    /// of counts can exceed what `Int` holds).
    static func whole(_ value: Double) -> String {
        abs(value) < 1e15 ? String(Int(value)) : ReadoutFormat.significant(value, digits: 6)
    }

    /// The strip for `options`' display: spelled in ASCII before it is measured, so the ASCII
    /// spelling (`xbar` for x̄) is what is fitted to `width`.
    static func text(_ model: LikelihoodModel, width: Int, options: DisplayOptions = .standard) -> String {
        let summary = model.summary
        let n = summary.count
        let totals: String
        let support = model.family.support
        if support == .zeroOrOne {
            let heads = Int(exactly: summary.sum) ?? 0
            totals = "\(heads) head\(heads == 1 ? "" : "s"), \(n - heads) tail\(n - heads == 1 ? "" : "s")"
        } else if let trials = model.family.trials {
            // k and n as lesson 2 names them: successes, and trials in all.
            totals = "k = \(whole(summary.sum)) successes in n = \(whole(Double(n) * Double(trials))) trials"
        } else if support.isDiscrete {
            totals = "Σx = \(whole(summary.sum))"
        } else {
            totals = "x̄ = \(ReadoutFormat.significant(summary.mean, digits: 5))"
        }
        var head = "Data (n = \(n)): "
        if let trials = model.family.trials {
            head = n == 1 ? "Data: " : "Data (\(n) counts, each out of \(trials)): "
        }
        head = options.displayable(head)
        let tail = options.displayable("  → " + totals)
        guard let values = model.values else { return "Data: n = \(n) values, summarised as they were read" + tail }
        let room = width - head.displayColumns - tail.displayColumns
        let tokens = values.map { options.displayable(token($0, family: model.family)) }
        var shown = tokens.joined(separator: " ")
        if shown.displayColumns > room {
            // The newest observations matter most while the learner adds them: keep the end.
            var kept: [String] = []
            let marker = options.displayable("… ")
            var used = marker.displayColumns
            for token in tokens.reversed() {
                let needed = token.displayColumns + (kept.isEmpty ? 0 : 1)
                if used + needed > room { break }
                used += needed
                kept.append(token)
            }
            shown = marker + kept.reversed().joined(separator: " ")
        }
        return head + shown + tail
    }

    private static func token(_ x: Double, family: Family) -> String {
        if family.support == .zeroOrOne { return x == 1 ? "H" : "T" }
        return family.support.isDiscrete ? whole(x) : ReadoutFormat.significant(x, digits: 3)
    }
}
