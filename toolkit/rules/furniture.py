"""Page furniture in any wording: metadata lines and glued fields (labels, dates, times, counts),
widgets and navigation, content-farm sentences; deleted whole, line and all."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..document import lower_in_place
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
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
    from .. import lexicon

    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_METADATA_LINE or stripped[-1] in ".!?。！？;；":
        return None
    labels = lexicon.words("furniture-labels")
    rest = stripped
    found_label = False
    for m in reversed(list(_FIELD_LABEL.finditer(rest))):
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
    return None


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
        ("A heading\n⟦Source: Evening Post Online⟧\nThe city opened", "A heading\nThe city opened"),
    ],
    good=[
        "Source: the 2021 yearbook, page 4.",
        "The meeting is at 10:30 in room 4.",
        "Note: run it twice",
        "Contributor:\n    means each individual who contributes",
        "Version 2.1 (2020-05-01)\n\nThe first release.",
        "Next, open the file.",
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
    for n in sorted({bisect.bisect_right(starts, c - 1) - 1 for c in candidates}):
        line = lines[n]
        why = _metadata_line(text[line.start:line.end])
        if why:
            start, end = line_removal(doc, line)
            yield Hit(line.start + len(text[line.start:line.end]) - len(text[line.start:line.end].lstrip()),
                      line.start + len(text[line.start:line.end].rstrip()), f"{why} scraped with the page",
                      edits=(Edit(start, end, ""),))



def _signal_triggers() -> tuple[str, ...]:
    from .. import lexicon

    return tuple(sorted(lexicon.words("content-farm-signals")))


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
    phrases of lexicons/content-farm-signals.txt ("this article", "for your reference", "hope you
    like", "keep it", "the editor", "model essays"). One such phrase is ordinary English ("for your
    reference", "this article"); two in one sentence address the reader about the page, which the
    body of a text never does. The sentence must be deleted, which a human confirms: no fix.
    """
    from .. import lexicon

    text = ctx.text
    signals = lexicon.words("content-farm-signals")
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
