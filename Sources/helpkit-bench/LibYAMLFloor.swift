// The libyaml that front matter is read with (Yams's copy), driven bare.
import CYaml

/// The least any reader built on libyaml's events can spend on front matter:
/// the events of every text pulled and dropped, with nothing made of them.
enum LibYAMLFloor {
    /// Pulls every event of every text, on the calling thread.
    static func pullEvents(_ texts: [[UInt8]]) {
        for text in texts { pullEvents(text) }
    }

    private static func pullEvents(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { buffer in
            // At a fixed address, as FrontMatterYAML keeps it: libyaml holds a pointer to its parser.
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(parser, &event) == 1 {
                let isLast = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if isLast { break }
            }
        }
    }
}
