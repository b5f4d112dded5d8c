"""The outbox: jobs commit with their change, run once, survive outages and dead workers."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import jobs, timeutil
from wisata.extensions import db
from wisata.models import Job, JobStatus, User

ran: list[dict] = []


@jobs.handler("test.record")
def _record(**payload):
    if payload.get("fail"):
        raise RuntimeError("the far side is down")
    ran.append(payload)


@pytest.fixture(autouse=True)
def _forget_runs():
    ran.clear()
    yield
    ran.clear()


def _jobs() -> list[Job]:
    db.session.rollback()  # a fresh snapshot: other connections wrote
    return list(db.session.scalars(sa.select(Job).order_by(Job.id)))


def test_a_job_is_committed_with_its_change_or_not_at_all(app_ctx):
    db.session.add(User(email="ayu@example.com", name="Ayu"))
    jobs.enqueue("test.record", n=1)
    db.session.rollback()
    assert _jobs() == []
    db.session.add(User(email="ayu@example.com", name="Ayu"))
    jobs.enqueue("test.record", n=1)
    db.session.commit()
    assert [job.payload for job in _jobs()] == [{"n": 1}]


def test_unknown_kind_is_refused(app_ctx):
    with pytest.raises(KeyError):
        jobs.enqueue("no.such.kind")


def test_a_request_runs_its_committed_jobs_after_it_answers(client, make, mailbox):
    make.user(email="ayu@example.com")
    client.post("/en/password/forgot", data={"email": "ayu@example.com"})
    assert len(mailbox.to("ayu@example.com")) == 1
    [job] = _jobs()
    assert job.status is JobStatus.DONE and job.attempts == 1
    assert job.payload == {}  # the reset link is not kept once delivered


def test_mail_is_retried_after_an_outage(app, client, make, mailbox, runner, monkeypatch):
    make.user(email="ayu@example.com")
    monkeypatch.setitem(app.config, "MAIL_PORT", 1)  # nothing listens there
    assert client.post("/en/password/forgot", data={"email": "ayu@example.com"}).status_code == 200
    [job] = _jobs()
    assert job.status is JobStatus.PENDING and job.attempts == 1
    assert job.last_error and job.run_after > timeutil.now()
    assert mailbox.to("ayu@example.com") == []

    monkeypatch.setitem(app.config, "MAIL_PORT", mailbox.port)
    result = runner.invoke(args=["jobs", "run"])
    assert "0 job(s) done" in result.output  # not due yet: it waits for its back-off
    db.session.execute(sa.update(Job).values(run_after=timeutil.now()))
    db.session.commit()
    result = runner.invoke(args=["jobs", "run"])
    assert "1 job(s) done" in result.output
    assert len(mailbox.to("ayu@example.com")) == 1
    assert _jobs()[0].status is JobStatus.DONE


def test_a_job_gives_up_after_its_attempts(app_ctx):
    job = jobs.enqueue("test.record", max_attempts=2, fail=True)
    db.session.commit()
    for _ in range(2):
        db.session.execute(sa.update(Job).values(run_after=timeutil.now()))
        db.session.commit()
        assert jobs.run(job.id) is False
    [failed] = _jobs()
    assert failed.status is JobStatus.FAILED and failed.attempts == 2
    assert "the far side is down" in failed.last_error
    assert jobs.due_ids() == []


def test_the_job_of_a_killed_worker_runs_again_once_its_lease_ends(app_ctx):
    jobs.enqueue("test.record", n=7)
    db.session.commit()
    # A worker claimed it and died: the row says running, locked for a while.
    db.session.execute(sa.update(Job).values(status=JobStatus.RUNNING, attempts=1,
                                             locked_until=timeutil.now() + timedelta(minutes=5)))
    db.session.commit()
    assert jobs.run_due() == 0 and ran == []
    db.session.execute(sa.update(Job).values(locked_until=timeutil.now() - timedelta(seconds=1)))
    db.session.commit()
    assert jobs.run_due() == 1 and ran == [{"n": 7}]
    assert _jobs()[0].attempts == 2


def test_two_workers_never_run_the_same_job(app, app_ctx):
    ids = []
    for n in range(20):
        ids.append(jobs.enqueue("test.record", n=n))
    db.session.commit()
    ids = [job.id for job in ids]
    barrier = threading.Barrier(4)

    def worker():
        with app.app_context():
            barrier.wait()
            for job_id in ids:
                jobs.run(job_id)
            db.session.remove()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(payload["n"] for payload in ran) == list(range(20))
    assert {job.status for job in _jobs()} == {JobStatus.DONE}


def test_finished_jobs_are_forgotten_after_a_week(app_ctx):
    job = jobs.enqueue("test.record", n=1)
    db.session.commit()
    jobs.run(job.id)
    assert jobs.purge(now=timeutil.now() + timedelta(days=6)) == 0
    assert jobs.purge(now=timeutil.now() + timedelta(days=8)) == 1


def test_with_redis_jobs_go_through_rq(app, app_ctx, monkeypatch, redis_url):
    from redis import Redis

    redis = Redis.from_url(redis_url)
    monkeypatch.setitem(app.config, "REDIS_URL", redis_url)
    monkeypatch.setitem(app.config, "JOBS_INLINE", False)
    jobs.enqueue("test.record", n=42)
    db.session.commit()
    jobs.dispatch_committed()
    assert ran == []  # pushed, not run here
    assert redis.llen(f"rq:queue:{jobs.QUEUE_NAME}") == 1
    jobs.work(burst=True)
    assert ran == [{"n": 42}]
    assert _jobs()[0].status is JobStatus.DONE


def test_the_sweep_pushes_due_jobs_again_when_redis_lost_them(app, app_ctx, monkeypatch, redis_url):
    monkeypatch.setitem(app.config, "REDIS_URL", redis_url)
    monkeypatch.setitem(app.config, "JOBS_INLINE", False)
    jobs.enqueue("test.record", n=5)
    db.session.commit()
    db.session.info.pop("committed_jobs", None)  # the push never happened (a crash, Redis down)
    assert jobs.sweep() == 1
    jobs.work(burst=True)
    assert ran == [{"n": 5}]
