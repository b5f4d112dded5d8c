"""The clients of the load benchmark (bench/load.py): wrk for the pages, Python threads for
booking creation (each booking is a different form), and Python threads for the pages too
when wrk is not installed.

Both report a `RunResult`: successful responses per second, latency percentiles of every
response, and the failures by kind ("HTTP 409", "timeout", ...).
"""

from __future__ import annotations

import http.client
import json
import shutil
import statistics
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

WRK_SCRIPT = Path(__file__).resolve().parent / "wrk" / "report.lua"
BROWSER_ENCODINGS = "gzip, br"
# A slow page must be measured, not dropped: wrk's default (2 s) would count it as a
# timeout and leave it out of the latencies.
REQUEST_TIMEOUT_S = 60


@dataclass
class RunResult:
    ok: int  # responses counted as successful (2xx/3xx for wrk; what the caller expects otherwise)
    seconds: float
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    failures: Counter[str] = field(default_factory=Counter)
    bytes_read: int = 0

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(url: str, duration: int, connections: int, threads: int, headers: dict[str, str]) -> RunResult:
    """wrk against one URL for `duration` seconds; the Lua script adds Accept-Encoding and
    prints the figures as JSON."""
    command = ["wrk", f"--threads={threads}", f"--connections={connections}", f"--duration={duration}s",
               f"--timeout={REQUEST_TIMEOUT_S}s", f"--script={WRK_SCRIPT}"]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    finished = subprocess.run([*command, url], capture_output=True, text=True,
                              timeout=duration + REQUEST_TIMEOUT_S + 30, check=False)
    line = next((line for line in finished.stdout.splitlines() if line.startswith("WRK_JSON ")), None)
    if finished.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed on {url} ({finished.returncode}): {finished.stderr or finished.stdout}")
    figures = json.loads(line.removeprefix("WRK_JSON "))
    failures = Counter({
        label: figures[key] for key, label in (
            ("status_errors", "HTTP 4xx/5xx"), ("timeouts", "timeout"), ("connect_errors", "connect error"),
            ("read_errors", "read error"), ("write_errors", "write error"),
        ) if figures[key]
    })
    answered = figures["requests"]
    return RunResult(
        ok=answered - figures["status_errors"],
        seconds=figures["duration_us"] / 1e6,
        p50_ms=figures["p50_us"] / 1000 if answered else None,
        p95_ms=figures["p95_us"] / 1000 if answered else None,
        p99_ms=figures["p99_us"] / 1000 if answered else None,
        failures=failures,
        bytes_read=figures["bytes"],
    )


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    tag: object = None  # whatever the caller needs back in `answered`


def percentile(ordered: list[float], share: float) -> float | None:
    """The nearest-rank percentile of sorted values (None without any)."""
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def drive(base_url: str, clients: int, duration: float, next_request: Callable[[], Request | None],
          succeeded: Callable[[int], bool], answered: Callable[[Request, int], None] | None = None) -> RunResult:
    """`clients` threads, each with its own keep-alive connection, sending what
    `next_request` gives (None: that client stops) until `duration` seconds have passed."""
    parts = urlsplit(base_url)
    deadline = time.monotonic() + duration
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    ok = 0
    received = 0

    def client() -> None:
        nonlocal ok, received
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=REQUEST_TIMEOUT_S)
        try:
            while time.monotonic() < deadline:
                request = next_request()
                if request is None:
                    return
                began = time.perf_counter()
                try:
                    connection.request(request.method, request.path, body=request.body,
                                       headers={"Accept-Encoding": BROWSER_ENCODINGS, **request.headers})
                    response = connection.getresponse()
                    body = response.read()
                except (OSError, http.client.HTTPException) as error:
                    connection.close()
                    with lock:
                        statuses[type(error).__name__] += 1
                    continue
                elapsed = time.perf_counter() - began
                if answered is not None:
                    answered(request, response.status)
                with lock:
                    latencies.append(elapsed)
                    received += len(body)
                    if succeeded(response.status):
                        ok += 1
                    else:
                        statuses[f"HTTP {response.status}"] += 1
        finally:
            connection.close()

    began = time.monotonic()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - began
    latencies.sort()
    return RunResult(
        ok=ok, seconds=seconds,
        p50_ms=_ms(percentile(latencies, 0.50)), p95_ms=_ms(percentile(latencies, 0.95)),
        p99_ms=_ms(percentile(latencies, 0.99)), failures=statuses, bytes_read=received,
    )


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def run_python(url: str, duration: int, connections: int, headers: dict[str, str]) -> RunResult:
    """The fallback without wrk: the same GET from `connections` Python threads. The client
    shares the GIL and the 2 cores with the server, so the trivial route is underrated
    most (ratios come out too high); figures are indicative only."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    request = Request("GET", path, headers=headers)
    base = f"{parts.scheme}://{parts.netloc}"
    return drive(base, connections, duration, lambda: request, lambda status: 200 <= status < 400)


def median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000
