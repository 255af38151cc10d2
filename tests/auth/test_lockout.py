"""Repeated failures to sign in are slowed, then the account is locked for 30 minutes.

The tests write the failure count and times to the account's row, as earlier failed tries
would have; the tries under test then go through the real pages.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from portal.models.common import utcnow
from tests.auth.steps import (
    CODE,
    SIGN_IN,
    audit_actions,
    give_code,
    give_password,
    next_code,
    path_of,
    set_user,
    sign_in,
    stored_user,
)
from tests.support.html import csrf_token, error_messages, page

WRONG_PASSWORD = "this is not the password"
WRONG_DETAILS = "The email address or password is not right"


def _post_password(client, form_page, email: str, password: str):
    """POST the sign-in form already fetched, so nothing slow runs between a change and it."""
    return client.post(
        SIGN_IN,
        data={"csrf_token": csrf_token(form_page), "email": email, "password": password},
    )


def test_the_first_failures_only_say_the_details_are_wrong(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    for expected_count in (1, 2, 3):
        response = give_password(client, user.email, WRONG_PASSWORD)
        assert error_messages(response) == [WRONG_DETAILS]
        assert stored_user(app, user.id).failed_sign_ins == expected_count


def test_after_3_failures_the_next_try_must_wait_even_with_the_right_password(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    form_page = client.get(SIGN_IN)
    set_user(app, user.id, failed_sign_ins=3, last_failed_at=utcnow())

    response = _post_password(client, form_page, user.email, user.password)

    assert response.status_code == 200
    [message] = error_messages(response)
    assert message.startswith("Too many tries. Wait ")
    assert path_of(client.get(CODE)) == SIGN_IN
    # A try made while waiting is not even checked, so it is not counted either.
    assert stored_user(app, user.id).failed_sign_ins == 3


@pytest.mark.parametrize(
    ("failures", "seconds_ago", "must_wait"),
    [(2, 0, False), (3, 2, False), (6, 5, True), (6, 9, False), (9, 50, True), (9, 61, False)],
)
def test_the_wait_grows_with_each_failure(app, make_staff, failures, seconds_ago, must_wait):
    user = make_staff("staff")
    client = app.test_client()
    form_page = client.get(SIGN_IN)
    set_user(
        app,
        user.id,
        failed_sign_ins=failures,
        last_failed_at=utcnow() - timedelta(seconds=seconds_ago),
    )

    response = _post_password(client, form_page, user.email, user.password)

    if must_wait:
        assert response.status_code == 200
        assert "Wait" in error_messages(response)[0]
    else:
        assert response.status_code == 302
        assert path_of(response) == CODE


def test_the_tenth_failure_locks_the_account_for_30_minutes(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    set_user(app, user.id, failed_sign_ins=9, last_failed_at=utcnow() - timedelta(minutes=2))

    response = give_password(client, user.email, WRONG_PASSWORD)

    [message] = error_messages(response)
    assert "This account is locked" in message
    assert "30 minutes" in message
    locked_until = stored_user(app, user.id).locked_until
    assert timedelta(minutes=29) < locked_until - utcnow() <= timedelta(minutes=30)


def test_the_right_password_is_refused_while_locked(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    set_user(
        app,
        user.id,
        failed_sign_ins=10,
        last_failed_at=utcnow() - timedelta(minutes=10),
        locked_until=utcnow() + timedelta(minutes=20),
    )

    response = give_password(client, user.email, user.password)

    assert response.status_code == 200
    assert "Try again in 20 minutes" in error_messages(response)[0]
    assert path_of(client.get(CODE)) == SIGN_IN
    assert path_of(client.get("/staff/")) == SIGN_IN


def test_the_right_password_works_once_the_lock_has_passed(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    set_user(
        app,
        user.id,
        failed_sign_ins=10,
        last_failed_at=utcnow() - timedelta(minutes=31),
        locked_until=utcnow() - timedelta(minutes=1),
    )

    response = sign_in(app, client, user)

    assert path_of(response) == "/staff/"
    assert stored_user(app, user.id).failed_sign_ins == 0


def test_a_successful_sign_in_clears_the_failures(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    set_user(app, user.id, failed_sign_ins=2, last_failed_at=utcnow() - timedelta(seconds=5))

    sign_in(app, client, user)

    stored = stored_user(app, user.id)
    assert stored.failed_sign_ins == 0
    assert stored.last_failed_at is None
    assert stored.locked_until is None


def test_the_right_password_alone_does_not_clear_the_failures(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    set_user(app, user.id, failed_sign_ins=2, last_failed_at=utcnow() - timedelta(seconds=5))

    give_password(client, user.email, user.password)

    assert stored_user(app, user.id).failed_sign_ins == 2


def test_wrong_codes_count_as_failures(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)

    give_code(client, "000000" if next_code(app, user) != "000000" else "111111")

    assert stored_user(app, user.id).failed_sign_ins == 1


def test_a_tenth_wrong_code_locks_the_account_and_ends_the_attempt(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)
    set_user(app, user.id, failed_sign_ins=9, last_failed_at=utcnow() - timedelta(minutes=2))

    response = give_code(client, "000000" if next_code(app, user) != "000000" else "111111")

    assert "This account is locked" in error_messages(response)[0]
    assert stored_user(app, user.id).locked_until is not None
    assert path_of(client.get(CODE)) == SIGN_IN


def test_the_right_code_must_wait_too(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)
    form_page = client.get(CODE)
    set_user(app, user.id, failed_sign_ins=6, last_failed_at=utcnow())

    response = client.post(
        CODE, data={"csrf_token": csrf_token(form_page), "code": next_code(app, user)}
    )

    assert response.status_code == 200
    assert "Wait" in error_messages(response)[0]
    assert path_of(client.get("/staff/")) == SIGN_IN


def test_failures_for_an_unknown_email_lock_nobody_out(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    for _ in range(4):
        give_password(client, "someone-else@partner.example", WRONG_PASSWORD)

    assert stored_user(app, user.id).failed_sign_ins == 0
    assert path_of(give_password(client, user.email, user.password)) == CODE


def _row_for(listing, user):
    return next(tr for tr in page(listing).select("tbody tr") if user.email in tr.get_text())


def test_an_administrator_can_unlock_an_account(app, make_staff, signed_in):
    user = make_staff("staff")
    set_user(
        app,
        user.id,
        failed_sign_ins=10,
        last_failed_at=utcnow(),
        locked_until=utcnow() + timedelta(minutes=30),
    )
    admin, _ = signed_in("admin")
    listing = admin.get("/admin/users")
    row = _row_for(listing, user)
    assert "Locked" in row.get_text()
    unlock = next(
        button.find_parent("form")
        for button in row.find_all("button")
        if button.get_text(" ", strip=True).startswith("Unlock")
    )

    admin.post(unlock["action"], data={"csrf_token": csrf_token(listing)})

    assert path_of(sign_in(app, app.test_client(), user)) == "/staff/"
    assert "Active" in _row_for(admin.get("/admin/users"), user).get_text()
    assert audit_actions(app, user.id)[-2:] == ["staff-user.unlocked", "sign-in"]


def test_an_expired_lock_is_not_shown_as_locked(app, make_staff, signed_in):
    user = make_staff("staff")
    set_user(
        app,
        user.id,
        failed_sign_ins=10,
        last_failed_at=utcnow() - timedelta(hours=2),
        locked_until=utcnow() - timedelta(hours=1),
    )
    admin, _ = signed_in("admin")

    listing = admin.get("/admin/users")

    row = _row_for(listing, user)
    assert "Locked" not in row.get_text()
    assert "Unlock" not in row.get_text()
    assert "Active" in row.get_text()
