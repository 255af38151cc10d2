"""The moderation queue: what is waiting, in what order, filtered, counted and paged."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from portal.models import Submission
from tests.moderation.helpers import (
    DISCLOSURE,
    ORDINARY,
    add_service,
    clone_submission,
    row,
    send_feedback,
    send_feedback_for_service,
)
from tests.support.html import error_messages, page, text


def _ids(response) -> list[int]:
    """The item numbers listed in the queue, in the order shown."""
    return [
        int(tr.select_one("td").get_text(" ", strip=True).split()[0])
        for tr in page(response).select("table.portal-queue tbody tr")
    ]


def _heading(response) -> str:
    return page(response).select_one("#queue-results h2").get_text(" ", strip=True)


def _at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12, 0, tzinfo=UTC)


def test_queue_order_filters_and_counts(app, signed_in):
    council, _council_service, council_code = add_service(
        app, "Council Children's Services", "Fostering"
    )
    nhs, nhs_service, _ = add_service(app, "NHS Trust", "School Nursing")
    newest = send_feedback_for_service(app, ORDINARY, council_code)
    held = send_feedback(app, DISCLOSURE)  # flagged: a safeguarding case, never in the queue
    suggested = row(app, Submission, newest)["suggested_themes"].split()
    assert "delay" in suggested, suggested  # the real analysis suggested it on arrival
    carer = clone_submission(
        app,
        newest,
        audience="carer",
        service_id=nhs_service,
        submitted_at=_at(2, 10),
        suggested_themes=" feeling-safe ",
    )
    january = clone_submission(app, newest, service_id=None, submitted_at=_at(1, 10))
    urgent_old = clone_submission(app, newest, urgent=True, submitted_at=_at(1, 5))

    client, _ = signed_in("moderator")
    queue = client.get("/moderation/")
    assert queue.status_code == 200
    # Urgent first, then newest first; the held disclosure is not listed.
    assert _ids(queue) == [urgent_old, newest, carer, january]
    assert held not in _ids(queue)
    words = text(queue)
    assert "4 waiting, 1 of them flagged" in words
    assert "1 safeguarding case waiting for a lead" in words
    assert _heading(queue) == "4 items waiting"
    assert "HX-Request" in queue.headers.get("Vary", "")
    # The queue never shows what anybody wrote.
    assert "Dave" not in words and "boyfriend" not in words

    def listed(query: str) -> tuple[list[int], str]:
        response = client.get(f"/moderation/?{query}")
        assert response.status_code == 200, query
        return _ids(response), _heading(response)

    assert listed("audience=carer") == ([carer], "1 item waiting that match")
    assert listed(f"organisation={council}") == ([urgent_old, newest], "2 items waiting that match")
    assert listed(f"service={nhs_service}") == ([carer], "1 item waiting that match")
    assert listed(f"organisation={nhs}&audience=child") == (
        [],
        "Nothing waiting that matches these filters",
    )
    assert listed("from=2026-02-01&to=2026-02-28") == ([carer], "1 item waiting that match")
    assert listed("from=2026-01-10&to=2026-01-10") == ([january], "1 item waiting that match")
    assert listed("flagged=yes") == ([urgent_old], "1 item waiting that match")
    assert listed("flagged=no")[0] == [newest, carer, january]
    assert listed("theme=feeling-safe") == ([carer], "1 item waiting that match")
    assert listed("theme=delay")[0] == [urgent_old, newest, january]
    # The chosen filters are shown as chosen.
    chosen = page(client.get(f"/moderation/?audience=carer&service={nhs_service}"))
    assert chosen.select_one("#audience option[selected]")["value"] == "carer"
    assert chosen.select_one("#service option[selected]")["value"] == str(nhs_service)


def test_unreadable_filters_are_explained_never_a_server_error(app, signed_in):
    send_feedback(app, ORDINARY)
    client, _ = signed_in("moderator")

    bad_day = client.get("/moderation/?from=2026-02-30")
    assert bad_day.status_code == 200
    assert error_messages(bad_day) == ["Enter a real date, for example 2026-11-30"]
    # The bad date is left in the box, so the moderator can see and correct it.
    assert page(bad_day).select_one("input#from")["value"] == "2026-02-30"

    words = client.get("/moderation/?to=yesterday")
    assert words.status_code == 200
    assert error_messages(words) == ["Enter a real date, for example 2026-11-30"]

    backwards = client.get("/moderation/?from=2026-03-01&to=2026-02-01")
    assert backwards.status_code == 200
    assert error_messages(backwards) == ["The end date must be the same as or after the start date"]

    huge = client.get("/moderation/?service=99999999999999999999&page=99999999999999999999")
    assert huge.status_code == 200
    assert error_messages(huge) == ["Choose a service from the list"]

    # (Last: a known grammar slip.) The agency's error reads as English.
    agency = client.get("/moderation/?organisation=council")
    assert agency.status_code == 200
    assert error_messages(agency) == ["Choose an agency from the list"]


def test_paging_keeps_the_filters(app, signed_in):
    first = send_feedback(app, ORDINARY)
    children = [first] + [
        clone_submission(app, first, submitted_at=_at(3, 28 - n)) for n in range(26)
    ]
    for n in range(3):
        clone_submission(app, first, audience="carer", submitted_at=_at(4, 1 + n))
    client, _ = signed_in("moderator")

    one = client.get("/moderation/?audience=child")
    assert _heading(one) == "27 items waiting that match"
    assert _ids(one) == children[:25]
    assert "Page 1 of 2" in text(one)
    next_link = page(one).select_one(".govuk-pagination__next a")["href"]
    query = parse_qs(urlsplit(next_link).query)
    assert query == {"audience": ["child"], "page": ["2"]}

    two = client.get(next_link)
    assert _ids(two) == children[25:]
    assert "Page 2 of 2" in text(two)
    back = page(two).select_one(".govuk-pagination__prev a")["href"]
    assert parse_qs(urlsplit(back).query) == {"audience": ["child"], "page": ["1"]}

    everything = client.get("/moderation/?page=2")
    assert _heading(everything) == "30 items waiting"
    assert len(_ids(everything)) == 5


def test_htmx_filter_returns_only_the_results(app, signed_in):
    send_feedback(app, ORDINARY)
    carer = clone_submission(app, send_feedback(app, ORDINARY), audience="carer")
    client, _ = signed_in("moderator")

    fragment = client.get("/moderation/?audience=carer", headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    body = fragment.get_data(as_text=True)
    assert body.lstrip().startswith('<div id="queue-results">')
    assert "<html" not in body and "Apply filters" not in body
    assert _ids(fragment) == [carer]
    assert "HX-Request" in fragment.headers["Vary"]

    # A boosted navigation (a whole page swap) still gets the whole page.
    boosted = client.get(
        "/moderation/?audience=carer", headers={"HX-Request": "true", "HX-Boosted": "true"}
    )
    assert "<html" in boosted.get_data(as_text=True)
