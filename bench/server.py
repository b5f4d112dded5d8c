"""gunicorn serving bench/serve.py for the load benchmark, and plain HTTP helpers."""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bench.drivers import BROWSER_ENCODINGS

ROOT = Path(__file__).resolve().parent.parent
STARTUP_S = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """`with Gunicorn(url, workers) as server:` picks a port at once (so SITE_URL is known),
    `server.start()` starts gunicorn; leaving the block always stops it."""

    def __init__(self, database_url: str, workers: int):
        self.database_url = database_url
        self.workers = workers
        self.port = free_port()
        self.site_url = f"http://127.0.0.1:{self.port}"
        self.secret_key = secrets.token_hex(32)
        self.process: subprocess.Popen | None = None
        handle, name = tempfile.mkstemp(prefix="bench-gunicorn-", suffix=".log")
        os.close(handle)
        self.log_path = Path(name)

    def __enter__(self) -> Gunicorn:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        environment = {**os.environ, "BENCH_DATABASE_URL": self.database_url, "SITE_URL": self.site_url,
                       "SECRET_KEY": self.secret_key, "WISATA_ENV": "production"}
        with self.log_path.open("w") as log:  # gunicorn keeps its own copy of the descriptor
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--workers", str(self.workers), "--bind",
                 f"127.0.0.1:{self.port}", "--no-control-socket", "--log-level", "warning",
                 "bench.serve:from_environment()"],
                cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: the workers are stopped with it
            )
        deadline = time.monotonic() + STARTUP_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if fetch(self.site_url, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /healthz within {STARTUP_S} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # gunicorn's graceful stop: the master stops its workers
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_path.unlink(missing_ok=True)

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text().splitlines()[-lines:])


def fetch(site_url: str, path: str, headers: dict[str, str] | None = None, method: str = "GET",
          body: bytes | None = None) -> tuple[int, bytes, http.client.HTTPResponse]:
    """One request on a fresh connection: status, body and the response (for its headers)."""
    parts = urlsplit(site_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    try:
        connection.request(method, path, body=body,
                           headers={"Accept-Encoding": BROWSER_ENCODINGS, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read(), response
    finally:
        connection.close()


def sign_in(site_url: str, lang: str, email: str, password: str) -> str:
    """Sign in over HTTP as a browser would; returns the Cookie header for later requests."""
    status, _, response = fetch(
        site_url, f"/{lang}/login", {"Content-Type": "application/x-www-form-urlencoded"}, "POST",
        urlencode({"email": email, "password": password}).encode(),
    )
    cookies = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        cookies.load(header)
    if status not in (302, 303) or "session" not in cookies:
        raise RuntimeError(f"signing in as {email} answered {status}")
    return "; ".join(f"{name}={morsel.value}" for name, morsel in cookies.items())
