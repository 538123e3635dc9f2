import CNcurses
import Glibc
import Synchronization

/// Signal handling for the tutor's terminal.
///
/// SIGTERM, SIGHUP and SIGINT only raise a flag that the run loop reads, so the tutor saves the
/// learner's place and restores the terminal on its ordinary way out. A crash (a Swift trap
/// arrives as SIGILL or SIGTRAP; SIGABRT, SIGSEGV, SIGBUS, SIGFPE) cannot go that way: its
/// handler writes the terminal's reset sequences and restores the saved terminal modes with
/// async-signal-safe calls only, then re-raises the signal so the process dies as it would have.
enum TerminalSignals {
    private static let termination = Atomic<Bool>(false)

    static var terminationRequested: Bool { termination.load(ordering: .relaxed) }

    /// Installs the handlers. `resetSequence` is what puts the terminal back (leave the
    /// alternate screen, show the cursor, plain attributes); `modes` the terminal modes to restore.
    static func install(resetSequence: [UInt8], modes: termios) {
        CrashRestore.prepare(resetSequence: resetSequence, modes: modes)
        unblock(handled + [SIGWINCH])
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            _ = Glibc.signal(signal) { _ in TerminalSignals.termination.store(true, ordering: .relaxed) }
        }
        for signal in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            _ = Glibc.signal(signal) { number in
                CrashRestore.restore()
                _ = Glibc.signal(number, SIG_DFL)
                _ = raise(number)
            }
        }
    }

    /// Puts the default handlers back, once the terminal has been restored normally.
    static func uninstall() {
        for signal in handled {
            _ = Glibc.signal(signal, SIG_DFL)
        }
    }

    private static let handled = [SIGTERM, SIGHUP, SIGINT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// A parent may have started us with signals blocked; the tutor relies on receiving these.
    private static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}

/// What the crash handler needs, kept in memory allocated before any crash can happen so the
/// handler itself allocates nothing.
private enum CrashRestore {
    nonisolated(unsafe) private static var sequence: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var modes = termios()

    static func prepare(resetSequence: [UInt8], modes savedModes: termios) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: resetSequence.count)
        _ = buffer.initialize(from: resetSequence)
        sequence = buffer
        modes = savedModes
    }

    static func restore() {
        if let sequence, let base = sequence.baseAddress {
            _ = write(STDOUT_FILENO, base, sequence.count)
        }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }
}
