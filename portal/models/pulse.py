"""Staff pulse surveys: teams, the roster, the question bank, surveys, rounds and answers.

Anonymity is built into the shape of the tables. An invitation knows who it was sent to and
whether it has been used; a response knows only its round, the team the invitation was for
(needed for team results, which are suppressed below the threshold) and what the person said
about their employment type. Nothing joins a response to an invitation or a person: no foreign
key, no shared token, no timestamp finer than the round, and a random identifier, so not even
the order of rows lines them up.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.types import UTCDateTime


class Team(db.Model):
    """A team within a service or an agency: the smallest group pulse results are shown for."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation = relationship("Organisation")
    service = relationship("Service")


class StaffMember(db.Model):
    """Someone on the pulse roster: an address to send a link to, and their team. No answers."""

    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    team = relationship("Team")


class PulseQuestion(db.Model):
    """A question in the bank. Retired questions stay, so old rounds keep their wording."""

    __tablename__ = "pulse_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # agree-scale, enps, choice, comment
    options: Mapped[list[dict]] = mapped_column(JSON, default=list)  # for "choice"
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PulseSurvey(db.Model):
    """A pulse: who it goes to, how often, and the smallest group whose results are shown."""

    __tablename__ = "pulse_survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    cadence: Mapped[str] = mapped_column(String(20))  # weekly, fortnightly, monthly, quarterly
    threshold: Mapped[int] = mapped_column(default=5)  # never below 3
    active: Mapped[bool] = mapped_column(default=True)
    next_round_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)

    audience: Mapped[list[PulseAudience]] = relationship(cascade="all, delete-orphan")
    versions: Mapped[list[PulseSurveyVersion]] = relationship(
        back_populates="survey", order_by="PulseSurveyVersion.number"
    )


class PulseAudience(db.Model):
    """One part of a pulse's audience: a whole agency, a service, or a team."""

    __tablename__ = "pulse_audience"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("pulse_survey.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)


class PulseSurveyVersion(db.Model):
    """The questions of a pulse at one time. Editing a pulse that has answers adds a version."""

    __tablename__ = "pulse_survey_version"
    __table_args__ = (UniqueConstraint("survey_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("pulse_survey.id"), index=True)
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    survey: Mapped[PulseSurvey] = relationship(back_populates="versions")
    questions: Mapped[list[PulseSurveyQuestion]] = relationship(
        order_by="PulseSurveyQuestion.position", cascade="all, delete-orphan"
    )


class PulseSurveyQuestion(db.Model):
    __tablename__ = "pulse_survey_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("pulse_survey_version.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("pulse_question.id"), index=True)
    position: Mapped[int]

    question = relationship("PulseQuestion")


class PulseRound(db.Model):
    """One sending of a pulse. Its threshold is copied when it opens and never changes."""

    __tablename__ = "pulse_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("pulse_survey_version.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    threshold: Mapped[int]
    invited: Mapped[int] = mapped_column(default=0)
    first_reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # day 3
    second_reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # day 5

    version = relationship("PulseSurveyVersion")


class PulseInvitation(db.Model):
    """A personal link that works once. It records that it was used, never what was answered."""

    __tablename__ = "pulse_invitation"
    __table_args__ = (UniqueConstraint("round_id", "staff_member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pulse_round.id"), index=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    used: Mapped[bool] = mapped_column(default=False, index=True)
    reminders: Mapped[int] = mapped_column(default=0)


class PulseResponse(db.Model):
    """One person's answers to a round, with nothing that leads back to them."""

    __tablename__ = "pulse_response"
    # Results count responses per round, team and employment type straight off this index.
    __table_args__ = (
        Index("ix_pulse_response_round_team_employment", "round_id", "team_id", "employment", "id"),
    )

    # Random, so the order of rows says nothing about the order people answered in.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pulse_round.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    employment: Mapped[str | None] = mapped_column(String(20))  # permanent, agency, other

    answers: Mapped[list[PulseAnswer]] = relationship(cascade="all, delete-orphan")


class PulseAnswer(db.Model):
    __tablename__ = "pulse_answer"
    # A round's scores are read from this index alone (an index-only scan on PostgreSQL).
    __table_args__ = (
        Index(
            "ix_pulse_answer_response_question_value", "response_id", "question_id", "number_value"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[str] = mapped_column(ForeignKey("pulse_response.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("pulse_question.id"), index=True)
    number_value: Mapped[int | None]  # agree scale 1-5, eNPS 0-10
    choice_value: Mapped[str | None] = mapped_column(String(60))


class PulseReply(db.Model):
    """A manager's reply to a published anonymous comment, shown to everyone in the round."""

    __tablename__ = "pulse_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pulse_round.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author = relationship("User")


class PulseResultGroup(db.Model):
    """How many responded in a closed round, per team and employment type (written once).

    Written with the round's `PulseResultCell`s in one transaction when the round closes
    (`portal.pulse.totals`), so a round has both or neither. Counts only, never a response.
    """

    __tablename__ = "pulse_result_group"
    __table_args__ = (UniqueConstraint("round_id", "team_id", "employment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pulse_round.id"))  # by the unique key
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    employment: Mapped[str | None] = mapped_column(String(20))
    responses: Mapped[int]


class PulseResultCell(db.Model):
    """Answer totals of a closed round per team, employment type and scored question.

    The same sums the results would otherwise take from every answer: how many answered, the
    sum of the values, and how many were 4 or more (favourable; read for agree scales), 9 or
    more (promoters) and 6 or less (detractors; both read for eNPS). Written once, when the
    round closes, by `portal.pulse.totals`.
    """

    __tablename__ = "pulse_result_cell"
    __table_args__ = (UniqueConstraint("round_id", "team_id", "employment", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pulse_round.id"))  # by the unique key
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    employment: Mapped[str | None] = mapped_column(String(20))
    question_id: Mapped[int] = mapped_column(ForeignKey("pulse_question.id"), index=True)
    answered: Mapped[int]
    total: Mapped[int]
    favourable: Mapped[int]
    promoters: Mapped[int]
    detractors: Mapped[int]
