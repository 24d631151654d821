"""Chinese words of praise and policy rendered by their first dictionary sense, in the places where
that sense is not English: 良性 "benign" (a benign cycle), 深厚 "thick" (a thick cultural heritage),
挖掘 "excavate" (excavate the potential), 答卷 "answer sheet" (hand in a satisfactory answer sheet),
离不开 "inseparable from the support of". Each rule lists the nouns the Chinese word takes in
reports, news and tourism pages, not the noun of any one text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule

_BENIGN = LazyPattern(
    r"\bbenign[ \t]+(?:cycles?|circles?|interactions?|development|states?|competition|track|operation|"
    r"situation|mechanism|ecology|pattern|momentum|trend|environment[ \t]+for[ \t]+development)\b")


@rule(
    "C160", "benign-for-virtuous", triggers_nocase=("benign ",),
    bad=["Trade and farming formed a ⟦benign cycle⟧.", "to guide ⟦benign competition⟧ among the firms",
         "The market has entered a ⟦benign development⟧ track.", "keep the river in a ⟦benign state⟧"],
    good=["a benign tumour", "benign neglect", "a benign growth on the skin", "the virus is benign",
          "a benign environment for the code"],
)
def benign_for_virtuous(ctx: Context) -> Iterator[Hit]:
    """良性 rendered "benign": "a benign cycle", "benign competition", "a benign climate".

    良性 is "good, healthy" (良性循环 virtuous circle, 良性竞争 healthy competition, 良性发展
    sound development); machine translation takes the medical sense, "benign". English uses
    "benign" of tumours and growths, of neglect and of things that do no harm; a cycle,
    competition, interaction or development is "virtuous", "healthy" or "sound". Flagged only
    before the nouns 良性 takes in reports.
    """
    for m in ctx.finditer("C160", _BENIGN):
        yield Hit(m.start(), m.end(), "良性 rendered 'benign': write 'virtuous', 'healthy' or 'sound'")


_THICK = LazyPattern(
    r"\bthick(?:er)?[ \t]+(?:(?:and[ \t]+)?(?:long|rich|profound|deep|unique)[ \t]+)?(?:cultural|historical|history|"
    r"culture|heritage|humanistic|literary|folk|academic|red|revolutionary|national|ethnic|traditional|"
    r"background[ \t]+of)\b")


@rule(
    "C161", "thick-heritage", triggers_nocase=("thick ", "thicker "),
    bad=["The town has a ⟦thick cultural⟧ heritage.", "a city with ⟦thick history⟧ and culture",
         "the ⟦thick background of⟧ salt trading", "⟦thick humanistic⟧ atmosphere"],
    good=["a thick layer of dust", "a thick historical novel",
          "thick walls", "the thick of history"],
)
def thick_heritage(ctx: Context) -> Iterator[Hit]:
    """深厚/浓厚 rendered "thick": "a thick cultural heritage", "thick history", "the thick
    background of".

    深厚 (deep, profound) and 浓厚 (strong) describe a place's culture and history in Chinese
    tourism and history pages; machine translation gives "thick". English says "rich", "deep"
    or "long". Flagged only before the nouns and adjectives of heritage; a thick book, wall or
    layer passes, and so does "a thick historical novel" (a book that is thick).
    """
    for m in ctx.finditer("C161", _THICK):
        after = ctx.text[m.end():m.end() + 20]
        if m.group().endswith("historical") and not after.lstrip(" \t").startswith(("heritage", "background", "and", "culture", "deposit")):
            continue  # "a thick historical novel": a thick book
        yield Hit(m.start(), m.end(), "深厚 rendered 'thick': write 'rich', 'deep' or 'long'")


_EXCAVATE = LazyPattern(
    r"\b(?:[Ee]xcavat(?:e|es|ed|ing)|[Dd]ig(?:s|ging)?[ \t]+(?:deep(?:ly)?[ \t]+)?(?:into[ \t]+)?|[Dd]ug[ \t]+(?:deep(?:ly)?[ \t]+)?(?:into[ \t]+)?)"
    r"[ \t]*(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?(?:potential|connotations?|spirit|"
    r"institutional[ \t]+design|cultural[ \t]+(?:resources|value|connotations?|elements)|value[ \t]+of|red[ \t]+resources|"
    r"characteristic[ \t]+resources)\b")


@rule(
    "C162", "excavate-potential", triggers_nocase=("excavat", "dig ", "digs ", "digging ", "dug "),
    bad=["We will ⟦excavate the potential⟧ of rural tourism.", "⟦excavating the cultural connotation⟧ of tea",
         "to ⟦dig deeply into the red resources⟧ of the county", "By ⟦excavating the institutional design⟧ of old dykes"],
    good=["They excavated the site in 1998.", "dig into the data", "excavate the tomb", "dig the potatoes",
          "they dug the foundations for the value store"],
)
def excavate_potential(ctx: Context) -> Iterator[Hit]:
    """挖掘 rendered "excavate" or "dig": "excavate the potential", "excavating the cultural
    connotation", "dig deeply into the red resources".

    挖掘 means digging and, figuratively, bringing out: 挖掘潜力 (tap potential), 挖掘文化内涵
    (bring out the cultural meaning). Machine translation keeps the spade: "excavate the
    potential". English excavates sites and tombs and digs into data; potential is tapped and
    meaning brought out. Flagged only before the abstract objects of the Chinese phrase
    (potential, connotation, spirit, cultural resources); a dig of an archaeological site passes.
    """
    for m in ctx.finditer("C162", _EXCAVATE):
        yield Hit(m.start(), m.end(), "挖掘 rendered 'excavate/dig': write 'tap', 'bring out' or 'make the most of'")


_ANSWER_SHEET = LazyPattern(
    r"\b(?:satisfactory|satisfying|brilliant|excellent|outstanding|splendid|qualified|wonderful|beautiful|"
    r"remarkable|impressive|new|good)[ \t]+answer[ \t]+(?:sheets?|papers?)\b(?![ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?(?:exam|test))|"
    r"\banswer[ \t]+(?:sheets?|papers?)[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?(?:times|era|people|history|development|"
    r"new[ \t]+era|party)\b")


@rule(
    "C163", "answer-sheet-metaphor", triggers_nocase=("answer sheet", "answer paper"),
    bad=["The county handed in a ⟦satisfactory answer sheet⟧ on jobs.", "wrote a ⟦brilliant answer paper⟧ of reform",
         "an ⟦answer sheet of the times⟧"],
    good=["Fill in the answer sheet with a pencil.", "a good answer sheet for the exam", "collect the answer papers"],
)
def answer_sheet_metaphor(ctx: Context) -> Iterator[Hit]:
    """答卷 rendered "answer sheet": "hand in a satisfactory answer sheet", "an answer sheet of
    the times".

    Chinese reports say a city 交出满意答卷 (handed in a satisfactory answer sheet) for meeting its
    targets; machine translation keeps the exam. English answer sheets are filled in with a
    pencil; a city "delivered", "met its targets" or "has a record to be proud of". Flagged with
    the epithets of the metaphor (satisfactory, brilliant, outstanding) or "of the times", "of
    the people"; an exam's answer sheet passes.
    """
    for m in ctx.finditer("C163", _ANSWER_SHEET):
        yield Hit(m.start(), m.end(), "答卷 rendered 'answer sheet': write 'delivered', 'met its targets' or 'results'")


_INSEPARABLE = LazyPattern(
    r"\b(?:is|are|was|were|be|been)[ \t]+(?:all[ \t]+)?inseparable[ \t]+from[ \t]+(?:the[ \t]+)?(?:[a-zA-Z'’-]+[ \t]+){0,3}?"
    r"(?:support|care|efforts|help|leadership|guidance|hard[ \t]+work|concern|attention|cooperation|trust|participation|"
    r"contributions?|dedication)\b")


@rule(
    "C164", "inseparable-from-support", triggers_nocase=("inseparable",),
    bad=["Our growth ⟦is inseparable from the strong support⟧ of the county.",
         "These results ⟦are inseparable from the hard work⟧ of the staff.",
         "The award ⟦was inseparable from the care⟧ of leaders at all levels."],
    good=["Form is inseparable from content.", "The two ideas are inseparable from each other.",
          "Her fame was inseparable from the city of her birth."],
)
def inseparable_from_support(ctx: Context) -> Iterator[Hit]:
    """离不开 rendered "is inseparable from the support of": the thanks of Chinese company and
    government news.

    Chinese credits success to others with 离不开…的支持/关心/努力 ("cannot be separated from");
    machine translation writes "is inseparable from the support of". English "inseparable" joins
    two things that cannot be told apart ("form is inseparable from content"); thanks say "owes
    much to" or "would not have been possible without". Flagged only when the second thing is
    support, care, effort, help, guidance or hard work.
    """
    for m in ctx.finditer("C164", _INSEPARABLE):
        yield Hit(m.start(), m.end(), "离不开 rendered 'inseparable from': write 'owes much to' or 'would not have been "
                  "possible without'")


_CATCH = LazyPattern(
    r"\b(?:[Cc]atch(?:es|ing)?|[Cc]aught|[Gg]rab(?:s|bed|bing)?)[ \t]+(?:the[ \t]+)?(?:grassroots|[Pp]arty[ \t]+building|"
    r"implementation(?=[ \t]*(?:of\b|work\b|[.,;:]|$))|rectification|safety[ \t]+production|key[ \t]+work|work[ \t]+style|project[ \t]+construction|"
    r"ideological|epidemic[ \t]+prevention)\b|"
    # "grasp" understands an implementation; it sees to none of the others.
    r"\b[Gg]rasp(?:s|ed|ing)?[ \t]+(?:well[ \t]+)?(?:the[ \t]+)?(?:grassroots|[Pp]arty[ \t]+building|rectification|safety[ \t]+production|"
    r"key[ \t]+work|project[ \t]+construction|epidemic[ \t]+prevention|investment[ \t]+attraction)\b")


@rule(
    "C165", "catch-for-take-charge", triggers_nocase=("catch", "caught", "grab", "grasp"),
    bad=["Secretaries ⟦catch grassroots⟧ Party work in person.", "We must ⟦grab the implementation⟧ of the plan.",
         "The bureau ⟦caught safety production⟧ all year.", "(3) ⟦Grasp project construction⟧ firmly."],
    good=["catch the ball", "grab the handle", "the grassroots campaign caught fire", "grab the implementation notes",
          "grasp the implementation of the parser", "a firm grasp of party building history"],
)
def catch_for_take_charge(ctx: Context) -> Iterator[Hit]:
    """抓 rendered "catch", "grab" or "grasp": "secretaries catch grassroots Party building", "grab the
    implementation", "grasp project construction".

    抓 is "take charge of, see to" in official Chinese (书记抓党建, 抓落实, 抓安全生产); machine
    translation takes the hand's sense, "catch", "grab" or "grasp". English catches balls, grabs
    handles and grasps ideas ("grasp the implementation of the parser" understands it); officials
    see to, oversee or take charge of work. Flagged only before the objects
    of the official sense (grassroots work, Party building, implementation, rectification, safety
    in production); "implementation" only before "of" or a stop, since "grab the implementation
    notes" is a programmer's English.
    """
    for m in ctx.finditer("C165", _CATCH):
        yield Hit(m.start(), m.end(), "抓 rendered 'catch/grab': write 'see to', 'oversee' or 'take charge of'")


_PRAISE_NAME = LazyPattern(
    r"\benjoy(?:s|ed|ing)?[ \t]+(?:the|a)[ \t]+(?:(?:good|high|great|fine)[ \t]+)?(?:reputation|title|fame|laurel)[ \t]+of[ \t]+"
    r"(?:[\"“'‘]|(?:the|a)[ \t]+(?:hometown|home|capital|kingdom|land|sea|pearl|cradle|garden|town|city|village|county)\b)|"
    r"\b[Hh]ometown[ \t]+of[ \t]+(?:(?:Chinese|China['’]s|the[ \t]+world['’]s|national|world)[ \t]+)?"
    r"(?!(?:a|an|the|my|his|her|their|our|your|its|many|several|famous|some|one|two|three|this|that|these|those|"
    r"both|all|each|every|most|such|no|so|and|or|mine|yours|celebrated|great|renowned|well-known)\b)[a-z][a-z-]+\b")


@rule(
    "C166", "praise-name-frame", triggers_nocase=("reputation", "title", "fame", "laurel", "hometown"),
    bad=["The valley ⟦enjoys the reputation of “⟧the sea of bamboo”.", "The county is the ⟦hometown of kites⟧.",
         "It ⟦enjoys the title of the land⟧ of fish and rice.", "known as the ⟦hometown of Chinese embroidery⟧"],
    good=["the hometown of the poet Du Fu", "the hometown of many famous people", "He returned to the hometown of his father.",
          "She enjoys the reputation of being fair.", "the hometown of Elvis", "enjoyed the title of champion"],
)
def praise_name_frame(ctx: Context) -> Iterator[Hit]:
    """The praise-names of Chinese places rendered word for word: 享有"…"的美誉 "enjoys the
    reputation of 'the sea of bamboo'", …之乡 "the hometown of kites".

    Chinese tourism and culture pages give a place its 美誉 (a title of praise) and call it the
    之乡 ("home") of its product or art; machine translation writes "enjoys the reputation of"
    before the quoted title and "the hometown of tea". English says the place "is known as 'the
    sea of bamboo'" and "the home of" kites; a hometown is a person's. Flagged before a quoted
    title or a place-noun title ("the land of silk"), and "hometown of" before a
    bare noun: a person's hometown ("of the poet", "of his father", "of Elvis") passes.
    """
    for m in ctx.finditer("C166", _PRAISE_NAME):
        if m.group().lower().startswith("hometown"):
            yield Hit(m.start(), m.end(), "之乡 rendered 'hometown of': write 'home of' or 'known for'")
        else:
            yield Hit(m.start(), m.end(), "享有…美誉 rendered word for word: write 'is known as'")


# 我县, 我镇, 我区, 我院 in the institution's own report; "our country" is C110's.
_OUR_NOUNS = ("province", "city", "county", "district", "town", "township", "municipality", "prefecture",
              "hospital", "court", "procuratorate", "bureau")
_OUR_PLACE = LazyPattern(rf"\b([Oo]ur) ({'|'.join(_OUR_NOUNS)})(?:(['’]s)|\b)(?![-'’])")
_OUR_CHINESE = {"province": "我省", "city": "我市", "county": "我县", "district": "我区", "town": "我镇", "township": "我乡",
                "municipality": "我市", "prefecture": "我州", "hospital": "我院", "court": "我院", "procuratorate": "我院",
                "bureau": "我局"}


@rule(
    "C180", "our-place", triggers=tuple(f"{o} {n}" for o in ("our", "Our") for n in _OUR_NOUNS),
    bad=["The township plan is done; ⟦our county⟧ still lacks doctors.", "RMB loans rose 8% in ⟦our city's⟧ banks.",
         "Party members of ⟦our hospital⟧ gave blood."],
    good=["Our county fair opens in June.", "We love our city.", "our township-level offices",
          "China's towns grow. “Our county is poor,” he said."],
)
def our_place(ctx: Context) -> Iterator[Hit]:
    """"Our county", "our city", "our hospital" in a report about China: 我县, 我市, 我院 rendered
    with the writer's own "our".

    A county's work report says 我县 and a hospital's news 我院, and machine translation writes
    "our county", "our hospital". In an English report or notice the body names itself ("the
    county", "the hospital", or its name); "our" reads as a speaker's voice. Flagged only in a
    document about China (C138's signs: China, RMB, township, Party committee...), outside
    quotations, and not before a noun that makes it a name ("our county fair", "our city-state");
    "our country" is C110's. Reported once per noun and document: the writer's voice is one
    choice, made once. The wording is a human's: no fix.
    """
    from .calque_frames import _CHINA, _quoted

    text = ctx.text
    if not _CHINA.search(text):
        return
    seen = set()
    for m in ctx.finditer("C180", _OUR_PLACE):
        if m.group(2) in seen or _quoted(text, m.start()) or re.match(r"[ \t]+(?:fair|council|commissioners?|executive|board|seal|line)\b",
                                                text[m.end():m.end() + 16]):
            continue
        seen.add(m.group(2))
        zh = _OUR_CHINESE[m.group(2)]
        yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of {zh}: write 'the {m.group(2)}{m.group(3) or ''}' or its name")


_SHIFT = LazyPattern(r"\b(?:[Aa]|[Oo]ne)[ \t]+shift[ \t]+(?:every|each)[ \t]+(?:\d+|ten|fifteen|twenty|thirty|forty|sixty)[ \t]+"
                     r"(?:minutes?|mins?|hours?)\b|\b[Ss]hifts?[ \t]+(?:depart|leave|run)s?[ \t]+every\b")


@rule(
    "C182", "shift-for-departure", triggers_nocase=("shift",),
    bad=["Buses to the lake run all day, ⟦one shift every 30 minutes⟧.", "⟦Shifts depart every⟧ hour from the station."],
    good=["Nurses work one shift every day.", "The night shift starts at ten.", "Guards change shift every 4 hours."],
)
def shift_for_departure(ctx: Context) -> Iterator[Hit]:
    """班次 rendered "shift": "one shift every 30 minutes" for a bus that leaves every half hour.

    班次 is a scheduled run of a bus, train or ferry; machine translation writes "shift", the
    word for a spell of work. English says "a bus every 30 minutes" or "buses leave every hour".
    Flagged only with the interval of a timetable ("every 30 minutes") or with "depart/leave
    every", which a worker's shift never has.
    """
    for m in ctx.finditer("C182", _SHIFT):
        yield Hit(m.start(), m.end(), "班次 rendered 'shift': write 'a bus every …' or 'departures every …'")


# An office (县 county, 镇 town, 局 bureau, 校 school, 院 hospital...) and 长 "head": the title
# compounds that stand before a surname when machine translation puts the title first.
_OFFICES = ("xian", "shi", "zhen", "xiang", "cun", "ju", "chu", "ke", "ting", "bu", "sheng", "qu", "xiao", "yuan",
            "suo", "hang", "dui", "zu", "ban")
_TITLE_FIRST = LazyPattern(rf"\b((?:{'|'.join(o.capitalize() for o in _OFFICES)})zhang)[ \t]+([A-Z][a-z]{{1,5}})\b(?![ \t]*[A-Z])")


@rule(
    "C183", "pinyin-title-before-surname", triggers=tuple(f"{o.capitalize()}zhang " for o in _OFFICES),
    bad=["The township plan was read out. ⟦Zhenzhang Wu⟧ visited 12 villages.",
         "RMB 3 million was raised and ⟦Juzhang Sun⟧ signed the order."],
    good=["Xianzhang Liu, Wei Chen and Ming Li wrote the paper.", "Zhenzhang Wu Lei spoke.", "Yuanzhang Zhu"],
)
def pinyin_title_before_surname(ctx: Context) -> Iterator[Hit]:
    """A title of office in pinyin before a surname: "Zhenzhang Wu" for 吴镇长 (Town Head Wu).

    Chinese titles end in 长 "head" after the office (县长 xianzhang, 镇长 zhenzhang, 局长 juzhang);
    machine translation sometimes keeps the title in pinyin and puts it first, as an English
    title goes. Flagged in a document about China (C138's signs) when a one-syllable surname
    follows with no other capitalised word after it (so a given name in Western order before
    a surname in a list of authors, "Xianzhang Liu, Wei Chen", and a full name after the title,
    "Zhenzhang Wu Lei", are left alone). A given name that is such a compound can still be
    taken for a title: the rule names what it read, and the wording is a human's.
    """
    from .. import lexicon
    from .calque_frames import _CHINA

    text = ctx.text
    if not _CHINA.search(text):
        return
    for m in ctx.matches("C183", _TITLE_FIRST):
        after = text[m.end():m.end() + 2]
        if after.startswith(",") or len(lexicon.pinyin_syllables(m.group(2)) or ()) != 1:
            continue
        yield Hit(m.start(), m.end(), f"title {m.group(1)!r} left in pinyin before the surname: write the English title "
                  f"('Head {m.group(2)}', 'Director {m.group(2)}')")


_DEEP_INTO = LazyPattern(
    r"\b(?:(?:[Gg]o(?:es|ing)?|[Ww]ent|[Gg]one|[Ww]alk(?:s|ed|ing)?|[Rr]each(?:es|ed|ing)?|[Pp]enetrat(?:e|es|ed|ing))[ \t]+)?"
    r"(?:deep(?:ly)?[ \t]+into|(?<=[Ww]alk[ \t])into|(?<=[Ww]alks[ \t])into|(?<=[Ww]alked[ \t])into|(?<=[Ww]alking[ \t])into)[ \t]+"
    r"(?:the[ \t]+)?(?:grassroots|masses|front[ \t-]?line|enterprises|communities|villages|campuses|households|"
    r"thousands[ \t]+of[ \t]+households|rural[ \t]+areas|factories)\b")


@rule(
    "C184", "deep-into-grassroots", triggers_nocase=("deep into", "deeply into", "walk into", "walks into", "walked into",
                                                   "walking into"),
    bad=["Cadres must ⟦go deep into the grassroots⟧ to listen.", "The team ⟦walked into enterprises⟧ to hear their needs.",
         "doctors ⟦went deep into villages⟧ with free checks", "Opera ⟦walks into campuses⟧ this spring."],
    good=["He walked into the room.", "They went deep into the forest.", "a dive deep into the data",
          "She walked into the village shop.", "roots reach deep into the soil"],
)
def deep_into_grassroots(ctx: Context) -> Iterator[Hit]:
    """深入基层 and 走进企业 rendered "go deep into the grassroots", "walked into enterprises": the
    visits of officials, doctors and troupes.

    Chinese news sends officials 深入基层/深入群众 (deep into the grassroots, the masses) and brings
    an art or a service 走进 (walking into) enterprises, campuses and villages; machine translation
    keeps both verbs. English says officials "visited" or "went out to" villages and a troupe
    "toured" schools. A forest, data or a room is gone deep into or walked into in English; the
    frame is flagged only before the grassroots, the masses, the front line or a plural of
    institutions (enterprises, communities, villages, campuses, households), which no one walks
    into one at a time.
    """
    for m in ctx.finditer("C184", _DEEP_INTO):
        yield Hit(m.start(), m.end(), "深入基层/走进 rendered word for word: write 'visited', 'went out to' or 'toured'")


_CARRIER = LazyPattern(
    r"\b(?:an?|the)[ \t]+(?:(?:important|effective|key|main|major|good|new|vital|powerful|significant)[ \t]+)+carriers?[ \t]+(?:of|for)[ \t]+"
    r"(?:the[ \t]+)?(?:(?:quality|ideological|moral|patriotic|cultural|political|party)[ \t]+)?(?:culture|civili[sz]ation|education|"
    r"spirit|values|heritage|traditions?|party[ \t]+building|patriotism|inheriting|promoting|spreading|carrying|displaying|showing|"
    r"serving|building|developing|publicity|propaganda)\b")


@rule(
    "C185", "carrier-for-vehicle", triggers_nocase=("carrier of", "carrier for", "carriers of", "carriers for"),
    bad=["Folk songs are ⟦an important carrier of culture⟧.", "The fair is ⟦a key carrier for promoting⟧ local goods.",
         "Clubs are ⟦an effective carrier of quality education⟧."],
    good=["Mosquitoes are an important carrier of malaria.", "the main carrier of the signal", "a major carrier for cargo flights",
          "He is a carrier of the gene."],
)
def carrier_for_vehicle(ctx: Context) -> Iterator[Hit]:
    """载体 rendered "carrier": "an important carrier of culture", "a key carrier for promoting".

    Chinese calls the means by which something is done or passed on its 载体 (vehicle, medium);
    machine translation writes "carrier". English carriers bear diseases, signals, genes and
    freight; culture has a vehicle, a medium or a way of being passed on. Flagged with the
    epithets of the Chinese phrase (important, effective, key) before the abstract objects it
    carries (culture, education, the spirit, promoting, inheriting); a carrier of malaria passes.
    """
    for m in ctx.finditer("C185", _CARRIER):
        yield Hit(m.start(), m.end(), "载体 rendered 'carrier': write 'vehicle', 'medium' or 'a way of'")


_EASY_TO = LazyPattern(
    r"\b(?:[Pp]eople|[Cc]hildren|[Kk]ids|[Tt]he[ \t]+elderly|[Oo]lder[ \t]+people|[Pp]atients|[Ss]tudents|[Dd]rivers|[Ww]omen|[Mm]en|"
    r"[Ii]nfants|[Bb]abies|[Ww]e|[Tt]hey|[Yy]ou)[ \t]+(?:are|were|is|was)[ \t]+(?:very[ \t]+|more[ \t]+|also[ \t]+)?easy[ \t]+to[ \t]+"
    r"(?:get|catch|become|fall|suffer|feel|have|be)[ \t]+(?:angry|sick|ill|tired|cold|colds|a[ \t]+cold|lost|hurt|injured|infected|"
    r"dizzy|anxious|irritable|dehydrated|sunburned|distracted|fatigued|constipated)\b")


@rule(
    "C186", "easy-to-for-prone", triggers_nocase=(" easy to ",),
    bad=["In dry weather ⟦people are easy to get angry⟧.", "⟦Children are easy to catch colds⟧ in spring.",
         "⟦The elderly are easy to feel tired⟧ after noon."],
    good=["People are easy to please.", "Tickets are easy to get.", "Children are easy to teach.", "It is easy to get lost here."],
)
def easy_to_for_prone(ctx: Context) -> Iterator[Hit]:
    """容易 rendered "are easy to": "people are easy to get angry", "children are easy to catch
    colds".

    容易 before a verb says that something tends to happen to its subject (小孩容易感冒); machine
    translation writes "children are easy to catch colds". In English "people are easy to
    please" says that pleasing them is easy; a person who tends to fall ill "is prone to" or
    "easily catches" it. Flagged only with a person as the subject and a state that befalls them
    (get angry, catch colds, feel tired, get lost); "it is easy to get lost" passes.
    """
    for m in ctx.finditer("C186", _EASY_TO):
        yield Hit(m.start(), m.end(), "容易 rendered 'are easy to': write 'are prone to' or 'easily get'")
