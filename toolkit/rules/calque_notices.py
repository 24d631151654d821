"""Calques of Chinese notices, forms and statistics: compound nouns rendered morpheme by morpheme
(联系方式 "contact way", 采购人 "procurement person", 规格型号 "specification model"), scope words
(全省 "the whole province", 南京市 "the Nanjing city"), Chinese quantities and units (万 "3.4w",
"3.4 ten thousand", 亩次 "mu times", 台（套） "units (sets)", 1.2米以下儿童 "1.2 meters below
children", 等20多个国家 "and other more than 20 countries") and the set phrases of notices (请自觉遵守
"please consciously abide by", 停止售票 "stop ticket", 敬请谅解 "please understand."). Each names a
class; word lists are in lexicons/."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names, word_list as _lexicon


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


_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
_WAN = LazyPattern(
    rf"(?<![\w.,]){_NUMBER}(?:[ \t]*(ten[ \t]+thousand|hundred[ \t]+million|ten[ \t]+million)\b(?![- ]?th)|[ \t]*(wan|yi)\b(?=[ \t]+(?:yuan|RMB|CNY)\b)|(w)(?:\+|\b(?=[ \t]+(?:yuan|RMB|CNY|people|"
    r"persons|visitors|tourists|users|fans|views|reads|readers|followers|downloads|words|households|mu|tons|copies|likes|"
    r"students|pupils|residents|employees|workers|members|subscribers|visits|clicks|plays|orders|sets|pieces|vehicles|"
    r"cars|doses|participants|applicants|passengers|square[ \t]+meters|km|kilometers|times|person-times|yuan/)\b)))")

# A page's counter with 万 as "w": "Read: 3.4w", "Views 1.2w".
_WAN_COUNTER = LazyPattern(rf"(?i)\b(?:reads?|views?|visits?|clicks?|plays?|hits?|likes?|downloads?|comments?|followers?|fans)"
                           rf"[ \t]*[:：]?[ \t]*(?<![\d.,]){_NUMBER}()()(w)\+?(?![\w.])")
_RANGE_BEFORE = LazyPattern(r"\d[ \t]*(?:[-–~～]|to|or)[ \t]*\Z")
_UNIT_NAMES = {"w": "ten thousand", "wan": "ten thousand", "yi": "hundred million"}
_SCALES = {"ten thousand": 4, "ten million": 1, "hundred million": 2}


@rule(
    "C203", "wan-and-yi-as-units", fix=Safety.UNSAFE, triggers_nocase=(" thousand", " million", " wan ", " yi ", *(f"{d}w" for d in "0123456789")),
    bad=[("The county spent ⟦3.4 ten thousand⟧ yuan on seeds.", "The county spent 34,000 yuan on seeds."),
         ("Sales passed ⟦2.5 hundred million⟧ yuan.", "Sales passed 250 million yuan."),
         ("The post has ⟦10w+⟧ reads.", "The post has 100,000+ reads."),
         ("A budget of ⟦12.8w⟧ yuan", "A budget of 128,000 yuan"), ("reaching ⟦2.6w⟧ students", "reaching 26,000 students"),
         ("Author: Lin Views: ⟦1.8w⟧", "Author: Lin Views: 18,000"), ("Reads ⟦10w+⟧ | Likes 320", "Reads 100,000+ | Likes 320"),
         ("a fund of ⟦15 hundred million⟧ yuan", "a fund of 1,500 million yuan"),
         ("It cost ⟦3 ten million⟧ yuan.", "It cost 30 million yuan."),
         ("It costs 3-⟦5 ten thousand⟧ yuan.", None), ("a loss of ⟦2.6 wan⟧ yuan", "a loss of 26,000 yuan")],
    good=["ten thousand people came", "a 5w LED lamp", "one in ten thousand", "five hundred million stars",
          "2 ten-thousandths of a second", "a 65w charger for 200 yuan", "two 40w lamps", "a 3w speakers set", "Views: 40w.x", "Chapter 3 Wan Yi yuan", "room 12 wan"],
)
def wan_and_yi_as_units(ctx: Context) -> Iterator[Hit]:
    """万 and 亿 kept as units: "3.4 ten thousand yuan", "2.5 hundred million", "10w+ reads".

    Chinese counts in ten thousands (万) and hundred millions (亿): 3.4万元, 2.5亿; machine
    translation writes the unit after the number ("3.4 ten thousand"), and Chinese web writing
    abbreviates 万 as "w" ("10w+"). English counts in thousands and millions. Native English never
    puts a digit before "ten thousand" or "hundred million" ("five hundred million" is in words);
    "w" counts only before "+" or a noun counted in people or money ("yuan", "reads"), or after a
    page's counter label ("Read: 3.4w", "Views 1.2w"), so watts ("a 5w LED") pass. The fix writes the number out ("34,000", "250 million"); unsafe, since the
    editor may prefer "340,000" in another unit.
    """
    for m in _wan_matches(ctx):
        digits = m.group(1).replace(",", "")
        fraction = m.group(2) or ""
        unit = re.sub(r"[ \t]+", " ", (m.group(3) or m.group(4) or "w").lower())
        unit = _UNIT_NAMES.get(unit, unit)
        scale = _SCALES[unit]  # 万: count in ones; 千万 and 亿: count in millions
        if len(fraction) > scale:
            continue
        value = int(digits + fraction.ljust(scale, "0"))
        new = f"{value:,}" if unit == "ten thousand" else f"{value:,} million"
        new += "+" if m.group().endswith("+") else ""
        if _RANGE_BEFORE.search(ctx.text, max(0, m.start(1) - 16), m.start(1)):
            yield Hit(m.start(1), m.end(), f"{m.group()[m.start(1) - m.start():]!r}: 万/亿 kept as a unit in a range; "
                      "write both ends out")  # "3-5 ten thousand": rewriting one end alone would be wrong
            continue
        yield Hit(m.start(1), m.end(), f"{m.group()[m.start(1) - m.start():]!r}: 万/亿 kept as a unit; write {new!r}",
                  replacement=new)


def _wan_matches(ctx: Context) -> Iterator[re.Match[str]]:
    seen = set()
    for pattern in (_WAN, _WAN_COUNTER):
        for m in ctx.finditer("C203", pattern):
            if m.start(1) not in seen:
                seen.add(m.start(1))
                yield m


_UNIT_TIMES = LazyPattern(lambda: rf"(?i)\d(?:[\d,.]*)(?:[ \t]+(?:thousand|million|billion))?[ \t]+"
                          rf"({_names('unit-times-nouns')})[- \t]times\b")
# The start of a bracketed measure word or wrong rendering: C204's triggers.
_BRACKETED = ("unit", "set", "piece", "pc", "item", "cop", "box", "case", "pair", "ton", "vehicle", "street", "resid",
              "transaction", "deal")
_ALT_UNIT = r"(?:units?|sets?|pieces?|pcs|items?|copies|boxes|box|cases?|pairs?|tons?|vehicles?)"
_CATEGORY_OR_CATEGORY = LazyPattern(
    lambda: rf"(?i)(?<![\w-])(?:{_names('alternative-category-nouns')})[ \t]*[(（][ \t]*(?:{_MISRENDERED})"
    rf"(?:[ \t]*[,、，][ \t]*(?:{_names('alternative-category-nouns')}))*[ \t]*[)）]")
# The bracketed word that is itself a wrong rendering: 街道 "streets" (a sub-district), 居 "residents"
# (a residents' committee), 成交 "transaction" (an award without a tender).
_MISRENDERED = r"streets?|residents?|residences?|transactions?|deals?"
_UNIT_OR_UNIT = LazyPattern(rf"(?<![\d,.])\d[\d,.]*[ \t]*{_ALT_UNIT}[ \t]*[(（][ \t]*{_ALT_UNIT}[ \t]*[)）]")


@rule(
    "C204", "chinese-counting-unit", triggers_nocase=(*(f"{n}{sep}times" for n in lexicon.words("unit-times-nouns") for sep in " -"),
                     *(b + w for b in "(（" for w in _BRACKETED)),
    bad=["Drones sprayed ⟦3,500 mu times⟧ of wheat.", "The bridge carried ⟦8,000 vehicle times⟧ a day.",
         "We bought ⟦2,800 pieces (sets)⟧ of chairs.",
         "Purchase of ⟦42 units（sets）⟧ of desks", "Teams visited 14 ⟦towns (streets)⟧ in May.",
         "all ⟦villages (residents)⟧ of the county", "The ⟦winning (transaction)⟧ notice is below."],
    good=["a 3 times larger area", "2 units (of 4) were sold", "10 sets (see the table)", "He ran 5 times a week.",
          "Items (sets) are listed below.", "two batches times three", "the county (see map 2)",
          "the old town (now a suburb)", "Counties (in bold) are listed.", "all counties (cities) of the province"],
)
def chinese_counting_unit(ctx: Context) -> Iterator[Hit]:
    """Chinese counting units and categories kept: 亩次 "mu times", 车次 "vehicle times", 台（套）
    "units (sets)", 乡镇（街道） "towns (streets)", 村（居） "villages (residents)", 中标（成交）
    "winning (transaction)".

    Chinese statistics count events with a noun and 次 (亩次, 辆次, 户次, 架次) and give a second
    measure word in brackets (台（套）, 件（套）); machine translation writes "3,500 mu times",
    "42 units (sets)". English counts the events ("vehicle trips", "sorties", "sprayed twice")
    and names one unit. Flagged after a number: a noun of lexicons/unit-times-nouns.txt and
    "times" (人次 "person times" is a glossary entry), or a measure word with a second one in
    brackets; or a noun of an area, body or outcome (lexicons/alternative-category-nouns.txt)
    with an alternative in brackets that is itself a wrong rendering: 街道 "streets" for
    sub-districts, 居 "residents" for residents' committees, 成交 "transaction" for an award.
    Official translations keep 县（市、区） as "counties (cities, districts)" and editors leave it,
    so an alternative rightly rendered passes. Native English writes none of these (a bracket of
    other words, "the county (see map 2)", passes). The wording depends on the sentence: no fix.
    """
    for m in ctx.finditer("C204", _UNIT_TIMES):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: a Chinese counting unit (亩次, 车次); count the events")
    for m in ctx.finditer("C204", _UNIT_OR_UNIT):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: two measure words (台（套）); name one unit")
    for m in ctx.finditer("C204", _CATEGORY_OR_CATEGORY):
        if not _UNIT_OR_UNIT.search(ctx.text, max(0, m.start() - 12), m.end()):
            yield Hit(m.start(), m.end(), f"{m.group()!r}: an alternative in brackets (县（市、区）, 村（社区）); "
                      "name both in words or one")


_PEOPLE = (r"(?:children|kids|infants|babies|minors|students|pupils|people|persons|visitors|tourists|passengers|"
           r"seniors|the[ \t]+elderly|elderly[ \t]+people|adults|men|women|staff|employees|workers)")
_MEASURE = r"\d+(?:\.\d+)?[ \t]*(?:m|cm|meters?|metres?|centimeters?|centimetres?|years?[ \t]+old|years?[ \t]+of[ \t]+age)"
# 1.2米以下儿童 "1.2 meters below children"; 60岁以上老人 "60 years old above the elderly"; "children
# 1.2 meters below enjoy" (the bound after its noun but still read backwards); "60 years old above".
_BOUND_BEFORE = LazyPattern(rf"\b{_MEASURE}[ \t]+(?:(?:and|or)[ \t]+)?(?:below|above|under|over)[ \t]+{_PEOPLE}\b")
_BOUND_BARE = LazyPattern(
    rf"(?i)\b(?:{_PEOPLE}[ \t]+(?:aged[ \t]+)?\d+(?:\.\d+)?[ \t]*(?:m|cm|meters?|metres?)|\d+[ \t]+years?[ \t]+old)[ \t]+"
    r"(?:below|above)\b(?![ \t]+(?:the|a|an|sea|ground|water|street|level|\d)\b)")


@rule(
    "C205", "bound-read-backwards", triggers_nocase=tuple(
        f"{unit} {word}" for unit in (" m", "cm", *(f"{d}m" for d in "0123456789"), " meter", " meters", " metre",
                                      " metres", "year old", "years old", "of age")
        for word in ("below", "above", "under", "over", "and", "or")),
    bad=["Free entry for ⟦1.2 meters below children⟧.", "⟦60 years old above⟧ residents get a card.",
         "⟦Children 1.2 m below⟧ ride free.", "Half price for ⟦65 years old and above seniors⟧."],
    good=["Children under 1.2 meters ride free.", "Children 12 years and under ride free.", "divers 30 m below the surface",
          "a shelf 2 meters above the floor", "people 60 years old and above", "children aged 6 and over",
          "kids 1 m above sea level"],
)
def bound_read_backwards(ctx: Context) -> Iterator[Hit]:
    """以下/以上 read backwards: "1.2 meters below children" (1.2米以下儿童), "60 years old above".

    Chinese puts the bound before the people it limits (1.2米以下儿童, 60岁以上老人); machine
    translation keeps the order and reads 以下 as a preposition: "1.2 meters below children",
    "children 1.2 meters below ride free", "60 years old above". English writes "children under
    1.2 meters", "people aged 60 and over". Flagged for a height or age followed by below/above
    and a noun of people, and for a bare "below/above" after a child's height or "N years old"
    where no place follows ("30 m below the surface", "above sea level" pass; "12 years and
    under" is English and passes). Report only: "under", "below" or "and over" is the editor's.
    """
    for pattern in (_BOUND_BEFORE, _BOUND_BARE):
        for m in ctx.finditer("C205", pattern):
            yield Hit(m.start(), m.end(), f"{m.group()!r}: 以下/以上 read backwards; write 'children under 1.2 m', "
                      "'people aged 60 and over'")


_OTHER_MORE = LazyPattern(
    r"(?:\b(and|or)[ \t]+(?:other|so[ \t]+on)|\b(etc)\.?)[ \t]+((?:more[ \t]+than|over|nearly|almost|about|around|some)[ \t]+)?"
    r"(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens[ \t]+of|hundreds[ \t]+of)[ \t]+(?=[a-z])")


@rule(
    "C206", "other-before-count", fix=Safety.UNSAFE, triggers_nocase=tuple(f"{lead} {q}" for lead in ("other", "so on", "etc", "etc.") for q in (
        "more", "over", "nearly", "almost", "about", "around", "some", "dozens", "hundreds", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", *"0123456789")),
    bad=[("Goods went to Peru, Chile ⟦and other more than 20 ⟧countries.",
          "Goods went to Peru, Chile and more than 20 other countries."),
         ("Anhui, Hubei ⟦and other 6 ⟧provinces joined.", "Anhui, Hubei and 6 other provinces joined."),
         ("lathes, drills ⟦and other nearly 300 ⟧machines", "lathes, drills and nearly 300 other machines"),
         ("Mongolia, Laos ⟦and so on more than 10 ⟧countries", "Mongolia, Laos and more than 10 other countries"),
         ("tea, silk, ⟦etc. over 500 ⟧products", "tea, silk, and over 500 other products")],
    good=["Peru, Chile and more than 20 other countries", "and the other 20 countries", "and other 2020 reports",
          "and other things", "and others: 20 in all", "tea, silk, etc. 20 of them came", "and so on. 20 more"],
)
def other_before_count(ctx: Context) -> Iterator[Hit]:
    """等 + a count rendered "and other more than 20 countries" (等20多个国家), "and other 6 provinces",
    "and so on more than 10 countries", "etc. over 500 products".

    Chinese closes a list with 等 and the size of the whole set (等20多个国家, 等6省); machine
    translation puts "other" where 等 stood, before the count (or "and so on", "etc."). English puts it after the count:
    "and more than 20 other countries", "and 6 other provinces". Native English writes "other"
    before a bare count only after "the" ("the other 20 countries"), which the rule needs absent;
    a year ("and other 2020 reports") passes. The fix moves "other" after the count; unsafe, since a
    count of the whole list ("20 countries in all") may be meant.
    """
    for m in ctx.finditer("C206", _OTHER_MORE):
        count = m.group(4)
        if re.fullmatch(r"(?:19|20)\d\d", count) or m.group(2) and not m.group(3):
            continue  # a year; "etc. 20 of them" without "more than" is another sentence
        new = f"{m.group(1) or 'and'} {m.group(3) or ''}{count} other "
        new = re.sub(r"[ \t]+", " ", new)
        yield Hit(m.start(), m.end(), f"{m.group().strip()!r}: 等 + count; write {new.strip()!r}", replacement=new)


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
