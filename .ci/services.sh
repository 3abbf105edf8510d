# Functions that start the test services on 127.0.0.1, each on a free port
# with a fresh data folder. Sourced by .ci/run; also handy by hand:
#   source .ci/services.sh && start_ferretdb && start_redis && env | grep _URI
# Each started process's pid is appended to SERVICE_PIDS for the caller's trap.

SERVICE_PIDS=${SERVICE_PIDS:-}

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

start_ferretdb() {
  local bin port data
  bin=$(bash "$(dirname "${BASH_SOURCE[0]}")/build-ferretdb.sh")
  port=$(free_port)
  data=$(mktemp -d)
  "$bin" --handler=sqlite --sqlite-url="file:$data/" --listen-addr="127.0.0.1:$port" \
    --state-dir="$data" --telemetry=disable --debug-addr=- --log-level=warn \
    >"$data/ferretdb.log" 2>&1 &
  SERVICE_PIDS="$SERVICE_PIDS $!"
  wait_for_port FerretDB "$port"
  export MONGODB_URI="mongodb://127.0.0.1:$port/"
  echo "services: FerretDB at $MONGODB_URI (data $data)"
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
  for pid in $SERVICE_PIDS; do kill "$pid" 2>/dev/null || true; done
  for pid in $SERVICE_PIDS; do wait "$pid" 2>/dev/null || true; done
  SERVICE_PIDS=
}
