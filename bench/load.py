"""Load benchmark (issue 9): the app under gunicorn, driven from another process.

    .venv/bin/python bench/load.py --database-url sqlite:///bench/bench.db
    .venv/bin/python bench/load.py --database-url postgresql://postgres@127.0.0.1:5432/bench

Picks real targets from the benchmark database (bench/generate.py), counts each page's SQL
statements and bytes in-process with the test client, then serves the app (bench/serve.py)
with gunicorn on 127.0.0.1 and, page after page, runs wrk for `--duration` seconds on the
trivial route and then on the page, so each page has its ratio from the same minutes.
Booking creation is driven by Python threads posting complete bookings; afterwards the
seat ledger is checked (no departure over capacity, no counter drift). Prints one table;
exits with 1 if a page failed or the ledger check did not pass.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import drivers  # noqa: E402
from bench.drivers import Request, RunResult  # noqa: E402
from bench.inprocess import Measured, measure_booking, measure_pages  # noqa: E402
from bench.serve import TRIVIAL_PATH  # noqa: E402
from bench.server import Gunicorn, fetch, sign_in  # noqa: E402
from bench.targets import Page, Targets, check_ledger, has_catalogue, pages_for, pick_targets  # noqa: E402

# Issue 9's targets.
PUBLIC_RATIO, PUBLIC_P95_MS, PUBLIC_SQL = 0.30, 150.0, 6
PORTAL_MS = 300.0
BOOKINGS_PER_S = 100.0
BOOKING = "booking creation"


@dataclass
class Row:
    page: Page
    measured: Measured
    trivial: RunResult | None = None
    run: RunResult | None = None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.check_data:
        return 0 if has_catalogue(args.database_url) else 1
    report = run(args)
    print(report.text, flush=True)
    if args.output:
        Path(args.output).write_text(report.text)
    return 0 if report.passed else 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="sqlite:///bench/bench.db")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each run (page, trivial route, bookings)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent clients")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--pages", help="only these pages (comma-separated names; 'booking creation' too)")
    parser.add_argument("--driver", choices=("wrk", "python"), default=None,
                        help="client for the pages (default: wrk if installed, else Python threads)")
    parser.add_argument("--output", help="also write the report (Markdown) to this file")
    parser.add_argument("--check-data", action="store_true",
                        help="only say (exit status 0 or 1) whether the database holds a catalogue")
    args = parser.parse_args(argv)
    if args.driver is None:
        args.driver = "wrk" if drivers.wrk_available() else "python"
    if args.driver == "wrk" and not drivers.wrk_available():
        parser.error("wrk is not installed (apt-get install wrk), or use --driver python")
    return args


@dataclass
class Report:
    text: str
    passed: bool
    rows: list[Row]
    ledger_ok: bool


def run(args: argparse.Namespace) -> Report:
    targets = pick_targets(args.database_url, args.lang)
    notes = machine_notes(args, targets)
    pages, booking_wanted = chosen_pages(args, targets)
    with Gunicorn(args.database_url, args.workers) as server:
        measured = measure_pages(args.database_url, server.site_url, pages, targets)
        rows = [Row(page, measured[page.name]) for page in pages]
        if booking_wanted:
            booking = Page(BOOKING, f"/{args.lang}/departures/…/book", "booking")
            rows.append(Row(booking, measure_booking(args.database_url, server.site_url, targets, args.lang)))
        server.start()
        time_rows(args, server.site_url, rows, targets)
    ledger = check_ledger(args.database_url) if booking_wanted else None
    text = render(args, notes, targets, rows, ledger)
    ledger_ok = ledger is None or ledger.ok
    return Report(text, ledger_ok and not any(unexpected_failures(row) for row in rows), rows, ledger_ok)


def chosen_pages(args: argparse.Namespace, targets: Targets) -> tuple[list[Page], bool]:
    """The pages to time (all by default), and whether booking creation is one of them."""
    pages = pages_for(targets, args.lang)
    if not args.pages:
        return pages, True
    wanted = {name.strip() for name in args.pages.split(",")}
    unknown = wanted - {page.name for page in pages} - {BOOKING}
    if unknown:
        raise SystemExit(f"no such page: {', '.join(sorted(unknown))} (pages: "
                         f"{', '.join(page.name for page in pages)}, {BOOKING})")
    return [page for page in pages if page.name in wanted], BOOKING in wanted


def time_rows(args: argparse.Namespace, site_url: str, rows: list[Row], targets: Targets) -> None:
    """Each row under load, right after the trivial route, signed in where it must be."""
    cookies = {audience: sign_in(site_url, args.lang, email, targets.password)
               for audience, email in (("partner", targets.partner_email), ("office", targets.office_email))}
    for row in rows:
        if row.page.audience != "booking":
            warm_up(site_url, row, cookies)
    for row in rows:
        if row.measured.status != 200:
            continue  # broken: reported, not timed
        row.trivial = load_page(args, site_url + TRIVIAL_PATH, {})
        drain(site_url, args.workers)
        if row.page.audience == "booking":
            row.run = book_under_load(args, site_url, targets)
        else:
            headers = {"Cookie": cookies[row.page.audience]} if row.page.audience in cookies else {}
            row.run = load_page(args, site_url + row.page.path, headers)
        drain(site_url, args.workers)
        print(progress_line(row), file=sys.stderr, flush=True)


def unexpected_failures(row: Row) -> int:
    """Failed responses that are not part of the game: anything but a sold-out departure
    (409) for booking creation, any failure for a page; a page that did not answer 200
    before the run counts as one."""
    if row.measured.status != 200:
        return 1
    expected = row.run.failures.get("HTTP 409", 0) if row.page.audience == "booking" else 0
    return row.run.failed - expected


def machine_notes(args: argparse.Namespace, targets: Targets) -> list[str]:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"{os.cpu_count()} cores, load average before the run {load}; Python {platform.python_version()}, "
        f"{targets.server_version}",
        f"gunicorn {args.workers} sync workers on 127.0.0.1; {args.connections} concurrent clients "
        f"({args.driver}{f', {args.threads} threads' if args.driver == 'wrk' else ''}); "
        f"{args.duration} s per run; Accept-Encoding: {drivers.BROWSER_ENCODINGS}",
        *(["wrk is not installed: Python clients share the 2 cores and the GIL with nothing else to "
           "do but slow the trivial route most; these figures are indicative only"] if args.driver == "python" else []),
    ]


def warm_up(site_url: str, row: Row, cookies: dict[str, str]) -> None:
    """Two rounds of two requests at once (one per worker), each of which must answer 200."""
    headers = {"Cookie": cookies[row.page.audience]} if row.page.audience in cookies else {}
    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda _: fetch(site_url, row.page.path, headers)[0], range(4)))
    if any(status != 200 for status in statuses):
        row.measured.status = next(status for status in statuses if status != 200)


def drain(site_url: str, workers: int) -> None:
    """Wait until the workers have answered what the last run left queued: wrk stops at
    its deadline, but requests already sent are still served (and would slow the next run).
    One request per worker, sent after them, is answered only once they are done."""
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda _: fetch(site_url, TRIVIAL_PATH), range(workers)))


def load_page(args: argparse.Namespace, url: str, headers: dict[str, str]) -> RunResult:
    if args.driver == "wrk":
        return drivers.run_wrk(url, args.duration, args.connections, args.threads, headers)
    return drivers.run_python(url, args.duration, args.connections, headers)


def book_under_load(args: argparse.Namespace, site_url: str, targets: Targets) -> RunResult:
    """Complete bookings from `connections` threads on the open departures in turn; a
    departure that answers 409 (sold out) is left out from then on."""
    departures = list(targets.departures)
    sold_out: set[int] = set()
    turn = count()
    numbers = count(1)

    def next_request() -> Request | None:
        for _ in range(len(departures)):
            departure_id, seats = departures[next(turn) % len(departures)]
            if departure_id not in sold_out:
                body = targets.booking_form(next(numbers), seats)
                return Request("POST", f"/{args.lang}/departures/{departure_id}/book?adult={seats}", body,
                               {"Content-Type": "application/x-www-form-urlencoded"}, departure_id)
        return None

    def answered(request: Request, status: int) -> None:
        if status == 409:
            sold_out.add(request.tag)

    return drivers.drive(site_url, args.connections, args.duration, next_request,
                         lambda status: status in (302, 303), answered)


def progress_line(row: Row) -> str:
    run, trivial = row.run, row.trivial
    return (f"{row.page.name:<20} {run.rate:8.1f}/s  trivial {trivial.rate:8.1f}/s  "
            f"p95 {_ms(run.p95_ms)} ms  failures {dict(run.failures) or 0}")


# The report ---------------------------------------------------------------------------


def verdict(row: Row, backend: str) -> str:
    """Whether the row meets issue 9's target, and if not by how much."""
    measured, run, trivial = row.measured, row.run, row.trivial
    if measured.status != 200:
        return f"no: HTTP {measured.status}"
    misses = []
    if row.page.audience == "booking":
        if unexpected_failures(row):
            misses.append(f"{unexpected_failures(row)} failed")
        if backend == "postgresql" and run.rate < BOOKINGS_PER_S:
            misses.append(f"{run.rate:.0f}/s < {BOOKINGS_PER_S:.0f}/s")
        note = "" if backend == "postgresql" else f" (the {BOOKINGS_PER_S:.0f}/s target is PostgreSQL's)"
        return (f"no: {'; '.join(misses)}" if misses else "yes") + note
    if run.failed:
        misses.append(f"{run.failed} failed")
    if row.page.audience == "public":
        ratio = run.rate / trivial.rate if trivial.rate else 0.0
        if ratio < PUBLIC_RATIO:
            misses.append(f"ratio {ratio:.3f} < {PUBLIC_RATIO}")
        if run.p95_ms is None or run.p95_ms >= PUBLIC_P95_MS:
            misses.append(f"p95 {_ms(run.p95_ms)} ≥ {PUBLIC_P95_MS:.0f} ms")
        if measured.sql_cold > PUBLIC_SQL:
            misses.append(f"SQL {measured.sql_cold} > {PUBLIC_SQL}")
    elif measured.alone_ms >= PORTAL_MS:
        misses.append(f"{measured.alone_ms:.0f} ms alone ≥ {PORTAL_MS:.0f} ms")
    return f"no: {'; '.join(misses)}" if misses else "yes"


def render(args, notes: list[str], targets: Targets, rows: list[Row], ledger) -> str:
    backend = targets.backend
    lines = [f"Load benchmark on {backend} ({targets.summary})", *(f"- {note}" for note in notes),
             f"- targets: {targets.described}", "",
             "| page | req/s | trivial req/s | ratio | p50 ms | p95 ms | p99 ms | alone ms | bytes | SQL "
             "| target met? |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for row in rows:
        measured, run, trivial = row.measured, row.run, row.trivial
        sql = str(measured.sql_cold) if measured.sql_warm == measured.sql_cold else \
            f"{measured.sql_cold} → {measured.sql_warm}"
        if run is None:
            lines.append(f"| {row.page.name} | | | | | | | {measured.alone_ms:.0f} | {measured.bytes:,} | {sql} "
                         f"| {verdict(row, backend)} |")
            continue
        ratio = run.rate / trivial.rate if trivial.rate else 0.0
        size = "" if row.page.audience == "booking" else f"{measured.bytes:,}"
        lines.append(
            f"| {row.page.name} | {run.rate:.1f} | {trivial.rate:.1f} | {ratio:.3f} | {_ms(run.p50_ms)} "
            f"| {_ms(run.p95_ms)} | {_ms(run.p99_ms)} | {measured.alone_ms:.0f} | {size} | {sql} "
            f"| {verdict(row, backend)} |"
        )
    lines += ["", "req/s: successful responses per second under load (bookings made per second for booking "
              "creation); trivial req/s: the trivial route of the same app in the run just before; "
              "alone ms: median of one request at a time in-process; bytes: body as sent with "
              "gzip/br; SQL: statements of a first request in a fresh process (→ a repeat, when it differs)."]
    failures = [f"{row.page.name}: {', '.join(f'{k} ×{v}' for k, v in row.run.failures.items())}"
                for row in rows if row.run and row.run.failed]
    if failures:
        lines += ["", "Failed or refused responses under load:", *(f"- {line}" for line in failures)]
    if ledger is not None:
        lines += ["", ledger.describe()]
    return "\n".join(lines) + "\n"


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
