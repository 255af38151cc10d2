"""Personal-data detection and redaction: tricky cases written for these tests, a floor on the
labelled file, and a speed bound."""

from __future__ import annotations

import itertools
import json
import zlib
from pathlib import Path

import pytest

from portal.analysis import pii
from portal.analysis.types import Span

DEV_FILE = Path(__file__).resolve().parents[3] / "shared" / "data" / "feedback-dev.jsonl"
TAXONOMY = Path(__file__).resolve().parents[3] / "shared" / "data" / "taxonomy.json"


def found(text: str) -> list[tuple[str, str]]:
    return [(span.kind, span.text) for span in pii.find(text)]


def kinds(text: str) -> set[str]:
    return {span.kind for span in pii.find(text)}


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ring me on 07700900123 after school", "07700900123"),
        ("my mobile is 07700 900 321 ok", "07700 900 321"),
        ("mob: 07700-900-654", "07700-900-654"),
        ("call 07700.900.987 pls", "07700.900.987"),
        ("new number +44 7700 900 456 thanks", "+44 7700 900 456"),
        ("or +44 (0)7700 900321", "+44 (0)7700 900321"),
        ("text +447700900555", "+447700900555"),
        ("home phone (0161) 496-0000", "(0161) 496-0000"),
        ("landline 0113 496 0123 evenings", "0113 496 0123"),
        ("the office is 020 7946 0018", "020 7946 0018"),
        ("text me 0 7 7 0 0 9 0 0 1 2 3", "0 7 7 0 0 9 0 0 1 2 3"),
    ],
)
def test_uk_phone_numbers_however_written(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ring Childline on 0800 1111 any time",
        "call 999 or 111 if you need to",
        "the budget is £1,250,000 this year",
        "case ref 123456789 from 2011-2012",
        "review on 03/04/2024 at 10:30",
        "ring me 07700 900 12",  # a digit short: not a mobile number
    ],
)
def test_things_that_are_not_phone_numbers(text: str) -> None:
    assert "phone" not in kinds(text)


# --------------------------------------------------------------------------- NHS numbers


def test_nhs_number_valid_check_digit_spaced_or_not() -> None:
    assert found("my nhs number is 943 476 5919") == [("nhs-number", "943 476 5919")]
    assert found("NHS no 9434765919 thanks") == [("nhs-number", "9434765919")]
    assert found("nhs: 943-476-5919") == [("nhs-number", "943-476-5919")]


@pytest.mark.parametrize("text", ["nhs number 943 476 5918", "NHS 9434765910", "ref 123 456 7890"])
def test_ten_digits_with_a_wrong_check_digit_are_not_nhs_numbers(text: str) -> None:
    assert "nhs-number" not in kinds(text)


def test_ten_digits_failing_mod11_and_starting_with_0_can_still_be_a_phone() -> None:
    assert kinds("ring 0113 496 0123 please") == {"phone"}


# --------------------------------------------------------------------------- postcodes


@pytest.mark.parametrize(
    "code", ["LS12 9ZY", "ls12 9zy", "LS129ZY", "m1 1ae", "B23 6TF", "sw1a 2aa"]
)
def test_postcodes_with_or_without_space_any_case(code: str) -> None:
    assert ("postcode", code) in found(f"my postcode is {code} now")


@pytest.mark.parametrize(
    "text",
    [
        "we meet at 10am in room b12 on the 3rd floor",
        "year 9 and ks2 2nd place",
        "my mp3 player",
        "see you at 9 am",
    ],
)
def test_ordinary_words_are_not_postcodes(text: str) -> None:
    assert "postcode" not in kinds(text)


# --------------------------------------------------------------------------- dates of birth


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 03/04/2011", "03/04/2011"),
        ("I was born on 3rd April 2011 in Leeds", "3rd April 2011"),
        ("my birthday is 12.5.09 and i want a party", "12.5.09"),
        ("d.o.b: 2011-04-03", "2011-04-03"),
        ("i was born 3 april 2011", "3 april 2011"),
        ("date of birth 14th of March 2012", "14th of March 2012"),
        ("my bday is the 5th of june", "5th of june"),
        ("Baby Ava (DOB 01/02/2024) was seen", "01/02/2024"),
        ("he was born on the 14th July 2015", "14th July 2015"),
        ("22/11/2008 (date of birth)", "22/11/2008"),
    ],
)
def test_dates_of_birth_in_many_forms(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the meeting on 3 May was cancelled",
        "he was born in 2011 and the review is on 12/05/2024",
        "contact on 14th July went well",
        "we got a letter dated 12/3/2024 about my birthday party",
        "She turned 16 on 2nd March and the plan changed",
    ],
)
def test_dates_without_a_birth_cue_are_not_dates_of_birth(text: str) -> None:
    assert "date-of-birth" not in kinds(text)


# --------------------------------------------------------------------------- addresses, schools


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("i live at 22b acacia avenue with my nan", "22b acacia avenue"),
        ("letters go to Flat 3, 27 Chantry Street", "Flat 3, 27 Chantry Street"),
        ("moved to flat 12 Kingsway House", "flat 12 Kingsway House"),
        ("my dad lives at 12 Harrow Rd", "12 Harrow Rd"),
        ("45 Elm Tree Avenue is our house", "45 Elm Tree Avenue"),
    ],
)
def test_street_addresses(text: str, address: str) -> None:
    assert ("street-address", address) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "been in my flat 3 months now and its cold",
        "it takes 20 minutes walk to school",
        "3 days in a row i had no dinner",
        "it was 100 percent the best way",
        "we moved 5 times, way too many",
        "i have 2 brothers and 3 sisters",
    ],
)
def test_numbers_before_street_words_are_not_addresses(text: str) -> None:
    assert "street-address" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("he goes to Oakfield Academy now", "Oakfield Academy"),
        ("she is at Hollybank Primary", "Hollybank Primary"),
        ("she's at St Mary's and loves it", "St Mary's"),
        ("i go to ashgrove primary", "ashgrove primary"),
        ("excluded from riverside high last year", "riverside high"),
        ("St John's C of E Primary was great", "St John's C of E Primary"),
        ("Year 10 at Kingsmead Secondary", "Kingsmead Secondary"),
        ("Leeds City College were brilliant", "Leeds City College"),
        ("i go to st bedes", "st bedes"),
    ],
)
def test_named_schools(text: str, school: str) -> None:
    assert ("school", school) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the virtual school helped and my school is ok",
        "I go to school and college",
        "secondary school is hard",
        "The Virtual School Head came to the PEP",
        "my old school was better than this one",
        "waiting lists are really high",
    ],
)
def test_generic_schools_are_not_named_schools(text: str) -> None:
    assert "school" not in kinds(text)


# --------------------------------------------------------------------------- email, handles


def test_email_addresses() -> None:
    assert found("email me at jo.bloggs@example.com") == [("email", "jo.bloggs@example.com")]
    assert found("kim.w@example.co.uk is mine") == [("email", "kim.w@example.co.uk")]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("my snap is jay_b07", "jay_b07"),
        ("insta: @jaybee", "@jaybee"),
        ("add me on tiktok @dancer.girl22", "@dancer.girl22"),
        ("my snapchat is mollyb_2009", "mollyb_2009"),
        ("follow me on tiktok: kaiboi09", "kaiboi09"),
    ],
)
def test_social_media_handles(text: str, handle: str) -> None:
    assert ("social-handle", handle) in found(text)


@pytest.mark.parametrize("text", ["my insta is private", "my tiktok got hacked", "snap me later"])
def test_platform_words_without_a_handle(text: str) -> None:
    assert "social-handle" not in kinds(text)


def test_an_email_is_not_also_a_handle() -> None:
    assert kinds("write to sam.o@example.org") == {"email"}


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my social worker Dave is great", "Dave"),
        ("my sw dave never rings back", "dave"),
        ("my sw, kerry, is lovely", "kerry"),
        ("my teacher miss hughes is kind", "hughes"),
        ("Dr Patel came round", "Patel"),
        ("PC Jones took a statement", "Jones"),
        ("Ms. Okafor chaired it", "Okafor"),
        ("Jade never calls back", "Jade"),
        ("me and Tyler went to the park", "Tyler"),
        ("me and tyler went to the park", "tyler"),
        ("her name is chantelle", "chantelle"),
        ("i have a new sw called chloe", "chloe"),
        ("my nan pat looks after me", "pat"),
        ("my sister Grace is 12", "Grace"),
        ("I told Will about it", "Will"),
        ("my mum's boyfriend Gaz hits her", "Gaz"),
        ("the health visitor Angela noticed", "Angela"),
        ("Becky's mum is nice", "Becky"),
        ("my worker Siobhan O'Connor is lovely", "Siobhan O'Connor"),
        ("I want to see my brother Callum-James", "Callum-James"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert ("person-name", name) in found(text)


def test_lists_of_names_and_surnames() -> None:
    assert found("Michelle Baptiste, kinship carer for Jordan and Keeley") == [
        ("person-name", "Michelle Baptiste"),
        ("person-name", "Jordan"),
        ("person-name", "Keeley"),
    ]
    assert found("my foster carers Dawn and Phil") == [
        ("person-name", "Dawn"),
        ("person-name", "Phil"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "my social worker is great",
        "my key worker at the unit is kind",
        "the social worker and the IRO said no",
        "thanks to CAMHS and Childline and the MASH",
        "The Head of Service agreed with the Team Manager",
        "My Social Worker Never Rings Me Back And I Am Fed Up",
        "i miss my mum and i miss school",
        "Will you ring me back",
        "we went in May and it was fine",
        "Grace is a lovely word",
        "I hope it gets better",
        "my brother hits me",
        "my iro said i could go",
        "we have a dog called Max",
        "a hamster called biscuit",
        "called the police at 3am",
        "I spoke to Ofsted, Cafcass and Barnardo's about it.",
        "Christmas contact at McDonalds was rubbish",
        "my worker changed again",
        "Mum rang the HV line yesterday",
    ],
)
def test_roles_services_and_ordinary_words_are_not_names(text: str) -> None:
    assert "person-name" not in kinds(text)


# --------------------------------------------------------------------------- spans, redaction


def test_spans_are_sorted_non_overlapping_and_exact() -> None:
    text = (
        "Baby Amelia Hughes, DOB 04/06/2025, NHS 943 476 5919, 17 Saxon Way, M14 6ZW, "
        "mum on 07700 900 123 or mum.h@example.com, insta @mumh_1"
    )
    spans = pii.find(text)
    assert [s.kind for s in spans] == [
        "person-name",
        "date-of-birth",
        "nhs-number",
        "street-address",
        "postcode",
        "phone",
        "email",
        "social-handle",
    ]
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_kinds_are_exactly_the_taxonomy_pii_kinds() -> None:
    taxonomy = json.loads(TAXONOMY.read_text(encoding="utf-8"))
    assert set(pii.KINDS) == set(taxonomy["pii_kinds"])
    assert set(pii.LABELS) == set(taxonomy["pii_kinds"])


def test_redact_replaces_each_span_with_its_label_and_keeps_the_rest() -> None:
    text = "my sw dave said ring 07700 900 123, I live at 8 Wren Grove NE6 3ZX :)"
    assert pii.redact(text) == "my sw [name] said ring [phone], I live at [address] [postcode] :)"


def test_redact_every_label() -> None:
    text = (
        "Tia, 07700900123, t@example.com, LS1 4AP, 2 Elm Road, Oakfield Academy, "
        "DOB 1/2/2010, NHS 9434765919, snap: tia_b09"
    )
    assert pii.redact(text) == (
        "[name], [phone], [email], [postcode], [address], [school], "
        "DOB [date of birth], NHS [NHS number], snap: [handle]"
    )


def test_redact_with_given_spans_and_with_none() -> None:
    text = "hello Sam"
    assert pii.redact(text, []) == text
    assert pii.redact(text, [Span("person-name", 6, 9, "Sam")]) == "hello [name]"
    assert pii.redact("") == ""
    assert pii.redact("no personal data here") == "no personal data here"


# --------------------------------------------------------------------------- the labelled file


def _score(records: list[dict]) -> tuple[float, float, dict[str, tuple[int, int]]]:
    gold_n = hit = pred_n = pred_ok = 0
    per_kind: dict[str, tuple[int, int]] = {}
    for record in records:
        text = record["text"]
        spans = [(s.start, s.end) for s in pii.find(text)]
        gold = []
        for item in record["pii"]:
            start = text.find(item["text"])
            gold.append((start, start + len(item["text"]), item["kind"]))
        for g in gold:
            ok = any(g[0] < s[1] and s[0] < g[1] for s in spans)
            gold_n += 1
            hit += ok
            seen, total = per_kind.get(g[2], (0, 0))
            per_kind[g[2]] = (seen + ok, total + 1)
        pred_n += len(spans)
        pred_ok += sum(any(s[0] < g[1] and g[0] < s[1] for g in gold) for s in spans)
    return hit / gold_n, pred_ok / pred_n, per_kind


@pytest.fixture(scope="module")
def records() -> list[dict]:
    if not DEV_FILE.exists():
        pytest.skip(f"labelled file not found: {DEV_FILE}")
    return [json.loads(line) for line in DEV_FILE.read_text(encoding="utf-8").splitlines() if line]


def test_floor_on_the_labelled_file(records: list[dict]) -> None:
    recall, precision, per_kind = _score(records)
    # Achieved 1.00 / 1.00 on the whole file; the floor leaves a small margin.
    assert recall >= 0.97, per_kind
    assert precision >= 0.95
    # Each half of the file on its own (split by a hash of the id), as a held-out check.
    for half in (0, 1):
        part = [r for r in records if zlib.crc32(r["id"].encode()) % 2 == half]
        recall, precision, _ = _score(part)
        assert recall >= 0.95
        assert precision >= 0.93


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me and zubair went to the shop", "zubair"),
        ("Me and Oskar got told off", "Oskar"),
        ("Tayshaun's mum picked us up", "Tayshaun"),
        ("we went round kacper's house", "kacper"),
        ("Zeynep and me sit together", "Zeynep"),
        ("text Mariusz and see if he's out", "Mariusz"),
        ("Lily-Mae and me share a room", "Lily-Mae"),
        ("a boy from school called Precious keeps texting", "Precious"),
    ],
)
def test_names_in_name_like_positions(text: str, name: str) -> None:
    assert ("person-name", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "me and mum went shopping",
        "me and bestie went to town",
        "me and staff played pool",
        "the boy's mum was shouting",
        "everybody's mum came to sports day",
        "tell Childline if you're worried",
        "a group called Young Voices meets on fridays",
    ],
)
def test_name_like_positions_keep_ordinary_words_out(text: str) -> None:
    assert "person-name" not in kinds(text)


def test_more_school_forms() -> None:
    assert ("school", "Holy Trinity C of E Primary") in found(
        "she's at Holy Trinity C of E Primary now"
    )
    assert ("school", "Hollins Park") in found("he goes to the Pupil Referral Unit at Hollins Park")
    assert "school" not in kinds("he goes to the PRU at Christmas for a party")


def test_month_and_year_of_birth_needs_a_birth_cue() -> None:
    assert ("date-of-birth", "march 2012") in found("i was born in march 2012 in leeds")
    assert "date-of-birth" not in kinds("we moved in march 2012")


# --------------------------------------------------------------------------- text by other hands


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jas and Harpreet from the fostering team were brilliant", "Harpreet"),
        ("Shout out to Wiktoria and Ngozi for helping me", "Wiktoria"),
        ("Shout out to Wiktoria and Ngozi for helping me", "Ngozi"),
        ("my best mate oluwaseun moved away", "oluwaseun"),
        ("ring zofia if i'm not in", "zofia"),
        ("Chidi keeps asking for money off me", "Chidi"),
        ("Paulette rang me back the same day", "Paulette"),
        ("the IRO, Funmilayo Adeyemi, actually listened", "Funmilayo Adeyemi"),
    ],
)
def test_names_from_many_communities(text: str, name: str) -> None:
    assert ("person-name", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the IRO let me chair part of it",
        "St Mary's Hospital were brilliant with him",
        "We go to Hope Church on Sundays",
        "The Youth Justice Service are very good",
        "Housing told us to wait another month",
        "Reception said the worker was on leave",
        "Joint visits with the school nurse worked well",
        "Found messages on her tablet from an adult",
        "Mark my words, nothing will change",
        "Saying grace before dinner is a house rule",
        "She gave me a rose for my birthday",
        "Will the meeting be online or in person",
        "Mill Lane Family Centre was really welcoming",
    ],
)
def test_services_verbs_and_words_that_look_like_names(text: str) -> None:
    assert "person-name" not in kinds(text)


def test_made_up_postcode_areas_where_a_postcode_is_expected() -> None:
    assert ("postcode", "QX4 7RT") in found("Our address is 21 Fernhill Crescent, QX4 7RT")
    assert ("postcode", "zz9 9zz") in found("postcode zz9 9zz")
    assert ("postcode", "QB72LT") in found("we got rehoused to QB72LT")
    assert "postcode" not in kinds("I got a PS5 2TB for Christmas")
    assert "postcode" not in kinds("he said QZ3 1DF was his gamer code")


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("his gamertag is DarkWolf99 and he keeps messaging me", "DarkWolf99"),
        ("he added me on insta as tyreeceblack_", "tyreeceblack_"),
        ("my tiktok is called lexiedances", "lexiedances"),
        ("add me on snap its jessb_2010", "jessb_2010"),
        (
            "a boy on roblox keeps messaging me, his name on there is xXnightfoxXx77",
            "xXnightfoxXx77",
        ),
    ],
)
def test_handles_near_a_platform(text: str, handle: str) -> None:
    assert ("social-handle", handle) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my account got hacked on snap twice",
        "i was online till 2am on my phone",
        "online school during covid19 was awful",
        "we play fortnite in year10 after school",
    ],
)
def test_platform_talk_without_a_handle(text: str) -> None:
    assert "social-handle" not in kinds(text)


def test_streets_without_a_number_or_with_only_their_kind() -> None:
    assert ("street-address", "Mill Lane") in found("the house on Mill Lane is where my dad lives")
    assert ("street-address", "56 the Crescent") in found("we moved to 56 the Crescent")
    assert "street-address" not in kinds("the centre on Station Road is shut on Mondays")
    assert "street-address" not in kinds("Mill Lane Family Centre runs a parents group")


def test_schools_by_denomination_and_hospitals_that_are_not_schools() -> None:
    assert ("school", "Holy Family RC") in found("he left Holy Family RC last year")
    assert "school" not in kinds("Kings College Hospital did the operation")


def test_day_and_month_of_birth_only_beside_a_birth_cue() -> None:
    assert ("date-of-birth", "23/7") in found("my b-day is 23/7")
    assert "date-of-birth" not in kinds("the meeting on 12/3 was cancelled")
    assert "date-of-birth" not in kinds("my birthday is 45/7 apparently")


# --------------------------------------------------------------------------- round 3 families


@pytest.mark.parametrize(
    ("text", "kind", "piece"),
    [
        ("i miss my old school Sacred Heart so much", "school", "Sacred Heart"),
        ("she goes to Our Lady of Lourdes now", "school", "Our Lady of Lourdes"),
        ("moved to St Wilfrid after the summer", "school", "St Wilfrid"),
        (
            "his dob on the plan is wrong again, it should be 12/11/2012",
            "date-of-birth",
            "12/11/2012",
        ),
        ("the Okafor children have a new worker", "person-name", "Okafor"),
        ("the contact centre down Mill Lane is freezing", "street-address", "Mill Lane"),
    ],
)
def test_round3_families_are_found(text: str, kind: str, piece: str) -> None:
    assert any(k == kind and (piece in t or t in piece) for k, t in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My supervisor is helpful and my caseload is fine",
        "i have told my pa once and my teacher twice",
        "he waits for me outside school every day",
        "we went to Holy Trinity Church on Sunday",
        "the Polish family next door invited us round",
    ],
)
def test_round3_words_that_are_not_names_or_schools(text: str) -> None:
    assert not {k for k in kinds(text)} & {"person-name", "school"}, found(text)
