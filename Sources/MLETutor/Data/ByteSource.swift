import Glibc

/// Where `fit` reads bytes from: a file, standard input, or (in tests) memory.
protocol ByteSource {
    /// Fills the start of `buffer`, returning the number of bytes read; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// An input that could not be opened or read, with the system's reason.
struct InputFailure: Error, Equatable, CustomStringConvertible {
    /// The file name as given, or `<stdin>`.
    let name: String
    /// The system's reason, e.g. `No such file or directory`.
    let reason: String

    var description: String { "\(name): error: \(reason)" }
}

/// A file descriptor read with read(2): a file opened by path, or standard input for `-`.
///
/// What cannot be a file of numbers is refused when it is opened, each with its own message: a
/// directory, `/dev/zero` and `/dev/urandom` (endless bytes), other devices, and a FIFO that
/// nothing writes to. A FIFO is opened without waiting for a writer.
struct FileSource: ByteSource {
    let name: String
    private let descriptor: Int32
    private let isFIFO: Bool
    private var bytesRead = 0

    /// Opens `path` for reading; `-` is standard input.
    init(path: String) throws {
        if path == "-" {
            name = "<stdin>"
            descriptor = 0
            isFIFO = false
            return
        }
        name = path
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputFailure(name: path, reason: Self.reason(errno)) }
        let type = status.st_mode & S_IFMT
        if let refusal = Self.refusal(type: type, device: status.st_rdev) {
            throw InputFailure(name: path, reason: refusal)
        }
        isFIFO = type == S_IFIFO
        descriptor = open(path, O_RDONLY | (isFIFO ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { throw InputFailure(name: path, reason: Self.reason(errno)) }
        if isFIFO {
            // Opened without blocking so a FIFO with no writer cannot hang us; reads block again.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        }
    }

    /// Why a file of type `type` (and device number `device`) is not read, or nil to read it.
    static func refusal(type: mode_t, device: dev_t) -> String? {
        switch type {
        case S_IFDIR:
            return "is a directory; give a file of numbers"
        case S_IFCHR:
            // Linux's memory devices have major number 1: 3 null, 5 zero, 8 random, 9 urandom.
            let major = (device >> 8) & 0xFFF
            let minor = (device & 0xFF) | ((device >> 12) & 0xFFF00)
            if major == 1 && minor == 5 { return "is /dev/zero, endless zero bytes, not a file of numbers" }
            if major == 1 && (minor == 8 || minor == 9) {
                return "is a random-number device, endless random bytes, not a file of numbers"
            }
            if major == 1 && minor == 3 { return nil }
            if major == 136 || major == 4 || major == 5 { return nil }  // terminals: pasted data
            return "is a device, not a file of numbers"
        case S_IFBLK:
            return "is a block device, not a file of numbers"
        case S_IFSOCK:
            return "is a socket, not a file of numbers"
        default:
            return nil
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES: return "permission denied: the file cannot be read by you"
        default: return String(cString: strerror(code))
        }
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count == 0 && isFIFO && bytesRead == 0 {
                throw InputFailure(name: name, reason: "is a FIFO (named pipe) and nothing wrote to it")
            }
            if count >= 0 {
                bytesRead += count
                return count
            }
            if errno != EINTR { throw InputFailure(name: name, reason: Self.reason(errno)) }
        }
    }

    /// Closes the file (standard input stays open).
    func close() {
        if descriptor > 0 { _ = Glibc.close(descriptor) }
    }
}

/// Bytes held in memory, handed out in reads of at most `chunk` bytes to exercise line splitting.
struct MemorySource: ByteSource {
    private let bytes: [UInt8]
    private let chunk: Int
    private var offset = 0

    init(_ text: String, chunk: Int = 1 << 16) {
        self.init(bytes: Array(text.utf8), chunk: chunk)
    }

    init(bytes: [UInt8], chunk: Int = 1 << 16) {
        self.bytes = bytes
        self.chunk = max(1, chunk)
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(chunk, buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}
