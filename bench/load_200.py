"""200 clients at once for 60 s over a mix of public and signed-in pages.

    .venv/bin/python bench/load_200.py [--factor 10] [--clients 200]
        [--seconds 60] [--workers 4] [--readme]

Serves a PostgreSQL database at N times the Convention's size
(`ia_load_f<N>`, made by `manage.py generate_scale` and kept while the
generators and migrations are unchanged) with gunicorn as docker-compose runs
it (gunicorn.conf.py, production settings, Redis cache and sessions; 4 sync
workers = 2 web replicas × WEB_CONCURRENCY 2), then lets wrk keep `--clients`
connections busy for `--seconds`, each request drawn from the mix below
(anonymous readers, a donor, a focal point, the committee and the ISU, each
through its own session). It reports requests, req/s, latency percentiles and
every error: a response other than 2xx/3xx, a timeout (30 s) or a socket
error. Target (issue 16): 0 errors. --readme writes the figures between the
`bench:load` markers of README.md. Loads only 127.0.0.1.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import http_load  # noqa: E402

ROOT = http_load.ROOT
REDIS = os.environ.get("BENCH_LOAD_REDIS", "redis://127.0.0.1:6379/11")

# (weight, path, role): what a crowd of readers and a few editors ask for.
MIX = [
    (10, "/", None),
    (6, "/countries/", None),
    (12, "/countries/SDN/", None),
    (4, "/countries/AGO/", None),
    (8, "/needs/", None),
    (2, "/needs/?theme=clearance&region=africa", None),
    (5, "/meetings/", None),
    (4, "/meetings/{meeting}/", None),
    (2, "/meetings/{meeting}.ics", None),
    (4, "/partnerships/", None),
    (2, "/partnerships/{partnership}/", None),
    (2, "/countries/SDN/platform/", None),
    (1, "/partnerships/charts/", None),
    (4, "/dashboard/", "donor"),
    (4, "/needs/", "donor"),
    (3, "/countries/SDN/", "donor"),
    (4, "/dashboard/", "focal_point"),
    (2, "/countries/SDN/", "focal_point"),
    (2, "/countries/SDN/history/", "focal_point"),
    (2, "/dashboard/", "committee"),
    (2, "/meetings/?when=past", "committee"),
    (1, "/meetings/{meeting}/report/", "committee"),
    (2, "/dashboard/", "isu"),
    (1, "/meetings/{meeting}/", "isu"),
]

LUA = """
local requests = {}
for _, r in ipairs(%(requests)s) do
  for _ = 1, r[1] do
    local headers = {["X-Forwarded-Proto"] = "https"}
    if r[3] ~= "" then headers["Cookie"] = r[3] end
    table.insert(requests, wrk.format("GET", r[2], headers))
  end
end
math.randomseed(2026)
request = function()
  return requests[math.random(#requests)]
end
"""


def server_env(factor: int, workers: int) -> dict:
    env = http_load.server_env(factor)
    env.update(
        DATABASE_URL=f"{http_load.PG}/ia_load_f{factor}",
        REDIS_URL=REDIS,
        MEDIA_ROOT=str(http_load.VAR / f"load_media_f{factor}"),
        WEB_CONCURRENCY=str(workers),
    )
    return env


def prepare_database(factor: int, env: dict) -> None:
    import psycopg

    name = f"ia_load_f{factor}"
    marker = http_load.VAR / f"{name}.fingerprint"
    fingerprint = http_load.data_fingerprint(factor)
    with psycopg.connect(f"{http_load.PG}/postgres", autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and marker.exists() and marker.read_text() == fingerprint:
            print(f"reusing database {name}", flush=True)
            return
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    print(f"migrating and generating {name}", flush=True)
    http_load.manage(env, "migrate", "--noinput", "-v0")
    http_load.manage(
        env, "generate_scale", "--factor", str(factor), "--seed", str(http_load.SEED)
    )
    marker.write_text(fingerprint)


class SlowStartServer(http_load.Server):
    """http_load's server, waiting up to 5 minutes for the first answer (four
    workers starting on a machine that other processes keep busy)."""

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
                f"{http_load.HOST}:{self.port}",
                "--workers",
                str(http_load.WORKERS),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                http_load.fetch(self.base + http_load.TRIVIAL)
                return
            except OSError:
                time.sleep(1)
        raise RuntimeError("gunicorn did not start")


def run(args) -> dict:
    http_load.VAR.mkdir(parents=True, exist_ok=True)
    http_load.REDIS = REDIS  # the server flushes this database at start
    http_load.WORKERS = args.workers
    env = server_env(args.factor, args.workers)
    http_load.manage(env, "collectstatic", "--noinput", "-v0")
    prepare_database(args.factor, env)
    out = subprocess.run(
        [PY, str(ROOT / "bench" / "http_sessions.py"), json.dumps(http_load.ACCOUNTS)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    cookies, samples = data["cookies"], data["samples"]
    requests = [
        (weight, path.format(**samples), cookies.get(role, "") if role else "")
        for weight, path, role in MIX
    ]
    server = SlowStartServer(args.factor)
    server.env = env
    server.start()
    try:
        for _, path, cookie in requests:  # every page answers before the load
            status, _body, _headers = http_load.fetch(server.base + path, cookie)
            if status != 200:
                raise RuntimeError(f"{path}: {status}")
        rows = (f"{{{w},{json.dumps(p)},{json.dumps(c)}}}" for w, p, c in requests)
        lua = "{" + ",".join(rows) + "}"
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA % {"requests": lua})
        started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        result = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{args.clients}",
                f"-d{args.seconds}s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.name,
                server.base,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        os.unlink(script.name)
        print(result, flush=True)
    finally:
        # Requests still queued when wrk stops are not waited for.
        server.process.kill()
        server.process.wait(30)
    units = http_load.UNITS
    latency = {
        p: float(v) * units[u]
        for p, v, u in re.findall(r"\s(50|75|90|99)%\s+([\d.]+)(us|ms|s)\b", result)
    }
    total = int(re.search(r"(\d+) requests in", result).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result)
    sockets = re.search(r"Socket errors: (.*)", result)
    socket_errors = dict(
        (k, int(v)) for k, v in re.findall(r"(\w+) (\d+)", sockets.group(1))
    ) if sockets else {}  # fmt: skip
    return {
        "when": started,
        "factor": args.factor,
        "clients": args.clients,
        "seconds": args.seconds,
        "workers": args.workers,
        "requests": total,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", result).group(1)),
        "latency_ms": latency,
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": socket_errors,
    }


def text(r: dict) -> str:
    errors = r["non_2xx_3xx"] + sum(r["socket_errors"].values())
    lat = r["latency_ms"]
    detail = ", ".join(f"{k} {v}" for k, v in r["socket_errors"].items()) or "none"
    return (
        f"Load ({r['when']}; factor {r['factor']}, PostgreSQL and Redis, gunicorn "
        f"{r['workers']} sync workers, wrk: {r['clients']} connections for "
        f"{r['seconds']} s over {len(MIX)} pages, anonymous and signed in): "
        f"{r['requests']:,} requests, {r['rps']:.1f} req/s; latency p50 "
        f"{lat.get('50', 0):.0f} ms, p90 {lat.get('90', 0):.0f} ms, p99 "
        f"{lat.get('99', 0):.0f} ms; **{errors} errors** (responses other than "
        f"2xx/3xx: {r['non_2xx_3xx']}; socket errors and timeouts: {detail})."
    )


PY = http_load.PY


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args()
    result = run(args)
    (http_load.VAR / "load_200.json").write_text(json.dumps(result, indent=1))
    line = text(result)
    print(line)
    if args.readme:
        readme = ROOT / "README.md"
        content = readme.read_text()
        start, end = "<!-- bench:load -->", "<!-- /bench:load -->"
        before, rest = content.split(start, 1)
        readme.write_text(f"{before}{start}\n{line}\n{end}{rest.split(end, 1)[1]}")


if __name__ == "__main__":
    main()
