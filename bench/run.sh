#!/usr/bin/env bash
# Samsyn's benchmark from nothing: builds the generator and publishes the app (Release), generates ten years of a large
# region's data, starts the app on it, measures start-up, each page and API under load (wrk, 32 connections) and peak
# memory, stops everything and writes a Markdown table (bench/results/results.md). See docs/benchmarks.md.
#
#   bash bench/run.sh [sqlite|postgres|all] [scales…]     e.g. bash bench/run.sh all 1 3 10
#
# The first scale measures every page; further scales (deviation and status volumes ×N) measure the status board and
# the deviation statistics only, to show how their cost grows. BENCH_DURATION (10s), BENCH_CONNECTIONS (32),
# BENCH_SEED (42) and BENCH_PORT (5290) change the defaults.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
databases=${1:-all}
shift || true
scales=("${@:-1}")
[[ ${#scales[@]} -gt 0 ]] || scales=(1)
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}
seed=${BENCH_SEED:-42}
port=${BENCH_PORT:-5290}
work=$(mktemp -d -t samsyn-bench.XXXXXX)
results="$root/bench/results"
pg_dir="" pg_ctl="" pg_bin="" pg_port=""
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n== %s\n' "$*"; }
is_root() { [[ $(id -u) -eq 0 ]]; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cleanup() {
  if [[ -n $pg_dir && -f $pg_dir/data/postmaster.pid ]]; then as_postgres "$pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap "exit 130" INT TERM

install_missing() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  [[ $databases == sqlite ]] || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  ((${#missing[@]})) || return 0
  is_root || { echo "Missing: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2; return 1; }
  step "Installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A throwaway PostgreSQL, as scripts/test.sh starts one; the machine's own cluster is left alone.
start_postgres() {
  local bin
  pg_port=55532
  bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)
  pg_ctl="$bin/pg_ctl"
  while port_in_use "$pg_port"; do pg_port=$((pg_port + 1)); done
  pg_dir="$work/pg"
  mkdir -p "$pg_dir"
  if is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres:postgres "$pg_dir"; chmod o+x "$work"
  fi
  as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  as_postgres "$pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" >/dev/null
  pg_bin=$bin
}

generate() { # database connection scale
  dotnet "$work/bench/Samsyn.Bench.dll" --database "$1" --connection "$2" --scale "$3" --seed "$seed" --end "$(date -u +%F)" \
    | tee -a "$results/generate.log"
}

measure() { # database connection label which
  python3 "$root/bench/measure.py" --app "$work/app" --database "$1" --connection "$2" --label "$3" --which "$4" --results "$results" \
    --duration "$duration" --connections "$connections" --port "$port" --email admin@bench.example --password Bench-Samsyn-2026
}

install_missing
while port_in_use "$port"; do port=$((port + 1)); done
mkdir -p "$results"
rm -f "$results"/results.md "$results"/results.jsonl "$results"/generate.log "$results"/app-*.log
step "Publish the app and build the generator (Release)"
# ReadyToRun, as docs/operations.md publishes for production: start-up without most of the JIT work.
dotnet publish src/Samsyn.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" -v quiet -clp:NoSummary
dotnet build bench/Samsyn.Bench -c Release -o "$work/bench" -v quiet -clp:NoSummary
{ echo "## $(date -u '+%Y-%m-%d %H:%M') UTC — $(nproc) kärnor, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"; echo; } >> "$results/results.md"

for database in sqlite postgres; do
  [[ $databases == all || $databases == "$database" ]] || continue
  [[ $database == postgres ]] && start_postgres
  first=1
  for scale in "${scales[@]}"; do
    if [[ $database == sqlite ]]; then
      mkdir -p "$work/sqlite-$scale"
      connection="Data Source=$work/sqlite-$scale/samsyn.db"
    else
      as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE samsyn_$scale"
      connection="Host=127.0.0.1;Port=$pg_port;Database=samsyn_$scale;Username=postgres"
    fi
    step "$database ${scale}×: generate"
    started=$(date +%s)
    generate "$database" "$connection" "$scale"
    echo "$database ${scale}×: generated in $(($(date +%s) - started)) s" | tee -a "$results/generate.log"
    step "$database ${scale}×: measure"
    which=growth; ((first)) && which=all
    measure "$database" "$connection" "$database ${scale}×" "$which"
    first=0
    [[ $database == sqlite ]] && rm -rf "$work/sqlite-$scale"
  done
done
step "Table: $results/results.md"
cat "$results/results.md"
