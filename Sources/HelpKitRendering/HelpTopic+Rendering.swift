import HelpKitCore
import HelpKitCatalog


extension HelpTopic {
    /// The topic's body drawn for a terminal.
    public func renderedText(options: RenderOptions) -> String {
        TerminalRenderer.render(markdown: markdown, options: options)
    }
}
