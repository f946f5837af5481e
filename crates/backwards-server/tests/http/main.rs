//! The server over real HTTP: one suite, run against SQLite and against
//! PostgreSQL (`BACKWARDS_TEST_PG_URL`; those runs fail without it).

mod harness;
mod local;
mod polish;
mod serve;
mod team;
