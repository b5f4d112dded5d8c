"""Operations: the outbox of background jobs, periodic-task claims, rate-limit counters."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from wisata.models.base import Base, enum_column, utcnow


class JobStatus(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Job(Base):
    """A piece of slow work (an e-mail, a webhook) written in the transaction that causes it.

    Workers claim a job with a conditional UPDATE (`status = 'pending'`, or a running job
    whose lock ran out because its worker died), run it, and mark it done; a failure is
    retried later with a growing delay, up to `max_attempts`.
    """

    __tablename__ = "jobs"
    __table_args__ = (sa.Index("ix_jobs_due", "status", "run_after"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(64))
    payload: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    status: Mapped[JobStatus] = enum_column(JobStatus, "job_status", default=JobStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=8)
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class PeriodicRun(Base):
    """When a periodic task last started: the scheduler on each machine claims a run by
    moving `next_run_at` forward with a conditional UPDATE, so one machine runs it."""

    __tablename__ = "periodic_runs"

    name: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    next_run_at: Mapped[datetime]
    last_started_at: Mapped[datetime | None]
    last_finished_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)


class RateLimitCounter(Base):
    """A fixed-window rate-limit counter shared by every worker when there is no Redis."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class CacheVersion(Base):
    """A number raised in every transaction that changes what public pages show; cached
    pages are stored under it, so a change reaches every worker at its commit."""

    __tablename__ = "cache_versions"

    name: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger, default=0)
