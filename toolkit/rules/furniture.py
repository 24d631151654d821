"""Page furniture in any wording: metadata lines and glued fields (labels, dates, times, counts),
widgets and navigation, content-farm sentences; deleted whole, line and all."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..document import lower_in_place, split_sentences
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_list
from .patterns import line_removal
from ..chinese import LazyPattern
from . import furniture_lines as shapes


_MAX_METADATA_LINE = 160
# What may start a candidate line's trigger: a date or time's separator between digits, a label's colon.

# Where a metadata or widget line may be: a line starting with a word or two and a colon, with a
# date or time ("2021-03-05", "09:12"), with a bracket or bar, or with a widget's words. Found
# with patterns on the ASCII view of the text (a NUL for each other character, such as "：";
# lower-cased for the widgets) that start with the line break, which the pattern engine looks
# for fast; cheaper than triggers for every colon and digit pair. The first line is tried on its own.
_LABEL_START = LazyPattern(rb"\n[ \t]*(?:[(\[\x00][A-Za-z ]{0,24}[:\x00|\]]|\d{1,4}[-/.:\x00]\d"
                           rb"|[A-Za-z][A-Za-z >]{0,100}(?:[:\x00|\]]|[ \t]{2}|[ \t]\d{4}[-/.]\d|\(\d))")
# Words of a site footer found anywhere on a line (looked for with bytes.find, cheaper than a pattern).
_FOOTER_WORDS = (b"ICP", b"resolution ", b"Security No", b"Security Record", b"ebsite ID", b"dentification code")
_WIDGET_START = LazyPattern(rb"\n[ \t]*(?:back to|return to|post a|leave a|print this|close|previous|next"
                            rb"|useful|useless|favorite|copyright|\(c\)|prev\b|share|scan|collect|set as"
                            rb"|did this|was this|this (?:article|page|news|post|notice)|(?:read|viewed|browsed|visited) \d)")


def _metadata_line(line: str) -> str | None:
    """Why `line` is page furniture (a metadata line, a row of widgets, a footer), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_METADATA_LINE:
        return None
    if stripped[-1] in ".!?。！？;；":
        return shapes.footer_row(stripped)
    return shapes.widget_row(stripped) or shapes.footer_row(stripped) or shapes.metadata_row(stripped)


# A field whose value is glued to its label, "Subject:Law", "GTID:2506": the shape of a metadata
# line whatever its label (labels outside lexicons/furniture-labels.txt count inside a block).
_GLUED_FIELD = LazyPattern(r"[ \t]*[A-Za-z][A-Za-z /]{0,24}:[^\s:/]")


def _in_block(line: str, weak: bool) -> str | None:
    """Why a line next to other furniture belongs to its block: a glued field, a copyright line,
    a link to the next or previous article."""
    if len(line) > _MAX_METADATA_LINE:
        return None
    if weak:
        return "page navigation (a link to another article)"
    if shapes.copyright_row(line.strip()):
        return "site footer (copyright)"
    if line.strip() and shapes.field_row(line.strip()):
        return "page metadata (fields beside other metadata lines)"
    if _GLUED_FIELD.match(line) and line.rstrip()[-1:] not in ".!?。！？;；":
        return "page metadata (fields beside other metadata lines)"
    return None


def _field_block_neighbours(text: str, lines, found: dict[int, str]) -> dict[int, str]:
    """Lines next to a metadata line (found), or next to one of these in turn, past blank lines,
    that hold a glued field and end without a full stop, a copyright line, or a weak link to
    another article: the rest of a block of furniture whose labels no list holds."""
    weak = {n for n, why in found.items() if why == shapes.WEAK}
    more: dict[int, str] = {}
    strong = [n for n in found if n not in weak]
    # Two links to neighbouring articles, one under the other, confirm each other.
    strong += [n for n in sorted(weak) if _next_filled(text, lines, n, 1) in weak or _next_filled(text, lines, n, -1) in weak]
    more.update({n: "page navigation (a link to another article)" for n in strong if n in weak})
    for n in sorted(set(strong)):
        for step in (-1, 1):
            k = _next_filled(text, lines, n, step)
            while k is not None and k not in more and (k not in found or k in weak):
                why = _in_block(text[lines[k].start:lines[k].end], k in weak)
                if not why:
                    break
                more[k] = why
                k = _next_filled(text, lines, k, step)
    return more


def _next_filled(text: str, lines, n: int, step: int) -> int | None:
    """The number of the next line (step 1) or the previous one (-1) past at most one blank line."""
    k = n + step
    if 0 <= k < len(lines) and not text[lines[k].start:lines[k].end].strip():
        k += step
    return k if 0 <= k < len(lines) else None


@rule(
    "R107", "metadata-line", fix=Safety.SAFE, markdown=False,
    bad=[
        ("A notice on spring planting\n⟦Editor:Wang Hua Date:2020.04.11⟧\nThe county office has issued",
         "A notice on spring planting\nThe county office has issued"),
        ("The work went on all year.\n⟦2019-06-21 14:05:09⟧\n\nNext part.", "The work went on all year.\n\nNext part."),
        ("Title of the page\n⟦Posted on:2018-09-14Views:512⟧\nBody text starts here.",
         "Title of the page\nBody text starts here."),
        ("The end of the article.\n⟦Back to top⟧", "The end of the article."),
        ("The end of the article.\n⟦Useful (7) | Useless (2)⟧\nMore.", "The end of the article.\nMore."),
        ("Thanks for reading.\n⟦Next article: Ten tips for a greener garden⟧", "Thanks for reading."),
        ("A heading\n⟦Source: Evening Post Online⟧\nThe city opened", "A heading\nThe city opened"),
        ("A thesis title\n⟦Posted on:2019-05-02Views:88⟧\n⟦Major:AgronomyTutor:Li⟧\nThe abstract",
         "A thesis title\nThe abstract"),
        ("A title\n⟦Posted on:2019-05-02⟧\nNote:this line is prose and ends with a full stop.",
         "A title\nNote:this line is prose and ends with a full stop."),
        ("A notice\n⟦Publisher: Planning Office   Publishing time: 2024-02-11 08:20:31   Number of visits: 415⟧\nThe town",
         "A notice\nThe town"),
        ("A report\n⟦Author: Gao Yun Photography: Ma Lin Time: 2023-05-17 Views: 208⟧\nThe school",
         "A report\nThe school"),
        ("A plan\n⟦Release time 2023-08-02 Information source Planning Office Reading times 119⟧\nThe plan",
         "A plan\nThe plan"),
        ("The end.\n⟦[Print this page] [Close window]⟧", "The end."),
        ("The end.\n⟦Like(9)    Favorite(2)⟧\n⟦Did this page help you?  Yes(4)  No(0)⟧", "The end."),
        ("The end.\n⟦Prev: A park opens in the east district⟧\n⟦Next: Spring tree planting begins⟧",
         "The end."),
        ("The end.\n⟦Previous: Old Mill Museum   Next: River Walk⟧\nMore.", "The end.\nMore."),
        ("The end.\n⟦This page has been viewed 2,310 times⟧\nMore.", "The end.\nMore."),
        ("The end.\n⟦Share this page: WeChat | Weibo⟧\nMore.", "The end.\nMore."),
        ("A title\n⟦Home > Notices > Roads        Author: office   Updated: 2022-08-30⟧\nThe roads", "A title\nThe roads"),
        ("A title\n⟦Home | Our Farm | Fruit | Visit Us⟧\nThe orchard", "A title\nThe orchard"),
        ("A title\n⟦Garden Channel  2022-04-02 10:20  Source: Green Life Net  [I want to comment]⟧\nThe roses",
         "A title\nThe roses"),
        ("The end.\n\n⟦Copyright © 2019-2024 Riverside Township Government⟧\n⟦Jin ICP No. 11002233-2⟧", "The end."),
        ("A circular\n⟦Lakeside County Bureau of Water Resources\u30002026-11-02\u3000Share to: Weibo QQ⟧\nAll towns",
         "A circular\nAll towns"),
    ],
    good=[
        "Source: the 2021 yearbook, page 4.",
        "The meeting is at 10:30 in room 4.",
        "Note: run it twice",
        "Contributor:\n    means each individual who contributes",
        "Version 2.1 (2020-05-01)\n\nThe first release.",
        "Next, open the file.",
        "Next article: see below for the list of the ones we chose.",
        "Time: the most precious thing we have, as the saying goes, is short",
        "Received: 3 March 2021; Accepted: 9 May 2021; Published: 1 June 2021",
        "Changes\n5.4.1 (2023-01-11)\n- fixed a crash",
        "News\n3.11.92 - 2014-03-17\n- fixed a leak",
        "Comments: see the list above for details",
        "time: TIMESTAMP",
        "The steps are done.\nNext: Installing the package",
        "The end.\nCopyright © 2004 The Example Project",
        "next 8352\nclose 3152",
        "The book was read 40 times by the class before the exam.",
        "Red | Green | Blue | Yellow",
        "Contact: Ms. Wu  Phone: 0451-2233445",
        "The author agreed:\n\nFrom: Ann Lee <ann@example.org>\nDate: Tue, 3 May 2005 10:11:12 +0100\n"
        "Subject: Re: licence of the fonts\n\nYou may use them.",
    ],
)
def metadata_line(ctx: Context) -> Iterator[Hit]:
    """A line of page furniture in any wording: metadata ("Editor:Li Ming Date:2021.03.05",
    "Publisher: Planning Office   Publishing time: 2024-02-11   Number of visits: 415",
    "2023-04-18 09:12:55"), widgets ("Back to top", "[Print] [Close]", "Like(9)  Favorite(2)"),
    links to neighbouring articles, a site footer ("Jin ICP No. 11002233-2").

    Content-management systems print fields around an article (source, author, editor, time,
    views) and controls (back to top, print, close, previous/next article, like counts, share
    bars, font-size switches) and a footer; a scrape keeps them as lines, glued together when the
    page laid them out side by side. The line is read by its shape (furniture_lines.py): split
    at bars, brackets and runs of blanks, each part is a widget (lexicons/furniture-widgets.txt),
    or a field "Label: value" whose label holds a label word (furniture-labels.txt,
    furniture-label-words.txt: "Source of article", "Number of visits") or is a capitalised word
    or two; a row is metadata when its values are a few words (names weigh half) beside dates,
    counts or other fields, and holds no two words of a sentence ("the", "is", "we"). A link
    "Next: <title>" counts only beside another furniture line, a copyright line only inside a
    block of furniture; "ICP" with its number is a Chinese site's record line anywhere.
    Native English does not have this shape: a sentence has more words around its dates and
    ends with a full stop; an article's history joins its fields with semicolons ("Received: …;
    Accepted: …"), a changelog heading has a version ("5.4.1 (2023-01-11)"), a protocol's field
    is lower case ("time: TIMESTAMP") and a label before a phrase ("Comments: see the list") is
    prose; the fields of a quoted mail's header ("Subject:" and "To:" among them) are a header;
    all these pass. The fix deletes the whole line, line break and all, so no fragment of
    the furniture is left behind.
    """
    doc = ctx.doc
    text = ctx.text
    lines = doc.lines()
    starts = doc.line_starts
    scanned = doc.ascii_bytes
    candidates = {m.start() + 1 for pattern, view in ((_LABEL_START, b"\n" + scanned),
                                                     (_WIDGET_START, b"\n" + doc.ascii_lowered))
                  for m in pattern.finditer(view)}  # offsets in the view are one past the text's
    for word in _FOOTER_WORDS:
        at = scanned.find(word)
        while at != -1:
            candidates.add(at + 1)
            at = scanned.find(word, at + 1)
    found, seen = {}, {}  # a page's header and footer recur on every page of a long scrape
    for n in sorted({bisect.bisect_right(starts, c - 1) - 1 for c in candidates}):
        line = lines[n]
        body = text[line.start:line.end]
        why = seen[body] if body in seen else seen.setdefault(body, _metadata_line(body))
        if why:
            found[n] = why
    for n, why in sorted({**found, **_field_block_neighbours(text, lines, found)}.items()):
        line = lines[n]
        if why and why != shapes.WEAK and not _in_mail_header(text, lines, n):
            start, end = line_removal(doc, line)
            yield Hit(line.start + len(text[line.start:line.end]) - len(text[line.start:line.end].lstrip()),
                      line.start + len(text[line.start:line.end].rstrip()), f"{why} scraped with the page",
                      edits=(Edit(start, end, ""),))



# The fields of a mail's header; "To", "Cc" and "Subject" never head a web page's metadata.
_MAIL_FIELD = LazyPattern(r"(?i)[ \t>]*(?:from|to|cc|subject|date|reply-to|message-id|sender|in-reply-to|x-[\w-]+):[ \t]")
_MAIL_ONLY = LazyPattern(r"(?i)[ \t>]*(?:to|cc|subject|reply-to|message-id|in-reply-to):[ \t]")


def _in_mail_header(text: str, lines: list, n: int) -> bool:
    """Whether line `n` is a field of a quoted mail's header ("Date: …" beside "Subject: …"), as
    licence files and archives quote mails: a header, not furniture."""
    if not _MAIL_FIELD.match(text, lines[n].start):
        return False
    near = lines[max(0, n - 4):n + 5]
    return any(_MAIL_ONLY.match(text, line.start) for line in near)


def _signals() -> frozenset[str]:
    """Content-farm phrases: to the reader, and naming the page (lexicons/content-farm-*.txt)."""
    return word_list("content-farm-signals", "content-farm-page-phrases", "content-farm-strong")


def _signal_triggers() -> tuple[str, ...]:
    return tuple(sorted(_signals()))


_STRONG_STARTS = ("xiaobian", "small editor", "the small editor", "little editor")  # content-farm-strong.txt
_SENTENCE_END = LazyPattern(r"[.!?。！？]+[\"”’]?(?=\s|$)|\n")


@rule(
    "R108", "content-farm-sentence", triggers_nocase=_signal_triggers(), markdown=False,
    bad=[
        "The plan was adopted. ⟦This article was collected for you by the editor, please keep it.⟧ The plan",
        "⟦Here are some model essays for your reference, I hope you like them!⟧\nThe work",
        "The festival is near. ⟦Today, Xiaobian will tell you about its customs.⟧ The lanterns",
    ],
    good=["I hope you can come to the meeting.", "This article describes the build system.",
          "The figures are given for your reference in the appendix.",
          "We hope everyone who reads this article will write to us.",
          "A small series of tests ran before the release."],
)
def content_farm_sentence(ctx: Context) -> Iterator[Hit]:
    """A content farm's sentence to the reader about the page itself, in any wording:
    "This article was collected for you by the editor, please keep it."

    Sites that repost machine-translated essays wrap them in template sentences that recommend,
    offer or ask the reader to save the page (欢迎阅读, 仅供参考, 希望大家喜欢, 小编为大家收集). R104
    knows a few fixed ones; this rule recognises the kind: a sentence holding two or more of the
    phrases of lexicons/content-farm-signals.txt and content-farm-page-phrases.txt ("this article", "for your reference", "hope you
    like", "keep it", "the editor", "model essays"). One such phrase is ordinary English ("for your
    reference", "this article"); two in one sentence address the reader about the page, which the
    body of a text never does. The sentence must be deleted, which a human confirms: no fix.
    """
    from .. import lexicon

    text = ctx.text
    signals, strong = _signals(), lexicon.words("content-farm-strong")
    done = -1
    starts = ctx._starts("R108") if ctx.use_triggers else range(len(text))
    for i, start in enumerate(starts):
        if start < done or start < 0:
            continue
        if ctx.use_triggers and not (i + 1 < len(starts) and starts[i + 1] - start <= 300
                                     or i and start - starts[i - 1] <= 300
                                     or lower_in_place(text[start:start + 20]).startswith(_STRONG_STARTS)):
            continue  # a signal with no other within a sentence's reach: one is ordinary English
        # The sentence around the signal: from the end of the previous one to the end of this one.
        low = max(0, start - 300)
        previous = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
        begin = previous[-1] if previous else (low if low == 0 else text.rfind("\n", 0, start) + 1)
        end_match = _SENTENCE_END.search(text, start, start + 300)
        end = end_match.end() if end_match else min(len(text), start + 300)
        sentence = lower_in_place(text[begin:end])  # not doc.lowered: lower-casing 10 MB for a few sentences
        found = _signals_in(sentence, signals)
        if not ctx.use_triggers and not found:
            done = end
            continue
        if (len(found) >= 2 or found & strong) and len(sentence.split()) <= 40:
            while begin < end and text[begin].isspace():
                begin += 1
            stop = end
            while stop > begin and text[stop - 1] == "\n":
                stop -= 1
            yield Hit(begin, stop, "content-farm sentence about the page (" + ", ".join(sorted(found)) + ")")
        done = end


def _signals_in(sentence: str, signals: frozenset[str]) -> set[str]:
    """The signal phrases standing as whole words in `sentence`, overlapping ones counted once
    (the longest first: "hope you like" and "you like it" are one signal)."""
    spans = []
    for phrase in signals:
        at = sentence.find(phrase)
        while at != -1:
            end = at + len(phrase)
            if not sentence[at - 1:at].isalnum() and not sentence[end:end + 1].isalnum():
                spans.append((at, end, phrase))
            at = sentence.find(phrase, at + 1)
    kept: list[tuple[int, int, str]] = []
    for at, end, phrase in sorted(spans, key=lambda s: s[0] - s[1]):
        if all(end <= a or at >= e for a, e, _ in kept):
            kept.append((at, end, phrase))
    return {phrase for _, _, phrase in kept}


_MAX_PREAMBLE_SENTENCES = 10  # a template's preamble is short; a long paragraph is the text itself
_PREAMBLE_LINES = 4  # a template comes before or after the essay: among the first or last lines


@rule(
    "R109", "content-farm-paragraph", fix=Safety.UNSAFE, triggers_nocase=_signal_triggers(), markdown=False,
    bad=[
        ("⟦Time flies like an arrow.⟧ Another term of study has ended. This sample essay was carefully "
         "organized for you. May you like it and share it with friends.\nThe school year began",
         "The school year began"),
        ("Report of the committee\n⟦Spring is the season of hope.⟧ Here is a model essay for your reference. "
         "I hope you like it. Report of the committee, part 1",
         "Report of the committee\nReport of the committee, part 1"),
    ],
    good=[
        "The figures are given for your reference in the appendix. The board approved them.",
        "I hope you like the new design. Please keep it in mind when you write the next release notes.",
        "Welcome to read the minutes. The meeting began at nine.",
    ],
)
def content_farm_paragraph(ctx: Context) -> Iterator[Hit]:
    """A content farm's preamble paragraph: the template a site puts before a reposted essay,
    whose sentences about the page ("Welcome to browse.", "compiled for you") are preceded by
    sentences of filler ("Time flies like an arrow.") that hold no such phrase.

    R108 needs two content-farm phrases in one sentence; here two or more sentences of one short
    paragraph each hold one, among them a phrase that names the page or its compiling
    (lexicons/content-farm-page-phrases.txt: "welcome to read", "compiled for you", "model
    essay") and one that asks the reader ("hope you like", "save it"), and the paragraph is
    among the first or last four of the text, where a template goes: the paragraph is a template
    up to the last of them, filler included.
    Native prose addresses the reader about the page in one sentence at most ("for your
    reference" in a letter), and phrases to the reader alone ("I hope you like it. Please keep
    it.") are ordinary in letters. The finding is the paragraph's first sentence, where the
    template starts; the fix deletes the paragraph up to the end of the last template sentence
    (a title run into the same line after it stays), unsafe because a human confirms what goes.
    """
    from .. import lexicon

    signals, page = _signals(), lexicon.words("content-farm-page-phrases")
    text, lines = ctx.text, ctx.doc.lines()
    ends: set[int] | None = None
    for n in ctx.line_numbers("R109"):
        ends = _end_lines(text, lines) if ends is None else ends
        if n not in ends:
            continue
        sentences = split_sentences(text, lines[n].start, lines[n].end)
        said = [_signals_in(lower_in_place(text[s.start:s.end]), signals) for s in sentences[:_MAX_PREAMBLE_SENTENCES]]
        marked = [i for i, found in enumerate(said) if found]
        if len(marked) < 2 or len(sentences) > _MAX_PREAMBLE_SENTENCES + 2:
            continue
        first, last = sentences[0], sentences[marked[-1]]
        found = sorted(set().union(*(said[i] for i in marked)))
        if page.isdisjoint(found) or not set(found) - page:
            continue  # both kinds: the page named ("this article", "the editor") and the reader asked
        end = last.end
        while end < lines[n].end and text[end] in " \t":
            end += 1
        low, high = line_removal(ctx.doc, lines[n]) if end >= lines[n].end else (lines[n].start, end)
        yield Hit(first.start, first.end,
                  f"content-farm preamble: {marked[-1] + 1} sentences of a site's template ({', '.join(found)})",
                  edits=(Edit(low, high, ""),))


def _end_lines(text: str, lines) -> set[int]:
    """The numbers of the first and last _PREAMBLE_LINES lines that hold more than white space."""
    found: set[int] = set()
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        count = 0
        for n in order:
            if count == _PREAMBLE_LINES:
                break
            if text[lines[n].start:lines[n].end].strip():
                found.add(n)
                count += 1
    return found
