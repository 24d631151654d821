"""The shape of a line of page furniture, whatever its wording: a row of metadata fields
("Label: value" with dates and counts), a row of widgets ("[Print] [Close]", "Like(15)
Favorite(3)"), a site footer (ICP record numbers, a copyright line beside other furniture).
Read by R107 (furniture.py)."""

from __future__ import annotations

import functools

from ..chinese import LazyPattern

DATE_TIME = LazyPattern(
    r"(?:(?<![\d.])(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}(?![\d/])日?|(?<![A-Za-z:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])"
    r"|\d{4}年\d{1,2}月)")
# A version or a decimal: a changelog's heading ("5.4.1 (2023-01-11)"), not a page's fields.
_VERSION = LazyPattern(r"\d\.\d+(?![\dwkWK万])")  # "3.4w", "1.2k": a count in ten thousands or thousands
# A count, bare or bracketed, with the unit the counters print ("523 times", "(12)", "213KB").
COUNT = LazyPattern(r"[(（\[]?\d[\d,]*(?:[ \t]*(?:times|people|persons|KB|MB|K|M))?[)）\]]?")
# What separates the fields and widgets of a row: bars, bullets, slashes, brackets, two blanks,
# an ideographic space (U+3000, the blank of Chinese page templates).
SEPARATORS = LazyPattern(r"[ \t]*(?:[|｜·•»【】\[\]〖〗\u3000]|(?<=\S)[ \t]{2,}|[ \t]/[ \t]|[ \t][-–—][ \t])+[ \t]*")
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’.-]*")
# A field's colon: after a letter, not a time's (digits on both sides) and not a link's "://".
_FIELD_COLON = LazyPattern(r"(?<=[A-Za-z)])[ \t]*[:：](?!//)")
# Words that make a run of words a sentence, not a field's value.
_PROSE = frozenset("the is are was were will would shall should can could we you our it this that which "
                   "has have had be been must".split())
_COUNTED = LazyPattern(r"(?:(?<=[A-Za-z])[ \t]*[:：]|[(（])[ \t]*\d[\d,]*(?:[ \t]*(?:times|people|persons))?[ \t]*[)）]?[ \t]*$")
_SPACED_COLON = LazyPattern(r"^[^:：]*[:：]\s")
_BOX = LazyPattern(r"[\u2500-\u257f]")  # a table drawn in text
_READ_COUNTER = LazyPattern(r"(?i)^(?:this (?:article|page|news item|news|post|notice) )?(?:has been |was )?"
                           r"(?:read|viewed|browsed|visited|clicked)[ \t]+[\d,]+[ \t]+times$")
_MENU_ITEM = LazyPattern(r"[A-Z][A-Za-z'’&-]*(?: (?:[A-Z][A-Za-z'’&-]*|of|and|the|us)){0,2}")
_BRACKETED_COUNT = LazyPattern(r"[(（\[]\d[\d,]*[)）\]]")
_GLUED_COUNTER = LazyPattern(r"^[A-Za-z][A-Za-z ]{0,14}?[ \t]?[(（]\d[\d,]*[)）]$")
_FOOTER = LazyPattern(r"(?i)(?:(?:\bICP|public (?:network )?security|website (?:ID|identification code))\b.{0,16}\d{5}|\bresolution[ \t]+\d{3,4}[ \t]*[*×x][ \t]*\d{3,4}\b)")
_COPYRIGHT = LazyPattern(r"(?i)^(?:copyright\b|©|\(c\)[ \t]*(?:19|20)\d\d)|\ball rights reserved\b")

WEAK = "page navigation beside other furniture"


@functools.cache
def _lexicon(name: str) -> frozenset[str]:
    from .. import lexicon

    return lexicon.words(name)


@functools.cache
def _widget_words() -> frozenset[str]:
    """The widget labels and the share services: what a row of widgets is made of."""
    return _lexicon("furniture-widgets") | _lexicon("furniture-share")


@functools.cache
def _widget_first_words() -> frozenset[str]:
    """The first word of every widget label: a row of widgets starts with one."""
    return frozenset(w.split()[0] for w in _lexicon("furniture-widgets") | _lexicon("furniture-navigation")
                     | _lexicon("furniture-share") | {"did", "was", "is"})


def _label(words: list[str]) -> int:
    """How many of the last words (at most 4) before a colon form a field's label, 0 when none
    is a label word: "Source of article" 3, "Number of visits" 1 ("visits")."""
    labels, heads = _lexicon("furniture-labels"), _lexicon("furniture-label-words")
    tail = [w.lower().strip("'’.-") for w in words[-4:]]
    for i, _ in enumerate(tail):
        if " ".join(tail[i:]) in labels or tail[i] in heads or tail[i] in labels:
            return len(tail) - i
    return 0


def fields(segment: str) -> tuple[int, int, list[str]]:
    """The known and unknown field labels of a segment and the words of its values."""
    known = unknown = 0
    values: list[str] = []
    start = 0
    for m in _FIELD_COLON.finditer(segment):
        words = _WORD.findall(segment[start:m.start()])
        n = _label(words)
        if n:
            known += 1
        else:  # a label no list holds: back to its capital ("Host unit", "Date of issue")
            n = next((len(words) - i for i in range(len(words) - 1, max(-1, len(words) - 4), -1)
                      if words[i][0].isupper() and words[i][1:2].islower()), 0)
            unknown += bool(n)
        values += words[:len(words) - n]
        start = m.end()
    values += _WORD.findall(segment[start:])
    return known, unknown, values


def _bare_labels(values: list[str]) -> tuple[int, list[str]]:
    """Label words standing without a colon ("Release time 2025-07-15 Reading times 2217")."""
    heads, labels = _lexicon("furniture-label-words"), _lexicon("furniture-labels")
    kept = [w for w in values if w.lower() not in heads and w.lower() not in labels]
    return len(values) - len(kept), kept


def metadata_row(stripped: str) -> str | None:
    """Why `stripped` (a line without its outer blanks) is a row of fields, or None."""
    widgets = _lexicon("furniture-widgets")
    known = unknown = 0
    values: list[str] = []
    dated = bool(DATE_TIME.search(stripped))
    if not dated and ":" not in stripped and "：" not in stripped:
        return None
    if ";" in stripped or _BOX.search(stripped) or stripped[-1] in ":：" or _VERSION.search(DATE_TIME.sub(" ", stripped)):
        return None  # "Received: 17 May 2020; Accepted: …": a journal's history, fields a writer joined
    body = stripped.strip("()（）")
    counted = widgeted = False
    for segment in SEPARATORS.split(DATE_TIME.sub(" ", body)):
        plain = " ".join(_WORD.findall(COUNT.sub(" ", segment))).lower()
        if plain in widgets or _share_widget(segment):
            widgeted = True
            continue  # "Contact us", "Print", "Share to: WeChat Weibo": a widget among the fields
        k, u, v = fields(segment)
        counted = counted or bool(k and _COUNTED.search(segment))  # "Views: 338", not a phone number
        known, unknown, values = known + k, unknown + u, values + v
    if sum(w.lower() in _PROSE for w in values) >= 2:
        return None
    if not known and not unknown:
        if not dated:
            return None
        if widgeted:
            return "page metadata (date, source, author or counts)"  # "<office>  <date>  Print": a page's head
        bare, values = _bare_labels(values)
        if len(values) <= 2 or bare >= 2 and len(values) <= 3 * bare:
            return "page metadata (date, source, author or counts)"
        return None
    total = known + unknown
    valued = dated or counted or bool(values)
    # Names (of people, offices, sites) are the values of fields: capitalised words weigh half.
    # A lone field ("Source: <a ministry>") keeps the plain count: a dateline says attribution.
    cost = sum(0.5 if w[0].isupper() else 1 for w in values) if total >= 2 or dated or counted else len(values)
    if total == 1 and not (dated or counted) and _SPACED_COLON.search(body) and (sum(not w[0].isupper() for w in values) > 1
                                                   or not next((c for c in body if c.isalpha()), "").isupper()):
        return None  # "Comments: see also", "time: TIMESTAMP": a phrase or a protocol's field, not a name
        # (a value glued to its colon, "editor:Lanxi", is a scrape's whatever its case)
    if valued and (known and cost <= 4 + 3 * (total - 1) or
                   total >= 2 and (dated or counted) and cost <= 3 * total):
        return "page metadata (date, source, author or counts)"
    return None


def _share_widget(segment: str) -> bool:
    """A share widget's label with its services after it: "Share to: WeChat Weibo"."""
    label, colon, value = segment.replace("：", ":").partition(":")
    return bool(colon and value.strip()) and " ".join(_WORD.findall(label)).lower() in _lexicon("furniture-share")


def widget_row(stripped: str) -> str | None:
    """Why `stripped` is a row of widgets or navigation, or None."""
    if _READ_COUNTER.match(stripped):
        return "page widgets (a counter)"  # "This article has been read 1,284 times"
    first = _WORD.search(stripped)
    if not first or first.group().lower() not in _widget_first_words() and "(" not in stripped and "（" not in stripped:
        return None
    widgets, alone = _widget_words(), _lexicon("furniture-widgets-alone")
    segments = [s for s in SEPARATORS.split(stripped) if s.strip(" \t:：")]
    label, colon, value = segments[0].replace("：", ":").partition(":") if segments else ("", "", "")
    if colon and value.strip() and " ".join(_WORD.findall(label)).lower() in _lexicon("furniture-share"):
        segments[0] = value  # "Share this article: WeChat | Weibo": the services after the label
    parts = [" ".join(_WORD.findall(COUNT.sub(" ", p))).lower() for p in segments]
    if not parts:
        return None
    if len(parts) >= 4 and parts[0] in ("home", "homepage", "home page") and all(
            _MENU_ITEM.fullmatch(seg.strip()) or _FIELD_COLON.search(seg) for seg in segments):
        return "site navigation bar"  # "Home | About Us | Products | News | Contact Us"
    counters = sum(1 for s in segments if _GLUED_COUNTER.match(s.strip()))
    if counters >= 2 and len(parts) - counters <= 1 and all(len(p.split()) <= 6 for p in parts):
        return "page widgets (counters)"  # "Did this help you?  Yes(12)  No(1)"
    if all(p in widgets for p in parts) and (len(parts) >= 2 or _BRACKETED_COUNT.search(stripped) or parts[0] in alone
                                             or stripped[-1] in ":：" and parts[0] in _lexicon("furniture-share")):
        return "page widgets or navigation"
    if len(segments) >= 2 and all(_link_label(seg) for seg in segments):
        return "page navigation (links to the neighbouring articles)"  # "Previous: A  Next: B"
    label, colon, title = stripped.replace("：", ":").partition(":")
    label = " ".join(_WORD.findall(label)).lower()
    if colon and title.strip() and not title.lstrip()[:1].islower():
        if label in alone:
            return "page navigation (a link to another article)"  # "Next article: <its title>"
        if label in _lexicon("furniture-navigation"):
            return WEAK  # "Next: <a title>": furniture only beside other furniture
    return None


def _link_label(segment: str) -> bool:
    """Whether a segment is a link to another article: "Next: <title>", "Previous article: <title>"."""
    label, colon, title = segment.replace("：", ":").partition(":")
    label = " ".join(_WORD.findall(label)).lower()
    return bool(colon and title.strip()) and (label in _lexicon("furniture-navigation")
                                              or label in _lexicon("furniture-widgets-alone"))


def footer_row(stripped: str) -> str | None:
    """A site footer's record numbers or browser hint: "Lu ICP No. 05002345", "resolution 1366*768"."""
    return "site footer (record numbers)" if _FOOTER.search(stripped) else None


def field_row(stripped: str) -> bool:
    """Two or more capitalised fields with short values ("Tel: …  Zip code: …"): furniture only in
    a block of other furniture (the same row in a notice's body is its contact section)."""
    if ";" in stripped or stripped[-1] in ".!?。！？:：":
        return False
    known, unknown, values = 0, 0, []
    for segment in SEPARATORS.split(stripped):
        k, u, v = fields(segment)
        known, unknown, values = known + k, unknown + u, values + v
    cost = sum(0.5 if w[0].isupper() else 1 for w in values)
    return known + unknown >= 2 and cost <= 3 * (known + unknown) and sum(w.lower() in _PROSE for w in values) < 2


def copyright_row(stripped: str) -> bool:
    """A copyright line, furniture only in a block of other furniture."""
    return bool(_COPYRIGHT.search(stripped))
