"""Command-line tasks: `flask --app portal seed`, `seed-demo` and `demo-code`."""

from __future__ import annotations

import click
import pyotp
from flask import Flask, current_app
from sqlalchemy import select

from portal.extensions import db
from portal.feedback.surveys import clear_cache
from portal.models import User
from portal.seed import seed_reference_data
from portal.seed.demo import DEMO_EMAIL_DOMAIN, seed_demo


def register_cli(app: Flask) -> None:
    @app.cli.command("seed")
    def seed_command() -> None:
        """Add the themes and default surveys (safe to run again)."""
        added = seed_reference_data()
        clear_cache()
        click.echo(
            f"Reference data: {added['themes']} themes and {added['surveys']} surveys added."
        )

    @app.cli.command("seed-demo")
    @click.option("--submissions", default=300, show_default=True, help="Feedback to generate.")
    def seed_demo_command(submissions: int) -> None:
        """Create the demo partnership, users and a year of feedback; print how to sign in."""
        seed_reference_data()
        clear_cache()
        sign_ins, added = seed_demo(current_app.config["SECRET_KEY"], submissions)
        click.echo(f"Demo data ready ({added} new submissions).")
        click.echo("")
        click.echo("Sign in at http://127.0.0.1:5000/staff/sign-in as any of these demo users.")
        click.echo(
            "Add the key to an authenticator app, or run: flask --app portal demo-code EMAIL"
        )
        for sign_in in sign_ins:
            click.echo(
                f"  {sign_in.role:<18} {sign_in.email:<24} password: {sign_in.password:<28}"
                f" authenticator key: {sign_in.totp_secret}"
            )

    @app.cli.command("demo-code")
    @click.argument("email")
    def demo_code_command(email: str) -> None:
        """Print the current sign-in code of a demo user (development only)."""
        if current_app.config["PORTAL_ENV"] not in {"development", "test"}:
            raise click.ClickException("demo-code only works in development")
        if not email.endswith("@" + DEMO_EMAIL_DOMAIN):
            raise click.ClickException("demo-code only works for demo accounts")
        user = db.session.scalar(select(User).where(User.email == email))
        if user is None or not user.totp_secret:
            raise click.ClickException(f"no demo user {email}")
        click.echo(pyotp.TOTP(user.totp_secret).now())
