"""Working one item: original beside redacted, reversible redactions, themes, decisions, audit."""

from __future__ import annotations

import json

from sqlalchemy import select

from portal.extensions import db
from portal.models import Answer, Submission, SubmissionTheme, Theme
from tests.moderation.helpers import (
    ORDINARY,
    change,
    checked,
    events,
    flash_text,
    follow,
    minutes_ago,
    moderation_form,
    options,
    post,
    row,
    send_feedback,
)
from tests.support.html import error_messages, page, text

REDACTED = "My social worker [name] never rings me back and I waited 3 months for my review"


def _free_answer(app, submission_id: int) -> dict:
    with app.app_context():
        answer = db.session.scalar(
            select(Answer).where(
                Answer.submission_id == submission_id, Answer.text_value.is_not(None)
            )
        )
        return {
            "id": answer.id,
            "redacted_text": answer.redacted_text,
            "redactions": answer.redactions,
        }


def _themes(app, submission_id: int) -> list[tuple]:
    with app.app_context():
        return sorted(
            db.session.execute(
                select(Theme.slug, SubmissionTheme.was_suggested, SubmissionTheme.confirmed_by_id)
                .join(Theme, Theme.id == SubmissionTheme.theme_id)
                .where(SubmissionTheme.submission_id == submission_id)
            ).all()
        )


def _redacted_shown(response) -> str:
    return page(response).select_one(".portal-redacted").get_text()


def test_redact_preview_validate_and_publish(app, signed_in):
    item = send_feedback(app, ORDINARY)
    change(app, Submission, item, submitted_at=minutes_ago(120))
    suggested = set(row(app, Submission, item)["suggested_themes"].split())
    client, moderator = signed_in("moderator")
    post(client, f"/moderation/items/{item}/claim")
    shown = client.get(f"/moderation/items/{item}")
    assert shown.status_code == 200

    # The original beside what reports will show, the name already taken out.
    assert page(shown).select_one(".portal-original").get_text() == ORDINARY
    assert _redacted_shown(shown) == REDACTED
    [name_choice] = options(shown, "redact")
    assert checked(shown, "redact") == [name_choice]
    label = page(shown).select_one(
        f"label[for={page(shown).select_one('input[name=redact]')['id']}]"
    )
    assert label.get_text(strip=True) == "“Dave”"
    assert "person name" in text(shown)
    # Suggested themes ticked, each with its reasons; sentiment and criticality pre-chosen.
    assert set(checked(shown, "themes")) == suggested and "delay" in suggested
    delay_box = page(shown).find("input", {"name": "themes", "value": "delay"})
    delay_hint = page(shown).find(id=delay_box["aria-describedby"]).get_text(" ", strip=True)
    assert delay_hint.startswith("Suggested:") and '"waited"' in delay_hint
    assert checked(shown, "sentiment") == ["negative"]
    assert checked(shown, "criticality") == ["3"]
    viewed = [
        e for e in events(app, "submission", item) if e["action"] == "submission.original-viewed"
    ]
    assert [e["actor_id"] for e in viewed] == [moderator.id]

    # Untick the name, take out "3 months": the htmx preview shows it, and saves nothing.
    form = moderation_form(shown)
    form.setlist("redact", [])
    form["also_redact"] = "3 months"
    form["action"] = "preview"
    fragment = post(client, f"/moderation/items/{item}", form, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert "<html" not in fragment.get_data(as_text=True)
    assert page(fragment).select_one("#redaction-previews") is not None
    assert _redacted_shown(fragment) == (
        "My social worker Dave never rings me back and I waited [redacted] for my review"
    )
    assert "HX-Request" in fragment.headers["Vary"]
    # Without JavaScript the same button shows the whole page, choices as they were sent.
    whole = post(client, f"/moderation/items/{item}", form)
    assert whole.status_code == 200 and "<html" in whole.get_data(as_text=True)
    assert checked(whole, "redact") == []
    assert page(whole).select_one("textarea#also_redact").get_text().strip() == "3 months"
    assert _redacted_shown(whole) == fragment_text(fragment)
    assert row(app, Submission, item)["status"] == "received"
    assert _free_answer(app, item)["redacted_text"] is None
    assert "submission.redacted" not in [e["action"] for e in events(app, "submission", item)]

    # Publishing needs a theme, the sentiment and the criticality: nothing saved, choices kept.
    incomplete = moderation_form(shown)
    incomplete.setlist("themes", [])
    incomplete["decision"] = "publish"
    incomplete["also_redact"] = "3 months"
    incomplete["action"] = "save"
    refused = post(client, f"/moderation/items/{item}", incomplete)
    assert refused.status_code == 422
    assert error_messages(refused) == ["Choose at least one theme"]
    assert checked(refused, "decision") == ["publish"]
    assert checked(refused, "redact") == [name_choice]
    assert page(refused).select_one("textarea#also_redact").get_text().strip() == "3 months"
    no_decision = moderation_form(shown)
    no_decision["action"] = "save"
    nothing = post(client, f"/moderation/items/{item}", no_decision)
    assert nothing.status_code == 422
    assert error_messages(nothing) == ["Choose whether to publish, keep private or reject"]
    assert row(app, Submission, item)["status"] == "received"

    # Publish: the name and "3 months" out, one suggested theme kept and one added.
    final = moderation_form(shown)
    final.setlist("themes", ["delay", "being-heard"])
    final["criticality"] = "4"
    final["decision"] = "publish"
    final["also_redact"] = "3 months"
    final["action"] = "save"
    saved = post(client, f"/moderation/items/{item}", final)
    assert saved.status_code == 303
    assert saved.headers["Location"] == "/moderation/"
    assert flash_text(follow(client, saved)) == [
        f"Item {item} published. There is nothing waiting in the queue."
    ]
    stored = row(app, Submission, item)
    assert stored["status"] == "published"
    assert stored["sentiment"] == "negative" and stored["criticality"] == 4
    assert stored["moderated_by_id"] == moderator.id and stored["moderated_at"] is not None
    assert 7190 <= stored["moderation_seconds"] <= 7300
    assert stored["claimed_by_id"] is None
    answer = _free_answer(app, item)
    assert answer["redacted_text"] == (
        "My social worker [name] never rings me back and I waited [redacted] for my review"
    )
    start = ORDINARY.index("3 months")
    assert answer["redactions"] == [
        {"kind": "person-name", "start": 17, "end": 21},
        {"kind": "other", "start": start, "end": start + len("3 months")},
    ]
    assert _themes(app, item) == [
        ("being-heard", False, moderator.id),
        ("delay", True, moderator.id),
    ]

    # The audit log: who read it, what was taken out, themes, decision — never the words.
    log = events(app, "submission", item)
    by_action = {e["action"]: e for e in log}
    for action in (
        "submission.original-viewed",
        "submission.redacted",
        "submission.themes-confirmed",
        "submission.published",
    ):
        assert by_action[action]["actor_id"] == moderator.id, action
    assert by_action["submission.redacted"]["detail"]["kinds"] == {"person-name": 1, "other": 1}
    assert by_action["submission.redacted"]["detail"]["added_by_moderator"] == 1
    assert by_action["submission.themes-confirmed"]["detail"]["added"] == ["being-heard"]
    assert by_action["submission.published"]["detail"]["criticality"] == 4
    everything = json.dumps([e["detail"] for e in log])
    for words in ("Dave", "3 months", "rings me back", "review"):
        assert words not in everything

    after = client.get(f"/moderation/items/{item}")
    assert "This item is not waiting for moderation (it is published)." in text(after)
    assert page(after).find("form", id="moderation-form") is None


def fragment_text(response) -> str:
    return _redacted_shown(response)


def test_keep_private_then_reject_with_a_reason(app, signed_in):
    third = send_feedback(app, "The meetings are boring and nobody explains anything")
    second = send_feedback(app, ORDINARY)
    first = send_feedback(app, "I do not like the meetings, they are boring")
    client, moderator = signed_in("moderator")
    opened = post(client, "/moderation/next")
    assert opened.headers["Location"] == f"/moderation/items/{first}"

    private = moderation_form(client.get(opened.headers["Location"]))
    private.setlist("themes", ["meetings-plans"])
    private["sentiment"] = "negative"
    private["criticality"] = "2"
    private["decision"] = "private"
    private["action"] = "save"
    kept = post(client, f"/moderation/items/{first}", private)
    # Saved, and straight on to the next item, already claimed.
    assert kept.status_code == 303
    assert kept.headers["Location"] == f"/moderation/items/{second}"
    assert flash_text(follow(client, kept)) == [f"Item {first} kept private."]
    assert row(app, Submission, first)["status"] == "private"
    suggested = row(app, Submission, first)["suggested_themes"].split()
    assert _themes(app, first) == [("meetings-plans", "meetings-plans" in suggested, moderator.id)]
    assert "submission.kept-private" in [e["action"] for e in events(app, "submission", first)]
    assert row(app, Submission, second)["claimed_by_id"] == moderator.id

    reject = moderation_form(client.get(f"/moderation/items/{second}"))
    reject["decision"] = "reject"
    reject["reject_reason"] = "off-topic"
    reject["action"] = "save"
    rejected = post(client, f"/moderation/items/{second}", reject)
    assert rejected.status_code == 303
    assert rejected.headers["Location"] == f"/moderation/items/{third}"
    stored = row(app, Submission, second)
    assert stored["status"] == "rejected" and stored["reject_reason"] == "off-topic"
    assert stored["sentiment"] is None and stored["criticality"] is None
    assert _themes(app, second) == []
    # Even a rejected item's words are kept only with the personal data out.
    assert _free_answer(app, second)["redacted_text"] == REDACTED
    decision = [
        e for e in events(app, "submission", second) if e["action"] == "submission.rejected"
    ]
    assert [(e["actor_id"], e["detail"]["reason"]) for e in decision] == [
        (moderator.id, "off-topic")
    ]

    # Rejecting needs a reason: without one nothing is saved and the page says why.
    no_reason = moderation_form(client.get(f"/moderation/items/{third}"))
    no_reason["decision"] = "reject"
    no_reason["action"] = "save"
    refused = post(client, f"/moderation/items/{third}", no_reason)
    assert row(app, Submission, third)["status"] == "received"
    assert refused.status_code == 422
    assert error_messages(refused) == ["Choose why it is rejected"]
    assert checked(refused, "decision") == ["reject"]


def test_publish_without_sentiment_or_criticality_is_explained_not_saved(app, signed_in):
    item = send_feedback(app, ORDINARY)
    client, _ = signed_in("moderator")
    post(client, f"/moderation/items/{item}/claim")
    form = moderation_form(client.get(f"/moderation/items/{item}"))
    form["decision"] = "publish"
    form["action"] = "save"

    for missing, message in (
        ("criticality", "Choose how critical it is, from 0 to 5"),
        ("sentiment", "Choose the sentiment"),
    ):
        without = form.copy()
        without.setlist(missing, [])
        response = post(client, f"/moderation/items/{item}", without)
        assert response.status_code == 422, missing
        assert error_messages(response) == [message]
        # The themes still ticked are kept.
        assert set(checked(response, "themes")) == set(form.getlist("themes"))
        stored = row(app, Submission, item)
        assert stored["status"] == "received" and stored["moderated_at"] is None


def test_a_staff_comment_naming_a_colleague_is_never_published(app, signed_in):
    item = send_feedback(app, "My manager Gary never turns up to supervision and nobody cares")
    change(app, Submission, item, audience="staff")
    client, _ = signed_in("moderator")
    post(client, f"/moderation/items/{item}/claim")
    shown = client.get(f"/moderation/items/{item}")
    assert "can be kept private or rejected, but never published" in text(shown)

    form = moderation_form(shown)
    form["decision"] = "publish"
    form["action"] = "save"
    refused = post(client, f"/moderation/items/{item}", form)
    assert refused.status_code == 422
    assert error_messages(refused) == [
        "A staff comment that names a colleague is never published: keep it private or reject it"
    ]
    assert row(app, Submission, item)["status"] == "received"

    form["decision"] = "private"
    kept = post(client, f"/moderation/items/{item}", form)
    assert kept.status_code == 303
    assert row(app, Submission, item)["status"] == "private"
