"""Really taking the database away for a while, on SQLite or PostgreSQL (no mocks)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from portal.extensions import db


def _terminate(conn, name: str) -> None:
    conn.execute(
        text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = :name AND pid <> pg_backend_pid()"
        ),
        {"name": name},
    )


@contextlib.contextmanager
def database_outage(app) -> Iterator[None]:
    """While inside, new connections to the app's database fail; afterwards it is back."""
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if url.get_backend_name() == "sqlite":
        path = Path(url.database)
        away = path.with_name(path.name + ".away")
        path.rename(away)
        path.mkdir()  # a directory where the file was: SQLite cannot open it
        try:
            yield
        finally:
            with app.app_context():
                db.engine.dispose()
            path.rmdir()
            away.rename(path)
        return
    name = url.database
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            _terminate(conn, name)
            conn.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{name}_away"'))
        try:
            yield
        finally:
            with app.app_context():
                db.engine.dispose()
            with admin.connect() as conn:
                _terminate(conn, f"{name}_away")
                conn.execute(text(f'ALTER DATABASE "{name}_away" RENAME TO "{name}"'))
    finally:
        admin.dispose()
