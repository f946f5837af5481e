//! `serve` itself: the loopback rule, the default database and a graceful stop.

use std::net::SocketAddr;

use backwards_server::{ServeOptions, serve};

use crate::harness::TestResult;

#[tokio::test]
async fn local_mode_refuses_a_non_loopback_address_before_binding() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut opts = ServeOptions::local(dir.path().join("data"));
    opts.addr = SocketAddr::from(([0, 0, 0, 0], 0));
    let err = serve(opts, async {})
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("refusing to listen on 0.0.0.0:0"), "{err}");
    assert!(!dir.path().join("data").exists(), "nothing was created");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_creates_the_default_database_and_stops_gracefully() -> TestResult {
    let dir = tempfile::tempdir()?;
    // Find a free port, then let `serve` bind it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut opts = ServeOptions::local(dir.path().join("xdg").join("backwards"));
    opts.addr = SocketAddr::from(([127, 0, 0, 1], port));
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(opts, async {
        let _ = rx.await;
    }));
    crate::harness::install_crypto_provider();
    let client = reqwest::Client::new();
    let url = format!("http://127.0.0.1:{port}/healthz");
    let mut answered = false;
    for _ in 0..200 {
        if let Ok(response) = client.get(&url).send().await {
            answered = response.status().as_u16() == 200;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!(answered, "the server answered /healthz");
    assert!(
        dir.path().join("xdg/backwards/backwards.db").is_file(),
        "the default SQLite file exists"
    );
    let _ = tx.send(());
    server.await??;
    assert!(client.get(&url).send().await.is_err(), "stopped listening");
    Ok(())
}
