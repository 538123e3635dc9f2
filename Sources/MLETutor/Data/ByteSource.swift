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
struct FileSource: ByteSource {
    let name: String
    private let descriptor: Int32

    /// Opens `path` for reading; `-` is standard input.
    init(path: String) throws {
        if path == "-" {
            name = "<stdin>"
            descriptor = 0
            return
        }
        name = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputFailure(name: path, reason: String(cString: strerror(errno))) }
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw InputFailure(name: name, reason: String(cString: strerror(errno))) }
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
        bytes = Array(text.utf8)
        self.chunk = chunk
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
