"""Residue of how the text was obtained: site titles and breadcrumbs, link lists, citation debris."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .patterns import first_lines, line_removal, normalise

_SEPARATOR = regex.compile(r"[ \t]+(?:[-–—|_»]|::)[ \t]+")
_BREADCRUMB_SEPARATOR = regex.compile(r"[ \t]+[>»][ \t]+")
_SITE_WORDS = regex.compile(
    r"(?i)\b(?:web ?site|site|network|net|home ?page|home|headlines?|news|channel|column|portal|"
    r"current location|you are here|online|forum|encyclopedia|collection|library)\b|\.(?:com|cn|net|org)\b"
)
_MAX_SEGMENT_WORDS = 6


@rule(
    "R101", "site-title-prefix", fix=Safety.SAFE, markdown=False,
    bad=[
        ("⟦Joke Collection Website - News headlines - ⟧Requesting research on party building\nBody.",
         "Requesting research on party building\nBody."),
        ("⟦Work report > Investigation report⟧\n\nAn investigation report\n\nBody.",
         "An investigation report\n\nBody."),
        ("⟦Current location - Home - Policy Network - ⟧A report on rivers\n\nBody.",
         "A report on rivers\n\nBody."),
    ],
    good=[
        "Python - A Guide for Beginners\n\nBody text.",
        "Chapter 1 - Introduction\n\nIt begins.",
        "Bulk > Small > None\n\nA ranking of sizes, from a long and careful study of many things here.",
    ],
)
def site_title_prefix(ctx: Context) -> Iterator[Hit]:
    """A scraped site name, section or breadcrumb before the title on the first line.

    A page scraped for translation keeps its <title>, "Site name - Section - Title", or its
    breadcrumb trail, "Work report > Investigation report". The prefix is flagged only when the
    evidence is clear: a segment names a site ("Website", "News", "Network", a domain), or the last
    segment is repeated as a title on a following line, or the whole first line is a short
    breadcrumb. The fix deletes the prefix (or the breadcrumb line).
    """
    doc = ctx.doc
    top = first_lines(doc, 4)
    if not top:
        return
    first = top[0]
    line = doc.text[first.start:first.end]
    later = {normalise(doc.text[s.start:s.end]) for s in top[1:]}

    crumbs = _BREADCRUMB_SEPARATOR.split(line)
    next_line = doc.text[top[1].start:top[1].end] if len(top) > 1 else ""
    if len(crumbs) > 1 and all(0 < len(c.split()) <= _MAX_SEGMENT_WORDS for c in crumbs) and _is_title(next_line):
        start, end = line_removal(doc, first)
        yield Hit(first.start, first.end, "breadcrumb trail left from the scraped page",
                  edits=(Edit(start, end, ""),))
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
        yield Hit(first.start, first.start + prefix_end, "site name or section before the title",
                  replacement="")


def _is_title(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a heading, not body text."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= 20 and stripped[-1] not in ".!?:;,。！？"


_RELATED_HEADING = regex.compile(
    r"(?im)^[ \t]*(?:[-*•·][ \t]*)?(?:related (?:articles|posts|reading|news|content|links|stories)|"
    r"recommended (?:articles|reading|for you)|you (?:may|might) also like|more (?:articles|news|"
    r"stories)|hot (?:articles|topics)|popular (?:articles|posts)|latest articles)[ \t]*:?[ \t]*\r?$"
)
_MAX_LINK_LINE = 200


@rule(
    "R102", "related-links-list", fix=Safety.SAFE, markdown=False,
    bad=[
        ("The end of the report.\n⟦- Related articles\n- Smart charging piles\n- English slogans⟧\n",
         "The end of the report.\n"),
        ("Body text.\n\n⟦Related articles:\nA complete set of sentences\nTeacher's speech⟧",
         "Body text."),
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
    for m in _RELATED_HEADING.finditer(text):
        tail = text[m.end():].splitlines()
        items = [t for t in tail if t.strip()]
        if items and all(len(t) <= _MAX_LINK_LINE for t in items):
            end = len(text.rstrip())
            # Delete from the end of the text before the heading, so the document keeps its own
            # final line break (or lack of one) and no blank lines are left behind.
            before = len(text[:m.start()].rstrip())
            yield Hit(m.start(), end, "list of related links scraped with the page",
                      edits=(Edit(before, end, ""),))
            return


_CITATION_PAGE = regex.compile(r"[ \t]*\[\d{1,3}\][ \t]*\d{1,4}(?=[ \t]*[.,;:。，；]|[ \t]*\r?$)", regex.M)


@rule(
    "R103", "citation-residue", fix=Safety.SAFE,
    bad=[
        ("and form a joint force of work⟦ [2] 365⟧.", "and form a joint force of work."),
        ("as the report says⟦ [12] 7⟧, the rate rose", "as the report says, the rate rose"),
    ],
    good=[
        "as shown in [2], the rate rose",
        "Values [1] 2 3 4 are listed below in order of size.",
    ],
)
def citation_residue(ctx: Context) -> Iterator[Hit]:
    """A footnote marker with a page number left in the sentence: "form a joint force [2] 365.".

    Chinese papers cite as "……合力[2]365。" (note 2, page 365). The notes are not part of the
    scraped or translated text, so the marker and page number point nowhere. A bare marker such as
    "[2]" is a real citation and is left alone; only marker plus page number before punctuation or
    the end of a line is flagged. The fix deletes them.
    """
    for m in _CITATION_PAGE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), "citation marker and page number left from the source",
                  replacement="")
