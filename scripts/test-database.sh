#!/usr/bin/env bash
# FerretDB on a throwaway PostgreSQL cluster, as CI runs it, for a test run
# without MONGODB_URI: prints MONGODB_URI=... once ready, and stops and removes
# both when its standard input closes (the test run ended or died).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
trap stop_services EXIT
start_test_database >&2
echo "MONGODB_URI=$MONGODB_URI"
cat >/dev/null || true
