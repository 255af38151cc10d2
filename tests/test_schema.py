"""The schema comes only from migrations, matches the models, and keeps the audit log intact."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from portal.extensions import db
from portal.models import AuditEvent


def test_migrations_build_exactly_the_models(app_context):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_template, tmp_path):
    # A SQLite-only setting, so this test makes its own SQLite app rather than run twice.
    import shutil

    from portal import create_app
    from tests.conftest import _test_config

    path = tmp_path / "wal.db"
    shutil.copyfile(sqlite_template, path)
    app = create_app(_test_config(f"sqlite:///{path}"))
    with app.app_context(), db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        db.engine.dispose()


def test_foreign_keys_are_enforced(app_context):
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO service (organisation_id, name, code, description, active, created_at) "
                "VALUES (424242, 'x', 'NOORG', '', true, CURRENT_TIMESTAMP)"
            )
        )


def test_audit_log_refuses_updates_and_deletes(app_context):
    event = AuditEvent(action="test.event", entity_type="test", entity_id=1, actor_kind="system")
    db.session.add(event)
    db.session.commit()
    for statement in (
        "UPDATE audit_event SET action = 'rewritten'",
        "DELETE FROM audit_event",
    ):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    db.session.expire_all()
    assert db.session.get(AuditEvent, event.id).action == "test.event"


def test_themes_are_seeded_from_the_taxonomy(app_context):
    import json
    from pathlib import Path

    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "taxonomy.json"
    expected = {t["slug"] for t in json.loads(shared.read_text())["themes"]}
    with db.engine.connect() as conn:
        slugs = set(conn.execute(text("SELECT slug FROM theme")).scalars())
    assert slugs == expected


def test_every_table_has_a_primary_key_and_indexed_foreign_keys(app_context):
    inspector = inspect(db.engine)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        assert inspector.get_pk_constraint(table)["constrained_columns"], table
        indexed = {tuple(i["column_names"]) for i in inspector.get_indexes(table)}
        indexed |= {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)}
        for fk in inspector.get_foreign_keys(table):
            columns = tuple(fk["constrained_columns"])
            assert any(ix[: len(columns)] == columns for ix in indexed), f"{table}.{columns}"
