"""Sentiment: negation, emoji, contrast, complaint patterns, requests; a floor on the labelled
file and a speed bound. The example sentences are written for these tests."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from portal.analysis import sentiment

DEV_FILE = Path(__file__).resolve().parents[3] / "shared" / "data" / "feedback-dev.jsonl"
TAXONOMY = Path(__file__).resolve().parents[3] / "shared" / "data" / "taxonomy.json"


def label(text: str, respondent: str = "young-person") -> str:
    return sentiment.classify(text, respondent)


@pytest.mark.parametrize(
    "text",
    [
        "my foster carers are amazing 😊",
        "thank you so much for everything ❤️",
        "honestly the best support I've ever had",
        "my sw is sound tbh 👍",
        "Supervision is regular and my manager is brilliant.",
        "not bad actually",
        "The contact arrangements work really well now.",
        "she actually listens to me",
    ],
)
def test_positive(text: str) -> None:
    assert label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "i hate it here 😡",
        "i am not happy with my placement",
        "she never listens to me",
        "no one helps us",
        "the service is not good enough",
        "I don't feel listened to at all",
        "nothing good ever happens here 😞",
    ],
)
def test_negative_words_and_negation(text: str) -> None:
    assert label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "I have been waiting 7 months for an assessment",
        "Nobody calls back.",
        "I've had 4 social workers this year",
        "contact got cancelled AGAIN",
        "my worker said she would ring on friday. that was 2 weeks ago",
        "had to tell my story to another new worker",
        "still no date for the hearing",
    ],
)
def test_complaints_without_negative_words(text: str) -> None:
    assert label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "my worker is great but she keeps changing my contact times",
        "staff are lovely but the food is rubbish",
        "things were really hard last year but they're better now",
        "my new social worker is nice but i miss my old one",
    ],
)
def test_mixed(text: str) -> None:
    assert label(text) == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Can I have a copy of my plan please?",
        "More parking at the office please",
        "The review is on Tuesday.",
        "Please send me the leaflet about advocacy",
    ],
)
def test_neutral_requests_and_facts(text: str) -> None:
    assert label(text) == "neutral"


def test_joking_is_not_a_complaint() -> None:
    assert label("lol my sister will literally kill me if i eat her chocolate 😂") != "negative"


def test_explain_gives_reasons() -> None:
    result, reasons = sentiment.explain("she never listens and I'm fed up 😡", "child")
    assert result == "negative"
    assert "😡" in reasons
    assert any("listens" in r for r in reasons)


def test_labels_are_the_taxonomy_sentiments() -> None:
    taxonomy = json.loads(TAXONOMY.read_text(encoding="utf-8"))
    assert set(sentiment.LABELS) == set(taxonomy["sentiments"])
    for text in ["", "   ", "?", "😊", "ok", "x" * 5000]:
        assert label(text) in taxonomy["sentiments"]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    if not DEV_FILE.exists():
        pytest.skip(f"labelled file not found: {DEV_FILE}")
    return [json.loads(line) for line in DEV_FILE.read_text(encoding="utf-8").splitlines() if line]


def accuracy(records: list[dict]) -> float:
    right = sum(label(r["text"], r["respondent"]) == r["sentiment"] for r in records)
    return right / len(records)


def test_floor_on_the_labelled_file(records: list[dict]) -> None:
    # Achieved 0.93 on the whole file; 0.91 on the half the rules were written from and 0.79
    # on the other half before it was looked at (see the report); the floor leaves a margin.
    assert accuracy(records) >= 0.90
    for half in (0, 1):
        part = [r for r in records if zlib.crc32(r["id"].encode()) % 2 == half]
        assert accuracy(part) >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "The contact supervisor is fine, although the venue is a long drive for us.",
        "apart from the food the home is alright and staff are ok",
        "The training was excellent but half the team could not get a place on it",
    ],
)
def test_praise_with_a_reservation_is_mixed(text: str) -> None:
    assert label(text) == "mixed"
    assert any(
        r in ("a reservation after the praise", "apart from ...")
        for r in sentiment.explain(text, "carer")[1]
    )


@pytest.mark.parametrize(
    "text",
    [
        "she was not only kind but really helpful",
        "The new system is not only quicker but really reliable.",
    ],
)
def test_no_reservation_without_a_turn(text: str) -> None:
    assert label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "can i see my dog more",
        "i want to go to the youth club on fridays",
        "when is my next review",
        "Please could someone help me with my anxiety",
        "More support for staff with sickness absence please",
    ],
)
def test_wishes_and_requests_about_a_worry_are_neutral(text: str) -> None:
    assert label(text) == "neutral"


def test_a_sentence_starting_with_when_is_not_a_question() -> None:
    assert label("when i turned 18 everything just stopped and i was on my own") == "negative"


def test_adverbs_of_praise() -> None:
    assert label("The review was chaired brilliantly by the IRO.", "carer") == "positive"


# The built-in learned layer (sentiment_model), fitted on the labelled files.


def test_praise_and_a_complaint_together_are_mixed() -> None:
    assert label("the staff are brilliant but the waiting list for camhs is over a year") == "mixed"
    assert label("my worker is nice but she keeps getting changed", "child") == "mixed"


def test_slang_praise_is_read_as_praise_and_the_reason_says_it_was_learned() -> None:
    text = "my new placement is sick, the carers are proper safe"
    assert sentiment.rule_label(text) == "negative"
    got, reasons = sentiment.explain(text, "young-person")
    assert got == "positive"
    assert any(r.startswith("learned from") and "'proper'" in r for r in reasons)


def test_the_learned_layer_leaves_a_plain_request_neutral() -> None:
    assert label("Could you send me the dates of the next review please?", "carer") == "neutral"


@pytest.mark.parametrize("text", ["my placement is ok", "the review was fine i guess"])
def test_lukewarm_words_are_not_praise(text: str) -> None:
    assert sentiment.rule_label(text) != "positive"


def test_laughing_takes_the_sting_out() -> None:
    text = "i like it here, my cousin destroys me at fifa every time lol so unfair"
    assert sentiment.rule_label(text) != "negative"
