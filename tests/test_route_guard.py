"""Every route is either public on purpose or guarded by a role check.

The walker reads the application's own URL map, so a staff route added later without
`role_required` fails here by name. Then every guarded route is tried for real: anonymous
visitors are sent to sign in, and signed-in staff without the role are refused.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from flask import Blueprint, Flask
from werkzeug.routing import Rule

from portal import create_app
from portal.auth.roles import role_required
from portal.models.common import Role
from tests.auth.steps import SIGN_IN, path_of
from tests.conftest import TEST_SECRET
from tests.support.html import csrf_token

# Endpoints anyone may reach without signing in: the public journey, the information pages,
# the built assets, and the sign-in steps themselves. Adding to this list is a decision.
PUBLIC = frozenset(
    {
        "static",
        "assets.built",
        "feedback.start",
        "feedback.service_link",
        "feedback.survey",
        "feedback.received",
        # A staff member's personal pulse link is their only credential: no sign-in, by design.
        "pulse.answer",
        "pulse.send",
        "pulse.thanks",
        "pages.privacy",
        "pages.privacy_for",
        "pages.accessibility",
        "pages.contact",
        "auth.sign_in",
        "auth.enter_code",
        "auth.set_up_code",
        "auth.sign_out",
    }
)

# Plausible values for URL parts, by name; any other part is given 1, which every string
# and number converter accepts. A route whose part needs more should be added here.
URL_VALUES = {
    "audience": "child",
    "channel": "paper",
    "user_id": 1,
    "code": "ABC123",
    "version": "children",
    "filename": "portal.css",
}


def required_roles(app: Flask, endpoint: str) -> frozenset[str] | None:
    """The roles a view demands, as recorded by role_required, or None if it has no guard."""
    return getattr(app.view_functions[endpoint], "required_roles", None)


def unguarded_endpoints(app: Flask, public: Iterable[str] = PUBLIC) -> list[str]:
    """Endpoints that are neither public on purpose nor wrapped by role_required."""
    allowed = set(public)
    problems = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint in allowed:
            continue
        roles = required_roles(app, rule.endpoint)
        if not roles or not roles <= set(Role):
            problems.add(rule.endpoint)
    return sorted(problems)


def guarded_rules(app: Flask) -> list[Rule]:
    return sorted(
        (rule for rule in app.url_map.iter_rules() if rule.endpoint not in PUBLIC),
        key=lambda rule: rule.rule,
    )


def example_url(app: Flask, rule: Rule) -> str:
    values = {name: URL_VALUES.get(name, 1) for name in rule.arguments}
    with app.test_request_context():
        return app.url_for(rule.endpoint, **values)


def csrf_token_for(client) -> str:
    """A CSRF token for this client's session, from a public form anyone may open."""
    return csrf_token(client.get("/feedback/child"))


def _methods(rule: Rule) -> list[str]:
    return sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})


def test_every_route_is_public_on_purpose_or_guarded_by_a_role(app):
    assert unguarded_endpoints(app) == [], (
        "these endpoints have no role_required check and are not in the PUBLIC allowlist"
    )


def test_the_public_allowlist_names_no_route_that_has_gone(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    # "static" is Flask's own; the portal serves its built assets itself instead.
    assert PUBLIC - endpoints - {"static"} == set()


def test_the_walker_catches_an_unguarded_view():
    app = create_app({"TESTING": True, "SECRET_KEY": TEST_SECRET})
    careless = Blueprint("careless", __name__, url_prefix="/staff/careless")

    @careless.get("/everything")
    def everything():
        return "every child's feedback, unmoderated"

    @careless.get("/guarded")
    @role_required(Role.MODERATOR)
    def guarded():
        return "fine"

    # A guard written above the route decorator guards nothing: the route has the bare view.
    @role_required(Role.ADMIN)
    @careless.get("/upside-down")
    def upside_down():
        return "also every child's feedback"

    app.register_blueprint(careless)

    assert unguarded_endpoints(app) == ["careless.everything", "careless.upside_down"]


def test_the_walker_does_not_accept_an_unknown_role():
    app = create_app({"TESTING": True, "SECRET_KEY": TEST_SECRET})
    typo = Blueprint("typo", __name__)

    @typo.get("/staff/typo")
    @role_required("admni")
    def typo_view():
        return "nobody, or everybody?"

    app.register_blueprint(typo)

    assert unguarded_endpoints(app) == ["typo.typo_view"]


def test_every_guarded_route_sends_an_anonymous_visitor_to_sign_in(app):
    rules = guarded_rules(app)
    assert rules, "no guarded routes found: the walker is broken"
    client = app.test_client()
    # Only a real CSRF token gets a POST as far as the role check.
    token = csrf_token_for(client)
    failures = []
    for rule in rules:
        url = example_url(app, rule)
        for method in _methods(rule):
            data = {"csrf_token": token} if method != "GET" else None
            response = client.open(url, method=method, data=data)
            if response.status_code != 302 or path_of(response) != SIGN_IN:
                failures.append(f"{method} {url} answered {response.status_code}")
    assert failures == []


def test_every_guarded_route_refuses_staff_without_its_role(app, signed_in):
    by_roles: dict[frozenset[str], list[Rule]] = {}
    for rule in guarded_rules(app):
        by_roles.setdefault(required_roles(app, rule.endpoint), []).append(rule)
    assert by_roles, "no guarded routes found: the walker is broken"
    failures = []
    for roles, rules in by_roles.items():
        # Every role except the ones that would let this user in (possibly no role at all).
        client, _ = signed_in(*sorted(set(Role) - roles))
        token = csrf_token_for(client)
        for rule in rules:
            url = example_url(app, rule)
            for method in _methods(rule):
                data = {"csrf_token": token} if method != "GET" else None
                response = client.open(url, method=method, data=data)
                if response.status_code != 403:
                    failures.append(f"{method} {url} answered {response.status_code}")
    assert failures == []


@pytest.mark.parametrize("role", sorted(Role))
def test_each_role_reaches_the_staff_home(role, signed_in):
    client, _ = signed_in(role)

    assert client.get("/staff/").status_code == 200
