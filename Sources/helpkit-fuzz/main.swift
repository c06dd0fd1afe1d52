import HelpKitFuzzing

#if canImport(Glibc)
import Glibc
#endif

// libFuzzer's entry point (`make fuzz` builds this with -sanitize=fuzzer).
// FUZZ_TARGET names the input to fuzz; a broken invariant is a crash that
// libFuzzer saves.

enum Selected {
    static let target: any FuzzTarget.Type = selectTarget()
}

func selectTarget() -> any FuzzTarget.Type {
    let name = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTargets.named(name) else {
        fatalError("FUZZ_TARGET must be one of \(FuzzTargets.names.joined(separator: ", ")); got \"\(name)\"")
    }
    return target
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = Selected.target.check(input) { fatalError("\(Selected.target.name): \(failure)") }
    return 0
}
