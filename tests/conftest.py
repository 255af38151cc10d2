"""Fixtures: a real database (SQLite and PostgreSQL), the app, clients and signed-in staff.

Every test that asks for `app` (or anything built on it) runs twice: once on SQLite and
once on PostgreSQL. Nothing is mocked: the schema comes from the real migrations.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from portal import create_app
from portal.extensions import db
from portal.pulse.bank import seed_bank
from portal.seed import seed_reference_data
from tests.support import staff as staff_support

PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
# One database per test run, so runs side by side (and their outage tests) never collide.
PG_TEST_DB = os.environ.get("TEST_POSTGRES_DB", f"portal_test_{os.getpid()}")
TEST_SECRET = "test-secret-key-not-for-production"
# Reference data stays between tests; everything else is emptied after each one.
REFERENCE_TABLES = {"alembic_version", "theme", "survey", "survey_version", "question"}


def _test_config(database_url: str) -> dict:
    return {
        "TESTING": True,
        "PORTAL_ENV": "test",
        "SECRET_KEY": TEST_SECRET,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SERVER_NAME": "localhost",
    }


def _migrate_and_seed(database_url: str) -> None:
    app = create_app(_test_config(database_url))
    with app.app_context():
        upgrade()
        seed_reference_data()
        db.engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated, seeded SQLite file that each test copies, so tests never share rows."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    _migrate_and_seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this run, migrated and seeded once, dropped at the end."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_TEST_DB}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{PG_TEST_DB}"'))
    except OperationalError as error:
        # Never a skip: a missing PostgreSQL must fail the run, in CI and here.
        pytest.fail(f"PostgreSQL is needed at {PG_ADMIN_URL}: {error}", pytrace=False)
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_TEST_DB}"
    _migrate_and_seed(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_TEST_DB}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "portal.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return request.getfixturevalue("postgres_url")


def _empty_data_tables(app: Flask) -> None:
    with app.app_context():
        tables = [t.name for t in db.metadata.sorted_tables if t.name not in REFERENCE_TABLES]
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            # The pulse question bank is seeded data that tests may add to: start it afresh.
            seed_bank()
            db.session.commit()
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def app(database_url) -> Iterator[Flask]:
    application = create_app(_test_config(database_url))
    yield application
    _empty_data_tables(application)


@pytest.fixture
def app_context(app) -> Iterator[Flask]:
    with app.app_context():
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_staff(app):
    """Create a staff user with roles (and a confirmed second factor unless told not to)."""

    def make(*roles: str, **kwargs):
        with app.app_context():
            return staff_support.create_user(*roles, **kwargs)

    return make


@pytest.fixture
def signed_in(app, make_staff):
    """A test client signed in (password and code) as a new user with the given roles."""

    def sign_in(*roles: str):
        user = make_staff(*roles)
        client = app.test_client()
        staff_support.sign_in(client, user)
        return client, user

    return sign_in
