"""Every page over HTTP, served as deployed, at N times the Convention's size.

    .venv/bin/python bench/http_load.py [--factor 10 --factor 100] [--seconds 10]
        [--connections 8] [--regenerate] [--readme]

For each factor: a PostgreSQL database ia_bench_f<N> filled by
`manage.py generate_scale` (kept between runs while the generators and the
migrations are unchanged), gunicorn with 2 sync workers and production settings
(DEBUG off, Redis cache in db 10, manifest static files), then:

1. cold start: gunicorn is restarted with an empty cache and each page is asked
   for once; the time of that first request is reported;
2. load: wrk (Debian's package; a bounded Python load generator without it)
   with `-t1 -c8` on 127.0.0.1 for --seconds per page, anonymously and as each
   role (a session the bench makes itself, past the TOTP the ISU and committee
   need), with the trivial view measured before, between and after the pages;
3. the gunicorn workers' memory after the load.

It prints one Markdown table per factor: req/s, p50 and p99, the share of the
trivial view's req/s, the SQL queries of the response, the first request after
the restart, and the CPU share that other processes on the machine took while
each page was loaded (a noisy run shows there). --readme writes the tables into
README.md between the `bench:http` markers. Loads only 127.0.0.1.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
PY = sys.executable
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/10")
# Several people may bench on one PostgreSQL server: BENCH_DB_PREFIX keeps
# their databases apart (ia_bench_f10 by default).
DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "ia_bench")
WORKERS = 2
SEED = 2026
HZ = os.sysconf("SC_CLK_TCK")
HOST = "127.0.0.1"

# (label, path, role): `{meeting}` and `{partnership}` are filled in from the
# data; roles sign in as the generator's accounts (portal/scale.py).
PAGES = [
    ("home", "/", None),
    ("country index", "/countries/", None),
    ("country page", "/countries/SDN/", None),
    ("country page", "/countries/SDN/", "focal_point"),
    ("country page", "/countries/SDN/", "donor"),
    ("page history", "/countries/SDN/history/", "focal_point"),
    ("needs", "/needs/", None),
    ("needs", "/needs/", "donor"),
    ("needs CSV", "/needs/?format=csv", None),
    ("needs JSON", "/needs/?format=json", None),
    ("meetings", "/meetings/", None),
    ("meetings, past", "/meetings/?when=past", "committee"),
    ("meeting", "/meetings/{meeting}/", None),
    ("meeting", "/meetings/{meeting}/", "isu"),
    ("meeting report", "/meetings/{meeting}/report/", "committee"),
    ("meeting .ics", "/meetings/{meeting}.ics", None),
    ("country .ics", "/countries/SDN/meetings.ics", None),
    ("partnerships", "/partnerships/", None),
    ("partnership", "/partnerships/{partnership}/", None),
    ("charts", "/partnerships/charts/", None),
    ("platform", "/countries/SDN/platform/", None),
    ("dashboard", "/dashboard/", "focal_point"),
    ("dashboard", "/dashboard/", "donor"),
    ("dashboard", "/dashboard/", "committee"),
    ("dashboard", "/dashboard/", "isu"),
]
ACCOUNTS = {
    "focal_point": "focal.sdn.1@scale.example",
    "donor": "donor.1@scale.example",
    "committee": "committee.1@scale.example",
    "isu": "isu.1@scale.example",
}
TRIVIAL = "/bench/trivial/"


# --- Environment --------------------------------------------------------------
def database_name(factor: int) -> str:
    return f"{DB_PREFIX}_f{factor}"


def server_env(factor: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.http_settings",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"{PG}/{database_name(factor)}",
        "REDIS_URL": REDIS,
        "MEDIA_ROOT": str(VAR / f"media_f{factor}"),
        "STATIC_ROOT": str(VAR / "static"),
        # Connections live through the run, so the CPU of their backends can
        # be told apart from other processes'.
        "DB_CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
        # gunicorn.conf.py as deployed, without the access log (a line per
        # request on the terminal).
        "GUNICORN_ACCESS_LOG": "",
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def data_fingerprint(factor: int) -> str:
    """Changes when a generator or a migration changes: then regenerate."""
    digest = hashlib.sha256(f"{factor}:{SEED}".encode())
    for path in sorted(ROOT.glob("*/scale.py")) + sorted(
        ROOT.glob("*/migrations/*.py")
    ):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def prepare_database(factor: int, *, regenerate: bool) -> None:
    import psycopg

    env = server_env(factor)
    marker = VAR / f"{database_name(factor)}.fingerprint"
    fingerprint = data_fingerprint(factor)
    name = database_name(factor)
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and not regenerate and marker.exists():
            if marker.read_text() == fingerprint:
                print(f"factor {factor}: reusing database {name}", flush=True)
                return
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(["rm", "-rf", env["MEDIA_ROOT"]], check=True)
    print(f"factor {factor}: migrating and generating {name}", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "generate_scale", "--factor", str(factor), "--seed", str(SEED))
    subprocess.run(["psql", f"{PG}/{name}", "-qc", "VACUUM ANALYZE"], check=True)
    marker.write_text(fingerprint)


# --- The server ---------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, factor: int):
        self.env = server_env(factor)
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"

    def start(self) -> None:
        subprocess.run(
            ["redis-cli", "-u", REDIS, "flushdb"], check=True, capture_output=True
        )
        self.process = subprocess.Popen(
            [
                str(Path(PY).parent / "gunicorn"),
                "portal.wsgi:application",
                "--config",
                str(ROOT / "gunicorn.conf.py"),
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                str(WORKERS),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        # A loaded machine (other people's test suites) can take a minute or
        # two to boot the workers.
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                fetch(self.base + TRIVIAL)
                return
            except (OSError, urllib.error.URLError):
                time.sleep(0.5)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def fetch(url: str, cookie: str = "") -> tuple[int, bytes, dict]:
    headers = {"X-Forwarded-Proto": "https"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- Sessions and sample objects -----------------------------------------------
def sessions_and_samples(factor: int) -> tuple[dict, dict]:
    """Signed-in sessions for each role, and the meeting and partnership the
    pages show, made by a child process with the server's settings."""
    out = subprocess.run(
        [PY, str(ROOT / "bench" / "http_sessions.py"), json.dumps(ACCOUNTS)],
        cwd=ROOT,
        env=server_env(factor),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["cookies"], data["samples"]


# --- CPU accounting -------------------------------------------------------------
def busy_jiffies() -> int:
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return sum(fields) - fields[3] - fields[4]  # less idle and iowait


def process_jiffies(pids) -> int:
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def service_pids(server: Server, factor: int) -> list[int]:
    """gunicorn, the PostgreSQL backends serving it, and Redis."""
    import psycopg

    pids = [server.process.pid, *server.workers()]
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        pids += [
            row[0]
            for row in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s",
                [database_name(factor)],
            )
        ]
    info = subprocess.run(
        ["redis-cli", "-u", REDIS, "info", "server"], capture_output=True, text=True
    ).stdout
    match = re.search(r"process_id:(\d+)", info)
    if match:
        pids.append(int(match.group(1)))
    return pids


# --- Load -----------------------------------------------------------------------
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def wrk(url: str, cookie: str, seconds: float, connections: int) -> tuple:
    """(req/s, p50 ms, p99 ms, non-2xx count, CPU jiffies of wrk)."""
    args = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "X-Forwarded-Proto: https",
        "--timeout",
        "30s",
    ]
    if cookie:
        args += ["-H", f"Cookie: {cookie}"]
    process = subprocess.Popen([*args, url], stdout=subprocess.PIPE, text=True)
    out = process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {
        p: float(v) * UNITS[u]
        for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", out)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: .*", out)
    bad = int(errors.group(1)) if errors else 0
    if socket_errors:
        bad += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(0)))
    cpu = round((usage.ru_utime + usage.ru_stime) * HZ)
    return rate, latency.get("50"), latency.get("99"), bad, cpu


def python_load(url: str, cookie: str, seconds: float, connections: int) -> tuple:
    """The same measure without wrk: `connections` threads, bounded in time."""
    import http.client

    latencies, bad, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds
    parts = urllib.parse.urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {"X-Forwarded-Proto": "https", **({"Cookie": cookie} if cookie else {})}

    def run():
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            start = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - start) * 1000)
            if response.status >= 400:
                with lock:
                    bad[0] += 1
        with lock:
            latencies.extend(mine)

    start = time.monotonic()
    cpu_before = time.process_time()
    threads = [threading.Thread(target=run) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    latencies.sort()
    cpu = round((time.process_time() - cpu_before) * HZ)
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / elapsed, p50, p99, bad[0], cpu


def settle(server, p99_ms: float) -> None:
    """Requests still queued when the load stops are served after it: wait
    about as long as the slowest took (the 99th percentile includes the time in
    the queue), then until the trivial view answers at once again, so they do
    not count against the next page (at most 3 minutes)."""
    time.sleep(min(30.0, 1.5 * (p99_ms or 0) / 1000))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        start = time.perf_counter()
        fetch(server.base + TRIVIAL)
        if time.perf_counter() - start < 0.2:
            return


def measure(server, factor, load, path, cookie, seconds, connections) -> dict:
    pids = service_pids(server, factor)
    busy0, ours0, t0 = busy_jiffies(), process_jiffies(pids), time.monotonic()
    rate, p50, p99, bad, load_cpu = load(
        server.base + path, cookie, seconds, connections
    )
    elapsed = time.monotonic() - t0
    busy, ours = busy_jiffies() - busy0, process_jiffies(pids) - ours0 + load_cpu
    capacity = elapsed * HZ * os.cpu_count()
    others = max(0.0, (busy - ours) / capacity)
    settle(server, p99)
    return {"rps": rate, "p50": p50, "p99": p99, "bad": bad, "others": others}


# --- One factor -----------------------------------------------------------------
def run_factor(factor: int, args) -> dict:
    prepare_database(factor, regenerate=args.regenerate)
    cookies, samples = sessions_and_samples(factor)
    pages = [(label, path.format(**samples), role) for label, path, role in PAGES]
    load = wrk if shutil.which("wrk") else python_load
    server = Server(factor)
    server.start()
    results = []
    try:
        # The first request to each page after a restart, with an empty cache.
        for label, path, role in pages:
            start = time.perf_counter()
            status, body, headers = fetch(server.base + path, cookies.get(role, ""))
            cold = (time.perf_counter() - start) * 1000
            if status != 200:
                raise RuntimeError(f"{path} as {role or 'anonymous'}: {status}")
            results.append(
                {
                    "label": label,
                    "path": path,
                    "role": role or "anonymous",
                    "cold_ms": cold,
                    "bytes": len(body),
                    "queries": int(headers.get("X-Bench-Queries", "-1")),
                }
            )
        trivial = []
        for index, result in enumerate(results):
            if index % 6 == 0:
                trivial.append(
                    measure(
                        server,
                        factor,
                        load,
                        TRIVIAL,
                        "",
                        args.seconds,
                        args.connections,
                    )
                )
            cookie = cookies.get(result["role"], "")  # none for "anonymous"
            result.update(
                measure(
                    server,
                    factor,
                    load,
                    result["path"],
                    cookie,
                    args.seconds,
                    args.connections,
                )
            )
            print(
                f"  {result['label']:<16} {result['role']:<12} "
                f"{result['rps']:8.1f} req/s",
                flush=True,
            )
        trivial.append(
            measure(server, factor, load, TRIVIAL, "", args.seconds, args.connections)
        )
        memory = [rss_kb(pid) for pid in server.workers()]
    finally:
        server.stop()
    return {
        "factor": factor,
        "tool": "wrk" if load is wrk else "python",
        "seconds": args.seconds,
        "connections": args.connections,
        "trivial": trivial,
        "pages": results,
        "worker_rss_kb": memory,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def rss_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1))


# --- Report ---------------------------------------------------------------------
def table(run: dict) -> str:
    trivial = statistics.median(t["rps"] for t in run["trivial"])
    spread = (
        min(t["rps"] for t in run["trivial"]),
        max(t["rps"] for t in run["trivial"]),
    )
    others = [t["others"] for t in run["trivial"] + run["pages"]]
    memory = ", ".join(f"{kb / 1024:.0f}" for kb in run["worker_rss_kb"])
    lines = [
        f"Factor {run['factor']} ({run['when']}; {run['tool']} -t1 "
        f"-c{run['connections']} -d{run['seconds']:g}s per page, gunicorn "
        f"{WORKERS} sync workers): trivial view {trivial:,.0f} req/s "
        f"(median of {len(run['trivial'])}, {spread[0]:,.0f}–{spread[1]:,.0f}); "
        f"gunicorn workers {memory} MB "
        f"after the load; other processes took {min(others):.0%}–{max(others):.0%} "
        "of the CPU.",
        "",
        "| page | as | req/s | share of trivial | p50 ms | p99 ms | queries | "
        "first request after restart, ms | kB | others' CPU |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for p in run["pages"]:
        bad = f" ({p['bad']} failed)" if p["bad"] else ""
        lines.append(
            f"| {p['label']} `{p['path']}` | {p['role']} | {p['rps']:,.1f}{bad} | "
            f"{p['rps'] / trivial:.1%} | {p['p50']:.1f} | {p['p99']:.1f} | "
            f"{p['queries']} | {p['cold_ms']:.0f} | {p['bytes'] / 1024:.0f} | "
            f"{p['others']:.0%} |"
        )
    return "\n".join(lines)


def write_readme(text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text()
    start, end = "<!-- bench:http -->", "<!-- /bench:http -->"
    if start not in content:
        raise SystemExit("README.md has no <!-- bench:http --> marker")
    before, rest = content.split(start, 1)
    after = rest.split(end, 1)[1]
    readme.write_text(f"{before}{start}\n{text}\n{end}{after}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, action="append")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--readme", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    factors = args.factor or [10, 100]
    VAR.mkdir(parents=True, exist_ok=True)
    if args.one:
        result = run_factor(factors[0], args)
        (VAR / f"http_f{factors[0]}.json").write_text(json.dumps(result, indent=1))
        return
    manage(server_env(factors[0]), "collectstatic", "--noinput", "-v0")
    runs = []
    for factor in factors:
        # Each factor in a process of its own: its own database settings.
        subprocess.run(
            [
                PY,
                __file__,
                "--one",
                "--factor",
                str(factor),
                "--seconds",
                str(args.seconds),
                "--connections",
                str(args.connections),
                *(["--regenerate"] if args.regenerate else []),
            ],
            check=True,
        )
        runs.append(json.loads((VAR / f"http_f{factor}.json").read_text()))
    text = "\n\n".join(table(run) for run in runs)
    print(text)
    if args.readme:
        write_readme(text)


if __name__ == "__main__":
    main()
