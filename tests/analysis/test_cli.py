"""`flask analyse` speaks the evaluator's format; `--explain` speaks plain words; `train` learns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from portal.extensions import db
from portal.models import AnalysisModel, Submission, SubmissionTheme, Theme
from tests.feedback.helpers import check_answers, send_data

ROOT = Path(__file__).resolve().parents[2]
FLASK = [sys.executable, "-m", "flask", "--app", "portal"]


def _run(args: list[str], stdin: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PORTAL_ENV": "test"}
    return subprocess.run(
        [*FLASK, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_analyse_writes_one_result_a_line_in_order(tmp_path):
    lines = [
        {
            "id": "a",
            "respondent": "child",
            "text": "my sw keeps changing and nobody tells me anything",
        },
        {"id": "b", "respondent": "carer", "text": "Call me on 07700 900123 please"},
        {"id": "c", "respondent": "young-person", "text": "I love my foster carers 😊"},
    ]
    done = _run(["analyse"], "\n".join(json.dumps(line) for line in lines) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    for result in results:
        assert set(result) >= {"id", "themes", "sentiment", "safeguarding", "pii"}
        assert result["sentiment"] in {"positive", "mixed", "negative", "neutral"}
        assert set(result["safeguarding"]) >= {"flag", "score", "category", "reasons"}
        assert all({"slug", "score"} <= set(theme) for theme in result["themes"])
    phone = [span for span in results[1]["pii"] if span["kind"] == "phone"]
    assert phone and lines[1]["text"][phone[0]["start"] : phone[0]["end"]] == phone[0]["text"]


def test_analyse_refuses_a_broken_line_clearly(tmp_path):
    done = _run(["analyse"], "not json\n", tmp_path)
    assert done.returncode != 0
    assert "line 1" in done.stderr
    assert "Traceback" not in done.stderr


def test_explain_prints_reasons_in_words(tmp_path):
    done = _run(
        ["analyse", "--explain", "--respondent", "child"],
        "my worker Jade is kind but she left",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    for heading in (
        "Safeguarding:",
        "Sentiment:",
        "Themes (best first):",
        "Personal data:",
        "Redacted:",
    ):
        assert heading in done.stdout
    assert "Jade" in done.stdout and "[name]" in done.stdout


def test_train_learns_from_confirmed_themes_and_stores_the_model(app, client):
    runner = app.test_cli_runner()
    assert "No confirmed themes yet" in runner.invoke(args=["analysis", "train"]).output
    for _ in range(3):
        check = check_answers(client)
        client.post("/feedback/child", data=send_data(check))
    with app.app_context():
        theme = db.session.scalar(select(Theme).where(Theme.slug == "worker-changes"))
        for submission_id in db.session.scalars(select(Submission.id)):
            db.session.add(SubmissionTheme(submission_id=submission_id, theme_id=theme.id))
        db.session.commit()
    result = runner.invoke(args=["analysis", "train"])
    assert result.exit_code == 0, result.output
    assert "from 3 confirmed submissions" in result.output
    with app.app_context():
        model = db.session.scalar(select(AnalysisModel))
        assert model.kind == "themes" and model.examples == 3
        json.dumps(model.payload)
