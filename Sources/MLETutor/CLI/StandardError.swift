import ArgumentParser
import Glibc
import Synchronization

/// The program's two output streams, written with write(2) and with every hidden character made
/// visible (`VisibleText`): the one edge where text leaves for a terminal, a file or a pipe.
///
/// A closed or full stream never crashes the program: the failure is remembered, and
/// `finish()` turns it into a non-zero exit status.
enum StandardStreams {
    /// Exit status when output could not be written (sysexits' EX_IOERR).
    static let outputErrorStatus: Int32 = 74

    private static let failed = Atomic<Bool>(false)

    /// Whether any write to standard output or standard error has failed.
    static var writeFailed: Bool { failed.load(ordering: .relaxed) }

    /// Writes `text` to standard output, escaped.
    static func out(_ text: String) {
        write(VisibleText.escaped(text), to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error, escaped.
    static func err(_ text: String) {
        write(VisibleText.escaped(text), to: STDERR_FILENO)
    }

    /// Throws the output-error exit status when a write failed, so `render --all >/dev/full`
    /// does not claim success.
    static func finish() throws {
        if writeFailed { throw ExitCode(outputErrorStatus) }
    }

    /// Writes all of `text` to `descriptor`, retrying short writes and interruptions; records a
    /// failure instead of trapping.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 {
                    failed.store(true, ordering: .relaxed)
                    return
                }
                offset += written
            }
        }
    }
}

/// Writes `message` and a newline to standard error, escaped.
func printToStandardError(_ message: String) {
    StandardStreams.err(message + "\n")
}

/// Writes `text` to standard error, escaped.
func writeToStandardError(_ text: String) {
    StandardStreams.err(text)
}

/// Writes `message` and a newline to standard output, escaped.
func printToStandardOutput(_ message: String, terminator: String = "\n") {
    StandardStreams.out(message + terminator)
}
