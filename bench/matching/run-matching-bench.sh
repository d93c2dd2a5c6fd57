#!/usr/bin/env bash
# Candidate search latency with 100,000 resources, via the hidden `cofab matching bench`.
#
#   bash bench/matching/run-matching-bench.sh sqlite                                             # fresh SQLite file
#   bash bench/matching/run-matching-bench.sh postgres "Host=127.0.0.1;Port=5432;Username=postgres"   # fresh database
#
# Env: BULK (generated resources added to the demo region, default 100000), SEARCHES (timed, default 1000),
#      WARMUP (untimed searches first, default 100), SEED (requirement mix, default 7).
# Loads the demo region plus BULK resources (several minutes on 2 shared cores), then times searches as a demander
# makes them. Prints figures; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
server=${2:-}
work=$(mktemp -d /tmp/cofab-matching-bench.XXXXXX)
dotnet build src/Cofab.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
if [ "$provider" = postgres ]; then
  db="cofab_matching_bench_$(date +%s)"
  psql "postgresql://${PGUSER:-postgres}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/postgres" -c "CREATE DATABASE $db" >/dev/null 2>&1 || true
  target=(--provider PostgreSql --connection "$server;Database=$db")
else
  target=(--data-dir "$work/data")
fi
(cd "$work" && dotnet bin/cofab.dll demo load --bulk-resources "${BULK:-100000}" "${target[@]}" | tail -n 3)
(cd "$work" && dotnet bin/cofab.dll matching bench --searches "${SEARCHES:-1000}" --warmup "${WARMUP:-100}" --seed "${SEED:-7}" "${target[@]}")
echo "work directory: $work (delete when done)"
