import Glibc

/// The terminal the tutor draws on and reads keys from. When standard input carries data
/// (`cut -f3 data.csv | mletutor explore gamma`) or standard output is piped on, the keys and the
/// screen are the controlling terminal, /dev/tty, as fzf and less do it.
enum TerminalDevice {
    /// Makes standard input and output the controlling terminal where they are not one, so that
    /// ncurses and the signal handlers, which use descriptors 0 and 1, need no other change.
    /// Call it after any data on standard input have been read.
    ///
    /// - Throws: `TerminalError.notATerminal` when the process has no terminal at all.
    static func attach() throws {
        let inputIsTerminal = isatty(STDIN_FILENO) == 1
        let outputIsTerminal = isatty(STDOUT_FILENO) == 1
        if inputIsTerminal && outputIsTerminal { return }
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { throw TerminalError.notATerminal }
        defer { close(terminal) }
        if !inputIsTerminal { dup2(terminal, STDIN_FILENO) }
        if !outputIsTerminal {
            fflush(nil)
            dup2(terminal, STDOUT_FILENO)
        }
    }
}
