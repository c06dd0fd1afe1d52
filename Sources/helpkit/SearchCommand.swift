import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find help topics by words in their title or text, in the user's language.",
        discussion: """
        Every word must occur in the topic (as a substring: 'passcode' finds \
        'passcodes'). Results are ranked by relevance, titles weighing most, and \
        show a snippet with the matches highlighted. Japanese and Chinese are \
        found without spaces between words; words of one or two characters are \
        matched by a slower scan. Accents count: 'réinitialiser' is not \
        'reinitialiser'.

        The locale searched is negotiated like helpkit help's: --locale, then \
        LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else English.

        Exit status: 0 when something matched, 1 when nothing did, 2 for a \
        usage error or an unreadable catalog or content.

        Examples:
          helpkit search passcode
          helpkit search パスコード --locale ja
          helpkit search "réinitialiser code" --locale fr --catalog corpus.sqlite
          helpkit search PIN --limit 5 --format json
        """
    )

    @Argument(help: ArgumentHelp("The words to find.", valueName: "query"))
    var query: String

    @Option(help: "At most this many topics.")
    var limit = 10

    @Option(help: "text (for the terminal) or json.")
    var format: SearchFormat = .text

    @OptionGroup var source: HelpSourceOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard query.contains(where: { !$0.isWhitespace }) else { throw ValidationError("the query has no words") }
    }

    func run() throws {
        let library = try source.open()
        let preferences = source.preferences
        let results = try catalogCall { try library.search(query, preferences: preferences, limit: limit) }
        let strings = library.interfaceStrings(preferences)
        switch format {
        case .json:
            JSONOutput.write(SearchDocument(results))
        case .text:
            let values = ["query": query, "language": strings.languageName(of: results.locale)]
            var markdown = MarkdownText.escaped(strings.text(results.hits.isEmpty ? .searchNoResults : .searchResults, values)) + "\n\n"
            for (index, hit) in results.hits.enumerated() {
                markdown += "\(index + 1). **\(MarkdownText.escaped(hit.title))** — `\(hit.slug)`\n\n"
                markdown += "    " + Self.emphasised(hit.snippet, escaping: true) + "\n\n"
            }
            let options = RenderOptions.forStandardOutput(alertLabels: strings.alertLabels)
            StandardStreams.write(TerminalRenderer.render(markdown: markdown, options: options))
        }
        if results.hits.isEmpty { throw ExitStatus.findings }
    }

    /// The snippet as one line of markdown whose only emphasis is the matches:
    /// the content's own `**` and `__` are dropped (a match inside bold text
    /// would otherwise read `****`), and with `escaping`, the rest of its
    /// markup is escaped so that it reads as text.
    static func emphasised(_ snippet: String, escaping: Bool) -> String {
        var text = ""
        var segment = ""
        func flush(highlighted: Bool) {
            let plain = segment.replacing("**", with: "").replacing("__", with: "")
            let shown = escaping ? MarkdownText.escaped(plain) : plain
            text += highlighted && !plain.isEmpty ? "**\(shown)**" : shown
            segment = ""
        }
        for character in snippet {
            switch character {
            case SearchHit.highlightStart: flush(highlighted: false)
            case SearchHit.highlightEnd: flush(highlighted: true)
            case "\n": segment += " "
            default: segment.append(character)
            }
        }
        flush(highlighted: false)
        return text
    }
}

enum SearchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct SearchDocument: Encodable {
    struct Hit: Encodable {
        var slug: String
        var title: String
        /// Matches marked with ** as in markdown; the content's own emphasis dropped.
        var snippet: String
        var rank: Double
    }

    var query: String
    var locale: String
    var fallbackPath: [String]
    var hits: [Hit]

    init(_ results: SearchResults) {
        query = results.query
        locale = results.locale.identifier
        fallbackPath = results.resolution.explanation
        hits = results.hits.map { Hit(slug: $0.slug, title: $0.title, snippet: SearchCommand.emphasised($0.snippet, escaping: false), rank: $0.rank) }
    }
}
