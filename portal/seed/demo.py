"""Demo data: partner agencies, services, one user per role and a year of feedback.

Everything here is invented. Running it twice changes nothing the second time.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources

from sqlalchemy import func, select

from portal.analysis import Span, analyse
from portal.analysis import redact as redact_spans
from portal.analysis_store import suggested_themes_column
from portal.auth.passwords import hash_password
from portal.auth.two_factor import new_secret
from portal.extensions import db
from portal.feedback.receipts import (
    new_submission_token,
    receipt_code_for,
    receipt_hash,
    token_hash,
)
from portal.feedback.surveys import current_definition
from portal.models import (
    Answer,
    AuditEvent,
    Organisation,
    SafeguardingCase,
    Service,
    Submission,
    SubmissionTheme,
    Theme,
    User,
    UserRole,
)
from portal.models.common import Channel, QuestionKind, Role, SubmissionStatus, utcnow
from portal.seed.pulse_demo import seed_pulse_demo

DEMO_EMAIL_DOMAIN = "demo.example"

ORGANISATIONS = [
    (
        "council",
        "Northbrook Council Children's Services",
        "council",
        [
            ("Front Door (MASH)", "MASH"),
            ("Children in Care Team", "CARE"),
            ("Fostering Service", "FOSTER"),
            ("Leaving Care Team", "LEAVE"),
            ("Early Help Hub", "EARLY"),
        ],
    ),
    (
        "nhs",
        "Northbrook Health NHS Trust",
        "health",
        [
            ("Children's Mental Health Service (CAMHS)", "CAMHS"),
            ("School Nursing Team", "NURSE"),
        ],
    ),
    ("police", "Northbrook Police", "police", [("Child Exploitation Team", "EXPLOIT")]),
    ("probation", "Probation Service, Northbrook", "probation", [("Youth Justice Service", "YJS")]),
    (
        "voluntary",
        "Northbrook Voices (voluntary sector)",
        "voluntary",
        [
            ("Independent Advocacy", "ADVOC"),
            ("Young Carers Project", "YCARER"),
        ],
    ),
]

DEMO_USERS = [
    ("admin", "Alex Admin", Role.ADMIN, "council"),
    ("moderator", "Morgan Moderator", Role.MODERATOR, "council"),
    ("lead", "Sam Safeguarding-Lead", Role.SAFEGUARDING_LEAD, "council"),
    ("board", "Bea Board-Member", Role.BOARD, "nhs"),
    ("manager", "Max Team-Manager", Role.MANAGER, "council"),
    ("staff", "Sasha Social-Worker", Role.STAFF, "council"),
]


@dataclass(frozen=True)
class DemoSignIn:
    email: str
    password: str
    role: str
    totp_secret: str


def demo_password(handle: str) -> str:
    return f"demo-{handle}-password"


def _organisations() -> dict[str, Organisation]:
    by_slug = {o.slug: o for o in db.session.scalars(select(Organisation))}
    for slug, name, kind, services in ORGANISATIONS:
        if slug in by_slug:
            continue
        organisation = Organisation(slug=slug, name=name, kind=kind)
        organisation.services = [Service(name=n, code=code) for n, code in services]
        db.session.add(organisation)
        by_slug[slug] = organisation
    db.session.flush()
    return by_slug


def _users(organisations: dict[str, Organisation]) -> list[DemoSignIn]:
    sign_ins = []
    for handle, name, role, org_slug in DEMO_USERS:
        email = f"{handle}@{DEMO_EMAIL_DOMAIN}"
        user = db.session.scalar(select(User).where(User.email == email))
        if user is None:
            user = User(
                email=email,
                name=name,
                organisation_id=organisations[org_slug].id,
                password_hash=hash_password(demo_password(handle)),
                # Enrolled already, so the demo can be tried without scanning a QR code:
                # add the printed key to an authenticator app, or use `flask demo-code`.
                totp_secret=new_secret(),
                totp_confirmed_at=utcnow(),
            )
            user.roles = [UserRole(role=role)]
            db.session.add(user)
        sign_ins.append(DemoSignIn(email, demo_password(handle), role, user.totp_secret or ""))
    return sign_ins


def _demo_texts() -> dict[str, list[str]]:
    return json.loads(resources.files("portal.seed").joinpath("demo_texts.json").read_text())


def _answer_for(question, rng: random.Random, mood: float, texts: list[str]):
    """A plausible answer: face scales and choices lean the same way as the person's mood."""
    if rng.random() < 0.12:
        return None  # people skip questions
    if question.kind == QuestionKind.FACE_SCALE:
        centre = 1 + mood * 4
        return str(max(1, min(5, round(rng.gauss(centre, 0.8)))))
    if question.kind == QuestionKind.FREE_TEXT:
        return rng.choice(texts) if rng.random() < 0.7 else None
    choices = [value for value, _ in question.choices]
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return rng.sample(choices[:-1], k=rng.randint(1, 3))
    index = min(len(choices) - 1, int((1 - mood) * len(choices) * rng.uniform(0.6, 1.2)))
    return choices[index]


def _staff(handle: str) -> User:
    return db.session.scalar(select(User).where(User.email == f"{handle}@{DEMO_EMAIL_DOMAIN}"))


def _moderate(submission: Submission, result, rng: random.Random, themes: dict[str, int]) -> None:
    """What a moderator would have recorded for an item dealt with already."""
    moderator = _staff("moderator")
    waited = timedelta(hours=rng.uniform(1, 60))
    submission.moderated_at = submission.submitted_at + waited
    submission.moderated_by_id = moderator.id
    submission.moderation_seconds = int(waited.total_seconds())
    if submission.status == SubmissionStatus.REJECTED:
        submission.reject_reason = rng.choice(["spam", "off-topic"])
        return
    submission.sentiment = result.sentiment if result else "neutral"
    submission.criticality = {"negative": 3, "mixed": 2}.get(submission.sentiment, 0)
    for answer in submission.answers:
        if answer.text_value:
            spans = [Span(s.kind, s.start, s.end, s.text) for s in (result.pii if result else ())]
            answer.redacted_text = redact_spans(answer.text_value, spans)
            answer.redactions = [{"kind": s.kind, "start": s.start, "end": s.end} for s in spans]
    for suggestion in result.themes[:2] if result else ():
        submission.themes.append(
            SubmissionTheme(
                theme_id=themes[suggestion.slug],
                was_suggested=True,
                confirmed_by_id=moderator.id,
                confirmed_at=submission.moderated_at,
            )
        )


def _decided_case(submission: Submission, result, rng: random.Random) -> SafeguardingCase:
    """A flagged demo item's case, acknowledged and decided by the demo lead."""
    lead = _staff("lead")
    acknowledged_after = timedelta(minutes=rng.uniform(3, 45))
    decided_after = acknowledged_after + timedelta(minutes=rng.uniform(10, 120))
    opened = submission.submitted_at
    return SafeguardingCase(
        submission=submission,
        source="analysis",
        category=result.safeguarding.category,
        opened_at=opened,
        due_at=opened + timedelta(minutes=30),
        acknowledged_at=opened + acknowledged_after,
        acknowledged_by_id=lead.id,
        acknowledge_seconds=int(acknowledged_after.total_seconds()),
        acknowledged_within_target=acknowledged_after <= timedelta(minutes=30),
        decision=rng.choice(["referred", "known", "known", "no-further-action"]),
        decision_reasons="Demo decision: checked with the allocated team.",
        decided_at=opened + decided_after,
        decided_by_id=lead.id,
        decision_seconds=int(decided_after.total_seconds()),
    )


def _submissions(secret: str, count: int, rng: random.Random) -> int:
    services = list(db.session.scalars(select(Service)))
    themes = dict(db.session.execute(select(Theme.slug, Theme.id)).all())
    texts = _demo_texts()
    audiences = ["child"] * 3 + ["young-person"] * 4 + ["care-leaver"] * 2 + ["carer"] * 3
    definitions = {a: current_definition(a) for a in set(audiences)}
    now = utcnow()
    for _ in range(count):
        audience = rng.choice(audiences)
        definition = definitions[audience]
        age = timedelta(days=rng.uniform(0, 365), seconds=rng.uniform(0, 86400))
        submitted = now - age
        mood = rng.betavariate(2, 2)
        answers = {}
        for question in definition.questions:
            value = _answer_for(question, rng, mood, texts[audience])
            if value is not None:
                answers[question.key] = value
        roll = rng.random()
        channel = (
            Channel.ONLINE
            if roll < 0.8
            else (Channel.WORKER_ASSISTED if roll < 0.95 else Channel.PAPER)
        )
        if age < timedelta(days=14):
            status = SubmissionStatus.RECEIVED
        else:
            status = rng.choices(
                [SubmissionStatus.PUBLISHED, SubmissionStatus.PRIVATE, SubmissionStatus.REJECTED],
                weights=[75, 20, 5],
            )[0]
        token = new_submission_token()
        free_text = answers.get("anything_else")
        result = analyse(free_text, audience) if free_text else None
        stored = result.to_json() if result else None
        submission = Submission(
            survey_version_id=definition.version_id,
            audience=audience,
            service_id=rng.choice(services).id if rng.random() < 0.85 else None,
            channel=channel,
            status=status,
            submitted_at=submitted,
            idempotency_hash=token_hash(secret, token),
            receipt_hash=receipt_hash(secret, receipt_code_for(secret, token)),
            analysis=stored,
            urgent=bool(result and result.safeguarding.flag),
            suggested_themes=suggested_themes_column(stored),
        )
        for question in definition.questions:
            value = answers.get(question.key)
            if value is None:
                continue
            answer = Answer(question_id=question.id)
            if question.kind == QuestionKind.FACE_SCALE:
                answer.number_value = int(value)
            elif question.kind == QuestionKind.MULTIPLE_CHOICE:
                answer.choices_value = value
            elif question.kind == QuestionKind.FREE_TEXT:
                answer.text_value = value
            else:
                answer.choice_value = value
            submission.answers.append(answer)
        if status != SubmissionStatus.RECEIVED:
            _moderate(submission, result, rng, themes)
        if submission.urgent:
            # Demo disclosures were all dealt with by the lead; a new one shows the live path.
            db.session.add(_decided_case(submission, result, rng))
        db.session.add(submission)
        db.session.flush()
        db.session.add(
            AuditEvent(
                at=submitted,
                actor_kind="system",
                action="submission.received",
                entity_type="submission",
                entity_id=submission.id,
                detail={"channel": str(channel), "audience": audience, "demo": True},
            )
        )
    return count


def seed_demo(
    secret: str, submissions: int = 300, random_seed: int = 2026
) -> tuple[list[DemoSignIn], int]:
    """Create the demo partnership; add submissions only when there are none yet."""
    organisations = _organisations()
    sign_ins = _users(organisations)
    db.session.flush()
    added = 0
    if not db.session.scalar(select(func.count()).select_from(Submission)):
        # Seeded on purpose: the demo is the same every time (nothing secret is drawn here).
        added = _submissions(secret, submissions, random.Random(random_seed))  # noqa: S311
    seed_pulse_demo(random.Random(random_seed))  # noqa: S311 - invented data, same every time
    db.session.commit()
    return sign_ins, added
