/// Text placed into markdown that is rendered for the terminal: titles,
/// queries and ids must read as themselves, not as markup.
enum MarkdownText {
    /// `text` with inline markup characters escaped, and a leading character
    /// that would open a block (heading, list, quote) escaped too.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>|~".contains(character) || (output.isEmpty && "#-+>".contains(character)) {
                output.append("\\")
            }
            output.append(character == "\n" || character == "\r" ? " " : character)
        }
        if let dot = output.firstIndex(of: "."), !output[..<dot].isEmpty, output[..<dot].allSatisfy(\.isNumber) {
            output.insert("\\", at: dot)
        }
        return output
    }

    /// A notice as a blockquote paragraph, so the renderer sets it apart from the topic.
    static func notice(_ text: String) -> String {
        "> " + escaped(text) + "\n"
    }
}
