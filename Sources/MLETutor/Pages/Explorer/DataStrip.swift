import MLECore

/// The data in one line: tosses as H and T, counts, values, with what the likelihood uses of them.
enum DataStrip {
    static func text(_ model: LikelihoodModel, width: Int) -> String {
        let summary = model.summary
        let n = summary.count
        let totals: String
        let support = model.family.support
        if support == .zeroOrOne {
            let heads = Int(summary.sum)
            totals = "\(heads) head\(heads == 1 ? "" : "s"), \(n - heads) tail\(n - heads == 1 ? "" : "s")"
        } else if let trials = model.family.trials {
            // k and n as lesson 2 names them: successes, and trials in all.
            totals = "k = \(Int(summary.sum)) successes in n = \(n * trials) trials"
        } else if support.isDiscrete {
            totals = "Σx = \(Int(summary.sum))"
        } else {
            totals = "x̄ = \(ReadoutFormat.significant(summary.mean, digits: 5))"
        }
        var head = "Data (n = \(n)): "
        if let trials = model.family.trials {
            head = n == 1 ? "Data: " : "Data (\(n) counts, each out of \(trials)): "
        }
        let tail = "  → " + totals
        guard let values = model.values else { return "Data: n = \(n) values from a file" + tail }
        let room = width - head.count - tail.count
        let tokens = values.map { token($0, family: model.family) }
        var shown = tokens.joined(separator: " ")
        if shown.count > room {
            // The newest observations matter most while the learner adds them: keep the end.
            var kept: [String] = []
            var used = 2
            for token in tokens.reversed() {
                let needed = token.count + (kept.isEmpty ? 0 : 1)
                if used + needed > room { break }
                used += needed
                kept.append(token)
            }
            shown = "… " + kept.reversed().joined(separator: " ")
        }
        return head + shown + tail
    }

    private static func token(_ x: Double, family: Family) -> String {
        if family.support == .zeroOrOne { return x == 1 ? "H" : "T" }
        return family.support.isDiscrete ? String(Int(x)) : ReadoutFormat.significant(x, digits: 3)
    }
}
