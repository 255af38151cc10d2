"""Pulse results for managers, the board and admins: never a number for a group too small."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("pulse_results", __name__, url_prefix="/staff/pulse")
