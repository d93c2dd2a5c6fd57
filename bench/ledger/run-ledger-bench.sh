#!/usr/bin/env bash
# Ledger append throughput and proof generation times on SQLite or PostgreSQL, via the hidden `cofab ledger bench`.
#
#   bash bench/ledger/run-ledger-bench.sh sqlite                                            # fresh SQLite file
#   bash bench/ledger/run-ledger-bench.sh postgres "Host=127.0.0.1;Port=5432;Username=postgres"  # fresh database
#
# Env: COUNT (default 1000000 entries), BATCH (entries per transaction in the bulk phase, default 1000),
#      SINGLE (entries appended one per transaction afterwards, default 1000), SAMPLES (proofs timed, default 1000).
# For 10M entries: COUNT=10000000 BATCH=10000, about 25-30 min per database on the 2 shared cores under load
# (measured 2026-11-30: 5,346 entries/s on SQLite, 6,866 on PostgreSQL; figures in bench/ledger/README.md).
# PostgreSQL: psql creates the database; give PGPORT (and PGHOST/PGUSER) to match the connection string.
# It appends real entries: run it on a scratch database only. Prints figures; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
server=${2:-}
work=$(mktemp -d /tmp/cofab-ledger-bench.XXXXXX)
dotnet build src/Cofab.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
args=(ledger bench --count "${COUNT:-1000000}" --batch "${BATCH:-1000}" --single "${SINGLE:-1000}" --samples "${SAMPLES:-1000}")
if [ "$provider" = postgres ]; then
  db="cofab_ledger_bench_$(date +%s)"
  psql "postgresql://${PGUSER:-postgres}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/postgres" -c "CREATE DATABASE $db" >/dev/null 2>&1 || true
  (cd "$work" && dotnet bin/cofab.dll "${args[@]}" --provider PostgreSql --connection "$server;Database=$db")
else
  (cd "$work" && dotnet bin/cofab.dll "${args[@]}" --data-dir "$work/data")
fi
echo "work directory: $work (delete when done)"
