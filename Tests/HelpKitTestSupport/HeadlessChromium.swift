import Foundation

/// Debian's Chromium, headless, for testing HTML the way a reader's browser
/// runs it. `make test` installs it (scripts/install-deps.sh); tests that
/// need it are skipped, saying so, only where it could not be installed.
package enum HeadlessChromium {
    package static let executable = "/usr/bin/chromium"
    package static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }
    package static let missing = "Chromium is not installed at /usr/bin/chromium and could not be: "
        + "`make test` installs it with scripts/install-deps.sh (apt-get install chromium)"

    /// A page as the browser left it once loaded and its scripts had run.
    package struct Page {
        /// The DOM serialized by the browser (`--dump-dom`).
        package var dom: String
        /// What the page wrote to the console, its uncaught errors and
        /// Content-Security-Policy violations among them, one per line.
        package var console: [String]
    }

    /// Loads `url` (a file URL, with a fragment if wanted) and returns its DOM
    /// and console. Each run has a profile of its own, so runs in parallel
    /// never share one.
    package static func load(_ url: URL) throws -> Page {
        let (output, errors) = try run(["--dump-dom", url.absoluteString])
        let console = errors.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Page(dom: output, console: console)
    }

    /// A PNG of `url` as a window of `width`×`height` shows it.
    package static func screenshot(_ url: URL, to file: URL, width: Int = 1280, height: Int = 900) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", url.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> (output: String, errors: String) {
        let profile = try TemporaryFolder()
        // No sandbox: tests run as root in containers, where Chromium refuses
        // its sandbox; the pages are the tests' own local files.
        let run = try CapturedProcess.run(URL(fileURLWithPath: executable), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=\(profile.url.path)",
        ] + arguments)
        return (run.text, run.errors)
    }
}

/// The start tags of one element name in serialized HTML, with their attributes.
package struct HTMLStartTag {
    package var attributes: [String: String]

    package subscript(_ name: String) -> String? { attributes[name] }
    package var isHidden: Bool { attributes["hidden"] != nil }

    /// Every `<name …>` in `html`, in order. Enough for the browser's own
    /// serialization, which quotes every value with `"` and escapes it.
    package static func all(_ name: String, in html: String) -> [HTMLStartTag] {
        let tag = try! Regex("<\(name)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>")
        let attribute = try! Regex("([^\\s=>]+)(?:=\"([^\"]*)\")?")
        return html.matches(of: tag).map { match in
            let text = match.output[1].substring.map(String.init) ?? ""
            var attributes: [String: String] = [:]
            for found in text.matches(of: attribute) {
                guard let key = found.output[1].substring else { continue }
                attributes[String(key)] = found.output[2].substring.map(String.init) ?? ""
            }
            return HTMLStartTag(attributes: attributes)
        }
    }
}
