"""Encoding damage: mojibake and other broken Unicode, diagnosed and repaired by ftfy."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..model import Edit, Safety, Severity
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

# A cheap test before ftfy is imported: UTF-8 read as Windows-1252/Latin-1 leaves an Â, Ã, â, Ð …
# followed by a character from the C1/punctuation range, or the replacement character.
_SUSPECT = LazyPattern("[\u00c2\u00c3\u00c5\u00ce\u00cf\u00d0\u00d1\u00e2\u00e5\u00e6\u00e7\u00e8\u00e9][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\ufffd")


@cache
def _config():
    import ftfy

    # Only repair encodings: quotes, widths and ligatures are other rules' business.
    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                                fix_line_breaks=False, normalization=None, remove_terminal_escapes=False,
                                remove_control_chars=False)


@rule(
    "E101", "mojibake", severity=Severity.ERROR, fix=Safety.SAFE,
    bad=[
        ("The ⟦â€œ⟧River Chief System⟦â€\x9d⟧ works", "The “River Chief System” works"),
        ("the ⟦Ã©⟧cole and the caf⟦Ã©⟧", "the école and the café"),
    ],
    good=["The café and the “River Chief System”.", "Ångström and Ðakovo are names."],
)
def mojibake(ctx: Context) -> Iterator[Hit]:
    """Mojibake: UTF-8 text decoded in the wrong encoding ("â€œ" for “, "Ã©" for é).

    Text that passed through a system assuming Windows-1252 or Latin-1 comes out with
    characteristic garbage. ftfy (a well-kept library) recognises and reverses it; each changed
    stretch of a line is reported with the steps ftfy took, and the fix applies them. Lines
    without the tell-tale characters are never handed to ftfy, so clean text costs nothing.
    """
    text = ctx.text
    doc = ctx.doc
    lines = doc.lines()
    # Both characters of a suspect pair are non-ASCII: look for them only in non-ASCII runs.
    suspect = sorted({doc.position(m.start())[0] - 1 for m in ctx.in_non_ascii(_SUSPECT)})
    for n in suspect:
        line = lines[n]
        segment = text[line.start:line.end]
        import ftfy

        explained = ftfy.fix_and_explain(segment, config=_config())
        if explained.text == segment:
            continue
        steps = ", ".join(f"{step} {name}" for step, name in (explained.explanation or []))
        import difflib  # only for text ftfy would change

        matcher = difflib.SequenceMatcher(None, segment, explained.text, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            start = line.start + i1
            end = line.start + i2 if i2 > i1 else min(start + 1, line.end)  # an insertion: mark the next character
            yield Hit(start, end,
                      f"mojibake {segment[i1:i2]!r} → {explained.text[j1:j2]!r} (ftfy: {steps})",
                      edits=(Edit(line.start + i1, line.start + i2, explained.text[j1:j2]),))


# U+FFFD, or the mojibake Chinese software prints for it (锟斤拷: its UTF-8 bytes read as GBK) and
# for memory never written (烫烫烫, 屯屯屯: 0xCC and 0xCD bytes read as GBK).
_LOST = LazyPattern("\ufffd+|(?:锟斤拷)+锟?|烫{3,}|屯{3,}")
_NAMES_THE_CHARACTER = LazyPattern(r"(?i)U\+FFFD|replacement[ \t]+char")


@rule(
    "E102", "lost-characters", severity=Severity.ERROR, triggers=("\ufffd", "锟斤拷", "烫烫烫", "屯屯屯"),
    bad=["Open the ⟦��⟧ menu and choose Export.", "The title shows ⟦锟斤拷锟斤拷⟧ instead of the name."],
    good=["Undecodable bytes become � (U+FFFD, the replacement character).", "The café opens at nine."],
)
def lost_characters(ctx: Context) -> Iterator[Hit]:
    """Characters lost to a wrong decoding: the replacement character "�", or "锟斤拷", the form
    Chinese systems print for it.

    A converter that meets bytes it cannot decode writes U+FFFD; a Chinese tool that then reads the
    UTF-8 of those marks as GBK prints 锟斤拷, and one that prints memory never written shows 烫烫烫
    or 屯屯屯. Whatever stood there (usually Chinese text the translation never saw) is gone, so
    nothing can be repaired: the finding asks for the source. A text about the character itself
    (one that names U+FFFD or "replacement character" near it) is left alone.
    """
    text = ctx.text
    for m in ctx.finditer("E102", _LOST):
        if _NAMES_THE_CHARACTER.search(text, max(0, m.start() - 80), m.end() + 80):
            continue
        yield Hit(m.start(), m.end(), f"{m.group()!r}: characters lost to a wrong decoding; restore them from the source")


# Four or more Latin-1 letters and signs in a row: Chinese in GBK (or Big5) bytes read as
# Latin-1 or Windows-1252 ("ÖÐÎÄ" for 中文). No European word runs four such letters together.
_LEGACY_RUN = LazyPattern("[\u00a1-\u00ff]{4,}")


@rule(
    "E103", "chinese-read-as-latin", severity=Severity.ERROR,
    bad=["Open the ⟦ÉèÖÃ⟧ page to change it.", "Title: ⟦ÓÃ»§Ê¹ÓÃÐ­Òé⟧"],
    good=["The café in Zürich serves crème brûlée.", "Ångström, Ðakovo, 25 °C ± 2 °C, «quoted»", "Æsir and Øresund"],
)
def chinese_read_as_latin(ctx: Context) -> Iterator[Hit]:
    """Chinese text whose GBK or Big5 bytes were read as Latin-1: "ÉèÖÃ" for 设置, "ÖÐÎÄ" for 中文.

    A page or file saved in a Chinese legacy encoding and opened as Latin-1 (or Windows-1252)
    turns each Chinese character into two accented letters; ftfy cannot repair it, as the bytes
    were never UTF-8. Flagged where four or more characters of Latin-1's letters and signs stand
    together, which no European word does ("crème", "Zürich" mix them with plain letters) and
    when the run decodes as Chinese. The message gives the Chinese; no fix is offered, as the
    Chinese is then left to translate.
    """
    for m in ctx.in_non_ascii(_LEGACY_RUN):
        chinese = _as_chinese(m.group())
        if chinese:
            yield Hit(m.start(), m.end(), f"{m.group()!r} is Chinese read in the wrong encoding: {chinese!r}")


def _as_chinese(run: str) -> str | None:
    """The run's bytes in Latin-1 decoded as GBK or Big5, when that gives Chinese characters only."""
    try:
        raw = run.encode("latin-1")
    except UnicodeEncodeError:
        return None
    for codec in ("gbk", "big5"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if text and all("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text):
            return text
    return None
