"""The portal: an application factory that wires config, extensions, blueprints and CLI."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from sqlalchemy import event
from sqlalchemy.engine import Engine

from portal.config import load_config
from portal.extensions import csrf, db, login_manager, migrate

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def create_app(config: dict | None = None) -> Flask:
    """Create and configure an instance of the portal."""
    # Static files are served by portal.assets (precompressed, hashed), not Flask's default.
    app = Flask(__name__, instance_relative_config=True, static_folder=None)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(load_config(Path(app.instance_path)))
    if config:
        app.config.update(config)

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(Path(app.root_path) / "templates"),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    db.init_app(app)
    # Batch mode lets later migrations alter tables on SQLite, which has little ALTER TABLE.
    migrate.init_app(
        app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True, compare_type=True
    )
    csrf.init_app(app)
    login_manager.init_app(app)

    from portal import assets, display, errors, htmx, moderation, security
    from portal.feedback import presenters

    security.init_app(app)
    errors.init_app(app)
    htmx.init_app(app)
    assets.init_app(app)
    presenters.init_app(app)
    display.init_app(app)
    moderation.init_app(app)
    WTFormsHelpers(app)

    from portal.admin.views import bp as admin_bp
    from portal.auth.views import bp as auth_bp
    from portal.feedback.views import bp as feedback_bp
    from portal.moderation.safeguarding_views import bp as safeguarding_bp
    from portal.moderation.views import bp as moderation_bp
    from portal.pages.views import bp as pages_bp
    from portal.pulse.admin_views import bp as pulse_admin_bp
    from portal.pulse.answer_views import bp as pulse_bp
    from portal.pulse.results_views import bp as pulse_results_bp
    from portal.staff.views import bp as staff_bp

    app.register_blueprint(pages_bp)
    app.register_blueprint(feedback_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(safeguarding_bp)
    app.register_blueprint(pulse_bp)
    app.register_blueprint(pulse_admin_bp)
    app.register_blueprint(pulse_results_bp)

    from portal.analysis_cli import register_analysis_cli
    from portal.cli import register_cli
    from portal.mail.cli import register_mail_cli
    from portal.pulse.cli import register_pulse_cli

    register_cli(app)
    register_analysis_cli(app)
    register_mail_cli(app)
    register_pulse_cli(app)

    @app.context_processor
    def partnership() -> dict:
        return {
            "partnership": {
                "name": app.config["PARTNERSHIP_NAME"],
                "short_name": app.config["PARTNERSHIP_SHORT_NAME"],
                "email": app.config["PARTNERSHIP_EMAIL"],
                "phone": app.config["PARTNERSHIP_PHONE"],
                "address": app.config["PARTNERSHIP_ADDRESS"],
            }
        }

    return app


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """WAL for concurrent readers, enforced foreign keys, and a wait instead of 'locked'."""
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
