import Foundation
import HelpKitTestSupport
import Testing
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

/// The parser on all 8,164 real articles, through the command a user runs.
@Suite("Real corpus parsing", .enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct CorpusParsingTests {
    @Test("helpkit units emits one unit per data-ttu-id in every file")
    func oneUnitPerTargetSpan() throws {
        let run = try HelpKitBinary.run(["units", Corpus.root.path])
        // Exit 1: the article whose YAML is itself segmented into spans has an
        // error-level diagnostic; every other file is still reported.
        #expect(run.status == 1)
        var unitsPerFile: [String: Int] = [:]
        for line in run.output.split(separator: UInt8(ascii: "\n")) {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            let path = try #require(object?["path"] as? String)
            unitsPerFile[path, default: 0] += 1
        }
        let files = Corpus.files
        #expect(files.count == 8_164)
        var targetSpans = 0
        var mismatched: [String] = []
        let marker = Array(#"data-ttu-id=""#.utf8)
        for file in files {
            let bytes = try FileReader.read(file)
            let expected = occurrences(of: marker, in: bytes)
            targetSpans += expected
            if unitsPerFile[file, default: 0] != expected { mismatched.append(file) }
        }
        #expect(mismatched.isEmpty, "files whose unit count differs from their data-ttu-id count: \(mismatched)")
        #expect(unitsPerFile.values.reduce(0, +) == targetSpans)
        #expect(targetSpans == 70_416)
        let errors = run.errors.split(separator: "\n")
        #expect(errors.filter { $0.contains("[unpaired-span]") }.count == 6)
        #expect(errors.filter { $0.contains("error:") }.allSatisfy { $0.contains("troubleshoot-presence-issues-outlook.md") })
    }

    @Test("helpkit roundtrip gives back all 8,164 files byte for byte")
    func roundTrip() throws {
        let run = try HelpKitBinary.run(["roundtrip", Corpus.root.path])
        #expect(run.status == 0)
        #expect(run.text == "8164 of 8164 files byte-identical\n")
    }

    @Test("the 147 units with <Group Name>-style placeholders keep them")
    func placeholdersSurvive() {
        let htmlTags: Set<String> = ["span", "a", "br", "img", "b", "i", "em", "strong", "code", "p", "sup", "sub", "u", "kbd"]
        var unitsWithPlaceholders = 0
        var lost: [String] = []
        ArticleStream(files: Corpus.files).forEach({ article in
            let pseudoTag = /<([A-Za-z][^<>]*)>/
            return article.units.compactMap { unit -> (raw: [String], decoded: String)? in
                let names = unit.rawSourceText.matches(of: pseudoTag).map { String($0.output.1) }
                    .filter { !htmlTags.contains($0.split(separator: " ").first.map { $0.lowercased() } ?? "") }
                return names.isEmpty ? nil : (names, unit.source)
            }
        }, consume: { units in
            for unit in units {
                unitsWithPlaceholders += 1
                if let missing = unit.raw.first(where: { !unit.decoded.contains("<\($0)>") }) { lost.append(missing) }
            }
        })
        #expect(unitsWithPlaceholders == 147)
        #expect(lost.isEmpty)
    }

    private func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> Int {
        guard bytes.count >= pattern.count else { return 0 }
        var count = 0
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }
}
