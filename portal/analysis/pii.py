"""Personal data in free text: find it, and redact it.

`find(text)` returns non-overlapping spans (sorted by start) of the taxonomy's pii_kinds:
person-name, phone, email, postcode, street-address, school, date-of-birth, nhs-number and
social-handle. `redact(text)` replaces each span with its label ("[name]", "[phone]", ...),
leaving every other character as it was.

Rules, not a model: each kind has a pattern written from how people write that kind of data
in UK English (with and without capitals, spaces and punctuation), and a check that keeps
ordinary words out (a postcode's area must exist, an NHS number's check digit must be right,
a date is a date of birth only next to a birth cue, a name needs a cue or must look like one).
Names come from two lexicons, `_pii_words` (core lists, ordinary words, services) and
`_pii_names` (about 1,800 more first names from the UK's communities), plus positions a name
takes ("me and X", "X and me", "X's mum", "Paulette rang me"). A made-up postcode area counts
where a postcode is expected; a handle-shaped word counts near a platform ("his name on there
is xXfoxXx99").
"""

from __future__ import annotations

import re

import phonenumbers

from portal.analysis import _pii_names, _pii_words
from portal.analysis._pii_words import COMMON_WORDS, NOT_NAMES, POSTCODE_AREAS
from portal.analysis.types import Span


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


__all__ = ["KINDS", "LABELS", "find", "redact"]

LABELS = {
    "person-name": "[name]",
    "phone": "[phone]",
    "email": "[email]",
    "postcode": "[postcode]",
    "street-address": "[address]",
    "school": "[school]",
    "date-of-birth": "[date of birth]",
    "nhs-number": "[NHS number]",
    "social-handle": "[handle]",
}
KINDS = tuple(LABELS)

# When two candidates overlap, the more specific kind wins (lower number first).
_PRIORITY = {
    "email": 0,
    "social-handle": 1,
    "nhs-number": 2,
    "phone": 3,
    "date-of-birth": 4,
    "postcode": 5,
    "street-address": 6,
    "school": 7,
    "person-name": 8,
}

# The two lexicons together: `_pii_words` (the core lists) and `_pii_names` (more names).
FIRST_NAMES = _pii_words.FIRST_NAMES | _pii_names.MORE_FIRST_NAMES
AMBIGUOUS_NAMES = _pii_words.AMBIGUOUS_NAMES | _pii_names.MORE_AMBIGUOUS_NAMES
CUE_ONLY_NAMES = _pii_words.CUE_ONLY_NAMES | _pii_names.MORE_CUE_ONLY_NAMES
# Short extra names ("Jas", "Abdi") count in lower case only after a cue, like the risky ones.
LOWER_RISKY_NAMES = (
    _pii_words.LOWER_RISKY_NAMES
    | AMBIGUOUS_NAMES
    | CUE_ONLY_NAMES
    | frozenset(name for name in _pii_names.MORE_FIRST_NAMES if len(name) <= 4)
)
_NAMES = FIRST_NAMES - AMBIGUOUS_NAMES - CUE_ONLY_NAMES - COMMON_WORDS - NOT_NAMES
_ANY_NAME = _NAMES | AMBIGUOUS_NAMES | CUE_ONLY_NAMES

# --------------------------------------------------------------------------- e-mail, handles

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?<![\w.])[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\(at\)|\[at\]|\sat\s)\s*"
    r"(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|btinternet|aol|sky)"
    r"\s*(?:\.|\s?dot\s?)\s*(?:com|co\s?(?:\.|dot)\s?uk|net|org)\b",
    re.I,
)
_AT_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_PLATFORM_HANDLE = re.compile(
    r"\b(?P<platform>insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|twitter|facebook|fb|youtube|"
    r"discord|twitch|threads|kik|psn|xbox|gamertag|roblox|username|user\s?name|handle)"
    r"(?:\s+(?:name|username|user|account|handle|id|tag))?"
    r"(?P<sep>\s+(?:is\s+)?(?:called|named)\s+|\s*(?:is|=|:|-|–)\s*|\s+(?:it'?s|it’s|it\s+is)\s+|\s+(?:is\s+)?(?=@)|\s+)"
    r"(?P<handle>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,29})",
    re.I,
)
_CLAUSE_END = re.compile(r"[!?\n]|\.(?:\s|$)")
_HANDLE_STOP = _words(
    """
    private public hacked deleted blocked banned gone locked down off open closed new
    old account accounts page pages name names story stories messages message dms dm
    chat chats group groups video videos post posts pics pic photos photo live streak
    streaks friends followers following too and but or the a an on at in to of for with
    me him her them us it said says app apps twice once daily forever anymore again
    """
)

# A platform or an online name nearby, then a word shaped like a handle (digits among letters,
# "_" or "."): "his name on there is xXshadowkid13Xx", "added me on insta as tyreeceblack_".
_ONLINE_CUE = re.compile(
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|twitter|facebook|fb|youtube|discord|"
    r"twitch|threads|kik|psn|xbox|playstation|ps[345]|gamer\s?tag|roblox|fortnite|minecraft|"
    r"steam|reddit|telegram|whatsapp|user\s?name|handle|online|on\s+there)\b",
    re.I,
)
_HANDLE_SHAPED = re.compile(r"(?<![\w@.])[A-Za-z0-9_][A-Za-z0-9_.]{3,29}(?<!\.)(?![\w@])")
_NOT_A_HANDLE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|am|pm|s|k|p|x|mb|gb|tb|hrs?|mins?|yrs?)?|(?:year|yr|y|ks|ps|covid|"
    r"gcse|mp|fifa|nhs|top|under|u|over|level|lvl|room|rm|bus|no|number|route|flat|page|"
    r"section|s)\d{1,4}|[a-z]+\.(?:com|co|uk|org|net)|(?:[a-z]\.)+[a-z]?)$",
    re.I,
)


def _looks_like_handle(word: str) -> bool:
    if _NOT_A_HANDLE.match(word):
        return False
    letters = sum(c.isalpha() for c in word)
    if letters < 3:
        return False
    if "_" in word or "." in word.strip("."):
        return True
    return any(c.isdigit() for c in word) and len(word) >= 5


# --------------------------------------------------------------------------- phone, NHS

_PHONE_PRECHECK = re.compile(r"(?:\d[\s.()+-]{0,3}){9}")
_PHONE_FALLBACK = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(\s?0\s?\)\s?)?|\(?\s?0)(?:[\s.\-()]{0,2}\d){9,10}(?!\d)"
)
_NON_DIGIT = re.compile(r"\D")
# Helplines are services, not people's numbers.
_SERVICE_NUMBERS = frozenset({"08001111", "116123", "08088005000", "116111"})

_NHS = re.compile(r"(?<![\d+])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")

# --------------------------------------------------------------------------- postcode

_POSTCODE = re.compile(
    r"\b(?P<area>[A-Za-z]{1,2})(?P<district>\d[A-Za-z\d]?)\s{0,2}(?P<inward>\d[A-Za-z]{2})\b"
)
_INWARD_BAD = frozenset("CIKMOV")
_POSTCODE_CUE = re.compile(
    r"\b(?:post\s?code|p/?code|address|live|lives|living|moved|move|moving|housed|rehoused)\b"
    r"[^.!?\n]{0,20}$",
    re.I,
)
# Between a street address and its postcode: a town at most ("22 Larkspur Close, Leeds VX9 4WD").
_ADDRESS_TO_POSTCODE = re.compile(r"[\s,]*(?:[A-Za-z]+[\s,]+)?$")
_ORDINAL = {"1": "ST", "2": "ND", "3": "RD"}

# --------------------------------------------------------------------------- street address

_STREET_SUFFIX = (
    r"(?:road|rd|street|st(?!(?-i:\s+[A-Z][a-z]))|avenue|ave|lane|ln|close|drive|way|crescent|cres|court|ct|gardens|"
    r"gdns|grove|place|pl|terrace|walk|hill|view|mews|row|square|sq|parade|rise|green|park|vale|"
    r"gate|wharf|yard|boulevard|approach|croft|fold|garth|brow|bank|meadows?|fields?|heights|"
    r"lea|wynd|hollow|grange|chase|end|drove|passage|circus|quay|glade|dene)"
)
_STREET = re.compile(
    r"(?:\b(?:flat|apartment|apt|unit)\s*\d{1,4}[a-z]?\s*,?\s*)?"
    r"\b\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?,?\s+"
    r"(?P<name>(?:[A-Za-z][A-Za-z'’\-]*\s+){1,3}?)" + _STREET_SUFFIX + r"\b",
    re.I,
)
_BUILDING = re.compile(
    r"\b(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit)\s*\d{1,4}[a-z]?,?\s+"
    r"(?:[A-Z][a-z'’\-]+\s+){1,3}(?:House|Court|Tower|Towers|Lodge|Mansions|Heights|Point|"
    r"Buildings|Block|Hall|Place|Apartments)\b"
)
_UNNUMBERED_STREET = re.compile(
    r"\b(?:(?:live|lives|living|lived|stay|stays|staying|stayed|moved|moving)\s+(?:just\s+)?"
    r"(?:on|at|in|to|off)|address\s+is|(?:house|flat|home|bungalow|maisonette)\s+(?:on|in|off)|"
    r"(?:on|off|along|down|up|near|opposite|by|just\s+off)(?=\s+(?:the\s+)?[A-Z]))\s+"
    r"(?:the\s+)?(?P<street>(?:[A-Z][a-z'’\-]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|"
    r"Way|Crescent|Court|Gardens|Grove|Place|Terrace|Walk|Hill|View|Mews|Row|Square|Parade|"
    r"Rise)\b)"
)
# "56 the Crescent", "4 The Green": a street named only by its kind, capitalised.
_THE_STREET = re.compile(
    r"(?:\b(?:[Ff]lat|[Aa]partment|[Aa]pt)\s*\d{1,4}[a-z]?\s*,?\s*)?\b\d{1,4}[a-z]?,?\s+[Tt]he\s+"
    r"(?:Crescent|Green|Grove|Avenue|Drive|Close|Parade|Square|Mews|Rise|Paddock|Meadows|Croft|"
    r"Orchard|Spinney|Glebe|Willows|Limes|Oaks|Beeches|Hollies|Firs|Pines|Poplars|Elms|Laurels|"
    r"Maltings|Sidings|Ridgeway|Broadway|Strand|Boulevard|Circle|Courtyard|Terrace|Walk|"
    r"Gardens|Lane|Row|Coppice|Dell|Dingle|Hollow|Chase|Fairway|Street|Ridings)\b"
)
_STREET_STOP = _words(
    """
    the a an my your his her their our of in on at to for and or but is was be with by
    from this that it its i me we you they he she every each per more than about after
    before over under into just only all no not very so too much many some any other
    another same next last first second third few half
    """
) | _words(
    """
    minute minutes min mins hour hours hr hrs day days week weeks wk wks month months
    year years yr yrs time times mile miles metre metres meter meters km percent people
    kids children pound pounds quid grand person foot feet step steps stop stops bus
    buses hundred thousand million am pm o'clock different separate other sessions
    session schools school homes placements moves workers social times calls texts
    nights members staff girls boys men women adults
    """
)

# --------------------------------------------------------------------------- school

_SCHOOL_CAP = re.compile(
    r"\b(?P<name>(?:(?:St|St\.|Saint)\s+)?(?:[A-Z][A-Za-z'’\-]+\s+){1,4}?)"
    r"(?:(?:C\s?of\s?E|CofE|CE|RC|R\.C\.|Catholic|Church\s+of\s+England|Methodist|Jewish|"
    r"Muslim|Islamic|Free|Community|Church)\s+)?"
    r"(?P<suffix>Primary|Academy|High|School|College|Juniors|Junior|Infants|Infant|Secondary|"
    r"Grammar|Nursery|Prep|RC|R\.C\.|CofE|C\s?of\s?E)\b(?:\s+(?:School|Academy|College))?"
    r"(?!\s+(?:Street|St|Road|Rd|Hospital|Church|Parish|Diocese|Chapel)\b)"
)
# "the Pupil Referral Unit at Hollins Park", "the PRU on Dale Street": the place is the school.
_SCHOOL_UNIT = re.compile(
    r"\b(?:(?i:pupil\s+referral\s+unit|referral\s+unit|alternative\s+provision)|PRU|AP)"
    r"\s+(?:at|in|on|called|named)\s+"
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})"
)
_SAINT = re.compile(
    r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s|’s|s')"
    r"(?:\s+(?:C\s?of\s?E|RC|CE|Catholic|Church\s+of\s+England))?"
    r"(?:\s+(?:Primary|Academy|High|School|College|Juniors|Infants|Secondary|Nursery)"
    r"(?:\s+School)?)?"
    r"(?!\s+(?:Hospital|Church|Hospice|Road|Rd|Street|St|Ward|Centre|Court|House|Park|Way)\b)"
)
# "i go to st bedes": a saint's name after a school cue, in any case.
_SAINT_CUED = re.compile(
    r"\b(?:at|to|from|attends?|attending|left|joined)\s+(?P<school>st\.?\s+[a-z]+(?:'s|’s|s)?)"
    r"(?!\s+(?:road|rd|street|hospital|church|ward|centre|house))\b",
    re.I,
)
# "my old school St Barnabas", "i go to Holy Cross": a faith school's name after a school cue.
_FAITH_SCHOOL_CUED = re.compile(
    r"\b(?i:school|college|academy|go(?:es)?\s+to|went\s+to|going\s+to|attends?|attending|"
    r"attended|at|from|left|joined|moved\s+to|started\s+at)[\s,:]+"
    r"(?P<school>(?:St\.?|Saint|Holy|Sacred|Blessed|Our\s+Lady(?:\s+of)?|Christ\s+the|Corpus|"
    r"All\s+Saints|Cardinal|Bishop)\s+[A-Z][a-z]+(?:'s|’s|s')?)\b"
    r"(?!\s+(?:Road|Rd|Street|St|Hospital|Church|Hospice|Ward|Centre|House|Park|Way|Court)\b)"
)
_SCHOOL_LOWER = re.compile(
    r"\b(?:(?P<cue>at|to|from|attends?|attending|attended|go(?:es)?|went|left|leaving|started|"
    r"joined|in|moved\s+to|excluded\s+from|kicked\s+out\s+of)\s+)?"
    r"(?P<name>[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+"
    r"(?P<suffix>primary|academy|juniors|infants|high\s+school|high|secondary\s+school|"
    r"secondary|grammar\s+school|grammar|college|school)\b"
)
_SCHOOL_GENERIC = _words(
    """
    virtual primary secondary high special sixth form junior juniors infant infants
    nursery local new old community catholic church faith free independent private state
    boarding residential hospital forest sunday summer night evening further education
    fe technical art music dance drama language grammar mainstream alternative provision
    pru middle upper lower same different another other next last first current previous
    whole normal proper real big little small good bad great best worst nice lovely
    rubbish crap st saint saints c of e rc ce the a an my our your his her their this
    that at to from in thanks thank and but or i we went go goes love hate like attend
    attends year years medical dental nursing police training driving cooking coding
    football drama theatre home after before during every each city sixth-form
    secondary-school primary-school english maths science care leavers leaver youth
    skills coaching leadership management staff practice social work fostering adoption
    family families parenting nhs health council kinship sports stage film
    outside inside near behind opposite round around by past walking walk way bus gate gates
    playground uniform trip run runs drop dropped pick picked up off back into out of
    """
)

# --------------------------------------------------------------------------- date of birth

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:"
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}"
    r"|(?P<daymonth>(?P<day>\d{1,2})\s?/\s?(?P<month>\d{1,2}))(?!\s?/|\d)"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?(?:\s+'?\d{4}|\s+'?\d{2}\b)?"
    r"|" + _MONTH + r",?\s+(?:of\s+)?'?(?:19|20)\d{2}"
    r"|" + _MONTH + r"\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+\d{4})?"
    r")(?!\d)",
    re.I,
)
_BIRTH_CUE = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|born|birthday|b'?day|"
    r"b-day|bday|birth)",
    re.I,
)
_BIRTH_GAP = re.compile(
    r"^(?:[\s:;,.\-–=()'’]|\b(?:is|was|on|the|of|in|its|it's|it’s|it|date|be|will|were|"
    r"i|he|she|they|we|my|his|her|their|our|s|am|are|was|born|dob|d\.o\.b)\b)*$",
    re.I,
)
# A date with day, month and year is a date of birth anywhere in the few words after "dob" or
# "date of birth" (with no other year between), even with other words between: "my dob is wrong on everything, it's 03/07/2009".
_FULL_DATE = re.compile(
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+(?:19|20)\d{2}",
    re.I,
)
_BIRTH_NEAR = re.compile(r"\b(?:d\.?\s?o\.?\s?b|date\s+of\s+birth|birth\s?date)\b(?!.*\d{4})", re.I)
_BIRTH_AFTER = re.compile(r"^\s*[(\[,\-–]?\s*(?:d\.?\s?o\.?\s?b\b|date\s+of\s+birth|born\b)", re.I)

# --------------------------------------------------------------------------- names

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
_TITLES = _words(
    """
    mr mrs ms mx miss dr pc dc ds di sgt sergeant cllr councillor prof professor nurse
    """
)
_TITLES_TITLE_CASE_ONLY = frozenset({"di", "ds", "dc", "pc", "nurse", "sergeant"})
# Words that make a following "miss" a verb ("i miss hughes" is unlikely; "i miss mum" is not).
_MISS_VERB_BEFORE = _words(
    """
    i we you they he she u ya really still will would gonna dont don't do did didnt
    didn't never always just cant can't might may must totally sometimes honestly so 'll
    ill i'll we'll you'll they'll to also kinda def defo lowkey actually proper
    """
)
_CUE_TAIL = r"(?:\s*[-–:,(]|\s+(?:is|was|are|were|called|named|is\s+called|was\s+called))?\s*$"
_ROLES = (
    r"(?:social\s+worker|sw|(?:key|support|youth|case|link|family\s+support|yot|early\s+help|"
    r"contact|personal)\s?worker|worker|pa|personal\s+advis[oe]r|iro|advocate|mentor|"
    r"teacher|head\s?teacher|head\s+of\s+year|ta|tutor|senco|nurse|health\s+visitor|hv|gp|"
    r"doctor|therapist|counsell?or|psychologist|psychiatrist|officer|manager|supervisor|"
    r"coach|boss|colleague|chair|solicitor|guardian|driver|escort|practitioner)"
)
# "let me chair part of it": "me" before a role that is also a verb is not "my".
_ME_VERB = re.compile(
    r"\bme\s+(?:chair|coach|mentor|tutor|nurse|escort|guardian|supervisor|manager|boss|driver|"
    r"officer|teacher|counsell?or|advocate)\s*$",
    re.I,
)
# A role: a capitalised word after it is a name ("the health visitor Angela").
_ROLE_CUE = re.compile(r"\b" + _ROLES + _CUE_TAIL, re.I)
# Naming words, or "my <role>": even a lower-case unknown word after them is a name ("my sw dave").
_STRONG_CUE = re.compile(
    r"(?:\b(?:my|our|his|her|their|your|ur|me|new|old)\s+(?:new\s+|old\s+|last\s+|current\s+)?"
    + _ROLES
    + r"|\b(?:called|named|name\s+is|names\s+are|name's|name’s|known\s+as|aka))"
    + _CUE_TAIL,
    re.I,
)
# "a hamster called biscuit": pets and things are named too.
_THING_NAMED = re.compile(
    r"\b(?:dog|cat|hamster|rabbit|bunny|pet|puppy|kitten|fish|horse|pony|guinea\s+pig|snake|"
    r"bird|parrot|tortoise|lizard|group|chat|app|game|place|street|road|school|club|film|movie|"
    r"song|show|book|team|channel|page|programme|program|course|website|site|charity|project|"
    r"service|thing|something|teddy|toy|doll|band|gang|estate|shop|cafe|pub|unit|home|centre|"
    r"center|hub|scheme|account|server)\s+(?:called|named)\s*$",
    re.I,
)
# Relations and greetings: a capitalised word or a known name after them is a name.
_FAMILY_CUE = re.compile(
    r"\b(?:foster\s+(?:carers?|mum|mam|mom|dad|parents?|sister|brother)|carers?|"
    r"brothers?|sisters?|bro|sis|siblings?|sons?|daughters?|grandsons?|granddaughters?|"
    r"grandchildren|grandkids|nephews?|nieces?|cousins?|friends?|mates?|bestie|bff|"
    r"boyfriend|girlfriend|bf|gf|partner|ex|husband|wife|uncle|auntie|aunty|aunt|nan|nana|"
    r"nanny|nanna|nannan|nannie|gran|granny|grandma|grandad|grandpa|grampa|gramps|granda|"
    r"step\s?dad|step\s?mum|dad|mum|mam|mom|father|mother|baby|kids|children|twins?|lad|boy|"
    r"girl)" + _CUE_TAIL,
    re.I,
)
# Greetings, thanks and "with": only a name from the lists may follow ("thanks to Kooth").
_WEAK_CUE = re.compile(
    r"\b(?:me\s+and|me\s+n|thanks\s+to|thank\s+you\s+to|shout\s?out\s+to|thanks|"
    r"thank\s+you|cheers|dear|hi|hello|for|with|from|love)" + _CUE_TAIL,
    re.I,
)
_SENTENCE_END = re.compile(r"(?:^|[.!?\n]\s*|[\"“(]\s*)$")
_MONTH_CONTEXT = _words(
    """
    in on by of since until till from to before after during last next early late mid
    end start beginning this every each
    """
)
_STRONG_SUFFIXES = ("ing", "ed", "ly", "n't", "nt", "'s", "’s")
# Endings of adjectives and abstract nouns, rare in names: "supportive", "helpful", "useless".
_WORD_SUFFIXES = ("ive", "ful", "ous", "able", "ible", "less", "ness", "ment", "tion", "ical")
# Adverbs and describing words that follow "is" or a role without being a name.
_NOT_LOWER_NAMES = _words(
    """
    once twice thrice again always never often sometimes usually rarely seldom ever still also
    too very really quite pretty so just only even already soon late early off away here there
    nice kind great good bad rude fine okay ok cool safe sound decent lovely amazing brilliant
    rubbish awful terrible horrible busy tired new old young strict fair unfair patient honest
    """
)


# "a girl from school called Precious": the school is where she is from, not what is named.
_FROM_PLACE_CALLED = re.compile(
    r"\b(?:from|at|in|off|on)\s+(?:the\s+|my\s+|our\s+)?(?:school|college|club|group|estate|"
    r"chat|app|game|home|unit|street|road)\s+(?:called|named)\s*$",
    re.I,
)
# Name-like positions without a naming word: "me and kayden went", "tell Oskar i said".
_POSITION_CUE = re.compile(
    r"\b(?:me\s+(?:and|n|&)|tell|ask|text|txt|message|msg|snap|ring|told|asked|texted|messaged)"
    r"\s+$",
    re.I,
)
_POSITION_CUE_LOWER = re.compile(r"\bme\s+(?:and|n|&)\s+$", re.I)
# People-words that sit in those positions without being names ("me and bestie went").
_NOT_POSITIONAL = _words(
    """
    everybody somebody anybody bestie besties staff dem dat dis ma da bruv fam cuz cuzzy babe
    hun boy boys girl girls lad lads lass kid kids baby teacher teachers carer carers worker
    workers team class everyone nobody boyfriend girlfriend bf gf partner neighbour neighbours
    mates mate pal pals buddy bud bro sis bestfriend friend friends other others lot lots
    police cops coppers feds social services school college youth club group family families
    brother sister cousin cousins twin twins crew gang squad homie homies bae boo
    """
)
# After a name: "Tayshaun's mum", "Zubair and me", "Kacper and i".
_AFTER_NAME_FAMILY = _words(
    """
    mum mam mom dad nan nana nanny gran grandma grandad brother sister bro sis house home
    cousin auntie aunty uncle stepdad stepmum family mum's dad's
    """
)


def _word_is_plausible_lower_name(word: str) -> bool:
    """An unknown lower-case word after a strong cue: could it be a name?"""
    if word in _NAMES or word in AMBIGUOUS_NAMES or word in CUE_ONLY_NAMES:
        return True
    if word in COMMON_WORDS or word in NOT_NAMES or not word.isalpha():
        return False
    if len(word) < 3 or len(word) > 12:
        return False
    if word in _NOT_LOWER_NAMES:
        return False
    return not (
        word.endswith(_STRONG_SUFFIXES) or word.endswith("s") or word.endswith(_WORD_SUFFIXES)
    )


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word.isupper())


def _name_key(word: str) -> str:
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    elif low.endswith("'"):
        low = low[:-1]
    return low


def _known_name(key: str) -> bool:
    if key in _NAMES:
        return True
    if "-" in key:
        parts = key.split("-")
        return all(part in _ANY_NAME for part in parts) or (
            any(part in _NAMES for part in parts)
            and not any(part in COMMON_WORDS for part in parts if part not in _ANY_NAME)
        )
    return False


_NOT_AFTER_NAME = _words(
    """
    road street primary academy school college avenue lane close hospital house centre
    center court drive way crescent grove gardens terrace surgery clinic ward unit hub
    church chapel mosque temple estate service services trainers park
    """
)
_PETS = _words(
    """
    dog dogs cat cats hamster rabbit puppy kitten pony horse pet budgie parrot tortoise
    """
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that"]
)
# Last words of cues after which a lower-case unknown word may be a name ("my sw dave").
_LOWER_CUE_LAST = (
    _words(
        """
    worker sw pa adviser advisor iro advocate mentor teacher headteacher year ta tutor
    senco nurse visitor hv gp doctor therapist counsellor counselor psychologist
    psychiatrist officer manager supervisor coach boss colleague chair solicitor
    guardian driver escort practitioner called named is are as aka name's
    """
    )
    | _TITLES
)


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


# Verbs that only a person does, straight after a capitalised word that opens a sentence:
# "Tiegan texted me", "Paulette rang me back". Organisations and things that also do them
# ("Reception said", "Contact keeps ...") are kept out by _NOT_AGENTS and the word lists.
_AGENT_VERBS = _words(
    """
    said told rang phoned texted messaged promised explained listened shouted swore punched
    slapped kicked screamed hugged lied bullied threatened asked
    """
)
_NOT_AGENTS = _words(
    """
    reception management admin security education safeguarding finance payroll transport
    legal respite contact funding money wifi food everything nothing something anything
    everyone someone anyone nobody somebody anybody housing school college council court
    staff police nhs duty placement placements fostering kinship adoption agency panel
    hospital clinic surgery gp camhs team teams service services office unit home care
    support advice help therapy counselling mentoring tutoring leaving planning review
    reviews meeting meetings social health life work music sport football gaming phone
    internet online snapchat tiktok instagram whatsapp facebook youtube discord roblox
    fortnite xbox playstation netflix spotify google siri alexa chatgpt family government
    media news doctor nurse teacher manager worker carer mentor coach tutor dentist judge
    """
)


def _agent_position(tokens: list[tuple[str, int, int]], i: int, before: str, key: str) -> bool:
    """A capitalised unknown word opening a sentence, followed by a person's verb."""
    if i + 1 >= len(tokens) or key in _NOT_AGENTS or len(key) < 3:
        return False
    if not (i == 0 or _SENTENCE_END.search(before)):
        return False
    if key.endswith(("s", "ing", "ed", "ly", "ment", "tion", "sion", "ness", "ity", "ship")):
        return False
    return tokens[i + 1][0].lower() in _AGENT_VERBS


# A family named by its surname: "the Hartley sibling group", "the Okafor children".
_FAMILY_SURNAME = re.compile(
    r"\b(?i:the)\s+(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?i:family|families|siblings?|"
    r"sibling\s+group|children|kids|twins|boys|girls|brothers|sisters|household|case)\b"
)
_NOT_SURNAMES = _words(
    """
    roma traveller travellers gypsy black white asian muslim hindu sikh jewish arab afghan
    foster adoptive birth host new other same whole entire local kinship looked after care
    """
)


def _family_surnames(text: str) -> list[Span]:
    spans = []
    for m in _FAMILY_SURNAME.finditer(text):
        key = m.group("name").lower()
        if (
            key in COMMON_WORDS
            or key in NOT_NAMES
            or key in _NOT_SURNAMES
            or key in _SCHOOL_GENERIC
            or key.endswith(("ian", "ish", "ese", "ean", "ic"))
        ):
            continue
        spans.append(Span("person-name", m.start("name"), m.end("name"), m.group("name")))
    return spans


def _find_names(text: str, taken: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    n = len(tokens)
    if not n:
        return spans
    title_case_text = n >= 6 and sum(1 for t in tokens if t[0][0].isupper()) / n > 0.6

    def overlaps_taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    chained = False  # the previous name carries to the next across "and", "&" or ","
    i = 0
    while i < n:
        word, start, end = tokens[i]
        key = _name_key(word)
        cap = _is_capitalised(word)
        prev = tokens[i - 1] if i else None
        prev_key = prev[0].lower().rstrip(".") if prev else ""
        was_chained, chained = chained, False
        if key in NOT_NAMES or key in _TITLES or (not cap and key in COMMON_WORDS):
            if was_chained and key == "and" and prev and text[prev[2] : start] == " ":
                chained = True
            i += 1
            continue
        listed = key in _ANY_NAME or _known_name(key)
        if not (listed or cap):
            # A lower-case word that is not a known name: only straight after a cue.
            positional = (
                word.endswith(("'s", "’s"))
                and i + 1 < n
                and tokens[i + 1][0].lower() in _AFTER_NAME_FAMILY
            ) or bool(_POSITION_CUE_LOWER.search(text[max(0, start - 10) : start]))
            if not positional and not (
                prev_key in _LOWER_CUE_LAST or text[prev[2] : start].strip() in {",", "-"}
                if prev
                else False
            ):
                i += 1
                continue
            if not _word_is_plausible_lower_name(key) and prev_key not in _TITLES:
                i += 1
                continue
        if cap and not listed and key in COMMON_WORDS and not was_chained:
            i += 1
            continue
        if overlaps_taken(start, end) or (prev_key in {"st", "saint"} and cap):
            i += 1  # taken already, or a saint's name ("St Mary's Hospital")
            continue
        before = text[max(0, start - 40) : start]
        accept = False

        # 1. a title right before: "Dr Patel", "PC Jones", "miss hughes", "Mrs O'Neill".
        if prev and prev_key in _TITLES and text[prev[2] : start].strip(" .") == "":
            title_ok = prev[0][0].isupper() or prev_key not in _TITLES_TITLE_CASE_ONLY
            if prev_key == "miss" and not prev[0][0].isupper():
                before_miss = tokens[i - 2][0].lower() if i >= 2 else ""
                title_ok = before_miss not in _MISS_VERB_BEFORE
            plain = key.replace("'", "").replace("-", "")
            if title_ok and key not in COMMON_WORDS and plain.isalpha():
                accept = key in _ANY_NAME or not key.endswith(("ing", "ed", "ly"))
        thing = prev_key in _PETS or (
            bool(_THING_NAMED.search(before)) and not _FROM_PLACE_CALLED.search(before)
        )
        # 2. a cue right before: "my sw dave", "called Bex", "my sisters Mia".
        if not accept and not thing:
            strong = bool(_STRONG_CUE.search(before)) and not _ME_VERB.search(before)
            cued = strong or _ROLE_CUE.search(before) or _FAMILY_CUE.search(before)
            accept = bool(cued) and (
                listed
                or (cap and key not in COMMON_WORDS and key.replace("-", "").isalpha())
                or (strong and not cap and _word_is_plausible_lower_name(key))
            )
            if not accept and listed and _WEAK_CUE.search(before):
                accept = True
        # 3. a name from the list without a cue, or the next in a list of names.
        if not accept and not thing:
            if key in _NAMES or (
                listed and key not in AMBIGUOUS_NAMES and key not in CUE_ONLY_NAMES
            ):
                accept = cap or (word.islower() and key not in LOWER_RISKY_NAMES)
            elif key in AMBIGUOUS_NAMES and cap and not title_case_text:
                sentence_start = prev is None or bool(_SENTENCE_END.search(before))
                accept = not sentence_start and prev_key not in _DETERMINERS
            elif was_chained and cap and key not in COMMON_WORDS and key.isalpha():
                accept = True
        # 4. a name-like position: "me and Zubair", "Tayshaun's mum", "Lily-Mae and ...".
        if (
            not accept
            and not thing
            and key not in COMMON_WORDS
            and key not in _NOT_POSITIONAL
            and prev_key not in _DETERMINERS
            and key.replace("-", "").isalpha()
        ):
            nxt_key = tokens[i + 1][0].lower() if i + 1 < n else ""
            possessive = word.endswith(("'s", "’s")) and nxt_key in _AFTER_NAME_FAMILY
            after_me = nxt_key == "and" and i + 2 < n and tokens[i + 2][0].lower() in {"me", "i"}
            if cap:
                hyphen_name = "-" in key and any(part in _ANY_NAME for part in key.split("-"))
                accept = (
                    hyphen_name
                    or possessive
                    or after_me
                    or bool(_POSITION_CUE.search(before))
                    or _agent_position(tokens, i, before, key)
                )
            elif _word_is_plausible_lower_name(key) or possessive:
                plausible = len(key) >= 3 and key not in _AFTER_NAME_FAMILY
                accept = plausible and (
                    bool(_POSITION_CUE_LOWER.search(before)) or (possessive and key.isalpha())
                )
        if accept and key in CUE_ONLY_NAMES and prev_key in _MONTH_CONTEXT:
            accept = False
        if (
            accept
            and i + 1 < n
            and tokens[i + 1][0].lower() in _NOT_AFTER_NAME
            and not word.endswith(("'s", "’s"))
        ):
            accept = False
        if not accept:
            i += 1
            continue

        span_end = start + len(_strip_possessive(word))
        # A capitalised surname (or two) right after: "Michelle Baptiste", "Amelia-Rose Hughes".
        j = i + 1
        if cap:
            while j < n and j <= i + 2 and not tokens[j - 1][0].endswith(("'s", "’s")):
                nxt, nstart, nend = tokens[j]
                nkey = _name_key(nxt)
                if (
                    text[tokens[j - 1][2] : nstart] == " "
                    and _is_capitalised(nxt)
                    and nkey not in COMMON_WORDS
                    and nkey not in NOT_NAMES
                    and nkey not in _TITLES
                    and nkey not in _NOT_AFTER_NAME
                    and not overlaps_taken(nstart, nend)
                ):
                    span_end = nstart + len(_strip_possessive(nxt))
                    j += 1
                else:
                    break
        spans.append(Span("person-name", start, span_end, text[start:span_end]))
        # Lists of names: "Mia and Lacey", "Jordan, Keeley and Tia".
        if j < n:
            gap = text[tokens[j - 1][2] : tokens[j][1]]
            chained = gap.strip() in {",", "&"} or (tokens[j][0].lower() == "and" and gap == " ")
        i = j
    return spans


# --------------------------------------------------------------------------- detectors


def _emails(text: str) -> list[Span]:
    return [Span("email", m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


def _handles(text: str) -> list[Span]:
    spans = []
    if "@" in text:
        for m in _AT_HANDLE.finditer(text):
            handle = m.group(1)
            if any(c.isalpha() for c in handle):
                spans.append(Span("social-handle", m.start(), m.end(), m.group()))
    for m in _PLATFORM_HANDLE.finditer(text):
        handle = m.group("handle").rstrip(".")
        bare = handle.lstrip("@").lower()
        if bare in COMMON_WORDS or bare in _HANDLE_STOP or not any(c.isalpha() for c in bare):
            continue
        if bare.endswith(("ed", "ing")) and not any(c.isdigit() or c in "_." for c in bare):
            continue
        sep = m.group("sep").strip()
        has_mark = handle.startswith("@") or any(c.isdigit() or c in "_." for c in bare)
        mine = text[max(0, m.start() - 12) : m.start()].lower()
        if not (sep or has_mark or mine.endswith(("my ", "on ", "me "))):
            continue
        start = m.start("handle")
        spans.append(Span("social-handle", start, start + len(handle), handle))
    for cue in _ONLINE_CUE.finditer(text):
        window_end = min(len(text), cue.end() + 60)
        stop = _CLAUSE_END.search(text, cue.end(), window_end)
        for m in _HANDLE_SHAPED.finditer(text, cue.end(), stop.start() if stop else window_end):
            if _looks_like_handle(m.group()):
                spans.append(Span("social-handle", m.start(), m.end(), m.group()))
    return spans


def _national_digits(raw: str) -> str | None:
    """The national significant number of a UK-looking raw match, or None when it is not one."""
    stripped = raw.strip()
    digits = _NON_DIGIT.sub("", stripped)
    if stripped.startswith("+") or stripped.startswith("00"):
        digits = digits[2:] if stripped.startswith("00") else digits
        if not digits.startswith("44"):
            return digits if 8 <= len(digits) <= 15 else None  # another country's number
        digits = digits[2:]
        if "(0)" in stripped.replace(" ", "") and digits.startswith("0"):
            digits = digits[1:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    else:
        return None
    if not 9 <= len(digits) <= 10 or digits[0] == "0":
        return None
    if digits[0] == "7" and len(digits) != 10:
        return None  # UK mobiles have ten digits after the 0
    if "0" + digits in _SERVICE_NUMBERS:
        return None
    return digits


def _phones(text: str) -> list[Span]:
    if not _PHONE_PRECHECK.search(text):
        return []
    found: list[tuple[int, int]] = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        if _national_digits(match.raw_string) is not None:
            found.append((match.start, match.end))
    for m in _PHONE_FALLBACK.finditer(text):
        start, end = m.start(), m.end()
        raw = m.group()
        # Trim brackets/spaces the pattern may have taken at the edges.
        while raw and raw[-1] in " .-(":
            raw, end = raw[:-1], end - 1
        lead = len(raw) - len(raw.lstrip(" "))
        start += lead
        raw = raw[lead:]
        if _national_digits(raw) is None:
            continue
        if not any(s < end and start < e for s, e in found):
            found.append((start, end))
    return [Span("phone", s, e, text[s:e]) for s, e in found]


def _nhs_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_numbers(text: str) -> list[Span]:
    spans = []
    for m in _NHS.finditer(text):
        digits = m.group(1) + m.group(2) + m.group(3)
        if digits[0] != "0" and _nhs_valid(digits):
            spans.append(Span("nhs-number", m.start(), m.end(), m.group()))
    return spans


def _postcodes(text: str, addresses: list[Span]) -> list[Span]:
    spans = []
    for m in _POSTCODE.finditer(text):
        area = m.group("area").upper()
        inward = m.group("inward").upper()
        if inward[1] in _INWARD_BAD or inward[2] in _INWARD_BAD:
            continue
        if inward[1:] == _ORDINAL.get(inward[0], "TH") and m.group("inward").islower():
            continue  # "... 3rd", "... 4th": an ordinal, not an inward code
        if area not in POSTCODE_AREAS and not _postcode_in_context(text, m, addresses):
            continue  # an unknown area: only where a postcode is expected
        spans.append(Span("postcode", m.start(), m.end(), m.group()))
    return spans


def _postcode_in_context(text: str, m: re.Match[str], addresses: list[Span]) -> bool:
    """An unknown area ("QX4 7RT", made up or mistyped) still reads as a postcode where one is
    expected: after a postcode, address or home cue, or right after a street address."""
    if _POSTCODE_CUE.search(text[max(0, m.start() - 30) : m.start()]):
        return True
    return any(
        0 <= m.start() - a.end <= 15 and _ADDRESS_TO_POSTCODE.match(text, a.end, m.start())
        for a in addresses
    )


def _addresses(text: str) -> list[Span]:
    spans = []
    for m in _STREET.finditer(text):
        words = m.group("name").split()
        lowered = [w.lower().strip("'’") for w in words]
        if any(w in _STREET_STOP for w in lowered):
            continue
        if not words[0][0].isupper() and any(w in COMMON_WORDS for w in lowered):
            continue
        suffix = text[m.end("name") : m.end()].lower()
        if suffix in {"st", "ct", "pl", "ln", "sq"} and not words[-1][0].isupper():
            continue  # "st" and friends only in a capitalised address
        spans.append(Span("street-address", m.start(), m.end(), m.group()))
    for m in _THE_STREET.finditer(text):
        spans.append(Span("street-address", m.start(), m.end(), m.group()))
    for m in _BUILDING.finditer(text):
        spans.append(Span("street-address", m.start(), m.end(), m.group()))
    return spans


def _unnumbered_streets(text: str) -> list[Span]:
    spans = []
    for m in _UNNUMBERED_STREET.finditer(text):
        first = m.group("street").split()[0].lower()
        if first in COMMON_WORDS or first in {"high", "church", "station", "main", "new"}:
            continue
        spans.append(Span("street-address", m.start("street"), m.end("street"), m.group("street")))
    return spans


_WORD = re.compile(r"\S+")
_SCHOOL_LEAD = _words(
    """
    thanks thank at to from in i we went go goes love hate like attend attends attended
    our my the and but or yes no also so hi dear
    """
)


def _school_lead_word(word: str) -> bool:
    """A word that starts a capitalised run before "School" without being part of the name."""
    low = word.lower().strip("'’")
    if low in {"st", "st.", "saint"}:
        return False
    return low in _SCHOOL_GENERIC or low in COMMON_WORDS or low in _SCHOOL_LEAD


def _schools(text: str) -> list[Span]:
    spans = []
    for m in _SCHOOL_CAP.finditer(text):
        words = [(w.group(), w.start()) for w in _WORD.finditer(m.group("name"))]
        while words and _school_lead_word(words[0][0]):
            words.pop(0)
        core = [w for w, _ in words if w.lower().rstrip(".") not in {"st", "saint"}]
        if not core or all(w.lower().strip("'’") in _SCHOOL_GENERIC for w in core):
            continue
        start = m.start("name") + words[0][1]
        spans.append(Span("school", start, m.end(), text[start : m.end()]))
    for m in _SAINT.finditer(text):
        spans.append(Span("school", m.start(), m.end(), m.group()))
    for m in _SCHOOL_UNIT.finditer(text):
        first = m.group("name").split()[0].lower().strip("'’")
        if first in COMMON_WORDS or first in NOT_NAMES or first in _SCHOOL_GENERIC:
            continue
        spans.append(Span("school", m.start("name"), m.end("name"), m.group("name")))
    for m in _SAINT_CUED.finditer(text):
        spans.append(Span("school", m.start("school"), m.end("school"), m.group("school")))
    for m in _FAITH_SCHOOL_CUED.finditer(text):
        spans.append(Span("school", m.start("school"), m.end("school"), m.group("school")))
    for m in _SCHOOL_LOWER.finditer(text):
        name_words = m.group("name").split()
        suffix = m.group("suffix")
        if any(w in _SCHOOL_GENERIC or w in COMMON_WORDS for w in name_words[-1:]):
            continue
        if len(name_words) == 2 and (
            name_words[0] in _SCHOOL_GENERIC or name_words[0] in COMMON_WORDS
        ):
            name_words = name_words[1:]
        strong = suffix in {"primary", "academy", "juniors", "infants"}
        if not strong and not m.group("cue"):
            continue
        if not name_words[-1].isalpha() and "'" not in name_words[-1]:
            continue
        end = m.end()
        start = end - len(suffix) - 1 - len(" ".join(name_words))
        start = text.rfind(name_words[0], m.start(), end)
        spans.append(Span("school", start, end, text[start:end]))
    return spans


def _dates_of_birth(text: str) -> list[Span]:
    if not _BIRTH_CUE.search(text):
        return []
    spans = []
    for m in _DATE.finditer(text):
        date_text = m.group()
        start = m.start()
        if m.group("daymonth") and not (
            1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12
        ):
            continue
        if date_text.lower().startswith("the "):
            start += 4
        window = text[max(0, start - 40) : start]
        cue = None
        for c in _BIRTH_CUE.finditer(window):
            cue = c
        ok = False
        if _FULL_DATE.fullmatch(date_text.strip(" ,.")) and _BIRTH_NEAR.search(
            text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
        ):
            ok = True
        if (cue is not None and _BIRTH_GAP.match(window[cue.end() :])) or _BIRTH_AFTER.match(
            text[m.end() : m.end() + 20]
        ):
            ok = True
        if ok:
            end = m.end()
            while text[end - 1] in " ,.":
                end -= 1
            spans.append(Span("date-of-birth", start, end, text[start:end]))
    return spans


# --------------------------------------------------------------------------- public API


def _resolve(candidates: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(candidates, key=lambda s: (_PRIORITY[s.kind], s.start, -(s.end - s.start))):
        if span.end <= span.start:
            continue
        if all(span.end <= c.start or c.end <= span.start for c in chosen):
            chosen.append(span)
    chosen.sort(key=lambda s: s.start)
    return chosen


def find(text: str) -> list[Span]:
    """Every piece of personal data in `text`, as non-overlapping spans sorted by start."""
    if not text:
        return []
    candidates: list[Span] = []
    candidates += _emails(text)
    candidates += _handles(text)
    has_digit = any(c.isdigit() for c in text)
    if has_digit:
        candidates += _nhs_numbers(text)
        candidates += _phones(text)
        candidates += _dates_of_birth(text)
        addresses = _addresses(text)
        candidates += _postcodes(text, addresses)
        candidates += addresses
    candidates += _unnumbered_streets(text)
    candidates += _schools(text)
    candidates += _family_surnames(text)
    taken = [(s.start, s.end) for s in _resolve(candidates)]
    candidates += _find_names(text, taken)
    return _resolve(candidates)


def redact(text: str, spans: list[Span] | None = None) -> str:
    """`text` with each span replaced by its label; every other character is kept as it was."""
    if spans is None:
        spans = find(text)
    out = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue  # overlapping span: the earlier one already covers it
        out.append(text[pos : span.start])
        out.append(LABELS.get(span.kind, "[redacted]"))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
