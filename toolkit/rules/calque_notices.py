"""Calques of Chinese notices and forms: compound nouns rendered morpheme by morpheme (联系方式
"contact way", 采购人 "procurement person", 规格型号 "specification model"), scope words (全省 "the
whole province", 南京市 "the Nanjing city"), the 方式 frame ("adopts the way of") and the set
phrases of notices (请自觉遵守 "please consciously abide by", 停止售票 "stop ticket", 敬请谅解 "please
understand.", 严禁 "it is strictly forbidden to"). Chinese quantities and units are in
calque_counts. Each names a class; word lists are in lexicons/."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names


def _table_alternation(name: str) -> str:
    keys = sorted(lexicon.table(name), key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", "[ \t]+").replace(r"\-", "[- \t]") for k in keys)


_COMPOUND = LazyPattern(lambda: rf"(?i)(?<![\w-])({_table_alternation('notice-compounds')})(?![\w-])")

# 方式 after any noun of action: "the distribution way is", "Evaluation way:" (a street, "Foundation
# Way, Leeds", is capitalised before a comma; "a position way ahead" is the adverb, not before these).
_ACTION_WAY = LazyPattern(
    r"\b(?:[A-Za-z][a-z]+(?:tion|sion|ment|ance|ence)[ \t]+ways?(?=[ \t]*(?:[:：,.;)]|$)|[ \t]+(?:is|are|was|were|has|have|of|for|"
    r"and|or|can|will|should|must|shall|adopted|used)\b)|[A-Z][a-z]+(?:tion|sion|ment|ance|ence)[ \t]+Ways?(?=[ \t]*[:：]))", re.M)
# 方式： alone as a field of a notice: "Way: online download".
_WAY_LABEL = LazyPattern(r"(?m)^[ \t]*(?:[-*][ \t]+)?(Ways?)[ \t]*[:：]")


@rule(
    "C200", "notice-compound-by-morpheme",
    triggers_nocase=(*lexicon.table("notice-compounds"), "way:", "way：", "ways:", "ways：", "way :",
                     *(f"{end} way" for end in ("tion", "sion", "ment", "ance", "ence"))),  # the compounds themselves: a small file
    bad=["For questions, see the ⟦contact way⟧ at the foot of the page.", "⟦Registration way⟧: by e-mail only.",
         "The ⟦procurement person⟧ will sign the contract within 30 days.",
         "Item | ⟦Specification model⟧ | Quantity", "It lightens the load on ⟦market main bodies⟧.",
         "The ⟦applicant person⟧ shall sign the form.", "⟦Supervision telephone⟧: 0551-6678123",
         "the county bureau is the ⟦main body of responsibility⟧", "Suppliers may ⟦put forward questioning⟧ in writing.",
         "⟦Transaction supplier⟧: Hengda Office Supplies Co., Ltd.", "Time: 9:00-17:00\n⟦Way⟧: by post or in person",
         "The ⟦distribution way⟧ of the subsidy is set by the town.", "⟦Evaluation Way⟧: lowest price", "⟦Distribution way⟧: by bank card"],
    good=["Contact us by mail.", "The person in charge will reply.", "There is no other way to apply.",
          "The main subject of the novel is grief.", "She works as a procurement officer.",
          "The market's main players stayed away.", "Telephone: 020 7946 0018", "The agent, a calm person, agreed.",
          "A specification, a model and a test suite.", "Questioning letters are slow.", "a transaction supplied by the bank",
          "The way: a path through the hills", "Which way: left or right?",
          "Turn right at Foundation Way, then left.", "a position way ahead of the rest", "In the same way, submit it."],
)
def notice_compound_by_morpheme(ctx: Context) -> Iterator[Hit]:
    """A compound noun of a notice or form rendered morpheme by morpheme: "contact way" (联系方式),
    "registration way" (报名方式), "procurement person" (采购人), "applicant person" (申请人),
    "specification model" (规格型号), "market main bodies" (市场主体), "supervision telephone" (监督电话).

    Chinese builds the field names of notices and forms from a role or an action and a head noun
    (方式 way, 人 person, 主体 main body, 电话 telephone); machine translation keeps both morphemes.
    English names the thing with an agent noun or a phrase ("contact details", "how to register",
    "purchaser", "applicant", "market entities", "complaints line"). The pairs are listed in
    lexicons/notice-compounds.txt with the usual English; none of them is an English noun phrase,
    and each word alone ("the main subject of the novel", "a person") passes. "Way:" opening a
    line is the field 方式： alone ("Way: online download"); any noun of action ending in
    -tion, -ment, -ance before "way" is 方式 too ("the distribution way of", "Evaluation Way:"),
    when a label's colon or a verb follows (so "a position way ahead", the adverb, passes). The
    compounds are the
    rule's triggers, so it runs only where one occurs. The wording depends on the sentence (a
    label, a subject, an object): no fix.
    """
    table = lexicon.table("notice-compounds")
    for m in ctx.finditer("C200", _WAY_LABEL):
        yield Hit(m.start(1), m.end(1), f"{m.group(1)!r} as a field label: 方式 rendered 'way'; write 'How to apply' "
                  "or name the method")
    spans = set()
    for m in ctx.finditer("C200", _COMPOUND):
        spans.add(m.start())
        key = re.sub(r"[ \t]+", " ", m.group(1).lower())
        usual = table.get(key) or table.get(key.replace("-", " ")) or "the English noun"
        yield Hit(m.start(), m.end(), f"{m.group(1)!r}: a compound of a Chinese notice rendered morpheme by "
                  f"morpheme; English says {usual!r}")
    for m in ctx.finditer("C200", _ACTION_WAY):
        if m.start() not in spans:
            yield Hit(m.start(), m.end(), f"{m.group()!r}: 方式 rendered 'way' after a noun of action; write 'how to …', "
                      "'method' or the verb")


_WHOLE_AREA = LazyPattern(lambda: rf"(?i)\b(?:the|this|our)[ \t]+whole[ \t]+({_names('scope-place-nouns')})\b(?!-)")
# "city", "country", "district", "nation": only "in the whole city," opening a clause, or "the whole
# city's" + a noun of statistics and government, where English says "citywide" or "nationwide".
_CITY_WORDS = r"(?:city|country|district|nation|town|village)"
_WHOLE_CITY = LazyPattern(
    rf"\b[Ii]n[ \t]+the[ \t]+whole[ \t]+{_CITY_WORDS}(?=[ \t]*,)|\b[Tt]he[ \t]+whole[ \t]+{_CITY_WORDS}['’]s(?=[ \t]+"
    r"(?:GDP|economy|economic|total|output|revenue|investment|cadres|party|work|population|grain|enterprises|industrial|"
    r"fiscal|agricultural|development)\b)")


@rule(
    "C201", "whole-area-scope", triggers_nocase=("whole ",),
    bad=["Grain output of ⟦the whole province⟧ rose by 3%.", "⟦In the whole city⟧, 41 schools were rebuilt.",
         "Cadres across ⟦the whole county⟧ joined the drive.", "⟦The whole city's⟧ GDP reached 90 billion yuan.",
         "a survey of ⟦the whole township⟧", "We call on ⟦the whole society⟧ to care for the old."],
    good=["The whole city was asleep.", "the whole country watched the final", "He walked the whole city twice.",
          "The province as a whole grew.", "a whole province of farms", "the whole county-level budget",
          "The whole district, it seemed, had turned out.", "the whole Society of Friends met",
          "a whole society of ants"],
)
def whole_area_scope(ctx: Context) -> Iterator[Hit]:
    """全省, 全县, 全市 rendered "the whole province", "in the whole city": the scope word of Chinese
    statistics and reports kept as a phrase.

    Chinese marks the reach of a figure or a campaign with 全 + area (全省粮食产量, 全市共有);
    machine translation writes "the whole province", "in the whole city, ...". English says
    "province-wide", "across the county", "citywide", "the province's". Flagged for the divisions
    English prose rarely calls "whole" (province, county, prefecture, township: lexicons/
    scope-place-nouns.txt, with 全社会 "the whole society"); for city, country, district and nation, whose "the whole city was
    asleep" is English, only "in the whole city," before a comma or opening a sentence and "the
    whole city's" + a noun of statistics (GDP, output, cadres). "a whole province" and "the whole
    county-level budget" pass. The rewrite depends on the sentence: no fix.
    """
    for pattern in (_WHOLE_AREA, _WHOLE_CITY):
        for m in ctx.finditer("C201", pattern):
            if pattern is _WHOLE_AREA and m.group(1) == "Society":
                continue  # "the whole Society of Friends": a body's name
            end = m.end()
            while end > m.start() and ctx.text[end - 1] in " \t":
                end -= 1
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield Hit(start, end, "全 + area rendered 'the whole …': write 'province-wide', 'across the county', "
                      "'citywide' or 'the city's'")


_OF_CHINA = LazyPattern(r"[ \t]+of[ \t]+(?:[a-z]+[ \t]+|[A-Z][a-z]+[ \t]+)?China\b")
# Tried at each trigger (" city"), then "the <Name>" is looked for before it.
_THE_NAME_BEFORE = LazyPattern(r"\b[Tt]he[ \t]+([A-Z][a-z]+(?:['’][a-z]+)?)[ \t]*\Z")
_THE_NAME_PLACE = LazyPattern(
    r"[ \t]([Cc]ity|[Cc]ounty|[Pp]rovince|[Dd]istrict|[Tt]ownship)"
    r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:of|in|is|was|were|are|has|have|had|and|to|will|on|at|for|with|by|from|lies|covers|[a-z]{2,}ed|built|saw|"
    r"made|held|won|began|grew|spent|set|took|became|rose|led|sent|gave|kept|met|paid)\b)", re.M)


@rule(
    "C202", "the-name-city", triggers_nocase=(" city", " county", " province", " district", " township"),
    bad=["He was born in ⟦the Nanjing city⟧ in 1952.", "⟦The Hefei city⟧ has 9 million people.",
         "Roads of ⟦the Shaoxing county⟧ were widened.", "In 2020 ⟦the Jinhua city⟧ built 40 schools.", "It lies in the north of ⟦the Henan province⟧.", "Trade fairs of ⟦the Yiwu City⟧ are famous."],
    good=["He was born in Nanjing in 1952.", "the Nanjing city government", "the Kansas City Chiefs",
          "the Orange county fair", "the Hunan Province museum", "the Hunan province-based firm", "She moved to the Oxford county of old.",
          "Nanjing city is large.", "the capital city of Jiangsu", "the Yiwu City Museum", "the Mexico City office",
          "in the Sichuan province of southwest China"],
)
def the_name_city(ctx: Context) -> Iterator[Hit]:
    """"The Nanjing city", "the Henan province": 南京市, 河南省 rendered with an article.

    Chinese names a place with its name and its level (南京市, 绍兴县, 河南省); machine translation
    reads 市 as a common noun and gives it "the": "in the Nanjing city". English writes the name
    alone or with a capitalised level ("Nanjing", "Henan Province"); "the" comes only when "city"
    modifies another noun ("the Nanjing city government"), so the finding needs the level to end
    its noun phrase (punctuation, a preposition or a verb follows), but not before "of (southern)
    China", the way foreign writers place a province. The name must be a run of
    pinyin syllables, so "the Oxford county of old" passes. Report only: "Nanjing" or "Nanjing
    City" is the editor's choice.
    """
    text = ctx.text
    for m in ctx.matches("C202", _THE_NAME_PLACE):
        before = _THE_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or lexicon.pinyin_syllables(before.group(1)) is None or _OF_CHINA.match(text, m.end()):
            continue  # "the Sichuan province of China": how foreign writers place it
        name, level = before.group(1), m.group(1)
        yield Hit(before.start(), m.end(), f"{text[before.start():m.end()]!r}: 市/县/省 rendered with an article; "
                  f"write '{name}' or '{name} {level.capitalize()}'")


_NOTICE_SET = LazyPattern(
    r"(?i)\b(?:(?:please[ \t]+)?consciously[ \t]+(?:abide[ \t]+by|obey|comply[ \t]+with|observe|resist|safeguard|"
    r"maintain|accept|queue|line[ \t]+up|keep|wear|follow|cooperate|practi[cs]e|implement|fulfil+|cherish|protect|take[ \t]+care[ \t]+of)|(?<![\w-])stop(?:s|ped)?[ \t]+ticket(?=[ \t]*(?:[.,;:!]|$|"
    r"at|from|on|after|before|when)\b|[ \t]*[.,;:!])|(?<![\w-])stop(?:s|ped)?[ \t]+(?:selling|checking)[ \t]+tickets?(?=[ \t]+(?:at|from)\b)"
    r"|(?<![\w-])bring(?:s|ing)?[ \t]+(?:any[ \t]+|some[ \t]+)?inconvenience\b"
    r"|(?<![\w-])stop(?:s|ped)?[ \t]+opening(?=[ \t]*(?:[.,;:!]|$|to[ \t]+the[ \t]+public|from|on|during|until)\b|[ \t]*[.,;:!])"
    r"|\bobey[ \t]+the[ \t]+(?:command|commands|arrangements?|dispatch|management)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:staff|personnel|working[ \t]+personnel|workers|stewards|organi[sz]ers)\b"
    r"|(?<![\w-])enjoy(?:s|ing)?[ \t]+(?:half[- ]price|free(?:[ \t]+of[ \t]+charge)?)(?=[ \t]*(?:[.,;!]|$))"
    r"|(?<![\w-])(?:tourists|visitors|passengers|candidates|customers|readers|students|applicants)[ \t]+must[ \t]+know"
    r"(?=[ \t]*(?:[:：]|$))"
    r"|please[ \t]+(?:understand|forgive)(?:[ \t]+and[ \t]+(?:support|cooperate))?(?=[ \t]*[.!。！]))", re.M)


@rule(
    "C207", "notice-set-phrase", triggers_nocase=("consciously", "stop", "please understand", "please forgive", "inconvenience", "obey the ",
                     "half price", "half-price", "enjoy free", "enjoys free", "enjoying free", "must know"),
    bad=["⟦Please consciously abide by⟧ the rules of the hall.", "Tourists should ⟦consciously queue⟧ for the lift.",
         "The scenic area will ⟦stop ticket⟧ at 16:30.", "Sorry for the trouble, ⟦please understand⟧.",
         "The gate ⟦stops selling tickets⟧ at 5 p.m.", "Residents should ⟦consciously cherish⟧ public lawns.",
         "The road is closed for repairs; ⟦please understand and cooperate⟧!",
         "⟦Bring inconvenience⟧ to your travel, we apologize.", "In heavy rain the caves ⟦stop opening⟧.",
         "Visitors should ⟦obey the command of the staff⟧.", "Soldiers with ID ⟦enjoy half price⟧.",
         "## ⟦Visitors Must Know⟧", "⟦Candidates must know⟧:"],
    good=["Please understand that the hall is closed.", "She was consciously aware of it.", "Ticket sales stop at 16:30.",
          "He consciously chose to leave.", "Stop ticket scalping now.", "Please stop selling tickets online.",
          "We apologise for any inconvenience.", "Stop opening the door.", "obey the commands of the law",
          "Seniors enjoy half-price tickets.", "Visitors must know the rules.", "Enjoy free delivery!"],
)
def notice_set_phrase(ctx: Context) -> Iterator[Hit]:
    """The set phrases of Chinese notices rendered word by word: 请自觉遵守 "please consciously abide
    by", 自觉排队 "consciously queue", 停止售票 "stop ticket", 停止开放 "stop opening", 敬请谅解
    "please understand.", 给您带来不便 "bring inconvenience to you", 服从工作人员指挥 "obey the
    command of the staff", 享受半价 "enjoy half price", 游客须知 "Tourists must know".

    A Chinese notice asks people to keep rules 自觉 (of their own accord), closes ticket sales
    with 停止售票 and apologises with 敬请谅解; machine translation writes "consciously abide by",
    "stop ticket at 16:30", "please understand." English notices say "please observe", "ticket
    sales end at 16:30", "we apologise for any inconvenience". "Consciously" in English means
    with awareness ("consciously chose"), never before a verb of compliance; "please understand"
    is English only before the thing to be understood, so it is flagged where it ends its
    sentence; English apologises "for the inconvenience" and never "brings" it; a place closes
    rather than "stops opening" (flagged where nothing is opened after it); people follow staff
    instructions rather than "obey the command of the staff"; they "pay half price" or "go free"
    ("enjoy" needs a thing: "enjoy half-price tickets"), and a notice to visitors is "Information
    for visitors" ("must know" ending a heading or label). Report only: the notice's wording is the editor's.
    """
    for m in ctx.finditer("C207", _NOTICE_SET):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: a set phrase of a Chinese notice rendered word by word "
                  "(自觉, 停止售票, 敬请谅解): write 'please observe', 'ticket sales end', 'we apologise'")


_ADOPT_WAY = LazyPattern(
    r"(?i)\b(?:adopt(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|us(?:e|es|ed|ing))[ \t]+the[ \t]+(?:way|mode|manner)[ \t]+of"
    r"(?=[ \t]+(?:on-?line|off-?line|on-site|open|public|written|oral|centrali[sz]ed|combining|combination|closed|"
    r"unified|entrusted|direct|real-name|random|lottery|remote|video|self-service|appointment|competitive|drawing|"
    r"sampling|spot|unannounced|network|reservation|scoring|voting|bidding|tendering|inquiry|enquiry|consultation)\b)")


@rule(
    "C208", "adopt-the-way-of", triggers_nocase=("the way of", "the mode of", "the manner of"),
    bad=["The review ⟦adopts the way of⟧ online scoring.", "Tickets are sold ⟦using the mode of⟧ real-name booking.",
         "The hearing ⟦took the way of⟧ open questioning and written replies."],
    good=["She adopted the way of life of the village.", "It takes the form of a diary.",
          "He used the manner of speaking of his father.", "They took the way of the cross.",
          "They adopted the way of thinking of the Stoics."],
)
def adopt_the_way_of(ctx: Context) -> Iterator[Hit]:
    """采取/采用…的方式 rendered "adopts the way of online scoring": the 方式 frame of notices.

    Chinese says how a thing is done with 采取 (采用, 以) … 方式 (采取线上评分的方式, 采用实名预约方式);
    machine translation writes "adopts the way of online scoring", "using the mode of real-name
    booking". English uses the verb or "by": "is scored online", "by booking in one's own name".
    Flagged where adopt, take or use and "the way/mode/manner of" come before a word of
    procedure (online, on-site, open, written, lottery, scoring, voting); "adopted the way of
    life", "the manner of speaking" (a habit, not a procedure) and "take the form of" pass. No fix.
    """
    for m in ctx.finditer("C208", _ADOPT_WAY):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 采取…方式 rendered word for word; say how it is done "
                  "with the verb or 'by …'")


_PROHIBITED_TO = LazyPattern(
    r"\b(?:[Ii]t[ \t]+is|are|is)[ \t]+strictly[ \t]+(?:forbidden|prohibited)[ \t]+to[ \t]+"
    r"(?!(?:the|a|an|all|any|anyone|unauthori[sz]ed|non-?\w+|[a-z]+(?:ers|ors|ents|ants|ians|ists|ees|ren|ple|ons|ies))\b)[a-z]+")


@rule(
    "C209", "strictly-forbidden-to", triggers_nocase=("strictly forbidden to ", "strictly prohibited to "),
    bad=["⟦It is strictly forbidden to light⟧ fires in the forest.", "Tourists ⟦are strictly prohibited to feed⟧ the monkeys.",
         "Pupils ⟦are strictly forbidden to swim⟧ in the reservoir."],
    good=["Lighting fires is strictly prohibited.", "Do not feed the monkeys.", "Entry is strictly prohibited to visitors.",
          "The area is strictly forbidden to unauthorised staff.", "It is forbidden to smoke here.",
          "The lab is strictly prohibited to the public."],
)
def strictly_forbidden_to(ctx: Context) -> Iterator[Hit]:
    """严禁 + verb rendered "it is strictly forbidden to light fires", "visitors are strictly
    prohibited to feed": the prohibition of Chinese notices kept as a frame.

    A Chinese notice bans an act with 严禁 (or 禁止) and the verb (严禁野外用火, 严禁游客投喂);
    machine translation writes "it is strictly forbidden to" + verb, or puts the people in
    front: "tourists are strictly prohibited to feed". English signs name the act ("Lighting fires
    is strictly prohibited", "No fires") or give an order ("Do not feed the animals"), and
    "prohibited" takes "from" + gerund. "Strictly … to" before a person or the public
    ("prohibited to visitors", "to the public") is English and passes; so does "it is forbidden
    to" without "strictly" (native writers use it). Report only: the notice's wording is the
    editor's.
    """
    for m in ctx.finditer("C209", _PROHIBITED_TO):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 严禁 rendered as a frame; name the act ('Lighting fires is "
                  "prohibited') or give an order ('Do not …')")
