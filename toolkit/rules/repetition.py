"""Repetition within a sentence: a word, stem or phrase said again a few words later."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_list

# Every shape is found from a literal anchor in the lower-cased ASCII view of the text (one byte
# per character, so offsets are the text's; any other character is NUL and ends a word): a
# pattern that starts with a literal is searched by the regex engine's fast prefix scan, where a
# back-reference pattern that starts with a letter class is tried at every word (20 times slower).

# " of " and the next three words: the noun before "of" must be one of them (checked with
# bytes.endswith, before anything else: most of a text's many "of"s stop there).
_OF = LazyPattern(rb" of (?=([a-z'-]+)(?: ([a-z'-]+))?(?: ([a-z'-]+))?)")  # a lookahead: "of"s may be near
_ING = LazyPattern(rb"ing (?:(?:the|an?|its|their|this|our) )?([a-z]{4,}(?:ion|ment|ance|ence)s?)(?![a-z0-9_-])")
# The same in the past tense ("renovated the renovation"): a pattern of its own, so that each
# starts with a literal. Not after "a" or "an": "installed an installation" (a work of art) is a thing made.
_ED = LazyPattern(rb"ed (?:(?:the|its|their|this|our) )?([a-z]{4,}(?:ion|ment|ance|ence)s?)(?![a-z0-9_-])")
# The last word ends with the particle (a back-reference, in C): "set up ... setup", "log out ...
# logouts"; the rule then asks that the rest be the verb's base.
_PARTICLE = LazyPattern(rb" (up|down|out|off|over) (?:([a-z]+) )?([a-z]*\1s?)(?![a-z0-9_-])")
_NO_WORD = b"\xff"  # in place of a word a lookahead did not find: never at the end of a view
_ITEM_END = LazyPattern(rb"(?:[,;:.)\n]|\Z| and | or | etc\b)")  # as D112's: the list's next item or end
_COMMA = LazyPattern(rb", ([a-z][a-z0-9-]* [a-z][a-z0-9-]*)(?![a-z0-9_])")
_TO = LazyPattern(rb" to ([a-z]{3,}) (?=(?:[a-z0-9'-]+ ){1,3}to \1(?![a-z]))")  # said again 1-3 words on
# One pattern each: a literal start is found by the fast prefix scan, an alternation is not.
_CONNECTIVES = tuple(LazyPattern(rb"(%s) (?=(?:[a-z0-9'-]+ ){1,4}%s\b)" % (p, p))
                     for p in (b"such as", b"for example", b"for instance"))
_LETTERS_BEFORE = LazyPattern(rb"[a-z]+\Z")  # searched with an end position: the word before it
_RUN = LazyPattern(rb"[a-z0-9_'-]+(?: [a-z0-9_'-]+)*")  # words separated by single spaces
_WORD_END = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_'-")
_GLUE = frozenset(b"-./_@#$\\")  # a word glued to one of these is part of an identifier or path
_CLAUSE_END = frozenset(b".,;:!?()[]\n\r\x00")
_NOMINAL = (b"ation", b"ition", b"ion", b"ment", b"ance", b"ence")
_DETERMINERS = frozenset(b"the a an this that these those its their our his her my your".split())


@functools.cache
def _function_words() -> frozenset[bytes]:
    return frozenset(w.encode() for w in word_list("function-words", "reduplication", "reduplication-conjoined"))


def _word_before(scanned: bytes, end: int) -> tuple[int, bytes]:
    """The letters that end at `end` and where they start (an empty word when there are none)."""
    m = _LETTERS_BEFORE.search(scanned, max(0, end - 30), end)
    return (m.start(), m.group()) if m else (end, b"")


def _words_after(scanned: bytes, start: int, count: int) -> list[tuple[int, bytes]]:
    """Up to `count` words (letters, digits, hyphens) from `start`, each with its offset,
    separated by single spaces: the run stops at punctuation, which ends a phrase."""
    m = _RUN.match(scanned, start, start + 24 * count)
    if not m:
        return []
    found = []
    position = start
    for word in m.group().split(b" ", count)[:count]:
        found.append((position, word))
        position += len(word) + 1
    return found


def _glued(scanned: bytes, start: int, end: int) -> bool:
    """A word at start:end that is part of an identifier ("errno.EPIPE", "--vault", "a/b")."""
    before = scanned[start - 1] if start > 0 else 32
    after = scanned[end] if end < len(scanned) else 32
    follows = scanned[end + 1] if end + 1 < len(scanned) else 32
    return before in _GLUE or after in _GLUE and follows in _WORD_END


@rule(
    "D105", "repeated-phrase",
    bad=[
        "the farmers of the ⟦farm of the farm⟧ sold their grain",
        "the plan covers ⟦renovating the renovation⟧ of old houses",
        "the county ⟦renovated the renovation⟧ projects of two schools",
        "the users were ⟦logged out during logout⟧ last night",
        "Pick the ⟦TX-90 board, TX-90 board⟧ is a small controller",
        "it offers tools ⟦such as shared data tools such as⟧ search",
        "a switch ⟦to start recording audio to start⟧ (see below)",
        "the leaders of the ⟦county of the county⟧ met",
        "the ⟦control of road traffic control⟧ office",
    ],
    good=[
        "side by side, step by step, from time to time, again and again",
        "a list of lists, the king of kings, the best of the best",
        "the owner of the file, by the owner of the directory",
        "binary files, buffered binary files and text files",
        "the client and the client library",
        "the value of errno is errno.EPIPE",
        "to read, to write, to read again",
        "such as maps, and tools such as compasses",
        "configuring the setup of the configuration",
        "back up the files, then check the backup",
        "processing the image of the processing unit",
        "she entered the entrance hall",
        "they installed an installation by Kapoor",
        "the header, the header itself, and the body",
    ],
)
def repeated_phrase(ctx: Context) -> Iterator[Hit]:
    """A word, stem or phrase said again within a few words in one sentence: "the farm of the
    farm", "renovating the renovation", "logged out during logout", "the TX-90 board, TX-90 board
    is", "such as A B such as", "to start A B to start".

    Chinese repeats a noun where English uses a pronoun or says it once, and repeats a verb as
    its noun; machine translation keeps both copies. English repeats, too, but in other shapes:
    function words ("of the … of the"), fixed figures ("side by side", "time after time": a bare
    noun either side of a preposition), appositions that add a word ("files, buffered files"),
    and phrases that continue past the second copy ("to read, to write"). So a shape here names a
    content word (lexicons/function-words.txt) and leaves those out: a noun on both sides of "of"
    with at most a determiner or two content words before the second ("control of road traffic
    control"); a verb in -ing or -ed and its noun in -ion or -ment ("renovating the renovation",
    "renovated the renovation"); a
    phrasal verb and its compound ("set up … setup"); a two-word phrase said again right after
    a comma; "such as" twice around a few content words; "to" and a verb said again after a
    few content words, at the end of a clause. Only a human can tell which copy to drop and
    what to say instead, so there is no fix.
    """
    scanned = ctx.doc.ascii_lowered
    function = _function_words()
    found: list[tuple[int, int, str]] = []
    found.extend(_of_repeats(scanned, ctx.doc.ascii_bytes, function))
    found.extend(_stem_repeats(scanned))
    found.extend(_comma_restarts(scanned, function))
    found.extend(_clause_repeats(scanned, function))
    last = -1
    for start, end, message in sorted(found):
        if start >= last:  # one finding for one stretch, however many shapes it has
            last = end
            yield Hit(start, end, message)


def _of_repeats(scanned: bytes, original: bytes, function: frozenset[bytes]) -> Iterator[tuple[int, int, str]]:
    """A noun on both sides of "of", with a determiner or one or two content words before the
    second copy: "the farm of the farm". A bare noun either side ("sets of sets") is English."""
    for m in _OF.finditer(scanned):
        # One call in C for the three words (a missing one is a byte no text view holds).
        if not scanned.endswith(m.groups(_NO_WORD), 0, m.start()):
            continue
        start, word = _word_before(scanned, m.start())
        if len(word) < 3 or word in function or word.endswith(b"est") or _glued(scanned, start, m.start()):
            continue  # -est: a superlative, "the best of the best", is a figure of English
        after = _words_after(scanned, m.start() + 4, 4)
        where = next((k for k, (_, w) in enumerate(after) if w == word), 0)
        gap = [w for _, w in after[:where]]
        if not gap:
            continue
        if not (len(gap) == 1 and gap[0] in _DETERMINERS
                or len(gap) <= 2 and all(w.isalpha() and w not in function for w in gap)
                and all(original[p:p + 1].islower() for p, _ in after[:where])):
            continue  # "the owner of the file, by the owner": a new phrase; "of Exception object": a name
        second = after[where][0]
        end = second + len(word)
        if original[start:start + 1].isupper() and original[second:second + 1].isupper():
            continue  # "the Hall of the Hall": a name
        if not _glued(scanned, second, end):
            yield start, end, f"{word.decode()!r} on both sides of 'of': say it once"


def _stem_repeats(scanned: bytes) -> Iterator[tuple[int, int, str]]:
    """A verb in -ing before its own noun ("renovating the renovation"), and a phrasal verb
    before its compound ("logged out during logout")."""
    for pattern, ending in ((_ING, "ing"), (_ED, "ed")):
        for m in pattern.finditer(scanned):
            noun = m.group(1)
            start, verb = _word_before(scanned, m.start())
            if not noun.startswith(verb[:4]):
                continue
            if len(verb) >= 4 and not _glued(scanned, start, m.start()) and not _glued(scanned, m.start(1), m.end(1)):
                if _nominal_of(verb, noun):
                    yield start, m.end(1), f"{verb.decode()}{ending} and {noun.decode()!r} say the same thing twice"
    for m in _PARTICLE.finditer(scanned):
        start, verb = _word_before(scanned, m.start())
        particle = m.group(1)
        bases = {verb[:-len(s)] for s in (b"ed", b"ing", b"es", b"s") if verb.endswith(s)} | {verb}
        bases |= {b[:-1] for b in bases if len(b) > 2 and b[-1] == b[-2]}  # "setting" -> "set"
        for group in (2, 3):
            compound = m.group(group)
            if compound and any(compound == b + particle or compound == b + particle + b"s" for b in bases if b):
                yield start, m.end(group), f"{verb.decode()} {particle.decode()} and {compound.decode()!r} say the same thing twice"
                break


def _nominal_of(verb: bytes, noun: bytes) -> bool:
    """Whether `noun` is the -ion, -ment, -ance or -ence noun of the verb stem `verb` ("integrat",
    "manag"): a final "e" aside ("manage"/"management")."""
    for form in (noun, noun[:-1]) if noun.endswith(b"s") else (noun,):
        if any(form.endswith(s) and form[:-len(s)].rstrip(b"e") == verb.rstrip(b"e") for s in _NOMINAL):
            return True
    return False


def _comma_restarts(scanned: bytes, function: frozenset[bytes]) -> Iterator[tuple[int, int, str]]:
    """Two words said again right after a comma: "the TX-90 board, TX-90 board is"."""
    for m in _COMMA.finditer(scanned):
        pair = m.group(1)
        if not scanned.endswith(pair, 0, m.start()):
            continue
        start = m.start() - len(pair)
        if start > 0 and (scanned[start - 1] in _WORD_END or scanned[start - 1] in _GLUE):
            continue
        first, second = pair.split(b" ")
        if first in function or second in function or _glued(scanned, m.start(1), m.end(1)):
            continue  # "the file, the file": an apposition starts with a determiner
        if _ITEM_END.match(scanned, m.end(1)) and _item_start(scanned, start):
            continue  # a list item said twice ("rice, smoked tofu, smoked tofu and"): D112's, with a fix
        yield start, m.end(1), f"{pair.decode()!r} said again right after the comma"


def _item_start(scanned: bytes, start: int) -> bool:
    """Whether the first copy at `start` is a whole list item as D112 sees it: after a comma, a
    sentence mark or a function word other than "to"."""
    before = scanned[max(0, start - 20):start]
    if not before or before.endswith((b", ", b". ", b"; ", b": ", b"\n")):
        return True
    word = before.rsplit(b" ", 2)[-2:-1]
    return bool(word) and word[0] in _function_words() and word[0] != b"to"


def _clause_repeats(scanned: bytes, function: frozenset[bytes]) -> Iterator[tuple[int, int, str]]:
    """"to" and a verb, or "such as", said again after one to four content words: the second
    copy starts nothing ("to start recording audio to start (")."""
    for m in _TO.finditer(scanned):
        verb = m.group(1)
        if verb in function:
            continue
        after = _words_after(scanned, m.end(), 6)
        words = [w for _, w in after]
        for k in range(1, 4):
            if words[k:k + 2] == [b"to", verb] and all(w not in function for w in words[:k]):
                end = after[k + 1][0] + len(verb)
                if end >= len(scanned) or scanned[end] in _CLAUSE_END or scanned[end + 1:end + 2] in (b"(", b"["):
                    yield m.start() + 1, end, f"'to {verb.decode()}' said twice in a few words"
                break
    for m in (m for pattern in _CONNECTIVES for m in pattern.finditer(scanned)):
        if m.start() > 0 and scanned[m.start() - 1] in _WORD_END:
            continue
        phrase = m.group(1).split(b" ")
        after = _words_after(scanned, m.end(), 4 + len(phrase))
        words = [w for _, w in after]
        for k in range(1, 5):
            if words[k:k + len(phrase)] == phrase:
                if all(w not in function for w in words[:k]):
                    end = after[k + len(phrase) - 1][0] + len(phrase[-1])
                    yield m.start(), end, f"{m.group(1).decode()!r} said twice in a few words"
                break


# A phrase said twice in a row is looked for where it holds "the", the commonest word of English
# and the one machine translation of Chinese (which has no articles) writes most: the text is cut
# at every " the " (bytes.split, in C), and a short piece between two cuts that the pieces around
# it continue ("at | new stage at | new stage of") is a phrase said twice. One split and a few
# maps in C pick the pieces to look at: 40-50 ms for 10 MB, where a back-reference pattern
# tried at every word costs 250 ms and a split into words alone 75 ms.
_THE = b" the "
_LONGEST_PIECE = 60  # characters between two "the"s of a repeated phrase: a few words
_HEAD = operator.itemgetter(slice(0, 3))
_PHRASE_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789'- ")


@rule(
    "D108", "phrase-said-twice", fix=Safety.UNSAFE,
    bad=[
        ("Farming grew fast ⟦in the hill county in the hill county⟧ last year.",
         "Farming grew fast in the hill county last year."),
        ("We will push reform ⟦at the next step at the next step⟧ of the plan.",
         "We will push reform at the next step of the plan."),
        ("They visited ⟦the old harbour the old harbour⟧ twice.", "They visited the old harbour twice."),
        ("It was ⟦the pride of the town the pride of the town⟧ for years.",
         "It was the pride of the town for years."),
    ],
    good=[
        "the more the merrier",
        "in the morning, in the evening, in the night",
        "up the hill and down the hill",
        "from the top, from the top!",
        "one of the of the",
        "the town, the town hall and the town square",
        "the bigger the better",
        "at the start at the end",
        "at the top of the list at the top of the page",
    ],
)
def phrase_said_twice(ctx: Context) -> Iterator[Hit]:
    """A phrase of two or more words said twice in a row: "in the hill county in the hill
    county", "at the next step at the next step", "the pride of the town the pride of the town".

    Machine translation repeats a phrase when the Chinese segment is doubled or when the model
    loops on its output; English says a phrase again only with something between the copies
    ("in the morning, in the evening", "from the top, from the top!"), or as a figure of
    function words ("the more the merrier"). So the copies must follow each other with nothing but
    a space between, hold letters, digits, hyphens and apostrophes only, and have a content word
    (not in lexicons/function-words.txt). The phrase must hold "the" once or twice (see above:
    the cost of finding every doubled phrase is too high), so "new plans new plans" is left to a
    reader.
    The fix deletes the second copy; it is unsafe, as the writer may have meant another word in
    one of the copies.
    """
    scanned = ctx.doc.ascii_lowered
    # A space before the text, which may start with "The": one copy of the text, where it does.
    pieces = (b" " + scanned if scanned[:4] == b"the " else scanned).split(_THE)
    if len(pieces) < 3:
        return
    offset = -1 if scanned[:4] == b"the " else 0
    # In C, over every piece: those whose next piece starts with the same three characters (the
    # words after "the" in both copies), and for a phrase with two "the"s ("the head of the team
    # the head of the team"), those equal to the piece after next. A loop in Python over the
    # 100,000 pieces of 10 MB would take twice as long as the split.
    heads = list(map(_HEAD, pieces))
    once = itertools.compress(itertools.count(), map(operator.eq, heads, itertools.islice(heads, 1, None)))
    twice = itertools.compress(itertools.count(), map(operator.eq, pieces, itertools.islice(pieces, 2, None)))
    function = _function_words()
    found = []
    for period, candidates in ((1, once), (2, twice)):
        found.extend(_squares(ctx.text, pieces, candidates, period, offset, function))
    last = -1
    # One finding for one stretch: the longest that starts first (a run of a phrase with one
    # "the" holds runs of the phrase said twice, which hold two "the"s).
    for hit in sorted(found, key=lambda h: (h.start, -h.end)):
        if hit.start >= last:
            last = hit.end
            yield hit


def _squares(text: str, pieces: list[bytes], candidates: Iterator[int], period: int, offset: int,
             function: frozenset[bytes]) -> Iterator[Hit]:
    """The phrases said twice in a row among the candidate pieces, a copy holding `period`
    "the"s: pieces[i - 1] ends with the words before the first "the", pieces[i:m] are the
    pieces between the "the"s of a copy, pieces[m] ends the first copy and starts the second, and
    the pieces after it say the same again."""
    known, known_start = 0, 0  # a piece and where it starts in the text, summed up to a square
    skip = 0  # pieces up to this one are in a run already reported
    size = len(pieces)
    for i in candidates:
        middle_at = i + period - 1
        if i == 0 or i <= skip or middle_at + period >= size or not pieces[i] or len(pieces[i]) > _LONGEST_PIECE:
            continue
        inner = pieces[i:middle_at]
        if pieces[middle_at + 1:middle_at + period] != inner:
            continue
        middle = pieces[middle_at]
        if len(middle) < 3 and all(len(p) < 3 for p in inner):
            continue  # no room for a content word: "a the a the"
        found = _square(pieces[i - 1], middle, pieces[middle_at + period], function, inner)
        if found is None:
            continue
        before, after = found  # the words before the first "the" in a copy, and after the last
        known_start += sum(map(len, pieces[known:i])) + len(_THE) * (i - known)
        known = i
        start_here = known_start + offset
        inner_size = sum(map(len, inner)) + len(_THE) * len(inner)
        middle_start = start_here + inner_size
        at = middle_start + len(middle) + len(_THE)  # where the second copy's first piece starts
        first = start_here - len(_THE) + 1 - (len(before) + 1 if before else 0)
        # The second copy starts at its words before "the", or at "the" when there are none.
        second = middle_start + len(after) + 1 if before else at - len(_THE) + 1
        # More copies ("A A A"): the pieces after are this copy's again and the next goes on.
        last, next_start = middle_at + period, at + inner_size
        while (last + period < size and pieces[last] == middle and pieces[last + 1:last + period] == inner
               and _continues(pieces[last + period], after)):
            next_start += len(middle) + len(_THE) + inner_size
            last += period
        skip = last - 1
        end = next_start + len(after)
        phrase, times = text[first:second - 1], (end - first + 1) // (second - first)
        yield Hit(first, end, f"{phrase!r} said {'twice' if times == 2 else f'{times} times'} in a row: say it once",
                  edits=(Edit(second - 1, end, ""),))


def _continues(following: bytes, after: bytes) -> bool:
    """Whether `following` starts with the words `after` and no more of the same word."""
    return following.startswith(after) and (len(following) == len(after) or following[len(after)] not in _WORD_BYTES)


def _square(previous: bytes, middle: bytes, following: bytes, function: frozenset[bytes],
            inner: list[bytes]) -> tuple[bytes, bytes] | None:
    """The words before and after "the" of a phrase said twice, when the piece `middle` between
    two "the"s is the first copy's end and the second copy's start ("new stage at"), `previous`
    ends with the same start ("... at") and `following` starts with the same end ("new stage of")."""
    if not set(middle.join(inner)) <= _PHRASE_BYTES or not set(middle) <= _PHRASE_BYTES:
        return None
    splits = [k for k, c in enumerate(middle) if c == 32] + [len(middle)]
    for k in splits:
        after, before = middle[:k], middle[k + 1:]
        if not after or not _continues(following, after):
            continue  # "new stage" and "new stages" differ
        if before and not (previous.endswith(before)
                           and (len(previous) == len(before) or previous[-len(before) - 1] == 32)):
            continue
        words = after.split() + before.split() + b" ".join(inner).split()
        if any(len(w) > 2 and w not in function for w in words):
            return before, after
    return None


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_'-")


# " non-" and the word after it (the word before is read from the lower-cased bytes).
_NON = LazyPattern(r" (?i:non)-([A-Za-z]+)(?![\w-])")


@rule(
    "D109", "negated-antonym", fix=Safety.UNSAFE, triggers_nocase=(" non-",),
    bad=[
        ("Fill in the ⟦temporary non-permanent⟧ address below.", "Fill in the temporary address below."),
        ("The second field is ⟦optional non-compulsory⟧.", "The second field is optional."),
        ("⟦Urban non-rural⟧ posts pay more.", "Urban posts pay more."),
        ("an ⟦explicit non-implicit⟧ cast", "an explicit cast"),
    ],
    good=[
        "a public non-profit body",
        "a free non-commercial licence",
        "the field is optional, not mandatory",
        "a temporary, non-permanent address",
        "an internal non-public method",
        "urban non-profit groups",
        "an explicit non-zero value",
    ],
)
def negated_antonym(ctx: Context) -> Iterator[Hit]:
    """An adjective followed by its own opposite negated with "non-": "voluntary non-compulsory",
    "temporary non-permanent".

    Chinese states a property twice, once as its negated opposite (可选的非强制, 临时性非永久),
    and machine translation keeps both. English says "optional" alone, or sets the two apart
    for emphasis with a comma ("optional, not mandatory"). The two words must be opposites in
    lexicons/antonyms.txt and stand side by side, so "a public non-profit body" and "an internal
    non-public method" (not opposites) pass. The fix deletes the negated word; unsafe, as the
    writer may want the emphasis.
    """
    scanned = ctx.doc.ascii_lowered
    opposites = _antonyms()
    negated = _negated()
    for m in ctx.matches("D109", _NON, offsets=(0,)):
        opposite = m.group(1).lower().encode()
        if not scanned.endswith(negated.get(opposite, ()), 0, m.start()):
            continue  # no word before it of which it is the opposite (one call in C)
        start, word = _word_before(scanned, m.start())
        if opposite in opposites.get(word, ()) and not _glued(scanned, start, m.start()):
            yield Hit(start, m.end(), f"'{word.decode()}' and 'non-{m.group(1)}' say the same thing: say it once",
                      edits=(Edit(m.start(), m.end(), ""),))


@functools.cache
def _negated() -> dict[bytes, tuple[bytes, ...]]:
    """For every word that is some word's opposite, the words it is the opposite of."""
    found: dict[bytes, list[bytes]] = {}
    for word, others in _antonyms().items():
        for other in others:
            found.setdefault(other, []).append(word)
    return {k: tuple(v) for k, v in found.items()}


@functools.cache
def _antonyms() -> dict[bytes, frozenset[bytes]]:
    from .. import lexicon

    return {k.encode(): frozenset(v.lower().encode().split()) for k, v in lexicon.table("antonyms").items()}
