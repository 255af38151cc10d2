"""Typed SQLAlchemy models, split by feature. Import from here."""

from portal.models.analysis import AnalysisModel, SubmissionTheme
from portal.models.audit import AuditEvent
from portal.models.organisations import Organisation, Service
from portal.models.outbox import OutboxMessage
from portal.models.pulse import (
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
    StaffMember,
    Team,
)
from portal.models.safeguarding import SafeguardingCase, Setting
from portal.models.submissions import Answer, Submission
from portal.models.surveys import Question, Survey, SurveyVersion
from portal.models.themes import Theme
from portal.models.users import StaffSession, User, UserRole

__all__ = [
    "AnalysisModel",
    "Answer",
    "AuditEvent",
    "Organisation",
    "OutboxMessage",
    "PulseAnswer",
    "PulseAudience",
    "PulseInvitation",
    "PulseQuestion",
    "PulseReply",
    "PulseResponse",
    "PulseRound",
    "PulseSurvey",
    "PulseSurveyQuestion",
    "PulseSurveyVersion",
    "Question",
    "SafeguardingCase",
    "Service",
    "Setting",
    "StaffMember",
    "StaffSession",
    "Submission",
    "SubmissionTheme",
    "Survey",
    "SurveyVersion",
    "Team",
    "Theme",
    "User",
    "UserRole",
]
