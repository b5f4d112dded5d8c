"""One scheduler for the periodic work, safe to run on several machines at once.

Each task has a row in `periodic_runs` with the time it is next due. A scheduler claims a
run by moving that time forward with a conditional UPDATE (`WHERE next_run_at <= now`):
when two machines try at once, one UPDATE matches and the other finds nothing to do.
Later features add their tasks with `@periodic(...)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from wisata import timeutil
from wisata.database import begin_write
from wisata.extensions import db
from wisata.models import PeriodicRun


@dataclass(frozen=True)
class Task:
    name: str
    every: timedelta
    run: Callable[[], object]


TASKS: dict[str, Task] = {}


def periodic(name: str, every: timedelta):
    """Register a function to run every `every`, on one machine at a time."""

    def register(function: Callable[[], object]) -> Callable[[], object]:
        TASKS[name] = Task(name, every, function)
        return function

    return register


def _ensure_rows(names: list[str], now: datetime) -> None:
    begin_write()
    known = set(db.session.scalars(sa.select(PeriodicRun.name).where(PeriodicRun.name.in_(names))))
    for name in names:
        if name in known:
            continue
        try:
            with db.session.begin_nested():
                db.session.add(PeriodicRun(name=name, next_run_at=now))
        except IntegrityError:
            pass  # another machine created it first
    db.session.commit()


def claim(task: Task, now: datetime) -> bool:
    begin_write()
    result = db.session.execute(
        sa.update(PeriodicRun)
        .where(PeriodicRun.name == task.name, PeriodicRun.next_run_at <= now)
        .values(next_run_at=now + task.every, last_started_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _finished(task: Task, error: Exception | None) -> None:
    begin_write()
    db.session.execute(
        sa.update(PeriodicRun).where(PeriodicRun.name == task.name)
        .values(last_finished_at=timeutil.now(),
                last_error=None if error is None else f"{type(error).__name__}: {error}"[:2000])
    )
    db.session.commit()


def run_due(now: datetime | None = None) -> list[str]:
    """Run every task that is due and that this machine claims; returns their names."""
    now = now or timeutil.now()
    _ensure_rows(sorted(TASKS), now)
    ran = []
    for task in TASKS.values():
        if not claim(task, now):
            continue
        error = None
        try:
            task.run()
        except Exception as exc:  # noqa: BLE001 - one failing task must not stop the others
            db.session.rollback()
            current_app.logger.exception("periodic task %s failed", task.name)
            error = exc
        _finished(task, error)
        ran.append(task.name)
    return ran


def next_due() -> datetime | None:
    return db.session.scalar(sa.select(sa.func.min(PeriodicRun.next_run_at)))


def loop(max_sleep: float = 30.0) -> None:
    """`flask scheduler`: run due tasks, sleep until the next one is due, forever."""
    while True:
        ran = run_due()
        if ran:
            current_app.logger.info("periodic tasks run: %s", ", ".join(ran))
        upcoming = next_due()
        db.session.remove()
        wait = max_sleep if upcoming is None else (upcoming - timeutil.now()).total_seconds()
        time.sleep(min(max(wait, 1.0), max_sleep))
