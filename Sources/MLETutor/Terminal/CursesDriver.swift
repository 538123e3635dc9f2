import CNcurses
import Glibc

/// Why the tutor could not take over the terminal.
enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case noCursorAddressing(String)

    var description: String {
        switch self {
        case .notATerminal:
            return
                "the tutor needs an interactive terminal for its screen and keys, and there is none (no /dev/tty); 'mletutor render', 'mletutor list' and 'mletutor fit' print without one"
        case .unknownTerminal(let name):
            return "unknown terminal type '\(name)'; set TERM to one this system knows, such as xterm-256color"
        case .noCursorAddressing(let name):
            return
                "the terminal type '\(name)' cannot move the cursor, which the tutor needs; 'mletutor render LESSON --page N' prints any page as plain text, or set TERM to one such as xterm-256color"
        }
    }
}

/// The real terminal, through ncurses: the only code that calls it.
final class CursesDriver: TerminalDriver {
    private let colorEnabled: Bool
    private var palette: CursesPalette
    private var stopped = false
    /// The frame on the screen now, to send only what changed.
    private var shown: TextBuffer?
    /// Reused for every cell, so drawing allocates nothing per cell.
    private var wideCharacters: [wchar_t] = []
    /// Whether to clear the screen when giving it back: terminals without an alternate screen
    /// (linux, vt100) would otherwise keep the last frame under the prompt.
    private let clearsOnExit: Bool

    /// Takes over the terminal: alternate screen, raw keys, no echo, hidden cursor.
    /// Call `setlocale` first (`TerminalLocale.activate()`), or braille draws as blanks.
    init(wantsColor: Bool) throws {
        try TerminalDevice.attach()
        var savedModes = termios()
        tcgetattr(STDIN_FILENO, &savedModes)
        // A run killed with kill -9 can leave the terminal raw: start from, and leave, sane modes.
        if Self.makeSane(&savedModes) { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
        let termName = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let screen = newterm(nil, mle_stdout(), mle_stdin()) else {
            throw TerminalError.unknownTerminal(termName)
        }
        guard Self.capability("cup") != nil else {
            endwin()
            delscreen(screen)
            throw TerminalError.noCursorAddressing(termName)
        }
        clearsOnExit = Self.capability("smcup") == nil
        raw()
        noecho()
        nonl()
        keypad(mle_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        colorEnabled = wantsColor && has_colors()
        if colorEnabled {
            start_color()
            use_default_colors()
        }
        palette = CursesPalette(
            colors: Int(colorEnabled ? mle_colors() : 0), pairs: Int(colorEnabled ? mle_color_pairs() : 0))
        TerminalSignals.install(resetSequence: Self.resetSequence(), modes: savedModes)
    }

    deinit { stop() }

    /// Gives the terminal back as it was. Safe to call more than once.
    func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        if clearsOnExit, let clear = Self.capability("clear") { putp(clear) }
        fflush(mle_stdout())
        TerminalSignals.uninstall()
    }

    /// Whether colours are in use (asked for, and the terminal has them).
    var hasColor: Bool { colorEnabled }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(mle_stdscr())), Int(getmaxy(mle_stdscr())))
    }

    /// Sends only the cells that differ from the last frame shown at the same size: an animated
    /// page changes a few hundred of the thousands of cells on a large screen.
    func present(_ buffer: TextBuffer) {
        let (width, height) = size
        let previous = shown.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        for y in 0..<min(height, buffer.height) {
            for x in 0..<min(width, buffer.width) {
                let cell = buffer[x, y]
                if let previous, previous[x, y] == cell { continue }
                // The right half of a wide character: ncurses draws it with the left half.
                if cell.character == Cell.continuation { continue }
                let pair =
                    colorEnabled
                    ? palette.pair(foreground: cell.style.foreground, background: cell.style.background) : 0
                fillWideCharacters(cell.character)
                _ = mle_put_cell(Int32(y), Int32(x), &wideCharacters, attributes(cell.style), pair)
            }
        }
        shown = buffer
        refresh()
    }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        timeout(Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let status = get_wch(&code)
        if status == ERR { return nil }
        if status == OK && code == 27 { return EscapeSequences.key(after: nextByte).map(TerminalEvent.key) }
        if status == OK && code == 26 { return suspend() }
        if status == OK && code == 3 { TerminalSignals.noteInterruptKey() }
        if status == KEY_CODE_YES {
            if Int32(code) == mle_key_resize() {
                // ncurses may have cleared the screen: the next frame is sent whole.
                shown = nil
                let (width, height) = size
                return .resized(width: width, height: height)
            }
            return CursesKeys.functionKey(Int32(code)).map(TerminalEvent.key)
        }
        return CursesKeys.character(UInt32(code)).map(TerminalEvent.key)
    }

    /// The next byte if one comes within `milliseconds`, for reading escape sequences.
    private func nextByte(_ milliseconds: Int) -> UInt32? {
        timeout(Int32(milliseconds))
        var code: wint_t = 0
        return get_wch(&code) == OK ? UInt32(code) : nil
    }

    /// Ctrl-Z: gives the terminal back and stops, as the shell expects; after `fg`, takes the
    /// terminal again and has the whole frame redrawn.
    private func suspend() -> TerminalEvent {
        endwin()
        fflush(mle_stdout())
        _ = Glibc.signal(SIGTSTP, SIG_DFL)
        _ = raise(SIGTSTP)
        // Continued.
        refresh()
        shown = nil
        let (width, height) = size
        return .resized(width: width, height: height)
    }

    /// The terminal's string for `name`, or nil when it has none.
    private static func capability(_ name: String) -> UnsafeMutablePointer<CChar>? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        return value
    }

    /// Turns raw modes (no line editing, no echo, no signals, no output processing) into a
    /// shell's sane ones; true when anything changed.
    static func makeSane(_ modes: inout termios) -> Bool {
        let before = modes
        modes.c_lflag |= tcflag_t(ICANON | ECHO | ECHOE | ECHOK | ISIG | IEXTEN)
        modes.c_iflag |= tcflag_t(ICRNL | BRKINT)
        modes.c_oflag |= tcflag_t(OPOST | ONLCR)
        return before.c_lflag != modes.c_lflag || before.c_iflag != modes.c_iflag || before.c_oflag != modes.c_oflag
    }

    /// Puts the character into `wideCharacters` as ncurses takes it: its base and combining
    /// marks (θ̂ is two scalars), at most five in all, zero-terminated.
    private func fillWideCharacters(_ character: Character) {
        wideCharacters.removeAll(keepingCapacity: true)
        for scalar in character.unicodeScalars.prefix(5) {
            wideCharacters.append(wchar_t(bitPattern: scalar.value))
        }
        wideCharacters.append(0)
    }

    private func attributes(_ style: Style) -> attr_t {
        var attributes: attr_t = 0
        if style.bold { attributes |= mle_a_bold() }
        if style.dim { attributes |= mle_a_dim() }
        if style.reverse { attributes |= mle_a_reverse() }
        if style.underline { attributes |= mle_a_underline() }
        return attributes
    }

    /// The terminal's own strings for leaving the alternate screen and keypad mode, showing the
    /// cursor and resetting attributes, for the crash handler.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes + Array("\r\n".utf8)
    }
}
