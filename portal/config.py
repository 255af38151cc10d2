"""Configuration read from the environment, with safe development defaults."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def _instance_secret_key(instance_path: Path) -> str:
    """Return the development secret key, generating it once into the instance folder.

    The file is never committed (instance/ is ignored) and is readable only by its owner.
    """
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def load_config(instance_path: Path) -> dict:
    """Build the application's settings from the environment."""
    env = os.environ.get("PORTAL_ENV", "development")
    development = env in {"development", "test"}
    secret_key = os.environ.get("SECRET_KEY")
    if not secret_key:
        if not development:
            raise RuntimeError("SECRET_KEY must be set outside development")
        secret_key = _instance_secret_key(instance_path)

    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{instance_path / 'portal.db'}"
    # psycopg 3 is the PostgreSQL driver; accept the common postgres:// spellings too.
    for prefix in ("postgres://", "postgresql://"):
        if database_url.startswith(prefix):
            database_url = "postgresql+psycopg://" + database_url[len(prefix) :]

    return {
        "PORTAL_ENV": env,
        "SECRET_KEY": secret_key,
        "SQLALCHEMY_DATABASE_URI": database_url,
        # A ping before each use finds PostgreSQL connections that died (a server restart);
        # a SQLite file has no connection to lose.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": database_url.startswith("postgresql")},
        # Request bodies over this size get a friendly 413 page.
        "MAX_CONTENT_LENGTH": _env_int("MAX_CONTENT_LENGTH", 64 * 1024),
        "MAX_FORM_MEMORY_SIZE": _env_int("MAX_CONTENT_LENGTH", 64 * 1024),
        "FREE_TEXT_LIMIT": 5000,
        "WTF_CSRF_TIME_LIMIT": _env_int("WTF_CSRF_TIME_LIMIT", 4 * 3600),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _env_bool("SESSION_COOKIE_SECURE", not development),
        "SESSION_COOKIE_NAME": "portal_session",
        "REMEMBER_COOKIE_DURATION": 0,
        "STAFF_IDLE_MINUTES": _env_int("STAFF_IDLE_MINUTES", 30),
        "STAFF_ABSOLUTE_HOURS": _env_int("STAFF_ABSOLUTE_HOURS", 12),
        # The address children reach the portal at, printed in QR codes and on cards.
        "PUBLIC_BASE_URL": os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        "PARTNERSHIP_NAME": os.environ.get(
            "PARTNERSHIP_NAME", "Northbrook Safeguarding Children Partnership"
        ),
        "PARTNERSHIP_SHORT_NAME": os.environ.get("PARTNERSHIP_SHORT_NAME", "Northbrook SCP"),
        "PARTNERSHIP_EMAIL": os.environ.get("PARTNERSHIP_EMAIL", "voice@northbrook-scp.example"),
        "PARTNERSHIP_PHONE": os.environ.get("PARTNERSHIP_PHONE", "0300 123 4567"),
        "PARTNERSHIP_ADDRESS": os.environ.get("PARTNERSHIP_ADDRESS", "Civic Centre, Northbrook"),
        # Outgoing e-mail: the worker sends the outbox over SMTP, or (in development) writes
        # each message as an .eml file into a local folder instead.
        "MAIL_TRANSPORT": os.environ.get("MAIL_TRANSPORT", "folder" if development else "smtp"),
        "MAIL_FOLDER": os.environ.get("MAIL_FOLDER", str(instance_path / "mail")),
        "MAIL_HOST": os.environ.get("MAIL_HOST", "localhost"),
        "MAIL_PORT": _env_int("MAIL_PORT", 25),
        "MAIL_USE_TLS": _env_bool("MAIL_USE_TLS", False),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD") or None,
        "MAIL_FROM": os.environ.get("MAIL_FROM", "no-reply@northbrook-scp.example"),
        "MAIL_MAX_ATTEMPTS": _env_int("MAIL_MAX_ATTEMPTS", 8),
        # Starting values for settings an admin can change in the portal (portal/settings.py).
        "SAFEGUARDING_ACK_MINUTES": _env_int("SAFEGUARDING_ACK_MINUTES", 30),
        "MODERATION_CLAIM_MINUTES": _env_int("MODERATION_CLAIM_MINUTES", 20),
        "DISPLAY_TIMEZONE": os.environ.get("DISPLAY_TIMEZONE", "Europe/London"),
    }
