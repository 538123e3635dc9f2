/// The screen shown when the terminal is smaller than the tutor can lay out in.
enum TooSmallMessage {
    static func lines(width: Int, height: Int) -> [String] {
        [
            "Terminal too small: \(width)x\(height).",
            "mletutor needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight).",
            "Enlarge the window, or press q to quit.",
        ]
    }

    static func draw(width: Int, height: Int, into buffer: inout TextBuffer) {
        let lines = lines(width: width, height: height)
        let top = max(0, (height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let wrapped = line.count > width ? String(line.prefix(width)) : line
            buffer.write(wrapped, x: max(0, (width - wrapped.count) / 2), y: top + row,
                         style: row == 0 ? .failure : .plain)
        }
    }
}
