import HelpKitCore

/// The article parser and writer: any bytes print back as they were read,
/// and every diagnostic points inside them.
package enum ArticleFuzzTarget: FuzzTarget {
    package static let name = "article"

    package static func check(_ input: [UInt8]) -> String? {
        let article = ArticleParser.parse(input, path: "ja-JP/fuzz.md")
        guard article.printed() == input else { return "printed(parse(x)) differs from x" }
        return misplaced(article.diagnostics, in: input)
    }
}

/// Front matter: any bytes between the fences are read in bounded time
/// (libFuzzer's -timeout and -rss_limit_mb bound it), print back as they
/// were, and are reported inside the file.
package enum FrontMatterFuzzTarget: FuzzTarget {
    package static let name = "front-matter"

    package static func check(_ input: [UInt8]) -> String? {
        ArticleFuzzTarget.check(Array("---\n".utf8) + input + Array("\n---\n# Title\n".utf8))
    }
}
