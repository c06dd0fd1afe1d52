import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// How a TUI run is set up.
public struct TUIOptions: Sendable {
    /// The languages to show topics in, most wanted first (`--locale`, then the environment).
    public var preferences: LocalePreferences
    /// The labels, in the language negotiated for them.
    public var strings: InterfaceStrings
    /// The fallbacks of `locales/<tag>.yml`, for choosing each topic's locale.
    public var negotiator: LocaleNegotiator
    /// Start in the review of this locale (`--review`).
    public var review: LocaleTag?
    /// False under `NO_COLOR`: attributes only.
    public var colors: Bool
    /// Where to log frame timings (`HELPKIT_TUI_TIMINGS`), if anywhere.
    public var timingsPath: String?

    public init(preferences: LocalePreferences, strings: InterfaceStrings, negotiator: LocaleNegotiator,
                review: LocaleTag? = nil, colors: Bool = true, timingsPath: String? = nil) {
        self.preferences = preferences
        self.strings = strings
        self.negotiator = negotiator
        self.review = review
        self.colors = colors
        self.timingsPath = timingsPath
    }
}

/// The terminal UI: action flows with their help beside them, topics full
/// screen, and the translation review.
public enum TUIApplication {
    public enum Failure: Error, CustomStringConvertible {
        case terminal(String)
        public var description: String {
            switch self {
            case let .terminal(reason): reason
            }
        }
    }

    /// Runs until the user quits; the terminal is restored however it ends.
    /// `start` is when the command began, for the first-frame timing.
    public static func run(content: TUIContent, options: TUIOptions, start: ContinuousClock.Instant = .now) throws(Failure) {
        let session: TerminalSession
        do {
            session = try TerminalSession(colors: options.colors)
        } catch {
            throw .terminal(error.description)
        }
        defer { session.end() }
        let timings = FrameTimings(path: options.timingsPath)
        defer { timings.close() }
        let canvas = session.canvas
        let controller = TUIController(content: content, strings: options.strings, negotiator: options.negotiator,
                                       preferences: options.preferences, review: options.review,
                                       rows: canvas.rows, columns: canvas.columns)
        controller.draw(on: canvas)
        canvas.present()
        timings.recordFirstFrame(since: start)
        while !controller.isFinished {
            let key = session.nextKey()
            if key == .endOfInput { break }
            let received = ContinuousClock.now
            if key == .resize {
                controller.resize(rows: canvas.rows, columns: canvas.columns)
            }
            controller.handle(key)
            if controller.isFinished { break }
            controller.draw(on: canvas)
            canvas.present()
            timings.record(key == .resize ? "resize" : "key \(key.name)", since: received)
        }
    }
}
