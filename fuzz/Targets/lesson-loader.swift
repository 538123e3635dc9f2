import MLETutor

/// libFuzzer entry point for the lesson-loader target; Scripts/fuzz.sh builds and runs it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzEntryPoints.lessonLoader(bytes)
    return 0
}
