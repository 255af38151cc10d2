"""Who may see what: only moderators and safeguarding leads ever see what someone wrote."""

from __future__ import annotations

from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEvent, Submission
from tests.moderation.helpers import (
    DISCLOSURE,
    ORDINARY,
    case_for,
    moderation_form,
    post,
    row,
    send_feedback,
    token,
)
from tests.support.html import text

SECRET_WORDS = ("Dave", "rings me back", "boyfriend", "hits me", "my review")


def _no_words(response) -> None:
    shown = response.get_data(as_text=True)
    for words in SECRET_WORDS:
        assert words not in shown, words


def test_only_moderators_and_leads_see_the_words(app, signed_in):
    item = send_feedback(app, ORDINARY)
    flagged = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, flagged)["id"]
    moderator_client, _ = signed_in("moderator")
    post(moderator_client, f"/moderation/items/{item}/claim")
    form = moderation_form(moderator_client.get(f"/moderation/items/{item}"))
    form["decision"], form["action"], form["also_redact"] = "publish", "save", "my review"
    assert post(moderator_client, f"/moderation/items/{item}", form).status_code == 303

    protected = [
        "/moderation/",
        f"/moderation/items/{item}",
        f"/moderation/items/{flagged}",
        "/safeguarding/",
        f"/safeguarding/cases/{case_id}",
        f"/safeguarding/cases/{case_id}/timer",
    ]
    for role in ("board", "staff", "admin"):
        client, _ = signed_in(role)
        for path in protected:
            response = client.get(path)
            assert response.status_code == 403, (role, path)
            _no_words(response)
        for path in (
            f"/moderation/items/{item}/claim",
            "/moderation/next",
            f"/safeguarding/cases/{case_id}/acknowledge",
        ):
            assert post(client, path).status_code == 403, (role, path)
        # Everything a board member can reach says nothing of what anyone wrote.
        if role == "board":
            for path in ("/staff/", "/staff/services", "/staff/feedback/new", "/"):
                response = client.get(path)
                assert response.status_code == 200, path
                _no_words(response)
            for path in (
                f"/moderation/items/{item}/history",
                f"/moderation/items/{flagged}/history",
            ):
                assert client.get(path).status_code == 403
    assert case_for(app, flagged)["acknowledged_at"] is None
    assert row(app, Submission, flagged)["claimed_by_id"] is None

    # A lead reads the case, but the moderation screen is for moderators only.
    lead_client, _ = signed_in("safeguarding-lead")
    assert lead_client.get(f"/moderation/items/{item}").status_code == 403
    assert "boyfriend" in text(lead_client.get(f"/safeguarding/cases/{case_id}"))

    # Admin and lead see the item's full history, never its words.
    admin_client, _ = signed_in("admin")
    for client in (admin_client, lead_client):
        history = client.get(f"/moderation/items/{item}/history")
        assert history.status_code == 200
        shown = text(history)
        for what in (
            "Received",
            "Claimed it to moderate",
            "Read the original text",
            "Took personal data out",
            "Confirmed its themes",
            "Published it",
        ):
            assert what in shown, what
        _no_words(history)
        case_history = client.get(f"/moderation/items/{flagged}/history")
        assert "Opened a safeguarding case" in text(case_history)
        _no_words(case_history)
    assert admin_client.get("/moderation/items/999999/history").status_code == 404


def test_signed_out_people_are_sent_to_sign_in(app, client):
    item = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, item)["id"]
    for path in (
        "/moderation/",
        f"/moderation/items/{item}",
        f"/moderation/items/{item}/history",
        "/safeguarding/",
        f"/safeguarding/cases/{case_id}",
        "/admin/settings",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/staff/sign-in?next="), path
        _no_words(response)


def test_posts_without_a_csrf_token_are_refused(app, signed_in):
    item = send_feedback(app, ORDINARY)
    flagged = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, flagged)["id"]
    moderator_client, _ = signed_in("moderator")
    lead_client, _ = signed_in("safeguarding-lead")
    admin_client, _ = signed_in("admin")
    with app.app_context():
        events_before = db.session.scalar(select(func.count()).select_from(AuditEvent))

    assert moderator_client.post(f"/moderation/items/{item}/claim").status_code == 400
    assert moderator_client.post("/moderation/next").status_code == 400
    assert (
        moderator_client.post(
            f"/moderation/items/{item}/escalate", data={"reason": "x"}
        ).status_code
        == 400
    )
    assert lead_client.post(f"/safeguarding/cases/{case_id}/acknowledge").status_code == 400
    assert (
        lead_client.post(
            f"/safeguarding/cases/{case_id}/decision",
            data={"decision": "known", "reasons": "x", "csrf_token": "forged"},
        ).status_code
        == 400
    )
    assert (
        admin_client.post(
            "/admin/settings", data={"ack_minutes": "5", "claim_minutes": "5", "deputy_emails": ""}
        ).status_code
        == 400
    )

    assert row(app, Submission, item)["claimed_by_id"] is None
    assert case_for(app, item) is None
    assert case_for(app, flagged)["acknowledged_at"] is None
    assert case_for(app, flagged)["decided_at"] is None
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == events_before
    # The same requests with the token do work (so the 400s above were the token).
    token(moderator_client)
    assert post(moderator_client, f"/moderation/items/{item}/claim").status_code == 303
