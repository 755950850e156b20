"""A deployment that scales out: stateless web processes, health checks for
each service, JSON logs, and replicas in docker-compose.yml."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from portal.celery import app

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "pX7-q2Lr9vTz4kWm8sNb3cHj6dYf1gUa5eRi0oPl-n2MxQwZsVt7uBy9A",
    "ALLOWED_HOSTS": "ia-portal.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/14",
}


def production_python(code: str) -> subprocess.CompletedProcess:
    skip = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        cwd=ROOT,
        env={**env, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_logs_one_json_object_a_line_and_keeps_sessions_in_the_db():
    result = production_python(
        "import logging\n"
        "from django.conf import settings\n"
        "print(settings.SESSION_ENGINE)\n"
        "logging.getLogger('portal').warning('report %s failed', 7)\n"
    )
    assert result.returncode == 0, result.stderr
    # Rows in PostgreSQL, read through Redis: any replica serves any request.
    assert result.stdout.strip() == "django.contrib.sessions.backends.cached_db"
    record = json.loads(result.stderr.strip().splitlines()[-1])
    assert record["message"] == "report 7 failed"
    assert record["level"] == "WARNING" and record["logger"] == "portal"
    assert "time" in record


@pytest.mark.django_db
def test_healthcheck_passes_for_the_database_cache_and_broker(capsys):
    call_command("healthcheck", database=True, cache=True, broker=True)
    assert capsys.readouterr().out.split() == [
        "database:",
        "ok",
        "cache:",
        "ok",
        "broker:",
        "ok",
    ]


def test_healthcheck_fails_when_no_worker_answers(monkeypatch):
    # Whatever workers the broker has now, none answers this ping.
    monkeypatch.setattr(app.control, "ping", lambda **kwargs: [])
    with pytest.raises(CommandError, match="workers: no worker answered"):
        call_command("healthcheck", workers=True, timeout=0.2)


def test_compose_runs_replicas_behind_a_proxy_with_a_healthcheck_for_each_service():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["web"]["deploy"]["replicas"] >= 2
    assert services["worker"]["deploy"]["replicas"] >= 2
    assert services["beat"]["deploy"]["replicas"] == 1
    assert "ports" not in services["web"] and services["proxy"]["ports"]
    for name in ("postgres", "redis", "web", "worker", "beat", "proxy"):
        assert services[name]["healthcheck"]["test"], name
    assert "--broker" in services["web"]["healthcheck"]["test"][1]
    assert "--this-worker" in services["worker"]["healthcheck"]["test"][1]
    # Migrations run once, before any replica starts.
    assert services["web"]["depends_on"]["migrate"] == {
        "condition": "service_completed_successfully"
    }
    assert "migrate" not in " ".join(services["web"]["command"])
