//! An incremental decoder for server-sent events (the `text/event-stream` format).
//!
//! Both wire formats stream their answers as SSE. Network chunks split the text at
//! arbitrary byte positions (in the middle of a line, or even inside a UTF-8
//! character), so the decoder buffers bytes and only emits an event once the blank
//! line that ends it has arrived. It is a pure function of its input, which is what
//! lets the provider parsers be tested on recorded stream text without a network.

/// One decoded event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SseEvent {
    /// The `event:` field, if the server named the event (Anthropic does; OpenAI
    /// does not).
    pub event: Option<String>,
    /// The `data:` lines joined with `\n`.
    pub data: String,
}

/// Turns a byte stream into [`SseEvent`]s.
#[derive(Debug, Default)]
pub struct SseDecoder {
    /// Bytes after the last complete line.
    pending: Vec<u8>,
    /// The event being assembled from the lines seen so far.
    current: SseEvent,
    /// Whether `current` has any field set (an event with only comments is dropped).
    has_fields: bool,
    /// Whether a `data:` line was seen, which tells "no data yet" from "an empty
    /// data line" so that `data:` then `data: x` joins as "\nx" as the spec says.
    data_seen: bool,
}

impl SseDecoder {
    /// A fresh decoder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds one network chunk and returns the events it completed.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(newline) = self.pending.iter().position(|&b| b == b'\n') {
            let mut line: Vec<u8> = self.pending.drain(..=newline).collect();
            line.pop(); // the '\n'
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            if let Some(event) = self.take_line(&String::from_utf8_lossy(&line)) {
                events.push(event);
            }
        }
        events
    }

    /// Ends the stream. A final event that lacks its closing blank line is still
    /// returned: the spec says to drop it, but some servers omit the last blank
    /// line, and whether the answer is complete is judged by the provider parser
    /// (it looks for its protocol's explicit end marker), not here.
    pub fn finish(&mut self) -> Option<SseEvent> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            let line = String::from_utf8_lossy(&rest)
                .trim_end_matches('\r')
                .to_owned();
            if let Some(event) = self.take_line(&line) {
                return Some(event);
            }
        }
        self.dispatch()
    }

    /// Applies one line; returns an event when the line is the blank separator.
    fn take_line(&mut self, line: &str) -> Option<SseEvent> {
        if line.is_empty() {
            return self.dispatch();
        }
        if line.starts_with(':') {
            return None; // a comment, e.g. OpenRouter's ": OPENROUTER PROCESSING"
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "data" => {
                if self.data_seen {
                    self.current.data.push('\n');
                }
                self.current.data.push_str(value);
                self.has_fields = true;
                self.data_seen = true;
            }
            "event" => {
                self.current.event = Some(value.to_owned());
                self.has_fields = true;
            }
            _ => {} // `id:` and `retry:` matter only to browsers that reconnect
        }
        None
    }

    fn dispatch(&mut self) -> Option<SseEvent> {
        if !self.has_fields {
            return None;
        }
        self.has_fields = false;
        self.data_seen = false;
        Some(std::mem::take(&mut self.current))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut decoder = SseDecoder::new();
        let mut events: Vec<SseEvent> = chunks.iter().flat_map(|c| decoder.feed(c)).collect();
        events.extend(decoder.finish());
        events
    }

    #[test]
    fn events_split_at_any_byte_decode_the_same() {
        let text = "event: a\ndata: {\"x\": \"h\u{e9}llo\"}\n\n: comment\n\ndata: [DONE]\n\n";
        let whole = decode_all(&[text.as_bytes()]);
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].event.as_deref(), Some("a"));
        assert_eq!(whole[0].data, "{\"x\": \"h\u{e9}llo\"}");
        assert_eq!(whole[1].data, "[DONE]");
        let bytes = text.as_bytes();
        for cut in 1..bytes.len() {
            let (a, b) = bytes.split_at(cut);
            assert_eq!(decode_all(&[a, b]), whole, "split at byte {cut}");
        }
    }

    #[test]
    fn crlf_multiline_data_and_missing_final_blank_line() {
        let events = decode_all(&[b"data: one\r\ndata:two\r\n\r\ndata:\ndata: x\n\ndata: tail"]);
        let data: Vec<&str> = events.iter().map(|e| e.data.as_str()).collect();
        assert_eq!(data, ["one\ntwo", "\nx", "tail"]);
    }

    #[test]
    fn comments_alone_produce_no_event() {
        assert!(decode_all(&[b": OPENROUTER PROCESSING\n\n: again\n\n"]).is_empty());
    }
}
