"""Demo staff pulse: teams under the demo agencies, a roster, and six months of past rounds.

Everything here is invented. It needs the demo organisations and users (portal.seed.demo)
and the question bank. Running it twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import timedelta

from sqlalchemy import insert, select

from portal.extensions import db
from portal.models import (
    Answer,
    Organisation,
    PulseAnswer,
    PulseAudience,
    PulseInvitation,
    PulseQuestion,
    PulseReply,
    PulseResponse,
    PulseRound,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Question,
    Service,
    StaffMember,
    Submission,
    Survey,
    SurveyVersion,
    Team,
    User,
)
from portal.models.common import Audience, Channel, SubmissionStatus, utcnow
from portal.pulse.bank import AGREE_SCALE, EMPLOYMENT_KEY, ENPS

DEMO_PULSE = "Monthly staff pulse"
ROUNDS = 6
# (agency slug, service code or None, team name, staff, mood, improving each month)
TEAMS = [
    ("council", "MASH", "Front Door duty team A", 14, 0.1, 0.06),
    ("council", "MASH", "Front Door duty team B", 9, -0.3, 0.0),
    ("council", "CARE", "Children in Care team 1", 16, -0.5, 0.12),
    ("council", "CARE", "Children in Care team 2", 11, 0.2, 0.0),
    ("council", "FOSTER", "Fostering assessment team", 8, 0.5, 0.0),
    ("council", "LEAVE", "Leaving Care personal advisers", 12, 0.0, 0.05),
    ("council", "EARLY", "Early Help locality north", 4, 0.3, 0.0),
    ("nhs", "CAMHS", "CAMHS getting help team", 13, -0.2, 0.04),
    ("nhs", "NURSE", "School nursing east", 7, 0.4, 0.0),
    ("police", "EXPLOIT", "Child exploitation investigators", 10, -0.4, 0.08),
    ("probation", "YJS", "Youth Justice case managers", 3, 0.0, 0.0),
    ("voluntary", "ADVOC", "Independent advocates", 6, 0.6, 0.0),
]
COMMENTS = [
    "Supervision has been much more regular since the new team manager started, thank you.",
    "Caseloads are still too high to do proper direct work with the children we hold.",
    "The recording system crashes most afternoons and we lose notes.",
]
REPLY = (
    "Thank you for saying this. We have raised the recording system problems with IT and "
    "will report back at the next team meeting."
)


def seed_pulse_demo(rng: random.Random) -> bool:
    """Create the demo pulse with six past rounds; False (and nothing done) if it exists."""
    if db.session.scalar(select(PulseSurvey.id).where(PulseSurvey.title == DEMO_PULSE)):
        return False
    agencies = {o.slug: o for o in db.session.scalars(select(Organisation))}
    services = {s.code: s for s in db.session.scalars(select(Service))}
    teams: list[tuple[Team, int, float, float]] = []
    for slug, code, name, staff, mood, improving in TEAMS:
        team = Team(organisation_id=agencies[slug].id, service_id=services[code].id, name=name)
        db.session.add(team)
        teams.append((team, staff, mood, improving))
    db.session.flush()
    roster: list[tuple[int, int, float, float]] = []  # staff id, team id, mood, improving
    for team, staff, mood, improving in teams:
        for number in range(staff):
            member = StaffMember(
                email=f"{team.name.lower().replace(' ', '.')}.{number + 1}@staff.demo.example",
                team_id=team.id,
            )
            db.session.add(member)
            db.session.flush()
            roster.append((member.id, team.id, mood, improving))

    questions = list(db.session.scalars(select(PulseQuestion).order_by(PulseQuestion.id)))
    survey = PulseSurvey(title=DEMO_PULSE, cadence="monthly", threshold=5)
    survey.audience = [PulseAudience(organisation_id=o.id) for o in agencies.values()]
    version = PulseSurveyVersion(survey=survey, number=1)
    version.questions = [
        PulseSurveyQuestion(question_id=q.id, position=n) for n, q in enumerate(questions)
    ]
    db.session.add_all([survey, version])
    db.session.flush()

    employment = {
        staff_id: rng.choices(["permanent", "agency", "other", None], weights=[70, 22, 5, 3])[0]
        for staff_id, *_ in roster
    }
    now = utcnow()
    last_round = None
    for month in range(ROUNDS):
        opened = now - timedelta(days=30 * (ROUNDS - month))
        pulse_round = PulseRound(
            version_id=version.id,
            opened_at=opened,
            closes_at=opened + timedelta(days=7),
            threshold=survey.threshold,
            invited=len(roster),
        )
        db.session.add(pulse_round)
        db.session.flush()
        _answers(pulse_round.id, roster, employment, questions, month, rng)
        last_round = pulse_round
    survey.next_round_at = now + timedelta(days=30)
    _comments(last_round.id, rng)
    return True


def _answers(round_id, roster, employment, questions, month, rng) -> None:
    """Everyone invited, about three in four answering, moods by team, some improving."""
    invitations, responses, answers = [], [], []
    for staff_id, team_id, mood, improving in roster:
        answered = rng.random() < 0.78
        invitations.append(
            {
                "round_id": round_id,
                "staff_member_id": staff_id,
                "team_id": team_id,
                "token_hash": hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
                "used": answered,
                "reminders": 0 if answered else 2,
            }
        )
        if not answered:
            continue
        response_id = uuid.uuid4().hex
        kind = employment[staff_id]
        responses.append(
            {"id": response_id, "round_id": round_id, "team_id": team_id, "employment": kind}
        )
        centre = 3.2 + mood + improving * month * 5 - (0.3 if kind == "agency" else 0)
        for question in questions:
            row = {"response_id": response_id, "question_id": question.id}
            if question.kind == AGREE_SCALE:
                if rng.random() < 0.05:
                    continue  # people skip a question now and then
                row["number_value"] = max(1, min(5, round(rng.gauss(centre, 0.9))))
                row["choice_value"] = None
            elif question.kind == ENPS:
                row["number_value"] = max(0, min(10, round(rng.gauss(centre * 2 + 0.5, 2.0))))
                row["choice_value"] = None
            elif question.key == EMPLOYMENT_KEY and kind is not None:
                row["number_value"] = None
                row["choice_value"] = kind
            else:
                continue
            answers.append(row)
    db.session.execute(insert(PulseInvitation.__table__), invitations)
    if responses:
        db.session.execute(insert(PulseResponse.__table__), responses)
    if answers:
        db.session.execute(insert(PulseAnswer.__table__), answers)


def _comments(round_id: int, rng: random.Random) -> None:
    """A few staff comments, moderated and published, and a manager's reply to one."""
    version_id, question_id = db.session.execute(
        select(SurveyVersion.id, Question.id)
        .join(Survey, SurveyVersion.survey_id == Survey.id)
        .join(Question, Question.survey_version_id == SurveyVersion.id)
        .where(Survey.slug == "staff-pulse-comments")
        .order_by(SurveyVersion.id.desc())
        .limit(1)
    ).one()
    moderator = db.session.scalar(select(User).where(User.email == "moderator@demo.example"))
    manager = db.session.scalar(select(User).where(User.email == "manager@demo.example"))
    now = utcnow()
    submissions = []
    for text in COMMENTS:
        token = uuid.uuid4().hex
        submission = Submission(
            survey_version_id=version_id,
            audience=Audience.STAFF,
            channel=Channel.ONLINE,
            status=SubmissionStatus.PUBLISHED,
            submitted_at=now - timedelta(days=rng.randint(20, 28)),
            idempotency_hash=hashlib.sha256(f"pulse-demo-{token}".encode()).hexdigest(),
            receipt_hash=hashlib.sha256(f"pulse-demo-receipt-{token}".encode()).hexdigest(),
            pulse_round_id=round_id,
            sentiment="mixed",
            criticality=1,
            moderated_at=now - timedelta(days=18),
            moderated_by_id=moderator.id if moderator else None,
        )
        submission.answers = [
            Answer(question_id=question_id, text_value=text, redacted_text=text, redactions=[])
        ]
        db.session.add(submission)
        submissions.append(submission)
    db.session.flush()
    if manager is not None:
        db.session.add(
            PulseReply(
                submission_id=submissions[2].id,
                round_id=round_id,
                author_id=manager.id,
                text=REPLY,
                created_at=now - timedelta(days=15),
            )
        )
