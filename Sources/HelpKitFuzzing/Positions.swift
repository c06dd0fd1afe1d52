import HelpKitCore

/// Whether every diagnostic points inside `input`: line 1 up to its line
/// count, column 1 or more. Nil when they all do.
func misplaced(_ diagnostics: [Diagnostic], in input: [UInt8]) -> String? {
    let lines = input.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard let wrong = diagnostics.first(where: { !(1...lines).contains($0.location.line) || $0.location.column < 1 }) else {
        return nil
    }
    return "diagnostic at \(wrong.location.line):\(wrong.location.column) outside \(lines) lines: \(wrong.message)"
}
