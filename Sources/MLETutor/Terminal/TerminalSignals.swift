import CNcurses
import Glibc
import Synchronization

/// Signal handling for the tutor's terminal.
///
/// SIGTERM, SIGHUP and SIGINT only raise a flag that the run loop reads, so the tutor saves the
/// learner's place and restores the terminal on its ordinary way out, then exits with 128 plus
/// the signal's number (130 after Ctrl-C, 143 after SIGTERM). SIGUSR1, SIGUSR2 and SIGALRM, which
/// would otherwise end the process with the terminal raw, are ignored, as is SIGPIPE (a write
/// that fails is handled where it happens).
///
/// A crash (a Swift trap arrives as SIGILL or SIGTRAP; SIGABRT, SIGSEGV, SIGBUS, SIGFPE) and
/// SIGQUIT cannot go the ordinary way: their handler writes the terminal's reset sequences and
/// restores the saved terminal modes with async-signal-safe calls only, then hands the signal on
/// to the handler that was installed before ours (Swift's backtracer prints the crash), or to the
/// default action.
enum TerminalSignals {
    private static let termination = Atomic<Int32>(0)

    static var terminationRequested: Bool { termination.load(ordering: .relaxed) != 0 }

    /// The exit status the run should end with: 128 + the signal that ended it, or nil when the
    /// learner quit normally.
    static var exitStatus: Int32? {
        let signal = termination.load(ordering: .relaxed)
        return signal == 0 ? nil : 128 + signal
    }

    /// Records that the learner pressed Ctrl-C, which arrives as a key in raw mode, so the run
    /// exits with status 130 as if SIGINT had come.
    static func noteInterruptKey() {
        termination.store(SIGINT, ordering: .relaxed)
    }

    /// Forgets a recorded termination (for tests and a second full-screen run).
    static func clearTermination() {
        termination.store(0, ordering: .relaxed)
    }

    /// The signals that end the run through the ordinary way out.
    static let terminating = [SIGTERM, SIGHUP, SIGINT]
    /// The signals that crash, or ask for a core dump: restore, then hand on.
    static let crashing = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT]
    /// The signals whose default action would end the process with the terminal raw.
    static let ignored = [SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE]

    /// Installs the handlers. `resetSequence` is what puts the terminal back (leave the
    /// alternate screen, show the cursor, plain attributes); `modes` the terminal modes to restore.
    static func install(resetSequence: [UInt8], modes: termios) {
        CrashRestore.prepare(resetSequence: resetSequence, modes: modes)
        unblock(terminating + crashing + ignored + [SIGWINCH, SIGTSTP, SIGCONT])
        for signal in terminating {
            _ = Glibc.signal(signal) { number in TerminalSignals.termination.store(number, ordering: .relaxed) }
        }
        for signal in ignored {
            _ = Glibc.signal(signal, SIG_IGN)
        }
        for signal in crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in CrashRestore.handle(number) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_NODEFER
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            CrashRestore.remember(previous, for: signal)
        }
    }

    /// Puts back the handlers that were there before `install`, once the terminal has been
    /// restored normally.
    static func uninstall() {
        for signal in terminating + ignored {
            _ = Glibc.signal(signal, SIG_DFL)
        }
        for signal in crashing {
            CrashRestore.reinstallPrevious(signal)
        }
    }

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
    /// The handlers installed before ours, indexed by signal number.
    nonisolated(unsafe) private static var previous: [sigaction] = Self.emptyActions()
    nonisolated(unsafe) private static var hasPrevious = [Bool](repeating: false, count: 65)

    private static func emptyActions() -> [sigaction] {
        let empty = sigaction()
        return Array(repeating: empty, count: 65)
    }

    static func prepare(resetSequence: [UInt8], modes savedModes: termios) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: resetSequence.count)
        _ = buffer.initialize(from: resetSequence)
        sequence = buffer
        modes = savedModes
    }

    static func remember(_ action: sigaction, for signal: Int32) {
        guard signal >= 0, signal < previous.count else { return }
        previous[Int(signal)] = action
        hasPrevious[Int(signal)] = true
    }

    /// Puts back the handler that was there before ours (the default when there was none).
    static func reinstallPrevious(_ signal: Int32) {
        if signal >= 0, signal < previous.count, hasPrevious[Int(signal)] {
            var action = previous[Int(signal)]
            sigaction(signal, &action, nil)
        } else {
            _ = Glibc.signal(signal, SIG_DFL)
        }
    }

    /// Restores the terminal, then raises the signal again through the handler that was there
    /// before ours (Swift's backtracer prints the crashed thread, our frames on top) or the
    /// default action.
    static func handle(_ signal: Int32) {
        restore()
        reinstallPrevious(signal)
        _ = raise(signal)
        // Swift's backtracer returns once it has printed, expecting a fault to recur; a signal
        // sent with kill does not, so the default action ends the process.
        _ = Glibc.signal(signal, SIG_DFL)
        _ = raise(signal)
        _exit(128 + signal)
    }

    static func restore() {
        if let sequence, let base = sequence.baseAddress {
            _ = write(STDOUT_FILENO, base, sequence.count)
        }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }
}
