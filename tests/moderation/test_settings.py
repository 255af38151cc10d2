"""The admin's settings: acknowledgement target, claim length and deputy contacts."""

from __future__ import annotations

from datetime import timedelta

from portal.models import Submission
from portal.models.common import utcnow
from tests.moderation.helpers import (
    DISCLOSURE,
    ORDINARY,
    case_for,
    events,
    flash_text,
    follow,
    post,
    row,
    send_feedback,
)
from tests.support.html import error_messages, page


def _values(response) -> dict:
    soup = page(response)
    return {
        "ack_minutes": soup.select_one("input[name=ack_minutes]")["value"],
        "claim_minutes": soup.select_one("input[name=claim_minutes]")["value"],
        "deputy_emails": soup.select_one("textarea[name=deputy_emails]").get_text().strip(),
    }


def test_admin_changes_settings_and_they_take_effect(app, signed_in):
    for role in ("moderator", "safeguarding-lead", "board", "staff"):
        client, _ = signed_in(role)
        assert client.get("/admin/settings").status_code == 403, role
        assert post(client, "/admin/settings", {"ack_minutes": "1"}).status_code == 403, role
    admin_client, admin = signed_in("admin")
    shown = admin_client.get("/admin/settings")
    assert shown.status_code == 200
    assert _values(shown) == {"ack_minutes": "30", "claim_minutes": "20", "deputy_emails": ""}

    saved = post(
        admin_client,
        "/admin/settings",
        {
            "ack_minutes": "45",
            "claim_minutes": "5",
            "deputy_emails": "deputy@partner.example\n\n  out.of.hours@council.example  ",
        },
    )
    assert saved.status_code == 303 and saved.headers["Location"] == "/admin/settings"
    after = follow(admin_client, saved)
    assert flash_text(after) == [
        "Settings saved. New safeguarding cases and claims use them from now on."
    ]
    assert _values(after) == {
        "ack_minutes": "45",
        "claim_minutes": "5",
        "deputy_emails": "deputy@partner.example\nout.of.hours@council.example",
    }
    changes = [e for e in events(app, "setting") if e["action"] == "setting.changed"]
    assert {e["detail"]["key"]: e["detail"]["after"] for e in changes} == {
        "safeguarding_ack_minutes": 45,
        "moderation_claim_minutes": 5,
        "safeguarding_deputy_emails": ["deputy@partner.example", "out.of.hours@council.example"],
    }
    assert {e["actor_id"] for e in changes} == {admin.id}

    # A new case is due 45 minutes after it opens; a claim now lasts 5 minutes.
    flagged = send_feedback(app, DISCLOSURE)
    case = case_for(app, flagged)
    assert case["due_at"] - case["opened_at"] == timedelta(minutes=45)
    item = send_feedback(app, ORDINARY)
    moderator_client, _ = signed_in("moderator")
    post(moderator_client, f"/moderation/items/{item}/claim")
    left = row(app, Submission, item)["claimed_until"] - utcnow()
    assert timedelta(minutes=4) < left <= timedelta(minutes=5)

    # Bad values: each explained, 422, and nothing changed.
    for data, message in (
        (
            {"ack_minutes": "thirty", "claim_minutes": "5"},
            "Enter a whole number of minutes, like 30",
        ),
        ({"ack_minutes": "0", "claim_minutes": "5"}, "Enter a number of minutes from 1 to 1,440"),
        ({"ack_minutes": "45", "claim_minutes": "0"}, "Enter a number of minutes from 1 to 480"),
        ({"ack_minutes": "45", "claim_minutes": "-3"}, "Enter a whole number of minutes, like 30"),
        ({"ack_minutes": "", "claim_minutes": "5"}, "Enter the number of minutes"),
        (
            {
                "ack_minutes": "45",
                "claim_minutes": "5",
                "deputy_emails": "deputy@partner.example\nnot-an-email",
            },
            "not-an-email is not an email address",
        ),
    ):
        data.setdefault("deputy_emails", "")
        refused = post(admin_client, "/admin/settings", data)
        assert refused.status_code == 422, data
        assert message in error_messages(refused), (data, error_messages(refused))
        # What was typed is kept, so it can be corrected.
        assert page(refused).select_one("input[name=ack_minutes]")["value"] == data["ack_minutes"]
    assert len([e for e in events(app, "setting") if e["action"] == "setting.changed"]) == 3
    assert _values(admin_client.get("/admin/settings"))["ack_minutes"] == "45"
