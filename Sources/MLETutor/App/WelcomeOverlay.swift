/// The welcome on a learner's first start, over the lesson map: how pages, keys and saved
/// progress work. Any key closes it and then acts on the map.
struct WelcomeOverlay {
    let options: DisplayOptions

    /// The welcome's paragraphs, wrapped to the box.
    static let paragraphs = [
        "Welcome to mletutor, a course on maximum likelihood estimation in short lessons.",
        "Each lesson is a few pages. Go forward with n, → or Space: a press shows the next step of a page first, then turns the page. p goes back, m returns to this map, ? lists the keys that work where you are, and q quits.",
        "Interactive pages ask you to do something: find a peak, run an optimizer to its end, finish a quiz. A lesson counts as done when you have; the map shows how many of its checkpoints you met.",
        "Your place and progress are saved as you go, so you can quit at any time and pick up where you left off.",
    ]

    func draw(into buffer: inout TextBuffer) {
        let width = min(buffer.width - 4, 72)
        guard width > 10 else { return }
        let inner = width - 4
        var lines: [StyledLine] = []
        for paragraph in Self.paragraphs {
            if !lines.isEmpty { lines.append(.empty) }
            lines += TextWrapper.wrap([StyledRun(options.displayable(paragraph))], width: inner)
        }
        lines += [
            .empty, StyledLine("Press Enter to start the first lesson, or any key to see the map.", style: .muted),
        ]
        let height = min(buffer.height - 2, lines.count + 4)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        HelpOverlay.drawBox(box, title: " Welcome ", glyphs: options.glyphs, into: &buffer)
        let area = box.inset(top: 2, left: 2, bottom: 1, right: 2)
        for (row, line) in lines.prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, clip: area)
        }
    }
}
