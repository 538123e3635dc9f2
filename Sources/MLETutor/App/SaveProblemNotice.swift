/// The line that says, on every screen, that progress could not be saved and why; it stays
/// until a save succeeds or the learner dismisses it.
struct SaveProblemNotice {
    let reason: String
    let options: DisplayOptions

    /// The key that dismisses the notice; no page uses it.
    static let dismissKey = Key.character("!")

    /// The notice in words, as the learner reads it.
    var text: String {
        "Progress not saved: \(reason). Your place is kept while the tutor runs; ! dismisses this."
    }

    /// Drawn on the row above the key bar, over whatever was there, wrapped to two rows when long.
    func draw(into buffer: inout TextBuffer) {
        guard buffer.height >= 4, buffer.width > 4 else { return }
        let lines = TextWrapper.wrap([StyledRun(options.displayable(text), style: .failure)], width: buffer.width - 2)
            .prefix(2)
        let top = buffer.height - 1 - lines.count
        for (offset, line) in lines.enumerated() {
            let row = Rect(x: 0, y: top + offset, width: buffer.width, height: 1)
            buffer.fill(row)
            buffer.write(line, x: 1, y: row.y, clip: row)
        }
    }
}
