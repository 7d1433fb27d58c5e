#!/usr/bin/env python3
"""Fault drills against a real Samsyn cluster on loopback (scripts/cluster.sh): nothing acknowledged is
lost, outages fail fast and recover on their own, every mail is sent once. Prints the figures of each
drill and, last, one line "fault drills: N passed, N failed". Exit code 1 when a drill failed.

  python3 scripts/fault-tests.py            # starts the cluster if needed, runs every drill
  python3 scripts/fault-tests.py kill db    # only some drills (kill, db, sqlite, smtp)
"""
import concurrent.futures as futures
import json, os, shutil, signal, sqlite3, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CLUSTER = os.path.join(ROOT, "scripts", "cluster.sh")
PORT = int(os.environ.get("SAMSYN_CLUSTER_PORT", "5100"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = os.environ.get("SAMSYN_DEMO_PASSWORD", "Samverkan-2026")
ADMIN = "admin@samsyn.example"


def call(method, url, body=None, token=None, timeout=20):
    """(status, json or text, seconds); a connection failure is status 0."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None: request.add_header("Content-Type", "application/json")
    if token: request.add_header("Authorization", f"Bearer {token}")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as error:
        text, status = error.read().decode(errors="replace"), error.code
    except Exception as error:  # refused, reset, timed out
        text, status = str(error), 0
    try: payload = json.loads(text) if text else None
    except ValueError: payload = text
    return status, payload, time.monotonic() - started


def cluster(*args, env=None):
    subprocess.run(["bash", CLUSTER, *args], check=True, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL)


def sql(query):
    """One value from the cluster's PostgreSQL."""
    psql = sorted(__import__("glob").glob("/usr/lib/postgresql/*/bin/psql"))[-1]
    command = [psql, "-h", "127.0.0.1", "-p", os.environ.get("SAMSYN_CLUSTER_PG_PORT", "55600"), "-U", "postgres", "-d", "samsyn", "-tAc", query]
    if os.geteuid() == 0: command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def login(base=BASE):
    status, body, _ = call("POST", f"{base}/api/v1/auth/login", {"email": ADMIN, "password": PASSWORD})
    assert status == 200, f"login failed: {status} {body}"
    return body["accessToken"]


def organisations(token, base=BASE):
    status, board, _ = call("GET", f"{base}/api/v1/status-board?areaId=1", token=token)
    assert status == 200, f"board: {status} {board}"
    return [e["organisationId"] for e in board["entries"]]


def report_body(i, organisation):
    return {"organisationId": organisation, "level": ["normal", "strained"][i % 2], "comment": f"Felprov {i}",
            "needsHelp": False, "figures": {"staffAbsence": i % 50}}


class Drill:
    def __init__(self, name): self.name, self.ok, self.lines = name, True, []
    def check(self, condition, message):
        self.lines.append(("ok  " if condition else "FEL ") + message)
        self.ok &= bool(condition)
    def figure(self, text): self.lines.append("    " + text)
    def print(self):
        print(f"\n[{'passed' if self.ok else 'FAILED'}] {self.name}")
        for line in self.lines: print("  " + line)


def burst(base, token, organisations, count, workers, on_progress=None):
    """Sends count status reports; returns [(i, status, id, body)]."""
    done = []
    lock = threading.Lock()
    def one(i):
        status, body, _ = call("POST", f"{base}/api/v1/status-reports", report_body(i, organisations[i % len(organisations)]), token)
        with lock:
            done.append((i, status, body.get("id") if isinstance(body, dict) and 200 <= status < 300 else None, body))
            if on_progress: on_progress(len(done))
    with futures.ThreadPoolExecutor(workers) as pool: list(pool.map(one, range(count)))
    return done


def verify(base, token, results, drill):
    acknowledged = [r for r in results if 200 <= r[1] < 300]
    found = whole = 0
    for i, _, report_id, _ in acknowledged:
        status, body, _ = call("GET", f"{base}/api/v1/status-reports/{report_id}", token=token)
        if status == 200:
            found += 1
            figures = {f["key"]: f["value"] for f in body["figures"]}
            if body["comment"] == f"Felprov {i}" and figures.get("staffAbsence") == i % 50: whole += 1
    drill.figure(f"writes sent {len(results)}, acknowledged {len(acknowledged)}, found afterwards {found}, whole {whole}")
    drill.check(found == len(acknowledged), "every acknowledged write is in the database")
    drill.check(whole == len(acknowledged), "none is half-written (report and its figures together)")
    return acknowledged


def drill_kill():
    drill = Drill("SIGKILL of one instance during a burst of writes (through nginx, PostgreSQL)")
    token = login(); orgs = organisations(token)
    killed = threading.Event()
    def maybe_kill(n):
        if n >= 80 and not killed.is_set():
            killed.set(); cluster("kill-app", "2")
    results = burst(BASE, token, orgs, 400, 16, maybe_kill)
    drill.check(killed.is_set(), "instance 2 was killed mid-burst")
    acknowledged = verify(BASE, token, results, drill)
    after_kill = results[120:]
    failures = [r for r in results if not 200 <= r[1] < 300]
    drill.figure(f"failed while the instance died: {len(failures)} (statuses {sorted(set(r[1] for r in failures))})")
    for r in [r for r in failures if r[1] not in (0, 502)][:3]: drill.figure(f"  {r[1]}: {str(r[3])[:300]}")
    drill.check(sum(1 for r in after_kill if 200 <= r[1] < 300) >= len(after_kill) * 0.95, "clients recover through the other instance")
    drill.check(all(r[1] in (0, 502, 503) for r in failures), "a failed write is a gateway/connection error, never a 500")
    cluster("start-app", "2")
    status, _, _ = call("GET", f"http://127.0.0.1:{PORT + 2}/healthz")
    drill.check(status == 200, "the killed instance starts again and is healthy")
    return drill, len(acknowledged)


def drill_db():
    drill = Drill("PostgreSQL restarted during load")
    token = login(); orgs = organisations(token)
    outage = []
    stop = threading.Event()
    def load():
        i = 0
        while not stop.is_set():
            status, body, seconds = call("POST", f"{BASE}/api/v1/status-reports", report_body(i, orgs[i % len(orgs)]), token, timeout=30)
            outage.append((time.monotonic(), status, seconds, body)); i += 1
    threads = [threading.Thread(target=load) for _ in range(4)]
    for t in threads: t.start()
    time.sleep(2)
    down = time.monotonic(); cluster("stop-db")
    time.sleep(4)
    cluster("start-db"); up = time.monotonic()
    recovered = None
    while time.monotonic() - up < 30:
        status, _, _ = call("GET", f"{BASE}/api/v1/status-board?areaId=1", token=token)
        if status == 200: recovered = time.monotonic() - up; break
        time.sleep(0.2)
    stop.set()
    for t in threads: t.join()
    during = [o for o in outage if down + 0.5 <= o[0] <= up]
    unavailable = [o for o in during if o[1] == 503]
    drill.figure(f"requests during the outage {len(during)}: 503 {len(unavailable)}, other {sorted(set(o[1] for o in during))}; slowest {max((o[2] for o in during), default=0):.1f} s")
    drill.check(len(unavailable) > 0 and all(o[1] in (201, 502, 503) for o in during), "requests during the outage fail with 503 (never 500)")
    drill.check(all(o[2] < 8 for o in during), "they fail fast (under 8 s), they do not hang")
    drill.check(any(isinstance(o[3], dict) and "atabas" in (o[3].get("title") or "") for o in unavailable), "the 503 says in Swedish that the database does not answer")
    drill.figure(f"recovered {recovered:.1f} s after PostgreSQL was back" if recovered is not None else "did not recover within 30 s")
    drill.check(recovered is not None and recovered < 15, "the app recovers on its own within seconds")
    return drill, 0


def drill_sqlite():
    drill = Drill("SQLite single instance killed with SIGKILL during writes")
    folder = tempfile.mkdtemp(prefix="samsyn-sqlite-drill-")
    port = PORT + 10
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ASPNETCORE_ENVIRONMENT": "Demo", "ASPNETCORE_URLS": base, "Database__Provider": "Sqlite",
           "ConnectionStrings__Samsyn": f"Data Source={folder}/samsyn.db", "Samsyn__DemoData": "true", "Samsyn__DemoPassword": PASSWORD}
    app = os.path.join(os.environ.get("SAMSYN_CLUSTER_DIR", os.path.join(ROOT, ".cluster")), "app")
    def start():
        process = subprocess.Popen(["dotnet", "Samsyn.Web.dll"], cwd=app, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if call("GET", f"{base}/healthz/live", timeout=2)[0] == 200: return process
            time.sleep(0.2)
        raise RuntimeError("SQLite instance did not start")
    process = start()
    try:
        token = login(base); orgs = organisations(token, base)
        killed = threading.Event()
        def maybe_kill(n):
            if n >= 60 and not killed.is_set():
                killed.set(); process.send_signal(signal.SIGKILL)
        results = burst(base, token, orgs, 200, 8, maybe_kill)
        process.wait()
        check = sqlite3.connect(f"{folder}/samsyn.db").execute("PRAGMA integrity_check").fetchone()[0]
        drill.figure(f"integrity_check after the kill: {check}")
        drill.check(check == "ok", "the database opens cleanly")
        process = start()
        verify(base, login(base), results, drill)
    finally:
        process.send_signal(signal.SIGTERM); process.wait()
        shutil.rmtree(folder, ignore_errors=True)
    return drill, 0


def drill_smtp():
    drill = Drill("Email outbox with the SMTP server down, two instances")
    smtp_port = PORT + 20
    maildir = os.path.join(tempfile.mkdtemp(prefix="samsyn-mail-drill-"), "maildir")
    env = {"SAMSYN_CLUSTER_SMTP_PORT": str(smtp_port)}
    for n in ("1", "2"): cluster("kill-app", n)
    for n in ("1", "2"): cluster("start-app", n, env=env)
    token = login(); orgs = organisations(token)
    sent_before = int(sql("""SELECT count(*) FROM "Notifications" WHERE "EmailStatus" = 'Sent'"""))
    # Requests for help notify the other members: a handful of mails per report.
    sent = 0
    for i, organisation in enumerate(orgs):
        status, _, _ = call("POST", f"{BASE}/api/v1/status-reports", {"organisationId": organisation, "level": "severe", "needsHelp": True,
                             "helpWith": f"Felprov e-post {time.time()} {i}"}, token)
        sent += 200 <= status < 300
    time.sleep(4)  # the instances try, fail and back off
    server = subprocess.Popen(["/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}", "-c", "aiosmtpd.handlers.Mailbox", maildir],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def messages():
            ids = []
            new = os.path.join(maildir, "new")
            for name in os.listdir(new) if os.path.isdir(new) else []:
                with open(os.path.join(new, name), errors="replace") as f:
                    for line in f:
                        if line.lower().startswith("message-id:"): ids.append(line.split(":", 1)[1].strip()); break
            return ids
        # Until the outbox has nothing waiting and the server has what the outbox marked as sent (retries back off: 2, 4, 8 … s).
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            waiting = int(sql("""SELECT count(*) FROM "Notifications" WHERE "EmailStatus" = 'Pending'"""))
            marked = int(sql("""SELECT count(*) FROM "Notifications" WHERE "EmailStatus" = 'Sent'""")) - sent_before
            if waiting == 0 and len(messages()) >= marked: break
            time.sleep(1)
        time.sleep(2)  # anything sent twice would arrive now
        ids = messages()
        duplicates = len(ids) - len(set(ids))
        pending = int(sql("""SELECT count(*) FROM "Notifications" WHERE "EmailStatus" = 'Pending'"""))
        sent_now = int(sql("""SELECT count(*) FROM "Notifications" WHERE "EmailStatus" = 'Sent'""")) - sent_before
        drill.figure(f"reports asking for help {sent}, mails in the outbox sent {sent_now}, received {len(ids)}, duplicates {duplicates}, still waiting {pending}")
        drill.check(len(ids) > 0 and pending == 0, "mails held back during the outage all arrive afterwards")
        drill.check(len(ids) == sent_now, "the server received exactly the mails the outbox marked as sent")
        drill.check(duplicates == 0, "each mail is sent once, with two instances")
    finally:
        server.terminate(); server.wait()
        shutil.rmtree(os.path.dirname(maildir), ignore_errors=True)
        for n in ("1", "2"): cluster("kill-app", n)
        for n in ("1", "2"): cluster("start-app", n)
    return drill, 0


DRILLS = {"kill": drill_kill, "db": drill_db, "sqlite": drill_sqlite, "smtp": drill_smtp}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(DRILLS)
    if call("GET", f"{BASE}/healthz", timeout=3)[0] != 200:
        cluster("start")
    passed = failed = 0
    for name in chosen:
        started = time.monotonic()
        try:
            drill, _ = DRILLS[name]()
        except Exception as error:  # a drill that could not run is a failed drill
            drill = Drill(name); drill.check(False, f"could not run: {error!r}")
        drill.figure(f"took {time.monotonic() - started:.0f} s")
        drill.print()
        passed += drill.ok; failed += not drill.ok
    print(f"\nfault drills: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
