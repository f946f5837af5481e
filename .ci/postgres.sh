#!/usr/bin/env bash
# Start a PostgreSQL server for the backwards tests and print the URL to use.
#
#   eval "$(.ci/postgres.sh)"      # sets BACKWARDS_TEST_PG_URL
#
# What it does, each step skipped when already done (so it is idempotent):
#   1. installs PostgreSQL from apt if no server binaries are found;
#   2. creates a private cluster under $BACKWARDS_PG_DIR (default
#      /var/tmp/backwards-pg) owned by the `postgres` OS user, listening on
#      127.0.0.1 only, port $BACKWARDS_PG_PORT (default 55432), so it never
#      touches or collides with the distribution's own cluster on 5432;
#   3. starts it and waits until it accepts TCP connections;
#   4. creates the role `backwards` (LOGIN CREATEDB, member of
#      pg_signal_backend, with a random password
#      generated once and kept in $BACKWARDS_PG_DIR/password, mode 600) and
#      the database `backwards`;
#   5. checks a password login over TCP, then prints on stdout:
#        export BACKWARDS_TEST_PG_URL=postgres://backwards:…@127.0.0.1:55432/backwards
#
# CREATEDB lets each test run create its own fresh database, so runs never
# collide. Everything except that final line goes to stderr, so `eval` sees
# only the export. Runs as root (CI, a fresh Debian machine) or as an
# ordinary user who owns $BACKWARDS_PG_DIR and has PostgreSQL installed.
set -euo pipefail

ROOT=${BACKWARDS_PG_DIR:-/var/tmp/backwards-pg}
PORT=${BACKWARDS_PG_PORT:-55432}
ROLE=backwards
DATABASE=backwards
DATA=$ROOT/data
SOCKETS=$ROOT/run
LOG=$ROOT/server.log
PASSWORD_FILE=$ROOT/password

say() { echo "postgres.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

# The newest installed server's bin directory (Debian keeps them versioned).
server_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
    fi
}

# Runs a command as the cluster's owner: `postgres` when we are root (the
# server refuses to run as root), otherwise ourselves. `cd /` because the
# postgres user may not be allowed into the caller's working directory.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

install_postgres() {
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed; run this as root or apt-get install postgresql"
    say "installing PostgreSQL from apt (once)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y postgresql >&2
}

prepare_dirs() {
    mkdir -p "$ROOT" "$DATA" "$SOCKETS"
    chmod 755 "$ROOT"
    chmod 700 "$DATA"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "the postgres OS user is missing (it comes with the postgresql package)"
        chown postgres:postgres "$DATA" "$SOCKETS"
        touch "$LOG" && chown postgres:postgres "$LOG"
    fi
    if [ ! -s "$PASSWORD_FILE" ]; then
        (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$PASSWORD_FILE")
    fi
    chmod 600 "$PASSWORD_FILE"
}

init_cluster() {
    if [ -f "$DATA/PG_VERSION" ]; then
        return
    fi
    say "creating a cluster in $DATA"
    # The superuser is the OS owner, reachable only through the private
    # socket directory (peer auth); TCP logins need a SCRAM password.
    as_owner "$BIN/initdb" -D "$DATA" -U "$(as_owner id -un)" -E UTF8 --no-locale \
        --auth-local=peer --auth-host=scram-sha-256 >&2
    cat >>"$DATA/postgresql.conf" <<CONF

# Added by .ci/postgres.sh
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKETS'
max_connections = 200
CONF
}

start_cluster() {
    if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        say "server already running"
        return
    fi
    say "starting the server on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >&2 \
        || { tail -n 20 "$LOG" >&2 || true; die "the server did not start (log: $LOG)"; }
}

wait_ready() {
    local tries=0
    until "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; do
        tries=$((tries + 1))
        [ "$tries" -lt 60 ] || die "the server is not accepting connections on 127.0.0.1:$PORT"
        sleep 1
    done
}

# Idempotent role and database creation, as the superuser over the socket.
# The SQL goes through stdin so the password never appears in `ps`.
create_role_and_database() {
    local password superuser
    password=$(cat "$PASSWORD_FILE")
    superuser=$(as_owner id -un)
    as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$PORT" \
        -U "$superuser" -d postgres >/dev/null <<SQL
SELECT 'CREATE ROLE $ROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE')
\gexec
ALTER ROLE $ROLE WITH LOGIN CREATEDB PASSWORD '$password';
-- Lets the tests' DROP DATABASE ... WITH (FORCE) end an autovacuum worker
-- that has just started on a fresh test database (otherwise refused).
GRANT pg_signal_backend TO $ROLE;
SELECT 'CREATE DATABASE $DATABASE OWNER $ROLE'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE')
\gexec
SQL
}

check_login() {
    PGPASSWORD=$(cat "$PASSWORD_FILE") "$BIN/psql" -X -q -At -h 127.0.0.1 -p "$PORT" \
        -U "$ROLE" -d "$DATABASE" -c 'SELECT 1' >/dev/null \
        || die "password login as $ROLE over TCP failed"
}

BIN=$(server_bindir)
if [ -z "$BIN" ]; then
    install_postgres
    BIN=$(server_bindir)
    [ -n "$BIN" ] || die "apt installed postgresql but no server binaries were found"
fi
prepare_dirs
init_cluster
start_cluster
wait_ready
create_role_and_database
check_login
say "ready: role $ROLE, database $DATABASE on 127.0.0.1:$PORT"
echo "export BACKWARDS_TEST_PG_URL=postgres://$ROLE:$(cat "$PASSWORD_FILE")@127.0.0.1:$PORT/$DATABASE"
