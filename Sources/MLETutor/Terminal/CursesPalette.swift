import CNcurses

/// Hands out ncurses colour pairs for (foreground, background) combinations as they are first
/// used, approximating colours the terminal does not have.
struct CursesPalette {
    let colors: Int
    let pairs: Int
    private var assigned: [PairKey: Int16] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colors: Int, pairs: Int) {
        self.colors = colors
        self.pairs = pairs
    }

    /// The pair for these colours (0, the default pair, when there is no room for another).
    mutating func pair(foreground: TerminalColor?, background: TerminalColor?) -> Int16 {
        let key = PairKey(foreground: index(foreground), background: index(background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = assigned[key] { return pair }
        let next = Int16(assigned.count + 1)
        guard Int(next) < pairs else { return 0 }
        init_pair(next, key.foreground, key.background)
        assigned[key] = next
        return next
    }

    private func index(_ color: TerminalColor?) -> Int16 {
        guard let color else { return -1 }
        return Int16(color.approximated(paletteSize: colors).index)
    }
}
