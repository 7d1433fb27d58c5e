#!/usr/bin/env bash
# Runs every Samsyn test: unit tests, and the integration tests on SQLite and on a
# throwaway PostgreSQL that this script starts and stops. Ends with one line,
# "N passed, N failed, N skipped", summed from the TRX files, and exits non-zero
# when the build failed, a test failed or no test ran.
#
#   bash scripts/test.sh
#
# As root on Debian 12 it installs what is missing (chromium, postgresql, python3-aiosmtpd, nginx) with apt.
# Then it runs the fault drills (scripts/fault-tests.py) on a local cluster (scripts/cluster.sh).
# Set SAMSYN_TEST_POSTGRES to use a PostgreSQL server of your own instead.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$(date +%s)
results="$root/TestResults"
pg_dir=""
pg_ctl=""

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }
is_root() { [[ $(id -u) -eq 0 ]]; }
# initdb refuses to run as root; as root the cluster belongs to the postgres user.
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [[ -n $pg_dir ]]; then
    [[ -f $pg_dir/data/postmaster.pid ]] && as_postgres "$pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

install_missing() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
  ((${#missing[@]})) || return 0
  if ! is_root; then
    echo "Missing: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  step "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  if [[ -n ${SAMSYN_TEST_POSTGRES:-} ]]; then
    step "PostgreSQL: using SAMSYN_TEST_POSTGRES"
    return 0
  fi
  local bin port=55432
  bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)
  pg_ctl="$bin/pg_ctl"
  while port_in_use "$port"; do port=$((port + 1)); done
  pg_dir=$(mktemp -d -t samsyn-pg.XXXXXX)
  if is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres:postgres "$pg_dir"
  fi
  step "PostgreSQL $(basename "$(dirname "$bin")"): throwaway server on 127.0.0.1:$port"
  as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  if ! as_postgres "$pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir" >/dev/null; then
    cat "$pg_dir/log" >&2
    return 1
  fi
  export SAMSYN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
}

# Prints "passed failed skipped" summed over the TRX files in $1.
sum_trx() {
  local python=/usr/bin/python3
  [[ -x $python ]] || python=python3
  "$python" - "$1" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET

ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iter(f"{ns}UnitTestResult"):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive", "Pending"):
            skipped += 1
        else:
            failed += 1
print(passed, failed, skipped)
PY
}

finish() {
  local passed=$1 failed=$2 skipped=$3 status=$4
  printf '\nTook %ss. Results: %s\n' "$(($(date +%s) - started))" "$results"
  echo "$passed passed, $failed failed, $skipped skipped"
  exit "$status"
}

install_missing
start_postgres
rm -rf "$results"

step "Restore and build (Release)"
if ! dotnet restore Samsyn.slnx -v quiet || ! dotnet build Samsyn.slnx -c Release --no-restore -v quiet -clp:NoSummary; then
  echo "The build failed." >&2
  finish 0 0 0 1
fi

step "Tests"
test_status=0
dotnet test Samsyn.slnx -c Release --no-build --logger trx --results-directory "$results" || test_status=$?

read -r passed failed skipped < <(sum_trx "$results")

# Fault drills on a real cluster (PostgreSQL, two instances, nginx; SQLite; a mail server that goes down):
# see scripts/fault-tests.py. Each drill counts as one test. SAMSYN_SKIP_FAULT_DRILLS=1 leaves them out.
if [[ ${SAMSYN_SKIP_FAULT_DRILLS:-0} != 1 ]]; then
  step "Fault drills"
  cluster_port=5300
  while port_in_use "$cluster_port" || port_in_use $((cluster_port + 1)) || port_in_use $((cluster_port + 2)); do cluster_port=$((cluster_port + 50)); done
  cluster_pg=55700
  while port_in_use "$cluster_pg"; do cluster_pg=$((cluster_pg + 1)); done
  export SAMSYN_CLUSTER_DIR="$results/cluster" SAMSYN_CLUSTER_PORT=$cluster_port SAMSYN_CLUSTER_PG_PORT=$cluster_pg
  drills_log="$results/fault-drills.log"
  mkdir -p "$results"
  if bash scripts/cluster.sh start >"$drills_log" 2>&1; then
    /usr/bin/python3 scripts/fault-tests.py 2>&1 | tee -a "$drills_log" || true
  else
    tail -n 30 "$drills_log" >&2
    echo "fault drills: 0 passed, 1 failed" | tee -a "$drills_log"
  fi
  bash scripts/cluster.sh stop >/dev/null 2>&1 || true
  rm -rf "$SAMSYN_CLUSTER_DIR"
  if drills=$(grep -Eo 'fault drills: [0-9]+ passed, [0-9]+ failed' "$drills_log" | tail -n 1); then
    read -r drills_passed drills_failed < <(echo "$drills" | sed -E 's/fault drills: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
  else
    drills_passed=0 drills_failed=1
  fi
  passed=$((passed + drills_passed)); failed=$((failed + drills_failed))
fi
# Test projects end in Tests; helpers beside them (the test OpenID Connect provider) report no TRX.
projects=$(grep -c 'Project Path="tests/[^"]*Tests\.csproj"' Samsyn.slnx || true)
reports=$(find "$results" -name '*.trx' 2>/dev/null | wc -l)
status=0
if ((reports < projects)); then
  echo "Only $reports TRX files for $projects test projects: a test run did not report." >&2
  status=1
elif ((failed > 0)); then
  status=1
elif ((passed == 0)); then
  echo "No test ran." >&2
  status=1
elif ((test_status != 0)); then
  echo "dotnet test exited with $test_status although no test failed (a test host crash?)." >&2
  status=1
fi
finish "$passed" "$failed" "$skipped" "$status"
