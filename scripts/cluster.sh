#!/usr/bin/env bash
# A Samsyn cluster on this machine: PostgreSQL, two app instances and nginx in front, all on 127.0.0.1.
#
#   bash scripts/cluster.sh start      # publish (Release), start everything, print the address
#   bash scripts/cluster.sh status     # what runs, and /healthz through nginx
#   bash scripts/cluster.sh stop       # stop everything (the database is kept in .cluster/)
#   bash scripts/cluster.sh kill-app N # SIGKILL instance N (1 or 2), for fault drills
#   bash scripts/cluster.sh start-app N
#   bash scripts/cluster.sh restart-db
#
# Ports (override with the environment): nginx SAMSYN_CLUSTER_PORT (5100), instances +1 and +2,
# PostgreSQL SAMSYN_CLUSTER_PG_PORT (55600). Demo data and accounts as in development
# (password SAMSYN_DEMO_PASSWORD, default Samverkan-2026). See docs/operations.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${SAMSYN_CLUSTER_DIR:-$root/.cluster}
port=${SAMSYN_CLUSTER_PORT:-5100}
pg_port=${SAMSYN_CLUSTER_PG_PORT:-55600}
password=${SAMSYN_DEMO_PASSWORD:-Samverkan-2026}
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=samsyn;Timeout=3;Command Timeout=15;Keepalive=5"

is_root() { [[ $(id -u) -eq 0 ]]; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1; }
say() { printf '== %s\n' "$*"; }

install_missing() {
  local missing=()
  [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  ((${#missing[@]})) || return 0
  is_root || { echo "Missing: ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2; return 1; }
  say "Installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The package starts a system nginx on port 80; this cluster runs its own.
  systemctl disable --now nginx >/dev/null 2>&1 || service nginx stop >/dev/null 2>&1 || true
}

wait_for() { # url seconds
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "Timed out waiting for $1" >&2
  return 1
}

start_db() {
  local bin; bin=$(pg_bin)
  mkdir -p "$dir"
  # The postgres user must reach its data folder inside this one.
  is_root && chmod 755 "$dir"
  if [[ ! -d $dir/pg/data ]]; then
    mkdir -p "$dir/pg"
    if is_root; then id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres; chown -R postgres:postgres "$dir/pg"; fi
    as_postgres "$bin/initdb" -D "$dir/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  fi
  if [[ ! -f $dir/pg/data/postmaster.pid ]]; then
    say "PostgreSQL on 127.0.0.1:$pg_port"
    as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w start -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg" >/dev/null
  fi
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='samsyn'" | grep -q 1 \
    || as_postgres "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres samsyn
}

stop_db() {
  [[ -f $dir/pg/data/postmaster.pid ]] && as_postgres "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null || true
}

publish() {
  if [[ ! -f $dir/app/Samsyn.Web.dll || ${SAMSYN_CLUSTER_REBUILD:-1} == 1 ]]; then
    say "Publishing Samsyn (Release) to .cluster/app"
    dotnet publish "$root/src/Samsyn.Web" -c Release -o "$dir/app" --nologo -v quiet >/dev/null
  fi
}

start_app() { # instance migrate
  local n=$1 migrate=$2 app_port=$((port + $1))
  [[ -f $dir/app$n.pid ]] && kill -0 "$(cat "$dir/app$n.pid")" 2>/dev/null && return 0
  say "Instance $n on 127.0.0.1:$app_port"
  local smtp=()
  # For drills of the email outbox: a mail server on this port, polled every second, retried after two.
  [[ -n ${SAMSYN_CLUSTER_SMTP_PORT:-} ]] && smtp=(Smtp__Host=127.0.0.1 Smtp__Port="$SAMSYN_CLUSTER_SMTP_PORT" Smtp__Security=None
    Smtp__PollSeconds=1 Smtp__RetryBaseSeconds=2 Smtp__From=samsyn@cluster.example)
  (
    cd "$dir/app"
    env "${smtp[@]}" ASPNETCORE_ENVIRONMENT=Demo ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
      Database__Provider=Postgres ConnectionStrings__Samsyn="$connection" Database__MigrateOnStartup="$migrate" \
      Samsyn__DemoData=true Samsyn__DemoPassword="$password" Smtp__BaseUrl="http://127.0.0.1:$port" \
      nohup dotnet Samsyn.Web.dll >"$dir/app$n.log" 2>&1 &
    echo $! >"$dir/app$n.pid"
  )
  wait_for "http://127.0.0.1:$app_port/healthz/live" 60
}

kill_app() { [[ -f $dir/app$1.pid ]] && kill -9 "$(cat "$dir/app$1.pid")" 2>/dev/null || true; rm -f "$dir/app$1.pid"; }
stop_app() { [[ -f $dir/app$1.pid ]] && kill "$(cat "$dir/app$1.pid")" 2>/dev/null || true; rm -f "$dir/app$1.pid"; }

start_nginx() {
  mkdir -p "$dir/nginx/logs"
  cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $dir/nginx/logs/access.log;
  client_max_body_size 12m;
  upstream samsyn {
    server 127.0.0.1:$((port + 1)) max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$((port + 2)) max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://samsyn;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A dead instance: try the other (only before the request reached it, so a write is never sent twice).
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
CONF
  if [[ -f $dir/nginx/nginx.pid ]] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
    /usr/sbin/nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s reload
  else
    say "nginx on 127.0.0.1:$port"
    /usr/sbin/nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
  fi
}

stop_nginx() { [[ -f $dir/nginx/nginx.pid ]] && /usr/sbin/nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s quit 2>/dev/null || true; }

case ${1:-start} in
  start)
    install_missing
    start_db
    publish
    start_app 1 true      # migrates and seeds once
    start_app 2 false
    start_nginx
    wait_for "http://127.0.0.1:$port/healthz" 30
    say "Samsyn runs on http://127.0.0.1:$port (instances :$((port + 1)) and :$((port + 2)), PostgreSQL :$pg_port)"
    ;;
  stop) stop_nginx; stop_app 1; stop_app 2; stop_db; say "Stopped" ;;
  status)
    for n in 1 2; do
      if [[ -f $dir/app$n.pid ]] && kill -0 "$(cat "$dir/app$n.pid")" 2>/dev/null; then echo "instance $n: running"; else echo "instance $n: stopped"; fi
    done
    curl -sS "http://127.0.0.1:$port/healthz" || true; echo
    ;;
  kill-app) kill_app "$2" ;;
  start-app) SAMSYN_CLUSTER_REBUILD=0 start_app "$2" false ;;
  restart-db) stop_db; start_db ;;
  stop-db) stop_db ;;
  start-db) start_db ;;
  *) echo "usage: $0 start|stop|status|kill-app N|start-app N|restart-db|stop-db|start-db" >&2; exit 2 ;;
esac
