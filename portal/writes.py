"""Short write transactions, with SQLite's one-writer rule handled inside each process."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from sqlalchemy import Connection

from portal.extensions import db

# SQLite lets one connection write at a time. Threads of one process that find the database
# busy would sleep in SQLite's busy handler (in steps of up to 100 ms) and wake late; queueing
# on a lock here instead hands the database to the next writer the moment it is free.
_sqlite_writer = threading.Lock()


@contextlib.contextmanager
def write_transaction() -> Iterator[Connection]:
    """A connection in a transaction that commits on leaving (rolls back on an exception)."""
    engine = db.engine
    guard = _sqlite_writer if engine.dialect.name == "sqlite" else contextlib.nullcontext()
    with guard, engine.begin() as connection:
        yield connection
