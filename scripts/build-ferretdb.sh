#!/usr/bin/env bash
# Builds FerretDB v1 from the Go module proxy into a cache outside the clone,
# keyed by version, and prints the binary's path. A plain `go install` gives a
# binary that panics (no build/version/version.txt), so build from a copy.
set -euo pipefail

CACHE="${FERRETDB_CACHE:-$HOME/.cache/pst-livechat/ferretdb}"
for V in ${FERRETDB_VERSION:-v1.24.2 v1.24.1}; do
  BIN="$CACHE/$V/ferretdb"
  if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
    echo "$BIN"
    exit 0
  fi
  DIR=$(go mod download -json "github.com/FerretDB/FerretDB@$V" 2>/dev/null \
    | sed -n 's/.*"Dir": "\(.*\)".*/\1/p') || true
  if [ -z "$DIR" ]; then
    echo "build-ferretdb: the Go module proxy did not serve FerretDB $V" >&2
    continue
  fi
  SRC=$(mktemp -d)
  trap 'rm -rf "$SRC"' EXIT
  cp -r "$DIR"/. "$SRC"
  chmod -R u+w "$SRC"
  echo "$V" >"$SRC/build/version/version.txt"
  mkdir -p "$CACHE/$V"
  echo "build-ferretdb: building FerretDB $V (takes minutes)" >&2
  (cd "$SRC" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -buildvcs=false -trimpath -o "$BIN.tmp" ./cmd/ferretdb) >&2
  mv "$BIN.tmp" "$BIN"
  "$BIN" --version >&2
  echo "$BIN"
  exit 0
done
echo "build-ferretdb: could not build FerretDB" >&2
exit 1
