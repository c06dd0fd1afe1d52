import Foundation
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The JSON that `help` and `search` print: one object per run, small enough
/// that Foundation's encoder costs nothing worth measuring.
enum JSONOutput {
    static func write(_ document: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return }
        StandardStreams.write(Array(data) + [0x0A])
    }
}

struct TopicDocument: Encodable {
    struct OlderRevision: Encodable {
        var handoff: String
        var newestHandoff: String
        var changedSentences: Int
    }

    var kind = "topic"
    var slug: String
    var title: String
    var locale: String
    var requested: [String]
    var fallbackPath: [String]
    var availableLocales: [String]
    var translation: String
    var olderRevision: OlderRevision?
    var contexts: [String]
    var action: String?
    var shortHelp: String?
    var notices: [String]
    var markdown: String

    init(_ topic: HelpTopic, notices: [String]) {
        slug = topic.slug
        title = topic.title
        locale = topic.locale.identifier
        requested = topic.resolution.preferences.requests.map(\.tag.identifier)
        fallbackPath = topic.resolution.explanation
        availableLocales = topic.availableLocales.map(\.identifier)
        translation = topic.translation.code
        olderRevision = topic.olderRevision.map {
            OlderRevision(handoff: $0.handoff, newestHandoff: $0.newestHandoff, changedSentences: $0.changedSentences)
        }
        contexts = topic.contextIDs
        action = topic.action
        shortHelp = topic.shortHelp?.text
        self.notices = notices
        markdown = topic.markdown
    }
}

struct TopicSummaryDocument: Encodable {
    var slug: String
    var title: String
    var locale: String

    init(_ summary: TopicSummary) {
        slug = summary.slug
        title = summary.title
        locale = summary.locale.identifier
    }
}

struct ChoicesDocument: Encodable {
    var kind = "choices"
    var context: String
    var topics: [TopicSummaryDocument]
}

struct ShortHelpDocument: Encodable {
    var kind = "short-help"
    var action: String
    var text: String
    var locale: String
    var notices: [String]
}
