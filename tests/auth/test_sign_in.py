"""Staff sign-in, step one: email address and password."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from portal.auth.passwords import password_problem
from tests.auth.steps import (
    CODE,
    SIGN_IN,
    give_password,
    path_of,
    sign_in,
    stored_user,
)
from tests.support.html import error_messages, text

WRONG_DETAILS = "The email address or password is not right"


def test_passwords_are_stored_as_argon2id_hashes(app, make_staff):
    user = make_staff("staff")

    stored = stored_user(app, user.id)

    assert stored.password_hash.startswith("$argon2id$")
    assert user.password not in stored.password_hash


def test_right_password_and_code_lands_on_the_staff_home(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    response = sign_in(app, client, user)

    assert path_of(response) == "/staff/"
    home = client.get("/staff/")
    assert home.status_code == 200
    assert f"You are signed in as {user.name}" in text(home)


def test_email_address_is_matched_whatever_its_case_and_spacing(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    response = give_password(client, f"  {user.email.upper()} ", user.password)

    assert response.status_code == 302
    assert path_of(response) == CODE


def test_sign_in_returns_to_the_page_that_asked_for_it(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    asked = client.get("/staff/feedback/new")
    assert path_of(asked) == SIGN_IN
    next_url = dict(
        pair.split("=", 1) for pair in urlsplit(asked.headers["Location"]).query.split("&")
    )["next"]

    response = sign_in(app, client, user, next_url="/staff/feedback/new")

    assert next_url == "/staff/feedback/new"
    assert path_of(response) == "/staff/feedback/new"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example",
        "//evil.example/staff/",
        "/\\evil.example",
        "/\t/evil.example",
        "https:evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/staff/\r\nLocation: https://evil.example/",
        "/\x00/evil.example",
    ],
    ids=[
        "absolute",
        "scheme-relative",
        "scheme-relative-path",
        "backslash",
        "tab",
        "scheme-no-slashes",
        "javascript",
        "bare-host",
        "header-injection",
        "nul",
    ],
)
def test_sign_in_never_sends_anyone_to_another_site(app, make_staff, next_url):
    user = make_staff("staff")
    client = app.test_client()

    response = sign_in(app, client, user, next_url=next_url)

    location = urlsplit(response.headers["Location"])
    assert location.netloc in {"", "localhost"}
    assert location.scheme in {"", "http"}
    assert location.path == "/staff/"


def test_wrong_password_and_unknown_email_look_exactly_the_same(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()

    wrong_password = give_password(client, user.email, "not the right password at all")
    unknown_email = give_password(client, "nobody@partner.example", user.password)

    assert wrong_password.status_code == unknown_email.status_code == 200
    assert error_messages(wrong_password) == error_messages(unknown_email) == [WRONG_DETAILS]
    # Neither got past the password step.
    assert path_of(client.get(CODE)) == SIGN_IN


def test_an_empty_form_says_what_is_missing(client):
    response = give_password(client, "", "")

    assert response.status_code == 200
    assert error_messages(response) == ["Enter your email address", "Enter your password"]


@pytest.mark.parametrize(
    ("email", "password"),
    [
        ("user\x00@partner.example", "a password with a nul \x00 in it"),
        ("x" * 300 + "@partner.example", "correct horse battery staple"),
        ("user@partner.example", "p" * 129),
        ("\U0001f600@partner.example", "\U0001f600" * 20),
        ("'; drop table staff_user; --", "correct horse battery staple"),
    ],
    ids=["nul", "long-email", "long-password", "emoji", "sql"],
)
def test_odd_input_gets_a_clear_message_never_a_crash(app, make_staff, email, password):
    make_staff("staff")
    client = app.test_client()

    response = give_password(client, email, password)

    assert response.status_code == 200
    assert error_messages(response)
    assert path_of(client.get(CODE)) == SIGN_IN


@pytest.mark.parametrize(
    ("length", "acceptable"), [(11, False), (12, True), (128, True), (129, False)]
)
def test_passwords_must_be_12_to_128_characters(length, acceptable):
    problem = password_problem("a" * length)

    assert (problem is None) is acceptable


def test_a_long_pasted_password_with_spaces_and_emoji_works(app, make_staff):
    password = "  My dog 🐕 likes long walks by the canal, in the rain 🌧️ and the sun ☀️!  "
    assert password_problem(password) is None
    user = make_staff("staff", password=password)
    client = app.test_client()

    response = sign_in(app, client, user)

    assert path_of(response) == "/staff/"
    assert client.get("/staff/").status_code == 200


def test_a_pasted_password_is_used_exactly_as_pasted(app, make_staff):
    user = make_staff("staff", password="  spaces at both ends count  ")
    client = app.test_client()

    response = give_password(client, user.email, "spaces at both ends count")

    assert error_messages(response) == [WRONG_DETAILS]


def test_a_signed_in_person_visiting_sign_in_goes_to_the_staff_home(app, make_staff):
    user = make_staff("staff")
    client = app.test_client()
    sign_in(app, client, user)

    response = client.get(SIGN_IN)

    assert response.status_code == 302
    assert path_of(response) == "/staff/"
