"""Numbers that converted Chinese punctuation leaves glued or split: "Ticket price:80",
"12:00,14:30", "3 villages,5 communities", "a 4 A-level scenic area"."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

# A label starting its line ("Ticket price:80"), two times ("12:00,14:30"), a word and a count
# of the next item ("villages,5 communities"): the full-width ：or ，became ":" or "," without
# the space after it.
_GLUED_LABEL = LazyPattern(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+(?: [a-z]+){1,2}(:)(?=\d)"
    r"|[A-Z][a-z]+(:)(?=\d[\d,.]*(?:[ \t]*[a-z%]{1,8})?[ \t]*(?:[,;.]|$)))")
_GLUED_COMMA = LazyPattern(
    r"(?<=\d:\d\d)(,)(?=\d{1,2}:\d\d(?!\d))|(?<=[a-z]{3})(,)(?=\d{1,3}(?:\.\d+)?%?[ \t]+[a-z]{3,})")
# Before a count's comma, the count of the item before ("4 schools,7 clinics"), not a value list.
_COUNT_BEFORE = LazyPattern(r"\d[\d,.]*%?(?:[ \t]+[a-z]+){1,2}\Z")


@rule(
    "P125", "mark-glued-to-number", fix=Safety.SAFE,
    triggers=tuple(m + d for m in ":," for d in "0123456789"),
    bad=[
        ("⟦Entry fee:⟧60 yuan per person", "Entry fee: 60 yuan per person"),
        ("open daily at ⟦9:30,⟧15:00 and 19:00", "open daily at 9:30, 15:00 and 19:00"),
        ("it has 4 ⟦schools,⟧7 clinics and 2 parks", "it has 4 schools, 7 clinics and 2 parks"),
        ("⟦Floor area:⟧1,200 square metres", "Floor area: 1,200 square metres"),
        ("⟦Price:⟧45 yuan", "Price: 45 yuan"),
    ],
    good=["It ended at 10:30 sharp.", "a sum of 1,380,000 yuan", "see pages 3,5 and 7", "range(0,5) and f(a,1)",
          "The ratio was 3:1 in the end.", "Port:8080 is used by the server", "the host:8080/path address",
          "Note:1 is the first footnote in the list of notes kept here", "Ticket price: 80 yuan",
          "It defaults to blue,12 month ago,white"],
)
def mark_glued_to_number(ctx: Context) -> Iterator[Hit]:
    """A colon or comma glued to the number after it, where Chinese punctuation stood: a label
    at the start of a line ("Ticket price:80"), a list of times ("12:00,14:30"), a list of
    counts ("3 villages,5 communities").

    Chinese ：and ，take no space after them; converted one for one to ASCII they glue the next
    number to the mark. Flagged only in these three shapes: a capitalised label of one to three
    words starting its line, with a number (and a unit) as the whole value; a comma between two
    clock times; a comma after a word of three letters or more before a count and its noun.
    Times ("10:30"), ratios ("3:1"), thousands ("1,380"), page lists ("3,5"), code ("f(a,1)",
    "host:8080") and capitalised labels glued to a code word ("Port:8080 is") pass. The fix
    inserts the space.
    """
    text = ctx.text
    for m in ctx.at_line_starts("P125", _GLUED_LABEL):
        group = 1 if m.group(1) else 2
        yield Hit(m.start() + len(m.group()) - len(m.group().lstrip(" \t")), m.end(group),
                  f"no space after {m.group(group)!r} before a number", edits=(Edit(m.end(group), m.end(group), " "),))
    for m in ctx.matches("P125", _GLUED_COMMA, only=tuple("," + d for d in "0123456789")):
        if m.group(2) and not _COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "defaults to blue,12 month ago": a value list, not counted items
        start = m.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # the finding covers the word or time the comma is glued after
        yield Hit(start, m.end(), "no space after ',' before a number", edits=(Edit(m.end(), m.end(), " "),))


# A range written with the Chinese range mark ～ (or its ASCII stand-in ~) between two numbers.
_TILDE_RANGE = LazyPattern(
    r"(?<![\w.~/$^=\"'-])(\d[\d,.]*%?)([ \t]*～[ \t]*|[ \t]+~[ \t]+|~(?=[\d,.]+%?[ \t]+[a-z]))(\d[\d,.]*%?)(?![\w~/^])")


@rule(
    "P126", "tilde-range", fix=Safety.SAFE, triggers=("~", "～"),
    bad=[
        ("the fair runs ⟦8 ~ 12⟧ June", "the fair runs 8–12 June"),
        ("the poet Lu Qing (⟦1593～1650⟧)", "the poet Lu Qing (1593–1650)"),
        ("boil it for ⟦10~15⟧ minutes", "boil it for 10–15 minutes"),
    ],
    good=["cd ~/src and run it", "about ~5 minutes", "the ~ key", "version 1.2~rc1 of the package",
          "x ~ N(0, 1) in the model", "a=1~2 in the query", "~/.config and ~user",
          "the commit v1.3.0~155^2~4 and HEAD~2", 'the address "0~4" selects every fourth line'],
)
def tilde_range(ctx: Context) -> Iterator[Hit]:
    """A tilde between two numbers for a range: "3 ~ 5 minutes", "(1620 ~ 1664)".

    Chinese writes a range with the wave dash ～ ("3～5分钟"); machine translation and
    conversion keep it or turn it into "~". English joins a range with an en dash ("3–5") or
    "to". Flagged only between two numbers, with nothing glued around them, and an ASCII "~"
    only with blanks on both sides or glued before a unit ("10~15 minutes"): "~5" alone ("about
    five"), a home directory "~/src", a version "1.2~rc1", a revision "v1.3~155^2", a sed
    address "0~4" and a formula "x ~ N(0, 1)" pass. The fix writes an en dash.
    """
    for m in ctx.finditer("P126", _TILDE_RANGE):
        yield Hit(m.start(1), m.end(3), f"range written with {m.group(2).strip()!r}: use an en dash",
                  edits=(Edit(m.start(2), m.end(2), "–"),))
