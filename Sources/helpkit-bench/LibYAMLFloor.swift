// The libyaml that front matter is read with (Yams's copy), driven bare.
import CYaml
import Dispatch

/// The least any reader built on libyaml's events can spend on front matter:
/// the events of every text pulled and dropped, with nothing made of them.
enum LibYAMLFloor {
    /// The median seconds, over `runs`, to pull every event of every text on one core.
    static func seconds(_ texts: [[UInt8]], runs: Int) -> Double {
        let durations = (0..<runs).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            for text in texts { pullEvents(text) }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        return durations.median
    }

    private static func pullEvents(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let isLast = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if isLast { break }
            }
        }
    }
}
