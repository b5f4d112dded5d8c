"""Database set-up: SQLite pragmas and explicit transactions, the write-lock helper."""

from __future__ import annotations

import sqlite3

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from wisata.extensions import db


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, connection_record):
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # SQLAlchemy emits BEGIN itself (see _begin_sqlite), so pysqlite must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


@event.listens_for(Engine, "begin")
def _begin_sqlite(connection):
    if connection.dialect.name != "sqlite":
        return
    immediate = connection.get_execution_options().get("sqlite_immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


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
    @app.teardown_appcontext
    def _rollback_unfinished(exc):
        if exc is not None:
            db.session.rollback()
