"""Safeguarding escalation: a disclosure opens a case, leads are e-mailed, acknowledge, decide."""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from portal.extensions import db
from portal.models import SafeguardingCase, Submission
from tests.feedback.helpers import CHILD_ANSWERS
from tests.moderation.helpers import (
    DISCLOSURE,
    DISCLOSURE_WORDS,
    ORDINARY,
    case_for,
    change,
    events,
    flash_text,
    follow,
    minutes_ago,
    outbox,
    post,
    row,
    send_feedback,
)
from tests.support.html import error_messages, form_fields, page, text


def _queue_ids(response) -> list[int]:
    return [
        int(tr.select_one("td").get_text(" ", strip=True).split()[0])
        for tr in page(response).select("table.portal-queue tbody tr")
    ]


def test_disclosure_case_from_arrival_to_decision(app, signed_in, make_staff):
    second_lead = make_staff("safeguarding-lead")
    retired_lead = make_staff("safeguarding-lead", active=False)
    lead_client, lead = signed_in("safeguarding-lead")
    moderator_client, _ = signed_in("moderator")
    ordinary = send_feedback(app, ORDINARY)
    item = send_feedback(app, DISCLOSURE)

    # Held out of the queue, a case opened, every active lead e-mailed, in the same breath.
    assert row(app, Submission, item)["status"] == "held"
    case = case_for(app, item)
    assert case is not None and case["source"] == "analysis"
    case_id = case["id"]
    assert 29 * 60 <= (case["due_at"] - case["opened_at"]).total_seconds() <= 30 * 60
    mail = outbox(app)
    assert sorted(m["to"] for m in mail) == sorted([lead.email, second_lead.email])
    assert retired_lead.email not in [m["to"] for m in mail]
    for message in mail:
        assert f"/safeguarding/cases/{case_id}" in message["body"]
        assert f"case {case_id}" in message["subject"]
        for words in DISCLOSURE_WORDS:
            assert words not in message["body"].lower() and words not in message["subject"].lower()
    opened = [
        e
        for e in events(app, "safeguarding_case", case_id)
        if e["action"] == "safeguarding.case-opened"
    ]
    assert opened[0]["actor_kind"] == "system" and opened[0]["detail"]["leads_emailed"] == 2
    queue = moderator_client.get("/moderation/")
    assert _queue_ids(queue) == [ordinary]
    assert "1 safeguarding case waiting for a lead" in text(queue)
    claim = post(moderator_client, f"/moderation/items/{item}/claim")
    assert flash_text(follow(moderator_client, claim)) == [
        "That item is no longer waiting: someone has already dealt with it."
    ]

    # The lead's list: the case and its clock.
    cases = lead_client.get("/safeguarding/")
    assert cases.status_code == 200
    listing = text(cases)
    assert f"Case {case_id}" in listing and "Flagged by the analysis" in listing
    assert re.search(r"Waiting Not yet acknowledged: 2\d minutes left", listing), listing
    for words in DISCLOSURE_WORDS:
        assert words not in listing.lower()

    # The case: the words, why it was flagged, and that nobody can be contacted.
    shown = lead_client.get(f"/safeguarding/cases/{case_id}")
    assert shown.status_code == 200
    assert page(shown).select_one(".portal-original").get_text() == DISCLOSURE
    words = text(shown)
    assert '"hits me"' in words
    assert "sent anonymously, online" in words and "cannot contact the person" in words
    assert "Acknowledge: I am dealing with this" in words
    viewed = [
        e["actor_id"]
        for e in events(app, "submission", item)
        if e["action"] == "submission.original-viewed"
    ]
    assert viewed == [lead.id]

    # Acknowledge, ten minutes after it arrived: within the 30-minute target.
    change(app, SafeguardingCase, case_id, opened_at=minutes_ago(10))
    acked = post(lead_client, f"/safeguarding/cases/{case_id}/acknowledge")
    assert acked.status_code == 303
    assert flash_text(follow(lead_client, acked))[0].startswith(
        f"You have acknowledged case {case_id}."
    )
    case = case_for(app, item)
    assert case["acknowledged_by_id"] == lead.id and case["acknowledged_at"] is not None
    assert 595 <= case["acknowledge_seconds"] <= 660
    assert case["acknowledged_within_target"] is True
    again = post(lead_client, f"/safeguarding/cases/{case_id}/acknowledge")
    assert flash_text(follow(lead_client, again)) == [
        f"Case {case_id} had already been acknowledged."
    ]
    assert case_for(app, item)["acknowledged_at"] == case["acknowledged_at"]
    assert "Acknowledged by" in text(lead_client.get(f"/safeguarding/cases/{case_id}"))

    # The decision needs reasons, and a referral needs the front door's reference.
    no_reasons = post(lead_client, f"/safeguarding/cases/{case_id}/decision", {"decision": "known"})
    assert no_reasons.status_code == 422
    assert error_messages(no_reasons) == ["Give the reasons for the decision"]
    no_ref = post(
        lead_client,
        f"/safeguarding/cases/{case_id}/decision",
        {"decision": "referred", "reasons": "Physical harm disclosed"},
    )
    assert no_ref.status_code == 422
    assert error_messages(no_ref) == ["Enter the front door's reference for the referral"]
    assert (
        page(no_ref).select_one("textarea#reasons").get_text().strip() == "Physical harm disclosed"
    )
    assert case_for(app, item)["decided_at"] is None

    decided = post(
        lead_client,
        f"/safeguarding/cases/{case_id}/decision",
        {
            "decision": "referred",
            "reference": "MASH-2026-114",
            "reasons": "Physical harm disclosed",
        },
    )
    assert decided.status_code == 303 and decided.headers["Location"] == "/safeguarding/"
    assert flash_text(follow(lead_client, decided)) == [
        f"Decision recorded for case {case_id}. The item has gone back to the moderators."
    ]
    case = case_for(app, item)
    assert case["decision"] == "referred" and case["decision_reference"] == "MASH-2026-114"
    assert case["decision_reasons"] == "Physical harm disclosed"
    assert case["decided_by_id"] == lead.id and 595 <= case["decision_seconds"] <= 700
    decided_events = [
        e
        for e in events(app, "safeguarding_case", case_id)
        if e["action"] == "safeguarding.decided"
    ]
    assert decided_events[0]["actor_id"] == lead.id
    assert "Physical harm" not in json.dumps(decided_events[0]["detail"])

    # The item is back for moderation, first in the queue, marked as decided by a lead.
    assert row(app, Submission, item)["status"] == "received"
    queue = moderator_client.get("/moderation/")
    assert _queue_ids(queue)[0] == item
    assert "Lead decided" in page(queue).select("table.portal-queue tbody tr")[0].get_text()

    # A second decision is refused; the first stands.
    second = post(
        lead_client,
        f"/safeguarding/cases/{case_id}/decision",
        {"decision": "no-further-action", "reasons": "Changed my mind"},
    )
    assert second.status_code == 409
    assert f"A decision on case {case_id} had already been recorded; yours was not saved." in text(
        second
    )
    assert case_for(app, item)["decision"] == "referred"


def test_moderator_escalates_with_one_button(app, signed_in, make_staff):
    lead = make_staff("safeguarding-lead")
    item = send_feedback(app, ORDINARY)
    assert case_for(app, item) is None
    moderator_client, moderator = signed_in("moderator")
    post(moderator_client, f"/moderation/items/{item}/claim")
    assert "Escalate to the safeguarding leads now" in text(
        moderator_client.get(f"/moderation/items/{item}")
    )

    no_reason = post(moderator_client, f"/moderation/items/{item}/escalate", {"reason": ""})
    assert no_reason.status_code == 422
    assert error_messages(no_reason) == ["Say why this is a safeguarding concern"]
    assert case_for(app, item) is None and outbox(app) == []

    escalated = post(
        moderator_client,
        f"/moderation/items/{item}/escalate",
        {"reason": "Dave may be a risk to this child"},
    )
    assert escalated.status_code == 303 and escalated.headers["Location"] == "/moderation/"
    case = case_for(app, item)
    assert flash_text(follow(moderator_client, escalated)) == [
        f"Item {item} is now safeguarding case {case['id']}. Every designated lead has been e-mailed."
    ]
    assert case["source"] == "moderator" and case["opened_by_id"] == moderator.id
    assert row(app, Submission, item)["status"] == "held"
    assert [m["to"] for m in outbox(app)] == [lead.email]
    assert "Dave" not in outbox(app)[0]["body"] and "rings me" not in outbox(app)[0]["body"]
    assert _queue_ids(moderator_client.get("/moderation/")) == []
    opened = [
        e
        for e in events(app, "safeguarding_case", case["id"])
        if e["action"] == "safeguarding.case-opened"
    ]
    assert opened[0]["actor_id"] == moderator.id

    # Pressing it again opens nothing more.
    post(moderator_client, f"/moderation/items/{item}/escalate", {"reason": "again"})
    assert len(outbox(app)) == 1

    from tests.support import staff as staff_support

    lead_client = app.test_client()
    staff_support.sign_in(lead_client, lead)
    shown = text(lead_client.get(f"/safeguarding/cases/{case['id']}"))
    assert f"Escalated by {moderator.name}, a moderator" in shown
    assert "Dave may be a risk to this child" in shown
    assert (
        page(lead_client.get(f"/safeguarding/cases/{case['id']}"))
        .select_one(".portal-original")
        .get_text()
        == ORDINARY
    )


def _enter_for_a_child(client, words: str) -> None:
    response = client.get("/staff/feedback/new?audience=child&channel=worker-assisted")
    assert response.status_code == 302, response.status_code
    survey = client.get(response.headers["Location"])
    data = MultiDict(form_fields(survey))
    data.update(MultiDict({**CHILD_ANSWERS, "q_anything_else": words}))
    data["step"] = "check"
    action = page(survey).find("form", {"method": "post", "novalidate": True})["action"]
    check = client.post(action, data=data)
    sent = client.post(action, data=MultiDict([*form_fields(check), ("step", "send")]))
    assert sent.status_code == 303


def test_worker_assisted_disclosure_names_the_worker(app, signed_in):
    lead_client, lead = signed_in("safeguarding-lead")
    worker_client, worker = signed_in("staff")
    _enter_for_a_child(worker_client, DISCLOSURE)
    with app.app_context():
        case_id = db.session.scalar(select(SafeguardingCase.id))
    assert case_id is not None
    assert [m["to"] for m in outbox(app)] == [lead.email]
    shown = text(lead_client.get(f"/safeguarding/cases/{case_id}"))
    assert f"This was entered by {worker.name} (worker assisted)" in shown
    assert "sent anonymously" not in shown


def test_timer_and_case_list_refresh_for_htmx(app, signed_in):
    lead_client, _ = signed_in("safeguarding-lead")
    item = send_feedback(app, DISCLOSURE)
    case_id = case_for(app, item)["id"]

    plain = lead_client.get(f"/safeguarding/cases/{case_id}/timer")
    assert plain.status_code == 302
    assert plain.headers["Location"].endswith(f"/safeguarding/cases/{case_id}")

    # The case page asks for its timer every 30 seconds: just the clock, never the words.
    timer = lead_client.get(f"/safeguarding/cases/{case_id}/timer", headers={"HX-Request": "true"})
    assert timer.status_code == 200
    body = timer.get_data(as_text=True)
    assert 'id="case-timer"' in body and "<html" not in body
    assert "minutes left" in body and "boyfriend" not in body

    # The case list refreshes itself the same way.
    listing = lead_client.get("/safeguarding/", headers={"HX-Request": "true"})
    assert listing.status_code == 200
    body = listing.get_data(as_text=True)
    assert 'id="case-list"' in body and "<html" not in body
    assert f"Case {case_id}" in body and "minutes left" in body


def test_reasons_made_only_of_spaces_are_refused(app, signed_in):
    item = send_feedback(app, ORDINARY)
    flagged = send_feedback(app, DISCLOSURE)
    moderator_client, _ = signed_in("moderator")
    lead_client, _ = signed_in("safeguarding-lead")
    post(moderator_client, f"/moderation/items/{item}/claim")
    case_id = case_for(app, flagged)["id"]

    decision = post(
        lead_client,
        f"/safeguarding/cases/{case_id}/decision",
        {"decision": "known", "reasons": "   "},
    )
    assert case_for(app, flagged)["decided_at"] is None
    assert decision.status_code == 422
    assert error_messages(decision) == ["Give the reasons for the decision"]

    escalation = post(moderator_client, f"/moderation/items/{item}/escalate", {"reason": "   "})
    assert case_for(app, item) is None
    assert escalation.status_code == 422
    assert error_messages(escalation) == ["Say why this is a safeguarding concern"]
