# Functions that start the test services on 127.0.0.1, each on a free port
# with a fresh data folder. Sourced by .ci/run; also handy by hand:
#   source scripts/services.sh && start_test_database && start_redis && env | grep _URL
# Each started process's pid is appended to SERVICE_PIDS, and each throwaway
# PostgreSQL cluster to SERVICE_PGDATA, for stop_services.

SERVICE_PIDS=${SERVICE_PIDS:-}
SERVICE_PGDATA=${SERVICE_PGDATA:-}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_for_port() { # name port
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "services: $1 did not open 127.0.0.1:$2" >&2
  return 1
}

# initdb refuses to run as root, so root runs PostgreSQL as the postgres user.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

# A throwaway PostgreSQL cluster (never the machine's default one): its own
# folder, port and socket directory, fsync off. Sets PG_PORT.
start_postgres() {
  local dir port
  [ -x "$PG_BIN/initdb" ] || { echo "services: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
  dir=$(mktemp -d)
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port=$(free_port)
  as_pg_owner "'$PG_BIN/initdb' -D '$dir/data' -A trust -U postgres" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  as_pg_owner "'$PG_BIN/pg_ctl' -D '$dir/data' -w -l '$dir/pg.log' -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null \
    || { cat "$dir/pg.log" >&2; return 1; }
  SERVICE_PGDATA="$SERVICE_PGDATA $dir/data"
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c 'create database ferretdb' >/dev/null
  PG_PORT=$port
}

# FerretDB on a throwaway PostgreSQL: what the tests and CI use. Exports MONGODB_URI.
start_test_database() {
  local bin pgport port state
  bin=$(bash "$(dirname "${BASH_SOURCE[0]}")/build-ferretdb.sh")
  start_postgres
  pgport=$PG_PORT
  port=$(free_port)
  state=$(mktemp -d)
  "$bin" --handler=postgresql --postgresql-url="postgres://postgres@127.0.0.1:$pgport/ferretdb" \
    --listen-addr="127.0.0.1:$port" --state-dir="$state" --telemetry=disable \
    --debug-addr=- --log-level=warn >"$state/ferretdb.log" 2>&1 &
  SERVICE_PIDS="$SERVICE_PIDS $!"
  wait_for_port FerretDB "$port"
  export MONGODB_URI="mongodb://127.0.0.1:$port/"
  echo "services: FerretDB on PostgreSQL at $MONGODB_URI (PostgreSQL port $pgport, FerretDB log $state/ferretdb.log)"
}

start_redis() {
  local port
  port=$(free_port)
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
    --daemonize no --loglevel warning >/dev/null 2>&1 &
  SERVICE_PIDS="$SERVICE_PIDS $!"
  wait_for_port Redis "$port"
  export REDIS_URL="redis://127.0.0.1:$port"
  echo "services: Redis at $REDIS_URL"
}

stop_services() {
  local data
  for pid in $SERVICE_PIDS; do kill "$pid" 2>/dev/null || true; done
  for pid in $SERVICE_PIDS; do wait "$pid" 2>/dev/null || true; done
  for data in $SERVICE_PGDATA; do
    as_pg_owner "'$PG_BIN/pg_ctl' -D '$data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$(dirname "$data")"
  done
  SERVICE_PIDS=
  SERVICE_PGDATA=
}
