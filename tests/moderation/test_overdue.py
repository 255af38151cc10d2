"""A case nobody acknowledges in time: the deputies are e-mailed once, and every staff page says so."""

from __future__ import annotations

from portal.models import SafeguardingCase
from portal.moderation.escalation import escalate_overdue
from tests.moderation.helpers import (
    DISCLOSURE,
    DISCLOSURE_WORDS,
    case_for,
    change,
    events,
    minutes_ago,
    outbox,
    post,
    send_feedback,
)
from tests.support.html import page, text

BANNER = "Safeguarding: overdue"


def _banner(response) -> str | None:
    found = page(response).select_one(".portal-overdue-banner")
    return found.get_text(" ", strip=True) if found else None


def test_overdue_case_emails_deputies_once_and_shows_on_every_staff_page(
    folder_app, signed_in, make_staff
):
    app = folder_app
    admin_client, _admin = signed_in("admin")
    settings = admin_client.get("/admin/settings")
    saved = post(
        admin_client,
        "/admin/settings",
        {
            "ack_minutes": "30",
            "claim_minutes": "20",
            "deputy_emails": "deputy.one@partner.example\ndeputy.two@partner.example",
        },
    )
    assert settings.status_code == 200 and saved.status_code == 303
    lead_client, _lead = signed_in("safeguarding-lead")
    clients = {
        "moderator": signed_in("moderator")[0],
        "board": signed_in("board")[0],
        "staff": signed_in("staff")[0],
        "admin": admin_client,
        "lead": lead_client,
    }
    item = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, item)["id"]
    leads_mail = len(outbox(app))

    # Not yet due: nothing happens, and no page shows an alarm.
    with app.app_context():
        assert escalate_overdue() == 0
    assert len(outbox(app)) == leads_mail
    assert _banner(clients["moderator"].get("/moderation/")) is None

    change(app, SafeguardingCase, case_id, opened_at=minutes_ago(45), due_at=minutes_ago(15))
    result = app.test_cli_runner().invoke(args=["worker", "--once"])
    assert result.exit_code == 0, result.output
    assert "Escalated 1 overdue case(s)." in result.output
    deputies = outbox(app)[leads_mail:]
    assert sorted(m["to"] for m in deputies) == [
        "deputy.one@partner.example",
        "deputy.two@partner.example",
    ]
    for message in deputies:
        assert (
            message["subject"] == f"Overdue: safeguarding case {case_id} has not been acknowledged"
        )
        assert f"/safeguarding/cases/{case_id}" in message["body"]
        for words in DISCLOSURE_WORDS:
            assert words not in message["body"].lower()
    assert case_for(app, item)["escalated_at"] is not None
    assert [
        e["actor_kind"]
        for e in events(app, "safeguarding_case", case_id)
        if e["action"] == "safeguarding.escalated-to-deputies"
    ] == ["system"]

    # Once only, however many passes run.
    again = app.test_cli_runner().invoke(args=["worker", "--once"])
    assert "Escalated 0 overdue case(s)." in again.output
    with app.app_context():
        assert escalate_overdue() == 0
    assert len(outbox(app)) == leads_mail + 2

    # The alarm is on every staff page, for every role, and never on a public page.
    pages = {
        "moderator": ["/staff/", "/moderation/", f"/moderation/items/{item}/history"],
        "board": ["/staff/", "/staff/services"],
        "staff": ["/staff/", "/staff/feedback/new"],
        "admin": ["/staff/", "/admin/users", "/admin/settings"],
        "lead": ["/staff/", "/safeguarding/", f"/safeguarding/cases/{case_id}"],
    }
    for role, paths in pages.items():
        for path in paths:
            response = clients[role].get(path)
            assert response.status_code == 200, (role, path)
            banner = _banner(response)
            assert banner is not None, (role, path)
            assert (
                "1 possible safeguarding disclosure has not been acknowledged within the target."
                in banner
            )
    assert "Acknowledge now" in _banner(lead_client.get("/staff/"))
    assert "1 overdue" in text(clients["moderator"].get("/moderation/"))
    for client in (clients["board"], lead_client, app.test_client()):
        public = client.get("/")
        assert public.status_code == 200 and _banner(public) is None
        assert BANNER not in text(public)
    case_page = text(lead_client.get(f"/safeguarding/cases/{case_id}"))
    assert "Overdue" in case_page and "The deputy contacts were e-mailed at" in case_page

    # Acknowledged late: recorded as outside the target, and the alarm goes everywhere.
    post(lead_client, f"/safeguarding/cases/{case_id}/acknowledge")
    case = case_for(app, item)
    assert case["acknowledged_within_target"] is False
    assert 2690 <= case["acknowledge_seconds"] <= 2800
    for role, paths in pages.items():
        for path in paths:
            assert _banner(clients[role].get(path)) is None, (role, path)


def test_without_deputies_the_active_admins_are_told(folder_app, make_staff):
    app = folder_app
    admin = make_staff("admin")
    make_staff("admin", active=False)
    item = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, item)["id"]
    change(app, SafeguardingCase, case_id, due_at=minutes_ago(1))
    with app.app_context():
        assert escalate_overdue() == 1
        assert escalate_overdue() == 0
    assert [m["to"] for m in outbox(app)] == [admin.email]
