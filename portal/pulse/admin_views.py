"""Admins build pulses: the question bank, teams and the roster, surveys and their rounds."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("pulse_admin", __name__, url_prefix="/admin/pulse")
