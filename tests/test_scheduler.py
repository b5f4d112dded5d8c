"""The scheduler: each due task runs once, however many machines run a scheduler."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import housekeeping, scheduler, timeutil  # noqa: F401 - housekeeping registers the tasks
from wisata.extensions import db
from wisata.models import PeriodicRun


@pytest.fixture
def counted_tasks(monkeypatch):
    runs = {"often": 0, "daily": 0, "broken": 0}

    def counter(name):
        def run():
            runs[name] += 1
            if name == "broken":
                raise RuntimeError("boom")
        return run

    monkeypatch.setattr(scheduler, "TASKS", {
        "often": scheduler.Task("often", timedelta(minutes=1), counter("often")),
        "daily": scheduler.Task("daily", timedelta(days=1), counter("daily")),
        "broken": scheduler.Task("broken", timedelta(hours=1), counter("broken")),
    })
    return runs


def test_four_schedulers_at_once_run_each_task_once(app, counted_tasks):
    barrier = threading.Barrier(4)
    now = timeutil.now()

    def machine():
        with app.app_context():
            barrier.wait()
            scheduler.run_due(now)
            db.session.remove()

    threads = [threading.Thread(target=machine) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counted_tasks == {"often": 1, "daily": 1, "broken": 1}


def test_a_task_runs_again_when_it_is_due_and_failures_are_recorded(app_ctx, counted_tasks):
    now = timeutil.now()
    assert sorted(scheduler.run_due(now)) == ["broken", "daily", "often"]
    assert scheduler.run_due(now + timedelta(seconds=30)) == []
    assert scheduler.run_due(now + timedelta(minutes=2)) == ["often"]
    assert counted_tasks == {"often": 2, "daily": 1, "broken": 1}
    broken = db.session.get(PeriodicRun, "broken", populate_existing=True)
    assert "boom" in broken.last_error


def test_scheduler_once_runs_the_housekeeping(runner, app_ctx):
    result = runner.invoke(args=["scheduler", "--once"])
    assert result.exit_code == 0, result.output
    for name in ("expire-holds", "complete-trips", "retry-jobs", "purge-jobs", "purge-rate-limits",
                 "remove-orphan-media"):
        assert name in result.output
    assert "nothing was due" in runner.invoke(args=["scheduler", "--once"]).output
    db.session.rollback()
    names = set(db.session.scalars(sa.select(PeriodicRun.name).where(PeriodicRun.last_error.is_not(None))))
    assert names == set()
