import Foundation

/// Validates JSON documents with a real JSON-schema validator: Python's
/// `jsonschema` (scripts/install-deps.sh installs it), run as a process.
package enum JSONSchemaValidator {
    package static let sarifSchema = repositoryRoot.appendingPathComponent("Tests/Fixtures/schemas/sarif-schema-2.1.0.json")

    private static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    document = json.load(open(sys.argv[2], encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors[:20]:
        print("/".join(map(str, error.absolute_path)) + ": " + error.message)
    sys.exit(1 if errors else 0)
    """

    /// The validator's complaints about `document`; empty when it is valid.
    /// A validator that cannot run is a complaint too, never a pass.
    package static func problems(in document: String, schema: URL = sarifSchema) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("helpkit-schema-\(UUID().uuidString).json")
        try Data(document.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 0 { return [] }
        let lines = text.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["the validator exited with \(process.terminationStatus)"] : lines
    }
}
