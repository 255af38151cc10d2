"""The yardstick: a bare Flask + Flask-SQLAlchemy app whose POST inserts one row.

Served by gunicorn exactly like the portal (`bench.baseline_app:create_app()`), it shows what
one committed insert costs on this machine without any of the portal's work. The database is
set up the way the portal sets it up (on SQLite: WAL, foreign keys, busy timeout,
synchronous=NORMAL), so the ratio measures the application, not the database settings.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TABLE = "bench_baseline_row"


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Row(db.Model):
    __tablename__ = TABLE

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(String(200))


def sqlalchemy_url(url: str) -> str:
    """The same driver choice as the portal: psycopg 3 for PostgreSQL."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    if not type(dbapi_connection).__module__.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_tables(database_url: str) -> None:
    """Create the one table (called by the bench before gunicorn starts, so no worker races)."""
    engine = create_engine(sqlalchemy_url(database_url))
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        Base.metadata.create_all(engine)
    finally:
        engine.dispose()


def count_rows(database_url: str) -> int:
    engine = create_engine(sqlalchemy_url(database_url))
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one()
    finally:
        engine.dispose()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlalchemy_url(os.environ["DATABASE_URL"])
    db.init_app(app)
    with app.app_context():
        event.listen(db.engine, "connect", _sqlite_pragmas)

    @app.post("/rows")
    def add_row():
        db.session.add(Row(created_at=datetime.now(UTC), text=request.form.get("text", "")[:200]))
        db.session.commit()
        return "ok\n"

    @app.get("/")
    def ready():
        return "ok\n"

    return app
