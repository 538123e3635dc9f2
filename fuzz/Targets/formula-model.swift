import MLETutor

/// libFuzzer entry point for the formula-model target; Scripts/fuzz.sh builds and runs it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzEntryPoints.formulaModel(bytes)
    return 0
}
