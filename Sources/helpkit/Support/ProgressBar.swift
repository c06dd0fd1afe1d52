/// A one-line progress bar on stderr, for runs long enough to wonder about.
///
/// It stays silent for the first half second, so a quick run prints nothing,
/// redraws at most ten times a second, and erases itself when done so that
/// the report that follows starts on a clean line.
final class ProgressBar {
    private let enabled: Bool
    private let label: String
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    /// Whether the bar is on the terminal now: `clear` takes it off without
    /// letting the next update redraw sooner than the interval allows.
    private var isVisible = false

    private static let quietPeriod = Duration.milliseconds(500)
    private static let redrawInterval = Duration.milliseconds(100)
    private static let width = 30

    /// Draws only when `enabled` and stderr is a terminal.
    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled && FileStatus.standardErrorIsTerminal
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        guard now - started >= Self.quietPeriod else { return }
        if let lastDrawn, now - lastDrawn < Self.redrawInterval, done < total { return }
        lastDrawn = now
        isVisible = true
        let filled = Self.width * min(done, total) / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
        StandardStreams.error("\r\(label) \(bar) \(done)/\(total) files\u{1B}[K", newline: false)
    }

    /// Erases the bar if it is drawn: before other text goes to the
    /// terminal, and at the end. An update after the interval draws it again.
    func clear() {
        guard isVisible else { return }
        StandardStreams.error("\r\u{1B}[K", newline: false)
        isVisible = false
    }
}
