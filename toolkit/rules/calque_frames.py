"""Calques of Chinese usage that recur across genres of web pages, reports and documentation:
族 rendered "nationality", 欢迎 + verb "welcome to visit", 到本地 "to the local", 学习知识 "learn
knowledge", 提醒 "remind that", 集…于一体 "integrating R&D, production and sales", 雨大 "the rain is
big", 特色 "characteristic industries", 高地 "talent highland", 我国 "my country" (those of software
documentation are in calque_software). Each names a Chinese collocation class and reads its word
list, where it has one, from lexicons/."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names, word_list as _lexicon


_NATIONALITY = LazyPattern(
    lambda: rf"(?i)\b(?:({_names('ethnic-groups')})[ \t]+nationalit(?:y|ies)|(?:ethnic[ \t]+)?minority[ \t]+nationalit(?:y|ies))\b")


@rule(
    "C125", "ethnic-nationality", triggers_nocase=(" nationalit",),
    bad=["a dance of the ⟦Miao nationality⟧ at the spring fair", "schools for ⟦minority nationalities⟧ in the west",
         "## Torch Festival of ⟦Yi Nationality⟧", "villages where the Hani and ⟦Yi nationalities⟧ farm terraces"],
    good=["a citizen of Korean nationality", "her nationality is French", "the Miao people of Guizhou",
          "a festival of the Yi ethnic group", "he holds dual nationality",
          "players of many nationalities"],
)
def ethnic_nationality(ctx: Context) -> Iterator[Hit]:
    """One of China's ethnic groups called a "nationality": 族 and 民族 rendered by an outdated sense.

    Chinese names an ethnic group with 族 (苗族, 彝族) and ethnic minorities 少数民族; machine
    translation, following dictionaries of the 1980s, writes "the Miao nationality", "minority
    nationalities". In English "nationality" is citizenship; the official press and native
    writers say "the Miao people", "the Yi ethnic group", "ethnic minorities". Flagged only after
    the name of one of the 56 recognised groups (lexicons/ethnic-groups.txt, written capitalised)
    or "minority"; the groups whose name is also a citizenship (Korean, Russian, Kazakh...) are not
    on the list, so "of Korean nationality" passes. The wording depends on the sentence: no fix.
    """
    for m in ctx.finditer("C125", _NATIONALITY):
        if m.group(1) and not m.group(1)[0].isupper():
            continue  # "she nationality" is no ethnic name; the names are written capitalised
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 族/民族 rendered 'nationality'; write 'the … people', "
                  "'the … ethnic group' or 'ethnic minorities'")


_WELCOME = LazyPattern(lambda: rf"\b[Ww]elcome[ \t]+to[ \t]+({_names('welcome-verbs')})\b(?![-'’])")
# 欢迎大家/欢迎您 + verb: "Welcome everyone to submit", opening its sentence (with a subject before
# it, "We welcome you to join", it is English). 欢迎您使用 "Welcome you to use" too.
_WELCOME_SOMEONE = LazyPattern(
    lambda: r"(?:^|(?<=[.!?。！？][ \t])|(?<=[.!?][ \t]{2})|(?<=[-*>#][ \t]))Welcome[ \t]+"
    rf"(?:everyone|everybody|you|all(?:[ \t]+of[ \t]+you)?)[ \t]+to[ \t]+({_names('welcome-verbs')}|use)\b(?![-'’])", re.M)
_BE_BEFORE = LazyPattern(r"(?i)\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|always|most|more)\b|['’]re\b")


@rule(
    "C126", "welcome-to-verb",
    triggers_nocase=("welcome to ", "welcome everyone to ", "welcome everybody to ", "welcome you to ", "welcome all "),
    bad=["⟦Welcome to consult⟧ our staff by phone.", "Found a bug? ⟦Welcome to submit⟧ an issue.",
         "⟦Welcome everyone to submit⟧ bug reports and ideas.", "Thanks for the download! ⟦Welcome you to use⟧ the beta.",
         "Dear parents, ⟦welcome to attend⟧ the open day.", "⟦Welcome to reprint⟧ it with the source named.",
         "Investors from home and abroad are warmly invited; ⟦welcome to invest⟧ in the park."],
    good=["Welcome to the project!", "You are welcome to submit patches.", "Feel free to ask; you're most welcome to ask.",
          "They are all welcome to help.", "Welcome to Visit Scotland's page", "Welcome to Forward Thinking, our podcast.",
          "You are welcome to invest.", "We welcome you to join the tour.", "They welcome all of you to attend.",
          "Welcome everyone to the new office!"],
)
def welcome_to_verb(ctx: Context) -> Iterator[Hit]:
    """"Welcome to visit", "welcome to submit issues": 欢迎 + verb kept as an English frame.

    Chinese invites with 欢迎 and a verb (欢迎参观, 欢迎咨询, 欢迎提交issue, 欢迎莅临指导); machine
    translation writes "welcome to visit", "welcome to consult". English welcomes someone to a
    place or a thing ("Welcome to the museum") and invites with "you are welcome to <verb>",
    "feel free to" or a plain imperative ("Visit us", "Issues are welcome"). Flagged only when
    "welcome to" is followed by a verb of such invitations (lexicons/welcome-verbs.txt) in lower
    case and no form of "be" or "feel" stands just before it ("you are also welcome to submit");
    with a person between ("Welcome everyone to submit", 欢迎大家提交) only where "Welcome" opens
    its sentence, since "We welcome you to join" is English.
    欢迎使用 is a glossary entry. The rewrite depends on the sentence: no fix.
    """
    text = ctx.text
    for m in ctx.finditer("C126", _WELCOME):
        low = max(0, m.start() - 30)
        before = text[max(low, text.rfind("\n", low, m.start()) + 1):m.start()]
        before = re.split(r"[.!?;:]", before)[-1].split()[-3:]  # the words before it in its own sentence
        if _BE_BEFORE.search(" ".join(before)):
            continue
        yield _welcome_hit(m)
    for m in ctx.finditer("C126", _WELCOME_SOMEONE):
        yield _welcome_hit(m)


def _welcome_hit(m: re.Match[str]) -> Hit:
    return Hit(m.start(), m.end(), f"{m.group()!r}: 欢迎 + verb rendered word for word; write "
               f"'you are welcome to {m.group(1)}', 'feel free to {m.group(1)}' or an imperative")


_TO_LOCAL = LazyPattern(
    r"\b(?:to|into|on|in)[ \t]+(?:the[ \t]+|your[ \t]+)?local(?=[ \t]*(?:[.,;:!?](?!\w)|[)）]|$)|[ \t]+(?:and|or|then|first|again|directly|"
    r"before|after|via|using|with|by)\b)", re.M)
_WORD = LazyPattern(r"[A-Za-z]+")
# What may follow a line that ends a phrase: the end, a blank line, a list item, a heading, code.
_ENDS_ITEM = LazyPattern(r"\Z|[ \t]*(?:\n|[-*+>#`|]|\d+[.)、])")


@rule(
    "C127", "local-as-noun", triggers_nocase=(" local",),
    bad=["Clone the repository ⟦to the local⟧, then run the script.", "The report is saved ⟦to local⟧.",
         "Download the model files ⟦to the local⟧ first", "1. Clone the code ⟦to the local⟧\n2. Run it",
         "Unzip the archive ⟦to the local⟧ and open it."],
    good=["Clone the repository to a local folder.", "We went down to the local for a pint.",
          "Write the index to your local .git directory.", "It copied the value into local\nvariables first.",
          "Copy it to the local machine.", "The change is local.", "Extract the juice and take it to the local."],
)
def local_as_noun(ctx: Context) -> Iterator[Hit]:
    """"Download it to the local": 本地 (one's own machine) kept as a noun.

    Chinese documentation moves files 到本地 ("to the local": 下载到本地, 克隆到本地, 保存到本地);
    machine translation keeps the noun. English "local" is an adjective ("a local folder",
    "the local machine") or says "locally", "to your computer". Flagged when "local" ends its
    phrase (punctuation, a conjunction, or a line end that is no hard wrap) after a verb of
    moving data in the same sentence (download, clone, save, copy, install...:
    lexicons/local-verbs.txt), so the British "down to the local" (a pub) passes. Rewrite with
    "locally" or name the place.
    """
    text = ctx.text
    verbs = _lexicon("local-verbs")
    for m in ctx.finditer("C127", _TO_LOCAL):
        if text.startswith("\n", m.end()) and not _ENDS_ITEM.match(text, m.end() + 1):
            continue  # a hard-wrapped line: "into local\nvariables" goes on below
        before = text[max(0, m.start() - 120):m.start()]
        before = before[max(before.rfind("."), before.rfind("\n"), before.rfind("!"), before.rfind("?")) + 1:]
        if any(w.group().lower() in verbs for w in _WORD.finditer(before)):
            yield Hit(m.start(), m.end(), "本地 rendered as the noun 'the local': write 'locally' or 'to your computer'")


_LEARN_KNOWLEDGE = LazyPattern(r"\b([Ll]earn(?:s|t|ed|ing)?|[Ss]tud(?:y|ies|ied|ying))[ \t]+"
                               r"((?:(?:a[ \t]+lot|lots|plenty|a[ \t]+great[ \t]+deal)[ \t]+of[ \t]+)?(?:[\w-]+[ \t]+){0,3}?)knowledge\b"
                               r"(?![ \t-]+(?:graphs?|bases?|representations?|embeddings?|distillation|tracing|transfer)\b)")
# Between "learn" and "knowledge": determiners and modifiers, not the start of another phrase.
_NOT_MODIFIER = frozenset("to how that what which who whom from about with by of in on for and or is are was were be "
                          "as at into than this these those it its if when where while whether".split())
_QUANTITY = LazyPattern(r"(?:a[ \t]+lot|lots|plenty|a[ \t]+great[ \t]+deal)[ \t]+of[ \t]+")
# A word before "learning" or "study" that makes it a noun: "machine learning knowledge", "a case
# study knowledge base".
_NOUN_BEFORE = frozenset("a an the this that our their his her its my your machine deep reinforcement supervised "
                         "unsupervised transfer federated online distance lifelong case field pilot user feasibility".split())


@rule(
    "C129", "learn-knowledge", triggers_nocase=("knowledge",),
    bad=["Pupils ⟦learn fire safety knowledge⟧ from the firemen.", "a camp where children ⟦learned farming knowledge⟧",
         "Here you can ⟦learn knowledge⟧ of robots.", "⟦Learning flood prevention knowledge⟧ keeps villages safe.",
         "Cadres ⟦studied legal knowledge⟧ at the session.", "the pupils ⟦learned a lot of knowledge⟧ about bees"],
    good=["apply learned knowledge to new cases", "She learned about the knowledge economy.",
          "learning knowledge graphs from text", "learn how to use knowledge well", "to learn the basics and gain knowledge",
          "Studies of knowledge transfer", "Studied knowledge is kept longer.", "deep learning domain knowledge",
          "a case study knowledge base", "Learning is more than knowledge."],
)
def learn_knowledge(ctx: Context) -> Iterator[Hit]:
    """"Learn safety knowledge": 学习知识 rendered word for word.

    Chinese learns 知识 (学习安全知识, 学习AI知识, 普及…知识); machine translation writes "learn
    safety knowledge", "learn robotics knowledge". English learns a subject or a skill ("learn about
    fire safety", "learn the basics of AI") and gains or acquires knowledge. 学习 is also
    rendered "study" ("studied legal knowledge"). Flagged when "knowledge" is the object of
    "learn" or "study", directly or after up to three modifiers or "a lot of" (no preposition
    or clause word between), and "learning" or "study" is no noun ("machine learning
    knowledge", "a case study"); "learned knowledge" and "learning knowledge" with
    nothing between are the adjective and the gerund of native use, and "knowledge graph" and
    the like are terms. Rewrite with "learn about" or "the basics of".
    """
    text = ctx.text
    for m in ctx.finditer("C129", _LEARN_KNOWLEDGE):
        between = _QUANTITY.sub("", m.group(2)).split()
        if any(w.lower() in _NOT_MODIFIER for w in between):
            continue
        if not m.group(2) and m.group(1).lower() in ("learned", "learning", "studied", "studying"):
            continue
        if m.group(1).lower() in ("learning", "study", "studies"):
            before = text[max(0, m.start() - 20):m.start()].split()
            if before and before[-1].lower() in _NOUN_BEFORE:
                continue
        yield Hit(m.start(), m.end(), "学习…知识 rendered 'learn … knowledge': write 'learn about …' or 'learn the basics of …'")


_REMIND = LazyPattern(
    r"(?<![-_/.])\b[Rr]emind(?:s|ed|ing)?(?:[ \t]*[:：]|,[ \t]+(?=(?:please|do[ \t]+not|don['’]t|never|avoid|keep|stay)\b)|"
    r"[ \t]+that(?=[ \t]+(?:the|a|an|all|everyone|everybody|citizens|residents|people|"
    r"parents|students|patients|tourists|visitors|users|when|if|during|in|on|before|after|there|it|we|you|they|he|she|this|"
    r"these|those|such|no|any|each|every|once|as|from|[A-Z])\b))")


@rule(
    "C131", "remind-without-object", triggers_nocase=("remind",),
    bad=["Doctors ⟦remind that⟧ the elderly should drink more water.", "The fire brigade ⟦reminds:⟧ never leave candles burning.",
         "Police ⟦reminded that⟧ when a caller asks for a code, hang up.",
         "Doctors ⟦remind, ⟧don't eat raw fish in summer."],
    good=["This reminds me that the fix is pending.", "Remind that user to log out.", "We remind you that fees are due.",
          "a reminder: fees are due", "* dump-remind: mail the recipients",
          "If you forget, we remind, always politely, by mail."],
)
def remind_without_object(ctx: Context) -> Iterator[Hit]:
    """"Experts remind that …", "Police remind:": 提醒 rendered with nobody reminded.

    Chinese notices, health pages, court and police advice open with 专家提醒, 警方提醒, 法官提醒,
    温馨提醒 and a clause or a colon; 提醒 needs no object, so machine translation writes "experts
    remind that the elderly should", "Police remind:". English "remind" takes the person
    reminded ("reminds residents that", "reminds us"), and advice is introduced with "advise",
    "warn" or "urge". Flagged when "remind" is followed directly by a colon, by a comma and an
    imperative ("remind, don't …"), or by "that" and the
    start of a clause (a determiner, pronoun or conjunction), so "remind that user" passes.
    Rewrite with "advise", "warn" or "remind people that".
    """
    for m in ctx.finditer("C131", _REMIND):
        yield Hit(m.start(), m.end(), "提醒 rendered 'remind' with no one reminded: write 'advise', 'warn' or "
                  "'remind people that'")


def _functions() -> str:
    return _names("business-functions")


_INTEGRATING = LazyPattern(lambda: (
    rf"(?i)\bintegrat(?:es|ing|ed|e)[ \t]+(?:the[ \t]+)?(?:{_functions()})"
    rf"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*、[ \t]*)(?:{_functions()})\b){{2,}}"
    r"(?:[ \t]+(?:in|into|as)[ \t]+(?:one|a[ \t]+whole|an[ \t]+organic[ \t]+whole|one[ \t]+body))?"))


@rule(
    "C132", "integrating-in-one", triggers_nocase=("integrat",),
    bad=["a mill ⟦integrating design, production and sales⟧ of silk",
         "It is a firm ⟦integrating R&D, manufacturing, marketing and service as a whole⟧."],
    good=["The plan integrates design and production.", "integrating research findings into teaching",
          "an integrated sales and service team"],
)
def integrating_in_one(ctx: Context) -> Iterator[Hit]:
    """"A company integrating R&D, production and sales": 集…于一体 in a company profile.

    Chinese company profiles describe a firm as 集研发、生产、销售于一体 ("a collection of R&D,
    production and sales in one"); machine translation writes "integrating R&D, production and
    sales (as a whole)". English says what the company does ("designs, makes and sells pumps")
    or "a manufacturer with its own R&D and sales". Flagged when "integrates" or "integrating"
    takes a list of three or more business functions (lexicons/business-functions.txt), with
    "as a whole" or "in one" after it when present; native English integrates two things or
    integrates one thing into another ("integrating research findings into teaching").
    """
    for m in ctx.finditer("C132", _INTEGRATING):
        yield Hit(m.start(), m.end(), "集…于一体 rendered 'integrating …': say what the company does "
                  "('designs, makes and sells …')")


_INTENSITY = LazyPattern(
    r"(?i)\b(rain|rainfall|wind|snow|snowfall|fog)s?[ \t]+(?:is|was|are|were|(?:has|had|have)[ \t]+been|"
    r"becom(?:es|e|ing)|became|gets?|got|getting|turn(?:s|ed)?)[ \t]+(?:(?:very|particularly|especially|so|"
    r"too|relatively|quite|extremely|even|much|a[ \t]+bit|a[ \t]+little)[ \t]+)?(large|big|bigger|larger)\b")


@rule(
    "C134", "big-rain", triggers_nocase=(" large", " big"),
    bad=["The ⟦rain was particularly big⟧ in July.", "In winter the ⟦wind is large⟧ on the pass.",
         "By noon the ⟦wind became even bigger⟧.", "Slow down when the ⟦snow gets big⟧."],
    good=["The rain was heavy.", "a big rain barrel", "the window is large", "The wind turbine became larger.",
          "The snow globe is bigger."],
)
def big_rain(ctx: Context) -> Iterator[Hit]:
    """"The rain is big", "the wind is large": 雨大/风大 rendered with a word of size.

    Chinese measures rain, wind, snow and fog with 大 (雨很大, 风大, 雾大); machine translation
    writes "big" or "large": "the rain was particularly big". English says heavy rain and snow,
    strong wind, thick fog. Flagged when "big" or "large" is the predicate of one of these
    weather nouns, after "is" or a verb of change ("became", "gets"), in the comparative too
    ("the wind became bigger"). Rewrite with "heavy", "strong" or "thick".
    """
    for m in ctx.finditer("C134", _INTENSITY):
        better = {"rain": "heavy", "rainfall": "heavy", "snow": "heavy", "snowfall": "heavy", "wind": "strong",
                  "fog": "thick"}[m.group(1).lower()]
        if m.group(2).lower().endswith("er"):
            better += "er"
        yield Hit(m.start(), m.end(), f"大 rendered {m.group(2)!r} for {m.group(1).lower()}: write {better!r}")


_CHARACTERISTIC = LazyPattern(lambda: rf"\b[Cc]haracteristic[ \t]+({_names('characteristic-nouns')})\b(?![-'’])")


@rule(
    "C136", "characteristic-for-distinctive", triggers_nocase=("characteristic ",),
    bad=["The county grows ⟦characteristic agriculture⟧ such as tea.", "three ⟦characteristic towns⟧ of ceramics",
         "The college has 12 ⟦characteristic majors⟧.", "The valley has forty ⟦characteristic homestays⟧."],
    good=["the characteristic smell of pine", "a characteristic feature of the style", "the characteristic polynomial",
          "the characteristic dishes of the region"],
)
def characteristic_for_distinctive(ctx: Context) -> Iterator[Hit]:
    """"Characteristic industries", "characteristic towns": 特色 rendered as the adjective
    "characteristic".

    特色 marks what is distinctive or local (特色产业 local specialty industries, 特色小镇 themed
    towns, 特色专业 flagship majors); machine translation writes "characteristic industries",
    "characteristic agriculture". English "characteristic" means typical of something ("the
    characteristic smell", "a characteristic feature") and is not said of an industry, a town or
    a school (lexicons/characteristic-nouns.txt). Rewrite with "distinctive", "local specialty",
    "flagship" or "themed".
    """
    for m in ctx.finditer("C136", _CHARACTERISTIC):
        yield Hit(m.start(), m.end(), "特色 rendered 'characteristic': write 'distinctive', 'local specialty', "
                  "'flagship' or 'themed'")


_HIGHLAND = LazyPattern(lambda: rf"(?i)\b(?:{_names('highland-nouns')})[ \t]+highlands?\b|"
                        rf"\b[Hh]ighlands?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{_names('highland-nouns')})\b(?![-'’])")


@rule(
    "C137", "highland-for-hub", triggers_nocase=(" highland",),
    bad=["The city aims to become a ⟦talent highland⟧ of the region.", "build an ⟦innovation highland⟧ for chips",
         "to make the zone a ⟦highland of talents⟧", "Building a new ⟦highland for opening⟧ up"],
    good=["the Scottish Highlands", "a walk across the highland moor", "the Ethiopian highlands",
          "the highlands of Scotland", "highlands of eastern Africa", "a Highland of Scotland tour"],
)
def highland_for_hub(ctx: Context) -> Iterator[Hit]:
    """"A talent highland", "an innovation highland": 高地 rendered by its literal sense.

    Chinese plans make a city a 高地 of talent, innovation or opening-up (打造人才高地, 建设创新高地):
    a place that draws and leads. Machine translation writes "talent highland", "innovation
    highland", or with the noun after it, "a highland of talents". English highlands are upland
    country ("the Scottish Highlands"); it says "hub", "centre" or "magnet for talent". Flagged
    only next to the nouns such plans make highlands of (lexicons/highland-nouns.txt), before
    "highland" or after "highland of/for", so place names and landscapes pass.
    """
    for m in ctx.finditer("C137", _HIGHLAND):
        yield Hit(m.start(), m.end(), "高地 rendered 'highland': write 'hub', 'centre' or 'magnet'")


# 我 before a place or an institution writing of itself (我国, 我省, 我市, 我县, 我区, 我镇, 我校, 我院, 我行,
# 我公司): "my city", "my school", "my bank" in a report or notice.
_MY_NOUNS = ("country", "province", "city", "county", "district", "town", "township", "village", "municipality",
             "school", "hospital", "court", "company", "bureau", "college", "university", "institute", "bank",
             "procuratorate", "zone")
_MY_COUNTRY = LazyPattern(rf"\b([Mm]y) ({'|'.join(_MY_NOUNS)})(?:(['’]s)|\b)(?!-)")
_MY_CHINESE = {"country": "我国", "province": "我省", "city": "我市", "county": "我县", "district": "我区", "town": "我镇",
               "township": "我乡", "village": "我村", "school": "我校", "hospital": "我院", "court": "我院",
               "company": "我公司", "bank": "我行", "college": "我院", "university": "我校", "bureau": "我局"}
# A document about China: the names native and translated text alike use for it and for its
# institutions (a county report may never name the country).
_CHINA = LazyPattern(r"\b(?:China|Chinese|PRC|CPC|Beijing|RMB|yuan|Xi Jinping|State Council|Communist Party|"
                     r"[Pp]arty (?:committees?|branch(?:es)?|members?|building)|[Tt]ownships?|[Pp]eople['’]s (?:government|court)s?)\b")
_FIRST_PERSON = LazyPattern(r"\b(?:I|me|myself|mine|[Mm]y)\b")
_SENTENCE_END = LazyPattern(r"[.!?\n]")
_LINE_END = LazyPattern(r"\n")


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened earlier on its line (paragraph)."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


@rule(
    "C138", "my-country", triggers=tuple(f"{m} {n}" for m in ("my", "My") for n in _MY_NOUNS),
    bad=["China's ports grew fast. Last year ⟦my country's⟧ exports rose.",
         "⟦My country⟧ has built 40 dams since the township plan.",
         "The Party branch met. ⟦My school⟧ held a sports day for 900 pupils.",
         "Loans are in RMB. ⟦My bank's⟧ branches open at nine.", "The yuan rose. Exports of ⟦my province⟧ grew."],
    good=["I served my country for thirty years.", "My country, 'tis of thee, was written in Boston.",
          "China is vast; I miss my country and my family.", "My country's exports rose.",
          "Beijing's trade rose. “My country will never seek hegemony,” the minister said.",
          'The State Council heard him say "my country must open wider" this year.',
          "I taught in Beijing. My school had no heating.", "China is far away, and my company sent me there.",
          "My county's fair opens today.", "my city-state"],
)
def my_country(ctx: Context) -> Iterator[Hit]:
    """"My country" for China in a text about China: 我国 rendered with a first person no one speaks.

    Chinese official, news and company writing calls China 我国; machine translation writes "my
    country" (or "our country", C110). In English the phrase is a person's own voice ("I served
    my country"), and an institutional text about China names it. Flagged only in a document that
    mentions China or its institutions (China, Chinese, RMB, State Council, Party committee,
    township, people's government...) and in a sentence with no other word of the first person
    singular, where a person speaking of their own country would be, and not inside a quotation
    (native news quotes Chinese officials speaking of "my country"). The glossary lists "my
    country" under 我国 too, as a rendering native English also uses: T101 reports it only in a
    document with other signs of machine translation, this rule wherever the text is about China.
    There is no automatic fix: as seeds/README.md records for 我国, the swap to "China" is left
    to a human, since a quoted speaker may mean his own country.

    The same 我 comes before a province, city, county or town writing of itself (我省, 我市, 我县)
    and before an institution (我校 "my school", 我院 "my hospital", "my court", 我行 "my bank",
    我公司 "my company"): a report or notice in no one's voice says "the city" or names it. The
    same conditions hold, the first person looked for in the whole paragraph: a text about China,
    no other first person singular ("I taught in Beijing. My school had no heating." is a
    person), no quotation.
    """
    text = ctx.text
    if not _CHINA.search(text):
        return
    for m in ctx.finditer("C138", _MY_COUNTRY):
        low = max(0, m.start() - 300)
        start = max((e.end() for e in _SENTENCE_END.finditer(text, low, m.start())), default=low)
        end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 300))
        if m.group(2) != "country":  # a person's school or company: the first person is in the paragraph
            start, end = text.rfind("\n", 0, m.start()) + 1, _LINE_END.search(text, m.end())
        sentence = text[start:m.start()] + " " + text[m.end():end.start() if end else min(len(text), m.end() + 300)]
        if _FIRST_PERSON.search(sentence) or _quoted(text, m.start()):
            continue
        possessive = m.group(3) or ""
        if m.group(2) == "country":
            yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of 我国: name the country (China{possessive})")
        else:
            zh = _MY_CHINESE.get(m.group(2), "我")
            yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of {zh}: write 'the {m.group(2)}{possessive}' or its name")


# 怎么办 / 该怎么做: "how to do" with no object, closing a question.
_HOW_TO_DO = LazyPattern(r"(?i)\bhow[ \t]+(?:to|should[ \t]+(?:I|we)|can[ \t]+(?:I|we))[ \t]+do[ \t]*[?？]")


@rule(
    "C188", "how-to-do-question", triggers_nocase=("how to do", "should i do", "should we do", "can i do", "can we do"),
    bad=["The screen stays black after the update, ⟦how to do?⟧", "My card was swallowed by the machine. ⟦How should I do?⟧",
         "## Forgot the admin password, ⟦how to do？⟧"],
    good=["How to do it? Read on.", "This page shows how to do a clean install.", "How do you do?",
          "What can I do?", "How can I do that?"],
)
def how_to_do_question(ctx: Context) -> Iterator[Hit]:
    """"The app crashes on start, how to do?": 怎么办 (what should I do?) rendered word for word.

    Chinese asks for help with 怎么办 or 该怎么做 after the problem; machine translation writes
    "how to do?" or "how should I do?", a verb with no object. English asks "what should I do?"
    or "what can I do?". Flagged only where "do" ends the question: "how to do it?" and "How do
    you do?" are English.
    """
    for m in ctx.finditer("C188", _HOW_TO_DO):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 怎么办 rendered word for word; write 'what should I do?'")
