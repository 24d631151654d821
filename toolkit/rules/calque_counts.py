"""Calques of Chinese quantities and units in notices, reports and statistics: 万 and 亿 kept as
units ("3.4 ten thousand", "3.4w"), counting units (亩次 "mu times", 台（套） "units (sets)"), 以下/以上
read backwards ("1.2 meters below children"), 等 before a count ("and other more than 20
countries") and 倍 word by word ("increased by 3 times"). Each names a class; word lists are in
lexicons/ (notice calques are in calque_notices)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..chinese import LazyPattern
from ..model import Safety
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names


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


_COUNT_WORD = r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
_TIMES = LazyPattern(
    rf"(?i)\b(?:(?:increas(?:e|es|ed|ing)|gr(?:ow|ew|own|ows|owing)|r(?:ise|ose|isen|ises)|expand(?:ed|s)?)[ \t]+by[ \t]+"
    rf"{_COUNT_WORD}[ \t]+times\b|{_COUNT_WORD}[ \t]+times[ \t]+of[ \t]+(?:the|its|that|their|his|her)\b)")


@rule(
    "C210", "times-of-multiple", triggers_nocase=(" times",),
    bad=["Exports ⟦increased by 3 times⟧ in five years.", "Income here is ⟦2.5 times of the⟧ national average.",
         "The fleet has ⟦grown by two times⟧ since 2019."],
    good=["Exports tripled in five years.", "Income here is 2.5 times the national average.",
          "It grew threefold.", "He called 3 times of an evening.", "I was there many times of late."],
)
def times_of_multiple(ctx: Context) -> Iterator[Hit]:
    """倍 rendered word by word: 增长了3倍 "increased by 3 times", 是…的2.5倍 "2.5 times of the average".

    Chinese states a multiple with 倍 after the number and (增长了3倍, 是全国平均水平的2.5倍);
    machine translation writes "increased by 3 times" (where 增长3倍 may mean fourfold, so the
    figure is also unclear) and "2.5 times of the national average". English writes "tripled",
    "increased threefold" or "2.5 times the national average", with no "of". Flagged for a verb
    of growth with "by N times", and for "N times of" before a determiner ("3 times of an
    evening", a time of day, passes). Neither occurs in the native prose or Markdown measured.
    Report only: whether 3倍 growth is "tripled" or "quadrupled" is for the editor to check.
    """
    for m in ctx.finditer("C210", _TIMES):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 倍 rendered word by word; write 'tripled', "
                  "'threefold' or '2.5 times the …' (and check the figure)")
