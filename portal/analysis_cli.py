"""Command-line access to the text analysis: analyse, explain, train, evaluate."""

from __future__ import annotations

import json
import sys

import click
from flask import Flask
from flask.cli import AppGroup

from portal.analysis import analyse, pii, sentiment
from portal.analysis.types import Analysis
from portal.analysis_store import latest_theme_model, train_theme_model

RESPONDENTS = ("child", "young-person", "care-leaver", "carer", "staff")


def _explanation(text: str, respondent: str, result: Analysis) -> str:
    """The analysis of one text, in words a moderator can check."""
    lines = [f"Text ({respondent}): {text}", ""]
    sg = result.safeguarding
    verdict = f"FLAGGED as {sg.category}" if sg.flag else "not flagged"
    lines.append(f"Safeguarding: {verdict} (score {sg.score:.2f})")
    lines += [f"  - {reason}" for reason in sg.reasons] or ["  - nothing that suggests harm"]
    label, reasons = sentiment.explain(text, respondent)
    lines += ["", f"Sentiment: {label}"] + [f"  - {reason}" for reason in reasons]
    lines += ["", "Themes (best first):"]
    for theme in result.themes:
        lines.append(f"  {theme.slug} ({theme.score:.2f})")
        lines += [f"    - {reason}" for reason in theme.reasons]
    lines += ["", "Personal data:"]
    lines += [
        f"  - {span.kind}: {span.text!r} at {span.start}-{span.end}" for span in result.pii
    ] or ["  - none found"]
    lines += ["", f"Redacted: {pii.redact(text, list(result.pii))}"]
    return "\n".join(lines)


def register_analysis_cli(app: Flask) -> None:
    @app.cli.command("analyse")
    @click.option("--explain", is_flag=True, help="Explain the analysis of one text in words.")
    @click.option(
        "--respondent",
        type=click.Choice(RESPONDENTS),
        default="young-person",
        show_default=True,
        help="Who wrote the text (with --explain, for plain text input).",
    )
    def analyse_command(explain: bool, respondent: str) -> None:
        """Analyse JSON Lines ({"id", "respondent", "text"}) from standard input, one result a line.

        With --explain, read one text (plain, or one JSON line) and print the reasons.
        """
        model = latest_theme_model()
        if explain:
            raw = sys.stdin.read().strip()
            text, who = raw, respondent
            if raw.startswith("{"):
                record = json.loads(raw)
                text, who = record["text"], record.get("respondent", respondent)
            click.echo(_explanation(text, who, analyse(text, who, model)))
            return
        out = sys.stdout
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text, who = str(record["text"]), str(record.get("respondent", "young-person"))
            except (ValueError, KeyError, TypeError) as error:
                raise click.ClickException(
                    f"line {number} is not a JSON object with text: {error}"
                ) from None
            result = analyse(text, who, model).to_json()
            out.write(json.dumps({"id": record.get("id"), **result}, ensure_ascii=False) + "\n")
        out.flush()

    analysis = AppGroup("analysis", help="Train and evaluate the text analysis.")

    @analysis.command("train")
    def train_command() -> None:
        """Fit the theme model from moderators' confirmations and store it in the database."""
        model = train_theme_model()
        if model is None:
            click.echo("No confirmed themes yet: suggestions use built-in knowledge only.")
            return
        click.echo(
            f"Trained a theme model from {model.examples} confirmed submissions (model {model.id})."
        )

    @analysis.command("evaluate")
    @click.argument("path", type=click.Path(exists=True, dir_okay=False))
    @click.option("--folds", default=5, show_default=True)
    def evaluate_command(path: str, folds: int) -> None:
        """Cross-validate the learned theme model on a labelled JSON Lines file (never on rows it fitted)."""
        from portal.analysis.crossval import cross_validate

        with open(path, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        for name, value in cross_validate(records, k=folds).items():
            click.echo(f"{name}: {value:.3f}")

    app.cli.add_command(analysis)
