"""Background jobs through an outbox.

`enqueue()` adds a row to `jobs` in the caller's session, so the job is committed in the
same transaction as the change that causes it, or not at all. After the commit:

- with `JOBS_INLINE` (the embedded default: no Redis, no worker) the request runs its
  jobs itself once it is done (`teardown_request`);
- with `REDIS_URL`, the job's id is pushed to an RQ queue that `flask jobs worker` drains;
- otherwise `flask jobs worker` finds due rows in the table itself.

Whatever happens in between (Redis down, a worker killed mid-job), the row stays and the
scheduler's `retry` task runs or re-pushes it. A job is claimed with a conditional UPDATE,
so two workers never run the same job at once; a failure is retried with a growing
delay, up to the job's `max_attempts`. Delivery is at least once: a handler must be safe
to run again after a crash.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from flask import Flask, current_app, has_request_context
from sqlalchemy import event
from sqlalchemy.orm import Session

from wisata import timeutil
from wisata.database import begin_write
from wisata.extensions import db
from wisata.models import Job, JobStatus

QUEUE_NAME = "wisata"
LEASE = timedelta(minutes=10)  # a running job whose worker died is free again after this
KEEP_DONE = timedelta(days=7)

HANDLERS: dict[str, Callable[..., None]] = {}


def handler(kind: str):
    """Register the function that runs jobs of `kind`; it gets the payload as keywords."""

    def register(function: Callable[..., None]) -> Callable[..., None]:
        HANDLERS[kind] = function
        return function

    return register


def enqueue(kind: str, max_attempts: int = 8, **payload) -> Job:
    """Add a job to the current transaction; it runs once that transaction commits."""
    if kind not in HANDLERS:
        raise KeyError(f"no job handler for {kind!r}")
    job = Job(kind=kind, payload=payload, max_attempts=max_attempts, run_after=timeutil.now())
    db.session.add(job)
    return job


# Which jobs a session committed, so they can be dispatched after the commit.

@event.listens_for(Session, "after_flush")
def _note_new_jobs(session, flush_context):
    new = [obj.id for obj in session.new if isinstance(obj, Job)]
    if new:
        session.info.setdefault("flushed_jobs", []).extend(new)


@event.listens_for(Session, "after_commit")
def _committed(session):
    flushed = session.info.pop("flushed_jobs", None)
    if flushed:
        session.info.setdefault("committed_jobs", []).extend(flushed)


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session, previous_transaction):
    if previous_transaction.parent is None:
        session.info.pop("flushed_jobs", None)


def dispatch_committed() -> None:
    """Hand the jobs committed so far to whoever runs them (see the module docstring)."""
    session = db.session()
    ids = session.info.pop("committed_jobs", None)
    if not ids:
        return
    session.rollback()  # nothing the caller left uncommitted is committed by a job
    if current_app.config.get("JOBS_INLINE"):
        for job_id in ids:
            run(job_id)
    elif current_app.config.get("REDIS_URL"):
        push(ids)


def push(ids: list[int]) -> None:
    """Put job ids on the RQ queue; if Redis is away, the scheduler's sweep pushes them later."""
    try:
        queue = _queue()
        for job_id in ids:
            queue.enqueue("wisata.jobs.perform", job_id, result_ttl=0, failure_ttl=86400)
    except Exception:  # noqa: BLE001 - the outbox row is safe; the sweep retries
        current_app.logger.exception("could not push jobs %s to Redis", ids)


def _queue():
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE_NAME, connection=Redis.from_url(current_app.config["REDIS_URL"]))


def perform(job_id: int) -> None:
    """What the RQ worker runs (inside `flask jobs worker`'s app context)."""
    run(job_id)


def _claim(job_id: int) -> bool:
    begin_write()
    now = timeutil.now()
    result = db.session.execute(
        sa.update(Job)
        .where(
            Job.id == job_id,
            sa.or_(
                sa.and_(Job.status == JobStatus.PENDING, Job.run_after <= now),
                sa.and_(Job.status == JobStatus.RUNNING, Job.locked_until < now),
            ),
        )
        .values(status=JobStatus.RUNNING, attempts=Job.attempts + 1, locked_until=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min ... at most 6 hours."""
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 6 * 3600))


def run(job_id: int) -> bool:
    """Claim and run one job; returns whether it ran and succeeded."""
    if not _claim(job_id):
        return False
    job = db.session.get(Job, job_id, populate_existing=True)
    try:
        HANDLERS[job.kind](**job.payload)
    except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
        db.session.rollback()
        _failed(job_id, error)
        return False
    begin_write()
    db.session.execute(
        sa.update(Job).where(Job.id == job_id)
        .values(status=JobStatus.DONE, finished_at=timeutil.now(), locked_until=None, last_error=None,
                payload={})  # a delivered message (and any link in it) is not kept
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return True


def _failed(job_id: int, error: Exception) -> None:
    current_app.logger.warning("job %s failed: %r", job_id, error)
    begin_write()
    job = db.session.get(Job, job_id, populate_existing=True)
    done_trying = job.attempts >= job.max_attempts
    job.status = JobStatus.FAILED if done_trying else JobStatus.PENDING
    job.run_after = timeutil.now() + backoff(job.attempts)
    job.locked_until = None
    job.last_error = f"{type(error).__name__}: {error}"[:2000]
    if done_trying:
        job.finished_at = timeutil.now()
    db.session.commit()


def due_ids(limit: int = 100) -> list[int]:
    now = timeutil.now()
    return list(db.session.scalars(
        sa.select(Job.id)
        .where(sa.or_(
            sa.and_(Job.status == JobStatus.PENDING, Job.run_after <= now),
            sa.and_(Job.status == JobStatus.RUNNING, Job.locked_until < now),
        ))
        .order_by(Job.run_after, Job.id)
        .limit(limit)
    ))


def run_due(limit: int = 100) -> int:
    """Run the jobs that are due here and now; returns how many succeeded."""
    ids = due_ids(limit)
    db.session.commit()
    return sum(run(job_id) for job_id in ids)


def sweep() -> int:
    """The scheduler's retry task: jobs that are due again (a retry, a lost push, a dead
    worker) are pushed to Redis, or run here when there is no Redis."""
    if current_app.config.get("REDIS_URL") and not current_app.config.get("JOBS_INLINE"):
        ids = due_ids(1000)
        db.session.commit()
        push(ids)
        return len(ids)
    return run_due(1000)


def purge(now=None) -> int:
    """Forget finished jobs after a week; failed ones stay for a person to look at."""
    now = now or timeutil.now()
    begin_write()
    result = db.session.execute(
        sa.delete(Job).where(Job.status == JobStatus.DONE, Job.finished_at < now - KEEP_DONE)
    )
    db.session.commit()
    return result.rowcount


def work(poll_seconds: float = 1.0, burst: bool = False) -> None:
    """`flask jobs worker`: an RQ worker when Redis is configured, else poll the table."""
    if current_app.config.get("REDIS_URL"):
        from rq import SimpleWorker

        queue = _queue()
        # SimpleWorker runs jobs in this process, inside the command's app context.
        SimpleWorker([queue], connection=queue.connection).work(burst=burst, with_scheduler=False)
        return
    while True:
        ran = run_due()
        db.session.remove()
        if burst and not due_ids(1):
            return
        if not ran:
            time.sleep(poll_seconds)


def has_uncommitted() -> bool:
    session = db.session()
    return bool(session.info.get("flushed_jobs")) or any(isinstance(obj, Job) for obj in session.new)


def init_app(app: Flask) -> None:
    from wisata.services import mail  # noqa: F401 - registers the "mail" job handler

    @app.after_request
    def _commit_late_jobs(response):
        """A view that queued a message after its last commit (or made no other change)
        still gets it sent, as long as it answered successfully."""
        if response.status_code < 400 and has_uncommitted():
            db.session.commit()
        return response

    @app.teardown_request
    def _dispatch(exc):
        if exc is None and has_request_context():
            try:
                dispatch_committed()
            except Exception:  # noqa: BLE001 - the rows stay; the scheduler retries them
                app.logger.exception("could not dispatch jobs")
