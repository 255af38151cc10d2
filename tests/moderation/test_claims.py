"""Claiming items, claims running out, and two moderators saving the same item."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from portal.extensions import db
from portal.models import Submission, SubmissionTheme
from portal.models.common import utcnow
from tests.moderation.helpers import (
    ORDINARY,
    change,
    checked,
    events,
    flash_text,
    follow,
    minutes_ago,
    moderation_form,
    post,
    row,
    send_feedback,
)
from tests.support.html import page, text


def _themes(app, submission_id: int) -> list[tuple[str, bool, int]]:
    with app.app_context():
        from portal.models import Theme

        return sorted(
            db.session.execute(
                select(Theme.slug, SubmissionTheme.was_suggested, SubmissionTheme.confirmed_by_id)
                .join(Theme, Theme.id == SubmissionTheme.theme_id)
                .where(SubmissionTheme.submission_id == submission_id)
            ).all()
        )


def _claim_button_for(response, submission_id: int):
    return [
        button
        for button in page(response).select("table.portal-queue button")
        if button.get_text(" ", strip=True).endswith(f"item {submission_id}")
    ]


def test_claims_expire_release_and_next_skips_items_others_hold(app, signed_in):
    oldest = send_feedback(app, ORDINARY)
    middle = send_feedback(app, ORDINARY)
    newest = send_feedback(app, ORDINARY)
    alice_client, alice = signed_in("moderator")
    bob_client, bob = signed_in("moderator")

    claimed = post(alice_client, f"/moderation/items/{newest}/claim")
    assert claimed.status_code == 303
    assert claimed.headers["Location"] == f"/moderation/items/{newest}"
    held = row(app, Submission, newest)
    assert held["claimed_by_id"] == alice.id
    # The default claim lasts 20 minutes.
    assert timedelta(minutes=19) < held["claimed_until"] - utcnow() <= timedelta(minutes=20)
    assert [
        e["actor_id"]
        for e in events(app, "submission", newest)
        if e["action"] == "moderation.claimed"
    ] == [alice.id]
    assert page(alice_client.get(claimed.headers["Location"])).find("form", id="moderation-form")

    # Bob sees who has it, has no button for it, and cannot take it.
    bob_queue = bob_client.get("/moderation/")
    assert f"{alice.name} has it until" in text(bob_queue)
    assert not _claim_button_for(bob_queue, newest)
    assert _claim_button_for(bob_queue, middle)
    refused = post(bob_client, f"/moderation/items/{newest}/claim")
    assert refused.status_code == 303 and refused.headers["Location"] == "/moderation/"
    [message] = flash_text(follow(bob_client, refused))
    assert message.startswith(f"{alice.name} is working on that item until ")
    assert row(app, Submission, newest)["claimed_by_id"] == alice.id
    bob_view = bob_client.get(f"/moderation/items/{newest}")
    assert page(bob_view).find("form", id="moderation-form") is None
    assert "Claim this item" in text(bob_view)

    # "Work on the next item" skips the item Alice holds.
    nxt = post(bob_client, "/moderation/next")
    assert nxt.status_code == 303 and nxt.headers["Location"] == f"/moderation/items/{middle}"
    assert row(app, Submission, middle)["claimed_by_id"] == bob.id
    assert "1 claimed by you" in text(bob_client.get("/moderation/"))

    # Alice's claim runs out: Bob may take it over.
    change(app, Submission, newest, claimed_until=minutes_ago(1))
    taken = post(bob_client, f"/moderation/items/{newest}/claim")
    assert taken.headers["Location"] == f"/moderation/items/{newest}"
    assert row(app, Submission, newest)["claimed_by_id"] == bob.id

    # Bob puts it back: it is free again, and on the record.
    released = post(bob_client, f"/moderation/items/{newest}/release")
    assert released.status_code == 303
    assert flash_text(follow(bob_client, released)) == ["The item is back in the queue."]
    freed = row(app, Submission, newest)
    assert freed["claimed_by_id"] is None and freed["claimed_until"] is None
    assert "moderation.released" in [e["action"] for e in events(app, "submission", newest)]

    # Alice's "next" now gets the newest again; then the oldest (Bob holds the middle one).
    assert (
        post(alice_client, "/moderation/next").headers["Location"] == f"/moderation/items/{newest}"
    )
    change(app, Submission, newest, claimed_by_id=None, claimed_until=None)
    change(app, Submission, newest, status="published")
    assert (
        post(alice_client, "/moderation/next").headers["Location"] == f"/moderation/items/{oldest}"
    )

    # With everything held by someone else, there is nothing to claim.
    change(
        app, Submission, oldest, claimed_by_id=bob.id, claimed_until=utcnow() + timedelta(minutes=5)
    )
    empty = post(alice_client, "/moderation/next")
    assert empty.headers["Location"] == "/moderation/"
    assert flash_text(follow(alice_client, empty)) == ["There is nothing waiting in the queue."]

    # Releasing an item someone else holds changes nothing, and must not say it did.
    not_mine = post(alice_client, f"/moderation/items/{middle}/release")
    assert row(app, Submission, middle)["claimed_by_id"] == bob.id
    assert flash_text(follow(alice_client, not_mine)) != ["The item is back in the queue."]


def _alices_choices(form):
    """Alice's own decision: different from every suggestion, so it can be told apart."""
    form.setlist("themes", ["being-heard"])
    form["sentiment"] = "mixed"
    form["criticality"] = "1"
    form["decision"] = "private"
    form["also_redact"] = "my review"
    form["action"] = "save"
    return form


def _assert_alices_choices_shown(response) -> None:
    assert checked(response, "themes") == ["being-heard"]
    assert checked(response, "sentiment") == ["mixed"]
    assert checked(response, "criticality") == ["1"]
    assert checked(response, "decision") == ["private"]
    assert page(response).select_one("textarea#also_redact").get_text().strip() == "my review"


def test_second_save_after_a_takeover_is_refused_and_keeps_both_sides(app, signed_in):
    item = send_feedback(app, ORDINARY)
    alice_client, _alice = signed_in("moderator")
    bob_client, bob = signed_in("moderator")
    post(alice_client, f"/moderation/items/{item}/claim")
    alice_form = _alices_choices(moderation_form(alice_client.get(f"/moderation/items/{item}")))

    change(app, Submission, item, claimed_until=minutes_ago(1))
    assert post(bob_client, f"/moderation/items/{item}/claim").status_code == 303
    bob_form = moderation_form(bob_client.get(f"/moderation/items/{item}"))
    bob_form["decision"] = "publish"
    bob_form["action"] = "save"
    assert post(bob_client, f"/moderation/items/{item}", bob_form).status_code == 303
    bobs = row(app, Submission, item)
    assert bobs["status"] == "published" and bobs["moderated_by_id"] == bob.id

    late = post(alice_client, f"/moderation/items/{item}", alice_form)
    assert late.status_code == 409
    # Nothing of Alice's was written over Bob's decision.
    after = row(app, Submission, item)
    assert after == bobs
    assert {confirmed_by for _, _, confirmed_by in _themes(app, item)} == {bob.id}
    assert "being-heard" not in [slug for slug, _, _ in _themes(app, item)]
    assert [
        e["actor_id"]
        for e in events(app, "submission", item)
        if e["action"].startswith("submission.kept")
    ] == []
    words = text(late)
    assert "Your changes have not been saved" in words
    assert f"{bob.name} saved a decision on this item at" in words
    # Nothing Alice chose is lost: it is all still in the form in front of her.
    _assert_alices_choices_shown(late)


def test_save_after_claim_ran_out_and_another_took_it_is_refused(app, signed_in):
    item = send_feedback(app, ORDINARY)
    alice_client, _ = signed_in("moderator")
    bob_client, bob = signed_in("moderator")
    post(alice_client, f"/moderation/items/{item}/claim")
    alice_form = _alices_choices(moderation_form(alice_client.get(f"/moderation/items/{item}")))
    change(app, Submission, item, claimed_until=minutes_ago(1))
    post(bob_client, f"/moderation/items/{item}/claim")
    before = row(app, Submission, item)

    late = post(alice_client, f"/moderation/items/{item}", alice_form)
    assert late.status_code == 409
    assert row(app, Submission, item) == before
    assert f"Your claim ran out and {bob.name} is now working on this item." in text(late)
    _assert_alices_choices_shown(late)


def test_stale_revision_without_another_claim_is_refused(app, signed_in):
    item = send_feedback(app, ORDINARY)
    alice_client, _ = signed_in("moderator")
    post(alice_client, f"/moderation/items/{item}/claim")
    alice_form = _alices_choices(moderation_form(alice_client.get(f"/moderation/items/{item}")))
    change(app, Submission, item, revision=row(app, Submission, item)["revision"] + 1)
    before = row(app, Submission, item)

    stale = post(alice_client, f"/moderation/items/{item}", alice_form)
    assert stale.status_code == 409
    assert row(app, Submission, item) == before
    assert "Someone else changed this item while you were working on it." in text(stale)
    _assert_alices_choices_shown(stale)
    # A form with no revision at all is refused the same way.
    alice_form["revision"] = ""
    assert post(alice_client, f"/moderation/items/{item}", alice_form).status_code == 409
    assert row(app, Submission, item)["status"] == "received"
