extension TerminalColor {
    /// The nearest colour a terminal with `paletteSize` colours has: itself when it fits, else
    /// one of the eight standard colours (cube and grey colours by their components).
    func approximated(paletteSize: Int) -> TerminalColor {
        if Int(index) < paletteSize { return self }
        if index < 16 { return TerminalColor(index: index - 8) }
        let (red, green, blue) = components
        let brightest = max(red, green, blue)
        guard brightest > 0 else { return .black }
        let threshold = max(1, brightest / 2)
        let bits = (red >= threshold ? 1 : 0) | (green >= threshold ? 2 : 0) | (blue >= threshold ? 4 : 0)
        return TerminalColor(index: UInt8(bits))
    }

    /// Red, green and blue from 0 to 5, for cube and grey colours.
    private var components: (Int, Int, Int) {
        if index >= 232 {
            let level = (Int(index) - 232) * 6 / 24
            return (level, level, level)
        }
        let cube = Int(index) - 16
        return (cube / 36, (cube / 6) % 6, cube % 6)
    }
}
