"""The signals a designated safeguarding lead listens for, read from a text's canonical tokens.

The phrase rules in ``safeguarding`` recognise ways of saying things. This module reads the
*ingredients* of a disclosure instead, each from a broad vocabulary, so that a sentence nobody
foresaw is still seen when its ingredients are there:

* WHO is involved: an adult, a parent's partner or friend, an older "boyfriend", older lads,
  people online, a stranger; or only a brother or friend (play fights are not disclosures);
* WHAT is happening, each with its category: hitting, touching, "doing stuff", coming into a
  room at night, no food or heating, left alone, images asked for, things carried for money,
  secrets, shouting and smashing, cutting, not wanting to be here, an emergency;
* WHEN: now, tonight, still, keeps, every time, when mum is at work; or "used to", "before I
  came into care", and whether it is described as sorted;
* FEELINGS: scared, hiding, not wanting to go home, feeling weird, wanting to disappear;
* WHO IS WRITING: a child; a carer or worker about a child; a worker about their own job.

``features()`` turns a text into a set of named binary features (the signals, and their
combinations such as "harm + adult + now"); ``_safeguarding_model`` holds a logistic regression
over them, fitted on the labelled file by ``safeguarding_model.train`` and judged by k-fold
cross-validation. Each feature keeps the words that raised it, so a moderator reads
"WHO 'mums mate' + WHAT 'hand on my leg' + WHEN 'keeps'" rather than a number.
"""

from __future__ import annotations

from collections.abc import Callable

# Categories (as in safeguarding.CATEGORIES)
ID, PH, SX, NG, EM, DA, SH, EX, ON = (
    "immediate-danger",
    "physical-harm",
    "sexual-harm",
    "neglect",
    "emotional-harm",
    "domestic-abuse",
    "self-harm-or-suicide",
    "exploitation",
    "online-harm",
)


def _phrases(text: str) -> list[tuple[str, ...]]:
    """'a b|c' -> [('a', 'b'), ('c',)]; words are canonical tokens (see safeguarding._canon)."""
    return [tuple(p.split()) for p in text.split("|") if p.strip()]


def _verb(*stems: str) -> str:
    """Regular inflections of verb stems, written as a phrase list: 'kick' -> kick|kicks|..."""
    out = []
    for s in stems:
        out += [s, s + "s", s + "ed", s + "ing"]
        if s.endswith("e"):
            out += [s + "d", s[:-1] + "ing"]
    return "|".join(out)


# --- WHO -----------------------------------------------------------------------------------
_WHO_ADULT = (
    "man|men|guy|guys|adult|adults|grown up|grown ups|stepdad|stepmum|step dad|step mum|uncle|"
    "grandad|lodger|neighbour|landlord|stranger|strangers|older|someone older|lads|older lads|"
    "older boys|older man|older men|his mates|his mate|his friend|his friends|their mates|"
    "mums boyfriend|mums partner|mums mate|mums friend|mums friends|mums mates|mums new|"
    "dads girlfriend|dads partner|dads mate|dads friend|dads mates|boyfriend|her boyfriend|"
    "partner|coach|driver|taxi|someone at the park|a man|this man|this guy|a guy|some man|"
    "some guy|ex|my ex|her ex|his dad|friends dad|mates dad|her dad|fellas|dealer|dealers|plug|"
    "the plug|gang members|pimp|youngers|the olders|grown man|grown men|old man|old guy"
)
_WHO_SOMEONE = "he|she|someone|somebody|him|hes|shes|they|them|people|person"
_WHO_PARENT = (
    "mum|dad|mother|father|parents|mums|dads|stepdad|stepmum|nan|carer|carers|foster carer|"
    "auntie|aunt|gran|grandad|birth mum|birth dad"
)
_WHO_ONLINE = (
    "online|snapchat|instagram|tiktok|tik tok|discord|roblox|fortnite|minecraft|whatsapp|"
    "facebook|messenger|kik|omegle|telegram|xbox|playstation|a game|an app|the app|the internet|"
    "a website|social media|messages|message|messaged|messaging|texts|texting|texted|chat|"
    "gaming|added me|followed me|account|chats|ipad|online game"
)
_WHO_PEER = (
    "brother|sister|brothers|sisters|cousin|cousins|friend|friends|mate|mates|bestie|twin|"
    "classmate|classmates|sibling|siblings|little brother|little sister"
)

# --- WHAT -------------------------------------------------------------------------------------
_WHAT: dict[str, tuple[str, str]] = {
    "phys": (
        PH,
        _verb("kick", "slap", "punch", "smack", "whack", "thump", "squeeze", "strangle", "choke")
        + "|hit|hits|hitting|beat|beats|beating|beaten|belt|belts|belted|hurt me|hurts me|"
        "hurting me|hurt us|hurts us|hurt her|hurts her|hurt him|hurts him|bruise|bruises|"
        "bruised|bruising|black eye|marks on|marks all|fracture|fractured|broken arm|broken wrist|"
        "burn me|burnt me|burned me|grabs me|grabbed me|grabs my|grabbed my|pushes me|pushed me|"
        "shoves me|shoved me|throws me|threw me|pinned me|pins me|held me down|holds me down|"
        "twists my|twisted my|pulls my hair|pulled my hair|drags me|dragged me|"
        "injury|injuries|nonaccidental|non accidental|rough with|violent|battered|knocks me",
    ),
    "sex_touch": (
        SX,
        "touch|touches|touched|touching|touchy|feel me|feels me|felt me|hand on my|hands on my|"
        "hand up my|hand down my|on his lap|on her lap|sit on his|kiss me|kisses me|kissed me|"
        "does stuff|do stuff|did stuff|doing stuff|does things|did things|doing things|"
        "makes me do|made me do|make me do|private parts|privates|undress|undressed|"
        "naked|in the shower|in the bath|into my bed|in my bed|my room at night|"
        "into my room|in my room at|comes in my room|come in my room|came in my room|"
        "comes into my room|creeps into|creeps in|gets into bed|watches me|watch me|"
        "sex|sexual|rude|rape|raped|groped|grope|gropes|fiddles|fiddled|lap|"
        "my leg|my thigh|my bum|my chest|my body",
    ),
    "sex_talk": (
        SX,
        "im fit|i am fit|so fit|really fit|sexy|mature for|mature|gorgeous|"
        "our secret|boyfriend is|hes 18|hes 19|hes 20|hes 21|hes 22|"
        "hes 23|hes 24|hes 25|hes 26|hes 30|years older|lot older|much older|way older|peng|buff|"
        "im hot|so hot|wifey|princess|babe|baby girl|his girl",
    ),
    "images": (
        ON,
        "pics|nudes|videos|webcam|on cam|camera|send pics|sent pics|send him|send her|send them|"
        "sent him|sent them|share my|post my|screenshot|screenshots|screenshotted|underwear|"
        "pyjamas|bikini|rude pics|pics of me|videos of me",
    ),
    "meet": (
        ON,
        "meet up|meet me|wants to meet|meet him|meet them|meeting up|met up|come and meet|"
        "pick me up|picks me up|picked me up|get in|in his car|in the car|in a car|lift|lifts|"
        "gave me a lift|gives me lifts|link up|linking|linked up|links up|link with|meet irl|"
        "party at|parties|his flat|his place|his mates flat|hotel",
    ),
    "neglect": (
        NG,
        "no food|nothing to eat|never any food|not enough food|no dinner|no tea|no breakfast|"
        "hungry|starving|starved|hunger|no heating|heating off|heating is off|no electric|"
        "electric off|no gas|no hot water|cold|freezing|left alone|left on my own|on my own|"
        "by myself|home alone|nobody home|noone home|nobody there|noone there|nobody picks|"
        "noone picks|nobody collects|not picked up|dirty|smelly|smell|same clothes|nits|"
        "no clean|no money for food|empty fridge|fridge is empty|cupboards are empty|"
        "cupboards empty|look after my brother|look after my sister|looking after my|"
        "look after the baby|in charge of|fend for|make my own|nothing in the fridge|"
        "nothing in the cupboards|no nappies|not fed|not eaten|havent eaten|didnt eat|"
        "hardly any food|hardly anything to eat|hardly ever anything|never anything to eat|"
        "breakfast club|only meal|electric ran out|gas ran out|electric runs out|gas runs out|"
        "electric went off|electric keeps|meter ran out|no credit|in the dark|candles",
    ),
    "lock": (
        NG,
        "locked out|locks me|locked me|lock me|locking me|locks us|locked us|shut me|shuts me|"
        "shut in|locked in|kicked out|kicks me out|kick me out|chucked out|thrown out|"
        "out in the garden|outside all night|made to sleep|sleep on the floor|in the shed",
    ),
    "carry": (
        EX,
        "carry|carries|carrying|carried|hold stuff|holds stuff|hold things|keep stuff|"
        "keep things|stash|stashing|bag|bags|package|parcels|drop off|drop offs|deliver|"
        "delivering|deliveries|drugs|weed|owe|owes|owed|debt|pay me|pays me|paid me|paying me|"
        "gave me money|gives me money|cash|wads|trainers|another town|other towns|on the train|"
        "trains|county|trap house|run for|runs for|running for|do jobs|doing jobs|jobs for|"
        "errands|selling|sell|dealing|gang|gangs|phone they gave|new phone|second phone|"
        "run a line|running a line|ran a line|runs a line|on a line|on the line|work a line|"
        "working a line|deal line|line phone|county lines|bando|trap|trapping|trap house|"
        "shotting|shotter|burner|burner phone|on tick|taxed|work it off|cuckooing|"
        "cuckooed|taken over my flat|took over my flat|using my flat|got my keys|have a key|"
        "sell from|selling from|store|stash it",
    ),
    "coerce": (
        EX,
        "have to go|got to go|have to do|have to get in|have to go with|make me go|makes me go|"
        "made me go|made to|forced|forces me|force me|forcing me|cant say no|couldnt say no|"
        "no choice|dont have a choice|when they ring|when they call|when they text|"
        "drive me|drives me|drove me|driving me about|driving me around|take me to|took me to|"
        "pick me up|picks me up|picked me up|cant get them out|cant say no|they know where",
    ),
    "secret": (
        None,
        "secret|secrets|our secret|dont tell|not to tell|never tell|cant tell|if i tell|"
        "if you tell|if she tells|if he tells|keep quiet|keep it quiet|wont tell|"
        "get in trouble if|be in trouble if|nobody can know|noone can know|no one can know|"
        "delete the messages|delete messages|lie to|cover for|delete everything|delete it all|"
        "delete the chat|delete our chats|to delete",
    ),
    "shout": (
        DA,
        "shouts|shouting|shouted|screams|screaming|screamed|yells|yelling|yelled|"
        "smashes|smashing|smashed|throws things|throwing things|threw things|throws stuff|"
        "throwing stuff|fighting|fights|arguing|argue|rows|rowing|kicks off|kicking off|"
        "loses it|he lost it|she lost it|dad lost it|mum lost it|completely lost it|"
        "totally lost it|lost his temper|lost her temper|punches walls|punched the wall|breaks things|broke things|"
        "swears at|swearing at|calls me|called me|threatens|threatened|threatening",
    ),
    "drink": (
        DA,
        "drunk|drinking|drinks|drink|high|stoned|off his face|off her face|wasted|pub|cans|"
        "vodka|beer|drugs|weed|smoking|on the drink|booze|on the booze|bender|steaming|off his head|"
        "off her head|off his face|mashed|hammered|pissed|wasted",
    ),
    "selfharm": (
        SH,
        "cut myself|cutting myself|cuts myself|cut my|cutting my|cuts on my|self harm|"
        "cutting again|been cutting|is cutting|started cutting|sleeping in shifts|"
        "removed every blade|removed the blades|removed the knives|locked away the knives|"
        "locked away the tablets|locked away her|locked away his|hidden the tablets|"
        "hidden the knives|"
        "self harming|self harmed|selfharm|hurt myself|hurting myself|hurts herself|"
        "hurts himself|burn myself|burning myself|make myself sick|making myself sick|"
        "made myself sick|starve myself|starving myself|not eating|stopped eating|"
        "overdose|overdosed|took tablets|took pills|took a load|tablets|pills|paracetamol|"
        "blade|blades|razor|scars|scar|bleeding|bleed|punch myself|hit myself|"
        "scratching myself|pulling my hair|ligature|ligatures|ligaturing|ligatured|"
        "cut again|cutting again|deeper this time|pills ready|tablets ready|od|oded",
    ),
    "deathwish": (
        SH,
        "want to die|wanna die|wish i was dead|wish i were dead|kill myself|end it|end it all|"
        "end my life|not be here|not being here|not be alive|be alive|alive anymore|"
        "not wake up|never wake up|dont wake up|better off without me|better off|disappear|"
        "dissapear|disapear|vanish|suicide|suicidal|no point|whats the point|nothing to live|"
        "give up on life|give up on everything|want to give up|wanna give up|just give up|"
        "giving up on life|gave up on life|feel like giving up|cant go on|cant do this|cant cope|"
        "goodbye|gone forever|jump off|in front of a|"
        "bridge|no one would care|nobody would care|noone would care|nobody would miss|"
        "noone would miss|no one would miss|rope|noose|dead",
    ),
    "emergency": (
        ID,
        "not waking up|wont wake up|will not wake up|cant wake|unconscious|collapsed|"
        "not breathing|blood everywhere|tablets all over|please come|please help|someone come|"
        "some one come|come quick|help me|help us|right now|knife|knives|gun|weapon|"
        "kill us|kill me|kill her|kill mum|kill him|going to kill|taking the kids|take the kids|"
        "took the kids|never see them again|never see her again|never see him again|"
        "drink driving|drunk driving|has the car|heading to|on his way|on her way|outside now|"
        "outside the house|banging on the door|trying to get in|broke in|kicking the door",
    ),
    "missing": (
        ID,
        "missing|ran away|run away|running away|runaway|not come home|didnt come home|"
        "hasnt come home|not home|overnight|all night|sleeping rough|on the streets|"
        "stayed out|stays out|staying out|out all night|nowhere to go|nowhere to sleep|"
        "sleep at the|sleep in the park|sleep outside|sleep on the|sleep rough|slept outside|"
        "slept at the|slept in the park|sleep at a mates|sleep in a car|slept in a car|"
        "sofa surfing|homeless|sleeping in the park|sleeping in a car|next day|next morning|"
        "till morning|all weekend",
    ),
    "locate": (
        ON,
        "which park|which school|what school|where i live|where he lives|where she lives|"
        "where you live|my address|her address|his address|where i go|where he plays|"
        "where she plays|where i play|what area",
    ),
    "risk": (
        None,
        "at risk|in danger|danger|dangerous|unsafe|not safe|harm|harmed|abuse|abused|abusive|"
        "neglect|neglected|exploited|exploitation|groomed|grooming|disclosed|disclosure|"
        "concern|concerns|concerned|worried about her|worried about him|worried about a|"
        "worrying|alarm bells|safeguarding|flinches|flinched|unexplained",
    ),
    "put_down": (
        EM,
        "stupid|useless|worthless|thick|fat|ugly|idiot|waste of space|mistake|burden|"
        "my fault|hates me|hate me|doesnt love me|never wanted me|wish i was never born|"
        "wishes i was never born|ignores me|ignored|blames me|blamed me|names|"
        "treats me like|makes me feel",
    ),
}

# --- WHEN -------------------------------------------------------------------------------------
_NOW = (
    "still|keeps|keep|kept on|always|every time|every night|every day|every weekend|"
    "every morning|every week|everytime|tonight|right now|at the moment|atm|at the minute|"
    "again|whenever|all the time|most nights|most days|at weekends|weekends|this week|"
    "last night|yesterday|today|this morning|currently|ongoing|just now|started|starting|"
    "keeps happening|when mum is at work|when mums at work|when shes at work|when hes drunk|"
    "when he drinks|when mum goes out|when shes out|when nobody is in|when noone is in|"
    "when nobodys in|when were alone|when im alone|when i go|every time i|since|lately|"
    "recently|these days|sometimes|often|when he comes|when he gets|when she gets|"
    "when dad gets|when mum gets|at night|in the night|tomorrow|this weekend|next week|soon"
)
_PAST = (
    "used to|years ago|ages ago|a long time ago|when i was little|when i was younger|"
    "when i was small|when i was a kid|when i was a baby|before i came into care|"
    "before i came|before i went into care|before i was in care|before care|last year|"
    "at my old|in the past|back then|when i lived|when we lived|at my birth|birth mums|"
    "birth dads|my old house|my old placement|previous placement"
)
_RESOLVED = (
    "stopped|sorted|sorted now|dealt with|resolved|safe now|happy now|fine now|ok now|"
    "better now|over now|all over|no longer|not anymore|doesnt happen|dont see him|"
    "dont see her|no contact|blocked him|blocked her|blocked them|in prison|went to prison|"
    "moved away|helped me|helped her|helped him|got help|getting help|"
    "brilliant|doing really well|doing well|thriving|settled|years clean|clean for|"
    "havent done it since|not done it since|anymore|any more|i feel safe|feel safe|"
    "im safe|i am safe|safe here|safe with|happy here|happy with|im happy|love it here|"
    "i like living|fine now|were fine|im fine|"
    "made up|we made up|makes me|now i have|now we have|now my|now i|dealt with it"
)

# --- FEELINGS ---------------------------------------------------------------------------------
_FEEL: dict[str, str] = {
    "fear": "scared|frightened|terrified|afraid|petrified|scary|scares me|frightens me|"
    "bricking it|nervous|shaking|panic|panicking|dread|dreading|worried|worry|fear|"
    "jumpy|on edge|flinch|freeze|froze",
    "hide": "hide|hides|hiding|hid|under my bed|under the bed|in the wardrobe|in my wardrobe|"
    "in the cupboard|lock my door|lock the door|locked the door|pretend im asleep|"
    "pretend to be asleep|pretend to sleep|stay in my room|stay upstairs|out of his way|"
    "out of her way|out of their way|wait till|wait until|headphones|keep quiet|quiet as|"
    "under my duvet|under the duvet|under the covers|under my covers|hope he doesnt|"
    "hope she doesnt|pray he doesnt|hope they dont|"
    "stay out|stay at the park|walk around|stay there|stay under",
    "not_home": "dont want to go home|dont wanna go home|dont want to go back|"
    "dont make me go|please dont make me|dont send me|please dont send|not going home|"
    "dont want to be at home|dont want to live|hate going home|hate being at home|"
    "scared to go home|afraid to go home|rather sleep|rather be anywhere|dont want to go to|"
    "make me go back|go back there|cant be at home|cant be home|cant stay at home|cant go home|"
    "cant be there|cant stay there|sleeping at my mates|sleep at my mates",
    "wrong": "weird|uncomfortable|wrong|creepy|creeps me out|gross|dirty|feel sick|"
    "not right|didnt like it|dont like it|dont like when|hate it when|hate when|funny feeling",
    "low": "sad|lonely|empty|numb|alone|nobody cares|noone cares|no one cares|"
    "nobody listens|noone listens|crying|cry|cries|cant sleep|tired of|hate myself|"
    "hate my life|worthless|hopeless|pointless|give up on life|want to give up|wanna give up|"
    "feel like giving up|broken|exhausted",
}

# --- WHO IS WRITING, and context that explains alarming words away ----------------------------
_CHILD_REF = (
    "child|children|young person|boy|girl|baby|toddler|teenager|teen|pupil|student|year 7|"
    "year 8|year 9|year 10|year 11|daughter|son|foster son|foster daughter|grandson|"
    "granddaughter|niece|nephew|kid|kids|sibling|siblings|she|he|her|him|his|they|yp|"
    "on my caseload|looked after|in our care|placed with us|our little one|little one"
)
_STAFF_OWN = (
    "caseload|caseloads|workload|paperwork|manager|managers|supervision|team|colleagues|"
    "visits|visit|home visits|lone working|lone worker|shifts|shift|office|admin|"
    "policy|procedure|staffing|sickness|burnout|burnt out|stress|stressed|morale|agency|"
    "training|pay|overtime|rota|cover|my job|our job|the job|i work|we work"
)
_PLAY = (
    "pillow fight|play fight|play fighting|playfight|messing about|messing around|mucking about|"
    "mucking around|joking|joke|jokes|banter|lol|only playing|just playing|were playing|"
    "was playing|at football|in football|playing football|in a game|on fifa|fifa|wrestling|"
    "made up|we made up|tickle|tickling|hide and seek|accident|by accident|on purpose"
)
_SERVICE = (
    "training|session|sessions|course|courses|workshop|workshops|conference|leaflet|leaflets|"
    "policy|policies|pathway|referral|referrals|referral pathway|awareness|signs of|the signs|"
    "who to ring|who to call|who to contact|procedure|procedures|protocol|strategy|"
    "notifications|assembly|lesson|lessons|poster|posters|statistics|figures|team|service|"
    "services|panel|meeting|meetings|learnt|learned|useful|brilliant|excellent|informative"
)
_FIGURE = (
    "homework|exams|exam|maths|revision|killing me|kills me|dying to|died laughing|"
    "dying laughing|die laughing|bored to death|bored|boredom|starving after|starving whats|"
    "whats for tea|whats for dinner|could murder|murder a|dead funny|dead good|dead nice|"
    "cringe|my feet|my legs are|deadline"
)
# Worry about someone's illness ("my mum in hospital"), not about harm.
_ILLNESS = (
    "hospital|in hospital|poorly|cancer|chemo|operation|getting better|illness|diabetes|"
    "surgery|covid|flu|dentist"
)
# Young people in general: a trend, a cohort, the nation, not one child.
_TREND = (
    "seeing more|increase in|rise in|more and more|nationally|year olds|across the county|"
    "across the city|numbers of|rates of|cohort|young people are|children are|kids are"
)
_FIRST = "i|im|me|my|myself|ive|id|mine|we|us|our"


_SOURCES: list[tuple[str, str]] = [
    ("who_adult", _WHO_ADULT),
    ("who_someone", _WHO_SOMEONE),
    ("who_parent", _WHO_PARENT),
    ("who_online", _WHO_ONLINE),
    ("who_peer", _WHO_PEER),
    *(("what_" + name, phrases) for name, (_cat, phrases) in _WHAT.items()),
    ("when_now", _NOW),
    ("when_past", _PAST),
    ("resolved", _RESOLVED),
    *(("feel_" + name, phrases) for name, phrases in _FEEL.items()),
    (
        "where_home",
        "home|at home|in the house|our house|my house|the flat|our flat|mums house|"
        "dads house|at mums|at dads|my room|my bedroom",
    ),
    ("child_ref", _CHILD_REF),
    ("staff_own", _STAFF_OWN),
    ("play", _PLAY),
    ("service", _SERVICE),
    ("figure", _FIGURE),
    ("illness_context", _ILLNESS),
    ("trend", _TREND),
    (
        "placement_move",
        "bin bag|bin bags|black bag|black bags|moved placement|moving placement|my belongings|"
        "all my stuff|all my things|everything i own|everything you own",
    ),
    ("first_person", _FIRST),
]
_LEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}


def build(canon: Callable[[str], str]) -> None:
    """Index the phrases by first token, each word spelt as the text's tokens are (through the
    same canonical speller, so "pictures" in a phrase meets "pics" in a text)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for feature, phrases in _SOURCES:
        for p in _phrases(phrases):
            words = tuple(w for word in p for w in canon(word).split())
            if words:
                index.setdefault(words[0], []).append((words, feature))
    for entries in index.values():
        entries.sort(key=lambda pf: -len(pf[0]))
    _LEX.clear()
    _LEX.update(index)


WHAT_CATEGORY: dict[str, str | None] = {"what_" + k: v[0] for k, v in _WHAT.items()}
_NEGATABLE = frozenset(f for f in WHAT_CATEGORY) | {"feel_fear", "feel_wrong"}
_HARM = frozenset(
    f for f in WHAT_CATEGORY if f not in ("what_drink", "what_risk", "what_meet", "what_sex_talk")
)
_WHO_RISKY = ("who_adult", "who_online")
_WRITER = frozenset(("i", "we"))


def signals(
    tokens: list[str], negated: Callable[[int], str | None] | None = None
) -> dict[str, list[str]]:
    """Each signal found in the tokens, with the phrases that raised it (a negated harm or
    feeling is recorded as ``neg_<signal>`` instead)."""
    found: dict[str, list[str]] = {}
    first = _LEX
    n = len(tokens)
    for i, tok in enumerate(tokens):
        cands = first.get(tok)
        if not cands:
            continue
        seen: set[str] = set()
        for phrase, feature in cands:
            if feature in seen:
                continue
            k = len(phrase)
            if k > 1 and (
                i + k > n or tokens[i + 1] != phrase[1] or tuple(tokens[i : i + k]) != phrase
            ):
                continue
            if feature == "what_secret" and phrase[0] == "dont" and i and tokens[i - 1] in _WRITER:
                continue  # "i dont tell them stuff": the writer's own choice, not a secret kept
            seen.add(feature)
            name = feature
            if negated is not None and feature in _NEGATABLE and negated(i):
                name = "neg_" + feature
            words = found.setdefault(name, [])
            text = " ".join(phrase)
            if text not in words:
                words.append(text)
    return found


_ADULT_ALONE = frozenset(("on my own", "by myself", "left on my own", "left alone"))


def features(found: dict[str, list[str]], respondent: str) -> set[str]:
    """Binary features: the signals themselves and the combinations a lead would weigh."""
    f = set(found)
    # A care leaver is an adult: living "on my own" is not a child left alone. Other neglect
    # words (no food, no electric) still count.
    if respondent == "care-leaver" and set(found.get("what_neglect", ())) <= _ADULT_ALONE:
        f.discard("what_neglect")
    child_writer = respondent in ("child", "young-person")
    if child_writer:
        f.add("writer_child")
    else:
        f.add("writer_" + respondent.replace("-", "_"))
    harm = sorted(h for h in f if h in _HARM)
    any_harm = bool(harm)
    who = any(w in f for w in _WHO_RISKY) or "who_parent" in f
    now = "when_now" in f
    feel = any(k.startswith("feel_") for k in f)
    victim = "first_person" in f or "child_ref" in f
    if any_harm:
        f.add("harm")
        if len(harm) >= 2:
            f.add("harm_2")
        if who:
            f.add("harm+who")
        elif "who_someone" in f:
            f.add("harm+someone")
        if now:
            f.add("harm+now")
        if "where_home" in f:
            f.add("harm+home")
        if feel:
            f.add("harm+feel")
        if who and now:
            f.add("harm+who+now")
        if who and victim:
            f.add("harm+who+victim")
        if "when_past" in f and not now:
            f.add("harm+past_only")
        if "resolved" in f:
            f.add("harm+resolved")
        if "play" in f and "who_peer" in f and not any(w in f for w in _WHO_RISKY):
            f.add("harm+peer_play")
        if "service" in f and not victim:
            f.add("harm+service_no_victim")
        if "figure" in f:
            f.add("harm+figure")
    if feel and who:
        f.add("feel+who")
    for k in ("feel_hide", "feel_fear", "feel_not_home"):
        if k in f and (who or "who_someone" in f):
            f.add(k + "+who")
    if "what_drink" in f and who and now:
        f.add("drink+who+now")
    if feel and now:
        f.add("feel+now")
    if "what_secret" in f and who:
        f.add("secret+who")
    if "what_sex_touch" in f and ("who_adult" in f or "who_parent" in f):
        f.add("touch+adult")
    if "what_images" in f and ("who_online" in f or "who_adult" in f):
        f.add("images+online")
    if "what_carry" in f and ("who_adult" in f or len(found["what_carry"]) > 1):
        f.add("carry+older_or_money")
    if "what_neglect" in f and now:
        f.add("neglect+now")
    if respondent == "staff":
        if "staff_own" in f and "child_ref" not in f:
            f.add("staff_own_only")
        if "what_risk" in f and "child_ref" in f:
            f.add("staff_risk_child")
    if respondent == "carer" and "what_risk" in f and "child_ref" in f:
        f.add("carer_risk_child")
    if "resolved" in f and "when_past" in f:
        f.add("past+resolved")
    return f


def evidence(found: dict[str, list[str]], limit: int = 3) -> str:
    """The signals as a moderator reads them: WHO 'mums mate' + WHAT 'hand on my' + ..."""
    parts = []
    for label, keys in (
        ("WHO", ("who_adult", "who_online", "who_parent")),
        ("WHAT", tuple(WHAT_CATEGORY)),
        ("WHEN", ("when_now",)),
        ("FEELING", tuple("feel_" + k for k in _FEEL)),
    ):
        words: list[str] = []
        for k in keys:
            words += found.get(k, [])
        if words:
            shown = ", ".join(f"'{w}'" for w in words[:limit])
            parts.append(f"{label} {shown}")
    return " + ".join(parts)


def category(found: dict[str, list[str]]) -> str | None:
    """The most urgent category among the WHAT signals found (None when none names one)."""
    order = (ID, SH, SX, ON, EX, PH, DA, NG, EM)
    cats = {c for k in found if (c := WHAT_CATEGORY.get(k))}
    if "what_sex_talk" in found and "what_sex_touch" not in found:
        cats.discard(SX)
        cats.add(ON if "who_online" in found else SX)
    if "what_drink" in found and len(cats) > 1:
        cats.discard(DA)
    if "what_emergency" in found and not ("when_now" in found or len(found["what_emergency"]) > 1):
        cats.discard(ID)
    for c in order:
        if c in cats:
            return c
    return None
