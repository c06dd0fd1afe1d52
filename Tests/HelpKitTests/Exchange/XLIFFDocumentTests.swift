import HelpKitExchange
import Testing

/// What the XML of a document sent back means, as XLIFFDocument reads it
/// through libxml2's SAX2 parser: the reader joins what the parser hands
/// over in pieces, and decodes what it leaves encoded.
@Suite("XLIFF documents are read as XML means them")
struct XLIFFDocumentTests {
    /// An XLIFF 2.0 document of one file and one unit.
    static func document(original: String = "ja-JP/a.md", target: String) -> [UInt8] {
        Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="ja-JP">
          <file id="f1" original="\(original)">
            <unit id="1a2b3-101">
              <segment>
                <source>Open it.</source>
                \(target)
              </segment>
            </unit>
          </file>
        </xliff>

        """.utf8)
    }

    static func read(_ bytes: [UInt8]) throws -> XLIFFDocument { try XLIFFDocument(bytes: bytes, name: "t.xlf") }

    static func target(_ element: String) throws -> String? {
        try read(document(target: element)).files.first?.units.first?.target?.flattened
    }

    @Test("references, character references and CDATA are one text with the characters they stand for")
    func text() throws {
        #expect(try Self.target("<target>a &amp; b &lt;c&gt; &#x263A;<![CDATA[ <d> & ]]>e</target>") == "a & b <c> ☺ <d> & e")
    }

    @Test("an attribute's references are decoded: `&amp;` too, which the parser leaves as `&#38;`")
    func attributes() throws {
        let file = try Self.read(Self.document(original: "ja-JP/a&amp;b &lt;&#38;&quot;.md", target: "<target>x</target>")).files.first
        #expect(file?.original == "ja-JP/a&b <&\".md")
        #expect(file?.units.first?.id == "1a2b3-101")
    }

    @Test("an element with nothing in it is empty, written either way")
    func emptyElements() throws {
        #expect(try Self.target("<target/>") == "")
        #expect(try Self.target("<target></target>") == "")
        #expect(try Self.read(Self.document(target: "<target/>")).files.first?.units.count == 1)
    }

    @Test("text longer than the parser's chunks comes whole, whatever falls on a chunk's edge")
    func longText() throws {
        // Over 256 KiB of three-byte characters and references, so chunk edges fall inside both.
        let words = String(repeating: "閉じます &amp; ", count: 40_000)
        #expect(try Self.target("<target>\(words)</target>") == words.replacingOccurrences(of: "&amp;", with: "&"))
    }

    @Test("a text node longer than libxml2's limit fails the document, as libxml2's tree builder would")
    func hugeText() throws {
        let bytes = Self.document(target: "<target>" + String(repeating: "abcdefghij", count: 1_100_000) + "</target>")
        #expect { try Self.read(bytes) } throws: { error in
            guard let failure = error as? XLIFFDocument.Failure else { return false }
            return failure.message == "a text node longer than libxml2 allows (XML_MAX_TEXT_LENGTH)" && failure.location.line == 7
        }
    }

    @Test("bytes not in the declared encoding fail the document, though libxml2 tells only stderr")
    func wrongEncoding() throws {
        // UTF-8 "Á" is C3 81, and 0x81 has no character in windows-1252; the
        // units after it fill more than one chunk, so the parser halts on a later one.
        let padding = (0..<3_000).map { #"<unit id="u\#($0)"><segment><source>Open it.</source><target>Öppna.</target></segment></unit>"# }
        let text = String(decoding: Self.document(target: "<target>Á</target>"), as: UTF8.self)
            .replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="windows-1252""#)
            .replacingOccurrences(of: "  </file>", with: padding.joined(separator: "\n") + "\n  </file>")
        #expect { try Self.read(Array(text.utf8)) } throws: { error in
            (error as? XLIFFDocument.Failure)?.message == "the bytes are not in the encoding the document declares"
        }
    }

    @Test("a document type stops the parser before its declarations are read")
    func documentType() throws {
        let bytes = Array(#"<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff/>"#.utf8)
        #expect { try Self.read(bytes) } throws: { error in
            (error as? XLIFFDocument.Failure)?.message == "a document type declaration is not allowed in XLIFF (no DTD, no entities)"
        }
    }

    @Test("malformed XML fails where libxml2 finds it")
    func malformed() throws {
        let bytes = Self.document(target: "<target>x</targt>")
        #expect { try Self.read(bytes) } throws: { error in
            guard let failure = error as? XLIFFDocument.Failure else { return false }
            return failure.location.line == 7 && failure.message.contains("mismatch")
        }
    }
}
