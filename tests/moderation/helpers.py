"""Feedback sent through the real public journey, for the moderation tests to work on."""

from __future__ import annotations

from sqlalchemy import select

from portal.extensions import db
from portal.models import Submission
from tests.feedback.helpers import CHILD_ANSWERS, check_answers, send_data

DISCLOSURE = "my mums boyfriend hits me when shes at work"
ORDINARY = "My social worker Dave never rings me back and I waited 3 months for my review"


def send_feedback(app, words: str, audience: str = "child") -> int:
    """Send one child's feedback with these words as their free text; return its id."""
    client = app.test_client()
    answers = {**CHILD_ANSWERS, "q_anything_else": words}
    check = check_answers(client, audience, answers)
    sent = client.post(f"/feedback/{audience}", data=send_data(check))
    assert sent.status_code == 303, sent.get_data(as_text=True)[:500]
    with app.app_context():
        return db.session.scalar(select(Submission.id).order_by(Submission.id.desc()).limit(1))


# --- Added for the moderation suite: arranging states in the database, and reading pages. ---

import itertools  # noqa: E402
import uuid  # noqa: E402
from datetime import timedelta  # noqa: E402

from sqlalchemy import insert, update  # noqa: E402
from werkzeug.datastructures import MultiDict  # noqa: E402

from portal.models import (  # noqa: E402
    Answer,
    AuditEvent,
    Organisation,
    OutboxMessage,
    SafeguardingCase,
    Service,
)
from portal.models.common import utcnow  # noqa: E402
from tests.support.html import csrf_token, page  # noqa: E402

# Words of the disclosure that must never leave the portal's sign-in-protected pages.
DISCLOSURE_WORDS = ("mums", "boyfriend", "hits me")
_codes = itertools.count(1)


def send_feedback_for_service(app, words: str, service_code: str) -> int:
    """Send a child's feedback about one service (as the service's QR link does)."""
    client = app.test_client()
    answers = {**CHILD_ANSWERS, "q_anything_else": words}
    check = check_answers(client, "child", answers, query=f"?service={service_code}")
    sent = client.post("/feedback/child", data=send_data(check))
    assert sent.status_code == 303, sent.get_data(as_text=True)[:500]
    with app.app_context():
        return db.session.scalar(select(Submission.id).order_by(Submission.id.desc()).limit(1))


def add_service(app, organisation: str, service: str) -> tuple[int, int, str]:
    """An agency with one service; returns (agency id, service id, service code)."""
    code = f"SVC{next(_codes)}{uuid.uuid4().hex[:4].upper()}"
    with app.app_context():
        agency = Organisation(slug=code.lower(), name=organisation, kind="council")
        agency.services = [Service(name=service, code=code)]
        db.session.add(agency)
        db.session.commit()
        return agency.id, agency.services[0].id, code


def clone_submission(app, source_id: int, **changes) -> int:
    """A copy of a real submission (answers and all), with some columns changed."""
    with app.app_context():
        source = db.session.get(Submission, source_id)
        values = {
            column.key: getattr(source, column.key)
            for column in Submission.__table__.columns
            if column.key != "id"
        }
        values.update(idempotency_hash=uuid.uuid4().hex, receipt_hash=uuid.uuid4().hex, **changes)
        new_id = db.session.execute(
            insert(Submission.__table__).returning(Submission.__table__.c.id), values
        ).scalar_one()
        for answer in source.answers:
            row = {
                column.key: getattr(answer, column.key)
                for column in Answer.__table__.columns
                if column.key != "id"
            }
            row["submission_id"] = new_id
            db.session.execute(insert(Answer.__table__), row)
        db.session.commit()
        return new_id


def change(app, model, row_id: int, **values) -> None:
    """Set columns on one row directly in the database (to arrange a state)."""
    with app.app_context():
        db.session.execute(update(model).where(model.id == row_id).values(**values))
        db.session.commit()


def row(app, model, row_id: int) -> dict:
    """One row's columns as the database holds them now."""
    with app.app_context():
        found = db.session.get(model, row_id)
        assert found is not None, f"no {model.__name__} {row_id}"
        return {column.key: getattr(found, column.key) for column in model.__table__.columns}


def case_for(app, submission_id: int) -> dict | None:
    with app.app_context():
        found = db.session.scalar(
            select(SafeguardingCase).where(SafeguardingCase.submission_id == submission_id)
        )
        if found is None:
            return None
        return {c.key: getattr(found, c.key) for c in SafeguardingCase.__table__.columns}


def events(app, entity_type: str | None = None, entity_id: int | None = None) -> list[dict]:
    """Audit events, oldest first, optionally about one entity."""
    with app.app_context():
        query = select(AuditEvent).order_by(AuditEvent.id)
        if entity_type:
            query = query.where(AuditEvent.entity_type == entity_type)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        return [
            {
                "action": e.action,
                "actor_id": e.actor_id,
                "actor_kind": e.actor_kind,
                "detail": e.detail,
                "entity_id": e.entity_id,
                "at": e.at,
            }
            for e in db.session.scalars(query)
        ]


def outbox(app) -> list[dict]:
    with app.app_context():
        return [
            {
                "to": m.to_address,
                "subject": m.subject,
                "body": m.body_text,
                "attempts": m.attempts,
                "sent_at": m.sent_at,
                "send_after": m.send_after,
                "last_error": m.last_error,
            }
            for m in db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        ]


def minutes_ago(minutes: float):
    return utcnow() - timedelta(minutes=minutes)


def token(client) -> str:
    """A CSRF token for this signed-in client (taken from the staff home page once).

    Kept on the client itself: a cache keyed by id() handed a later client, which Python had
    given a dead client's id, that dead client's token.
    """
    cached = getattr(client, "portal_csrf_token", None)
    if cached is None:
        cached = client.portal_csrf_token = csrf_token(client.get("/staff/"))
    return cached


def post(client, url: str, data=None, headers=None):
    """POST a form as the browser does, with the session's CSRF token."""
    form = MultiDict(data or {})
    form["csrf_token"] = token(client)
    return client.post(url, data=form, headers=headers or {})


def flash_text(response) -> list[str]:
    return [p.get_text(" ", strip=True) for p in page(response).select("[role=status]")]


def follow(client, response):
    """Follow a redirect and return the page it leads to."""
    assert response.status_code in (302, 303), response.status_code
    return client.get(response.headers["Location"])


def moderation_form(response) -> MultiDict:
    """What the item page's moderation form would send as it stands (checked boxes, text)."""
    form = page(response).find("form", id="moderation-form")
    assert form is not None, "the item page has no moderation form"
    data = MultiDict()
    for field in form.find_all(["input", "textarea"]):
        name = field.get("name")
        if not name or name == "csrf_token":
            continue
        kind = field.get("type", "text")
        if field.name == "textarea":
            data.add(name, field.get_text())
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.add(name, field["value"])
        elif kind != "submit":
            data.add(name, field.get("value", ""))
    return data


def checked(response, name: str) -> list[str]:
    return [
        field["value"]
        for field in page(response).select(f"input[name={name}]")
        if field.has_attr("checked")
    ]


def options(response, name: str) -> list[str]:
    return [field["value"] for field in page(response).select(f"input[name={name}]")]
