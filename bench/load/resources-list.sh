#!/usr/bin/env bash
# Resource-list API throughput with 100k resources, on SQLite or PostgreSQL, measured with wrk against 127.0.0.1.
#
#   bash bench/load/resources-list.sh sqlite            # embedded default
#   bash bench/load/resources-list.sh postgres "Host=127.0.0.1;Port=5432;Username=postgres"
#
# Env: RESOURCES (default 100000), DURATION (default 30s), CONNECTIONS (default 16), THREADS (default 2), PORT (default 5199).
# It builds Release, loads the demo region plus the bulk resources into a fresh database, starts the web host,
# signs in a demo demander for a bearer token, then runs wrk on four typical list queries, one after another.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
server=${2:-}
resources=${RESOURCES:-100000}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
port=${PORT:-5199}
work=$(mktemp -d /tmp/cofab-load.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

case "$provider" in
  sqlite) db_args=(--Database:Provider=Sqlite "--Database:DataDirectory=$work") ;;
  postgres)
    [ -n "$server" ] || { echo "usage: $0 postgres 'Host=…;Username=…'"; exit 1; }
    dbname="cofab_load_$$"
    psql "$(echo "$server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/')" -c "CREATE DATABASE $dbname" >/dev/null
    db_args=(--Database:Provider=PostgreSql "--Database:ConnectionString=$server;Database=$dbname") ;;
  *) echo "provider must be sqlite or postgres"; exit 1 ;;
esac

for project in src/Cofab.Cli src/Cofab.Web; do dotnet build -c Release "$project" -v q -nologo | grep -E " error |rror\(s\)" || true; done
cli=src/Cofab.Cli/bin/Release/net10.0/cofab.dll
load_args=(demo load --bulk-resources "$resources")
if [ "$provider" = sqlite ]; then load_args+=(--data-dir "$work"); else load_args+=(--provider PostgreSql --connection "$server;Database=$dbname"); fi
start=$(date +%s.%N)
dotnet "$cli" "${load_args[@]}" | tail -n 3
echo "demo + $resources resources loaded in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"

ASPNETCORE_ENVIRONMENT=Production dotnet src/Cofab.Web/bin/Release/net10.0/Cofab.Web.dll \
  --urls "http://127.0.0.1:$port" "${db_args[@]}" --Logging:LogLevel:Default=Warning >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; wait $web 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"ops@nbyj-group.demo","password":"Cofab#Demo2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
total=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/resources?scope=market&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "market holds $total resources; provider=$provider duration=$duration connections=$connections threads=$threads"

run() {
  local name=$1 path=$2
  echo
  echo "### $name: GET $path"
  wrk -t "$threads" -c "$connections" -d "$duration" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" \
    | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors|requests in"
}
run "first page of the market" "/api/v1/resources?scope=market&pageSize=50"
run "deep page" "/api/v1/resources?scope=market&page=500&pageSize=50"
run "process filter (milling incl. sub-processes)" "/api/v1/resources?scope=market&processCode=machining.milling&pageSize=50"
run "text search" "/api/v1/resources?scope=market&search=dmg&pageSize=50"
