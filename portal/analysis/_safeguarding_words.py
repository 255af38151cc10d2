"""Word tables for the safeguarding detector: text-speak, the lexicon and its spelling variants.

Children misspell and abbreviate. Before any rule runs, every token is mapped to a canonical
spelling in three steps:

1. ``TEXTSPEAK``: a table of abbreviations and common phonetic spellings ("2nite", "sum1",
   "skared", "coz"), each to one or more canonical words.
2. The lexicon: the words the rules are written in, with their inflections generated from stems
   (``hit`` gives hits, hitting; ``slap`` gives slaps, slapped, slapping).
3. A fuzzy matcher (see ``safeguarding._canon``): a token of five or more letters that is not a
   word we know is corrected to a lexicon word one edit away (a letter missing, added, changed or
   two letters swapped): "scard" -> scared, "becuase" -> because, "touchs" -> touches.

``REAL_WORDS`` lists real English words that are one edit away from a lexicon word ("putting" is
one letter from "cutting"); they are never "corrected". It is generated, not written: after
changing the lexicon, regenerate it from a British English word list (Debian's ``wbritish``
package installs one at /usr/share/dict/british-english) with
``safeguarding.real_word_collisions(path)`` and paste the result below. A test checks it against
that word list when the list is installed.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return text.split()


# --- 1. Text-speak and phonetic spellings -> canonical words ---------------------------------
TEXTSPEAK: dict[str, str] = {
    # pronouns, verbs and little words
    "u": "you",
    "ya": "you",
    "yu": "you",
    "ur": "your",
    "youre": "you are",
    "r": "are",
    "im": "im",
    "iam": "i am",
    "ima": "im going to",
    "imma": "im going to",
    "ive": "ive",
    "wanna": "want to",
    "wana": "want to",
    "wantto": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "gotta": "got to",
    "hafta": "have to",
    "dunno": "dont know",
    "dont": "dont",
    "dnt": "dont",
    "doesnt": "doesnt",
    "dosnt": "doesnt",
    "dosent": "doesnt",
    "doesent": "doesnt",
    "dusnt": "doesnt",
    "didnt": "didnt",
    "didint": "didnt",
    "didunt": "didnt",
    "wont": "wont",
    "cant": "cant",
    "carnt": "cant",
    "cannot": "cannot",
    "isnt": "isnt",
    "aint": "isnt",
    "wasnt": "wasnt",
    "hasnt": "hasnt",
    "havent": "havent",
    "wen": "when",
    "wenever": "whenever",
    "wiv": "with",
    "wid": "with",
    "w": "with",
    "wif": "with",
    "b4": "before",
    "bfore": "before",
    "bc": "because",
    "bcos": "because",
    "bcoz": "because",
    "bcuz": "because",
    "bcs": "because",
    "bcz": "because",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "cus": "because",
    "becos": "because",
    "becoz": "because",
    "becuz": "because",
    "cause": "because",
    "tho": "though",
    "thru": "through",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "shud": "should",
    "sed": "said",
    "sez": "says",
    "sum1": "someone",
    "some1": "someone",
    "sumone": "someone",
    "sumbody": "somebody",
    "any1": "anyone",
    "every1": "everyone",
    "evry1": "everyone",
    "no1": "noone",
    "no-one": "noone",
    "nobdy": "nobody",
    "sumthing": "something",
    "sumfin": "something",
    "summat": "something",
    "somethin": "something",
    "nuffin": "nothing",
    "nothin": "nothing",
    "nuthin": "nothing",
    "nuthing": "nothing",
    "evry": "every",
    "evrey": "every",
    "evrytime": "every time",
    "everytime": "every time",
    "evryday": "every day",
    "everyday": "every day",
    "everynight": "every night",
    "allways": "always",
    "alwayz": "always",
    "alwys": "always",
    "alwez": "always",
    "stil": "still",
    "agen": "again",
    "agin": "again",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "tnight": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "nite": "night",
    "nites": "nights",
    "l8": "late",
    "wkend": "weekend",
    "wkends": "weekends",
    "wknd": "weekend",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleez": "please",
    "ppl": "people",
    "peeps": "people",
    "skool": "school",
    "skl": "school",
    "hme": "home",
    "fone": "phone",
    "h8": "hate",
    "m8": "mate",
    "m8s": "mates",
    "luv": "love",
    "gr8": "great",
    "wat": "what",
    "wot": "what",
    "wt": "what",
    "y": "why",
    "n": "and",
    "nd": "and",
    "bout": "about",
    "abt": "about",
    "mite": "might",
    "rn": "right now",
    "atm": "at the moment",
    "idk": "i dont know",
    "omg": "omg",
    "ik": "i know",
    "k": "ok",
    "kk": "ok",
    "okay": "ok",
    "hes": "hes",
    "shes": "shes",
    "theyll": "they will",
    "youll": "you will",
    # people
    "mam": "mum",
    "mom": "mum",
    "mummy": "mum",
    "mommy": "mum",
    "mammy": "mum",
    "mumma": "mum",
    "mams": "mums",
    "moms": "mums",
    "mummys": "mums",
    "daddy": "dad",
    "daddys": "dads",
    "stepdad": "stepdad",
    "stepdads": "stepdads",
    "stepfather": "stepdad",
    "stepmum": "stepmum",
    "stepmom": "stepmum",
    "stepmother": "stepmum",
    "bf": "boyfriend",
    "bfs": "boyfriends",
    "gf": "girlfriend",
    "bro": "brother",
    "sis": "sister",
    "bruv": "brother",
    "fella": "boyfriend",
    "bloke": "man",
    "blokes": "men",
    "geezer": "man",
    "grandad": "grandad",
    "granddad": "grandad",
    "gramps": "grandad",
    "nana": "nan",
    "nanna": "nan",
    "grandma": "nan",
    "granny": "nan",
    "aunty": "aunt",
    "auntie": "aunt",
    "sw": "social worker",
    "sws": "social workers",
    # the words of harm, phonetically
    "hurtz": "hurts",
    "hurtin": "hurting",
    "hrts": "hurts",
    "hitz": "hits",
    "hittin": "hitting",
    "kiks": "kicks",
    "kikd": "kicked",
    "slapz": "slaps",
    "punchd": "punched",
    "bruzes": "bruises",
    "bruzez": "bruises",
    "touchd": "touched",
    "tuches": "touches",
    "tuched": "touched",
    "scard": "scared",
    "skared": "scared",
    "skard": "scared",
    "scaird": "scared",
    "scaired": "scared",
    "scarred": "scared",
    "sacred": "scared",
    "skeered": "scared",
    "scarey": "scary",
    "skary": "scary",
    "frit": "frightened",
    "frightend": "frightened",
    "fritened": "frightened",
    "terrifed": "terrified",
    "hungery": "hungry",
    "hungy": "hungry",
    "starvin": "starving",
    "cuttin": "cutting",
    "dyin": "dying",
    "ded": "dead",
    "kms": "kill myself",
    "kys": "kill yourself",
    "urself": "yourself",
    "yourslef": "yourself",
    "meself": "myself",
    "myslef": "myself",
    "mysef": "myself",
    "unalive": "kill",
    "unaliving": "killing",
    "sewerslide": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "suacide": "suicide",
    "suicidle": "suicidal",
    "aloud": "allowed",  # "im not aloud to eat": far commoner in children's writing than "read aloud"
    "alowed": "allowed",
    "dissapear": "disappear",
    "disapear": "disappear",
    "dissappear": "disappear",
    "dissapeared": "disappeared",
    "disapeared": "disappeared",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharmed": "self harmed",
    "od": "overdose",
    "oded": "overdosed",
    "pic": "pics",
    "pix": "pics",
    "piccies": "pics",
    "pik": "pics",
    "piks": "pics",
    "pictures": "pics",
    "picture": "pics",
    "photo": "pics",
    "photos": "pics",
    "images": "pics",
    "image": "pics",
    "selfies": "pics",
    "selfie": "pics",
    "noods": "nudes",
    "nudez": "nudes",
    "nude": "nudes",
    "vids": "videos",
    "vid": "videos",
    "video": "videos",
    "insta": "instagram",
    "ig": "instagram",
    "snap": "snapchat",
    "sc": "snapchat",
    "tik": "tik",
    "dms": "messages",
    "dm": "message",
    "dmd": "messaged",
    "dming": "messaging",
    "msg": "message",
    "msgs": "messages",
    "msging": "messaging",
    "mssg": "message",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "parcel": "parcels",
    "package": "parcels",
    "packages": "parcels",
    "packet": "parcels",
    "packets": "parcels",
    "pacages": "parcels",
    "pakages": "parcels",
    "percels": "parcels",
    "lads": "lads",
    "laddz": "lads",
    "boyz": "boys",
    "mandem": "lads",
    "olders": "older lads",
    "elders": "older lads",
    "drunk": "drunk",
    "hammered": "drunk",
    "missin": "missing",
    "runnin": "running",
    "nobodys": "nobody",
    "noones": "noone",
    "upsairs": "upstairs",
}

# --- 2. The lexicon: canonical words the rules use, with generated inflections -----------------
# Regular verbs: stem -> its forms are generated (stem, +s/es, +ed/d, +ing), with the final
# consonant doubled where English doubles it.
_DOUBLING = {"slap", "grab", "drag", "drop", "stab", "hit", "cut", "run", "rob", "bat", "pin"}
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "hit": ("hit", "hits", "hitting"),
    "hurt": ("hurt", "hurts", "hurting"),
    "cut": ("cut", "cuts", "cutting"),
    "beat": ("beat", "beats", "beating", "beaten"),
    "bite": ("bite", "bites", "biting", "bit", "bitten"),
    "burn": ("burn", "burns", "burning", "burnt", "burned"),
    "throw": ("throw", "throws", "throwing", "threw", "thrown"),
    "swear": ("swear", "swears", "swearing", "swore", "sworn"),
    "hold": ("hold", "holds", "holding", "held"),
    "sell": ("sell", "sells", "selling", "sold"),
    "hide": ("hide", "hides", "hiding", "hid", "hidden"),
    "run": ("run", "runs", "running", "ran"),
    "take": ("take", "takes", "taking", "took", "taken"),
    "give": ("give", "gives", "giving", "gave", "given"),
    "make": ("make", "makes", "making", "made"),
    "tell": ("tell", "tells", "telling", "told"),
    "send": ("send", "sends", "sending", "sent"),
    "leave": ("leave", "leaves", "leaving", "left"),
    "keep": ("keep", "keeps", "keeping", "kept"),
    "come": ("come", "comes", "coming", "came"),
    "drink": ("drink", "drinks", "drinking", "drank", "drunk"),
    "feed": ("feed", "feeds", "feeding", "fed"),
    "sleep": ("sleep", "sleeps", "sleeping", "slept"),
    "meet": ("meet", "meets", "meeting", "met"),
    "drive": ("drive", "drives", "driving", "drove", "driven"),
    "bring": ("bring", "brings", "bringing", "brought"),
    "buy": ("buy", "buys", "buying", "bought"),
    "shake": ("shake", "shakes", "shaking", "shook", "shaken"),
    "cry": ("cry", "cries", "crying", "cried"),
    "carry": ("carry", "carries", "carrying", "carried"),
    "bully": ("bully", "bullies", "bullying", "bullied"),
    "die": ("die", "dies", "dying", "died"),
    "lie": ("lie", "lies", "lying", "lied"),
    "pay": ("pay", "pays", "paying", "paid"),
    "say": ("say", "says", "saying", "said"),
    "fight": ("fight", "fights", "fighting", "fought"),
    "catch": ("catch", "catches", "catching", "caught"),
    "find": ("find", "finds", "finding", "found"),
}
_REGULAR_VERBS = _words(
    "kick slap punch smack whack thump strangle choke grab push shove scratch drag pinch batter "
    "attack touch shout scream yell threaten abuse harm starve follow message text blackmail "
    "groom force frighten lock ignore deliver drop kill murder stab overdose rape grope fiddle "
    "undress film share post leak wet disappear escape miss punish belittle control isolate "
    "humiliate insult curse smash bang argue handle happen stop deal sort block report pressure "
    "trap owe want bruise mark scare terrify panic worry call shout drug collect stash drive "
    "pick chase stalk watch hug kiss cuddle tickle strip trick bribe wander vanish struggle"
)

_NOUNS_AND_OTHERS = _words(
    "bruises bruised marks scratches scars burns injury injuries bleeding scared scary frightened "
    "frightening terrified terrifying afraid petrified nervous anxious worried hungry starving "
    "heating electric electricity freezing alone lonely boyfriend girlfriend boyfriends partner "
    "partners stepdad stepmum someone somebody nobody noone anyone anybody everyone anymore "
    "always tonight weekend weekends secret secrets pics nudes naked videos parcels drugs "
    "money trainers suicide suicidal myself herself himself themselves yourself tablets pills "
    "paracetamol because bedroom bathroom shower private privates older missing police prison "
    "again still every night nights safe unsafe sorted without point better bridge downstairs "
    "upstairs crying instagram snapchat tiktok discord roblox fortnite online whatsapp "
    "facebook messages special punishment knife knives weapon weapons blade razor strangers "
    "stranger county lines debt trapped danger dangerous emergency people little brother "
    "sister brothers sisters father mother grandad uncle cousin teacher coach school friend "
    "friends mates lads older adult adults grown stuff things something nothing everything "
    "anything clothes uniform shoes dirty smelly breakfast dinner lunch tea food fridge "
    "cupboard nothing asleep awake bedtime midnight morning evening tomorrow yesterday "
    "constantly forever whenever everywhere outside inside really horrible nasty angry "
    "violent violence abusive abuse domestic sexual sexually touching groomed grooming "
    "exploited exploitation exploiting runaway homeless streets hostel strangers "
    "worthless useless stupid ugly pathetic disgusting fault blame blamed anxious "
    "depressed depression hopeless pointless exist existing living alive breathe "
    "happened happening tablets hanging noose jumping threatening threatened "
    "embarrassment boredom laughing homework caseload paperwork"
)


def _inflect(stem: str) -> tuple[str, ...]:
    if stem in _IRREGULAR:
        return _IRREGULAR[stem]
    forms = [stem]
    if stem.endswith(("s", "sh", "ch", "x", "z")):
        forms.append(stem + "es")
    elif stem.endswith("y") and stem[-2] not in "aeiou":
        forms.append(stem[:-1] + "ies")
    else:
        forms.append(stem + "s")
    if stem.endswith("e"):
        forms += [stem + "d", stem[:-1] + "ing"]
    elif stem.endswith("y") and stem[-2] not in "aeiou":
        forms += [stem[:-1] + "ied", stem + "ing"]
    elif stem in _DOUBLING:
        forms += [stem + stem[-1] + "ed", stem + stem[-1] + "ing"]
    else:
        forms += [stem + "ed", stem + "ing"]
    return tuple(forms)


def _build_lexicon() -> frozenset[str]:
    words: set[str] = set(_NOUNS_AND_OTHERS)
    for stem in _REGULAR_VERBS + list(_IRREGULAR):
        words.update(_inflect(stem))
    for canonical in TEXTSPEAK.values():
        words.update(canonical.split())
    return frozenset(words)


LEXICON: frozenset[str] = _build_lexicon()

# --- 3. Real words one edit from a lexicon word: never corrected ------------------------------
# Generated from a British English word list (see the module docstring). Kept sorted.
REAL_WORDS: frozenset[str] = frozenset(
    _words(
        """
abase abased abases abasing abetter abort abridge abuser abusers aides aiding alder alice alike
aline allays along amuse amused amuses amusing anger anted antone anuses anythings apathetic
aping arabs argus aries aright armed arming asexual asexually asocial atone attach attached
attaching attacker attucks aught avery awaked awaken awakes aware awing awoke bagged bagging
baiting baked bakes baking balled balling balls banded banding bands banes banish banished
banishes banishing banked banking banks banned banning banns banter bantered bantering banters
banting barged barging baring barked barking barks barns barry barter bartered bartering
barters batch batched batches batching bates bather bathers bathrooms bating batted batten
battened battening battens battery battier baxter baying beading beads beaked beaks beamed
beaming beams beaning beans bearing bears beast beasts beater beatings beaus bedrooms bedtimes
beeping beeps beets being beings belled bellied bellies belling bells belly bellying belting
belts bending bends bents berating bering besting bests betas bette betted bettered bettering
betters betting bettor bidden biddle bides biding bight bights bikes biking billed billies
billing bills billy binding binds binged bitter bittern bitters black blacked blacking
blackmailer blacks blades blake blamer blames blare blared blats blaze blazed bleating bleats
bleep bleeping bleeps blending bling bloch blocs boating boats bolder boney bonged bonging
bongs boone boring bother bothers bough boughs bound bounty bowing bragged bragging brags
braise braised braises braising brats breakfasts breath breathed breather breathes breaths
breathy breeding breezing brice brick bricked bricking bricks bride brides bridged bridger
bridges bridget bridging bridle briggs bright brighten brightened brightening brightens brigs
brine brink brinks briny britten brock broom brooms brothel brothels brown bruiser bruisers
brunt bulgy bulky bulled bulling bullring bulls bumping bunch bunched bunches bunching bunged
bunging bungs buoying burgs buried burks burly burner burped burping burps burred burring burrs
burst burying bused buses bushed bushes bushing busing busying butter buttered buttering
butters butting bytes cabled cabling caches caching caked cakes caking calfs callas caller
callings callus calmed calming calms calved calving camry candle candled candles candling
cannon canted canting cants caped capes cared cares carey caries caring carly carnot carrie
carrier carriers cased caseloads cases casing catcher catchers catchings catchy cather catting
cease ceased ceases ceasing cells chafe chafed chafes chafing chaise chaises changing charmed
charming charms chaser chasers chasm chasms chaste cheating chidden chides chiding chocked
chocking choker chokers chore chores chose chowed chowing chump chumps cinch cinched cinches
cinching cites citing clapped clapping claps cleave cleaves cleaving clive cloches clock
clocked clocking clocks clone clothe clothed cloths cocked cocking cocks coddle coddled coddles
coddling codes coding coked cokes coking colder colds comas combing combs comer comers comet
comets comings conch cones controlled controlling cooing cooke cooked cooking copes coping
cores coring corning costed costing costs cotes couch couched couches couching count country
counts course coursed courses coursing cousins coves cowing crabbed crabbing crabs crags crank
crapes crapped craps cream creamed creaming creams creed cribs crick cricked cricking cricks
crier criers crimes cringing crises cropped cropping crops crown cruise cruised cruises
cruising cryings cuddly culled culling culls cunning cupboards curbed curbing curdle curdled
curdles curdling cured cures curie curies curing curled curling curried curries curry currying
curst curve curved curves curving cussed cusses cussing cuttings dagger dancer dander dandle
dandled dandles dandling dangers danish danker dates dding dealer dealings dealt deans dears
deaves decals deeding deeds deeps deliverer delivery dells deport deported deporting deports
depresses depressions derive derives deriving dials dicks diddle diddled diddles diddling dills
diner dines dinker dinned dinners discard discoed discords dissed disses dissing ditty dives
diving docked docking docks doing domes domestics doming donner douched douches douching drabs
drainers drams drano draped drapes draping draws drays dregs dried dries drinkings dripped
dripping drips drivel drivels driver drivers drivings drone drooped drooping droops dropper
droppings dropsy dross drought drover droves drown drubs drudged drudging drugged drugging
drums drunks drying dudes dully dumping dunner dunning dyeing dyking eaten eating eaves eight
eights elder embarrassments emergence emery ending erick escapee escapees especial evenings
evert ewing exists exiting exits exploiter eying faked fakes faking falling fallow fallowed
fallowing fallows falls fangs farce farces farmed farming farms farther fates fathers fatter
faults faulty faust feather feats feedings feeling feels felled felling fellow fellows fells
fending fends feted feting fetter feuding feuds fickle fiddler fiddlers fiddly fiend fiends
filed files filing filled filling fills filmy finch finches findings fines fining finis finking
finks finns firmed firming firms fitting fives flame flamed flapped flapping flaps flight
flights flock flocked flocking flocks flying folder folding folds follower followings foment
forbes forceps forded fording fores forge forged forges forging forked forking formed forming
forte fortes forts founds fount frags frank freeing fridges fried fries fright frighted
frighting frights fringe fringing frown frying fuddle fuddled fuddles fuddling fully funding
funds gabbed gabbing galled galling galls gander ganders ganged ganging gangs gaped gapes
gaping garbs garry gates gather gelled gelling gibes gibing giles gills girlfriends givens
glade gloom goings golding golds goose goring gould grabber grads grams grandads grape grapes
grass greats greet greta gripe griped gripes griping groan groin grooved grooving grouped
grouping grove groves growing growl grows grubbed grubbing grubs gullies gully gunning gushed
gushes gushing gutting guying hacked hacking hacks hades hakes halls hammed hamming handed
handel handing handler handlers hanged hanger hangings hangs happenings harding hared harems
hares haring harked harking harks harped harping harps harried harries harry harrying harts
hasty hatch hatched hatches hatching hates hating hatter hatters hatting haunt haven havens
haying heading healed healing heals heaping hearing heats heave heaves heaving heeding heeds
hefting hells hicks hided hieing hikes hiking hills hinds hines hinging hings hinting hires
hiring hissed hisses hissing hives hiving hocked hocking hocks holder holdings holes holing
hollow hollowed hollowing hollows homebody homes homing honey hooding hoods hording horribly
hosted hostels hosting hosts hotel hound huddle huddled huddles huddling huger hugged hugging
humped humping humps hunch hunched hunches hunching hungary hunting hunts hurling hurls hurst
hurtling hushed hushes hushing hying ideals inched inches inching injure injures inline inner
insider insides insulated insulating iphone japed japes japing jeeps jelled jelling jells jives
jiving jocks joint jutting keats keeling keels keening keens kicker kicky killer killings
kilned kilning kilns kilos kilts kinds kinked kinking kinks kipling kisser kissers kites kiting
kitten knaves knifed knifes knight knights lacked lacking lacks lakes lamed lander lanes lapped
lapping larked larking larks larry latch latched latches latching lather latter launch laying
leaded leading leads leafed leafing leafs leakey leaky leaned leaning leans leaped leaping
leaps lease leased leases leasing leaved leaven leavens leavings leeds leeks lending lends
letter licked licking licks liens light lighting lights likes liking limes liming lined linen
linens liner liners lining links lints linus lister littler liven lives livings loaves locke
locker locket locus looked looking looks loose lorries lorry lovely loving lowing lucked
lucking lucks lully lumping lunched lunches lunching lurch lushes lynch maces macing maker
makers makings males malls malone manes manged manger manic manics mares maris marker market
markings marred married marries marring marry marrying marts mashed mashes mashing masked
masking masks massage massaged massages massaging massed masses massing match matched matches
matching mated mather maths mating matter mattered mattering matters mattes matts maxes maxing
mazes meals meats meetings melting melts mending mends messed messes messing meted metes meting
middle middles middling mighty mikes miking milled milling mills minding minds mines misled
misted mister misters misting misused misuses misusing mites mitten moaning mocked mocking
mocks moments monet monkey monty mooney mooning moose mornings mosey mosses motes mothers mould
mound mourning mowing muddle muddled muddles muddling mulder munch munched munches munching
murderer murks mushed mushes mushing mussed musses mussing mutes named napes narked narking
narks natty needing needs netter nicked nicking nickle nickles nicks nighty nines nodes noise
nooses norse noshing notching nothings noting nought nuder nudest nudges nuked nukes nurse
nursed nurses nursing nutting oaken oates odder oking olden olive order oscars other ought
outsider outsides outsize overdoes overdoing overdone owning pacing packed packing packs paging
paint paling palled palling palls pander pandered pandering panders pangs panicked panicking
panted panting pants paring parked parking parks parried parries parry parrying pasted pasting
pasts pasty patch patched patches patching pates patter pattered pattering patters paunch
paunches paving pawing peaked peaking peaks pealed pealing peals pease pecked pecking pecks
peeping pending pends peopled peoples pests petrifies phase phased phases phasing phoned phones
phoney phony picker picket pickings pickle pickled pickles pickling picky piddle piddled
piddles piddling piked piking piles pilled pilling pines pinked pinking pinks pissed pisses
pissing pitch pitched pitches pitching pitting playing pleas pleased pleases plying poach
pocked pocking pocks poets points pointy poison policed polices policy polite polls ported
porting ports posed poses posing posited positing posits poster postings potted potting potts
pouch pouched pouches pouching pound pouted pouting pouts prank praying prick pricked pricking
pricks pried pries primate primates print prisons privater privatest prone propped propping
props prove prying pucks puddle puddled puddles puddling pulls pumping punchy punic punishments
punning purse pursed purses pursing pusher pushers pusses putting raced races racing raged
rages ragged ragging raging raked rakes raking rally ranged ranger ranging ranted ranting rants
rapid rapine rapped rapping rared rares raring rasped rasping rated rates rather rating raved
raves raving razed razes razing razors reals realty reaped reaping reeds regally reilly rending
rends reporter repressed repression resort resorted resorting resorts retort retorted retorting
retorts revery rhone ricked ricking ricks ridden riddle riddled riddles riddling rides ridge
riding righting rights rills rinds ringing rings rinks rites riven roach rocked rocking rocks
romes roomed rooming rooms roped ropes roping round rowing ruining runaways runway rushed
rushes rushing rutting sacked sacking sacks sander sanders sanding sands sanger sapped sapping
sashes sates sating saving sawing sayings scabbed scabbing scabs scads scags scale scaled
scales scaling scaly scams scans scarce scarf scarfed scarfing scarfs scarring scarves scats
schools scoped scoping score scored scores scoring scorn scout scouted scouting scouts scram
scrams scratchy scrip scrips scuff sealed sealing seals seared searing sears seating seats
secrete secretes seeding seeds seeping seeps selectric sensing setter sexist sexting shack
shacks shade shaded shades shading shaka shaker shakers shaky shale shame shamed shames shaming
shane shape shaped shapes shaping shard shards shari shark sharked sharking sharks sharp sharpe
sharped sharping sharps shave shaved shaven shaves shaving shear sheared shearing shears sheep
shelling shells shelly shies shill shire shires shitting shock shoed shoeing shone shooed
shooing shoon shoos shoot shooting shoots shops shore shored shores shoring shorn short shorted
shorting shorts shots shovel shovels showed showers showery showier showing shows shred shrew
shrove shuts shying sicked sicking sickle sickles sicks sides siding sifter sifters sight
sighting sights sills sinner sites siting sitter sitters sitting skill skilled skills skying
slabbed slabbing slabs slack slacked slacking slacks slags slake slakes slaking slams slash
slashed slashes slashing slats slavs slaying slays sleek sleeking sleeks sleepy sleet sleeting
sleets slipped slipping slips sloes sloped sloping slopped slopping slops slower smacker smear
smearing smears smell smelling smells smock smocked smocking smocks smother snack snacked
snacking snacks snake snaked snakes snaking snapped snapping snaps snare snared snares snaring
snore snorted snorting snorts snout snouts snuff soaking soaps soared soaring soars socials
socked socking socks solder someones somethings sores sorry sorta sorter sortied sought sound
sower sowing spacial spake spare spared spares sparing spars spaying spear spearing spears
specials spelling spells spending spends spill spills spook spore sported sporting sports spout
spouted spouting spouts spying stabbings stabled stabling stack stacked stacking stacks staff
stags stake staked stakes staking stale staled stales staling stalker stalkings stall stalled
stalling stalls stank staph stare stared stares staring stark starling starred starring stars
started starting starvings stats stave staved staves staving staying stays steep steeping
steeps steps stiff stile stills stilt stoked stoking stomped stomping stomps stoned stoning
stooped stooping stoops stopped stopping store stored storing stout stove stoves stowed stowing
stows straggle straggled straggles straggling strainers strange strangler stranglers strap
strapped straps stream streamed streaming streams street strep striding striking stringer
stringers stripe stripes stripling stripped stripping stript strived striving stronger strop
strops stubbed stubbing stubs stuffs stuffy stupids sucrets suicides sullied sullies sully
sullying sunning swabbed swabbing swabs swapped swapping swaps swash swashed swashes swashing
swatch swatches swaying sweat sweating sweats sweep sweeping sweeps swelling swells swept swill
swing swoon swops sword tabbed tabbing tables tablet tacking tackle tackled tackles tackling
taker takers takings tales talked talking talks tames taming tangs tanking taped tapes taping
tapped tares taring tarps tarried tarries tarry tarrying tasking tasty tatter tattered
tattering tatters taught taxes taxing teachers teaches teaks teals teats tending tends tented
tenting tents tested testing tests texas texes thick thing thinks thins thongs thorough thought
three throb throbs throe throes thumb thumbed thumbing thumbs ticked ticking ticks tides tiding
tight tights tikes tilled tilling tills tines tings tinkle tinkled tinkles tinkling tittle
toady toddy tokay token tokes toking tolling tolls tomes tomorrows torch torched torches
torching torts touchings touchy tough towing traced tracing track tracked tracking tracks
traded trading trailers trainees trainer tramped tramping tramps trams trans trapper trapping
trays treat tribe tribes trice trickle trickled trickles trickling tricky tried tries tripped
trips trope tropes trough truck trucked trucking trucks trump trumped trumping trumps trunk
trying turned turning turns tushes tying tykes umping uncles uniforms unsafer vanishings vaped
vapes vaping varnish varnished varnishes varnishing vault veeps vending vends vines violet
vireos vouch vouched vouches vouching vowing vying wacks wader waders wafted wafting wafts
waited waiting waits waked waken wakes waking walled walling walls wanderer wands waned wanes
waning wanked wanking wanks wanner warder warders warmed warming warms warts wasted wasting
watcher watchers watts weals wearing wears weave weaves weaving weeding weeds weeing weeping
weeps welled welling wells welted welting wending wends wetted wetter wetting whacker whacky
wherever wicked wicks wight wights willed willing wills winch winched winches winching winding
winds wines winner witch witched witches witching witting wives wonder wondered wondering
wonders wonted wordy worked world wormy worrier worriers worryings woulds wound wowing wrack
wrapped wraps wreathe wright wring wringing wrings wrought yates yeats yelped yelping yelps
yesterdays yocks
"""
    )
)
