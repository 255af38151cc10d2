"""What each theme means, written down as data: the built-in knowledge behind theme suggestions.

The vocabulary comes from the taxonomy's descriptions and from the everyday language of
children's social care (how children, care leavers, carers and staff talk about workers,
placements, contact, reviews, school, health, leaving care, caseloads and systems). It is not
a list of sentences from any labelled file.

Phrase syntax (expanded once at import by ``themes._expand``):

- tokens are separated by spaces and written lower case without apostrophes (``dont``, ``childrens``);
- ``(a|b|c)`` is a choice of token at that position, ``(a|b)?`` an optional one;
- a trailing ``*`` adds the usual endings (``listen*`` = listen, listens, listened, listening, …);
- ``#`` matches any number, written in digits or words (``# weeks ago``; ``#th`` an ordinal).

Each theme has groups of ``(weight, cue, phrases)``: the weight is how strongly one of the
phrases points to the theme (3 defining, 2 strong, 1 moderate, under 1 a hint) and the cue is
the short explanation a moderator sees in the reason ("changes of worker"). A phrase found inside
a longer phrase of the same theme counts once, with the stronger weight; a group of weight 0.5
or less is a deliberately weak reading that lowers the phrases inside it ("scared of the
dentist" is not danger, "keep in touch" is not touching).
"""

from __future__ import annotations

# slug, name, audience (from the taxonomy; the portal's copy is portal/seed/taxonomy.json).
THEMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("being-heard", "Being listened to", ("child", "young-person", "care-leaver", "carer")),
    (
        "worker-relationship",
        "Relationship with my worker",
        ("child", "young-person", "care-leaver", "carer"),
    ),
    ("worker-changes", "Changes of worker", ("child", "young-person", "care-leaver", "carer")),
    ("delay", "Delay and waiting", ("child", "young-person", "care-leaver", "carer", "staff")),
    (
        "communication",
        "Information and communication",
        ("child", "young-person", "care-leaver", "carer"),
    ),
    (
        "family-contact",
        "Contact with family and friends",
        ("child", "young-person", "care-leaver", "carer"),
    ),
    ("home-placement", "Where I live", ("child", "young-person", "care-leaver", "carer")),
    ("feeling-safe", "Feeling safe", ("child", "young-person", "care-leaver", "carer")),
    ("education", "School and education", ("child", "young-person", "care-leaver", "carer")),
    (
        "health-wellbeing",
        "Health and emotional wellbeing",
        ("child", "young-person", "care-leaver", "carer"),
    ),
    ("leaving-care", "Leaving care and independence", ("young-person", "care-leaver")),
    (
        "meetings-plans",
        "Meetings, reviews and plans",
        ("child", "young-person", "care-leaver", "carer"),
    ),
    ("praise", "What is working well", ("child", "young-person", "care-leaver", "carer", "staff")),
    ("caseload", "Caseload and workload", ("staff",)),
    ("supervision", "Supervision and management support", ("staff",)),
    ("training", "Training and development", ("staff",)),
    ("staff-wellbeing", "Staff wellbeing and morale", ("staff",)),
    ("admin-systems", "Admin and systems", ("staff",)),
    ("partnership-working", "Working with partner agencies", ("staff", "carer")),
    ("staffing-stability", "Recruitment and agency staffing", ("staff",)),
)

RESPONDENTS = ("child", "young-person", "care-leaver", "carer", "staff")

# Respondent priors, added to a theme's evidence. Themes outside a respondent's audience are
# pushed down hard (a child does not write about supervision; staff write about children's
# safety as partnership working, not as their own feeling safe); within the audience a small
# lift for what each group most often raises, so that ties and near-ties break sensibly.
OFF_AUDIENCE = -4.5
PRIORS: dict[str, dict[str, float]] = {
    "child": {
        "feeling-safe": 0.35,
        "education": 0.3,
        "praise": 0.25,
        "health-wellbeing": 0.2,
        "home-placement": 0.2,
        "family-contact": 0.2,
        "being-heard": 0.15,
        "worker-relationship": 0.1,
        "leaving-care": -2.0,
        "partnership-working": -4.5,
    },
    "young-person": {
        "feeling-safe": 0.3,
        "education": 0.25,
        "leaving-care": 0.2,
        "health-wellbeing": 0.2,
        "home-placement": 0.15,
        "being-heard": 0.15,
        "praise": 0.1,
        "partnership-working": -4.5,
    },
    "care-leaver": {
        "leaving-care": 0.9,
        "praise": 0.25,
        "communication": 0.2,
        "delay": 0.1,
        "health-wellbeing": 0.1,
        "partnership-working": -4.5,
    },
    "carer": {
        "praise": 0.3,
        "communication": 0.3,
        "feeling-safe": 0.2,
        "delay": 0.2,
        "meetings-plans": 0.15,
        "family-contact": 0.1,
        "partnership-working": -1.0,
        "leaving-care": -1.2,
    },
    "staff": {
        "partnership-working": 0.35,
        "caseload": 0.3,
        "staff-wellbeing": 0.25,
        "admin-systems": 0.2,
        "supervision": 0.2,
        "praise": 0.0,
        "training": 0.1,
        "staffing-stability": 0.1,
        "delay": -0.2,
    },
}

# Text-speak and common misspellings, mapped to the words the vocabulary uses. A value with a
# space becomes several tokens (each quoting the original word in reasons).
SPELLING: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "yr": "your",
    "r": "are",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "bcos": "because",
    "becuz": "because",
    "becos": "because",
    "wiv": "with",
    "wid": "with",
    "da": "the",
    "tha": "the",
    "dat": "that",
    "wat": "what",
    "wot": "what",
    "wen": "when",
    "wer": "where",
    "hav": "have",
    "av": "have",
    "havnt": "havent",
    "hvnt": "havent",
    "aint": "isnt",
    "dnt": "dont",
    "dont": "dont",
    "didnt": "didnt",
    "didint": "didnt",
    "cant": "cant",
    "cnt": "cant",
    "wont": "wont",
    "wudnt": "wouldnt",
    "shud": "should",
    "wud": "would",
    "cud": "could",
    "gonna": "going to",
    "gna": "going to",
    "wanna": "want to",
    "wana": "want to",
    "gotta": "got to",
    "dunno": "dont know",
    "idk": "i dont know",
    "pls": "please",
    "plz": "please",
    "plez": "please",
    "thx": "thanks",
    "thanx": "thanks",
    "thnx": "thanks",
    "ty": "thanks",
    "tnx": "thanks",
    "luv": "love",
    "sum1": "someone",
    "some1": "someone",
    "no1": "no one",
    "noone": "no one",
    "nobodys": "nobody has",
    "noones": "no one has",
    "everyones": "everyone is",
    "ppl": "people",
    "peeps": "people",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "b4": "before",
    "gr8": "great",
    "l8": "late",
    "l8r": "later",
    "m8": "mate",
    "m8s": "mates",
    "ova": "over",
    "nuthin": "nothing",
    "nothin": "nothing",
    "nufin": "nothing",
    "sumthin": "something",
    "summat": "something",
    "evry": "every",
    "evryone": "everyone",
    "every1": "everyone",
    "any1": "anyone",
    "sw": "social worker",
    "sws": "social workers",
    "socialworker": "social worker",
    "socialworkers": "social workers",
    "socail": "social",
    "soshal": "social",
    "wrker": "worker",
    "worka": "worker",
    "fostercarer": "foster carer",
    "fostercarers": "foster carers",
    "fosterer": "foster carer",
    "fosterers": "foster carers",
    "keyworker": "key worker",
    "keyworkers": "key workers",
    "skool": "school",
    "skl": "school",
    "scool": "school",
    "shcool": "school",
    "collage": "college",
    "colledge": "college",
    "teachr": "teacher",
    "techer": "teacher",
    "frends": "friends",
    "freinds": "friends",
    "frend": "friend",
    "freind": "friend",
    "mam": "mum",
    "mom": "mum",
    "mummy": "mum",
    "mammy": "mum",
    "daddy": "dad",
    "bro": "brother",
    "sis": "sister",
    "nanna": "nan",
    "nana": "nan",
    "nanny": "nan",
    "gran": "nan",
    "granny": "nan",
    "grandma": "nan",
    "grandmother": "nan",
    "grandad": "grandad",
    "granddad": "grandad",
    "grandpa": "grandad",
    "grandfather": "grandad",
    "meetin": "meeting",
    "meetins": "meetings",
    "metting": "meeting",
    "mettings": "meetings",
    "reveiw": "review",
    "reveiws": "reviews",
    "counciling": "counselling",
    "councelling": "counselling",
    "counseling": "counselling",
    "councilling": "counselling",
    "counsellor": "counsellor",
    "counselor": "counsellor",
    "councillor": "counsellor",
    "anxiety": "anxiety",
    "anxeity": "anxiety",
    "anxity": "anxiety",
    "depresion": "depression",
    "depresed": "depressed",
    "scarred": "scared",
    "scard": "scared",
    "skared": "scared",
    "bullyed": "bullied",
    "bulied": "bullied",
    "bulling": "bullying",
    "bullyin": "bullying",
    "placment": "placement",
    "placements": "placements",
    "plcement": "placement",
    "waitin": "waiting",
    "wating": "waiting",
    "waitng": "waiting",
    "listend": "listened",
    "lisen": "listen",
    "lissen": "listen",
    "lisened": "listened",
    "listenin": "listening",
    "tellin": "telling",
    "talkin": "talking",
    "tryna": "trying to",
    "mins": "minutes",
    "hrs": "hours",
    "wks": "weeks",
    "mnths": "months",
    "yrs": "years",
    "appt": "appointment",
    "appts": "appointments",
    "info": "information",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "fone": "phone",
    "emailed": "emailed",
    "e-mail": "email",
    "safe": "safe",
    "saf": "safe",
    "unsafe": "unsafe",
    "elearning": "e learning",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "camhs": "camhs",
    "cahms": "camhs",
    "cahmhs": "camhs",
    "camh": "camhs",
    "mh": "mental health",
    "uc": "universal credit",
    "thankyou": "thank you",
    "tysm": "thank you so much",
    "tyvm": "thank you very much",
    "fab": "fabulous",
    "amaze": "amazing",
    "amazin": "amazing",
    "brill": "brilliant",
    "briliant": "brilliant",
    "excelent": "excellent",
    "helpfull": "helpful",
    "supportiv": "supportive",
    "sup'vision": "supervision",
    "supervison": "supervision",
    "caseloads": "caseloads",
    "workloads": "workloads",
    "tm": "team manager",
    "tms": "team managers",
    "psw": "principal social worker",
    "nqsw": "newly qualified social worker",
    "nqsws": "newly qualified social workers",
    "lac": "looked after",
    "cla": "looked after",
    "cp": "child protection",
    "cin": "child in need",
    "icpc": "child protection conference",
    "rcpc": "child protection review conference",
    "cpc": "child protection conference",
    "fgc": "family group conference",
    "sgo": "special guardianship",
    "pa": "pa",
    "pas": "pas",
}


def words(text: str) -> list[str]:
    return text.split()


# Words that, within the three words before a cue, turn praise into its opposite ("not helpful").
NEGATORS: frozenset[str] = frozenset(
    words(
        "not no never nobody noone nothing without hardly barely dont didnt doesnt isnt wasnt arent "
        "werent cant couldnt wont wouldnt havent hasnt hadnt shouldnt aint nor neither lack"
    )
)

# Sentence shapes (see themes._shape_hits). A worker of the child's or family's own ...
WORKER_NOUNS: frozenset[str] = frozenset(
    words("worker workers pa adviser advisor keyworker caseworker mentor")
)
WORKER_KINDS: frozenset[str] = frozenset(
    words("social key youth support link case family yot leaving care")
)
# ... but not a worker whose turnover or absence is the point, nor a job title in a staff list.
NOT_MY_WORKER: frozenset[str] = frozenset(words("agency duty new another different locum"))
# ... and the words that say what that worker is like, or how they are with the writer.
WORKER_VERDICTS: frozenset[str] = frozenset(
    words(
        "nice kind lovely great good brilliant amazing fab fabulous ace sound safe chill decent "
        "helpful supportive caring patient funny friendly honest genuine reliable approachable "
        "legend star best bad rubbish useless rude horrible nasty mean moody strict fake "
        "unreliable judgemental judgmental patronising cold busy late shouts shouted "
        "listens listened listen understands understood understand gets got knows remembers "
        "forgets forgot cares care cared trust trusts trusted like likes liked love loves hate "
        "hates visits visit visited sees see comes came rings rang texts texted messages "
        "checks checked helps helped explains explained believes believed judges judged "
        "promised promises lied lies ignores ignored blames blamed always never actually "
        "really properly"
    )
)
# The writer saying what they wanted ...
SPEAKERS: frozenset[str] = frozenset(words("i we"))
SAYING: frozenset[str] = frozenset(
    words(
        "said told asked begged explained raised wanted want keep kept tried have had made "
        "say tell ask beg explain"
    )
)
# ... and then being overruled or left unheard.
OVERRULED: frozenset[str] = frozenset(
    words(
        "anyway regardless ignored ignore ignoring still nobody noone overruled dismissed "
        "nothing didnt never wont doesnt laughed shrugged"
    )
)

# Number words that count as '#'.
NUMBER_WORDS: frozenset[str] = frozenset(
    words(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty thirty forty fifty hundred few several couple many"
    )
)
ORDINAL_WORDS: frozenset[str] = frozenset(
    words("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth umpteenth")
)

# fmt: off
VOCAB: dict[str, list[tuple[float, str, list[str]]]] = {
    "being-heard": [
        (2.0, "decided without me", [
            "without (me|us) (there|being there|knowing|asking|even asking|a say)", "decided (for|about) (me|us)", "behind (my|our) back*",
            "(made|make|makes|making) (all the|the)? decisions (about|for) (me|us)", "(wasnt|werent|was not|not|never) (at|in|invited to|asked to) (my|our) (own)? (review|meeting|conference|lac review|cla review)",
            "(nobody|noone|no one) (asks|asked|wants to know|bothers to ask) (me|us|how|what|if)", "(never|dont|didnt|wont) ask* (my|our) (view|views|opinion)",
            "(my|our) (views|wishes|feelings) (werent|were not|arent|are not|dont|didnt|never) (in|put|written|included|listened|count|matter)",
            "(no one|nobody|noone) (listens|listened|hears|cares what)", "(talk|talked|talking|spoke) (about|over) (me|us) like", "(pretend|pretended|pretending) to listen",
            "(in one ear|goes over their head)", "on (my|our) behalf", "what (i|we) (actually)? (wanted|want|needed)",
        ]),
        (3.0, "being listened to", [
            "listen*", "(felt|feel|feeling|be|being|was|were|get) heard", "hear (me|us|my|our|what)", "heard (me|us)", "taken seriously",
            "take (me|us|it|them|him|her) seriously", "(my|our|the childs|childs|her|his|their|childrens) voice*", "voice of the child",
            "(my|our|her|his|their) (views|wishes|opinion|opinions)", "wishes and feelings", "(a|my|any|no|our) say", "have (a|my|our|any) say", "say in",
            "get a word in", "ignor*", "fobbed off", "brushed off", "patronis*", "patroniz*", "talk* over (me|us)", "talk* about (me|us)",
            "like (im|i wasnt|i was|we were|we werent) not there", "(nobody|noone|no one|never|didnt|dont|not) ask* (me|us|what)", "asked (me|us) what",
            "treated (me|us)? like a (child|baby|number|case|criminal|problem)", "like a (number|case) not a person", "(they|professionals) think they know best", "know (him|her|them) best", "(no|didnt get a|dont get a|never get a|never had a|had no) choice", "(forced|made) (me|us) to", "doesnt matter what (i|we) (say|said|think|want)", "what (i|we) (say|said|think|want) doesnt matter", "(no|what is the) point (in)? (saying|telling|asking) (anything|them)", "dont take (me|us|it) seriously", "(feel|felt|made me feel) like (i|we) (matter|mattered|count|counted)", "(my|our|their|his|her) (input|thoughts|side)", "asked (my|our|for my|for our) (opinion|views|view|thoughts)", "speak up", "speak for (myself|me|themselves)", "(feel|felt|be|being|was|were) (involved|included|respected)", "left out of", "(spoke|speak|talk|talked|talking|spoken) to (me|us) not about (me|us)", "(spoke|speak|talk|talked|talking|spoke) (to|with) (my|our) (mum|dad|carers|carer|parents) (instead|not)", "instead of (me|us)", "(young persons|childs|childrens|young peoples) voice", "(like|as if) (we|they|i) (dont|didnt|dont even) (know|exist)", "blamed",
            "what (i|we) (say|said|tell them|told them)", "(then|but) (does|did|do|goes and does|went and did) (the opposite|nothing|what (they|she|he) (want|wants|wanted))", "the opposite",
            "(for|about) (our|my|their|his|her) (view|views|opinion|opinions|input|thoughts|wishes)", "(nobody|noone|no one|never) asked (the|our|my|his|her|their)",
            "(took|takes) (me|us|it|them|him|her|our concerns|my concerns) seriously",
        ]),
        (2.0, "involved in decisions", [
            "decision*", "decid*", "involv*", "(take|took|taking) part", "come to (my|the|our) (meeting*|review*)", "(in|at) the room", "advocate*", "advocacy",
            "consult*", "participat*", "believ*", "dismiss*", "understand (me|us)", "(they|nobody|noone) (cares|care) (what|about)", "what i (want|wanted|think|said|need)",
            "what (we|they) (want|wanted|think|said)", "(my|our) choice", "its my life", "without (asking|telling) (me|us)",
            "fights my corner", "(fights|fought|sticks up|stuck up|stands up) for (me|us)", "in my corner", "nothing happens with (them|it)", "written down",
            "respect*", "matter*", "(no|any) choice", "included", "input", "forced", "made me", "they decided", "(our|my) (concerns|worries)",
            "not fair", "(ask|asking) (children|kids|young people) (what|how|about)", "grown ups (should|dont|never|always|decide)", "adults (should|dont|never|always|decide)", "(dont|doesnt|didnt) care",
            "what matters to (her|him|me|them|us)", "behind closed doors",
            "sort it out (between|yourselves|yourself|themselves)", "told (staff|them|her|him|everyone) # times", "without asking", "think* (they|she|he) know* (me|us|him|her|best)", "(ready|readiness) to (live|move)",
        ]),
        (2.0, "having a say", [
            "choose", "chose", "chosen", "choosing", "(let|letting|lets) (me|us) (choose|decide|pick|speak|talk|finish|explain)",
            "(get|got|gets|have|had|given) (a|any|no|the) (choice|option|options|say)", "(cut|cuts|cutting) (me|us) off", "interrupt*",
            "(twist*|changed|change) (my|our) words", "words in (my|our) mouth", "(my|our) side of (the|things|it)",
            "(wrote|written|write|writes|put) (stuff|things|lies|it) (about|in) (me|us|my|our)", "(isnt|is not|wasnt|not) (true|what (i|we) said)",
            "(dont|didnt|doesnt|never) (agree|agreed)", "disagree*", "(against|went against) (my|our|his|her) (wishes|will|views)",
            "(nobody|no one|noone|they|she|he) (even)? (checked|checks|consulted|consults) (with)? (me|us)", "(even|first|before) (asking|checking with|consulting) (me|us)",
            "ask* (me|us) (first|before|if|whether|how|about)", "(want|wanted|need|needed) (them|people|someone|adults|staff|you) to (listen|understand|ask|believe|hear|know how)",
            "(knows|know|knew) (him|her|them) (best|better)", "(our|my) (knowledge|experience|expertise)", "(treated|seen|used) (as|like) (a|just a|the) (bed|babysitter|babysitters|placement|taxi|number|file|case)",
            "(nod|nods|nodded) and", "(notice|noticed|notices) (me|us|how|that|when)", "complain*", "rights", "unheard", "(hear|heard) (me|us) out",
            "(we|i) (have|had) (said|told|asked|raised|explained) (this|it|them) (before|repeatedly|again|many times|so many times|#)",
            "(nobody|no one|noone|they) (understands|understand|gets|get) (me|us|it|what)", "(my|our) own (review|meeting|plan|life|future|decisions)",
        ]),
        (1.0, "what the child says", [
            "i (want|wanted|wish) (to|a)", "i (said|told) (them|her|him|my|the)", "told them", "i said no", "anyway", "(didnt|dont) want to", "about me", "my life",
            "allowed to", "(nobody|noone|no one) (asked|cares)", "want to be",
            "unfair", "should listen", "should ask",
        ]),
    ],
    "worker-relationship": [
        (2.5, "how the worker is with me", [
            "(hes|shes|he is|she is|theyre|they are) (so|proper|really)? (sound|safe|chill|sick|cool|alright|decent|genuine|fake|sly|two faced|snakey|moody|nosy)",
            "down to earth", "(doesnt|dont|never|didnt|wont) judge*", "(doesnt|dont|didnt|does not|do not) (even|really)? know (me|us|anything about (me|us))",
            "reads (from|off) (a|my|the|her|his) (file|notes|laptop|screen)", "(i|we) (can|could|can actually) (talk|speak|open up|be honest) (to|with) (her|him|them)",
            "(can|could) tell (her|him|them) anything", "(feel|felt) (comfortable|safe|at ease) (with|around|talking to) (her|him|them)",
            "(she|he|they) (never|doesnt|dont|didnt|rarely) (turns|turn|shows|show|showed|turned) up", "no show", "(cancels|cancelled|canceled|keeps cancelling) on (me|us)",
            "(she|he) (actually|really|properly)? (knows|gets|understands|remembers) (me|us|what i)", "talks down to (me|us)", "(she|he) (is|s)? (always|never) (busy|there|around|on time|late)",
            "(i|we) (like|love|trust|dont like|hate|dont trust) (her|him) (loads|so much|lots|a lot)?", "(she|he) (makes|made) me (laugh|feel)", "has time for (me|us)",
            "(she|he) (checks|checked) (in|up) on (me|us)", "(she|he) (cares|doesnt care|dont care)", "(rings|texts|messages) me (back|to check)", "on (my|our) level",
            "(never|doesnt|dont) (visit|visits|see|sees|come|comes) (me|us)", "(havent|hasnt|not) (seen|met) (her|him|them|my worker|my social worker|my sw|my pa) (in|for|since)",
        ]),
        (2.5, "trust in the worker", [
            "trust*", "(gets|got|get|understands|understood) (me|us)", "on my side", "(only|one) (adult|person) (i|who)", "the only one (who|that)",
            "best (youth|social|key|support) worker", "(really|actually|genuinely) (cares|cared)", "cares about (me|us)", "relationship with (my|our|her|his|the)",
            "(always|never) there for", "there for (me|us)", "(comes|came|come) to see (me|us)", "visits (me|us)", "takes me out", "took me (out|for)", "time for (me|us)",
            "(dont|didnt|never) know (my|our|who my|who our) (social worker|worker)", "(i|we) (like|love|hate|trust) (my|our) (social worker|worker|key worker|pa)",
            "rude", "judgemental", "judgmental", "(is|was|are|so|really) kind",
            "(takes|took|take) me (for|to|out)", "talk* to me like", "(like|as if) (im|i am|i was) a (normal|real) person", "(never|dont|didnt) met (her|him|them|my)", "rely on", "(i|we) can (talk|rely|speak) to (her|him|them)", "doesnt smile", "remembers", "same (social worker|worker|sw|pa)", "(she|he) (is|was|s) (the best|a legend|lovely|kind|great|rude|horrible|nice|amazing)",
            "(doesnt|never|didnt|dont) turn* up", "when (she|he|they) (says|said) (she|he|they) (will|would)", "(promised|promises|promise)", "let (me|us) down", "fights my corner", "(fights|fought|sticks up|stuck up|stands up) for (me|us)", "in my corner", "back* me up",
            "(gets|got|getting) to know (me|us)", "knows (me|us|my story|our story)", "(has|have) a laugh", "easy to talk to", "hard to talk to", "approachable", "honest (with|about)", "straight with (me|us)", "tells (me|us) the truth", "(lies|lied) to (me|us)", "keeps (her|his|their) promises", "reliable", "unreliable", "looks down on", "attitude", "treated us like", "accus*", "(nice|lovely|horrible|friendly|funny|patient) (social worker|worker|sw|pa)", "(my|our) (social worker|worker|sw|pa|key worker) (is|was|has been) (really|so|very)? (nice|lovely|horrible|friendly|funny|patient|good|great|rubbish|useless|brilliant|amazing|kind|rude|supportive)", "(she|he) (listens|understands|cares|gets it|gets me|is always there|never listens|doesnt care|doesnt listen)", "(comes|came) round", "chats?", "makes time", "made time",
            "more of a (parent|mum|dad) (to me|than)", "like a (mum|dad|parent|big sister|big brother|friend) to (me|us)",
        ]),
        (1.5, "my worker", [
            "social worker*", "my worker*", "(key|youth|support|family support|yot|link|case) worker*", "(my|our|the) (sw|caseworker)", "my pa",
        ]),
        (0.7, "a worker", ["worker*", "mentor*", "relationship*", "bond*", "visit*", "(checks|checked|check) in", "personal advis*", "iro",
            "(dont|didnt|doesnt) know (him|her|them)",
        ]),
    ],
    "worker-changes": [
        (2.5, "another new worker", [
            "(another|a|yet another|the) new one", "new (face|faces|person|lady|man) (again|every)", "(had|have had|on my) # (this|last|in the last|in a|in one) (year|years|month|months)",
            "(keeps|keep|kept) (leaving|going|changing)", "(they|workers|sws|social workers|pas) (never|dont|do not) stay", "(doesnt|dont|never|didnt) stay (long|for long|more than)",
            "(retell|re tell|retelling|repeat|repeating|tell|telling|explain|explaining|go over) (everything|it all|the whole thing|all of it|what happened) again",
            "same (questions|story) (again|over and over|every time)", "(agency|locum|temp|temporary|interim) (one|ones|lady|man|person|people)", "locum*",
            "(only|just) (covering|temporary|temp|here for a few)", "(was|is|were) (only|just)? (covering|agency|temporary)",
            "(lost|losing) (my|our) (worker|social worker|sw|pa)", "(my|our) (worker|social worker|sw|pa) (went|has gone|is going|quit|moved)",
        ]),
        (3.0, "changes of worker", [
            "(the|our|my) (#rd|#nd|#th|second|third|fourth|fifth|sixth) (this|in a|in the|since|one) (year|month|months|years)?", "(shes|hes|theyve|she has|he has|it has|its) changed # times", "# (managers|team managers|social workers|workers|pas|ios|iros) in # (months|years|weeks)", "# different (social workers|workers|managers|pas|people)", "long term sick", "(shes|hes|she is|he is) leaving", "(not|never|havent|hasnt|have not|has not) been allocated (anyone|anybody|a worker|a new)",
            "(new|another|different|next) (social worker*|worker*|sw|pa|personal adviser|key worker*)", "(#th|#) (social worker*|worker*|sws|pas|personal advisers|sw|pa)",
            "(had|have had|been through|on my) # (social worker*|worker*|sws|pas|pa|different)", "had # since", "(worker|social worker|sw|pa) (changes|changed|keeps changing|left|leaves|leaving|moved on)",
            "keep* chang*", "chang* (my|our|the)? (worker|social worker|sw|pa)", "(social workers|workers|sws|pas) (come and go|keep leaving|keep changing)",
            "(retell|re tell|repeat|repeating|tell|telling|explain|explaining) (my|our|their|his|her) (story|stories|whole story)", "from scratch",
            "same (social worker|worker|sw|pa|iro)", "(old|last|previous|first) (social worker*|worker*|sw|pa)", "turnover",
            "(agency|locum|temporary|temp) (social worker*|worker*|sw)", "how many (social workers|workers|sws)", "consistent (worker|social worker|person|sw)",
            "get used to (a|my|the|one) (worker|social worker|sw|pa)", "(worker|social worker|sw|pa|workers|social workers) (they)? (leave|leaves|left|keep leaving)", "they (leave|left)", "say bye to", "(all|mostly|both) agency", "new one",
            "(social worker|worker|sw|pa) (had|has) (left|gone|changed)", "stranger turned up", "(a|another) stranger",
            "change of (social worker|worker|sw|pa)", "another change", "(dont|didnt|doesnt) (know|no|even know) who (my|our|his|her) (social worker|worker|sw|pa) is", "who (is|s) (my|our) (social worker|worker|sw|pa)", "(havent|hasnt|dont) (got|have) a (social worker|worker|sw|pa)", "no (social worker|sw|allocated worker|pa)", "duty (worker|social worker)", "passed (around|from pillar to post)", "pillar to post", "handed over", "transferred", "(moved|changed) teams", "left the (team|council|service)", "maternity leave", "(didnt|never|no) (say|chance to say)? goodbye", "didnt say goodbye", "(yet|once) again", "(agency|locum) (staff|workers|social workers)", "every (worker|social worker|new worker)",
            "(she|he) left", "(new|different) (lady|man|person|face|faces|people|ones)", "(keep|keeps|kept) changing", "strangers",
            "(moved|move|moves|moving) to (another|a different|a new) (team|area|job|role)",
            "(social worker|worker|sw|pa|personal adviser) (is|has been|went|was|s|been) (off sick|on leave|on maternity|off work|signed off|away)", "(nobody|no one|noone|not|never) (been|got|has been|have been|was) allocated",
        ]),
        (1.5, "starting again", [
            "get to know", "start* (all )?(over|again)", "yet another", "again and again", "every (few|#|six) months", "changes every", "(changed|change) again",
            "(never|not) the same (person|worker)", "stayed with (us|me)", "for more than a year", "left", "leaving", "(#th|#) (one|person)",
            "get used to", "go over everything", "from the (beginning|start)", "again", "bye",
            "unallocated", "allocated", "covering", "new", "changed", "temp", "locum", "agency",
            "(dont|didnt|doesnt) know (him|her|them)", "(lady|man|woman) social worker", "now (its|it is) (a|another)",
            "(went|gone|is|been|was) off sick", "off sick",
            "# (social workers|workers|sws|pas) in # (years|months|year)",
        ]),
    ],
    "delay": [
        (3.0, "waiting", [
            "wait*", "still wait*", "waiting list*", "on hold", "delay*", "drift*", "backlog*", "taking (ages|forever|so long|too long|months)",
            "(taken|took) (ages|forever|months|weeks|so long|too long)", "nothing (has|have)? (happened|changed)", "nothing happen*", "(heard|had) nothing",
            "(havent|hasnt|not) heard", "still (no|not|nothing|havent|hasnt|awaiting|been no)", "no (date|decision|news|update|outcome) (yet)?", "postpon*", "adjourn*",
            "overdue", "(still|yet) to (hear|be|get|see|have)", "awaiting",
            "pushed back", "rearrang*", "how much longer", "when will", "not yet", "for ages", "ages ago", "weeks and weeks", "months and months", "unallocated", "(no one|nobody|noone) (got|has got|ever got|gets) back", "come back to (us|me)", "(hasnt|havent|still not|not) come through", "keep* (getting)? (put off|cancelled|moved|pushed)",
            "(hasnt|havent|still hasnt|still havent|hadnt) (happened|started|been done|been (sorted|arranged|booked|made|signed|finished|completed))", "still (dont|doesnt) have", "by now", "(should|was meant to|were meant to|supposed to) have", "(was|were) (meant|supposed) to", "never (came|happened|arrived|got done)", "no progress", "stuck", "paused", "dragging", "out of date", "expired", "timescale*", "too late", "by the time", "took (too long|so long|a long time|forever)", "long time", "(slow|slowly) to", "(months|weeks|years|ages) (later|on|ago)",             "takes (weeks|months|ages|days|too long|forever|so long)", "hold up*", "holdup*", "bottleneck*", "turnaround", "(days|weeks|months|ages) to (get|hear|be|sort)",
            "(for|over) (ages|months and months|weeks and weeks)",
            "(nobody|no one|noone|not|never) (been|got|has been|have been|was) allocated", "(take|takes|taking|took) (a|#|over a) (month|months|week|weeks|year|years)", "(to|for) (come|get) back",
        ]),
        (2.0, "how long it has taken", [
            "(its|it has|it s|has|have|its now|it is now) been # (days|weeks|months|years)", "(till|until|not till|not until) (tomorrow|next week|next month|monday|tuesday|wednesday|thursday|friday)", "(that|this) was (yesterday|last week|# days ago|# weeks ago)", "(to|too) late", "(hasnt|havent|has not|have not) (even)? (started|begun|been started)", "# (weeks|months) (in|on) and",
                        "(weeks|months|years) (ago|later|on)", "a (week|month|year) (ago|later|on)",
            "(since|in) (january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|last year|the summer)",
            "its now", "it is now", "chas*", "slow", "too long", "so long", "put back", "(cancelled|canceled) again", "queue*", "late",
            "court date", "its been (ages|weeks|months|years)", "been (ages|weeks|months|years)", "(last|this) (week|month)", "# (days|weeks|months) (after|before)", "after # (days|weeks|months|years)",
            "within # (hours|days|weeks)", "dragged on", "drag* on", "in limbo", "limbo",
            "since (last|then)", "sooner", "quicker", "quickly", "on time", "in time", "urgent*", "behind",
            "# (day|days|week|weeks|month|months|year|years) (ago|later|on|since|waiting|of waiting|and still)", "(been|keep|kept) trying to (get|sort|find|speak|reach|contact)", "(for|over) (weeks|months)", "slip*", "another form",
        ]),
        (0.7, "time passing", ["(months|weeks|ages|forever)", "still", "again", "yet", "(cancelled|canceled)", "deadline*",
            "# times",
            "(a|one) year", "(for|over|nearly|almost|about|after) # (weeks|months|years)", "(for|over) (weeks|months|years)",
            "# (days|weeks|months|years) now", "trying to",
        ]),
    ],
    "communication": [
        (3.0, "being told what is happening", [
            "(last|the last) to (know|hear|find out)", "(who|where) (do|should|can) (i|we) (ask|go|contact|ring)", "(knew|know|found out) before (we|i|us|me)", "(another|someone elses|wrong|the wrong) (childs|child s|persons|person s)? (details|name|information|info)", "not knowing (when|if|what|where|why)",
            "(nobody|noone|no one|never|not|nothing|wasnt|werent) (told|tells|tell|explained|explains|updated|updates|informed)", "(nobody|noone|no one) (has|had|ever)? (said|says)",
            "(told|tell|tells|telling) (me|us|them|him|her) (what|why|anything|nothing|about|when|where|how|that)", "(keep|kept) (me|us) (updated|informed|in the loop)",
            "in the (dark|loop)", "no idea what", "what (is|was|s) (going on|happening)", "whats (going on|happening)", "explain*", "jargon*", "plain (english|language)",
            "(easy|hard) to understand", "(dont|didnt|couldnt) understand", "update (me|us)", "an update", "any update*", "let (me|us) know", "information", "informed",
            "(nobody|noone|no one) (tell|told|tells|said)", "(said|say|says) anything",
            "(find|found|finding) out", "(last minute|short notice|day before|no warning|without warning|no notice)", "without (telling|asking|warning) (me|us)", "(didnt|dont) know (what|why|when|where|who|about|anything)", "confus*", "big words", "words (i|we) (dont|didnt) understand", "easy read", "interpreter*", "translat*", "come back to (us|me)", "(email|text|call|ring|message|phone) me", "instead of (ringing|calling|phoning|texting|emailing|letters)", "out of the loop", "the day before",
            "(want|need|wanted|needed) to know", "(dont|didnt|never) know (why|what|when|where|if|whether|how)", "what (will|is going to|would|s going to) happen", "why (i|im|we) (am|are|cant|have to|had to|was|got|couldnt)", "(no one|nobody|noone) (tells|explains)", "(they|she|he) (dont|didnt|never|wont) (tell|explain)",
            "(cant|cannot|can not) (understand|follow)",
            "(nobody|noone|no one) (has|had)? (talked|spoken|spoke) to (me|us) about", "(nobody|noone|no one) (has|had)? (talked|spoken|spoke) to (me|us)",
        ]),
        (3.0, "calls and messages returned", [
            "(call|calls|ring|rings|phone|phones|get|got|text|email|message) (me|us|you|her|him)? back", "call* back", "rang back", "ring back",
            "(never|not|doesnt|dont|didnt|hasnt|havent) (reply|replies|replied|respond|responds|responded|answer|answers|answered|return|returned|call|ring|rang|rung|text|texted|get back)",
            "(no|any) (reply|response|answer|call|calls)", "repl*", "(left|leave|leaving) (# )?(messages|message|voicemail*)", "voicemail*",
            "(my|our|the) (number|phone number|email|email address|contact details)", "number (has)? changed", "house phone", "(sending|send|sent) (letters|letter|post)",
            "(heard|hear) (back|anything)", "missing calls", "(update|updated) (your|my|the) records", "(wrong|old) address",
            "heard nothing", "(nobody|no one|noone) (rang|rings|called|calls|phoned) (me|us)? (back)?", "(returned|return) (my|our) (call|calls)", "answer* (her|his|their|the)? phone", "duty line",
        ]),
        (1.0, "telling and asking", [
            "told", "tell", "ask*", "phone*", "call*", "ring*", "email*", "text*", "message*", "letter*", "why", "(nobody|noone|no one)", "respond*", "heard",
            "know", "rang",
            "turn* up", "promis*",
        ]),
    ],
    "family-contact": [
        (2.5, "seeing family", [
            "(separated|split|split up|kept apart|placed apart|living apart|live apart) from (my|our|his|her|their) (brother|brothers|sister|sisters|siblings|mum|dad|family)",
            "(live|living|placed) (separately|apart)", "(phone|video|facetime|whatsapp) (call|calls|chat) (with|to) (my|our|his|her|their)",
            "(see|seeing|saw|visit) (my|our|his|her|their) (little|big|baby|older|younger) (brother|sister|brothers|sisters)", "(unsupervised|supervised|sibling|direct|indirect) contact",
            "(contact|visits|family time) (got|get|gets|was|were|keeps getting|keep getting) (cancelled|canceled|stopped|moved|changed)", "(once|twice) a (month|week|fortnight)",
            "(go|going|went|stay|staying|stayed) (home|back) (to|with) (my|our) (mum|dad|family|nan)", "(birth|real) (mum|dad|mam|family|parents)",
        ]),
        (3.0, "contact with family", [
            "contact (with|arrangements|centre|center|visits|visit|sessions|session|time)", "family time", "family (centre|center)", "supervised (contact|visits)",
            "letterbox", "(see|seeing|saw|visit|visiting|visits|meet|phone|call|calls|ring|talk to|speak to|stay with|staying with) (my|our|his|her|their) (mum|dad|parents|brother|brothers|sister|sisters|siblings|sibling|nan|grandad|grandparents|family|birth family|auntie|aunt|uncle|cousin|cousins|friends|friend|mates|dog|cat|pets|pet|baby)",
            "miss* (my|our) (mum|dad|parents|brother|brothers|sister|sisters|siblings|nan|grandad|family|friends|mates|dog|cat|pets)",
            "my (brothers|sisters|siblings|little brother|little sister|baby brother|baby sister|big brother|big sister)", "(separated|split up) from",
            "(near|close to|back near|move near|back to) (my|our) (mum|dad|nan|family|brother|sister|friends)", "birth (family|mum|dad|parents)", "siblings",
            "(mum|dad|nan|family) (visits|visit)", "taxi for contact",
            "sleepover*", "(friends|mates|nans|dads|mums) house", "hang* out with (my|me)? (friends|mates)", "(see|seeing) my friends", "live together", "(me and|with) my (sister|brother|sisters|brothers)", "video call* with (my|their|his|her|our)", "(phone|video|facetime) calls with", "facetime", "keep in touch", "stay in touch", "lost touch", "overnight stay*", "(go|going) home for (the)? (weekend|weekends)", "spend time with (my|our|his|her|their)", "christmas with (my|our)", "birthday with", "find (my|our) (siblings|family|brothers|sisters|mum|dad)",
            "(half|step) (brother|sister|brothers|sisters)", "twin", "(mums|dads|nans|grandads) house", "weekends at", "nights at", "stay over", "contact (was|is|has been|got|gets) (reduced|increased|stopped|cut|moved|changed|cancelled|supervised)", "(more|less|no|extra) contact", "contact (worker|supervisor|notes|sessions)", "(texts|calls|letters|cards|presents) from (my|his|her|their) (mum|dad|family|nan|brother|sister)", "(birth|adoptive) (parents|family|mum|dad)", "life story", "family tree", "best friend*", "old friends", "(my|our) (hometown|old area)", "(didnt|doesnt|dont|never) (turn|show) up (to|for) contact", "no show", "(late|drunk) (to|for|at) contact", "(see|seeing|saw|visit|visiting) (them|him|her) (more|less|every|once|twice)", "grandchildren", "grandson", "granddaughter", "(my|our) grandkids",
            "(my|our|his|her) (puppy|hamster|rabbit|kitten|pony|horse|guinea pig|pet)", "play with (my|our)", "(my|his|her) (baby|little|big) (brother|sister)", "new (baby|brother|sister)",
            "(went|go|going|been|go round|went round) to (my|our|his|her) (nans|dads|mums|aunties|grandads|cousins|brothers|sisters|grandparents|family)", "(at|to) (my|our) (nans|dads|mums|aunties|grandads|grandparents)",
            "sibling*", "sibling contact",
            "(love|loves|miss|misses) my (mum|dad|nan|grandad|brother|sister|brothers|sisters|family|cousins|auntie|uncle)", "(mum|dad|nan) (loves|misses) me",
            "(keeping|kept|keep|keeps) (them|the siblings|the children|the kids|siblings|brothers and sisters|us) together",
        ]),
        (2.0, "contact and family", ["contact", "(brothers|sisters)", "(nan|grandad|grandparents)", "their (dad|mum)", "pets", "(my|our|the) (dog|cat)",
            "grandparents", "stepdad", "birth mum", "birth dad", "reunite*",
            "(his|her|their) (mum|dad|mother|father|parents|birth mum|birth dad)", "supervised", "adopted", "adoption", "reunion", "zoom", "photos of (my|our|his|her) (family|mum|dad)", "friend", "best friend", "girlfriend",
            "my (brother|sister|mum|dad|nan|grandad|auntie|cousin|cousins)", "cousins", "puppy",
            "with my (mum|dad|nan|grandad|brother|sister|brothers|sisters|family|cousins|auntie|uncle)",
        ]),
        (0.6, "family and friends", [
            "brother", "sister", "auntie", "aunt", "cousin*", "family", "friends", "mates", "mum", "dad", "parents", "(cancelled|canceled)", "taxi", "driver", "dog",
        ]),
    ],
    "home-placement": [
        (3.0, "placement and home", [
            "placement*", "foster (home|family|families|mum|dad|parents|placement*|care|carer|carers)", "childrens home*", "residential", "kinship", "special guardian*",
            "where i (live|am living|stay)", "(get|got|been|keep getting|keeps getting|be) moved", "moved (me|us|him|her|them)", "settl*", "in (our|my) care",
            "came to (us|live)", "moved to (us|live)", "(live|living|lived) with (us|them|my foster|our)", "supported lodgings", "(my|our|his|her) (carers|foster carers)",
            "(the|this|my|a) (home|unit)", "the staff",
            "placement break* down", "broke down", "(own|share a|sharing a) room", "care home", "staff at the (home|unit)", "house rules", "curfew", "(go|going|move|moving|went) back home", "kinship carer*", "connected person", "special guardianship", "feel at home", "like (a|their|his|her|our) family", "part of the family", "(their|his|her|my) family now", "(he|she|they) (calls|call) us", "(other|the) (kids|children|young people) (in|at) the (home|house|unit)",
            "placed (with|here|at|in)", "respite", "long term (placement|home|foster|carers)", "our (home|house|family)", "the (children|kids|boys|girls) (placed|living|who live)",
            "permanence", "permanent (home|placement|placements|carers|family|foster)",
        ]),
        (2.0, "where I live", [
            "foster*", "fostering", "carers", "mov* (placement|house|houses|home|homes|again|here|out)", "moved", "moving", "(new|old|my) (house|home|room|bedroom)",
            "(stay|staying|stayed) (here|put|there|together|with us|with them)", "bedroom", "live (here|there)", "live with", "living with", "lived with",
            "settled", "belong", "live (together|somewhere)", "miles away",
            "long term", "the (children|kids|boys|girls)", "(is|are) staying",
            "(matching|matched|the match|good match|a match|right match)",
            "safer here", "here than",
            "staff", "(keeping|kept|keep|keeps) (them|the siblings|the children|the kids|siblings|brothers and sisters|us) together", "coming to (us|live)", "since (coming|moving) (to|here|in)",
        ]),
        (0.7, "home", ["house", "home", "live*", "living", "here", "room", "carer", "move*", "stay*"]),
    ],
    "feeling-safe": [
        (0.5, "worry about something", [
            "scared (of|about) (turning|exams|the future|moving|leaving|starting|going to|needles|the needle|the dentist|doing|failing|being on my own|getting|what|how|spiders|the dark)", "(ring|call|dial|rang|called|phone) 999", "in touch", "keep in touch", "touch base", "stay in touch", "lost touch",
        ]),
        (3.0, "feeling safe", [
            "safe", "unsafe", "safer", "safety", "frightened", "terrified", "afraid", "petrified", "bull*", "picked on", "pick* on (me|him|her)", "threat*",
            "hits (me|her|him|us|mum)", "hit (me|her|him|us|mum)", "hurt* (me|her|him|us|mum)", "beat*", "beaten", "punch*", "kick* (me|him|her)", "kicked (me|him|her)? out",
            "slap*", "grab*", "bruis*", "left marks", "abus*", "violen*", "domestic", "police", "followed", "follow* (me|us|her|him)", "stalk*",
            "waiting outside", "bang* on", "county lines", "parcels", "drop (off|stuff)", "(i|we) owe", "owe (them|him)", "older (lads|men|boys|man|boyfriend|guys)",
            "adult (man|men|male|males)", "groom*", "exploit*", "gone missing", "went missing", "go missing", "run* away", "ran away", "(locked|kicked|thrown|chucked) out",
            "(send|sent|sending) (a|me|him|her|them)? (pic|pics|photo|photos|picture|pictures|nudes|video|videos)", "nudes", "photos of (her|me|him)",             "(our|a) secret", "keep it (a|our)? secret", "stranger*", "(comes|came|coming|come) (in|into) (my|the|her) (room|bedroom|bathroom|bath)", "pretend to be asleep",
            "checks my (phone|location)", "(my|her|his) location", "knife", "knives", "weapon*", "harass*", "creep*", "swear* at", "not allowed (near|to come)",
            "injunction", "restraining", "(dont|didnt|doesnt) want to go home", "scared to go home", "(sent|send) (me|us|him|her) home", "dangerous", "danger", "gang*",
            "throws (stuff|things)", "(on|of) the police", "terrorised", "abuse", "weird messages", "asked (me|her) to send", "mature for (my|her|his) age",
            "(ring|call|dial|rang|called|phone) 999", "touching", "touched (me|her|him)", "touch* (me|her|him) (where|down|in)", "stab", "stabbed", "stabbing", "call* me names", "(group chat|groupchat)", "laugh* at me", "push* me", "pushing me", "taking my (stuff|things|money|phone)", "(hits|hit|hitting|hurts|hurt|beats|beating) (my|his|her) (mum|dad|brother|sister|nan|mam)", "no food", "hungry", "starving", "no heating", "freezing", "home alone", "left (me|us|them)? (alone|on our own|on my own)", "lock* (me|us) (in|out)", "locked in", "(sexting|screenshot|screenshots)", "shared my (pics|photos|pictures)", "blackmail*", "hacked", "(hold|holding|carry|carrying) (stuff|things|bags|drugs) for", "run* drugs", "cuckoo*", "trap house", "(scared|afraid|frightened|terrified) (of|to|when) (him|her|them|my|going|go)", "scared to", "help me", "come and get me", "please help", "gets angry", "temper", "smash*", "(shouts|shouted|screams|screamed|swears|swore) at (me|us|mum)", "never had me", "wish* (i was|id) never (been)? born", "(tells|told|says|calls) me (im|i am) (stupid|useless|fat|ugly|worthless|a waste|the reason)", "the reason (dad|mum|he|she) left", "blames me", "stay out", "stay away from home", "(dont|never) want to (go|be) (home|back)", "meet up", "not to tell (anyone|anybody|my)", "(dont|not) tell anyone", "inappropriate", "unwanted", "sexual*", "rape*", "raped", "assault*", "attack*", "(strange|weird|older) (man|men|guy|guys|lad|lads|people)", "(messaged|messaging|messages) (me|her|him) (late|at night)", "go to parties", "parties", "in a car", "get* into (a|his|their) car", "cars", "come near", "keeps turning up", "turning up", "drunk", "under the influence",
            "hang* (around|about|round) (outside|the)", "gives (me|us|the girls|the boys|girls|boys|kids) (vapes|money|weed|drugs|lifts|presents|gifts|alcohol)", "vapes", "because of (the|some) (girls|boys|kids|lads|people|older)",
            "(keeps|keep|kept) messaging (me|her|him)", "know* where (i|we|she|he) live*", "(found|find) out where (i|we) live",
            "steal* (my|our)", "stole (my|our)", "(keeps|keep|kept) (coming|turning) (round|up|over)", "(my|her|his) ex (boyfriend|partner|girlfriend)?",
            "(cant|cannot|dont feel like i can|couldnt|can not) tell anyone", "going on at home", "keep (her|him|them|me|us|the children|the kids) safe", "sending messages to (the children|the kids|her|him|them|my)", "social media",
        ]),
        (1.5, "risk", [
            "drunk", "drinking", "drugs", "weed", "online", "roblox", "snapchat", "instagram", "tiktok", "whatsapp", "discord", "fortnite", "xbox", "secret*", "hiding",
            "shout*", "scream*", "prison", "jail", "cash", "new phones", "second phone", "(mums|mum|her|my|dads) (boyfriend|partner|girlfriend)", "boyfriend", "risk*", "fight*",
            "missing", "at night", "tonight", "hurt*", "hit*", "kicks off", "owe*", "private", "followers", "crime", "robbed", "mugged", "jumped", "fear*",
            "scared", "video call*", "stepdad", "step dad", "stepmum", "step mum", "partner", "debt", "beef", "names", "left out", "lock*", "cold", "dirty", "alone",
            "(dont|do not) want to go to school", "history of",
        ]),
    ],
    "education": [
        (3.0, "school and education", [
            "school*", "college*", "uni", "university", "teacher*", "homework", "exam*", "gcse*", "a levels", "btec*", "year #", "sixth form", "nursery", "primary",
            "secondary", "academy", "high school", "head teacher*", "headteacher*", "senco", "ehcp", "pep", "personal education plan", "virtual school*", "exclu*",
            "suspended from", "detention*", "attendance", "truan*", "apprenticeship*", "education*", "teaching assistant", "form tutor", "bursary", "revision",
            "(my|the|a) (course|lessons|class|classes)", "lesson*", "classroom*", "school run", "student*", "pupil*",
            "school place", "phonics", "uniform", "pe kit", "school trip", "ta", "managed move", "pru", "pupil referral unit", "alternative provision", "home educat*", "part time timetable", "sen", "special school", "tutoring", "mocks", "results", "ucas", "reading", "spelling", "maths", "gold star",
            "designated teacher", "virtual head",
        ]),
        (1.5, "learning", [
            "tutor*", "class", "course*", "maths", "english", "science", "reading", "spelling", "art", "grades", "learn*", "study*", "qualification*", "timetable",
            "isolation", "suspend*", "collect (him|her|them)", "(1|one) to (1|one)", "training",
            "(his|her|their) needs", "additional needs", "special needs", "sen support", "tuition",
        ]),
    ],
    "health-wellbeing": [
        (3.0, "mental and physical health", [
            "mental health", "camhs", "counsell*", "counsellor*", "therap*", "psycholog*", "psychiatr*", "anxious", "anxiety", "depress*", "panic attack*",
            "self harm*", "cut* myself", "suicid*", "kill myself", "end it", "ending it", "end my life", "(stop|not) existing", "dont want to (be here|live|exist)",
            "better off without me", "(dont|cant) see the point", "no point", "eating disorder", "doctor*", "gp", "dentist*", "health", "medication", "meds",
            "adhd", "autism", "autistic", "asd", "diagnos*", "paediatric*", "pediatric*", "pregnan*", "midwife", "health visitor*", "postnatal", "died", "dead",
            "death", "grief", "griev*", "bereave*", "passed away", "trauma*", "wellbeing", "well being", "(my|her|his|their) feelings", "emotional*", "help with (my|her|his) feelings",
            "(feel|feeling|felt) (so|really|very)? (low|down|sad|awful|rubbish|alone|lost|empty|numb|worthless|depressed)", "ill", "illness", "poorly",
            "cutting (again|myself|my arms|my legs)", "nhs", "meltdown*", "behaviour", "optician", "epilepsy", "diabetes", "injur*", "a and e", "a&e", "ambulance", "play therapy", "low mood", "mental health nurse", "hate myself", "worthless",
            "deaf", "hearing aid*", "hearing impair*",
            "bedwetting", "wet* the bed", "tantrum*", "teeth", "brace", "allerg*", "eczema", "fasd", "attachment", "operation", "(developmental|global) delay", "milestones", "dyslexi*", "dyspraxi*",
            "(tummy|stomach|head|belly) (hurts|ache|aches|aching|pains)", "tummy ache", "stomach ache", "headache*",
        ]),
        (2.0, "feelings and wellbeing", [
            "sad", "upset", "lonely", "loneliness", "cry*", "cried", "angry", "anger", "sleep*", "slept", "nightmare*", "eating", "hospital*", "nurse", "sick", "medicine*",
            "worr*", "stress*", "struggl*", "overwhelm*", "mood", "disabilit*", "disabled", "wheelchair", "asthma", "appointment*", "speech and language",             "feel* like", "emotion*", "panic*", "hate myself", "alone", "tired",
            "cutting", "scared", "nervous", "feel* (sick|ill)", "stomach", "headache*", "ate", "eat*", "food", "exercise", "gym", "boxing", "football", "swimming", "sport*",
            "gutted", "(cant|can't) be bothered", "no motivation", "numb", "empty", "(his|her|their|my) needs", "additional needs", "special needs", "needs",
            "feel", "feelings", "happy", "scared", "behaviour", "speech", "development",
            "(no one|nobody|noone) to talk to",
            "exhaust*", "drained", "worn out",
            "(my|his|her) head (is|s)? (all over the place|a mess|messed up|mashed|battered|not right)", "all over the place", "bad dreams", "dreams",
            "tummy", "on (my|your) own", "by (myself|yourself)", "the worst",
        ]),
    ],
    "leaving-care": [
        (3.0, "leaving care and independence", [
            "leaving care", "care leaver*", "after care", "aftercare", "pa", "pas", "my pa", "personal advis*", "pathway plan*", "pathway", "(my|own|a|the|new) flat",
            "tenancy", "housing", "homeless*", "council tax", "bills", "rent", "universal credit", "benefits", "budget*", "setting up home", "leaving care grant",
            "independen*", "semi independent", "supported (lodgings|accommodation|housing)", "staying put", "staying close", "hostel", "local offer", "live on my own",
            "living alone", "live independently", "move out", "moving out", "own place", "adult services", "(turn|turning|turned|when im|when i am|when i turn|at|until|till|til) (18|eighteen|21|25)",
            "(16|17|18|21) plus",
            "sanction*", "rent arrears", "arrears", "sofa surf*", "furnish*", "look after (myself|yourself)", "(turn|turning|turned|when i turn) (18|eighteen)", "after (18|21)", "setting up home (grant|allowance)", "grant",
            "(leave|leaving|left|leaves) care", "(when|after) (you|i|we) (leave|left) care",
            "live alone", "live by myself", "living by myself",
        ]),
        (1.5, "growing up and money", [
            "flat", "money", "job", "jobs", "apprenticeship*", "cook*", "shopping", "gas", "electric", "food bank", "on my own", "(im|i am|aged) (16|17|18|19|20|21)",
            "18", "bursary", "uni", "university", "leave at", "have to leave", "work",
            "food", "adult", "(my|own) place",
            "passport", "birth certificate", "bank account", "national insurance", "provisional", "driving lessons", "skint", "£", "quid",
        ]),
    ],
    "meetings-plans": [
        (3.0, "meetings, reviews and plans", [
            "meeting*", "review*", "looked after review*", "conference*", "core group*", "iro", "independent reviewing officer", "care plan*", "child protection plan*",
            "child in need plan*", "safety plan*", "pathway plan*", "plan", "plans", "minutes", "agenda", "reports", "report", "paperwork", "chair*",
            "team around the family", "taf", "professionals meeting", "targets", "actions", "conference chair", "cp plan",
        ]),
        (1.0, "professionals", ["professionals", "panel", "looked after", "child in need", "child protection", "hearing", "court"]),
    ],
    "praise": [
        (2.5, "thanks in everyday words", [
            "(big|massive|huge|special) thanks", "thank you so much", "(keep|kept) up the good work", "credit to (the|her|him|them|you|your)",
            "(shes|hes|theyre|they are|she is|he is|its|it is|it was) (class|sound|ace|mint|fab|a legend|a star|the best|brilliant|amazing|unreal|buzzing)",
            "(best|nicest|kindest) (social worker|worker|sw|pa|carer|carers|manager|team|person)", "(really|massively|so) (helped|helpful|supportive|kind)",
            "(goes|going|gone|went) (the)? extra mile", "(cant|couldnt|could not|cannot) (ask|wish) for (a)? (better|more|nicer)",
        ]),
        (3.0, "thanks and praise", [
            "thank*", "thank you", "grateful", "appreciat*", "brilliant", "amazing", "excellent", "fantastic", "fabulous", "wonderful", "outstanding", "superb",
            "lovely", "the best", "is the best", "best thing", "class", "helpful", "supportive", "made a (real|huge|big|massive)? difference", "(huge|real|big) difference",
            "works well", "(work|works|worked|working) (well|really well|brilliantly)", "went above and beyond", "above and beyond", "proud", "thriving", "(doing|done) (really|so)? well",
            "sorted (me|it|us|everything) (out)?", "fought for", "(couldnt|wouldnt) have (done|managed|got)", "life saver", "lifesaver", "well done", "keep (it|this) up",
            "good practice", "should be standard", "really visible", "the reason (i|ive|weve|we)", "first time (i|we|ive|weve)", "all good", "no complaints", "(really|so) (happy|pleased)",
            "better now", "great",
            "legend", "shout out", "big up", "lifeline", "life changing", "(is|are|has been|have been|its|everything is|going) going well", "going well", "buzzing", "(is|was|are|were) (a )?gem", "hero", "angel", "so much better", "how far (she|he|they|ive|i|weve|we) (has|have|had)? come", "(only|one) (teacher|adult|person|one|worker) who (gets|understands|listens|cares|helps|got)", "help from", "keep it up",
            "(happy|pleased|satisfied|impressed|thrilled|delighted) with", "reassur*", "(helped|supported) (us|me) (so much|loads|a lot|massively|hugely)", "(couldnt|could not) ask for (more|better)", "(out of|went out of) (their|her|his|her) way", "extra mile", "always there", "responsive", "on the ball", "knowledgeable", "compassionate", "turned (my|our|his|her) life around", "changed (my|our|his|her) life", "saved (my|our|his|her) (life|placement)", "(felt|feel|made (me|us) feel) (welcome|welcomed|valued|safe|special|listened to)", "(please|should) (keep|continue)", "(dont|do not) (lose|cut|stop)", "more of this", "best part", "well run", "worth keeping", "(brilliant|great|amazing|fantastic|supportive) (team|manager|managers|colleagues|service|support)", "made (me|us) feel",
            "game changer", "invaluable", "valuable", "step forward", "good to see", "well received", "effective", "really useful", "so useful", "much better since", "(has|have) (really)? (helped|improved|made)", "big improvement", "(has|have) been (a|really|so|very)? (good|great|brilliant|helpful|useful|positive|excellent|amazing)",
            "turned (the|it|things|everything|the culture|my life|our lives) (culture)? around", "turned around",
            "(massive|huge|big|real|great|such a) help", "well (chaired|run|organised|organized|managed|done|handled|supported)", "followed (everything|it|things|it all) up", "thorough",
            "(cant|cannot|couldnt|could not) (thank|praise) (them|you|her|him|the team|everyone|her team|them all)? enough", "(never|couldnt|could not) (have )?(been|be) (happier|better)", "(cant|cannot|couldnt) fault (them|her|him|it|the)",
        ]),
        (2.0, "something good", [
            "(massive|big|huge|real) win", "got there in the end", "means well", "(actually|really|genuinely) (listened|listens|helps|helped|cares|good|great|helpful)", "proved (him|her|them|everyone|people) wrong", "(feedback|response) (was|has been)? (very|really|so)? (positive|good|great)", "(good|great|fantastic|brilliant|strong) relationship*", "got into (college|uni|university|sixth form|an apprenticeship)", "(best|funniest) (review|meeting|day|thing) ever", "(is|are|shes|hes|theyre|were|was) safe (tho|though|innit|about it)", "(staff|carers|she|he|they) (are|is|were|was) sound", "peng", "gave me a (present|sticker|card)", "(genuinely|really) good",
            "best", "kind", "caring", "listens", "(gets|got) me", "only (adult|one|person) (i|who)", "happy", "pleased", "glad", "excited", "safer", "(getting|got|get) help",
            "(love|loved|loves) (it|my|our|the|going|being|them|her|him)", "(really|so|very) (good|helpful|kind|nice|supportive)", "(good|nice|helpful) (people|staff|worker|support)",
            "enjoy*", "i like", "like going", "helped", "(really|so|very) help*", "supported (me|us)", "recognis*", "recogniz*", "positive*", "success*", "improv*",
            "encourag*", "celebrat*", "fun", "smil*", "star", "champion", "10/10", "works", "protected", "doing well", "lovely", "\U0001f600", "\U0001f601", "\U0001f603",
            "\U0001f604", "\U0001f60a", "\U0001f642", "\u263a", "\u2764", "\U0001f44d", "\U0001f64f", "\U0001f970", "\U0001f60d", "\U0001f496", "\U0001f499", "\U0001f49c",
            "\U0001f49a", "\U0001f389", "\U0001f31f", "\U0001f6b2",
            "proper good", "mint", "boss", "top", "star", "now i (mentor|have|am|work|help|go|get|feel)", "(has|have) been (good|great|brilliant|amazing|fab|fabulous)",
            "took (me|us) (to|for|out)", "fights my corner", "(fights|fought) for (me|us)",
            "impressed", "delighted", "relieved", "patient", "understanding", "fair", "favourite", "welcom*", "warm", "much better", "got better", "getting better", "respectful", "professional",
            "useful", "helps", "welcome", "working", "now have", "since (she|he|they|it|we) (started|came|began|got)",
            "look after each other", "made (cakes|a cake|pizza)", "(we|i) (made|baked|went|played)",
            "i (liked|loved|enjoyed)", "(liked|loved|enjoyed) it",
            "easier", "finally", "at last", "saves", "simpler", "clearer", "(now|finally) (we|i|they) (can|have|get|know|feel)", "(makes|made) (it|things|life|my job|our job|our lives) (so much)? (easier|better|simpler)", "so much (easier|better|quicker|calmer)", "(really|so|very) good", "calmer", "happier", "settled",
            "helped (me|us) (through|with|to|get|find|sort|move|into)", "more of a (parent|mum|dad|family) (to me|than)", "award", "(is|was|going) ok",
            "(took|takes|take|taking) (the|real)? time (to|with)", "(all|really) worked together",
        ]),
        (1.0, "a good word", ["good", "nice", "love", "like", "worked", "ok", "okay", "fine", "better", "difference", "sound", "decent", "right people"]),
    ],
    "caseload": [
        (3.0, "caseload and workload", [
            "caseload*", "case load*", "workload*", "work load", "# cases", "cases", "# families", "families each", "(too|so) many (cases|families|children|visits)",
            "capacity", "direct work", "(no|not enough|dont have|never have|no) time", "not enough time", "overtime", "unmanageable", "(three|two|#) in proceedings",
            "piece of direct work", "protected caseload", "(working|work|worked) (late|till|until)", "in daylight",
            "work* (most|every|late|all) (evenings|nights|weekends|night)", "(at|on) my desk", "relentless", "up to date", "(two|#) patches", "(#|new) referrals a (day|week)", "no time to",
        ]),
        (1.5, "pressure of work", [
            "time", "hours", "evenings", "weekends", "unpaid", "duty", "complex*", "deadline*", "court", "proceedings", "plo", "assessments", "visits", "squeez*",
            "stretched", "juggl*", "allocated", "allocation*", "volume", "pressure*", "too much", "cover", "mentoring", "mandated", "referrals", "contacts", "with children",
            "drive*", "driving", "travel*", "whole county", "firefight*", "holding # cases", "holding",
            "covering",
            "crises", "crisis",
        ]),
    ],
    "supervision": [
        (3.0, "supervision and management", [
            "supervision*", "supervisor*", "supervis*", "manager*", "management", "team manager*", "line manager*", "senior leader*", "leadership", "senior management",
            "principal social worker", "service manager*", "head of service", "reflective", "case direction", "access to (my|a) manager", "management support", "practice lead*",
            "slt", "dcs", "assistant director*", "senior (managers|leaders|team|leadership)", "out of touch", "open door", "(from|by) (above|senior)", "upstairs", "heads of service",
        ]),
        (1.5, "leaders", ["director*", "reflection", "oversight", "sign off", "signed off", "leaders", "senior practitioner*", "threshold*", "tick box", "case list",
            "(no one|nobody|noone) to (go to|talk to|ask)", "covering her", "covering him",
        ]),
    ],
    "training": [
        (3.0, "training and development", [
            "training", "trained", "e learning", "course*", "workshop*", "cpd", "progression", "career*", "promotion", "asye", "newly qualified", "induction",
            "new starter*", "refresher*", "practice guidance", "signs of safety", "qualification*", "masterclass*", "secondment", "trauma informed",
            "practice educator", "route to (progress|progression)", "progress*", "funding for (training|courses|my)", "award", "secondment*", "neurodivers*", "training on",
            "practice development", "reflective (sessions|practice|groups)", "learning (sessions|events|opportunities)",
        ]),
        (1.5, "learning at work", [
            "learning", "development", "develop*", "guidance", "procedures", "shadow*", "mentoring", "apprenticeship", "study", "learn*", "skills", "systemic", "slides",
            "first year", "train*",
        ]),
    ],
    "staff-wellbeing": [
        (3.0, "staff wellbeing and morale", [
            "stress*", "burn* out", "burnout", "burnt out", "exhaust*", "morale", "(feel|feeling|felt|not) valued", "undervalued", "unvalued", "(off|going off) sick",
            "sickness", "(i|ill|i will|im going to|thinking of|thinking about) (leave|leaving|quit|quitting|resign*)", "(the reason|why) (ive|i have|i) stay*", "another job",
            "switch off", "killing me", "own kids", "work life balance", "flexible working", "wellbeing", "well being", "threaten*", "assault*", "lone working",
            "breaking point", "on my knees", "cant cope", "drowning", "(my|our) (health|mental health)", "vicarious", "secondary trauma", "debrief*", "felt heard",
            "drained", "shattered", "emotional toll", "dread*", "sunday (night|nights|evening)", "(leave|leaving|quit|quitting) (the profession|social work|this job|the job|the council)", "handed in my notice", "(my|handed in) notice", "looking (elsewhere|for another job|for other jobs)", "(love|loved) my team", "team spirit", "blame culture", "toxic", "never thanked", "pay rise", "cost of living", "underpaid", "hybrid working", "working from home", "wfh", "occupational health", "sick leave", "toil", "annual leave", "(cant|never) take (leave|a break|breaks|lunch)", "no lunch", "lunch break*", "job satisfaction", "rewarding", "why i came into", "came into (this|social work)", "verbal abuse", "aggressi*", "scared on visits", "(feel|felt|feeling) (unsafe|scared) on", "recognition",
            "antidepressants", "signed off", "how (much)? (longer|long) (i|we) can", "cant keep (doing|going)", "not sustainable", "unsustainable", "heartbreak*", "(take|taking) it home", "keeps me (awake|up)", "awake at night", "feel like a failure", "(we are|were|we re) human", "(nobody|no one|noone) cares about (us|staff)", "mental load", "doing my best", "not good enough",
            "keep* me (here|going|in the job)", "look after each other", "(only|main) (thing|reason) (keeping|i stay|im staying)",
            "unsupported", "complaint* against (me|us)", "(complaint|complaints|allegation|allegations) (made )?against",
        ]),
        (1.5, "how staff feel", [
            "tired", "stayed", "sleep*", "worry*", "worried", "anxious", "anxiety", "cry*", "my (family|kids|children)", "abuse*", "safe", "unsafe", "scared", "frightened",
            "team", "colleagues", "support (me|us)", "supported", "heard", "listens", "mental health", "overwhelm*", "emotional", "counselling", "pay", "salary",
            "respect*", "blame*", "culture", "hard to", "love (my|this|the) job", "appreciated", "valued", "exhausted", "sick", "hard", "brilliant afterwards",
            "cry in the car", "in the car", "how (we|i) (are|am|feel|cope|coping)", "difficult visit*", "traumatic", "(check|checks|checked) (on|in with)? (us|me)",
            "failing", "guilt*", "running on empty", "(no one|nobody|noone) to (go to|talk to|ask)",
            "team", "(my|our|the) team (is|are) (brilliant|amazing|great|lovely|supportive|fantastic)", "supportive (team|colleagues|manager)", "colleagues", "pay", "break*", "holiday*", "childcare", "(my|our) (partner|kids|children|family|home life)", "proud", "love my job", "morale",
            "upsetting", "affects me", "thank us", "recognised", "valued",
        ]),
    ],
    "admin-systems": [
        (3.0, "admin and systems", [
            "admin*", "administrat*", "business support", "system*", "recording", "it (system*|support|team|department)", "laptop*", "computer*", "printer*", "software",
            "mosaic", "liquidlogic", "lcs", "paperwork", "template*", "pdf*", "inbox*", "duplicat*", "crash*", "autosave", "log in", "login", "password*", "wifi",
            "minuting", "typing", "data entry", "case notes", "workflow*", "database", "upload*", "hot desk*", "forms",
            "mobile phone*", "vpn", "connect*", "pages to load", "load*", "slow system", "(same|duplicate) information", "book* rooms", "(send|sending|typing|type) letters", "batter*", "keep dying",
            "same questions", "assessment form*", "times out", "time out", "typing up",
            "spreadsheet*", "outlook", "excel", "app", "apps", "logins", "tablets", "mileage claims", "expenses", "hr", "payroll", "pool car*", "office space", "meeting rooms", "room booking", "franking", "filing", "archive", "case files", "audit*", "performance data", "kpi*", "data returns", "stats",
            "it (system*|support|team|department|issues|problems|kit|equipment)",
            "the it", "it is down", "its down",
        ]),
        (1.5, "office and records", [
            "records", "record", "print*", "email*", "internet", "minut*", "letters", "scan*", "click*", "portal", "screen*", "tech", "technology", "phones", "desk*",
            "office", "parking", "mileage", "expenses", "form", "notifications", "come through", "flags", "log",
        ]),
    ],
    "partnership-working": [
        (2.5, "agencies not joined up", [
            "(referral|referrals) (bounced|bounce|bouncing|rejected|declined|knocked back|sent back|not accepted|closed|stepped down)", "bounced (back|between|around)",
            "(dont|doesnt|didnt|wont|never|not|arent|werent|wouldnt) (sharing|share|shared) (information|info|anything|the|what|it)?", "(not|no|poor) (information)? sharing",
            "(police|health|school|schools|gp|gps|camhs|housing|probation|education|nhs) (arent|are not|werent|not|never|dont|didnt|wont) (sharing|talking|telling|coming|attending|turning up|responding|engaging)",
            "(nobody|no one|noone|they dont|agencies dont|services dont) (talks|talk|talked|speak) to (each other|one another)", "joined up", "silo*", "(one|each) agency",
            "(threshold|thresholds) (too high|not met|arent met)", "(other|partner) (professionals|agencies|services) (dont|didnt|never|wont)", "(chasing|chase|chased) (health|police|school|schools|camhs|the gp|gps|housing)",
        ]),
        (3.0, "working with partner agencies", [
            "relationship* with (the)? (college|school|schools|police|health|mash|camhs|housing|yot)", "(out of hours|emergency duty|edt) (team|service)", "(sided|side|siding) with the (school|police|health|college)", "virtual school", "youth justice",
            "police", "probation", "hospital*", "mash", "front door", "strategy (meeting*|discussion*)", "multi agency", "multiagency", "partner agencies",
            "agencies", "information sharing", "data sharing", "shar* (information|what they knew|info)", "joint (work|working|visits|visit|training)", "nfa",
            "voluntary sector", "third sector", "youth offending", "yot", "marac", "mappa", "early help", "cafcass", "(didnt|dont) know about each other",
            "school nurse", "health visitor*", "exploitation panel", "police officer", "(police|health|school|schools|gp|camhs) (and|or)", "the school",
            "adult (mental health|services|social care)", "(schools|health|police|gp|gps|camhs|probation|housing) (dont|never|wont|didnt|rarely|wouldnt|always|will)", "(close|closed|closing) cases", "children's services", "childrens services", "(plan|work|working) together", "talk to each other", "alongside",
            "lado", "cafcass", "midwives", "paediatrician*", "substance misuse", "drug and alcohol (service|services|team)", "refuge*", "idva*", "(neighbouring|other) (authority|authorities|councils|local authorities|las)", "out of area", "independent fostering agenc*", "ifa*", "providers", "nhs trust", "icb", "public health", "(health|police|education|school|schools|gp|gps|camhs|housing|probation) colleagues", "(across|between) (agencies|services|teams|partners)", "other (agencies|services|professionals)",
            "(worked|work|working|works) (really|so|very)? (well|brilliantly|closely|better)? together", "intelligence", "designated teacher", "virtual head",
            "(someone|somebody|some one|no one|nobody) elses (job|problem|responsibility)", "passed between (services|agencies|teams)",
        ]),
        (1.5, "other services", [
            "health", "school*", "gp*", "camhs", "nurse*", "partner*", "agency", "referr*", "threshold*", "charit*", "housing", "dwp", "panel*", "notification*",
            "notif*", "feedback", "education", "paediatric*", "midwife*", "ambulance", "court", "solicitor*", "council", "professionals", "network", "closed",
            "youth service*", "voluntary", "invited", "on licence", "callouts", "exploitation", "officer", "joint*", "strategy", "share*",
            "services", "attendance information", "attend",
            "community", "faith", "commissioned", "provider*", "ofsted",
            "together",
            "refer", "refers",
        ]),
    ],
    "staffing-stability": [
        (2.5, "who stays in the team", [
            "(half|most|all|much) (of)? (the|our|my) (team|service|staff) (are|is|were) (agency|locums|interims|new|temporary)", "covered by (agency|interims|locums|an interim|a locum)",
            "(cant|can't|cannot|unable to|struggle to|struggling to) (recruit|fill|get) (permanent|experienced|anyone|staff|social workers|posts)?", "(nobody|no one|noone) (applies|applied|wants the job)",
            "(agency|locum) (workers|staff|sws|social workers|ones|colleagues) (come and go|leave|left|move on)", "(keep|keeps|kept) losing (staff|people|workers|social workers|managers)",
        ]),
        (3.0, "recruitment and agency staffing", [
            "agency (staff|worker*|social worker*|sw|tm|team manager*|manager*|managers)", "locum*", "interim", "vacanc*", "vacant", "recruit*", "retention",
            "permanent*", "turnover", "churn", "short staffed", "understaffed", "under staffed", "staff shortage*", "unfilled", "(people|staff|workers|colleagues|managers) (leaving|left|leave)",
            "the reason ive stayed", "(new|another) (manager|tm|team manager)", "team keeps changing", "continuity",
            "(someone|people|staff|colleagues|workers) (leaves|leave|left|leaving)", "stable", "stability", "apply", "applies", "applicants", "pay gap", "rely on agency", "(better|more) money",
            "(cant|can't|cannot|unable to) (keep|retain|hold on to) (staff|people|workers|social workers)", "agency pay", "left for agency", "mostly newly qualified", "experienced (workers|staff|social workers) (left|leave|leaving)",
            "(managers|manager|tms|team managers) (change|changing|keep changing)", "new manager every", "backfill*", "maternity cover", "skeleton", "half the team", "empty desks", "exit interview*", "market supplement", "retention payment*", "golden hello", "(other|neighbouring) (councils|authorities|las) pay", "poached", "same team", "stable team", "team changes", "loss of experience", "(senior|experienced) (staff|workers|practitioners) (are)? (leaving|left|leave)", "(hold|holding|holds) (vacant|empty)? posts", "no one wants to work", "nobody wants to work", "cant recruit", "relying on agency", "reliance on agency", "agency (cover|workers|staff|social workers|managers|tms|tm)", "(never|rarely) the same (worker|manager|people)",
            "(lost|losing|lose) (# )?(social workers|staff|workers|colleagues|people|managers|experienced)", "(people|staff|workers) keep (leaving|going)", "exodus", "nobody stays", "(no one|noone) stays", "bank staff", "(overseas|international) (recruitment|recruits|social workers)", "grow our own", "step up", "retire*", "# vacancies", "(team|teams) of #",
            "(workers|staff|people|colleagues|social workers|managers) (are|keep|have been|have) (leaving|left|going)",
            "# (managers|team managers|tms|heads of service|directors|social workers|workers|different managers) in # (years|months|year)", "different manager*", "(half|most) (of)? (my|the|our) team", "(whole|entire) team (is|are|has)? (new|changed|left|agency)", "only permanent", "only one left", "longest (serving|here)", "(been|ive been) here the longest", "everyone else (has)? left",
        ]),
        (1.5, "staffing", ["agency", "retain*", "perm", "consisten*", "shortage*", "posts", "cover*", "stay*", "stayed", "started", "every new", "gaps", "new starter*",
            "left", "leaving", "leave", "newly qualified", "experienced", "team", "pay", "salary", "council*", "same (worker|manager|people|team)",
            "keep* me here",
        ]),
    ],
}
# fmt: on

# Themes that travel together in what people write about children's social care: a theme with
# strong evidence lends a little weight to its companions (a new worker means retelling the
# story to someone the child does not yet trust; waiting usually comes with not being told;
# agency turnover lands on caseloads and morale). Only decides the lower places of a ranking.
RELATED: dict[str, dict[str, float]] = {
    "worker-changes": {"worker-relationship": 0.6, "staffing-stability": 0.5, "communication": 0.2},
    "worker-relationship": {"communication": 0.3, "worker-changes": 0.2, "praise": 0.2},
    "delay": {"communication": 0.5, "partnership-working": 0.2},
    "communication": {"delay": 0.4, "being-heard": 0.3},
    "being-heard": {"meetings-plans": 0.3, "communication": 0.3},
    "meetings-plans": {"being-heard": 0.5, "communication": 0.2},
    "home-placement": {"family-contact": 0.3, "feeling-safe": 0.2},
    "family-contact": {"home-placement": 0.3},
    "feeling-safe": {"health-wellbeing": 0.3, "partnership-working": 0.2},
    "health-wellbeing": {"feeling-safe": 0.2, "delay": 0.2},
    "leaving-care": {"home-placement": 0.3, "communication": 0.2},
    "education": {"partnership-working": 0.2},
    "staffing-stability": {"staff-wellbeing": 0.5, "caseload": 0.4, "supervision": 0.3},
    "caseload": {"staff-wellbeing": 0.5, "staffing-stability": 0.2},
    "supervision": {"staff-wellbeing": 0.4},
    "staff-wellbeing": {"caseload": 0.3, "supervision": 0.3},
    "admin-systems": {"caseload": 0.4},
    "partnership-working": {"delay": 0.2, "admin-systems": 0.2},
    "training": {"staff-wellbeing": 0.2, "supervision": 0.2},
}
