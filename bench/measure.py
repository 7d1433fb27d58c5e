#!/usr/bin/env python3
"""Starts the published Samsyn on a generated database, measures start-up, load per endpoint (wrk) and peak memory,
stops it, and appends the results (Markdown rows and JSON) to the results folder. Called by bench/run.sh."""
import argparse, datetime, http.client, json, os, re, signal, subprocess, sys, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
P99_TARGET_MS, RATIO_TARGET, RSS_TARGET_MB, READY_TARGET_S = 100, 0.20, 400, 3.0


def request(port, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.getheaders(), data


def cookies_from(headers):
    return {c.split("=", 1)[0]: c.split(";", 1)[0].split("=", 1)[1] for k, c in headers if k.lower() == "set-cookie"}


def log_in(port, email, password):
    """A bearer token for the API (POST /api/v1/auth/login) and the login cookie for pages (the login form)."""
    status, _, data = request(port, "POST", "/api/v1/auth/login", {"Content-Type": "application/json"},
                              json.dumps({"email": email, "password": password}))
    if status != 200:
        sys.exit(f"API login failed: {status} {data[:300]!r}")
    bearer = json.loads(data)["accessToken"]
    status, headers, data = request(port, "GET", "/logga-in")
    jar = cookies_from(headers)
    token = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', data) \
        or re.search(rb'value="([^"]+)"[^>]*name="__RequestVerificationToken"', data)
    form = urllib.parse.urlencode({"Input.Email": email, "Input.Password": password,
                                   "__RequestVerificationToken": token.group(1).decode()})
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    status, headers, _ = request(port, "POST", "/logga-in", {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}, form)
    jar.update(cookies_from(headers))
    if status != 302 or "samsyn" not in jar:
        sys.exit(f"Page login failed: {status}")
    return f"Authorization: Bearer {bearer}", "Cookie: samsyn=" + jar["samsyn"]


def get_json(port, path, auth):
    status, _, data = request(port, "GET", path, {auth.split(":", 1)[0]: auth.split(":", 1)[1].strip()})
    if status != 200:
        sys.exit(f"GET {path}: {status} {data[:300]!r}")
    return json.loads(data)


def endpoints(port, api, page, today, which):
    """The measured pages and APIs, with ids found through the API as a user would."""
    groups = get_json(port, "/api/v1/groups?level=management&pageSize=1", api)["items"]
    group, area = groups[0]["id"], groups[0]["areaId"]
    recent = get_json(port, f"/api/v1/meetings?groupId={group}&from={today - datetime.timedelta(days=90)}&to={today}", api)["items"]
    meeting = max(recent, key=lambda m: m["startsAt"])["id"]
    plan = get_json(port, "/api/v1/strategic-plans?status=adopted&pageSize=1", api)["items"][0]["id"]
    year_ago, three_years_ago = today - datetime.timedelta(days=365), today - datetime.timedelta(days=3 * 365)
    growth = [
        ("Lägesbild, sida", f"/lagesbild?areaId={area}", page),
        ("Lägesbild, API", f"/api/v1/status-board?areaId={area}", api),
        ("Avvikelsestatistik 12 mån, sida", f"/avvikelser/statistik?fran={year_ago}&till={today}", page),
        ("Avvikelsestatistik 12 mån, API", f"/api/v1/deviations/statistics?from={year_ago}&to={today}&groupBy=month", api),
    ]
    rest = [
        ("Möte (dagordning, närvaro, protokoll), sida", f"/moten/{meeting}", page),
        ("Möte, API", f"/api/v1/meetings/{meeting}", api),
        ("Avvikelser filtrerade, sida 3", "/avvikelser?status=answered&process=discharge&sida=3", page),
        ("Avvikelser filtrerade, API sida 3", "/api/v1/deviations?status=answered&process=discharge&page=3&pageSize=25", api),
        ("Närvaro i grupp 3 år, sida", f"/grupper/{group}/narvaro?fran={three_years_ago}&till={today}", page),
        ("Närvaro i grupp 3 år, API", f"/api/v1/groups/{group}/attendance?from={three_years_ago}&to={today}", api),
        ("Strategisk sammanställning, API", f"/api/v1/strategic-plans/{plan}/rollup?year={today.year}", api),
        ("Beslutssökning, API", "/api/v1/decisions?q=rutin", api),
    ]
    return growth if which == "growth" else growth + rest


def wrk(port, path, header, duration, connections):
    env = dict(os.environ, BENCH_HEADER=header or "")
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}", "--timeout", "10s", "-s", os.path.join(HERE, "wrk-report.lua"),
                          f"http://127.0.0.1:{port}{path}"], env=env, capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("BENCH "))
    values = dict(kv.split("=") for kv in line.split()[1:])
    return {k: float(v) for k, v in values.items()}


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024


def main():
    parser = argparse.ArgumentParser()
    for name in ("app", "database", "connection", "label", "results", "duration", "connections", "which", "port", "email", "password"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    port = int(args.port)
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", ASPNETCORE_URLS=f"http://127.0.0.1:{port}",
               Database__Provider=args.database, ConnectionStrings__Samsyn=args.connection, Samsyn__DemoData="false",
               Serilog__MinimumLevel__Default="Warning")
    log = open(os.path.join(args.results, f"app-{args.label}.log"), "w")
    started = time.monotonic()
    app = subprocess.Popen(["dotnet", os.path.join(args.app, "Samsyn.Web.dll")], cwd=args.app, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        ready = None
        while time.monotonic() - started < 120:
            if app.poll() is not None:
                sys.exit(f"The app stopped during start-up; see {log.name}")
            try:
                if request(port, "GET", "/healthz")[0] == 200:
                    ready = time.monotonic() - started
                    break
            except OSError:
                pass
            time.sleep(0.05)
        if ready is None:
            sys.exit("The app was not ready within 120 s")
        api, page = log_in(port, args.email, args.password)
        today = datetime.date.today()
        targets = endpoints(port, api, page, today, args.which)
        for _, path, header in targets:  # warm-up, and a clear failure before the load if a URL is wrong
            status, _, data = request(port, "GET", path, {header.split(":", 1)[0]: header.split(":", 1)[1].strip()})
            if status != 200:
                sys.exit(f"GET {path}: {status} {data[:300]!r}")
        rows = []
        ceiling = wrk(port, "/healthz/live", None, args.duration, args.connections)
        rows.append(("/healthz/live (tak)", "/healthz/live", ceiling))
        for name, path, header in targets:
            result = wrk(port, path, header, args.duration, args.connections)
            rows.append((name, path, result))
            print(f"  {name:<46} {result['rps']:8.0f} req/s  p50 {result['p50']:7.1f} ms  p99 {result['p99']:7.1f} ms  errors {int(result['errors'])}", flush=True)
        rss = peak_rss_mb(app.pid)
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
    write(args, rows, ceiling, ready, rss)


def write(args, rows, ceiling, ready, rss):
    ok = lambda good: "✓" if good else "✗"
    lines = [f"### {args.label}", "",
             f"Start till redo (`/healthz`): **{ready:.2f} s** {ok(ready < READY_TARGET_S)} · högsta minne (VmHWM): **{rss:.0f} MB** {ok(rss < RSS_TARGET_MB)}"
             f" · {args.connections} anslutningar, {args.duration} per rad", "",
             "| sida / API | req/s | p50 ms | p99 ms | fel | andel av /healthz/live | mål |", "|---|---:|---:|---:|---:|---:|:-:|"]
    for name, path, r in rows:
        ratio = r["rps"] / ceiling["rps"] if ceiling["rps"] else 0
        met = r["p99"] <= P99_TARGET_MS and ratio >= RATIO_TARGET and r["errors"] == 0
        lines.append(f"| {name} `{path.split('?')[0]}` | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {int(r['errors'])} | {ratio:.0%} | {ok(met)} |")
    text = "\n".join(lines) + "\n\n"
    with open(os.path.join(args.results, "results.md"), "a") as out:
        out.write(text)
    with open(os.path.join(args.results, "results.jsonl"), "a") as out:
        out.write(json.dumps({"label": args.label, "ready": ready, "rss_mb": rss, "rows": rows}) + "\n")
    print(text)


if __name__ == "__main__":
    main()
