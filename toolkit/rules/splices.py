"""Comma splices: a sentence run into the next with a comma where English ends it or writes a
colon (B106, B107, B109). Kept apart from breaks.py, which finds sentences cut or joined by a stray
capital or a mark at a line start."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule


# "please" and two or more lowercase words, a comma, and a subject that starts a new sentence.
_REQUEST_SPLICE = LazyPattern(
    r"\b(?:[Pp]lease|[Kk]indly)((?: [a-z][a-z'’-]*){2,12}), (I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]here|[Tt]his)(?= [a-z])")
# A word after which the comma may end a subordinate clause ("please check that if it fails, it").
_SUBORDINATE = frozenset(
    "if when whenever while since because as although though unless until once where whether after "
    "before that which who so otherwise".split())


@rule(
    "B106", "comma-splice-after-request", triggers_nocase=("please ", "kindly "),
    bad=[
        "Please send us the log file⟦, we⟧ will look into it.",
        "If the page fails to load, please clear the browser cache⟦, it⟧ usually helps.",
        "please fill in the form and return it⟦, they⟧ will call you",
        "Please restart the program⟦, this⟧ clears the cache.",
        "Kindly bring the receipt with you⟦, we⟧ cannot refund without it.",
    ],
    good=[
        "Please note, it is not supported.",
        "Please send us the log file, and we will look into it.",
        "Please check that if the file is missing, it is created.",
        "If you need help, please contact us; we answer every mail.",
        "Please read the guide, chapters 2 and 3.",
        "Please, we need more time.",
        "Kindly, patiently and without fuss, she helped us.",
        "He smiled kindly at the old man, we thought.",
    ],
)
def comma_splice_after_request(ctx: Context) -> Iterator[Hit]:
    """A request run into the sentence after it with a comma: "Please send us the log file, we
    will look into it."

    Chinese joins a request and what follows it ("请联系我们，我们会…") with a comma, and
    machine translation keeps the comma where English ends the sentence or says "and". English
    puts a comma after a request only before an aside or a list ("Please read the guide, chapters
    2 and 3"), or after a subordinate clause inside it ("please check that if it fails, it is
    logged"); so the comma must follow "please" (or "kindly", its formal twin) and two or more words with no subordinating word
    among them, and come before a subject pronoun ("we", "it", "this") and a lowercase word.
    "Please note, it is" (one word) is left alone. A human should choose between a full stop and
    "and", so there is no fix.
    """
    text = ctx.text
    for m in ctx.matches("B106", _REQUEST_SPLICE, offsets=(0,)):
        if any(w in _SUBORDINATE for w in m.group(1).split()):
            continue
        if text[m.start()] in "Kk" and not re.search(r"(?:^|[.!?:;])[\s\-*+>#\d.)]*\Z", text[max(0, m.start() - 20):m.start()]):
            continue  # "smiled kindly at the man, we thought": "kindly" asks for something only where it opens a sentence
        yield Hit(m.end(1), m.end(2),
                  f"comma splice: the request ends here; write a full stop or ', and' before {m.group(2)!r}")


# "the following" and one to three words, a comma, and "the first" that starts the list.
_LIST_AFTER_COMMA = LazyPattern(r"\b[Ff]ollowing((?: [a-z][a-z-]*){1,3})(,) (?=[Tt]he first\b(?! of\b)|[Ff]irst(?:ly)?, (?![Tt]hen\b))")


@rule(
    "B107", "list-announced-with-comma", fix=Safety.UNSAFE, triggers_nocase=("following ",),
    bad=[
        ("The kit has the following boards⟦,⟧ the first board drives the motors.",
         "The kit has the following boards: the first board drives the motors."),
        ("Setup takes the following three steps⟦,⟧ the first is to unpack the files.",
         "Setup takes the following three steps: the first is to unpack the files."),
        ("The county took the following measures⟦,⟧ firstly, it repaired the dykes.",
         "The county took the following measures: firstly, it repaired the dykes."),
    ],
    good=[
        "It takes the following forms, the first of which is the default.",
        "The following functions, first added in 3.2, are deprecated.",
        "The following methods, if defined, are called first.",
        "The kit has the following boards: the first board drives the motors.",
        "On the following day, first, we packed the car.",
    ],
)
def list_announced_with_comma(ctx: Context) -> Iterator[Hit]:
    """A sentence that announces a list ("the following layers") and runs into its first item
    with a comma: "includes the following layers, the first layer is the ...".

    Chinese introduces a list with a comma after "以下" and numbers its items ("第一层是…"), and
    machine translation keeps the comma where English writes a colon. English puts a comma after
    "the following ..." before an aside ("the following functions, first added in 3.2, are") or
    "the first of which"; neither has "the first" as the subject of a new clause, which is what
    the rule asks for, or "first," / "firstly," opening the first item (a plural noun names
    the list: "the following measures, firstly, ..."). The fix writes a colon; unsafe, as the sentence may want rewording.
    """
    text = ctx.text
    for m in ctx.matches("B107", _LIST_AFTER_COMMA, offsets=(0,)):
        if text.startswith(("first", "First"), m.end(2) + 1) and not m.group(1).endswith("s"):
            continue  # "on the following day, first, we": no list is named
        yield Hit(m.start(2), m.end(2), "a list announced with 'the following' starts after a colon, not a comma",
                  edits=(Edit(m.start(2), m.end(2), ":"),))


# A comma, "how/what/whether/when/where to" or "which <noun> to" (no verb: "which needs to") and a
# verb with up to three more words, then "is" or "are": the question is the subject of a new sentence.
_QUESTION_SUBJECT = LazyPattern(
    r"(,) ((?:how|what|whether|when|where|which "
    r"(?![a-z]*(?:s|ed)\b|(?:can|will|would|may|might|must|should|could|did)\b)[a-z]+) to [a-z]+(?: [a-z]+){0,3}) "
    r"(?=(?:is|are|was|were|remains|becomes|has become) [a-z])")


# A sentence's first word after which the first comma ends an introductory clause or phrase.
_INTRODUCTORY = _SUBORDINATE | frozenset(
    "in on at for with by from during under given now to after before besides moreover however thus "
    "therefore first second third finally also yet".split())


@rule(
    "B109", "question-subject-after-comma", triggers_nocase=(", how to ", ", what to ", ", whether to ", ", when to ",
                                                              ", where to ", ", which "),
    bad=[
        "The old tax rules no longer fit⟦, how to reform them⟧ is the question for the county.",
        "Funds are short⟦, whether to build a second bridge⟧ remains open.",
        "The hall is ready⟦, when to open it⟧ is for the board to say.",
        "Two sites were offered⟦, which site to choose⟧ has become the issue.",
    ],
    good=[
        "They asked what to do, how to do it, and when.",
        "Decide how to reform them; that is the question.",
        "It is unclear, however, what to do.",
        "Since funds are short, how to spend them is the question.",
        "In the end, what to keep is up to you.",
        "We knew where to go, when to stop, and whom to ask.",
        "Once you know when to plant, the rest is easy.",
        "It opens a transaction, which needs to be committed before changes are saved.",
    ],
)
def question_subject_after_comma(ctx: Context) -> Iterator[Hit]:
    """A sentence run into the next with a comma where the next one's subject is a question
    ("how to reform them", "whether to build it"): "The rules no longer fit, how to reform them
    is the question."

    Chinese opens a sentence with an indirect question as its subject (如何改革是…) after a
    comma, and machine translation keeps the comma ("when to open it", "which site to choose"
    come the same way). English starts a new sentence there. The
    question must follow the comma directly and be followed, within four words, by "is", "are",
    "remains" or "becomes" and a lowercase word: a question in a list ("what to do, how to do
    it, and when") or after an aside has no verb of its own after it; and the sentence must not
    open with a subordinating word or a preposition ("Since funds are short, how to spend them is
    the question", "In the end, what to keep is up to you"), after which the question is the
    subject of the main clause. The sentence needs a full stop and a capital, or rewording, so
    there is no fix.
    """
    text = ctx.text
    for m in ctx.matches("B109", _QUESTION_SUBJECT, offsets=(0,)):
        start = max(text.rfind(mark, 0, m.start()) for mark in ".!?;:\n") + 1
        opening = text[start:m.start()].split(None, 1)[:1]
        if opening and opening[0].lower().strip("\"'“‘(") in _INTRODUCTORY:
            continue  # "Since funds are short, how to spend them is the question": a main clause
        yield Hit(m.start(1), m.end(2), f"a new sentence starts here: {m.group(2)!r} is its subject")


_FIELD_LABEL = LazyPattern(r"(?<=[a-z]) ([A-Z][a-z]+):[ \t]?(?=[0-9A-Z]|[\w.+-]+@\w|https?://)")


@rule(
    "B111", "field-label-run-into-line", fix=Safety.UNSAFE,
    triggers=tuple(f" {w.capitalize()}:" for w in (
        "time", "place", "venue", "location", "address", "deadline", "contact", "contacts", "tel",
        "telephone", "phone", "fax", "email", "date", "dates", "hours", "fee", "fees")),
    bad=[
        ("2. Sign up for the course ⟦Time⟧: 9:00 on Monday", "2. Sign up for the course\nTime: 9:00 on Monday"),
        ("Hand in the forms at the office ⟦Place⟧: Room 204", "Hand in the forms at the office\nPlace: Room 204"),
        ("write to us by the following means ⟦Email⟧: help@example.org", "write to us by the following means\nEmail: help@example.org"),
    ],
    good=[
        "the mail header Date: Mon, 1 May is added by the server",
        "the field Contact: John is optional",
        "Time: 9:00",
        "Publisher:Town Office Time:2024-02-01",
        "with x=3 and timing on Time: 4 ms",
    ],
)
def field_label_run_into_line(ctx: Context) -> Iterator[Hit]:
    """A field of a notice run into the end of the line before it: "3. Obtain the documents
    Time: 18 March" (a heading, then "Time:" on the next line of the page).

    Chinese notices print their fields (时间, 地点, 联系人, 电话) each on a line under a heading;
    a scrape or conversion that drops the line break leaves the label after the heading's last
    word. English writes a capitalised label with a colon only at the start of a line or after a
    sentence mark, so the label (lexicons/notice-field-labels.txt) must follow a lowercase word
    and precede a value (a digit, a capital, an e-mail or web address), and the word before
    must not name the label as a part of a format ("the header Date:", "the field Contact:":
    lexicons/identifier-nouns and label-nouns). The fix puts the field on its own line; unsafe,
    as a human should see that the line before is a heading.
    """
    from .breaks import word_list

    labels = word_list("notice-field-labels")
    nouns = word_list("identifier-nouns", "label-nouns")
    text = ctx.text
    for m in ctx.matches("B111", _FIELD_LABEL, offsets=(0,)):
        if m.group(1).lower() not in labels:
            continue
        before = text[max(0, m.start() - 40):m.start()].split()
        if not before or not before[-1].islower() or before[-1].strip("\"'") in nouns or _field_line(text, m):
            continue
        yield Hit(m.start(1), m.end(1), f"field {m.group(1)!r} run into the line before: start a line here",
                  edits=(Edit(m.start(), m.start(1), "\n"),))


def _field_line(text: str, m: re.Match[str]) -> bool:
    """Whether the line before the label holds a field already ("Publisher:City Office Time:",
    a metadata line, R107's) or a value ("x=1 Time: 4 ms", output): no heading."""
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return ":" in line or "=" in line


# A full stop after a lowercase word, one or two spaces, and a lowercase word before another:
# searched in the byte view from the literal ". " (the engine's prefix scan finds it).
_LOWER_AFTER_STOP = LazyPattern(rb"\.  ?(?<=[a-z0-9]\. |\.  )([a-z]{2,}+)(?= [a-z0-9])")
# Lowercase words that open a sentence and cannot be an identifier or a command documentation
# starts a sentence with ("name is removed", "curses supports"): articles, pronouns, openers.
_SENTENCE_OPENERS = frozenset(
    "the this these those there it its we our they their he she his her in on during after "
    "since although however therefore meanwhile moreover as".split())
_WORD_END_BEFORE = LazyPattern(rb"(?<![A-Za-z0-9_./@#$%&*+=\\-])([a-z]{3,}|(?:1[5-9]|20)\d\d)\Z")


@rule(
    "B112", "lowercase-after-full-stop",
    bad=[
        "The old ferry stopped running in 1990. ⟦the⟧ bridge took its place.",
        "The ford was deep in spring. ⟦in⟧ 1931 a stone bridge was built.",
    ],
    good=[
        "Use a tool, e.g. the one shipped with it.",
        "Tea, coffee, juice, etc. are served all day.",
        "See the file setup.py for details.",
        "The value of os.path. the module is loaded lazily",
        "Version 2 vs. the old one.",
        "I like it. iPhone users do too.",
    ],
)
def lowercase_after_full_stop(ctx: Context) -> Iterator[Hit]:
    """A sentence that starts with a lowercase word after a full stop: "The ferry stopped in
    1990. the bridge took its place."

    Machine translation of Chinese renders a source sentence segment by segment; where a segment
    boundary falls inside a sentence, or the second copy of a repeated segment is joined to the
    first, the words after the full stop keep the lower case they had inside the sentence.
    English starts every sentence with a capital; a lowercase word after a full stop is an
    abbreviation's ("e.g. the", "etc. are", "vs. the": lexicons/abbreviations-before-lowercase.txt),
    part of a name or path ("setup.py", "os.path. the"), or a brand written in lower case
    ("iPhone", not all lowercase). So the full stop must end an English word of three letters or more
    (wordfreq) or a year, that is not an abbreviation and has no dot, slash or symbol before it,
    and the word after must be an article, a pronoun or a clause opener ("the", "it", "there",
    "in"), which documentation does not use as an identifier ("name is removed from",
    "curses supports": a parameter or program starts those sentences), then a lowercase word or
    a number. A sentence said again (D111's) is reported there only. The sentence may be a repeat or a fragment that a human should look at:
    no fix.
    """
    from .. import lexicon
    from .breaks import word_list

    scanned = ctx.doc.ascii_bytes
    abbreviations = word_list("abbreviations-before-lowercase")
    lowered = ctx.doc.ascii_lowered
    for m in _LOWER_AFTER_STOP.finditer(scanned):
        word = m.group(1).decode("ascii")
        before = _WORD_END_BEFORE.search(scanned, max(0, m.start() - 30), m.start())
        if not before:
            continue
        previous = before.group(1).decode("ascii")
        if word not in _SENTENCE_OPENERS or previous in abbreviations or not previous.isdigit() and lexicon.zipf(previous) < 3.0:
            continue
        if ctx.doc.is_ignored(before.start(), m.end(1)):
            continue
        # A sentence said again ("... was solved. the water was solved."): D111 reports the copy.
        stop = min(i for i in (lowered.find(b". ", m.start(1)), lowered.find(b"\n", m.start(1)), len(lowered)) if i != -1)
        copy = lowered[m.start(1):stop].rstrip(b".;!?")
        if lowered.endswith(copy, 0, m.start()):
            continue
        yield Hit(m.start(1), m.end(1), f"sentence starts with lowercase {word!r}: a sentence cut or joined here?")


# A comma after a lowercase word or number, then a finite verb with no subject before a word that
# does not start a new clause: ", is located", ", can guarantee", ", was rebuilt".
_SUBJECTLESS = LazyPattern(
    r", (is|are|was|were|can|has|have) (?!(?:not|also|to|it|that|this|there|they|he|she|we|you|i)\b)[a-z]+")
_CLAUSE_MARKS = ',;:.!?()"“”'
_SUBORDINATE_WORDS = frozenset(
    "if when whenever while since because as although though unless until once whether after before "
    "so than except which who whom whose that where what how why whatever whoever whichever wherever".split())
_FINITE = frozenset("is are was were has have had".split())
_LIST_END = LazyPattern(r", (?:and|or) ")
_SUBJECT_STARTS = frozenset("the this it its our their he she".split())


@rule(
    "B113", "subject-dropped-after-comma", triggers=tuple(f", {v} " for v in ("is", "are", "was", "were", "can", "has", "have")),
    bad=[
        "The mill was built in 1921⟦, is⟧ located on the west bank of the river.",
        "The scanner was written in Go⟦, can⟧ run on any small server.",
        "The archive adopts a layered design⟦, can⟧ be split across disks.",
    ],
    good=[
        "The mill, which was built in 1921, is located on the west bank.",
        "Whatever the old mill was used for, is not known.",
        "Whatever the cause was, is unclear.",
        "Only the files that were changed, are copied.",
        "The ferry that crossed here, is gone.",
        "Installed in 1921, the mill is still turning.",
    ],
)
def subject_dropped_after_comma(ctx: Context) -> Iterator[Hit]:
    """A second clause joined with a comma and its subject left out: "The company was founded in
    1998, is located in the east of the city", "it supports cluster mode, can scale out".

    Chinese runs clauses that share a subject together with commas and names the subject once
    (一逗到底); machine translation keeps the commas and the missing subjects. English puts a
    comma before a verb with no subject only where a parenthesis closes ("The mill, which was
    built in 1921, is") or after a long subject (a native slip). So the clause before the comma
    must be a whole clause: three words or more since the last mark, a finite verb among them
    ("is", "was", "has", a past form, or a present form in -s after "The x" or "It"), no comma before it in its sentence (which could open a
    parenthesis), and no relative or subordinating word in it ("that were changed, are"). The
    verb after the comma must not start a question or an impersonal clause ("is it", "is there").
    A list of verb phrases ending in ", and" is English. The sentence needs a subject or "and": a
    human writes it, so there is no fix.
    """
    text = ctx.text
    for m in ctx.matches("B113", _SUBJECTLESS, offsets=(0,)):
        start = m.start()
        if not text[start - 1:start].isalnum():
            continue
        # The paragraph so far (a hard-wrapped one spans lines), up to 400 characters back.
        low = max(text.rfind("\n\n", 0, start), start - 400, -1) + 1
        line = text[low:start].replace("\n", " ").replace("i.e.", "ie").replace("e.g.", "eg")
        mark = max(line.rfind(c) for c in _CLAUSE_MARKS)
        if mark != -1 and line[mark] == ",":
            continue  # an earlier comma in the sentence: a parenthesis may close here
        words = line[mark + 1:].lower().split()
        if len(words) < 3 or words[0].endswith(("ing", "ed", "ly")) or any(w in _SUBORDINATE_WORDS for w in words):
            continue
        stop = text.find(".", m.end())
        if _LIST_END.search(text, m.end(), stop if stop != -1 else len(text)):
            continue  # "rewritten to be faster, have a simpler API, and use less memory": a list of verbs
        # A present verb in -s right after a subject: "The platform supports", "It adopts".
        present = words[0] in _SUBJECT_STARTS and any(w.endswith("s") and not w.endswith("ss") for w in words[1:3])
        if present or any(w in _FINITE or w.endswith("ed") for w in words[1:]):
            yield Hit(start, m.end(1), f"comma before {m.group(1)!r} with no subject: a new sentence, or 'and'?")
