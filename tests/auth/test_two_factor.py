"""Staff sign-in, step two: a code from an authenticator app, set up on first sign-in."""

from __future__ import annotations

import time
from datetime import timedelta

import pyotp
import pytest
from bs4 import BeautifulSoup

from portal.auth.two_factor import STEP_SECONDS
from portal.qr import qr_svg
from tests.auth.steps import (
    CODE,
    SET_UP,
    SIGN_IN,
    audit_actions,
    give_code,
    give_password,
    next_code,
    path_of,
    stored_user,
)
from tests.support.html import csrf_token, error_messages, page, text

WRONG_CODE = "That code is not right, or has been used already"


def _wrong_code(secret: str) -> str:
    """A well-formed code that is not right for the last, this or the next time step."""
    totp = pyotp.TOTP(secret)
    step = int(time.time() // STEP_SECONDS)
    near = {totp.at((step + offset) * STEP_SECONDS) for offset in range(-2, 3)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in near)


def page_of_svg(svg: str) -> BeautifulSoup:
    return BeautifulSoup(svg, "html.parser")


@pytest.fixture
def new_starter(app, make_staff):
    """A user who has never set up codes, past the password step on their own client."""
    user = make_staff("staff", enrolled=False)
    client = app.test_client()
    response = give_password(client, user.email, user.password)
    assert response.status_code == 302
    return client, user, response


def test_a_new_starter_is_sent_to_set_up_codes(new_starter):
    _, _, response = new_starter

    assert path_of(response) == SET_UP


def test_set_up_page_draws_the_qr_code_itself_and_shows_the_key(app, new_starter):
    client, user, _ = new_starter

    response = client.get(SET_UP)

    assert response.status_code == 200
    soup = page(response)
    qr = soup.select_one(".portal-qr")
    assert qr is not None and qr.find("svg") is not None, "no inline SVG QR code"
    assert qr.find("svg").find(["path", "rect"]) is not None, "the SVG draws nothing"
    for img in soup.find_all("img"):
        assert img.get("src", "").startswith(("/", "data:")), f"image from elsewhere: {img}"
    secret = stored_user(app, user.id).totp_secret
    assert secret
    key = soup.select_one("#setup-key").get_text()
    assert key.replace(" ", "") == secret
    # The QR code holds this same key, for this account, under the partnership's name.
    uri = pyotp.TOTP(secret).provisioning_uri(
        name=user.email, issuer_name=app.config["PARTNERSHIP_SHORT_NAME"]
    )
    expected = page_of_svg(qr_svg(uri)).find("path", class_="qrline")["d"]
    assert qr.find("path", class_="qrline")["d"] == expected


def test_the_setup_key_stays_the_same_when_the_page_is_reloaded(new_starter):
    client, _, _ = new_starter

    first = page(client.get(SET_UP)).select_one("#setup-key").get_text()
    second = page(client.get(SET_UP)).select_one("#setup-key").get_text()

    assert first == second


def test_a_right_code_confirms_set_up_and_signs_in(app, new_starter):
    client, user, _ = new_starter
    client.get(SET_UP)  # the key is made when the page is first shown

    response = give_code(client, next_code(app, user), path=SET_UP)

    assert response.status_code == 302
    assert path_of(response) == "/staff/"
    assert client.get("/staff/").status_code == 200
    assert stored_user(app, user.id).totp_confirmed_at is not None
    assert audit_actions(app, user.id) == ["two-factor.enrolled", "sign-in"]


def test_a_wrong_code_does_not_confirm_set_up(app, new_starter):
    client, user, _ = new_starter
    client.get(SET_UP)
    secret = stored_user(app, user.id).totp_secret

    response = give_code(client, _wrong_code(secret), path=SET_UP)

    assert response.status_code == 200
    assert WRONG_CODE in error_messages(response)[0]
    assert stored_user(app, user.id).totp_confirmed_at is None
    assert path_of(client.get("/staff/")) == SIGN_IN


def test_an_enrolled_user_cannot_see_their_key_again(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)

    response = client.get(SET_UP)

    assert response.status_code == 302
    assert path_of(response) == CODE


def test_a_new_starter_sent_to_the_code_page_is_sent_on_to_set_up(new_starter):
    client, _, _ = new_starter

    response = client.get(CODE)

    assert path_of(response) == SET_UP


def test_a_wrong_code_does_not_sign_in(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)

    response = give_code(client, _wrong_code(user.totp_secret))

    assert response.status_code == 200
    assert WRONG_CODE in error_messages(response)[0]
    assert path_of(client.get("/staff/")) == SIGN_IN


@pytest.mark.parametrize("code", ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦", "12\x0034"])
def test_a_code_that_is_not_six_digits_gets_a_message(app, make_staff, code):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)

    response = give_code(client, code)

    assert response.status_code == 200
    assert error_messages(response)
    assert path_of(client.get("/staff/")) == SIGN_IN


def test_a_code_typed_with_a_space_in_the_middle_works(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)
    code = next_code(app, user)

    response = give_code(client, f"{code[:3]} {code[3:]}")

    assert path_of(response) == "/staff/"


def test_a_code_cannot_be_used_twice(app, make_staff):
    user = make_staff("staff")
    first = app.test_client()
    give_password(first, user.email, user.password)
    code = next_code(app, user)
    assert path_of(give_code(first, code)) == "/staff/"

    # Someone who saw the code (and knows the password) tries it again straight away.
    second = app.test_client()
    give_password(second, user.email, user.password)
    response = give_code(second, code)

    assert response.status_code == 200
    assert WRONG_CODE in error_messages(response)[0]
    assert path_of(second.get("/staff/")) == SIGN_IN


@pytest.mark.parametrize(
    ("waited", "lets_in"),
    [(timedelta(minutes=4), True), (timedelta(minutes=5, seconds=5), False)],
    ids=["within-5-minutes", "after-5-minutes"],
)
def test_the_password_step_is_forgotten_after_5_minutes(app, make_staff, waited, lets_in):
    user = make_staff("staff")
    client = app.test_client()
    give_password(client, user.email, user.password)
    form = client.get(CODE)
    with client.session_transaction() as session:
        session["pending_since"] -= waited.total_seconds()

    response = client.post(
        CODE, data={"csrf_token": csrf_token(form), "code": next_code(app, user)}
    )

    assert response.status_code == 302
    if lets_in:
        assert path_of(response) == "/staff/"
        assert client.get("/staff/").status_code == 200
    else:
        assert path_of(response) == SIGN_IN
        assert "the code must follow it within 5 minutes" in text(client.get(SIGN_IN))
        assert path_of(client.get("/staff/")) == SIGN_IN
        assert path_of(client.get(CODE)) == SIGN_IN


@pytest.mark.parametrize("url", ["/staff/", "/staff/feedback/new", "/admin/users"])
def test_the_password_alone_opens_no_staff_page(app, make_staff, url):
    user = make_staff("staff", "admin")
    client = app.test_client()
    give_password(client, user.email, user.password)

    response = client.get(url)

    assert response.status_code == 302
    assert path_of(response) == SIGN_IN


def test_the_code_page_needs_the_password_first(client):
    assert path_of(client.get(CODE)) == SIGN_IN
    assert path_of(client.get(SET_UP)) == SIGN_IN
