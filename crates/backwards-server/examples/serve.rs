//! Runs the web app without the CLI, for development and for the browser
//! tests: `cargo run -p backwards-server --example serve -- DATA_DIR [ADDR] [--team]`.

use std::net::SocketAddr;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data_dir = args
        .first()
        .map_or_else(|| "./backwards-data".into(), Into::into);
    let mut opts = backwards_server::ServeOptions::local(data_dir);
    if let Some(addr) = args.get(1).filter(|a| !a.starts_with("--")) {
        opts.addr = addr.parse::<SocketAddr>()?;
    }
    opts.team = args.iter().any(|a| a == "--team");
    tokio::runtime::Runtime::new()?.block_on(backwards_server::serve(
        opts,
        backwards_server::shutdown_signal(),
    ))
}
