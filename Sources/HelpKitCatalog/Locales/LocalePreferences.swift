#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore

/// The languages a user asked for, most wanted first, each with where it came from.
///
/// A CLI reads them from `--locale` and the environment in gettext's order;
/// a host app passes its own ordered list or an HTTP `Accept-Language` value.
public struct LocalePreferences: Hashable, Sendable {
    public var requests: [LocaleRequest]

    public init(requests: [LocaleRequest]) {
        self.requests = requests
    }

    /// An ordered list such as `["fr-CA", "fr", "en"]`; unreadable entries are skipped.
    public init(_ tags: [String], origin: LocaleRequest.Origin = .application) {
        requests = tags.compactMap { LocaleRequest($0, origin: origin) }
    }

    /// An `Accept-Language` value: `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`.
    ///
    /// Ordered by quality, ties in the order written; `q=0` and `*` ask for nothing.
    public init(acceptLanguage header: String) {
        let ranked = header.split(separator: ",").enumerated().compactMap { position, item -> (Double, Int, LocaleRequest)? in
            let parts = item.split(separator: ";").map { $0.trimmingSpaces() }
            guard let range = parts.first, range != "*" else { return nil }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0, let request = LocaleRequest(range, origin: .acceptLanguage) else { return nil }
            return (quality, position, request)
        }
        requests = ranked.sorted { ($1.0, $0.1) < ($0.0, $1.1) }.map(\.2)
    }

    /// `explicit` first (a `--locale` option), then the environment the way
    /// gettext reads it: every entry of the colon-separated `LANGUAGE`, then the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty.
    /// `C` and `POSIX` ask for no language.
    ///
    /// Unlike gettext, `LANGUAGE` counts even when the locale is `C`: a help
    /// topic has no reason to ignore the language a user named.
    public static func environment(_ variables: [String: String], explicit: String? = nil) -> LocalePreferences {
        var requests: [LocaleRequest] = []
        if let explicit, let request = LocaleRequest(explicit, origin: .option) { requests.append(request) }
        for entry in (variables["LANGUAGE"] ?? "").split(separator: ":") {
            if let request = LocaleRequest(entry, origin: .environment("LANGUAGE")) { requests.append(request) }
        }
        if let name = ["LC_ALL", "LC_MESSAGES", "LANG"].first(where: { !(variables[$0] ?? "").isEmpty }),
           let request = LocaleRequest(variables[name] ?? "", origin: .environment(name)) {
            requests.append(request)
        }
        return LocalePreferences(requests: requests)
    }

    /// `environment(_:explicit:)` over this process's environment.
    public static func processEnvironment(explicit: String? = nil) -> LocalePreferences {
        var variables: [String: String] = [:]
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return environment(variables, explicit: explicit)
    }
}

/// One language a user asked for.
public struct LocaleRequest: Hashable, Sendable {
    public enum Origin: Hashable, Sendable, CustomStringConvertible {
        /// A `--locale` option.
        case option
        /// An environment variable, by name.
        case environment(String)
        /// An HTTP `Accept-Language` header.
        case acceptLanguage
        /// A list the host application passed.
        case application

        public var description: String {
            switch self {
            case .option: "--locale"
            case let .environment(name): name
            case .acceptLanguage: "Accept-Language"
            case .application: "the application"
            }
        }
    }

    /// The tag as written (`it_IT@euro`).
    public var written: String
    /// The canonical tag (`it-IT`).
    public var tag: LocaleTag
    public var origin: Origin

    /// Nil for `C`, `POSIX` and anything that is not a language tag.
    public init?(_ written: some StringProtocol, origin: Origin) {
        let text = written.trimmingSpaces()
        guard text != "C", text != "POSIX", let tag = LocaleTag(text) else { return nil }
        self.written = text
        self.tag = tag.canonical
        self.origin = origin
    }
}
