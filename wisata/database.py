"""Database set-up: timeouts, SQLite pragmas and explicit transactions, the write-lock helper.

Every statement has a deadline and every connection attempt a timeout, on both databases,
so a database that hangs makes requests fail fast (and /healthz say so) instead of holding
every worker until gunicorn kills it.
"""

from __future__ import annotations

import sqlite3
import time

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from wisata.extensions import db

# How often SQLite calls back to check the statement's deadline (in VM instructions).
SQLITE_PROGRESS_STEPS = 20_000


def configure_engine(app: Flask) -> None:
    """Engine options from the settings: connection and statement timeouts per database."""
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    connect_timeout = app.config["DB_CONNECT_TIMEOUT"]
    statement_ms = app.config["DB_STATEMENT_TIMEOUT_MS"]
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    connect_args = dict(options.get("connect_args") or {})
    if url.startswith("postgresql"):
        connect_args.setdefault("connect_timeout", connect_timeout)
        connect_args.setdefault("options", (
            f"-c statement_timeout={statement_ms} -c lock_timeout={statement_ms} "
            f"-c idle_in_transaction_session_timeout={max(statement_ms * 4, 60000)} "
            # JIT compiling pays off for analytics, not for a web page's short queries: it
            # took 0.8 s of the 1.1 s of a package list page on a large catalogue.
            "-c jit=off"
        ))
        # A peer that vanished is noticed by TCP instead of waited for forever.
        connect_args.setdefault("keepalives", 1)
        connect_args.setdefault("keepalives_idle", 30)
        connect_args.setdefault("keepalives_interval", 10)
        connect_args.setdefault("keepalives_count", 3)
        options.setdefault("pool_timeout", connect_timeout)
    elif url.startswith("sqlite"):
        # How long to wait for another writer's lock (seconds).
        connect_args.setdefault("timeout", statement_ms / 1000)
    options["connect_args"] = connect_args
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, connection_record):
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # SQLAlchemy emits BEGIN itself (see _begin_sqlite), so pysqlite must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


@event.listens_for(Engine, "begin")
def _begin_sqlite(connection):
    if connection.dialect.name != "sqlite":
        return
    immediate = connection.get_execution_options().get("sqlite_immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_statement_deadline(engine: Engine, timeout_ms: int) -> None:
    """SQLite has no statement timeout: a progress handler interrupts a statement that runs
    past its deadline (it fails with "interrupted", like PostgreSQL's statement_timeout)."""

    @event.listens_for(engine, "connect")
    def _install(dbapi_connection, connection_record):
        deadline = connection_record.info.setdefault("deadline", [None])
        dbapi_connection.set_progress_handler(
            lambda: 1 if deadline[0] is not None and time.monotonic() > deadline[0] else 0,
            SQLITE_PROGRESS_STEPS,
        )

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn, cursor, statement, parameters, context, executemany):
        conn.connection.info.setdefault("deadline", [None])[0] = time.monotonic() + timeout_ms / 1000

    @event.listens_for(engine, "after_cursor_execute")
    def _stop(conn, cursor, statement, parameters, context, executemany):
        conn.connection.info.setdefault("deadline", [None])[0] = None


def begin_write() -> None:
    """Start a fresh transaction that will write.

    On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so a transaction that
    reads and then writes cannot fail half-way because another writer came in between;
    on PostgreSQL it is a plain transaction and row locks do the work.
    """
    session = db.session()
    current = session.get_transaction()
    if current is not None and session.info.get("write_transaction") is current:
        return  # already writing: several changes, one transaction
    if current is not None:
        session.commit()
    session.connection(execution_options={"sqlite_immediate": True})
    session.info["write_transaction"] = session.get_transaction()


def init_app(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            _sqlite_statement_deadline(engine, app.config["DB_STATEMENT_TIMEOUT_MS"])

    @app.teardown_appcontext
    def _rollback_unfinished(exc):
        if exc is not None:
            db.session.rollback()
