"""Staff sessions live on the server: new at sign-in, timed out, and ended for good."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest

from portal.models.common import utcnow
from tests.auth.steps import (
    SESSION_COOKIE,
    SIGN_IN,
    age_sessions,
    audit_actions,
    give_password,
    path_of,
    sign_in,
    staff_sessions,
)
from tests.support.html import csrf_token, error_messages, page, text

SESSION_ENDED = "Your session has ended"


def _cookie(client) -> str:
    cookie = client.get_cookie(SESSION_COOKIE, domain="localhost")
    assert cookie is not None, "no session cookie"
    return cookie.value


def _client_with_cookie(app, value: str):
    """A different browser that has been handed someone's session cookie."""
    other = app.test_client()
    other.set_cookie(SESSION_COOKIE, value, domain="localhost")
    return other


def _sign_out(client):
    home = client.get("/staff/")
    assert home.status_code == 200
    return client.post("/staff/sign-out", data={"csrf_token": csrf_token(home)})


def _assert_sent_to_sign_in_because_ended(client, url: str = "/staff/"):
    response = client.get(url)
    assert response.status_code == 302
    assert path_of(response) == SIGN_IN
    assert SESSION_ENDED in text(client.get(response.headers["Location"]))


def test_sign_in_starts_a_new_session_and_keeps_nothing_from_before(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    client.get(SIGN_IN)
    with client.session_transaction() as session:
        session["planted"] = "set before signing in"
        session["receipt_code"] = "ABCD-EFGH"
    before = _cookie(client)

    sign_in(app, client, user)

    assert _cookie(client) != before
    with client.session_transaction() as session:
        assert "planted" not in session
        assert "receipt_code" not in session
    [row] = staff_sessions(app, user.id)
    assert row.ended_at is None


def test_each_sign_in_is_a_different_server_session(app, make_staff):
    user = make_staff("staff")
    first, second = app.test_client(), app.test_client()

    sign_in(app, first, user)
    sign_in(app, second, user)

    with first.session_transaction() as one, second.session_transaction() as two:
        assert one["_user_id"] != two["_user_id"]
    assert len(staff_sessions(app, user.id)) == 2
    assert audit_actions(app, user.id) == ["sign-in", "sign-in"]


@pytest.mark.parametrize(
    ("idle", "still_signed_in"),
    [(timedelta(minutes=29), True), (timedelta(minutes=31), False)],
    ids=["idle-29-minutes", "idle-31-minutes"],
)
def test_30_minutes_without_a_request_ends_the_session(app, idle, still_signed_in, signed_in):
    client, user = signed_in("staff")
    age_sessions(app, user.id, created=idle, idle=idle)

    if still_signed_in:
        assert client.get("/staff/").status_code == 200
        return
    _assert_sent_to_sign_in_because_ended(client)
    [row] = staff_sessions(app, user.id)
    assert row.ended_at is not None
    assert row.ended_reason == "idle-timeout"


def test_using_the_portal_keeps_the_session_alive(app, signed_in):
    client, user = signed_in("staff")
    age_sessions(app, user.id, created=timedelta(minutes=50), idle=timedelta(minutes=25))

    assert client.get("/staff/").status_code == 200

    # That request counts as activity: the 30 idle minutes start again from now.
    [row] = staff_sessions(app, user.id)
    assert utcnow() - row.last_seen_at < timedelta(minutes=1)
    assert utcnow() - row.created_at > timedelta(minutes=49)


@pytest.mark.parametrize(
    ("age", "still_signed_in"),
    [(timedelta(hours=11, minutes=59), True), (timedelta(hours=12, minutes=1), False)],
    ids=["11-hours-59", "12-hours-1"],
)
def test_12_hours_after_sign_in_the_session_ends_however_busy(app, age, still_signed_in, signed_in):
    client, user = signed_in("staff")
    age_sessions(app, user.id, created=age, idle=timedelta(minutes=1))

    if still_signed_in:
        assert client.get("/staff/").status_code == 200
        return
    _assert_sent_to_sign_in_because_ended(client)
    [row] = staff_sessions(app, user.id)
    assert row.ended_reason == "absolute-timeout"


def test_signing_out_ends_the_session_on_the_server(app, signed_in):
    client, user = signed_in("staff")
    stolen = _cookie(client)
    # The copied cookie works while the session is live: the replay below is a fair test.
    assert _client_with_cookie(app, stolen).get("/staff/").status_code == 200

    response = _sign_out(client)

    assert path_of(response) == SIGN_IN
    assert "You have signed out" in text(client.get(SIGN_IN))
    assert path_of(client.get("/staff/")) == SIGN_IN
    replayed = _client_with_cookie(app, stolen).get("/staff/")
    assert replayed.status_code == 302
    assert path_of(replayed) == SIGN_IN
    [row] = staff_sessions(app, user.id)
    assert row.ended_at is not None
    assert row.ended_reason == "signed-out"
    assert audit_actions(app, user.id) == ["sign-in", "sign-out"]


def test_signing_out_is_a_post_with_a_csrf_token(app, signed_in):
    client, user = signed_in("staff")

    assert client.get("/staff/sign-out").status_code == 405
    assert client.post("/staff/sign-out").status_code == 400

    assert client.get("/staff/").status_code == 200
    assert staff_sessions(app, user.id)[0].ended_at is None


def test_disabling_an_account_ends_its_session_at_once(app, signed_in):
    victim_client, victim = signed_in("staff")
    admin, _ = signed_in("admin")
    assert victim_client.get("/staff/").status_code == 200
    listing = admin.get("/admin/users")

    response = admin.post(
        f"/admin/users/{victim.id}/disable", data={"csrf_token": csrf_token(listing)}
    )

    assert path_of(response) == "/admin/users"
    assert f"{victim.name} can no longer sign in" in text(admin.get("/admin/users"))
    # Ended on the server straight away, not only when the person next clicks something.
    [row] = staff_sessions(app, victim.id)
    assert row.ended_at is not None
    assert row.ended_reason == "account-disabled"
    _assert_sent_to_sign_in_because_ended(victim_client)
    assert audit_actions(app, victim.id) == ["sign-in", "staff-user.disabled"]


def test_a_disabled_account_cannot_sign_in_again(app, signed_in):
    _, victim = signed_in("staff")
    admin, _ = signed_in("admin")
    admin.post(
        f"/admin/users/{victim.id}/disable",
        data={"csrf_token": csrf_token(admin.get("/admin/users"))},
    )

    response = give_password(app.test_client(), victim.email, victim.password)

    assert response.status_code == 200
    assert error_messages(response) == ["The email address or password is not right"]


def test_disabling_an_account_half_way_through_signing_in_stops_it(app, make_staff, signed_in):
    victim = make_staff("staff")
    victim_client = app.test_client()
    give_password(victim_client, victim.email, victim.password)
    admin, _ = signed_in("admin")

    admin.post(
        f"/admin/users/{victim.id}/disable",
        data={"csrf_token": csrf_token(admin.get("/admin/users"))},
    )

    assert path_of(victim_client.get("/staff/sign-in/code")) == SIGN_IN


def test_an_administrator_cannot_disable_their_own_account(app, signed_in):
    admin, admin_user = signed_in("admin")

    admin.post(
        f"/admin/users/{admin_user.id}/disable",
        data={"csrf_token": csrf_token(admin.get("/admin/users"))},
    )

    assert "You cannot disable your own account" in text(admin.get("/admin/users"))
    assert staff_sessions(app, admin_user.id)[0].ended_at is None


def test_disabling_an_account_that_does_not_exist_is_not_found(signed_in):
    admin, _ = signed_in("admin")

    response = admin.post(
        "/admin/users/999999/disable", data={"csrf_token": csrf_token(admin.get("/admin/users"))}
    )

    assert response.status_code == 404


def test_the_database_holds_only_a_hash_of_the_session_token(app, signed_in):
    client, user = signed_in("staff")
    with client.session_transaction() as session:
        token = session["_user_id"]

    [row] = staff_sessions(app, user.id)

    assert token not in row.token_hash
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()


def _form_data(response, **answers) -> dict[str, str]:
    """The page's last POST form as a browser would send it, with some answers typed in."""
    form = page(response).find_all("form", method="post")[-1]
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input", type="hidden")
        if field.get("name")
    }
    data.update(answers)
    return data


def test_words_sent_after_the_session_ended_are_kept_to_send_again(app, signed_in):
    client, user = signed_in("staff")
    survey = client.get("/staff/feedback/child/paper")
    assert survey.status_code == 200
    free_text = page(survey).find("textarea")["name"]
    words = "She said the new school is kind to her and she has a best friend now"
    data = _form_data(survey, **{free_text: words})
    # The worker types for longer than the idle timeout before pressing the button.
    age_sessions(app, user.id, created=timedelta(minutes=40), idle=timedelta(minutes=35))

    kept = client.post("/staff/feedback/child/paper", data=data)

    assert kept.status_code == 401
    assert words in text(kept)
    assert "has not been saved yet" in text(kept)
    # Signing in again (in another tab) starts a new session with a new CSRF token, so the
    # first Try again asks to press once more, still keeping the words; then they arrive.
    sign_in(app, client, user)
    again = client.post("/staff/feedback/child/paper", data=_form_data(kept))
    assert again.status_code == 400
    assert words in text(again)
    resent = client.post("/staff/feedback/child/paper", data=_form_data(again))
    assert resent.status_code == 200
    assert words in resent.get_data(as_text=True)
    assert "Your session has ended" not in text(resent)


def test_a_form_sent_with_no_session_at_all_goes_to_sign_in(app):
    client = app.test_client()
    survey = client.get("/feedback/child")

    response = client.post(
        "/staff/feedback/child/paper", data={"csrf_token": csrf_token(survey), "x": "a b c"}
    )

    assert response.status_code == 302
    assert path_of(response) == SIGN_IN
