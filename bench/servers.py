"""Databases and gunicorn servers for the bench: created fresh, stopped by their own pid."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine

from bench.baseline_app import sqlalchemy_url
from bench.client import wait_until_serving

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
POSTGRES_BENCH_DB = "portal_bench"
POSTGRES_BENCH_URL = f"postgresql://postgres@127.0.0.1:5432/{POSTGRES_BENCH_DB}"


@dataclass(frozen=True)
class GunicornSettings:
    workers: int = 4
    threads: int = 4
    keep_alive: int = 5
    backlog: int = 2048

    def args(self) -> list[str]:
        return [
            "--workers",
            str(self.workers),
            "--worker-class",
            "gthread",
            "--threads",
            str(self.threads),
            "--keep-alive",
            str(self.keep_alive),
            "--backlog",
            str(self.backlog),
            "--worker-tmp-dir",
            "/dev/shm" if Path("/dev/shm").is_dir() else "/tmp",
            "--log-level",
            "warning",
        ]

    def describe(self) -> str:
        return "gunicorn " + " ".join(self.args()) + " --bind 127.0.0.1:PORT APP"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def portal_env(database_url: str, secret_key: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": secret_key,
            "PORTAL_ENV": "development",
            "SESSION_COOKIE_SECURE": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def new_secret_key() -> str:
    return secrets.token_hex(32)


def run_flask(args: list[str], env: dict[str, str], log: Path) -> None:
    """A `flask --app portal ...` command; its output goes to the log, raised on failure."""
    command = [sys.executable, "-m", "flask", "--app", "portal", *args]
    with log.open("ab") as out:
        out.write(f"\n$ {' '.join(command)}\n".encode())
        out.flush()
        result = subprocess.run(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, timeout=120
        )
    if result.returncode != 0:
        raise RuntimeError(f"`flask {' '.join(args)}` failed:\n{tail(log)}")


def prepare_portal_database(database_url: str, env: dict[str, str], log: Path) -> None:
    run_flask(["db", "upgrade"], env, log)
    run_flask(["seed"], env, log)


def recreate_postgres_database() -> None:
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_BENCH_DB} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {POSTGRES_BENCH_DB}")


def scalar(database_url: str, sql: str):
    engine = create_engine(sqlalchemy_url(database_url))
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql(sql).scalar_one()
    finally:
        engine.dispose()


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class Gunicorn:
    """One gunicorn master we started; stopped with SIGTERM to its own pid (then SIGKILL)."""

    def __init__(
        self,
        app: str,
        settings: GunicornSettings,
        env: dict[str, str],
        log: Path,
        ready_path: str = "/",
    ) -> None:
        self.app = app
        self.settings = settings
        self.env = env
        self.log = log
        self.ready_path = ready_path
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            *self.settings.args(),
            "--bind",
            f"{HOST}:{self.port}",
            "--chdir",
            str(ROOT),
            self.app,
        ]
        self._out = self.log.open("ab")
        self._out.write(f"\n$ {' '.join(command)}\n".encode())
        self._out.flush()
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self._out, stderr=subprocess.STDOUT
        )
        try:
            wait_until_serving(self.base, self.ready_path, 30, self.alive)
            self._wait_for_all_workers()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_for_all_workers(self) -> None:
        """Let every worker finish booting (their CPU goes quiet), so the warm-up is not
        spent importing the application."""
        deadline = time.monotonic() + 20
        last, quiet = -1, 0
        while time.monotonic() < deadline and quiet < 3:
            time.sleep(0.15)
            children = _children(self.process.pid)
            used = sum(_cpu_ticks(pid) for pid in children)
            if len(children) >= self.settings.workers and used - last <= 1:
                quiet += 1
            else:
                quiet = 0
            last = used

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None
        self._out.close()

    def __exit__(self, *exc) -> None:
        self.stop()


def _children(pid: int) -> list[int]:
    """Pids of a process's children (Linux /proc), to see that workers are up."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _cpu_ticks(pid: int) -> int:
    """User + system CPU ticks a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])
