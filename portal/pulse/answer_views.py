"""The staff member's side of a pulse: their personal link, the questions, and the thanks."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("pulse", __name__, url_prefix="/pulse")
