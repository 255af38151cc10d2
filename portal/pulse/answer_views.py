"""The staff member's side of a pulse: their personal link, the questions, and the thanks.

These pages are public on purpose: the link is the only credential, and it works once.
"""

from __future__ import annotations

from flask import Blueprint, redirect, url_for

from portal.htmx import render
from portal.pulse import answering
from portal.pulse.answer_forms import answer_form
from portal.pulse.answering import Link, LinkState, Outcome

bp = Blueprint("pulse", __name__, url_prefix="/pulse")

TITLES = {
    LinkState.UNKNOWN: "This link does not work",
    LinkState.USED: "You have already answered this round",
    LinkState.CLOSED: "This pulse has closed",
}
STATUS = {LinkState.UNKNOWN: 404, LinkState.USED: 410, LinkState.CLOSED: 410}


def _not_answerable(link: Link):
    """The page for a link that cannot be answered: unknown, used (with replies) or closed."""
    comments = (
        answering.published_comments(link.round.id)
        if link.state == LinkState.USED and link.round
        else []
    )
    return render(
        f"pulse/answer_{link.state}.html",
        status=STATUS[link.state],
        title=TITLES[link.state],
        pulse_round=link.round,
        comments=comments,
    )


def _questions_page(link: Link, form, status: int = 200):
    return render(
        "pulse/answer.html",
        status=status,
        title=link.round.title,
        pulse_round=link.round,
        form=form,
        page_has_errors=bool(form.errors),
    )


@bp.get("/<token>")
def answer(token: str):
    """The round's questions, if this link is unused and the round is open."""
    link = answering.find_link(token)
    if link.state != LinkState.OPEN:
        return _not_answerable(link)
    form = answer_form(answering.round_questions(link.round.version_id), formdata=None)
    return _questions_page(link, form)


@bp.post("/<token>")
def send(token: str):
    """Check the answers, then use the link and store them; a second use stores nothing."""
    link = answering.find_link(token)
    if link.state != LinkState.OPEN:
        return _not_answerable(link)
    questions = answering.round_questions(link.round.version_id)
    form = answer_form(questions)
    if not form.validate():
        return _questions_page(link, form, status=400)
    outcome = answering.save_answers(token, questions, form.answered(), form.comment())
    if outcome != Outcome.SAVED:
        # Lost a race: the other copy of a double tap, or the round closed a moment ago.
        return _not_answerable(answering.find_link(token))
    # Post/Redirect/Get to a page whose address holds no token, so it is safe to refresh,
    # bookmark or share, and the link never lingers in the address bar.
    return redirect(url_for("pulse.thanks"), code=303)


@bp.get("/thanks")
def thanks():
    """Thanks, and what happens to the answers."""
    return render("pulse/answer_thanks.html", title="Thank you, your answers are saved")
