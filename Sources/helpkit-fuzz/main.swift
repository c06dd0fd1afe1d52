import HelpKitFuzzing

#if canImport(Glibc)
import Glibc
#endif

// libFuzzer's driver around one fuzz target: `make fuzz` builds this with
// -sanitize=fuzzer,address and -D HELPKIT_FUZZING. FUZZ_TARGET names the
// input; a broken invariant is a crash that libFuzzer saves.

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

func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = Selected.target.check(input) { fatalError("\(Selected.target.name): \(failure)") }
    return 0
}

#if HELPKIT_FUZZING
/// libFuzzer's entry for a program with a main of its own (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzOneInput($0, $1) })
#else
print("helpkit-fuzz runs under libFuzzer: make fuzz builds it so")
exit(2)
#endif
