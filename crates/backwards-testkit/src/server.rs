//! A scripted loopback HTTP/1.1 server that speaks both chat protocols.
//!
//! Each incoming request takes the next [`Reply`] from a queue (or a default reply
//! that repeats). An [`Answer`] is rendered in the protocol the request asked for:
//! the path picks the format (`/chat/completions` is OpenAI-compatible, `/messages`
//! is Anthropic) and the body's `"stream": true` picks SSE over one JSON body. That
//! way one script serves both providers, streaming and not, and every failure the
//! client must survive (slow streams, 429s, 500s, silence, cut connections, bad
//! JSON) is one variant away. Every request is recorded for the test to inspect.
//!
//! Only 127.0.0.1 is ever bound. Shared by the tests and the benchmarks.
//!
//! Inside an async test, [`TestServer::start`] runs the server on the test's own
//! runtime. A test that drives a separate process (the CLI binary) has no runtime
//! of its own to lend, so [`BackgroundServer`] brings one along.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

/// A normal answer, with knobs for the ways a stream can go wrong.
#[derive(Clone, Debug, Default)]
pub struct Answer {
    /// The text, as the tokens to stream (concatenated when not streaming).
    pub tokens: Vec<String>,
    /// Pause before each streamed token (a slow model).
    pub delay: Duration,
    /// If set, the server sends token `i` (for `i >= 1`) only after taking a permit:
    /// the test adds one per delta it receives, which proves the client delivers
    /// deltas as they arrive instead of buffering the whole stream.
    pub gate: Option<Arc<Semaphore>>,
    /// Drop the connection after this many tokens, without the end marker.
    pub cut_after: Option<usize>,
    /// Go silent (but keep the connection open) after this many tokens.
    pub stall_after: Option<usize>,
    /// Report this cost in `usage.cost`, as OpenRouter does.
    pub cost: Option<f64>,
}

impl Answer {
    /// An answer made of these tokens.
    pub fn new(tokens: &[&str]) -> Self {
        Self {
            tokens: tokens.iter().map(|t| (*t).to_owned()).collect(),
            ..Self::default()
        }
    }
}

/// What to do with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer in the requested protocol and mode.
    Answer(Answer),
    /// Any status with a JSON body and extra headers (for 429 + Retry-After, 500...).
    Status {
        /// The HTTP status code.
        status: u16,
        /// The body, sent as `application/json`.
        body: String,
        /// Extra response headers, such as `retry-after`.
        headers: Vec<(String, String)>,
    },
    /// A 200 with this JSON body verbatim (model lists, odd shapes).
    Json(String),
    /// Read the request and never answer.
    Hang,
    /// Protocol-shaped but broken JSON: a cut-off body, or a cut-off stream event.
    Malformed,
}

impl Reply {
    /// A JSON error answer in the OpenAI shape (which the client also reads for
    /// Anthropic, as its shape nests the same `error.message`).
    pub fn error(status: u16, message: &str) -> Self {
        let body = serde_json::json!({ "error": { "message": message, "type": "test" } });
        Reply::Status {
            status,
            body: body.to_string(),
            headers: Vec::new(),
        }
    }

    /// A 429 asking us to wait `seconds`.
    pub fn rate_limited(seconds: u32) -> Self {
        let body = r#"{"error":{"message":"Rate limit reached","type":"rate_limit"}}"#;
        Reply::Status {
            status: 429,
            body: body.to_owned(),
            headers: vec![("retry-after".to_owned(), seconds.to_string())],
        }
    }
}

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request path, such as `/v1/chat/completions`.
    pub path: String,
    /// The headers, with lower-cased names.
    pub headers: Vec<(String, String)>,
    /// The raw body (`{}` when there was none).
    pub body: String,
}

impl Recorded {
    /// A header's value by (lower-case) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (panics in the test if it is not).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("request body is JSON")
    }

    /// The text a chat message carries between `<tag>` and `</tag>` lines
    /// (the polish prompts wrap the draft in `<draft>`), from the first
    /// message that has it; empty when none does. Fake models use it to
    /// answer with a rewrite of what they were sent.
    pub fn tagged(&self, tag: &str) -> String {
        let (open, close) = (format!("<{tag}>\n"), format!("\n</{tag}>"));
        let value = self.json();
        value["messages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["content"].as_str())
            .find_map(|c| {
                let start = c.find(&open)? + open.len();
                let end = c[start..].find(&close)? + start;
                Some(c[start..end].to_owned())
            })
            .unwrap_or_default()
    }
}

/// Picks the reply from the request itself, for scripts where the order of
/// arrival is not fixed (concurrent requests) but their content tells them apart.
pub type Router = Box<dyn Fn(&Recorded) -> Reply + Send + Sync>;

struct State {
    router: Option<Router>,
    replies: Mutex<VecDeque<Reply>>,
    fallback: Option<Reply>,
    requests: Mutex<Vec<Recorded>>,
    active: AtomicUsize,
    max_active: AtomicUsize,
}

/// A running server; it stops when the test's runtime shuts down.
#[derive(Clone)]
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<State>,
}

impl TestServer {
    /// Starts a server that plays `replies` in order, then answers 500.
    pub async fn start(replies: Vec<Reply>) -> Self {
        Self::spawn(replies, None, None).await
    }

    /// Starts a server that gives every request the same reply.
    pub async fn repeating(reply: Reply) -> Self {
        Self::spawn(Vec::new(), Some(reply), None).await
    }

    /// Starts a server that asks `router` what to answer to each request. The
    /// router may keep its own state (counters) to answer a retry differently.
    pub async fn routed(router: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::spawn(Vec::new(), None, Some(Box::new(router))).await
    }

    async fn spawn(replies: Vec<Reply>, fallback: Option<Reply>, router: Option<Router>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let state = Arc::new(State {
            router,
            replies: Mutex::new(replies.into()),
            fallback,
            requests: Mutex::new(Vec::new()),
            active: AtomicUsize::new(0),
            max_active: AtomicUsize::new(0),
        });
        let accept_state = Arc::clone(&state);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let state = Arc::clone(&accept_state);
                tokio::spawn(async move {
                    let now = state.active.fetch_add(1, Ordering::SeqCst) + 1;
                    state.max_active.fetch_max(now, Ordering::SeqCst);
                    let _ = serve(socket, &state).await;
                    state.active.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        Self { addr, state }
    }

    /// The base URL an OpenAI-compatible client is configured with.
    pub fn openai_base(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The base URL an Anthropic client is configured with.
    pub fn anthropic_base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Everything received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().expect("lock").clone()
    }

    /// The most connections that were open at the same time.
    pub fn max_active(&self) -> usize {
        self.state.max_active.load(Ordering::SeqCst)
    }
}

/// A [`TestServer`] on its own runtime, for tests without one (a test that runs
/// the CLI binary as a child process). The runtime, and with it the server, stops
/// when this value is dropped.
pub struct BackgroundServer {
    server: TestServer,
    // Held only to keep the worker thread (and so the server) alive.
    _runtime: tokio::runtime::Runtime,
}

impl BackgroundServer {
    /// Starts a server that plays `replies` in order, then answers 500.
    pub fn start(replies: Vec<Reply>) -> Self {
        Self::on_runtime(|| TestServer::start(replies))
    }

    /// Starts a server that asks `router` what to answer (see [`TestServer::routed`]).
    pub fn routed(router: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::on_runtime(|| TestServer::routed(router))
    }

    fn on_runtime<F: Future<Output = TestServer>>(start: impl FnOnce() -> F) -> Self {
        // A multi-threaded runtime keeps running spawned tasks after `block_on`
        // returns; a current-thread one would only serve while blocked on.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the background test server");
        let server = runtime.block_on(start());
        Self {
            server,
            _runtime: runtime,
        }
    }

    /// The running server (its URLs and recorded requests).
    pub fn server(&self) -> &TestServer {
        &self.server
    }
}

async fn serve(mut socket: TcpStream, state: &State) -> std::io::Result<()> {
    let Some(request) = read_request(&mut socket).await? else {
        return Ok(());
    };
    state.requests.lock().expect("lock").push(request.clone());
    let reply = match &state.router {
        Some(router) => Some(router(&request)),
        None => state
            .replies
            .lock()
            .expect("lock")
            .pop_front()
            .or_else(|| state.fallback.clone()),
    };
    let Some(reply) = reply else {
        return write_json(
            &mut socket,
            500,
            r#"{"error":{"message":"script exhausted"}}"#,
            &[],
        )
        .await;
    };
    let anthropic = request.path.ends_with("/messages");
    let stream = request
        .json()
        .get("stream")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let model = request
        .json()
        .get("model")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_owned();
    match reply {
        Reply::Status {
            status,
            body,
            headers,
        } => write_json(&mut socket, status, &body, &headers).await,
        Reply::Json(body) => write_json(&mut socket, 200, &body, &[]).await,
        Reply::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok(())
        }
        Reply::Malformed if stream => {
            let first = if anthropic {
                anthropic_start(&model)
            } else {
                String::new()
            };
            let broken = if anthropic {
                "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\n\n"
            } else {
                "data: {\"choices\":[{\"delta\":{\"content\":\n\n"
            };
            let mut w = ChunkedWriter::start(&mut socket, "text/event-stream").await?;
            w.chunk(&first).await?;
            w.chunk(broken).await?;
            w.finish().await
        }
        Reply::Malformed => {
            write_json(&mut socket, 200, r#"{"id":"x","choices":[{"message":"#, &[]).await
        }
        Reply::Answer(answer) if stream => {
            stream_answer(&mut socket, &answer, anthropic, &model).await
        }
        Reply::Answer(answer) => {
            let body = if anthropic {
                anthropic_body(&answer, &model)
            } else {
                openai_body(&answer, &model)
            };
            write_json(&mut socket, 200, &body, &[]).await
        }
    }
}

async fn read_request(socket: &mut TcpStream) -> std::io::Result<Option<Recorded>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let method = first.next().unwrap_or("").to_owned();
    let path = first.next().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
    let body = if body.is_empty() {
        "{}".to_owned()
    } else {
        body
    };
    Ok(Some(Recorded {
        method,
        path,
        headers,
        body,
    }))
}

async fn write_json(
    socket: &mut TcpStream,
    status: u16,
    body: &str,
    headers: &[(String, String)],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status} Test\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    socket.write_all(head.as_bytes()).await?;
    socket.write_all(body.as_bytes()).await?;
    socket.shutdown().await
}

/// Writes a `Transfer-Encoding: chunked` body piece by piece, flushing each one so
/// the client sees it immediately.
struct ChunkedWriter<'a> {
    socket: &'a mut TcpStream,
}

impl<'a> ChunkedWriter<'a> {
    async fn start(socket: &'a mut TcpStream, content_type: &str) -> std::io::Result<Self> {
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
        );
        socket.write_all(head.as_bytes()).await?;
        socket.flush().await?;
        Ok(Self { socket })
    }

    async fn chunk(&mut self, data: &str) -> std::io::Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        let framed = format!("{:x}\r\n{data}\r\n", data.len());
        self.socket.write_all(framed.as_bytes()).await?;
        self.socket.flush().await
    }

    async fn finish(self) -> std::io::Result<()> {
        self.socket.write_all(b"0\r\n\r\n").await?;
        self.socket.shutdown().await
    }
}

async fn stream_answer(
    socket: &mut TcpStream,
    answer: &Answer,
    anthropic: bool,
    model: &str,
) -> std::io::Result<()> {
    let mut w = ChunkedWriter::start(socket, "text/event-stream").await?;
    if anthropic {
        w.chunk(&anthropic_start(model)).await?;
    }
    for (i, token) in answer.tokens.iter().enumerate() {
        if answer.cut_after == Some(i) {
            return Ok(()); // dropped without the terminating chunk
        }
        if answer.stall_after == Some(i) {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
        if i > 0
            && let Some(gate) = &answer.gate
        {
            gate.acquire().await.expect("gate open").forget();
        }
        if !answer.delay.is_zero() {
            tokio::time::sleep(answer.delay).await;
        }
        let event = if anthropic {
            let data = serde_json::json!({"type": "content_block_delta", "index": 0,
                "delta": {"type": "text_delta", "text": token}});
            format!("event: content_block_delta\ndata: {data}\n\n")
        } else {
            let data = serde_json::json!({"id": "chatcmpl-test", "object": "chat.completion.chunk",
                "model": model, "choices": [{"index": 0, "delta": {"content": token}, "finish_reason": null}]});
            format!("data: {data}\n\n")
        };
        w.chunk(&event).await?;
    }
    let output = answer.tokens.len();
    let end = if anthropic {
        let delta = serde_json::json!({"type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": null}, "usage": {"output_tokens": output}});
        format!(
            "event: content_block_stop\ndata: {{\"type\":\"content_block_stop\",\"index\":0}}\n\n\
             event: message_delta\ndata: {delta}\n\n\
             event: message_stop\ndata: {{\"type\":\"message_stop\"}}\n\n"
        )
    } else {
        let finish = serde_json::json!({"id": "chatcmpl-test", "model": model,
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]});
        let mut usage = serde_json::json!({"prompt_tokens": 10, "completion_tokens": output});
        if let Some(cost) = answer.cost {
            usage["cost"] = serde_json::json!(cost);
        }
        let usage = serde_json::json!({"id": "chatcmpl-test", "model": model, "choices": [], "usage": usage});
        format!("data: {finish}\n\ndata: {usage}\n\ndata: [DONE]\n\n")
    };
    w.chunk(&end).await?;
    w.finish().await
}

fn anthropic_start(model: &str) -> String {
    let start = serde_json::json!({"type": "message_start", "message": {"id": "msg_test",
        "type": "message", "role": "assistant", "content": [], "model": model,
        "usage": {"input_tokens": 10, "output_tokens": 1}}});
    format!(
        "event: message_start\ndata: {start}\n\n\
         event: content_block_start\ndata: {{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{{\"type\":\"text\",\"text\":\"\"}}}}\n\n"
    )
}

fn openai_body(answer: &Answer, model: &str) -> String {
    let mut usage =
        serde_json::json!({"prompt_tokens": 10, "completion_tokens": answer.tokens.len()});
    if let Some(cost) = answer.cost {
        usage["cost"] = serde_json::json!(cost);
    }
    serde_json::json!({"id": "chatcmpl-test", "object": "chat.completion", "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.tokens.concat()},
        "finish_reason": "stop"}], "usage": usage})
    .to_string()
}

fn anthropic_body(answer: &Answer, model: &str) -> String {
    serde_json::json!({"id": "msg_test", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": answer.tokens.concat()}], "stop_reason": "end_turn",
        "usage": {"input_tokens": 10, "output_tokens": answer.tokens.len()}})
    .to_string()
}

/// A loopback port where nothing listens, held for as long as the returned
/// socket lives: connecting to it is refused at once.
///
/// Binding a listener and closing it again ("nothing listens there any
/// more") is not enough when tests run in parallel: the system may hand the
/// freed port straight to another test's [`TestServer`], and the "dead"
/// request then lands there and eats that server's scripted reply. A socket
/// that is bound but never listens keeps the port taken and still refuses
/// every connection.
pub fn refusing_port() -> (tokio::net::TcpSocket, u16) {
    let socket = tokio::net::TcpSocket::new_v4().expect("a TCP socket");
    socket
        .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .expect("bind 127.0.0.1:0");
    let port = socket.local_addr().expect("local addr").port();
    (socket, port)
}
