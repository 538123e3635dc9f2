/// The full help, drawn in a box over the screen: every key that works where the learner is,
/// plus the keys that work everywhere.
struct HelpOverlay {
    let hints: [KeyHint]
    let options: DisplayOptions

    static let everywhere = [
        KeyHint("?", "show or hide this help"),
        KeyHint("q", "quit (your place is saved)"),
        KeyHint("Ctrl-C", "quit at once (your place is saved)"),
    ]

    func draw(into buffer: inout TextBuffer) {
        let glyphs = options.glyphs
        let general = Set(Self.everywhere.map(\.keys))
        let rows = hints.filter { !general.contains($0.keys) } + Self.everywhere
        let keyWidth = rows.map(\.keys.count).max() ?? 0
        let lines = rows.map { (key: $0.keys.padding(to: keyWidth), action: $0.action) }
        let footer = "Press any key to close."
        let innerWidth = max(footer.count, lines.map { $0.key.count + 3 + $0.action.count }.max() ?? 0)
        let width = min(buffer.width - 2, innerWidth + 4)
        let height = min(buffer.height - 2, lines.count + 6)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        Self.drawBox(box, title: " Keys ", glyphs: glyphs, into: &buffer)
        let inner = box.inset(top: 2, left: 2, bottom: 1, right: 2)
        for (row, line) in lines.prefix(max(0, inner.height - 2)).enumerated() {
            buffer.write(line.key, x: inner.x, y: inner.y + row, style: .keyName, clip: inner)
            buffer.write(line.action, x: inner.x + keyWidth + 3, y: inner.y + row, clip: inner)
        }
        buffer.write(footer, x: inner.x, y: inner.maxY - 1, style: .muted, clip: inner)
    }

    /// A cleared box with a frame and a title in its top edge.
    static func drawBox(_ box: Rect, title: String, glyphs: Glyphs, into buffer: inout TextBuffer) {
        guard box.width >= 2, box.height >= 2 else { return }
        buffer.fill(box)
        let horizontal = String(repeating: glyphs.horizontal, count: box.width - 2)
        buffer.write(
            "\(glyphs.corners.topLeft)\(horizontal)\(glyphs.corners.topRight)", x: box.x, y: box.y, style: .accent)
        buffer.write(
            "\(glyphs.corners.bottomLeft)\(horizontal)\(glyphs.corners.bottomRight)", x: box.x, y: box.maxY - 1,
            style: .accent)
        for row in (box.y + 1)..<(box.maxY - 1) {
            buffer[box.x, row] = Cell(glyphs.vertical, style: .accent)
            buffer[box.maxX - 1, row] = Cell(glyphs.vertical, style: .accent)
        }
        buffer.write(title, x: box.x + 2, y: box.y, style: .title)
    }
}
