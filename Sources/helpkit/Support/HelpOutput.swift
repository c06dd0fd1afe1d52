import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI


/// Writes what `helpkit help` found, as terminal text, markdown or JSON.
///
/// Notices go first in text, into stderr with markdown (so stdout stays the
/// topic's source), and into a `notices` array in JSON.
struct HelpOutput {
    var format: HelpFormat
    var strings: InterfaceStrings
    /// How text is drawn: width, colour and links of standard output.
    var options: RenderOptions

    func write(_ topic: HelpTopic) {
        let notices = topic.notices(strings)
        switch format {
        case .text:
            let markdown = notices.map(MarkdownText.notice).joined(separator: "\n") + (notices.isEmpty ? "" : "\n") + topic.markdown
            StandardStreams.write(render(markdown))
        case .markdown:
            for notice in notices { StandardStreams.message(notice) }
            StandardStreams.writeContent(topic.markdown.hasSuffix("\n") ? topic.markdown : topic.markdown + "\n")
        case .json:
            JSONOutput.write(TopicDocument(topic, notices: notices))
        }
    }

    func write(context: String, _ topics: [TopicSummary]) {
        switch format {
        case .text, .markdown:
            var markdown = MarkdownText.escaped(strings.text(.topicsForContext, ["id": context])) + "\n\n"
            for topic in topics {
                markdown += "- **\(MarkdownText.escaped(topic.title))** — `\(topic.slug)`\n"
            }
            markdown += "\n" + MarkdownText.escaped(strings.text(.pickTopic, ["command": "helpkit help SLUG"])) + "\n"
            if format == .text { StandardStreams.write(render(markdown)) } else { StandardStreams.writeContent(markdown) }
        case .json:
            JSONOutput.write(ChoicesDocument(context: context, topics: topics.map(TopicSummaryDocument.init)))
        }
    }

    func write(_ help: ShortHelp, name: String) {
        if let notice = help.notice(strings), format != .json { StandardStreams.message(notice) }
        switch format {
        case .text:
            StandardStreams.write(render(help.text))
        case .markdown:
            StandardStreams.writeContent(help.text + "\n")
        case .json:
            JSONOutput.write(ShortHelpDocument(action: name, text: help.text, locale: help.locale.identifier,
                                               notices: help.notice(strings).map { [$0] } ?? []))
        }
    }

    private func render(_ markdown: String) -> String {
        let text = TerminalRenderer.render(markdown: markdown, options: options)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}

