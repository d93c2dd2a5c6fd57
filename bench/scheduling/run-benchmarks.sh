#!/usr/bin/env bash
# Reproduces the tables in docs/benchmarks/: Brandimarte and the classical job-shop set, ours vs the textbook CP-SAT
# model with the same time and workers, then the 2,000-job multi-factory scale run with its improvement curve.
# Usage: bench/scheduling/run-benchmarks.sh [seconds-per-instance] (default 60). Run from the repository root.
set -euo pipefail
seconds="${1:-60}"
shared="${COFAB_SHARED:-$(cd .. && pwd)/shared}"
out=docs/benchmarks
dotnet build src/Cofab.Cli -c Release -v q
cofab=src/Cofab.Cli/bin/Release/net10.0/cofab
"$cofab" bench scheduling --set "$shared/benchmarks/fjsp/brandimarte" --time-limit "$seconds" --workers 2 --baseline --out "$out"
"$cofab" bench scheduling --set "$shared/benchmarks/jssp" --time-limit "$seconds" --workers 2 --baseline --out "$out"
"$cofab" bench generate --factories 50 --machines 500 --jobs 2000 --ops 10 --seed 1 --out /tmp/cofab-scale.json
"$cofab" schedule /tmp/cofab-scale.json --time-limit "$seconds" --workers 2 2> "$out/scale-curve-${seconds}s.txt" | tee "$out/scale-${seconds}s.txt"
