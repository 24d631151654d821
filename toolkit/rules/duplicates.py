"""Duplicates: a word doubled across a break, a title repeated at the top of the text."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import lower_in_place
from ..model import Edit, Safety
from ..triggers import matches_at, windows
from ..registry import Context, Hit, rule
from .patterns import first_lines, line_removal, normalise
from ..chinese import LazyPattern

# The second word is in a lookahead, so that every pair of neighbouring words is tried.
_DOUBLED = LazyPattern(r"\b([^\W\d_]+)([ \t]+)(?=([^\W\d_]+)\b)")
_AGAIN = LazyPattern(r"[ \t]+([^\W\d_]+)\b")  # the next word, to see whether it is one more copy
# Lowercase words that are never right twice in a row ("that that" and "had had" can be).
_NEVER_TWICE = frozenset(
    "the a an of to for with by from and or but this these those their its our we they".split()
)
# Where the lower-cased text has an ASCII word, blanks and the same word: one regex pass in C
# instead of a match per word pair. The character before the word is not an ASCII letter, digit
# or underscore (or is the line break the text is scanned with); the possessive group never
# backtracks into the word. Words with other letters are looked for on their lines only.
_SAME_LOWERED = LazyPattern(rb" (?=([a-z]++) +\1\b)")  # in lower-cased ASCII, separators made spaces
_SEPARATORS_AS_SPACE = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256))
_SAME_LOWERED_ANY = LazyPattern(r"\W(?=([^\W\d_]++)[ \t]+\1\b)")  # any letters: slower, on a few lines


# Characters for which comparing lower-cased text is not comparing case-folded words ("ß", "ſ",
# ligatures, sigmas, "İ", Cherokee): c.lower() is not one character or differs from c.casefold(),
# and the sigmas, which lower() treats by context. A text that has one is checked pair by pair.
# tests/test_triggers.py recomputes the set for the running Python's Unicode version.
CASEFOLD_SPECIAL = LazyPattern(
    "[\u00b5\u00df\u0130\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2-\u03c3\u03d0-\u03d1\u03d5-\u03d6"
    "\u03f0-\u03f1\u03f5\u0587\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54"
    "\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6-\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fc7\u1fcc\u1fd2-\u1fd3"
    "\u1fd6-\u1fd7\u1fe2-\u1fe4\u1fe6-\u1fe7\u1ff2-\u1ff4\u1ff6-\u1ff7\u1ffc\uab70-\uabbf\ufb00-\ufb06"
    "\ufb13-\ufb17]"
)


@rule(
    "D101", "doubled-word", fix=Safety.SAFE,
    bad=[
        ("the coordination and guidance functions⟦ Functions⟧, while", "the coordination and guidance functions, while"),
        ("the⟦ the⟧ report", "the report"),
        ("one of⟦ of⟧ them", "one of them"),
        ("It rained. An⟦ an⟧ hour later the river rose.", "It rained. An hour later the river rose."),
        ("2,000 households⟦ households⟧ were moved", "2,000 households were moved"),
        ("the work took 20 days⟦ days⟧ in all", "the work took 20 days in all"),
    ],
    good=[
        "He said that that was enough.",
        "She had had enough.",
        "They flew to Walla Walla.",
        "Return the entry with key key from the dictionary.",
        "What it is is a bridge.",
        "Compare errno errno.EINTR first.",
        "Run the tool with --cache cache to rebuild it.",
        "Connect to the host host on port port.",
        "See section Section 4.2 for details.",
        "The operators and and or short-circuit.",
    ],
)
def doubled_word(ctx: Context) -> Iterator[Hit]:
    """The same word twice in a row: "functions Functions", "of of".

    A lowercase word followed by itself capitalised is a sentence break in machine translation:
    the translator restarted the segment. Any other lowercase word of three letters or more
    written twice ("households households") is a slip of segment joining, as is a doubled function
    word ("of of", "The the" at a sentence start). Doubles that English allows ("that that", "had had", "bye bye", "so so": in
    lexicons/reduplication.txt), and names written twice ("Walla Walla"), are left alone, as are
    names in technical text: a copy glued to an identifier ("errno errno.EPIPE", "--vault
    vault"), a parameter named after its type ("the port port": lexicons/parameter-names.txt and
    identifier-nouns.txt), a reference label before its number ("section Section 4"), and "and"
    or "or" mentioned as words ("the operators and and or"). The fix
    deletes the second copy; for a content word it is unsafe, since API documentation names a
    parameter after its type ("with key key").
    """
    text = ctx.text
    if ctx.use_triggers:
        # In the lower-cased bytes (non-ASCII characters as NUL) with a line break before them,
        # and every byte that is not an ASCII letter, digit or underscore made a space, index i is
        # i - 1 in the text: m.start() is the word's. This finds every start the lower-cased text
        # would give, and a few more ("the, the"), which _DOUBLED then rejects; a pattern that
        # starts with a space is searched several times faster than one that starts with a class.
        scanned = (b"\n" + ctx.doc.ascii_lowered).translate(_SEPARATORS_AS_SPACE)
        starts = {m.start() for m in _SAME_LOWERED.finditer(scanned)}
        # A doubled word with a non-ASCII letter has one on its line: look at those lines in text.
        lines = windows(ctx.doc, [r.start for r in ctx.doc.non_ascii
                                  if any(c.isalpha() for c in text[r.start:r.end])])
        for low, high in lines:
            before = "\n" + text[:high] if low == 0 else text[low - 1:high]  # the character before too
            starts.update(low + m.start() for m in _SAME_LOWERED_ANY.finditer(lower_in_place(before)))
        # On a line with a character that lower() does not fold as casefold() does, every pair
        # of words is tried (a few lines: one "ß" used to send the whole text down this path).
        for low, high in windows(ctx.doc, [m.start() for m in ctx.in_non_ascii(CASEFOLD_SPECIAL)]):
            starts.update(m.start() for m in _DOUBLED.finditer(text, low, high))
        found = matches_at(_DOUBLED, text, sorted(starts))
    else:
        found = _DOUBLED.finditer(text)
    covered = 0  # the end of the last hit: a pair inside it is one of its copies
    for m in found:
        if m.start(2) < covered:
            continue
        first, second = m.group(1), m.group(3)
        if first.casefold() != second.casefold():
            continue
        case_break = first.islower() and second[:1].isupper() and second[1:].islower()
        slip = first.islower() and second == first and (first in _NEVER_TWICE or len(first) > 2 and first not in _legit_doubles())
        # "The the committee": a sentence's first word said again in lower case.
        opener = second in _NEVER_TWICE and first == second.capitalize() and second.islower()
        if (case_break or slip or opener) and not _named(text, m.start(1), m.end(3), case_break):
            # Further copies of the second word go too ("functions Functions Functions"), so a
            # run is fixed in one pass.
            end = m.end(3)
            while (more := _AGAIN.match(text, end)) and more.group(1) == second:
                end = more.end()
            covered = end
            # A doubled content word may be a parameter named after its type ("the key key"):
            # its fix is left to --unsafe-fixes.
            sure = case_break or opener or first in _NEVER_TWICE
            yield Hit(m.start(2), end, f"doubled word {second!r}", replacement="",
                      safety=None if sure else Safety.UNSAFE)


_IDENTIFIER_GLUE = frozenset("-./_@#$\\:")


def _named(text: str, start: int, end: int, case_break: bool) -> bool:
    """Doubles that name something rather than repeat a word: a copy glued to an identifier
    ("errno errno.EPIPE", "--vault vault", "kernel-package package"), a reference label before
    its number ("see section Section 4.2"), and the conjunctions mentioned as words ("the
    operators and and or")."""
    if start > 0 and text[start - 1] in _IDENTIFIER_GLUE:
        return True
    if end + 1 < len(text) and text[end] in _IDENTIFIER_GLUE and text[end + 1].isalnum():
        return True
    after = text[end:end + 5]
    if case_break and after[:1] == " " and after[1:2].isdigit():
        return True
    word = text[start:text.find(" ", start, end)].lower()
    return word in ("and", "or") and _CONJUNCTION_NEXT.match(after) is not None


_CONJUNCTION_NEXT = LazyPattern(r"(?i) (?:and|or)\b")


def _legit_doubles() -> frozenset[str]:
    from .. import lexicon

    # Doubles English allows, and parameter names written after their type ("with key key",
    # "the port port").
    return lexicon.words("reduplication") | lexicon.words("identifier-nouns") | lexicon.words("parameter-names")


# Near repeats are looked for among lines of a title's length: comparing paragraph-long lines
# character by character costs milliseconds each, and a paragraph is not a title.
_TITLE_LENGTH = 300  # characters


def _near(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    from difflib import SequenceMatcher  # rarely reached: most lines differ in length

    matcher = SequenceMatcher(None, a, b)
    # quick_ratio bounds ratio from above in linear time; ratio is quadratic on long lines.
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


_TITLE_SEPARATOR = LazyPattern(r"(?<!\s)\s+[-–—|_>»]\s+")


# A list number before a restated title: "1.", "2)", "(3)", "四、".
_ENUMERATOR = LazyPattern(r"\s*(?:\d{1,2}[.)、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)?\s*")


def _restated(title: list[str], line: str) -> int:
    """The length of the start of `line` that repeats `title` word for word (after a list
    number) as a sentence of its own, when more text follows on the line; else 0. A title
    that opens a longer sentence ("Installing X" / "Installing X takes a minute.") is English."""
    at = _ENUMERATOR.match(line).end()
    for i, word in enumerate(title):
        while i and at < len(line) and line[at].isspace():
            at += 1
        if line[at:at + len(word)].casefold() != word.casefold():
            return 0
        at += len(word)
    if at < len(line) and line[at] in ".:。：":
        at += 1
    elif not line[at - 1] in "?!？！":
        return 0
    return at if line[at:].strip() else 0


def _title_like(key: str) -> bool:
    """A line that can be a title: no full stop, colon, semicolon or comma at its end and no
    sentence break inside (a question or exclamation is a title too)."""
    return not key.endswith((".", ":", ";", ",")) and ". " not in key


@rule(
    "D102", "repeated-title", fix=Safety.SAFE, scope="start",
    bad=[
        ("8 summaries of village work\n\n⟦8 summaries of village work⟧\n\nThe busy life",
         "8 summaries of village work\n\nThe busy life"),
        ("News - Requesting research\n⟦Requesting research⟧\nBody text.",
         "News - Requesting research\nBody text."),
        ("A survey of the river works of two towns and four villages (townships)\n\n"
         "⟦A survey of the river works of two towns and four villages⟧\n\nBody.", None),
        ("How long does a residence permit last?\n⟦2. How long does a residence permit last?⟧ Three years, "
         "after which it is renewed.", None),
    ],
    good=[
        "A title\n\nA different line\n\nA title",
        "Refrain\nVerse one.\nVerse two.\nVerse three.\nVerse four.\nVerse five.\nRefrain",
        "Installing the tools\nInstalling the tools takes a minute.",
    ],
)
def repeated_title(ctx: Context) -> Iterator[Hit]:
    """A title repeated on the next line at the top of the text, as scraped pages repeat it.

    A page's title appears in its <title> and again as its heading; a scrape keeps both. A line
    among the first five is flagged when it repeats the line before (blank lines aside), or the
    last part of it after a site-name separator ("Site - Section - Title"). The fix deletes the
    repeat. Only lines that can be titles count (no full stop, colon or comma at the end, no
    sentence inside): native prose repeats a sentence ("This function always succeeds.") in
    consecutive paragraphs. A title restated word for word as a sentence of its own at the start
    of the next line, after a list number ("Q?" / "1. Q? Answer ..."), as a question heading
    repeated in its answer, is flagged without a fix: which copy goes is a human's choice.
    """
    doc = ctx.doc
    previous: set[str] = set()
    title: list[str] | None = None  # the words of the line before, when it can be a title
    for line in first_lines(doc, 5):
        content = doc.text[line.start:line.end]
        key = normalise(content)
        if title and (restated := _restated(title, content)):
            # The title restated as the opening of the text below it (a question heading repeated
            # as the first line of its answer): which copy goes is a human's choice.
            yield Hit(line.start, line.start + restated, "title repeated at the start of the next line")
        title = words if len(words := content.split()) >= 4 and _title_like(key) else None
        if not _title_like(key):
            previous = set()  # a sentence: native prose repeats one ("This function always succeeds.")
            continue
        if key in previous:
            start, end = line_removal(doc, line)
            yield Hit(line.start, line.end, "title repeated from the line before",
                      edits=(Edit(start, end, ""),))
            continue
        if 20 <= len(key) <= _TITLE_LENGTH and any(_near(key, p) for p in previous):
            # Almost the same ("… four villages (townships)" / "… four villages"): a human picks.
            yield Hit(line.start, line.end, "title nearly repeats the line before")
        previous = {key, normalise(_TITLE_SEPARATOR.split(content)[-1])}



_FRAGMENT = LazyPattern(r"\b([^\W\d_]{4,})\.([ \t]+)([a-z]{3,})\.")
# The full stop of a match, found fast by its literal start; the match starts at the word before.
_FRAGMENT_DOT = LazyPattern(r"\.(?=[ \t]+[a-z]{3,}\.)")


@rule(
    "D103", "repeated-fragment", fix=Safety.UNSAFE,
    bad=[("so that pupils learn to express themselves.⟦ self.⟧ Each class", "so that pupils learn to express themselves. Each class")],
    good=["It was done by themselves. Self-reliance matters.", "They did it themselves. Then they left."],
)
def repeated_fragment(ctx: Context) -> Iterator[Hit]:
    """A one-word "sentence" that repeats the end of the word before it: "themselves. self.".

    When a segment boundary falls inside a word (自我 split from 提升自我), machine translation
    renders the piece twice: once in the sentence, once alone after it. Flagged when the lowercase
    word standing alone between full stops starts with letters that end the word before.
    The fix deletes it.
    """
    text = ctx.text
    starts = []
    for dot in _FRAGMENT_DOT.finditer(text):
        start = dot.start()
        while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
            start -= 1  # back over the letters ([^\W\d_]) of the word before the full stop
        starts.append(start)
    for m in matches_at(_FRAGMENT, text, starts):
        if m.group(3)[:3] in m.group(1).lower()[-6:]:  # "themselves. self.": the stem repeats
            yield Hit(m.start(2), m.end(), f"fragment {m.group(3)!r} repeats the end of {m.group(1)!r}", replacement="")




@rule(
    "D104", "repeated-conjunct",
    bad=[
        "residents must be ⟦honest and honest⟧ in their dealings",
        "the ⟦county and county⟧ governments meet each year",
        "it can ⟦play back and play back⟧ the recording",
        "inspect the ⟦sale or sale⟧ of the goods",
    ],
    good=["prices rose more and more", "we tried again and again", "it went on for years and years",
          "the crowd grew bigger and bigger", "black and white", "the sale and the sale price",
          "it may or may not work", "a file or file-like object",
          "it skips finished jobs and jobs that are waiting", "if it is not set or set to zero",
          "use the k or K suffix", "keep a copy of it and it stays safe", "a flash drive or drive bay"],
)
def repeated_conjunct(ctx: Context) -> Iterator[Hit]:
    """The same word or phrase on both sides of "and"/"or": "county and county", "merge and merge".

    Chinese lists near-synonyms and parallel terms (县和县级, 解封装、解码); machine translation
    renders both with one English word, which then stands twice around "and". English repeats a
    word around "and" only to intensify ("more and more", "again and again", "bigger and
    bigger", "years and years": comparatives, particles and nouns of duration, in
    lexicons/reduplication.txt). One of the two words was meant to be another, which only a
    human can tell, so there is no fix.
    """
    from .. import lexicon

    text = ctx.text
    scanned = ctx.doc.ascii_lowered  # one byte per character: offsets are the text's
    for m in _CONJUNCTION_WORD.finditer(scanned):
        # The phrase before "and" and the one after start with the same word: the first word
        # after must end the text before "and" or stand within 40 characters before it. Decided
        # on bytes before any other pattern runs: most of a text's many "and"s stop here.
        start, word = m.start(), m.group(2)
        if not scanned.endswith(word, 0, start) and scanned.find(word + b" ", max(0, start - 40), start) == -1:
            continue
        conjunction = len(m.group(1)) + 2
        low = max(0, start - 60)
        window = lower_in_place(text[low:start + conjunction + 60])  # same offsets, lower case
        here = start - low
        before = _letter_words(window[:here].rsplit(" ", 3)[-3:], reverse=True)
        after = _letter_words(window[here + conjunction:].split(" ", 3)[:3])
        if not before or not after:
            continue
        for n in (3, 2, 1):
            if len(before) >= n and len(after) >= n and before[-n:] == after[:n]:
                phrase = before[-n:]
                if n > 1 and phrase[0] in _DETERMINERS:
                    continue  # "the sale and the sale price": a determiner starts a new phrase
                if n == 1 and (phrase[0] in _around_and() or phrase[0].endswith("er")):
                    break
                if n == 1 and not text[start - len(phrase[0]):start].islower():
                    break  # "Walla and Walla": names
                first = here - len(" ".join(phrase))
                end = here + conjunction + len(" ".join(phrase))
                if window[end:end + 1] in _GLUE or window[first - 1:first] in _GLUE and first + low > 0:
                    break  # "file or file-like", "select.select or select.poll": identifiers
                if window.startswith(" not", end) or _contrasted(text, window, low, first, here, here + conjunction, end):
                    break  # "may or may not", "set or set to 0", "threads and threads that"
                yield Hit(low + first, low + end, f"{' '.join(phrase)!r} on both sides of {m.group(1).decode()!r}: "
                          "one was probably meant to be another word")
                break

_CONJUNCTION_WORD = LazyPattern(rb" (and|or) ([a-z]+)")


def _around_and() -> frozenset[str]:
    from .. import lexicon

    # Doubles English allows around "and" ("more and more", "years and years").
    return lexicon.words("reduplication") | lexicon.words("reduplication-conjoined")
# Function words that modify a noun as an adjective does ("other packages and packages that"):
# before the first copy they make it part of a longer noun phrase, as a content word does.
_ADJECTIVAL = frozenset("other own same such many more most few fewer several all both each every some any no".split())


def _contrasted(text: str, window: str, low: int, first: int, here: int, second: int, end: int) -> bool:
    """Whether the two copies around the conjunction (window[first:here], window[second:end])
    are set against each other as English does, rather than one word rendered twice: the copies
    differ in case ("q and Q", "signature and Signature Object": names), the word is a function
    word ("it and it goes"), "not" comes before ("not set or set to 0"), or both copies are
    part of longer phrases, a modifier before the first and more after the second ("terminated
    threads and threads that", "loop device or device mapper"): two kinds of one thing, where
    an MT double has nothing before its first copy but an article or a verb ("the sale or sale
    of")."""
    from .. import lexicon

    one, two = text[low + first:low + here], text[low + second:low + end]
    if one[1:] != two[1:] or two[:1].isupper() and not one[:1].isupper():
        return True
    if " " not in one and one.lower() in lexicon.words("function-words"):
        return True
    preceding = window[max(0, first - 24):first].split()
    if "not" in preceding[-2:]:
        return True
    following = window[end:end + 2]
    continues = following[:1] == " " and following[1:2].isalpha()
    word_before = preceding[-1].strip("\"'“(") if preceding and window[first - 1:first] == " " else ""
    return (continues and word_before[-1:].isalpha()
            and (word_before not in lexicon.words("function-words") or word_before in _ADJECTIVAL))


def _letter_words(tokens: list[str], reverse: bool = False) -> list[str]:
    """The words of `tokens` (split at single spaces) that are all letters, nearest the
    conjunction first: a phrase stops at punctuation or a double space."""
    kept = []
    for token in (reversed(tokens) if reverse else tokens):
        if not token.isalpha():
            if not reverse and token[:1].isalpha():
                # The last word may carry punctuation after it ("county,"): keep its letters.
                letters = token.rstrip(".,;:!?)\"'”’")
                if letters.isalpha():
                    kept.append(letters)
            break
        kept.append(token)
    return kept[::-1] if reverse else kept
_GLUE = frozenset("-._#(/'’@")
_DETERMINERS = frozenset("the a an this that these those its their our his her my your".split())
