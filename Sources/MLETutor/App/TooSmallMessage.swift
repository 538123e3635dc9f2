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
        let wrapped = lines(width: width, height: height).enumerated().flatMap { index, line in
            TextWrapper.wrap([StyledRun(line, style: index == 0 ? .failure : .plain)], width: width)
        }
        let top = max(0, (height - wrapped.count) / 2)
        for (row, line) in wrapped.enumerated() {
            buffer.write(line, x: max(0, (width - line.width) / 2), y: top + row)
        }
    }
}
