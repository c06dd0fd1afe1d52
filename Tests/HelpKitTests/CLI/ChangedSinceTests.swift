import Foundation
import HelpKitTestSupport
import Testing

/// `helpkit check --changed-since REF` in a git repository of its own, with two commits.
@Suite("helpkit check --changed-since")
struct ChangedSinceTests {
    /// A repository where every article's French was made from older English:
    /// each group has one source-drift finding. The first commit adds
    /// articles a, b and c; the second rewrites b's English; then c's French
    /// is edited without committing and article d is added, untracked.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for slug in ["a", "b", "c"] { try writeArticle(slug, in: folder) }
        try git(["init", "--quiet"], in: folder)
        try git(["add", "."], in: folder)
        try git(["commit", "--quiet", "-m", "a, b and c"], in: folder)
        try folder.write("help/en-US/b.md", "Open the new settings page now.\n")
        try git(["commit", "--quiet", "-am", "b's English"], in: folder)
        try writeArticle("c", french: "Ouvrez bien la page.", in: folder)
        try writeArticle("d", in: folder)
        return folder
    }

    static func writeArticle(_ slug: String, french: String = "Ouvrez la page.", in folder: TemporaryFolder) throws {
        try folder.write("help/en-US/\(slug).md", "Open the new settings page.\n")
        try folder.write("help/fr-FR/\(slug).md", sxsArticle(locale: "fr-FR", body: sxsUnit("abcde-101", target: french, source: "Open the page.")))
    }

    static func git(_ arguments: [String], in folder: TemporaryFolder) throws {
        let settings = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"]
        let run = try CapturedProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + settings + arguments, currentDirectory: folder.url)
        #expect(run.status == 0, "git \(arguments): \(run.errors)")
    }

    /// The slugs with findings, and what the run said on stderr.
    static func check(_ arguments: [String], in folder: TemporaryFolder) throws -> (slugs: Set<String>, errors: String) {
        let run = try HelpKitBinary.run(["check", "--format", "json", "--fail-on", "never"] + arguments, currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let document = try JSONSerialization.jsonObject(with: run.output) as? [String: Any]
        let findings = document?["findings"] as? [[String: Any]] ?? []
        return (Set(findings.compactMap { $0["slug"] as? String }), run.errors)
    }

    @Test("checks the groups changed since REF: committed, edited and untracked, in any locale")
    func changedGroups() throws {
        let folder = try Self.repository()
        let everything = try Self.check(["help"], in: folder)
        #expect(everything.slugs == ["a", "b", "c", "d"])

        let sinceFirst = try Self.check(["help", "--changed-since", "HEAD~1"], in: folder)
        #expect(sinceFirst.slugs == ["b", "c", "d"])
        #expect(sinceFirst.errors.contains("checked 3 article groups with a file changed since HEAD~1"))

        let sinceLast = try Self.check(["--changed-since", "HEAD", folder.path("help")], in: folder)
        #expect(sinceLast.slugs == ["c", "d"])
        #expect(sinceLast.errors.contains("checked 2 article groups"))
    }

    @Test("a deleted file puts its group's other locales in the check")
    func deletedFile() throws {
        let folder = try Self.repository()
        try FileManager.default.removeItem(atPath: folder.path("help/en-US/a.md"))
        let run = try HelpKitBinary.run(["check", "help", "--changed-since", "HEAD", "--format", "json", "--fail-on", "never"],
                                        currentDirectory: folder.url)
        #expect(run.errors.contains("checked 3 article groups"))
        #expect(run.text.contains(#""slug":"a""#))
    }

    @Test("an unknown revision, no repository or a partial baseline: a clear error and exit 2")
    func errors() throws {
        let folder = try Self.repository()
        for revision in ["no-such-branch", "--output=x"] {
            let run = try HelpKitBinary.run(["check", "help", "--changed-since=\(revision)"], currentDirectory: folder.url)
            #expect(run.status == 2)
            #expect(run.errors.contains("--changed-since \(revision): no such revision in the git repository"))
            #expect(run.output.isEmpty)
        }
        let baseline = try HelpKitBinary.run(["check", "help", "--changed-since", "HEAD", "--write-baseline", "b.json"],
                                             currentDirectory: folder.url)
        #expect(baseline.status == 2 && baseline.errors.contains("leave out --changed-since"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("b.json")))
        let plain = try TemporaryFolder()
        try Self.writeArticle("a", in: plain)
        let run = try HelpKitBinary.run(["check", "help", "--changed-since", "HEAD"], currentDirectory: plain.url)
        #expect(run.status == 2)
        #expect(run.errors.contains("--changed-since needs a git repository, and \(plain.url.resolvingSymlinksInPath().path)/help is not in one"))
    }
}
