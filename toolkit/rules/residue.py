"""Residue of how the text was obtained: site titles and breadcrumbs, link lists, citation debris."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import re

from ..model import Edit, Safety, Severity
from ..registry import Context, Hit, rule
from .patterns import blank_back, first_lines, line_removal, normalise
from ..chinese import LazyPattern

# (?<![ \t]): start a match only where a run of blanks starts, or long runs take quadratic time.
_SEPARATOR = LazyPattern(r"(?<![ \t])[ \t]+(?:[-–—|_»]|::)[ \t]+")
_BREADCRUMB_SEPARATOR = LazyPattern(r"(?<![ \t])(?:[ \t]+>[ \t]+|[ \t]*(?:(?<![-=<])>>|»|→|›|＞+)[ \t]*)")
_SLASH_SEPARATOR = LazyPattern(r"[ \t]+/[ \t]+")
_HYPHEN_SEPARATOR = LazyPattern(r"(?<=[a-z])-(?=[A-Z])")
# "Current position:", "Your location:", "You are here:": the label a breadcrumb trail starts with.
_TRAIL_LABEL = LazyPattern(r"(?i)^[ \t]*(?:(?:current|your|the)[ \t]+)?(?:position|location|place|you are here)"
                           r"[ \t]*[:：][ \t]*")
_HOME = LazyPattern(r"(?i)^(?:home(?: ?page)?|front page|first page)$")
_SITE_WORDS = LazyPattern(
    r"(?i)\b(?:web ?site|site|network|net|home ?page|home|headlines?|news|channel|column|portal|"
    r"current location|you are here|online|forum|encyclopedia|collection|library)\b|\.(?:com|cn|net|org)\b"
)
_MAX_SEGMENT_WORDS = 6
_MAX_SECTION_WORDS = 2  # a last segment this short is a section name, not the page's title


@rule(
    "R101", "site-title-prefix", fix=Safety.SAFE, markdown=False, scope="start",
    bad=[
        ("⟦Your location: Home page >> Notices >> Township affairs⟧\nA notice on road repairs\n\nBody.",
         "A notice on road repairs\n\nBody."),
        ("⟦Riverside Culture Network⟧\n⟦Position: Home → Heritage → Old bridges⟧\nThe stone bridges of the county\n\nBody.",
         "The stone bridges of the county\n\nBody."),
        ("The old ferry crossing of the county seat⟦ - Riverside Window⟧\n⟦Home > Heritage > Crossings⟧\nThe ferry\n\nBody.",
         "The old ferry crossing of the county seat\nThe ferry\n\nBody."),
        ("A plan for the county's old bridges⟦_Hill County Transport Bureau⟧\nBody.",
         "A plan for the county's old bridges\nBody."),
        ("Contact Us⟦_Our Office_⟧\nBody.", "Contact Us\nBody."),
        ("How long does a tenancy run by default?⟦ - Housing Questions - Fairlaw Network⟧\nBody.",
         "How long does a tenancy run by default?\nBody."),
        ("⟦Home / Visit Us / Gardens⟧\nThe tea gardens of the valley\n\nBody.", "The tea gardens of the valley\n\nBody."),
        ("⟦City Museum⟧\n⟦You are here: Home-Collections-Bronzes⟧\nA bronze bell of the Zhou\n\nBody.",
         "A bronze bell of the Zhou\n\nBody."),
        ("⟦Joke Collection Website - News headlines - ⟧Requesting research on party building\nBody.",
         "Requesting research on party building\nBody."),
        ("⟦Meeting minutes > Committee minutes⟧\n\nCommittee minutes of May\n\nBody.",
         "Committee minutes of May\n\nBody."),
        ("⟦Current location - Home - Policy Network - ⟧A report on rivers\n\nBody.",
         "A report on rivers\n\nBody."),
        ("⟦Home - Evening Post Network - Sports⟧\nThe city marathon\n\nBody.",
         "The city marathon\n\nBody."),
    ],
    good=[
        "Python - A Guide for Beginners\n\nBody text.",
        "Chapter 1 - Introduction\n\nIt begins.",
        "Bulk > Small > None\n\nA ranking of sizes, from a long and careful study of many things here.",
        "Setting up\nOpen Settings > Privacy\nThen choose the option you want.",
        "Notes\nx -> y\nThe arrow maps x to y.",
        "Input / Output\nThe chapter on reading files.",
        "Getting Started - Quick Tour\nInstall the package first, then run the tool on a file.",
        "Notes\nNon-Linear Dynamics-Chaos Theory-Fractals\nA reading list.",
        "The read_only_mode flag and what it does\nBody.",
        "Packages that used the old hack TCL_INC_DIR from the build\nBody.",
        "Calls that go through PyList_New or PyList_Append instead",
        "Read the handbook — Setting up the Network.\nBody.",
        "Python - The Official Tutorial for New Users - Python Software Foundation Docs\nBody.",
    ],
)
def site_title_prefix(ctx: Context) -> Iterator[Hit]:
    """A scraped site name, section or breadcrumb before the title on the first line.

    A page scraped for translation keeps its <title>, "Site name - Section - Title", or its
    breadcrumb trail, "Meeting minutes > Committee minutes". The prefix is flagged only when the
    evidence is clear: a segment names a site ("Website", "News", "Network", a domain), or the last
    segment is repeated as a title on a following line, or the whole first line is a short
    breadcrumb. The fix deletes the prefix; when what would remain is itself a section name (one or
    two words, or a site word: "Home - Xinhua Network - Politics"), it deletes the whole line, so
    no fragment of the breadcrumb is left as a line of its own.
    """
    doc = ctx.doc
    top = first_lines(doc, 4)
    if not top:
        return
    first = top[0]
    line = doc.text[first.start:first.end]
    later = {normalise(doc.text[s.start:s.end]) for s in top[1:]}

    trail = yield from _trail_hits(doc, top)
    if trail == 0:
        return
    suffix = _site_suffix(line, furniture_below=trail == 1 or len(top) > 1 and _is_metadata(doc, top[1]))
    if suffix is not None:
        yield Hit(first.start + suffix, first.end, "site name or section after the title", replacement="")
        return
    separators = list(_SEPARATOR.finditer(line))
    if not separators:
        return
    prefix_end = separators[-1].end()
    segments = _SEPARATOR.split(line[:separators[-1].start()])
    if any(not 0 < len(s.split()) <= _MAX_SEGMENT_WORDS for s in segments):
        return
    title = line[prefix_end:]
    named_site = any(_SITE_WORDS.search(s) for s in segments)
    title_repeated = normalise(title) in later
    if (named_site and len(segments) >= 1 and (len(segments) >= 2 or title_repeated)) or (
            title_repeated and len(segments) >= 2):
        if len(title.split()) <= _MAX_SECTION_WORDS or _SITE_WORDS.search(title):
            # "Home - Xinhua Network - Politics": the last segment is a section, not a title;
            # deleting the prefix alone would leave a stray line "Politics".
            start, end = line_removal(doc, first)
            yield Hit(first.start, first.end, "breadcrumb of site and section names left from the scraped page",
                      edits=(Edit(start, end, ""),))
            return
        yield Hit(first.start, first.start + prefix_end, "site name or section before the title",
                  replacement="")


def _trail_hits(doc, top) -> Iterator[Hit]:
    """The breadcrumb trail among the first three lines, and a site's name on the line above it
    ("Riverside Window" over "Home > News > Notices"); returns the trail's line (in `top`) or None."""
    for n, span in enumerate(top[:3]):
        next_line = doc.text[top[n + 1].start:top[n + 1].end] if len(top) > n + 1 else ""
        if _is_trail(doc.text[span.start:span.end], first=not n) and _is_title(next_line):
            start, end = line_removal(doc, span)
            if n == 1 and _is_site_name(doc.text[top[0].start:top[0].end], doc.text):
                # The name's line and the breaks after it go; the trail's edit starts where it does.
                yield Hit(top[0].start, top[0].end, "site name above the breadcrumb trail",
                          edits=(Edit(top[0].start, span.start, ""),))
                start, end = span.start, (doc.text.find("\n", span.end) + 1 or len(doc.text))
            yield Hit(span.start, span.end, "breadcrumb trail left from the scraped page",
                      edits=(Edit(start, end, ""),))
            return n
    return None


_NAME_WORD = LazyPattern(r"[A-Z][A-Za-z'’.&-]*|of|and|the|for|on|in")


def _is_site_name(line: str, text: str) -> bool:
    """A short name on a line of its own, every word capitalised, said nowhere else in the text."""
    words = line.split()
    return (0 < len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) and words[0][0].isupper()
            and text.count(line.strip()) == 1)


def _is_metadata(doc, span) -> bool:
    from .furniture_lines import metadata_row

    line = doc.text[span.start:span.end].strip()
    return bool(line) and len(line) <= 200 and metadata_row(line) is not None


_MAX_TITLE_WORDS = 30
_COMPANY_END = LazyPattern(r"\b(?:Ltd|Co|Inc|Corp|LLC)\.$")  # a company's name ends the line, not a sentence
_CAMEL = LazyPattern(r".[A-Z]")  # "PyGen_New": an identifier, not a title and a site
_UNDERSCORE_SUFFIX = LazyPattern(r"(?<=[a-z0-9?!)）])_(?=[A-Z][a-z])")


def _site_suffix(line: str, furniture_below: bool = False) -> int | None:
    """Where a site's name after the title starts, as a page's <title> puts it: "Title_Site
    name" (the underscore Chinese content-management systems join them with), or "Title -
    Section - Site Network" (the last segment names a site, the title is the longest), or
    "Title - Site Name" when a breadcrumb or a metadata line follows (the page's furniture)."""
    stripped = line.rstrip()
    if not stripped or stripped[-1] in ".:;,。" and not _COMPANY_END.search(stripped) \
            or len(stripped.split()) > _MAX_TITLE_WORDS:
        return None  # a paragraph, not a <title>
    underscores = list(_UNDERSCORE_SUFFIX.finditer(stripped))
    if underscores:
        head, tail = stripped[:underscores[0].start()], stripped[underscores[0].end():]
        if (len(head.split()) >= 3 or stripped.endswith("_") or len(underscores) >= 2) and not _CAMEL.search(head.split()[-1]) and all(0 < len(p.split()) <= _MAX_SEGMENT_WORDS and " " in p.strip()
                                          or len(p.split()) == 1 and p[:1].isupper() for p in tail.split("_") if p):
            return underscores[0].start()
    separators = list(_SEPARATOR.finditer(stripped))
    if not separators:
        return None
    segments = _SEPARATOR.split(stripped)
    title, rest = segments[0], segments[1:]
    if furniture_below and len(rest) == 1 and _is_site_name(rest[-1], rest[-1]) and len(title.split()) >= 4:
        return separators[0].start()  # "Title - Riverside Window" above a trail or a metadata line
    if (_SITE_WORDS.search(rest[-1]) and all(0 < len(p.split()) <= _MAX_SEGMENT_WORDS for p in rest)
            and len(title.split()) > max(len(p.split()) for p in rest) and not _SITE_WORDS.search(title)):
        return separators[0].start()
    return None


def _is_trail(line: str, first: bool) -> bool:
    """Whether `line` is a breadcrumb trail: short segments joined by ">", ">>", "»", "→" or "›".
    On the first line two segments do; below a site name the trail needs a sign of itself:
    its label ("Your location:"), a first segment "Home", or three segments."""
    label = _TRAIL_LABEL.match(line)
    trail = line[label.end():] if label else line
    crumbs = _BREADCRUMB_SEPARATOR.split(trail)
    if len(crumbs) < 2:
        # "Home / Section / Page": a slash joins crumbs only after "Home" or a label ("and / or" does not)
        crumbs = _SLASH_SEPARATOR.split(trail)
        if len(crumbs) < 2:
            crumbs = _HYPHEN_SEPARATOR.split(trail)  # "Home-Culture-Heritage", after "Home" only
        if len(crumbs) < 2 or not (label and len(crumbs) >= 3 or _HOME.match(crumbs[0].strip())):
            return False
    if not all(0 < len(c.split()) <= _MAX_SEGMENT_WORDS for c in crumbs):
        return False
    return first or bool(label) or len(crumbs) >= 3 or bool(_HOME.match(crumbs[0].strip()))


def _is_title(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a heading, not body text."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= 20 and stripped[-1] not in ".:;,。"  # a title may ask or exclaim


_RELATED_HEADING = LazyPattern(
    r"(?im)^[ \t]*(?:[-*•·][ \t]*)?(?:(?:related|similar) (?:articles|posts|reading|news|content|links|stories|questions"
    r"|consultations|cases)|(?:hot|more|popular) questions|"
    r"recommended (?:articles|reading|for you)|you (?:may|might) also like|more (?:articles|news|"
    r"stories)|hot (?:articles|topics)|popular (?:articles|posts)|latest articles)[ \t]*:?[ \t]*\r?$"
)
_MAX_LINK_LINE = 200


@rule(
    "R102", "related-links-list", fix=Safety.SAFE, markdown=False, scope="end",
    triggers_nocase=("related ", "similar ", "hot questions", "more questions", "popular questions", "recommended ", "also like", "more articles", "more news", "more stories",
                     "hot articles", "hot topics", "popular articles", "popular posts", "latest articles"),
    bad=[
        ("The end of the report.\n⟦- Related articles\n- Smart charging piles\n- English slogans⟧\n",
         "The end of the report.\n"),
        ("Body text.\n\n⟦Related articles:\nA complete set of sentences\nTeacher's speech⟧",
         "Body text."),
        ("The answer ends here.\n⟦Similar questions\nCan a tenant sublet a room?\nWho pays for repairs?⟧",
         "The answer ends here."),
    ],
    good=[
        "Related articles are listed in the appendix, which the committee prepared.\nMore text.",
        "Body.\nRelated articles\nThis paragraph is far too long to be a link title in a list of related articles, "
        "since it goes on and on about the subject at hand, the committee, the reports and the many "
        "departments involved, well past two hundred characters of running prose text.",
    ],
)
def related_links_list(ctx: Context) -> Iterator[Hit]:
    """A trailing "Related articles" list of links to other pages.

    Content farms that host machine-translated text end each page with links to unrelated pages;
    a scrape keeps them as the last lines of the document. Flagged only when a furniture heading
    ("Related articles", "You may also like") is followed by nothing but short lines up to the end.
    The fix deletes the heading and the list.
    """
    text = ctx.text
    last_long = None
    end = len(text.rstrip())
    for m in ctx.at_line_starts("R102", _RELATED_HEADING):
        # The lines after the heading (it ends at a line break) are all short, and one is not blank.
        if last_long is None:
            last_long = _last_long_line(text)
        if end > m.end() and last_long < m.end():
            # Delete from the end of the text before the heading, so the document keeps its own
            # final line break (or lack of one) and no blank lines are left behind.
            before = blank_back(text, m.start())
            yield Hit(m.start(), end, "list of related links scraped with the page",
                      edits=(Edit(before, end, ""),))
            return


def _last_long_line(text: str) -> int:
    """Where the last line (as str.splitlines counts them) longer than a link title and not blank
    starts; -1 when there is none. Looked for in ever longer tails of the text, since it is
    usually near the end: the first line of a tail may be cut, so it counts only when the tail
    is the whole text."""
    size = 1 << 16
    while True:
        low = max(0, len(text) - size)
        lines = text[low:].splitlines(keepends=True)
        last, offset = -1, low
        for n, line in enumerate(lines):
            body = line.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
            if (n or not low) and len(body) > _MAX_LINK_LINE and body.strip():
                last = offset
            offset += len(line)
        if last != -1 or not low:
            return last
        size *= 4


_CITATION_PAGE = LazyPattern(r"(?<![ \t])[ \t]*\[\d{1,3}\][ \t]*\d{1,4}(?:[-–]\d{1,4})?(?=[ \t]*[.,;:。，；]|[ \t]*\r?$)", re.M)
_DANGLING_NOTE = LazyPattern(r"(?<=[a-z][.!?])\[\d{1,3}\](?=[ \t]*\r?$)", re.M)  # at the end of its paragraph
_NOTES_LIST = LazyPattern(r"(?m)^[ \t]*(?:[-*][ \t]*)?\[\d{1,3}\]|^[ \t]*(?:references|notes|sources|bibliography)\b", re.I)
_CITATION_UNIT_BEFORE = LazyPattern(r"[ \t]*\[\d{1,3}\][ \t]*\d{1,4}(?:[-–]\d{1,4})?\Z")  # one more, ending where a match starts


@rule(
    "R103", "citation-residue", fix=Safety.SAFE, triggers=tuple(d + "]" for d in "0123456789"),
    bad=[
        ("and form a joint force of work⟦ [2] 365⟧.", "and form a joint force of work."),
        ("as the report says⟦ [12] 7⟧, the rate rose", "as the report says, the rate rose"),
        ("as the report says⟦ [12] 7 [13] 9⟧, the rate rose", "as the report says, the rate rose"),
        ("exported to many countries⟦ [7] 18-19⟧.", "exported to many countries."),
        ("the custom kept its old meaning.⟦[4]⟧\nThe law says", "the custom kept its old meaning.\nThe law says"),
    ],
    good=[
        "as shown in [2], the rate rose",
        "Values [1] 2 3 4 are listed below in order of size.",
        "the custom kept its old meaning.[4]\n\nNotes\n[4] The county records, 1932.",
    ],
)
def citation_residue(ctx: Context) -> Iterator[Hit]:
    """A footnote marker with a page number left in the sentence: "form a joint force [2] 365.".

    Chinese papers cite as "……合力[2]365。" (note 2, page 365). The notes are not part of the
    scraped or translated text, so the marker and page number point nowhere. A bare marker such as
    "[2]" is a real citation and is left alone; only marker plus page number before punctuation or
    the end of a line is flagged, and a bare marker glued after the last sentence of a paragraph ("meaning.[4]") when the
    text holds no list of notes ("[4] …" at a line start, a "Notes" or "References" heading) for
    it to point to. The fix deletes them.
    """
    text = ctx.text
    for m in ctx.finditer("R103", _CITATION_PAGE):
        # Markers and pages just before it go too, so a run of them is fixed in one pass. Looked
        # for backwards, one at a time: a pattern repeating the unit would backtrack over the
        # whole run from every position in it.
        start = m.start()
        while (unit := _CITATION_UNIT_BEFORE.search(text, max(0, start - 24), start)) and unit.start() < start:
            start = unit.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
        yield Hit(start, m.end(), "citation marker and page number left from the source", replacement="")
    notes = None
    for m in ctx.finditer("R103", _DANGLING_NOTE):
        notes = _NOTES_LIST.search(text) is not None if notes is None else notes
        if not notes:  # "[3]" after a sentence, and no list of notes it could point to
            yield Hit(m.start(), m.end(), "note marker left from the source, with no notes in the text", replacement="")


# Template sentences of content farms that host machine-translated essays ("summary essays").
# The worries of 你还在为…发愁吗 ("Are you still troubled about writing …?"), in the regex and the triggers.
_WORRIES = ("worried", "troubled", "confused", "anxious")
_PREAMBLE = LazyPattern(
    r"(?i)(?<![^\s.!?])(?:welcome to (?:read(?:ing)?|browse|view)(?: it)?[.!]"
    r"|i hope (?:you|everyone) (?:can|will|could) (?:like|read|enjoy|save|collect)[^.!?\n]{0,40}[.!]"
    rf"|(?:are you |(?<!are you ))still (?:{'|'.join(_WORRIES)}) about (?:writing|how to write)[^.!?\n]{{0,60}}\?"
    r"|the following is (?:my|the|a) (?:carefully )?(?:compiled|collected|organized|sorted out)[^.!?\n]{0,120}[.!]"
    r"|(?:come and|let's) (?:take a look|have a look)(?: at it| together)?(?: with (?:the |an? )?[a-z]+(?: [a-z]+)?)?[.!])"
)


@rule(
    "R104", "content-farm-preamble", fix=Safety.UNSAFE, markdown=False,
    triggers_nocase=("welcome to read", "welcome to browse", "welcome to view", "i hope you ", "i hope everyone ",
                     "are you still ", *(f"still {w} about" for w in _WORRIES), "the following is ",
                     "take a look", "have a look"),
    bad=[
        ("the reports we gathered. ⟦Welcome to reading.⟧ ⟦I hope everyone will enjoy the essays below.⟧ Essay one",
         "the reports we gathered.   Essay one"),
        ("⟦Are you still troubled about how to write a year-end report?⟧ Below are", " Below are"),
        ("the essays we found. ⟦Welcome to browse!⟧ Essay one", "the essays we found.  Essay one"),
        ("⟦Still worried about writing a work plan?⟧ Here are five.", " Here are five."),
        ("Why do leaves turn red? ⟦Let's take a look together with the botanist.⟧ In autumn",
         "Why do leaves turn red?  In autumn"),
    ],
    good=["Welcome to the reading room of the library.", "I hope you can come to the meeting.",
          "Welcome to browse the stacks.", "She was still worried about writing to him, so she called."],
)
def content_farm_preamble(ctx: Context) -> Iterator[Hit]:
    """A content farm's template sentences around a translated essay ("Welcome to read it.").

    Sites that repost machine-translated Chinese essays wrap them in fixed sentences: 欢迎阅读,
    希望大家喜欢 ("Welcome to read it. I hope you will like it."), 你还在为写工作总结而发愁吗
    ("Are you still troubled about how to write a year-end report?"). Only those fixed forms are flagged,
    with the other verbs of 欢迎 (浏览 "Welcome to browse!") and the question without "Are you".
    The fix deletes the sentence; it is unsafe because a human should see what goes.
    """
    # The match starts at the trigger, or at "come and " / "let's " before "take a look".
    for m in ctx.matches("R104", _PREAMBLE, offsets=(-9, -6, 0)):
        yield Hit(m.start(), m.end(), "content-farm template sentence, not part of the document", replacement="")


_FURNITURE = LazyPattern(
    r"(?im)^[ \t]*(?:(?:font|text) size[ \t]*[:：][ \t]*[aA](?:[ \t]+[aA]){1,3}"
    r"|abstract/summary[ \t]*:[ \t]*PDF full text request"
    r"|(?:posted on|release time|published on)[ \t]*:[ \t]*\d{4}-\d{2}-\d{2}\S*(?:degree|type|author|source|views?|clicks?)[ \t]*:.*"
    r"|\S.*full text[ \t]*:[ \t]*PDF"
    r"|(?:click to read|scan the qr code|share (?:to|this article to)[ \t]*:).*"
    r"|\d{4}[-/ ]\w+[-/ ]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+source[ \t]*[:：].*)[ \t]*\r?$"
)


@rule(
    "R105", "page-furniture", fix=Safety.SAFE, markdown=False,
    triggers_nocase=("font size", "text size", "abstract/summary", "posted on", "release time", "published on",
                     "full text", "click to read", "scan the qr code", "share to", "share this article to", "source"),
    bad=[
        ("⟦Font Size: a A A⟧\n\nStudy On Rural Governance", "Study On Rural Governance"),
        ("⟦Abstract/Summary:PDF Full Text Request⟧\nSince the 1980s", "Since the 1980s"),
        ("⟦2021 March 17 08:03 Source: Xinhua News Agency⟧\nOfficials said on Monday", "Officials said on Monday"),
        ("Title\n⟦Scan the QR code to share⟧\nBody.", "Title\nBody."),
    ],
    good=["The font size of the report was small.", "Source: the 2021 yearbook, page 4."],
)
def page_furniture(ctx: Context) -> Iterator[Hit]:
    """A line of web-page furniture: font-size switches, "Full Text: PDF", share prompts, datelines.

    Scraping keeps the controls and metadata around an article: "Font Size: a A A",
    "Abstract/Summary:PDF Full Text Request", "Scan the QR code", "2021 March 17 08:03 Source:
    Xinhua News Agency". Only whole lines of these fixed shapes are flagged. The fix deletes the
    whole line, line break and all, as an editor does (R107 finds metadata lines of any wording).
    """
    doc = ctx.doc
    for m in ctx.at_line_starts("R105", _FURNITURE):
        end = m.end()
        while end > m.start() and ctx.text[end - 1] in "\r \t":
            end -= 1
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        line = doc.lines()[bisect.bisect_right(doc.line_starts, start) - 1]
        low, high = line_removal(doc, line)
        yield Hit(start, end, "web-page furniture scraped with the text", edits=(Edit(low, high, ""),))


_PLACEHOLDER = LazyPattern(
    # "in *** in our town", "*** County": a masked name after a preposition or before a place word
    r"(?:(?<=\bin )|(?<=\bat )|(?<=\bfrom ))\*{3,}(?![\w*])"
    r"|(?<![\w*])\*{3,}(?= (?:[Cc]ounty|[Cc]ity|[Tt]own(?:ship)?|[Vv]illage|[Pp]rovince|[Dd]istrict|[Cc]ompany)\b)"
    r"|\b(?:19|20)[xX]{2}\b"  # "20xx": a year left as a template slot
    r"|(?<![\w])(?:[xX]{2,3}|××+|[○〇]{2,3})(?= (?:[Cc]ounty|[Cc]ity|[Tt]own(?:ship)?|[Vv]illage|[Pp]rovince|[Dd]istrict|"
    r"[Cc]ompany|[Ss]treet|[Cc]ommunity|[Ss]chool|[Hh]ospital|[Bb]ureau|[Dd]epartment)\b)"
    # 某月某日 "xx month xx day", a date left as a slot; ×× anywhere (no English writes it twice)
    r"|\bxx(?= (?:month|day)\b)|(?<=\bmonth )xx\b|(?<![\d×])××+(?![\d×])"
    # a person masked after a title or a salutation: 张×× "Mr. XX", 尊敬的×× "Dear XX"
    r"|(?:(?<=\bMr\. )|(?<=\bMrs\. )|(?<=\bMs\. )|(?<=\bMr )|(?<=\bMs )|(?<=\bDear )|(?<=\bComrade ))[xX]{2,3}(?=[ ,:;.]|$)"
)


@rule(
    "R106", "template-placeholder", severity=Severity.ERROR, markdown=False,
    triggers=("***", "19x", "19X", "20x", "20X", "xx ", "xX ", "Xx ", "XX ", "××", "○○", "〇〇", "XX,", "XX:", "XX.", "xx,", "xx:"),
    bad=[
        "Four schools in ⟦***⟧ joined the scheme.",
        "the committee was set up in ⟦20xx⟧. Since then",
        "the Party committee of ⟦XX⟧ County decided",
        "the meeting on ⟦xx⟧ month ⟦xx⟧ day chose a chair",
        "Dear ⟦××⟧: your application was received.",
        "said Mr. ⟦XXX⟧ of the township",
        "the ⟦○○⟧ Village committee",
    ],
    good=["The 2020s began; in 1999 it ended.", "A rating of *** stars.", "The XXL size and XX chromosomes.",
          "Dear Xavier, thanks.", "Rated ●●●○○ by readers.", "the XX month of the lunar calendar", "XX Corps and Mr. Xu",
          "a 2×2 grid and 3××4"],
)
def template_placeholder(ctx: Context) -> Iterator[Hit]:
    """A template slot left in the text: "*** town", "in 20xx", "XX County".

    Content farms publish model essays with names and years masked (某某, ×× 县, 20××年); the
    masks survive translation: before a place word ("XX County", "○○ Village"), in a date ("xx
    month xx day"), after a title or salutation ("Mr. XXX", "Dear ××"), and "××" anywhere. The text needs the real name or year, which only a human knows,
    so there is no fix.
    """
    text = ctx.text
    previous = [0]

    def run_start(start: int) -> range:
        # A match starts in the run of x, X, × or * that ends at the trigger (not looking back
        # past the previous trigger, whose own look covers the rest: linear on long runs).
        low = start
        while low > previous[0] and text[low - 1] in "xX×*":
            low -= 1
        previous[0] = start
        return range(low, start + 1)

    for m in ctx.matches("R106", _PLACEHOLDER, run_start):
        yield Hit(m.start(), m.end(), f"template placeholder {m.group()!r}: the real name or year is missing")
