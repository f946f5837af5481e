-- backwards-store, PostgreSQL schema version 1.
--
-- Append-only: once released, never edit this file (sqlx stores its checksum
-- and refuses to start on a mismatch). Change the schema with a new
-- NNNN_name.sql in BOTH migrations/sqlite and migrations/postgres.
--
-- Conventions shared with the PostgreSQL schema:
-- * ids are 64-bit integers; identity columns never hand a deleted row's id
--   out again (old links must not start pointing at something new);
-- * timestamps are unix milliseconds (BIGINT) supplied by the caller;
-- * secrets are never stored: tokens are kept as hex SHA-256 hashes;
-- * idea Markdown and verdict JSON are opaque TEXT.

CREATE TABLE workspaces (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT    NOT NULL,
    -- 'local' (the single workspace of local mode) or 'team'.
    kind          TEXT    NOT NULL CHECK (kind IN ('local', 'team')),
    created_at_ms BIGINT  NOT NULL
);
-- At most one local workspace, so ensure_local_workspace() is race-free.
CREATE UNIQUE INDEX workspaces_one_local ON workspaces (kind) WHERE kind = 'local';

CREATE TABLE users (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Stored lower-cased by the store, so uniqueness is case-insensitive.
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at_ms BIGINT  NOT NULL
);

CREATE TABLE workspace_members (
    workspace_id  BIGINT  NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id       BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          TEXT    NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    created_at_ms BIGINT  NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_by_user ON workspace_members (user_id);

CREATE TABLE sessions (
    token_hash    TEXT    PRIMARY KEY,
    user_id       BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at_ms BIGINT  NOT NULL,
    expires_at_ms BIGINT  NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at_ms);

CREATE TABLE api_tokens (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at_ms BIGINT  NOT NULL,
    revoked_at_ms BIGINT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE ideas (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id  BIGINT  NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    title         TEXT    NOT NULL,
    -- The number of the newest version (0 = none yet). Saving a version
    -- increments it first thing in its transaction: that row lock is what
    -- serialises concurrent saves to one idea.
    version_count BIGINT  NOT NULL DEFAULT 0,
    created_at_ms BIGINT  NOT NULL,
    updated_at_ms BIGINT  NOT NULL
);
CREATE INDEX ideas_by_workspace ON ideas (workspace_id, updated_at_ms);

CREATE TABLE versions (
    idea_id         BIGINT  NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    number          BIGINT  NOT NULL CHECK (number >= 1),
    markdown        TEXT    NOT NULL,
    verdict_json    TEXT    NOT NULL,
    -- The four rubric scores and the call, copied out of the verdict so the
    -- history page can draw the trend without parsing JSON.
    customer_score  BIGINT  NOT NULL CHECK (customer_score BETWEEN 0 AND 100),
    problem_score   BIGINT  NOT NULL CHECK (problem_score BETWEEN 0 AND 100),
    evidence_score  BIGINT  NOT NULL CHECK (evidence_score BETWEEN 0 AND 100),
    risk_score      BIGINT  NOT NULL CHECK (risk_score BETWEEN 0 AND 100),
    verdict_call    TEXT    NOT NULL,
    note            TEXT    NOT NULL,
    created_at_ms   BIGINT  NOT NULL,
    PRIMARY KEY (idea_id, number)
);

CREATE TABLE share_links (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id       BIGINT  NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at_ms BIGINT  NOT NULL,
    revoked_at_ms BIGINT
);
CREATE INDEX share_links_by_idea ON share_links (idea_id);
