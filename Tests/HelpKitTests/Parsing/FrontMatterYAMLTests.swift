import HelpKitCore
import HelpKitTestSupport
import Testing
import Yams

/// Front matter is read from libyaml's events; Yams, which reads the same
/// YAML through a node tree, is the oracle. Both must give the same entries
/// (key, value, quoting, place) and the same problem at the same place.
@Suite("Front matter read from libyaml events, against Yams")
struct FrontMatterYAMLTests {
    /// One case each of what front matter holds in the wild and what breaks it.
    static let cases: [String] = [
        "title: Plans\nms.custom: [a, 'b', \"c\"]\nms.date: 10/20/2020\n",
        "title: \"Quoted: yes\"\nms.openlocfilehash: '1278'\nms.lasthandoff: 09/14/2020\n",
        "ms.custom:\n- HelpContext1\n- HelpContext2\nsearch.appverid:\n  - MET150\n",
        "base: &b [x, y]\nother: *b\nname: &n Plain\nalias: *n\n",
        "list: [*n]\nname: &n late\n",
        "map:\n  inner: 1\n  deeper: {a: 1}\nnext: [a, [b, c], {d: e}, f]\n",
        "empty:\nquoted: ''\ntilde: ~\n",
        "folded: >\n  two\n  lines\nliteral: |\n  keep\n  this\n",
        "ms.custom: single\nms.topic: article\n",
        "# only a comment\n",
        "",
        "title: Plans\ntitle: Again\n",
        "b: 1\na: 2\nb: 3\na: 4\n",
        "map:\n  k: 1\n  k: 2\nlater: [unclosed\n",
        "keys: [a\n",
        "title: 'unclosed\n",
        "just a scalar\n",
        "- a\n- list\n",
        "a: 1\n...\nb: 2\n",
        "a: *nowhere\n",
        "title: x\n\tindented: tab\n",
        "title: x\r\nms.author: y\r\n",
        "author: a\r\r\r\rb\nkeys: [a\n",
        "? complex\n: value\n[a, b]: flow key\n",
        "!!str 1: a\n1: b\n",
        "ms.author: &a me\n*a : again\n",
        "title: Sök ärenden 検索\nms.locale: sv-SE\n",
        "title: x\n  bad indent: y\n",
        "a: {b: [c, {d: *undefined}]}\n",
        "! a: 1\na: 2\n",
        "'a': 1\n\"a\": 2\n",
        (0..<70).map { "key\($0): \($0)\n" }.joined() + "key7: again\n",
        (0..<70).map { "key\($0): \($0)\n" }.joined(),
    ]

    @Test("every case reads as Yams reads it", arguments: cases)
    func sameAsYams(yaml: String) throws {
        try Self.expectSameAsYams("---\n\(yaml)---\nbody\n")
    }

    @Test("every front matter of the real corpus reads as Yams reads it",
          .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
    func corpus() throws {
        var compared = 0
        for path in Corpus.files {
            let bytes = try FileReader.read(path)
            try Self.expectSameAsYams(String(decoding: bytes, as: UTF8.self), path: path)
            compared += 1
        }
        #expect(compared > 8_000)
    }

    @Test("a list used as a key is never a repeat (Yams would compare its contents)")
    func collectionKeys() throws {
        let text = "---\n[a]: 1\n[a]: 2\ntitle: x\n---\n"
        let frontMatter = try #require(ArticleParser.parse(Array(text.utf8), path: "a.md").frontMatter)
        #expect(frontMatter.parseError == nil)
        #expect(frontMatter.entries.map(\.key) == ["title"])
    }

    @Test("a control character is reported at its own byte, with libyaml's reason")
    func controlCharacter() throws {
        let text = "---\ntitle: a\u{01}b\n---\n"
        let article = ArticleParser.parse(Array(text.utf8), path: "a.md")
        let diagnostic = try #require(article.diagnostics.first { $0.code == .invalidFrontMatter })
        #expect(diagnostic.description == "a.md:2:9: error: front matter is not valid YAML: control characters are not allowed [invalid-front-matter]")
    }

    private static func expectSameAsYams(_ text: String, path: String = "a.md") throws {
        let article = ArticleParser.parse(Array(text.utf8), path: path)
        let frontMatter = try #require(article.frontMatter, "\(path)")
        let expected = YamsOracle.read(frontMatter.yaml, origin: frontMatter.location)
        #expect(frontMatter.entries == expected.entries, "\(path)")
        let problem = article.diagnostics.first { $0.code == .invalidFrontMatter }
        #expect(problem?.message == expected.problem?.message, "\(path)")
        #expect(problem?.location == expected.problem?.location, "\(path)")
    }
}

/// How front matter was read through Yams before the event reader: kept as the reference.
private enum YamsOracle {
    static func read(_ yaml: String, origin: HelpKitCore.SourceLocation) -> (entries: [FrontMatter.Entry], problem: (location: HelpKitCore.SourceLocation, message: String)?) {
        let locator = YAMLLocator(yaml, origin: origin)
        do {
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return ([], nil) }
            guard case let .mapping(mapping) = root else {
                return ([], (locator.location(root.mark), "front matter is not a YAML mapping of keys to values"))
            }
            let entries = mapping.compactMap { key, value -> FrontMatter.Entry? in
                guard case let .scalar(keyScalar) = key else { return nil }
                return FrontMatter.Entry(key: keyScalar.string, value: Self.value(of: value), location: locator.location(keyScalar.mark))
            }
            return (entries, nil)
        } catch {
            let problem = locator.problem(error)
            switch problem.kind {
            case let .invalid(detail): return ([], (problem.location, "front matter is not valid YAML: \(detail)"))
            case let .repeatedKeys(keys): return ([], (problem.location, "front matter repeats the key \(keys.joined(separator: ", "))"))
            }
        }
    }

    private static func value(of node: Node) -> FrontMatter.Value {
        switch node {
        case let .scalar(scalar): .scalar(scalar.string, quoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted)
        case let .sequence(sequence): .list(sequence.compactMap { $0.scalar?.string })
        case .mapping, .alias: .other
        }
    }
}
