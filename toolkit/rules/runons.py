"""Run-on sentences: main clauses joined by commas (一逗到底) where English ends a sentence or
writes a semicolon or "and" (B114, on; B115, off by default). Kept apart from splices.py, which
finds one comma splice after a request, a list head or a question."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..chinese import LazyPattern
from ..registry import Context, Hit, rule

# A comma, a pronoun or a determiner and a word that may be a finite verb ("it was", "the old
# hall stood", "the node executes"): where a clause may start (confirmed by `_clause_start`).
_AFTER_COMMA = LazyPattern(lambda: _after_comma_source())
_CLAUSE_WORDS = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){1,5}")  # as in _AFTER_COMMA
_PRESENT = re.compile(r"[a-z]{3,}[^su]s")
_PAST = re.compile(r"[a-z]{3,}ed")
_ITEM_MARKER = re.compile(r"(?:[-*+>]+|\d+[.)])[ \t]+")  # a list item or quote: its text is the sentence
_PARENTHESIS = re.compile(r"\([^()]*\)")
# A sentence ends at a mark before white space, a blank line, or a line that starts a list item,
# a quote, a heading or a table row (a hard-wrapped paragraph runs on over single line breaks).
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n[ \t]*(?:\n|(?=[-*+>#|]|\d+[.)][ \t]))")
_ADVERBS = frozenset(
    "also only still then now not never mainly always usually often already just further".split())
# Subject pronouns and the determiners of a subject (lexicons/subject-pronouns.txt), read at import
# for the triggers.
_PRONOUNS = tuple(w for w, kind in lexicon.table("subject-pronouns").items() if kind == "pronoun")
_DETERMINERS = tuple(w for w, kind in lexicon.table("subject-pronouns").items() if kind == "determiner")
_GAP = 400  # characters at most between two splices of a run-on sentence (B114)
_LONGEST = 1500  # characters: a longer "sentence" is a list, a table or a block of code
_TRIGGERS = (*(f", {w} " for w in (*_PRONOUNS, *_DETERMINERS)), *(f", and {w} " for w in _PRONOUNS))


def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from .breaks import word_list

    return (word_list("finite-verbs"), word_list("clause-subordinators"),
            word_list("non-main-openers"), word_list("enumeration-heads"))


def _after_comma_source() -> str:
    finite = "|".join(sorted(_words()[0], key=len, reverse=True))
    verb = rf"(?:{finite}|[a-z]{{3,}}ed|[a-z]{{3,}}[^su\W]s)\b"
    return (rf", (?=(?:and )?(?:{'|'.join(_PRONOUNS)}) (?:(?:{'|'.join(_ADVERBS)}) )?(?:{verb}|[a-z]+s\b)"
            rf"|(?:{'|'.join(_DETERMINERS)}) (?:[a-z][a-z-]* ){{1,4}}?{verb})")


def _finite(word: str, finite: frozenset[str], present: bool = True) -> bool:
    """Whether `word` reads as a finite verb: an auxiliary, an irregular past, a form in -ed or (where
    `present`) a present form in -s."""
    return word in finite or bool(_PAST.fullmatch(word)) or present and bool(_PRESENT.fullmatch(word))


def _pronoun_verb(words: list[str], finite: frozenset[str]) -> bool:
    """Whether a pronoun (words[0]) has a finite verb after it, behind an adverb or not; after a
    pronoun any form in -s is a verb ("it runs", "he gets")."""
    verb = words[2] if words[1] in _ADVERBS and len(words) > 2 else words[1]
    return _finite(verb, finite) or len(verb) > 2 and verb.endswith("s") and not verb.endswith(("ss", "us"))


def _clause_start(words: list[str], lex: tuple) -> bool:
    """Whether `words` (after a comma) open a clause: a subject pronoun and a finite verb ("it was",
    "he also died"), or a determiner, one to four lowercase words and an auxiliary, irregular past
    or -ed verb ("the whole hall was", "the court ruled"), not an enumeration ("the second is")."""
    finite, subordinators, openers, series = lex
    if len(words) < 2:
        return False
    if words[0] in _PRONOUNS:
        return _pronoun_verb(words, finite)
    if words[0] not in _DETERMINERS or words[1] in series:
        return False
    for k, word in enumerate(words[2:6], 2):
        if word in _ADVERBS:
            continue  # "the reservoir now holds"
        if word in subordinators or word in openers:
            return False  # "the path to the file", "the first of": a noun phrase goes on
        after = words[k + 1] if k + 1 < len(words) else ""
        if _PAST.fullmatch(word) and word not in finite and (not after or after in openers):
            return False  # "the libraries supplied to it", "each byte converted": a participle
        # A present form in -s only before more of its clause: "the node executes tasks", not a
        # list of nouns ("the build scripts, the test scripts").
        present = (k + 1 < len(words) and words[k - 1] not in _DETERMINERS
                   and words[k + 1] not in ("and", "or") and words[k + 1] not in subordinators)
        if _finite(word, finite, present=present and not words[k - 1].endswith("s")):
            return True
    return False


def _main_clause(segment: str, first: bool, lex: tuple) -> bool:
    """Whether the text between two commas (or the sentence start and a comma) is a main clause:
    three words or more, not opened by a preposition, adverb, participle or subordinator, with no
    subordinator in it, and with a finite verb after its first word."""
    finite, subordinators, openers, _ = lex
    words = [w.strip("\"“”'‘’").lower() for w in segment.split()]
    if len(words) < 3 or words[0] in openers or words[0].endswith(("ing", "ly")):
        return False
    if first and words[0].endswith("ed"):
        return False
    if any(w in subordinators for w in words) or " not only " in f" {' '.join(words)} ":
        return False  # "... not only has limits, the output is also ...": a correlative's first half
    if words[0] in _PRONOUNS and _pronoun_verb(words, finite):
        return True
    return any(_finite(w, finite, present=k <= 4) for k, w in enumerate(words[1:], 1))


def _splices(text: str, start: int, end: int, lex: tuple) -> list[tuple[int, int, bool]]:
    """The main clauses after a comma in the sentence text[start:end]: (comma, end of the next
    clause's first two words, whether it is a splice: no "and") for each comma after a main
    clause and before a clause with its own subject."""
    sentence = _PARENTHESIS.sub(lambda p: "(" + "x" * (len(p.group()) - 2) + ")", text[start:end])
    first = sentence.split(None, 1)[:1]
    if not first or not first[0][0].isupper():
        return []
    parts, found, offset = sentence.split(", "), [], start
    for k in range(1, len(parts)):
        offset += len(parts[k - 1])
        following = _CLAUSE_WORDS.match(parts[k])
        # The words _AFTER_COMMA matches after the comma: the commas the triggers find.
        words = following.group().split() if following else []
        if words and _clause_start(_joined(words), lex) and _main_clause(parts[k - 1], k == 1, lex):
            # A clause after ", and it ..." is joined as English joins it: a third clause, not a splice.
            found.append((offset, offset + 2 + len(" ".join(words[:2])), words[0] != "and"))
        offset += 2
    return found


def _joined(words: list[str]) -> list[str]:
    """The words of a clause after ", and": "and it was" -> "it was" (a pronoun only)."""
    return words[1:] if words[:1] == ["and"] and words[1:2] and words[1] in _PRONOUNS else words


def _candidates(ctx: Context, code: str, least: int) -> list[int]:
    """Where a clause may start after a comma (the comma's offset), keeping, where `least` is 2,
    only those with another in the same sentence."""
    text, lex = ctx.text, _words()
    found = [m.start() for m in ctx.matches(code, _AFTER_COMMA, offsets=(0,))]
    if least > 1:  # first by the pattern alone, which is quicker than `_clause_start`
        found = _paired(text, found)
    found = [comma for comma in found
             if _clause_start(_joined(_CLAUSE_WORDS.match(text, comma + 2).group().split()), lex)]
    return _paired(text, found) if least > 1 else found


def _paired(text: str, found: list[int]) -> list[int]:
    """The commas of `found` (in text order) with another in the same sentence, at most _GAP
    characters away: no sentence end between them."""
    joined = [b - a < _GAP and not _SENTENCE_END.search(text, a, b) for a, b in zip(found, found[1:])]
    return [comma for i, comma in enumerate(found) if i and joined[i - 1] or i < len(joined) and joined[i]]


def _sentences(ctx: Context, code: str, least: int) -> Iterator[list[tuple[int, int, bool]]]:
    """The comma splices of each sentence where `least` clauses or more may start after a comma,
    once per sentence."""
    text, lex, seen = ctx.text, _words(), set()
    for comma in _candidates(ctx, code, least):
        # The sentence around the comma; one longer than _LONGEST is not prose and is left alone,
        # so every comma of a sentence finds the same start.
        low = max(text.rfind("\n\n", max(0, comma - _LONGEST), comma) + 1, comma - _LONGEST)
        stops = list(_SENTENCE_END.finditer(text, low, comma))
        if not stops and low > 0 and text[low - 1] != "\n":
            continue
        start = stops[-1].end() if stops else low
        while start < comma and text[start].isspace():
            start += 1
        marker = _ITEM_MARKER.match(text, start, comma)
        start = marker.end() if marker else start
        if start in seen:
            continue
        seen.add(start)
        stop = _SENTENCE_END.search(text, comma, start + _LONGEST)
        if stop:
            yield _splices(text, start, stop.start(), lex)
        elif start + _LONGEST >= len(text):
            yield _splices(text, start, len(text), lex)


@rule(
    "B114", "run-on-comma-clauses", triggers=_TRIGGERS,
    bad=[
        "The ferry pier was built in 1931⟦, it was⟧ moved upstream in 1978⟦, the old⟧ pier was pulled down.",
        "The clinic opened in May⟦, it has⟧ six doctors⟦, the waiting⟧ room was enlarged last year.",
        "Our orchard covers 80 hectares⟦, the pear⟧ trees were planted in 2009⟦, they are⟧ picked in August.",
        "The guild hall stands by the east gate⟦, it is⟧ a listed building, and it is also a tea house.",
    ],
    good=[
        "The ferry pier was built in 1931, and it was moved upstream in 1978.",
        "The first field is the name, the second field is the size, the rest are ignored.",
        "When the pier was built, it was the longest on the coast, and the town grew.",
        "The clinic opened in May; it has six doctors, the waiting room seats forty.",
        "In 1931 the pier was built, it seems.",
        "The pier (it was built in 1931, they say) was moved.",
    ],
)
def run_on_comma_clauses(ctx: Context) -> Iterator[Hit]:
    """A sentence of three main clauses or more joined by commas: "The pier was built in 1931,
    it was moved upstream in 1978, the old pier was pulled down."

    Chinese runs a paragraph's statements together with commas (一逗到底), each with its own
    subject, and machine translation keeps every comma. English joins two main clauses with a
    comma now and then (a comma splice natives write: "The field is ignored, it is used only
    if ..."), but not a chain of them. So the sentence must hold two splices or more, or one and
    a third clause joined by ", and" and a pronoun ("…, it is a museum, and it is also …"): each a
    comma after a main clause (the text since the last comma opens with neither a preposition,
    an adverb, a participle nor a subordinator, holds no subordinator or relative word, and has
    a finite verb: lexicons/clause-subordinators, non-main-openers, finite-verbs) and before a
    clause with its own subject (a pronoun and a finite verb, or "the"/"its"/… and up to four
    words and an auxiliary, irregular past or -ed verb: lexicons/subject-pronouns). Words in
    parentheses are left out; a series walked through ("the first is …, the second is …, the
    rest …": lexicons/enumeration-heads) is English, and so is a clause after "not only" (a
    correlative whose "but" was left out). On 1.245 M words of native prose, 1.69 M words of
    native Markdown and 0.53 M words of plain-text files packages ship it finds nothing. An
    editor splits the sentence or writes "and" or a semicolon, a choice for a human: no fix.
    """
    for clauses in _sentences(ctx, "B114", 2):
        splices = [(start, end) for start, end, splice in clauses if splice]
        if splices and len(clauses) >= 2:
            for start, end in splices:
                yield Hit(start, end, "run-on sentence: main clauses joined by commas; "
                                      "end the sentence or write ';' or 'and'")


@rule(
    "B115", "comma-splice-main-clause", default=False, triggers=_TRIGGERS,
    bad=[
        "The old ferry pier was pulled down in 1978⟦, its stones⟧ were used for the new school.",
        "The plugin reads its settings at startup⟦, it caches⟧ them in memory.",
    ],
    good=[
        "The old ferry pier was pulled down in 1978, and its stones were used for the school.",
        "Once the plugin reads its settings, it caches them.",
        "The plugin reads its settings at startup; it caches them in memory.",
    ],
)
def comma_splice_main_clause(ctx: Context) -> Iterator[Hit]:
    """Two main clauses joined by a comma: "The plugin reads its settings at startup, it caches
    them."; one splice in the sentence and no third clause (B114 finds the rest).

    Off by default: native English writes this splice too. It is B114's test with one splice
    instead of two. On 1.245 M words of native prose it finds 85 (0.068 per 1,000 words: "This
    slot must be filled for ... to return 1, it can be NULL otherwise", "This was never a
    requirement, the object names could appear in any order"), on 1.69 M words of native
    Markdown 30 (0.018 per 1,000); against 1 finding on the development corpus (not on an
    annotation) and 9 on the two tuning probe sets, 5 on an annotated break and the other 4 on
    comma splices left unannotated. Turn it on to
    review machine-translated prose where most commas between clauses are the translator's. No
    fix: a human chooses a full stop, a semicolon or "and".
    """
    for clauses in _sentences(ctx, "B115", 1):
        if len(clauses) == 1 and clauses[0][2]:
            start, end, _ = clauses[0]
            yield Hit(start, end, "comma splice: two main clauses joined by a comma; "
                                  "end the sentence or write ';' or 'and'")
