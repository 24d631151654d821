"""Calques of Chinese morphemes and numbering conventions that a glossary entry cannot catch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

_UNITS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORDINAL = "|".join(sorted([*_UNITS, *_TENS_ORDINAL], key=len, reverse=True))
# The same in title case, as a heading writes it ("Chapter Third", "Article Forty-Second"); not
# "First" and "Second", which begin names ("Section First Aid", "Chapter Second Chances").
_ORDINAL_TITLE = "|".join(sorted((w.capitalize() for w in [*_UNITS[2:], *_TENS_ORDINAL]), key=len, reverse=True))
_TENS_TITLE = "|".join(t.capitalize() for t in _TENS)
# Also glued to the word before ("Article fortiethArticle forty-first"), so a run is fixed in one pass.
_ARTICLE = LazyPattern(rf"(?:\b|(?<=[a-z]))(Article|Chapter|Section|Clause) ((?:(?:{'|'.join(_TENS)})-)?(?:{_ORDINAL})|"
                       rf"(?:{_TENS_TITLE})-(?i:{_ORDINAL})|{_ORDINAL_TITLE})(?![a-z-])")
# The same numbering in digits with an ordinal suffix ("Article 318th" for 第318条): English
# writes ordinal suffixes on numbers before a noun ("the 246th article"), never after "Article".
_ARTICLE_DIGITS = LazyPattern(r"(?:\b|(?<=[a-z]))(Article|Chapter|Section|Clause) ([1-9]\d{0,3})(?:st|nd|rd|th)(?![a-z-])")


def ordinal_value(words: str) -> int:
    """"thirty-first" -> 31, "thirtieth" -> 30, "fifth" -> 5 (in any case: "Forty-Second" -> 42)."""
    words = words.lower()
    if words in _TENS_ORDINAL:
        return _TENS_ORDINAL[words]
    if "-" in words:
        tens, unit = words.split("-")
        return _TENS[tens] + _UNITS.index(unit) + 1
    return _UNITS.index(words) + 1


@rule(
    "C101", "ordinal-article-number", fix=Safety.SAFE, triggers=("Article ", "Chapter ", "Section ", "Clause "),
    bad=[
        ("⟦Article fortieth⟧Where a contract is void", "Article 40 Where a contract is void"),
        ("under ⟦Article thirty-first⟧, losses are paid", "under Article 31, losses are paid"),
        ("as laid down in ⟦Article 118th⟧ of the Civil Code", "as laid down in Article 118 of the Civil Code"),
        ("## ⟦Chapter Third⟧ Supervision", "## Chapter 3 Supervision"),
        ("⟦Article Forty-Second⟧ The fine is paid", "Article 42 The fine is paid"),
    ],
    good=["The article first appeared in 2001.", "Article 30 applies.", "Chapter One begins here.",
          "the 118th article of the code", "Section 2nd-level headings", "Section First Aid Kits",
          "Chapter Second Chances", "Section Thirdly"],
)
def ordinal_article_number(ctx: Context) -> Iterator[Hit]:
    """A law's article written as an ordinal: "Article fortieth" for 第四十条, "Article 318th" for 第318条.

    Chinese numbers articles, chapters and sections with 第…条/章/节, which machine translation
    renders word for word as an ordinal, in words or in digits with a suffix. English legal texts
    write "Article 30"; an ordinal suffix goes on a number before the noun ("the 30th article"),
    never after "Article". The fix writes the number.
    """
    for m in (*ctx.matches("C101", _ARTICLE), *ctx.matches("C101", _ARTICLE_DIGITS)):
        number = int(m.group(2)) if m.group(2).isdigit() else ordinal_value(m.group(2))
        gap = " " if ctx.text[m.end():m.end() + 1].isupper() else ""  # "Article fortiethThe" -> "Article 40 The"
        yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of 第…{m.group(1).lower()}: write {m.group(1)} {number}",
                  replacement=f"{m.group(1)} {number}{gap}")


_WORD_NUMBERS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
_LIST_ITEM = LazyPattern(rf"^[ \t]*\(({'|'.join(_WORD_NUMBERS)})\)", re.M)
_LETTER_GLUED = LazyPattern(r"^[ \t]*\(([A-J])\)(?=[A-Z][a-z])", re.M)


@rule(
    "C102", "word-numbered-list", fix=Safety.SAFE,
    triggers=(*(f"({w})" for w in _WORD_NUMBERS), *(f"({c})" for c in "ABCDEFGHIJ")),
    bad=[
        ("⟦(Three)⟧Submit the annual accounts", "(3) Submit the annual accounts"),
        ("⟦(B)⟧Keep the records for five years", "(2) Keep the records for five years"),
    ],
    good=["(a) the first condition;", "(A) Definitions. The terms", "(One of them) was late."],
)
def word_numbered_list(ctx: Context) -> Iterator[Hit]:
    """List items numbered "(A)", "(Two)", "(Three)" where Chinese had （一）（二）（三）.

    Machine translation renders the Chinese enumerators （一）, （二） as "(A)" or "(One)",
    "(Two)". A word in parentheses that is a number word at the start of a line is always such a
    calque; a capital letter in parentheses is common English ("(A) Definitions"), so it is
    flagged only when glued to the next word, as converted Chinese text leaves it. The fix writes
    the number.
    """
    for m in ctx.at_line_starts("C102", _LIST_ITEM):
        n = _WORD_NUMBERS.index(m.group(1)) + 1
        start = m.start(1) - 1
        gap = " " if ctx.text[m.end():m.end() + 1].isalpha() else ""
        yield Hit(start, m.end(), f"list item numbered {m.group()[m.group().index('('):]!r}: write ({n})", replacement=f"({n}){gap}")
    for m in ctx.at_line_starts("C102", _LETTER_GLUED):
        n = ord(m.group(1)) - ord("A") + 1
        start = m.start(1) - 1
        yield Hit(start, m.end(), f"list item numbered ({m.group(1)}) for （{n}）: write ({n})", replacement=f"({n}) ")


_ABSTRACT = (r"(?:[Pp]arty|parties|morality|morals|ethics|style|teams?|ranks|contingents?|"
             r"organi[sz]ations?|rural areas|countryside|villages?|democracy|rule of law|culture|"
             r"civili[sz]ation|ideology|conduct|integrity|clean government|grassroots|cadres?|talents?|"
             r"discipline|spiritual|socialism|work style)")
_CONSTRUCTION = LazyPattern(rf"\b[Cc]onstruction of (?:[\w'’-]+ ){{0,3}}?{_ABSTRACT}\b")
# The Chinese order, the object before 建设 ("honesty construction" for 廉洁建设). Not
# "Party construction" (a glossary rendering: T101 reports it) and no noun that English builds
# ("infrastructure construction", "road construction") or uses of a construct ("cultural
# construction", "legal construction").
_CONSTRUCTION_BEFORE = LazyPattern(
    r"\b(?:(?:clean|honest) government|work style|team|ranks|contingent|discipline|grassroots|organi[sz]ational|"
    r"rule of law|democracy|(?:spiritual |ecological )?civili[sz]ation|cadre|talent|integrity|morality|ethics|"
    r"standardi[sz]ation|standardi[sz]ed|normali[sz]ation|informati[sz]ation|institutionali[sz]ation|credit)[ \t]+\Z", re.I)
_CONSTRUCTION_WORD = LazyPattern(r"[ \t]construction\b", re.I)  # found first; the object is looked for before it


@rule(
    "C103", "construction-calque", triggers=("construction of ", "Construction of "), triggers_nocase=(" construction",),
    bad=[
        "improve the ⟦construction of work style⟧ among officials",
        "advancing the ⟦construction of beautiful villages⟧ here",
        "the ⟦construction of private-sector party⟧ branches",
        "a campaign of ⟦integrity construction⟧ in state firms", "finished the ⟦standardisation construction⟧ of clinics",
        "## ⟦Construction of rural culture⟧",
    ],
    good=[
        "the construction of the new bridge was delayed",
        "the construction of a dam across the river",
        "building the Party's grassroots organizations",
        "road construction and infrastructure construction",
        "Construction of the new pier began in May.",
    ],
)
def construction_calque(ctx: Context) -> Iterator[Hit]:
    """"The construction of" an abstract thing: 建设 rendered as "construction".

    建设 means building up or strengthening as well as building works: 党的建设 is "Party
    building", 新农村建设 "building a new countryside", 师德建设 "improving teachers' ethics".
    Machine translation writes "the construction of" every time. Flagged only when the object is
    abstract (the Party, morality, teams, culture, rural areas, ...), so bridges and dams pass, and
    in the Chinese order too ("integrity construction" for 诚信建设), with abstract objects only. The
    wording depends on the object, so there is no automatic fix.
    """
    spans = [(m.start(), m.end()) for m in ctx.matches("C103", _CONSTRUCTION)]
    for w in ctx.finditer("C103", _CONSTRUCTION_WORD):
        b = _CONSTRUCTION_BEFORE.search(ctx.text, max(0, w.start() - 40), w.start() + 1)
        if b:
            spans.append((b.start(), w.end()))
    for start, end in spans:
        yield Hit(start, end,
                  "建设 rendered as 'construction': write 'building', 'developing' or 'improving' for an abstract object")


# Pinyin syllables with initials zh, x or q: none of them is an English word.
_PINYIN = LazyPattern(
    r"(?<![\w'’-])(?:zh(?:a|ai|an|ang|ao|e|ei|en|eng|i|ong|ou|u|ua|uai|uan|uang|ui|un|uo)"
    r"|[xq](?:i|ia|ian|iang|iao|ie|in|ing|iong|iu|u|uan|ue|un))(?![\w'’-])"
)
_TITLES = {"shuji": "Secretary", "xianzhang": "County Head", "shizhang": "Mayor", "zhuren": "Director",
           "buzhang": "Minister", "juzhang": "Director", "tingzhang": "Director", "chuzhang": "Division Chief",
           "kezhang": "Section Chief", "zhuxi": "Chairman", "zongli": "Premier", "laoshi": "Teacher",
           "jiaoshou": "Professor", "xiaozhang": "Principal", "cunzhang": "Village Head", "zhenzhang": "Town Head"}
# The title after the surname, capitalised or not ("Zhang Shuji", "Zhang shuji"); the surname in
# the capitals some writers give it ("ZHANG Shuji").
_TITLE = LazyPattern(rf"\b([A-Z](?:[a-z]{{0,5}}|[A-Z]{{1,5}})) ({'|'.join(t.capitalize() for t in _TITLES)}|{'|'.join(_TITLES)})(?![\w-])")
# A syllable starts after a character that is not a word character, an apostrophe or a hyphen:
# the triggers are such an ASCII character and an initial. In the byte view triggers are found
# in, NUL stands for any non-ASCII character (and NUL), so "\0x" covers "’xi" and "条xi" too.
_BEFORE_SYLLABLE = [chr(b) for b in range(128) if not (chr(b).isalnum() or chr(b) in "_'-")]
_PINYIN_TRIGGERS = tuple(c + initial for c in _BEFORE_SYLLABLE for initial in ("zh", "x", "q"))
_TITLE_TRIGGERS = tuple(" " + w for t in _TITLES for w in (t.capitalize(), t))  # the surname of 1-6 letters is before


@rule(
    "C104", "pinyin-left-in-text", fix=Safety.SAFE, triggers=(*_PINYIN_TRIGGERS, *_TITLE_TRIGGERS),
    bad=[
        ("a report by ⟦Zhang Shuji⟧ on the work", "a report by Secretary Zhang on the work"),
        ("a report by ⟦Zhang shuji⟧ on the work", "a report by Secretary Zhang on the work"),
        ("a talk by ⟦LIU Xiaozhang⟧ to the pupils", "a talk by Principal LIU to the pupils"),
        ("the old ⟦xian⟧ records were lost", None),
    ],
    good=["Xi Jinping met Li Qiang in Zhongnanhai.", "The hukou system and guanxi networks.", "CAT Laoshi-style scans"],
)
def pinyin_left_in_text(ctx: Context) -> Iterator[Hit]:
    """Chinese left in pinyin: an official's title ("Zhang Shuji") or a lowercase syllable ("zhi").

    Machine translation and hurried translators leave words they cannot render in pinyin. A title
    after a surname is rendered as an English title before it: 张书记 "Zhang Shuji" → "Secretary
    Zhang" (safe fix). A lone lowercase syllable that can only be pinyin (initials zh, x, q: "zhi"
    for 志, local chronicles) is flagged for a human. Capitalised pinyin is left alone, since
    personal and place names are written that way, and so are established loanwords ("hukou").
    """
    for m in ctx.matches("C104", _TITLE, offsets=range(-6, 0), only=_TITLE_TRIGGERS):
        title = _TITLES[m.group(2).lower()]
        yield Hit(m.start(), m.end(), f"title left in pinyin: write {title} {m.group(1)}",
                  replacement=f"{title} {m.group(1)}")
    for m in ctx.matches("C104", _PINYIN, offsets=(1,), only=_PINYIN_TRIGGERS):
        yield Hit(m.start(), m.end(), f"{m.group()!r} looks like pinyin left untranslated")


_ENUMERATOR = LazyPattern(r"(?m)^[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)、][ \t]*)?(The (?:first|second|third|fourth|fifth|sixth) is to\b|"
                          # The bare ordinal, not the proportion "second is to first as silver is to gold".
                          r"(?:First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?,? is to\b(?![^.;\n]{0,40}\bas\b))")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight")
# 二是, 三是 rendered with the bare number: "…; two is to improve". Not the proportion "two is to
# four as three is to six".
_NUMBER_ENUMERATOR = LazyPattern(
    rf"(?:^|(?<=[.;:,。；：，])[ \t]*|(?<=[.;:,][ \t]))((?i:{'|'.join(_NUMBER_WORDS)}) is to)\b(?![^.;\n]{{0,40}}\bas\b)", re.M)


# Mid-paragraph, after a sentence: only two of them in one paragraph with no count announced before
# ("There are two ways. The first is to wait. The second is to act." is English).
_MID_ENUMERATOR = LazyPattern(r"(?<=[.;:!?。；：][ \t])(The (?:first|second|third|fourth|fifth|sixth) is to)\b")
_ANNOUNCER = LazyPattern(r"(?i)\b(?:two|three|four|five|six|several|few|couple|number|various|multiple)\b")
# 一是 rendered "one is to": English too says "One is to wait", so only when 二是 follows in the paragraph.
_ONE_ENUMERATOR = LazyPattern(r"(?:^|(?<=[.;:,。；：，])[ \t]*|(?<=[.;:,][ \t]))([Oo]ne is to)\b(?=[^\n]*?[.;:,，；][ \t]*(?i:two) is to\b)", re.M)


@rule(
    "C105", "enumerator-calque",
    triggers=(*(f"The {n} is to" for n in ("first", "second", "third", "fourth", "fifth", "sixth")),
              *(f"{n}{e} is to" for n in ("First", "Second", "Third", "Fourth", "Fifth", "Sixth") for e in ("", ",", "ly", "ly,")),
              *(f"{n} is to" for w in (*_NUMBER_WORDS, "one") for n in (w, w.capitalize()))),
    bad=["⟦The second is to⟧ train village-level managers.", "Done.\n⟦The fourth is to⟧ improve the system.",
         "First, hire staff; ⟦two is to⟧ train them; ⟦three is to⟧ pay them.",
         "Two hopes: ⟦one is to⟧ read more; ⟦two is to⟧ run daily.",
         "(2) Build roads. ⟦The first is to⟧ pave lanes. ⟦The second is to⟧ fix bridges.",
         "- ⟦Fourth is to⟧ cut the fees for small firms.", "2. ⟦Secondly, is to⟧ set up a fund."],
    good=["There are two reasons. The second is cost.", "The second step is to train them.",
          "One is to wait.", "One is to wait; the other is to act.", "Two is to four as three is to six.", "The answer for two is too long.",
          "Second is to first as silver is to gold.", "- The second item is to be removed.",
          "There are two ways. The first is to wait. The second is to act."],
)
def enumerator_calque(ctx: Context) -> Iterator[Hit]:
    """A list item opened with "The second is to ..." for Chinese 二是…, 三是….

    Chinese reports enumerate measures with 一是…二是…三是… at the start of a paragraph; machine
    translation gives "The second is to train ...". English starts the item with a number or
    "Second," and the verb. Only a line or list item that opens this way is flagged, with "The"
    or with the bare ordinal ("Fourth is to", "Secondly, is to"); "The second is cost" in
    running prose passes. Machine translation also writes the bare number ("…; two is to train
    …"), which no English list does: that is flagged after a line start or a punctuation mark,
    unless "as" follows, as in the proportion "two is to four as three is to six"; and "one is
    to" (一是), which English says too ("One is to wait"), when "two is to" follows in the same
    paragraph. "The first is to" after a sentence in mid-paragraph is flagged when a second
    ordinal of the frame follows in the paragraph and nothing before it announced a count
    ("There are two ways. The first is to wait." is English). The rewrite depends on the
    sentence, so there is no automatic fix.
    """
    for m in ctx.at_line_starts("C105", _ENUMERATOR):
        yield Hit(m.start(1), m.end(1), f"{m.group(1)!r} is a calque of 一是/二是/三是: start the item with 'Second,' or a number")
    for m in ctx.finditer("C105", _NUMBER_ENUMERATOR):
        yield Hit(m.start(1), m.end(1), f"{m.group(1)!r} is a calque of 二是/三是: start the item with 'Second,' or a number")
    for m in ctx.finditer("C105", _MID_ENUMERATOR):  # "…unswervingly. The first is to …. The second is to …"
        low, high = ctx.text.rfind("\n", 0, m.start()) + 1, ctx.text.find("\n", m.start())
        if len(set(_MID_ENUMERATOR.findall(ctx.text, low, high if high >= 0 else len(ctx.text)))) >= 2 \
                and not _ANNOUNCER.search(ctx.text, low, m.start()):
            yield Hit(m.start(1), m.end(1), f"{m.group(1)!r} is a calque of 一是/二是/三是: start the item with 'Second,' or a number")
    for m in ctx.finditer("C105", _ONE_ENUMERATOR):
        yield Hit(m.start(1), m.end(1), f"{m.group(1)!r} is a calque of 一是: start the item with 'First,' or a number")


_SUFFIX_SEX = LazyPattern(r"\b([A-Za-z]+(?:ive|ness|ism|asm|ity|ance|ence|ted))([ \t]+|-)(sex|Sex)\b")
# Real English: sexual-health vocabulary whose adjective has one of these endings.
_SEX_ENGLISH = frozenset("penetrative receptive abusive protective reproductive unprotected "
                         "consensual non-consensual transactive".split())


@rule(
    "C106", "suffix-sex-calque", triggers=("sex", "Sex"),
    bad=[
        ("to mobilise the ⟦enthusiasm sex⟧ of the masses", "to mobilise the enthusiasm of the masses"),
        ("keep the ⟦pureness sex⟧ of the Party", "keep the pureness of the Party"),
        ("improve the ⟦targeted sex⟧ of the work", "improve the targeted of the work"),
        ("## Raising the ⟦Initiative Sex⟧ of Staff", "## Raising the Initiative of Staff"),
        ("the ⟦pertinence-sex⟧ of the work", "the pertinence of the work"),
    ],
    good=["Education about safe sex and unprotected sex.", "The opposite sex and the same sex.", "Sex work is work.",
          "## Unprotected Sex and Its Risks", "Consensual-sex laws", "the Opposite Sex"],
)
def suffix_sex_calque(ctx: Context) -> Iterator[Hit]:
    """"sex" after an abstract noun or adjective: the suffix 性 translated as a word.

    性 turns an adjective into a noun (积极性 enthusiasm, 针对性 pertinence, 纯洁性 purity);
    machine translation sometimes renders it as "sex": "the enthusiasm sex", "pureness sex".
    Flagged after words with the endings such nouns and adjectives have (-ive, -ness, -ism,
    -asm, -ity, -ance, -ence, -ted), in a title-case heading too ("Initiative Sex") or joined
    by a hyphen ("pertinence-sex"), except the few where "sex" is meant. The suggestion drops
    "sex"; a human picks the right noun ("targeted sex" → "pertinence").
    """
    for m in ctx.finditer("C106", _SUFFIX_SEX):
        if m.group(1).lower() in _SEX_ENGLISH:
            continue
        if m.group(3) == "Sex" and not m.group(1)[0].isupper():
            continue  # "the initiative Sex": a capital of its own, not a title in title case
        yield Hit(m.start(1), m.end(), f"'sex' for the suffix 性 after {m.group(1)!r}: use the noun, e.g. drop 'sex'",
                  edits=(Edit(m.start(2), m.end(3), ""),))


_COINED_IZATION = LazyPattern(r"\b(?:\w+ificization|informati[sz]ation|greeni[sz]ation|youthi[sz]ation)\b", re.I)


@rule(
    "C107", "ization-coinage",
    triggers_nocase=("ificization", *(w + e for w in ("informat", "green", "youth") for e in ("ization", "isation"))),
    bad=["promote the ⟦scientificization⟧ of decision-making", "the ⟦informatization⟧ of government services"],
    good=["the politicization of the courts", "the organization and standardization of records"],
)
def ization_coinage(ctx: Context) -> Iterator[Hit]:
    """An "-ization" word coined from 化: "scientificization" (科学化), "informatization" (信息化).

    化 makes a verb or noun of becoming from almost anything, and machine translation renders it
    as "-ization" even where English has no such word. Only coinages that are not English are
    flagged ("-ificization" and a short list); established words (standardization, modernization,
    politicization) pass. English says it with a phrase: "a more scientific approach to
    decision-making", "the use of IT in government services".
    """
    for m in ctx.finditer("C107", _COINED_IZATION):
        yield Hit(m.start(), m.end(), f"{m.group()!r} is a coinage from 化: rephrase (e.g. 'more scientific', 'digital')")


# Title morphemes of lexicons/pinyin-titles.txt, as triggers (read at import: a small file).
def _title_morphemes() -> tuple[str, ...]:
    from .. import lexicon

    return tuple(lexicon.table("pinyin-titles"))


_PINYIN_WORD = LazyPattern(r"(?<![\w'’-])([A-Za-z]+)(?=['’]s\b|(?![\w'’-]))")  # a possessive: "the Juzhang's"
_SURNAME_BEFORE = LazyPattern(r"([A-Z][a-z]{0,5})[ \t]+\Z")


# "the Xiangzhang", "our Zhuren": a determiner makes a capitalised word a common noun, not a name.
_DETERMINER_BEFORE = LazyPattern(r"(?i)\b(?:the|a|our|their|his|her|its|this|that)[ \t]+\Z")


@rule(
    "C108", "pinyin-title", triggers_nocase=_title_morphemes(),
    bad=[
        "the meeting was chaired by ⟦Wang Xiangzhang⟧ of the township",
        "the ⟦juzhang⟧ signed the notice",
        "Li Ping, the ⟦Zhenzhang⟧ of the town, opened the fair",
        "a speech by ⟦Sun Jingli⟧ on sales",
        "the ⟦Juzhang⟧'s speech",
    ],
    good=["Zhang Wei and Li Na met in Beijing.", "The hukou reform and guanxi.", "a shuji-style memo written by Xi Jinping",
          "Zhang, Wang and Liu spoke.", "Xi's speech in Xi'an"],
)
def pinyin_title(ctx: Context) -> Iterator[Hit]:
    """An official's title left in pinyin, in any syllables: "Wang Xiangzhang", "the juzhang".

    Chinese titles of office are compounds ending in a title morpheme: 长 zhang (乡长 xiangzhang
    township head, 局长 juzhang bureau director), 书记 shuji, 主任 zhuren, 经理 jingli
    (lexicons/pinyin-titles.txt). Machine translation leaves titles it does not know in pinyin.
    A word is flagged when it is made wholly of pinyin syllables (lexicons/pinyin-syllables.txt),
    ends in a title morpheme after at least one other syllable (or is a two-syllable title such
    as "zhuren"), is not an English word (wordfreq), and stands after a surname, after a
    determiner ("the Xiangzhang": a name takes none), or in lower case.
    A personal name ends in a title morpheme only by chance, and then it follows no surname of its
    own in lower case; English words are never pinyin through and through. A human writes the
    English title ("Township Head Wang"), so there is no fix.
    """
    from .. import lexicon

    text = ctx.text
    titles = lexicon.table("pinyin-titles")
    seen = set()
    for start in (ctx._starts("C108") if ctx.use_triggers else range(len(text))):
        if start < 0:
            continue
        word_start = start
        while word_start > 0 and text[word_start - 1].isascii() and text[word_start - 1].isalpha():
            word_start -= 1
        m = _PINYIN_WORD.match(text, word_start)
        if not m or m.start() in seen:
            continue
        word = m.group(1)
        syllables = lexicon.pinyin_syllables(word)
        if not syllables or lexicon.zipf(word) >= 2.5:
            continue
        title = next((t for t in titles if word.lower().endswith(t) and len(word) > len(t)), None)
        if title is None and word.lower() in titles and len(syllables) >= 2:
            title = word.lower()  # "zhuren", "shuji" alone
        if title is None:
            continue
        seen.add(m.start())
        surname = _SURNAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if surname and word.lower() in _TITLES:
            continue  # C104 writes the English title for these
        if word[0].isupper() and surname and lexicon.pinyin_syllables(surname.group(1)) and len(
                lexicon.pinyin_syllables(surname.group(1))) == 1:
            yield Hit(surname.start(), m.end(), f"title {word!r} left in pinyin: write '{titles[title]} {surname.group(1)}' "
                      "with the right title")
        elif word.islower() or _DETERMINER_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            yield Hit(m.start(), m.end(), f"title {word!r} left in pinyin: write it in English ({titles[title]}…)")


# The suffixes English makes verbs and nouns of becoming with, which machine translation uses for 化.
_BECOMING = ("ization", "isation", "izations", "ification", "ize", "ise", "ify", "ism")
_SUFFIX_PARTS = frozenset(("ization", "isation", "ize", "ification", "ized"))  # not "ism": "Xi-ism" is English
_COINAGE_WORD = LazyPattern(r"(?<![\w'’-])([A-Za-z]+(?:-[A-Za-z]+)*)(?![\w'’])")


@rule(
    "C109", "coined-word", triggers_nocase=("ization", "isation", "ification", "ize"),
    bad=[
        "the ⟦standardizationize⟧ of management",
        "promote ⟦propagandism-ization⟧ in every village",
        "the ⟦villageization⟧ of the suburbs",
    ],
    good=["the standardization of records", "the modernization of industry", "to organize and serialize data",
          "the Pythonization of the codebase is complete", "set the chunksize and the itemsize",
          "undo all initializations first", "what does Xi-ism mean"],
)
def coined_word(ctx: Context) -> Iterator[Hit]:
    """A word no English text uses, made with a suffix of becoming: "standardizationize",
    "villageization", "propagandism-ization".

    化 turns almost any word into a verb or noun of becoming, and machine translation renders it
    with "-ize", "-ization", "-ification" wherever it occurs, stacking suffixes ("standardization"
    + "ize") or gluing one on with a hyphen. The word is flagged when wordfreq, which counts 321,000
    English words from many genres, has never seen it, and what is left without the suffix is an
    English word or ends in another suffix; a suffix standing alone after a hyphen is always a
    coinage. Capitalised words (names of products and projects) pass. English says it with a
    phrase ("making management standard"), so there is no fix.
    """
    from .. import lexicon

    text = ctx.text
    seen = set()
    for start in (ctx._starts("C109") if ctx.use_triggers else [m.start() for m in _COINAGE_WORD.finditer(text)]):
        word_start = max(start, 0)
        while word_start > 0 and (text[word_start - 1].isascii() and text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
            word_start -= 1
        m = _COINAGE_WORD.match(text, word_start)
        if not m or m.start() in seen:
            continue
        seen.add(m.start())
        word = m.group(1)
        lowered = word.lower()
        if "-" in word:
            parts = lowered.split("-")
            if any(p in _SUFFIX_PARTS for p in parts[1:]) and word[1:].islower() or word[0].isupper() and any(
                    p in _SUFFIX_PARTS for p in parts[1:]):
                yield Hit(m.start(), m.end(), f"{word!r} is a coinage (a suffix glued on for 化): rephrase")
            continue
        if not word[1:].islower() or len(word) < 8 or lexicon.zipf(lowered) > 0 or lowered.endswith("size") or (
                lowered.endswith("s") and lexicon.zipf(lowered[:-1]) > 0):
            continue  # a plural of a word wordfreq knows; "chunksize", a compound with "size"
        if word[0].isupper() and m.start() > 0 and text[m.start() - 1] not in "\n" and not _after_sentence_end(text, m.start()):
            continue  # a name in mid-sentence
        for suffix in _BECOMING:
            if not lowered.endswith(suffix):
                continue
            stem = lowered[:-len(suffix)]
            known = any(lexicon.zipf(stem + end) >= 3.0 for end in ("", "e", "y")) or (
                stem.endswith(("ization", "isation", "ize", "ism", "ity", "ive", "al", "ic", "ation"))
                and lexicon.zipf(stem) > 0)
            if known:
                yield Hit(m.start(), m.end(), f"{word!r} is not an English word: a coinage from 化, rephrase")
            break


def _after_sentence_end(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?:\"“"


_OUR_COUNTRY = LazyPattern(r"\b([Oo]ur) country(?:(['’]s)|\b)")


@rule(
    "C110", "our-country", fix=Safety.UNSAFE, triggers=("our country", "Our country"),
    bad=[
        ("the growth of ⟦our country's⟧ exports", "the growth of China's exports"),
        ("⟦Our country’s⟧ rivers are cleaner", "China’s rivers are cleaner"),
        ("a policy that ⟦our country⟧ has followed", "a policy that China has followed"),
    ],
    good=["the history of the country", "our countryside is beautiful", "the countryside of our county"],
)
def our_country(ctx: Context) -> Iterator[Hit]:
    """"Our country" for 我国: a deictic calque.

    Chinese official and news writing says 我国 ("our country") for China, addressing readers
    who share it; machine translation keeps the deixis, which in English reads as the writer's
    own patriotic voice or leaves the reader guessing which country is meant. English prose
    about China names it ("China", "China's"). Both apostrophes are recognised. The fix writes
    "China", unsafe because a text may come from elsewhere and a quoted speaker may say "our
    country" in English too.
    """
    for m in ctx.matches("C110", _OUR_COUNTRY, offsets=(0,)):
        possessive = m.group(2) or ""
        yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of 我国: name the country (China{possessive})",
                  replacement="China" + possessive)
