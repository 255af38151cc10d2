"""The two things the throughput bench sends: a bare insert, and a real feedback submission."""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from urllib.parse import urlencode

from bench.htmlscan import Form, parse_page
from bench.load import Connection, Response, Scenario, http_request

FREE_TEXT = (
    "My worker listens to me and she always comes back when she says she will. "
    "I would like to see my brother more often 🙂 and I do not like moving schools. "
    "Thank you for asking what I think."
)


def survey_answers(form: Form, rng: random.Random) -> list[tuple[str, str]]:
    """A complete, valid set of answers to a survey form, read from the page itself."""
    answers: list[tuple[str, str]] = []
    for name, values in form.radios.items():
        if name.startswith("q_"):
            answers.append((name, rng.choice(values)))
    for name, values in form.checkboxes.items():
        if name.startswith("q_"):
            chosen = rng.sample(values, k=min(len(values), rng.randint(1, 2)))
            answers += [(name, value) for value in chosen]
    answers += [(name, FREE_TEXT) for name in form.textareas if name.startswith("q_")]
    return answers


def feedback_form(html: str) -> Form:
    """The survey's form: the POST form that carries the CSRF token and submission token."""
    for form in parse_page(html).forms:
        names = {name for name, _ in form.hidden}
        if form.method == "post" and {"csrf_token", "submission_token", "version"} <= names:
            return form
    raise RuntimeError("no feedback form (csrf_token, submission_token, version) on the page")


class BaselineInsert(Scenario):
    """POST /rows: the bare app inserts one row and answers 200."""

    name = "baseline"
    path = "/rows"

    async def prepare(self, connection: Connection) -> Callable[[], bytes]:
        body = urlencode({"text": "How was it? Good 🙂"}).encode()
        request = http_request(
            "POST",
            self.path,
            connection.port,
            {"Content-Type": "application/x-www-form-urlencoded"},
            body,
        )
        return lambda: request

    def expected(self, response: Response) -> bool:
        return response.status == 200


class PortalSubmit(Scenario):
    """POST /feedback/<audience> with step=send: a real submission each time.

    Per connection: GET the survey once for the session cookie, the CSRF token (tied to that
    session and reusable within it), the hidden fields and the question names. Then every
    request carries a fresh 32-character submission token, so each one creates a submission.
    """

    name = "portal"

    def __init__(self, audience: str = "child", seed: int = 2024) -> None:
        self.audience = audience
        self.path = f"/feedback/{audience}"
        self.seed = seed
        self._count = 0
        self.questions_answered = 0  # answer rows each submission should have

    async def prepare(self, connection: Connection) -> Callable[[], bytes]:
        self._count += 1
        rng = random.Random(self.seed + self._count)
        response = await connection.exchange(http_request("GET", self.path, connection.port))
        if response.status != 200:
            raise RuntimeError(f"GET {self.path} answered {response.status}")
        cookies = [c.split(b";", 1)[0].decode("latin-1") for c in response.cookies]
        if not cookies:
            raise RuntimeError(f"GET {self.path} set no session cookie")
        form = feedback_form(response.body.decode("utf-8"))
        fields = [(n, v) for n, v in form.hidden if n not in {"submission_token", "step"}]
        answers = survey_answers(form, rng)
        self.questions_answered = len({name for name, _ in answers})
        fields += answers
        fields.append(("step", "send"))
        prefix = urlencode(fields)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(cookies),
        }
        port = connection.port
        path = self.path

        def build() -> bytes:
            body = f"{prefix}&submission_token={secrets.token_urlsafe(24)}".encode()
            return http_request("POST", path, port, headers, body)

        return build

    def expected(self, response: Response) -> bool:
        return response.status == 303 and response.headers.get(b"location", b"").endswith(
            b"/feedback/received"
        )
