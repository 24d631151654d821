"""Verb frames of Chinese official writing rendered word for word, found in every genre of page a
Chinese institution publishes (work reports, notices, court, hospital, school and company news):
an adverb of effort before a verb of carrying out (扎实推进 "solidly promote"), 工作 as the topic of
做好/开展 ("do a good job in the fire prevention work"), 下一步 "in the next step, we will continue",
营造…氛围 "create a strong atmosphere of everyone caring". Each is a class of rendering, not a
phrase: the adverbs, verbs and nouns vary, the frame stays."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names

_CARRY = r"(?:carr(?:y|ies|ied|ying)[ \t]+out|promot(?:e|es|ed|ing)|implement(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|" \
         r"push(?:es|ed|ing)?[ \t]+forward|grasp(?:s|ed|ing)?|do(?:es|ing)?[ \t]+a[ \t]+good[ \t]+job|did[ \t]+a[ \t]+good[ \t]+job)"
# 扎实/深入/认真 before the verb: English puts no such adverb before "carry out" or "promote".
# Not "conscientiously carry out" (legal English: "conscientiously carry out his duties") nor
# "deeply" before a verb of feeling ("deeply grasped the loss").
_ADVERB_FRAME = LazyPattern(
    rf"\b(?:[Ss]olidly|[Ii]n-depth|[Ee]arnestly|[Dd]eeply(?=[ \t]+(?![Gg]rasp)))[ \t]+(?i:{_CARRY})\b|"
    # 深耕 "deeply cultivating in the field of": English cultivates soil or a habit, never "in" a market.
    r"\b[Dd]eeply[ \t]+(?:cultivat(?:e|es|ed|ing)|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?)[ \t]+(?:in|into)\b")


@rule(
    "C150", "effort-adverb-frame", triggers_nocase=("solidly ", "in-depth ", "earnestly ", "deeply "),
    bad=["The bureau will ⟦solidly carry out⟧ the pest survey.", "We ⟦deeply promoted⟧ the reform of clinics.",
         "Townships must ⟦earnestly implement⟧ the flood plan.", "⟦In-depth carry out⟧ the road safety month.",
         "the county ⟦solidly advanced⟧ the river clean-up", "## The County ⟦Solidly Promotes⟧ River Work", "The firm has been ⟦deeply cultivating in⟧ valves for 20 years."],
    good=["The wall was solidly built.", "She was deeply moved.", "an in-depth review of the plan",
          "He earnestly hoped to win.", "a deeply implemented habit", "He deeply grasped the loss.",
          "a deeply cultivated mind", "Farmers deeply plough the soil."],
)
def effort_adverb_frame(ctx: Context) -> Iterator[Hit]:
    """An adverb of effort before a verb of carrying out: 扎实推进 "solidly promote", 深入开展
    "deeply carry out", 认真落实 "earnestly implement".

    Chinese official writing puts 扎实, 深入, 认真 before every verb of execution; machine
    translation keeps each word: "solidly carry out", "in-depth carry out", "deeply promote",
    "earnestly implement". English says "carry out … thoroughly" or drops the adverb; "solidly"
    goes with built or behind, "deeply" with feeling ("deeply moved"), "in-depth" before a noun
    ("an in-depth review"), "earnestly" with hope. None of them comes before "carry out",
    "promote", "implement", "advance", "push forward" or "do a good job" in native prose. A
    passive ("deeply implemented habit") passes: only a verb with its object is the frame. 深耕
    ("has been deeply cultivating in the bearing industry") is the same adverb on a metaphor
    English does not use: a mind is deeply cultivated and soil deeply ploughed, never "in" a field.
    """
    for m in ctx.finditer("C150", _ADVERB_FRAME):
        after = ctx.text[m.end():m.end() + 12].lstrip(" \t")
        if m.group().endswith("ed") and re.match(r"(?:habits?|patterns?|by|in)\b", after):
            continue  # "a deeply implemented habit": a participle before a noun, not a verb
        if re.search(r"cultivat|plough|plow", m.group()):
            yield Hit(m.start(), m.end(), f"{m.group()!r} renders 深耕 word for word: write 'has specialised in' or 'has long worked in'")
            continue
        yield Hit(m.start(), m.end(), f"{m.group()!r} keeps the adverb of 扎实/深入/认真 before the verb: "
                  "drop it or say 'thoroughly' after the object")


# The word before "work" that makes it the Chinese topic noun: not a possessive or determiner,
# and not an adjective of effort ("do a good job of their work", "a good job in hard work").
_NOT_TOPIC = r"(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|good|hard|great|own|daily|school|home|team|further|more)"
_WORD = r"(?!(?:his|her|their|its|our|your|my|this|that|these|those|a|an)\b)[a-z-]+[ \t]+"  # no possessive: "in her volunteer work"
_GOOD_JOB = LazyPattern(
    r"\b(?:[Dd]o(?:es|ing|ne)?|[Dd]id)[ \t]+a[ \t]+good[ \t]+job[ \t]+(?:in[ \t]+(?:the[ \t]+)?(?:{w}){{0,4}}|"
    r"of[ \t]+(?:the[ \t]+)?(?:{w}){{1,4}})".format(w=_WORD) +
    rf"(?:(?!{_NOT_TOPIC}[ \t])[a-z-]+[ \t]+work\b|"
    r"(?:the[ \t]+)?work[ \t]+of[ \t]+[a-z]+ing\b)")
_CARRY_WORK = LazyPattern(
    r"\b[Cc]arr(?:y|ies|ied|ying)[ \t]+out[ \t]+the[ \t]+(?:work[ \t]+of[ \t]+[a-z]+ing|(?:[a-z-]+[ \t]+){1,3}work[ \t]+of)\b")


_GOOD_JOB_OR_CARRY = LazyPattern(lambda: f"{_GOOD_JOB.pattern}|{_CARRY_WORK.pattern}")


@rule(
    "C151", "work-as-topic", triggers_nocase=("good job ", " out the "),
    bad=["We must ⟦do a good job in the flood control work⟧ this summer.",
         "Towns ⟦did a good job of the census registration work⟧.",
         "The office will ⟦do a good job in the work of stabilizing⟧ prices.",
         "The county ⟦carried out the rectification work of⟧ rural toilets.",
         "staff ⟦carry out the work of checking⟧ every meter"],
    good=["She did a good job in her work at the bank.", "She did a good job in her volunteer work.", "They do a good job of hard work and good cheer.",
          "He did a good job on the paint work.", "Crews carried out the work on time.",
          "Crews carry out the repair work on the bridge.", "You did a good job of the homework.",
          "carry out the work of the Lord"],
)
def work_as_topic(ctx: Context) -> Iterator[Hit]:
    """工作 kept as the topic noun of 做好/开展: "do a good job in the fire prevention work",
    "carried out the rectification work of rural toilets", "do a good job in the work of stabilizing".

    Chinese names a task as "X 工作" and makes it the object of 做好 (do well) or 开展 (carry out);
    machine translation writes "do a good job in the X work" and "carry out the X work of Y".
    English names the task itself ("prevent forest fires well", "cleaned up rural toilets").
    Native English does a good job of something, or "in their work" (a possessive, which passes),
    and carries out "the repair work on" a thing or does a good job "on the paint work"; a noun
    before "work" after "do a good job in" (two nouns after "of"), or "the X work of" a noun, or "the work of" a gerund after either verb, is the frame.
    """
    # "do/did/doing a good job", "carry/carried/carrying out the": the verb starts up to 9 characters
    # before the trigger ("good job ", " out the ").
    for m in ctx.matches("C151", _GOOD_JOB_OR_CARRY, offsets=range(-11, -2)):
        yield Hit(m.start(), m.end(), f"{m.group()!r} keeps 工作 as the topic of 做好/开展: name the task "
                  "('prevent fires well', 'cleaned up')")


_NEXT_STEP = LazyPattern(
    r"(?:\b[Ii]n[ \t]+the[ \t]+next[ \t]+step|(?:^|(?<=[.!?。][ \t]))Next[ \t]+step)[ \t]*,?[ \t]+(?:[^.;:!?\n]{1,80}?)\bwill[ \t]+"
    r"(?:continue|further|strive|persist|adhere|vigorously|earnestly|focus[ \t]+on|deepen|keep[ \t]+on|"
    r"unswervingly|always|effectively|comprehensively|actively|make[ \t]+every[ \t]+effort|spare[ \t]+no[ \t]+effort|"
    r"accelerate|speed[ \t]+up|step[ \t]+up|intensify|strengthen)\b")


@rule(
    "C152", "next-step-plan", triggers_nocase=("next step",),
    bad=["⟦In the next step, the bureau will continue⟧ to clear the drains.",
         "⟦In the next step, our school will further⟧ raise the quality of teaching.",
         "Done. ⟦Next step, the county will strengthen⟧ patrols."],
    good=["In the next step, we will configure the server.", "In the next step, you will add a user.",
          "The next step will continue the loop.", "In the next step, we will take a look at the logs."],
)
def next_step_plan(ctx: Context) -> Iterator[Hit]:
    """下一步 rendered "in the next step" at the head of an institution's plans: "In the next step,
    the county will continue to ...".

    Chinese reports and news close with 下一步，我们将继续…: the work to come. Machine translation
    writes "In the next step"; English says "Next", "From now on" or "In the coming year". In
    English "the next step" is a step of a procedure ("In the next step, you will add a user"), so
    the phrase is flagged only with the verbs of a plan that follow 下一步 (将继续, 进一步, 努力,
    坚持, 深化, 全力, 加快, 加强: "will continue", "will further", "will strive", "will deepen", "will
    make every effort", "will accelerate", "will strengthen"); "will take a look" is a tutorial's.
    """
    for m in ctx.finditer("C152", _NEXT_STEP):
        yield Hit(m.start(), m.end(), "下一步 rendered 'in the next step': write 'Next,' or 'In the coming year,'")


_CREATE = r"(?:creat(?:e|es|ed|ing)|build(?:s|ing)?|built|form(?:s|ed|ing)?|foster(?:s|ed|ing)?|mak(?:e|es|ing)|made)"
_ATMOSPHERE = LazyPattern(
    rf"\b{_CREATE}[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}atmosphere[ \t]+(?:of|for|in[ \t]+which|where|that)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}?(?:the[ \t]+)?(?:whole[ \t]+(?:society|country|county|city|town|district|school|village|party|province)|"
    r"entire[ \t]+society|everyone|everybody|all[ \t]+(?:the[ \t]+)?(?:people|staff|citizens|residents|teachers|students|cadres|"
    r"employees|members)|the[ \t]+masses)\b|"
    rf"\b{_CREATE}[ \t]+(?:a|an)[ \t]+(?:strong|thick|rich|dense|intense)[ \t]+atmosphere[ \t]+(?:of|for)[ \t]+"
    r"(?!(?:smoke|dust|fog|mist|steam|heat|gas|menace|dread|fear|mystery|suspense|horror|gloom|danger)\b)[a-z]+")


@rule(
    "C153", "atmosphere-frame", triggers_nocase=("atmosphere ",),
    bad=["to ⟦create a good atmosphere in which the whole society⟧ respects teachers",
         "The campaign ⟦created a strong atmosphere of learning⟧ from heroes.",
         "posters ⟦formed a thick atmosphere for safe⟧ driving",
         "to ⟦build an atmosphere where everyone⟧ saves water"],
    good=["The film creates a strong atmosphere of dread.", "They created a friendly atmosphere for the guests.",
          "The candles made a warm atmosphere in the room.", "an atmosphere of trust in which everyone speaks",
          "create a strong atmosphere of mystery"],
)
def atmosphere_frame(ctx: Context) -> Iterator[Hit]:
    """营造…氛围 rendered "create a strong atmosphere of …" or "an atmosphere in which the whole
    society …".

    Chinese campaigns 营造浓厚氛围 (build a thick atmosphere) in which 全社会 (the whole society)
    or 人人 (everyone) does something; machine translation keeps the frame: "create a strong
    atmosphere of learning from heroes", "create a good atmosphere in which the whole society
    respects teachers". English says the campaign encouraged people to do it. Native English
    creates an atmosphere of a mood ("of dread", "of mystery": those pass) or for guests; a
    campaign's atmosphere "strong" or "thick" with an activity, or one of the whole society or
    everyone after the frame, is the calque.
    """
    for m in ctx.finditer("C153", _ATMOSPHERE):
        yield Hit(m.start(), m.end(), "营造…氛围 rendered word for word: say what the campaign got people to do")


# Plurals that English counts in pieces, or that end in s without being plurals.
_PIECE_NOUNS = frozenset("clothes news goods jeans trousers pants shorts scissors series species means remains arms "
                         "glasses pliers tongs shears sweets chips fries crisps".split())
_PIECES = LazyPattern(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundreds|thousands|dozens|"
    r"several|many|multiple)[ \t]+(?:pieces|items)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]{3,}s)\b(?![-'’])")


# 套 and 台 before a single system or machine ("1 set of recording system"), or with no "of" at all
# before a plural ("48 sets smart boards"): a count, not a set.
_SET_OF = LazyPattern(
    r"\b(?:\d+|one|a)[ \t]+sets?[ \t]+of[ \t]+(?:(?!(?:for|of|the|a|an|to|in|on|with|by|from)\b)[a-z-]+[ \t]+){0,4}?"
    r"(?:system|software|platform|machine|device|server)"
    r"(?=[ \t]*(?:[,.;:)]|$|(?:with|for|is|was|and|to|in)\b))|"
    r"\b\d+[ \t]+(?:sets|units|pcs|pieces)[ \t]+(?!of\b|in\b|per\b|each\b|are\b|were\b|have\b|had\b|will\b|can\b|total\b)"
    r"(?:[a-z-]+[ \t]+)?[a-z]+(?:boards|computers|projectors|screens|cameras|printers|machines|devices|servers|terminals|"
    r"vehicles|buses|trucks|units|desks|chairs|beds|monitors|sets)\b", re.M)


@rule(
    "C154", "pieces-of-plural", triggers_nocase=(" pieces of ", " items of ", " set of ", " sets of ", " sets ", " units ", " pcs "),
    bad=["The court heard ⟦36 pieces of cases⟧ of this kind.", "Residents sent in ⟦120 pieces of opinions⟧.",
         "The bureau answered ⟦15 items of proposals⟧.", "It gave ⟦12 pieces of judicial suggestions⟧.",
         "Lot 2: ⟦1 set of campus broadcasting system⟧, installed.", "Lot 1: ⟦30 sets interactive whiteboards⟧"],
    good=["three pieces of advice", "two pieces of old clothes", "12 pieces of news", "several pieces of glass",
          "five pieces of evidence", "20 items of luggage", "two pieces of the puzzle", "six items of goods",
          "a set of system calls", "a set of tools for the machine", "40 units were sold", "3 sets of whiteboards"],
)
def pieces_of_plural(ctx: Context) -> Iterator[Hit]:
    """A count of "pieces" or "items" of a plural noun: the measure words 件 and 条 rendered as
    nouns, "36 pieces of cases", "120 pieces of opinions".

    Chinese counts cases, suggestions and opinions with a measure word (36件案件, 120条意见);
    machine translation writes it as "pieces of" or "items of". English counts these nouns
    directly ("36 cases", "120 comments") and says "pieces of" only before a mass noun ("pieces
    of advice", "of evidence", "of glass"), never before a plural. A plural after "pieces of" is
    flagged, except the few words that are plural in form only or counted in pieces (clothes,
    news, goods, scissors, glasses). 套 and 台 give "1 set of campus broadcasting system" and,
    with "of" dropped, "30 sets interactive whiteboards": English counts one system and 30
    whiteboards; "a set of system calls" (a set of things) and "40 units were sold" pass.
    """
    for m in ctx.finditer("C154", _SET_OF):
        yield Hit(m.start(), m.end(), "套/台 rendered 'set(s)' before one machine or system: count it ('1 recording system', "
                  "'48 smart boards')")
    for m in ctx.finditer("C154", _PIECES):
        noun = m.group(1)
        if noun in _PIECE_NOUNS or noun.endswith(("ss", "us", "is", "ics", "ness")):
            continue
        yield Hit(m.start(), m.end(), "件/条 rendered 'pieces of' before a plural: count the noun itself ('36 cases')")


# 某 and 某某, which stand for the rest of a name in court and news pages, kept in pinyin.
_MOU = LazyPattern(r"\b([A-Z][a-z]{0,5})[ \t]+(Mou(?:[ \t]*[Mm]ou)?|Moumou)\b(?![-'’])")


@rule(
    "C155", "mou-for-anonymised-name", triggers=(" Mou",),
    bad=["The defendant ⟦Chen Mou⟧ rented a flat.", "⟦Liu Moumou⟧ signed the loan.", "victim ⟦Wang Mou Mou⟧ lost 9,000 yuan"],
    good=["Mou Zongsan was a philosopher.", "the poet Mou Sen", "Mount Tai", "Zhang Mouyi"],
)
def mou_for_anonymised_name(ctx: Context) -> Iterator[Hit]:
    """A surname followed by "Mou" or "Moumou": 某 (a certain), which hides a person's given name
    in Chinese judgments and news, left in pinyin.

    Court pages and news write 陈某 or 刘某某 for a party whose name is withheld; machine
    translation transliterates: "the defendant Chen Mou", "Liu Moumou". English writes "Chen",
    "Mr Chen" or "Chen X". Flagged after a surname of one pinyin syllable (a capitalised word
    of one to six letters that lexicons/pinyin-syllables.txt spells); the surname 牟 Mou comes first
    ("Mou Zongsan"), so it passes.
    """
    from .. import lexicon

    for m in ctx.finditer("C155", _MOU):
        if len(lexicon.pinyin_syllables(m.group(1)) or ()) != 1:
            continue
        yield Hit(m.start(), m.end(), f"某 left in pinyin in {m.group()!r}: write '{m.group(1)}' or 'Mr/Ms {m.group(1)}'")


_LOG_IN = LazyPattern(
    r"\b(?:[Ll]og(?:s|ged|ging)?[ \t]+in|[Ll]ogin(?:s|ed)?)[ \t]+(?:the|our|this|your)[ \t]+(?:(?!(?:to|for|of|with|on|at|by|after|before|when)\b)[a-z-]+[ \t]+){0,5}?"
    r"(?:website|web[ \t]+site|platform|system|portal|homepage|home[ \t]+page|official[ \t]+account|mini[ \t]+program|app)\b")


_VERB_BEFORE = LazyPattern(r"(?:^|[.:;!?\n]|\b(?:please|to|can|should|must|will|may|then|first|and|you|users|please)|\A)[ \t]*\Z", re.I)


@rule(
    "C156", "log-in-without-to", triggers_nocase=("log in ", "login ", "logged in ", "logging in ", "logs in "),
    bad=["Bidders should ⟦log in the platform⟧ with a CA key.", "Please ⟦login the e-procurement system⟧ first.",
         "Parents can ⟦log in the official website⟧ to apply.", "⟦log in the city science and technology management system⟧", "⟦Login the management system⟧ as admin."],
    good=["Log in to the platform first.", "Users who log in the morning see more.", "the login page of the system",
          "log in the user after the check", "every login the system records"],
)
def log_in_without_to(ctx: Context) -> Iterator[Hit]:
    """登录 rendered "log in the platform", "login the system": a verb with its object where
    English needs "to".

    登录 takes its place as an object (登录平台, 登录系统); machine translation writes "log in the
    platform" or makes "login" a verb ("please login the website"). English logs in to a website
    or logs into it. Flagged only before the places one logs in to (website, platform, system,
    portal, homepage, app), so "log in the user" (a program logging someone in) and "log in the
    morning" pass, and a noun "login" before a verb ("every login the system records") is not
    followed by such a place: "login" is taken for a verb only at the start of a sentence or
    after a modal, "to", "please" or a subject pronoun.
    """
    text = ctx.text
    for m in ctx.finditer("C156", _LOG_IN):
        if m.group().lower().startswith("login") and not _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "every login the system records": the noun
        yield Hit(m.start(), m.end(), "登录 rendered without 'to': write 'log in to' or 'log into'")


_CARD = LazyPattern(
    r"\b(?:(?:golden|gold|bright|shining|brilliant|new|beautiful|city|urban|cultural|culture|tourism|tourist|green|red|"
    r"national|international|important|ecological)[ \t]+(?:business|name|calling|visiting)[ \t]+cards?|"
    r"(?:business|name|calling|visiting)[ \t]+cards?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+)?"
    r"(?:city|county|town|province|region|district|village|country|nation|[A-Z][a-z]+))\b")


@rule(
    "C157", "business-card-metaphor", triggers_nocase=(" card",),
    bad=["The lake has become a ⟦golden business card⟧ of the county.",
         "Tea is the ⟦name card of Anxi⟧.", "building a ⟦cultural calling card⟧ for the town"],
    good=["Leave your business card at the desk.", "a new business card design", "She printed 500 business cards.",
          "the business card of the sales manager", "a red business card with gold type"],
)
def business_card_metaphor(ctx: Context) -> Iterator[Hit]:
    """名片 rendered "business card" as a metaphor: "a golden business card of the city", "the
    name card of Anxi".

    Chinese calls what a place is known for its 名片 (城市名片, 金名片); machine translation writes
    "business card", "name card" or "calling card". English says a place is famous or known
    for it, or calls it its hallmark or emblem. Flagged with the epithets of the metaphor
    (golden, bright, cultural, tourism, city: a printed card is white or red, not cultural) or with
    "of" and a place; "a new business card design" and "the card of the sales manager" pass.
    """
    for m in ctx.finditer("C157", _CARD):
        words = m.group().split()
        if words[0].lower() in ("new", "red", "green", "important") and len(words) == 3:
            after = ctx.text[m.end():m.end() + 12]
            if not re.match(r"[ \t]+(?:of|for)[ \t]", after):
                continue  # "a new business card design", "a red business card": a printed card
        yield Hit(m.start(), m.end(), "名片 rendered 'business card': write 'is famous for', 'hallmark' or 'emblem'")


_HANDLE = LazyPattern(
    r"\bas[ \t]+(?:the|a|an)[ \t]+(?:(?:important|key|main|major|effective|strong|powerful|new)[ \t]+)?"
    r"(?:grasp|gripper|grasping[ \t]+hand|starting[ \t]+hand|breakthrough[ \t]+point|main[ \t]+battlefield|"
    r"main[ \t]+battleground|bull['’]s[ \t]+nose|ox[ \t]+nose)\b")


_TAKING = LazyPattern(r"\b(?:[Ww]ith|[Tt]ak(?:e|es|ing)|took|[Rr]egard(?:s|ing)?)\b[^.;\n]*\Z")


@rule(
    "C158", "grasp-as-handle", triggers_nocase=(" grasp", " gripper", "breakthrough point", " battlefield", " battleground", "starting hand", " nose"),
    bad=["taking the river chief system ⟦as the grasp⟧", "with the classroom ⟦as the main battlefield⟧",
         "using digital reform ⟦as an important grasp⟧ to lift services", "with tourism ⟦as the breakthrough point⟧"],
    good=["as the grasp of the subject improves", "as a breakthrough in physics", "it served as a gripper for the arm",
          "France served as the main battlefield of the war.", "Flanders became known as the main battleground."],
)
def grasp_as_handle(ctx: Context) -> Iterator[Hit]:
    """抓手, 突破口 and 主阵地 rendered word for word: "taking X as the grasp", "with tourism as
    the breakthrough point", "the classroom as the main battlefield".

    Chinese plans name the means of a policy its 抓手 (grip), its 突破口 (breach) and its 主阵地
    (main battlefield); machine translation writes "as the grasp", "as an important grasp", "as
    the breakthrough point", "as the main battlefield". English says "the main tool", "the
    starting point", "where most of it happens". "As the grasp of the subject improves" (a grasp
    of something), "a breakthrough in physics" and a robot's gripper pass, and a main battlefield
    is the calque only after "with", "take" or "regard" (a war's "served as the main battlefield").
    """
    for m in ctx.finditer("C158", _HANDLE):
        after = ctx.text[m.end():m.end() + 6]
        if m.group().endswith(("grasp", "gripper")) and re.match(r"[ \t]+(?:of|for|on)\b", after):
            continue  # "as the grasp of the subject improves", "as a gripper for the arm"
        if "battle" in m.group() and not _TAKING.search(ctx.text, max(0, m.start() - 60), m.start()):
            continue  # "France served as the main battlefield of the war": a war's
        yield Hit(m.start(), m.end(), f"{m.group()!r} renders 抓手/突破口/主阵地 word for word: "
                  "write 'as the main tool', 'as the starting point'")


_BATCH = LazyPattern(lambda: r"\b[Aa][ \t]+batch[ \t]+of[ \t]+"
                             r"(?:(?!(?:the|a|an|to|from|for|of|in|on|at|with|and|or|by|that|which|its|their)\b)[a-z-]+[ \t]+){0,3}"
                             rf"(?:{_names('batch-nouns')})\b(?![-'’])")


@rule(
    "C159", "batch-of-designated", triggers_nocase=("batch of ",),
    bad=["The city will foster ⟦a batch of leading enterprises⟧.", "We built ⟦a batch of demonstration⟧ farms.",
         "to train ⟦a batch of high-level talents⟧"],
    good=["She baked a batch of cookies.", "a batch of samples went to the lab", "Run a batch of jobs at night.",
          "a batch of products failed the test", "a batch of files from the enterprise server",
          "a batch of requests to the key server"],
)
def batch_of_designated(ctx: Context) -> Iterator[Hit]:
    """一批 rendered "a batch of" before what a policy designates or fosters: "a batch of leading
    enterprises", "a batch of demonstration bases", "a batch of high-level talents".

    Chinese plans count the firms, projects, bases and people they build up with 一批; machine
    translation writes "a batch of". English keeps "batch" for things made or handled together
    (cookies, samples, jobs, products) and says "a number of", "several" or a figure for firms and
    people. Flagged before the nouns such plans count (lexicons/batch-nouns.txt), with up to three
    words between ("a batch of high-level talents").
    """
    for m in ctx.finditer("C159", _BATCH):
        yield Hit(m.start(), m.end(), "一批 rendered 'a batch of': write 'a number of', 'several' or the figure")


_PROMOTE_TO = LazyPattern(
    r"\b(?:[Pp]romot(?:e|es|ed|ing)|[Pp]ush(?:es|ed|ing)?|[Dd]riv(?:e|es|ing|en)|drove)[ \t]+(?:the[ \t]+|more[ \t]+|all[ \t]+)?"
    r"(?:(?!(?:him|her|them|me|us|you|it)\b)[a-z-]+[ \t]+){1,5}?to[ \t]+(?:be[ \t]+(?!able\b)[a-z]+ed\b|"
    r"achieve[ \t]+(?:a[ \t]+|the[ \t]+)?(?:new[ \t]+|high-quality[ \t]+|leapfrog[ \t]+|greater[ \t]+)*"
    r"(?:leaps?|breakthroughs?|development|upgrading|transformation)\b|realize[ \t]+(?:the[ \t]+)?(?:transformation|upgrading|"
    r"high-quality|leapfrog|full[ \t]+coverage)\b)")


@rule(
    "C167", "promote-to-achieve", triggers_nocase=("promot", "push", "driv", "drove"),
    bad=["to ⟦promote more permits to be handled⟧ online", "⟦promote the dairy industry to achieve a new leap⟧",
         "⟦push the old mills to realize transformation⟧ and upgrading"],
    good=["promote the brand to achieve growth in sales", "She was promoted to be the head of sales.",
          "push the cart to be cleaned", "promote him to be captain", "drive the car to be washed",
          "promote tourism to realize its value"],
)
def promote_to_achieve(ctx: Context) -> Iterator[Hit]:
    """推动/促进 X 实现/成为 rendered "promote X to achieve a new leap", "promote more permits to be
    handled".

    Chinese 推动 (push) takes an object and a verb: 推动产业实现新跨越 "push the industry to achieve
    a new leap", 推动更多事项网上办理 "promote more matters to be handled online". English
    promotes a thing, not a thing to do something; it says "help the industry leap ahead", "get
    more permits handled online". Flagged only with the verbs of plans after it: a passive
    ("to be handled"), "achieve a new leap / breakthrough / development", "realize transformation
    / upgrading / full coverage", the passive after "promote" only ("push the cart to be cleaned"
    is English); a person promoted "to be captain" has no passive verb, and the
    purpose "to achieve growth in sales" is not among the objects.
    """
    for m in ctx.matches("C167", _PROMOTE_TO):  # the verb starts at its trigger
        if re.search(r"to[ \t]+be[ \t]", m.group()) and not m.group().lower().startswith("promot"):
            continue  # "push the cart to be cleaned": a thing sent to be seen to
        yield Hit(m.start(), m.end(), "推动…实现 rendered 'promote X to …': write 'help X …' or 'get X …ed'")


_GRANDLY = LazyPattern(r"\b(?:[Gg]randly|[Ss]olemnly|[Cc]eremoniously|[Ss]plendidly)[ \t]+(?:held|opened|convened|launched|"
                       r"kicked[ \t]+off|unveiled|commenced|staged)\b(?![ \t]+(?:belief|beliefs|view|views|conviction|opinion|faith)\b)")


@rule(
    "C168", "grandly-held", triggers_nocase=("grandly ", "solemnly ", "ceremoniously ", "splendidly "),
    bad=["The fair was ⟦grandly held⟧ in the square.", "The congress was ⟦solemnly convened⟧ on Monday.",
         "The festival ⟦grandly opened⟧ on Friday."],
    good=["a solemnly held belief", "She solemnly promised to return.", "The hall was grandly decorated."],
)
def grandly_held(ctx: Context) -> Iterator[Hit]:
    """隆重举行/隆重开幕 rendered "was grandly held", "was solemnly convened".

    Chinese news opens with 隆重举行 (held with ceremony) and 隆重开幕 (opened with ceremony);
    machine translation writes "grandly held", "solemnly convened", "grandly opened". English
    news says the event opened or was held, and shows the grandeur if it matters. A "solemnly
    held belief" is English and passes; so do adverbs before other verbs ("grandly decorated").
    """
    for m in ctx.finditer("C168", _GRANDLY):
        yield Hit(m.start(), m.end(), "隆重举行 rendered word for word: write 'opened' or 'was held' and drop the adverb")


_ACTUAL = LazyPattern(
    r"\b(?:[Cc]ombin(?:ed|ing)[ \t]+with|[Ii]n[ \t]+combination[ \t]+with|[Aa]ccording[ \t]+to|[Bb]ased[ \t]+on|[Pp]roceeding[ \t]+from)"
    r"[ \t]+the[ \t]+actual[ \t]+(?:situation|conditions|reality|circumstances)[ \t]+of[ \t]+(?:our|this|the)[ \t]+"
    r"(?:city|county|district|province|town|township|village|school|hospital|company|unit|region|bureau|enterprise)\b")


@rule(
    "C169", "actual-situation-of-our", triggers_nocase=("actual situation", "actual conditions", "actual reality", "actual circumstances"),
    bad=["⟦Combined with the actual situation of this city⟧, these rules are made.",
         "⟦in combination with the actual conditions of our county⟧"],
    good=["The actual situation of the patient was worse.", "based on the actual conditions of the test",
          "according to the actual situation of the market"],
)
def actual_situation_of_our(ctx: Context) -> Iterator[Hit]:
    """结合本市实际 rendered "combined with the actual situation of this city".

    Chinese rules and notices are made 根据…并结合本市/我校实际 (in light of local conditions);
    machine translation writes "combined with the actual situation of our school". English says
    "in light of local conditions" or "to suit the city". Flagged when the actual situation is
    that of the writer's own place or institution (this city, our school, the county); the actual
    situation of a patient or a market is English.
    """
    for m in ctx.finditer("C169", _ACTUAL):
        yield Hit(m.start(), m.end(), "结合本地实际 rendered word for word: write 'in light of local conditions'")


_INDICATOR = LazyPattern(
    r"\b(?:GDP|[Rr]evenues?|[Oo]utput(?:[ \t]+value)?|[Ii]nvestment|[Ii]ncome|[Ss]ales|[Ee]xports|[Ii]mports|[Tt]urnover|[Pp]rofits?|"
    r"[Vv]alue[ \t]+added)(?:[ \t]+(?:of|in)[ \t]+(?:[a-z-]+[ \t]+){0,3}?[a-z-]+)?[ \t]+(?:was[ \t]+|were[ \t]+|has[ \t]+been[ \t]+)?completed(?=[ \t]+(?:at[ \t]+)?(?:RMB|CNY|USD|US\$|\$|¥|\d))|"
    r"\bcompleted[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?(?:total[ \t]+|annual[ \t]+)?(?:investment|output[ \t]+value|revenue|"
    r"GDP|sales|turnover)[ \t]+of(?=[ \t]+(?:RMB|CNY|USD|US\$|\$|¥|\d))|"
    r"\b\d[\d,.]*(?:[ \t]+(?:million|thousand|people|persons))?[ \t]+(?:urban[ \t]+)?new[ \t]+employment\b|"
    r"\b(?:driving[ \t]+force|momentum|awareness|consciousness|vitality|sense[ \t]+of[ \t]+[a-z]+)[ \t]+(?:is|are|was|were|remains?)"
    r"[ \t]+not[ \t]+strong\b|\b(?:rate|index|CPI|growth|deficit|ratio)[ \t]+(?:(?:was|is|were|be)[ \t]+)?controlled[ \t]+within(?=[ \t]+\d)")


@rule(
    "C181", "indicator-frame", triggers_nocase=("completed", "new employment", " not strong", "controlled within"),
    bad=["Last year ⟦GDP completed⟧ 8.2 billion yuan.", "Tax ⟦revenue completed⟧ RMB 900 million.",
         "⟦Investment in new plant completed⟧ 2 billion yuan.",
         "The district ⟦completed an investment of⟧ 3 billion.", "Towns added ⟦1,800 urban new employment⟧.",
         "The ⟦driving force is not strong⟧ in small firms.", "The jobless ⟦rate was controlled within⟧ 4%."],
    good=["The investment completed in May paid off.", "She completed 12 laps.", "2,300 new jobs were created.",
          "The wind is not strong today.", "Sales completed the quarter at a high.", "Heat is controlled within 2 degrees."],
)
def indicator_frame(ctx: Context) -> Iterator[Hit]:
    """The indicator frames of Chinese work reports: 完成 "GDP completed 8 billion yuan", 新增就业
    "2,300 urban new employment", 动力不强 "the driving force is not strong".

    Chinese reports say an indicator 完成 (was completed at) a figure and count 新增就业 (newly
    added employment) as a number; machine translation writes "GDP completed 8.2 billion",
    "completed an investment of 3 billion", "2,300 new employment". English says GDP "reached"
    or "came to" a figure, counts "2,300 new jobs", and says growth "lacks drive". Flagged only
    before a figure (an investment "completed in May" is a finished one), "employment" after a
    number (it is uncountable), an abstract force "not strong" (the wind's strength passes), and
    控制在…以内: a rate "controlled within 4%" (English: kept below; an engineer's heat passes).
    """
    for m in ctx.finditer("C181", _INDICATOR):
        yield Hit(m.start(), m.end(), "完成/新增就业/不强 rendered word for word: write 'reached', 'new jobs', 'lacks drive'")
