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


_DATE_TIME = LazyPattern(
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d{4}年\d{1,2}月)")
_FIELD_LABEL = LazyPattern(r"(?i)(?:^|(?<=[\s\d|]))([a-z][a-z ]{1,24}?)[ \t]*[:：]")
_COUNT = LazyPattern(r"[(（\[]?\d+[)）\]]?")
_WIDGET_SEPARATORS = LazyPattern(r"[|｜/·•>»\-–—]+")
_MAX_METADATA_LINE = 160
# What may start a candidate line's trigger: a date or time's separator between digits, a label's colon.

# Where a metadata or widget line may be: a line starting with a word or two and a colon, with a
# date or time ("2021-03-05", "09:12"), or with a widget's words. Found with patterns on the ASCII view of the
# text (a NUL for each other character, such as "："; lower-cased for the widgets) that start with
# the line break, which the pattern engine looks for fast; cheaper than triggers for every colon
# and digit pair. The first line is tried on its own.
_LABEL_START = LazyPattern(rb"\n[ \t]*(?:[A-Za-z][A-Za-z ]{0,24}[:\x00]|\d{1,4}[-/.:\x00]\d)")
_WIDGET_START = LazyPattern(rb"\n[ \t]*(?:back to|return to|post a|leave a|print this|close|previous|next"
                            rb"|useful|useless|favorite)")


def _metadata_line(line: str) -> str | None:
    """Why `line` is page furniture (a metadata line or a row of widgets), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_METADATA_LINE or stripped[-1] in ".!?。！？;；":
        return None
    from .. import lexicon

    labels = lexicon.words("furniture-labels")
    rest = stripped
    found_label = False
    # A label ends at a colon: a line without one has none (and the pattern tries every position).
    for m in reversed(list(_FIELD_LABEL.finditer(rest))) if ":" in rest or "：" in rest else ():
        label = " ".join(m.group(1).lower().split())
        # The label may be the last words before the colon ("2021-03-05 Source:").
        words = label.split()
        for k in range(min(3, len(words)), 0, -1):
            if " ".join(words[-k:]) in labels:
                found_label = True
                cut = m.end(1) - len(" ".join(words[-k:]))
                rest = rest[:cut] + " " + rest[m.end():]
                break
    dated = bool(_DATE_TIME.search(rest))
    rest = _DATE_TIME.sub(" ", rest)
    if found_label or dated:
        words = _COUNT.sub(" ", rest).split()
        valued = dated or bool(words) or _COUNT.search(rest) is not None  # "Contributor:" alone is a heading
        if found_label and valued and len(words) <= 4 or dated and len(words) <= 2:
            return "page metadata (date, source, author or counts)"
        return None
    widgets = lexicon.words("furniture-widgets")
    parts = [" ".join(_COUNT.sub(" ", p).lower().split()) for p in _WIDGET_SEPARATORS.split(stripped)]
    parts = [p for p in parts if p]
    if parts and all(p in widgets for p in parts) and (len(parts) >= 2 or _COUNT.search(stripped)
                                                         or parts[0] in lexicon.words("furniture-widgets-alone")):
        return "page widgets or navigation"
    label, colon, title = stripped.partition(":")
    if colon and title.strip() and " ".join(label.lower().split()) in lexicon.words("furniture-widgets-alone"):
        return "page navigation (a link to another article)"  # "Next article: <its title>"
    return None


# A field whose value is glued to its label, "Subject:Law", "GTID:2506": the shape of a metadata
# line whatever its label (labels outside lexicons/furniture-labels.txt count inside a block).
_GLUED_FIELD = LazyPattern(r"[ \t]*[A-Za-z][A-Za-z /]{0,24}:[^\s:/]")


def _field_block_neighbours(text: str, lines, found: dict[int, str]) -> dict[int, str]:
    """Lines next to a metadata line (found), or next to one of these in turn, that hold a glued
    field and end without a full stop: the rest of a block of fields whose labels no list holds."""
    more: dict[int, str] = {}
    for n in sorted(found):
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(lines) and k not in found and k not in more:
                line = text[lines[k].start:lines[k].end]
                if len(line) > _MAX_METADATA_LINE or not _GLUED_FIELD.match(line) or line.rstrip()[-1:] in ".!?。！？;；":
                    break
                more[k] = "page metadata (fields beside other metadata lines)"
                k += step
    return more


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
    ],
)
def metadata_line(ctx: Context) -> Iterator[Hit]:
    """A line of page metadata or widgets: "Editor:Li Ming Date:2021.03.05", "2023-04-18 09:12:55",
    "Posted on:2019-11-02Views:338", "Back to top", "Useful (12)".

    Content-management systems print fields around an article (source, author, editor, time,
    views) and controls (back to top, previous/next article, like counts); a scrape keeps them as
    lines, glued together when the page laid them out side by side. A line is flagged when, after
    taking out dates, times, counts and field labels (lexicons/furniture-labels.txt), at most a
    few words of value remain, or when it is made only of widget labels
    (lexicons/furniture-widgets.txt). Prose never has this shape: a sentence has more words
    around its dates and ends with a full stop. The fix deletes the whole line, line break and
    all, so no fragment of the furniture is left behind.
    """
    doc = ctx.doc
    text = ctx.text
    lines = doc.lines()
    starts = doc.line_starts
    scanned = doc.ascii_bytes
    candidates = {m.start() + 1 for pattern, view in ((_LABEL_START, b"\n" + scanned),
                                                     (_WIDGET_START, b"\n" + doc.ascii_lowered))
                  for m in pattern.finditer(view)}  # offsets in the view are one past the text's
    found = {}
    for n in sorted({bisect.bisect_right(starts, c - 1) - 1 for c in candidates}):
        line = lines[n]
        why = _metadata_line(text[line.start:line.end])
        if why:
            found[n] = why
    for n, why in sorted({**found, **_field_block_neighbours(text, lines, found)}.items()):
        line = lines[n]
        if why:
            start, end = line_removal(doc, line)
            yield Hit(line.start + len(text[line.start:line.end]) - len(text[line.start:line.end].lstrip()),
                      line.start + len(text[line.start:line.end].rstrip()), f"{why} scraped with the page",
                      edits=(Edit(start, end, ""),))



def _signals() -> frozenset[str]:
    """Content-farm phrases: to the reader, and naming the page (lexicons/content-farm-*.txt)."""
    return word_list("content-farm-signals", "content-farm-page-phrases")


def _signal_triggers() -> tuple[str, ...]:
    return tuple(sorted(_signals()))


_SENTENCE_END = LazyPattern(r"[.!?。！？]+[\"”’]?(?=\s|$)|\n")


@rule(
    "R108", "content-farm-sentence", triggers_nocase=_signal_triggers(), markdown=False,
    bad=[
        "The plan was adopted. ⟦This article was collected for you by the editor, please keep it.⟧ The plan",
        "⟦Here are some model essays for your reference, I hope you like them!⟧\nThe work",
    ],
    good=["I hope you can come to the meeting.", "This article describes the build system.",
          "The figures are given for your reference in the appendix.",
          "We hope everyone who reads this article will write to us."],
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
    text = ctx.text
    signals = _signals()
    done = -1
    starts = ctx._starts("R108") if ctx.use_triggers else range(len(text))
    for i, start in enumerate(starts):
        if start < done or start < 0:
            continue
        if ctx.use_triggers and not (i + 1 < len(starts) and starts[i + 1] - start <= 300
                                     or i and start - starts[i - 1] <= 300):
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
        if len(found) >= 2 and len(sentence.split()) <= 40:
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
