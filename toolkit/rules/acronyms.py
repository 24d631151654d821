"""The same thing said twice in two forms: an acronym followed by the words its own last letters
stand for (D107), an amount given the currency's code and its name (D110)."""

from __future__ import annotations

from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_list

# The text's shape, one byte per character: an ASCII capital is "A", a lowercase letter "a", any
# other byte is kept. An acronym's last two capitals, a space and a lowercase letter are then the
# literal "AA a", which the pattern engine finds by its fast search instead of trying a letter
# class at every character (one translation and one scan: about 10 ms for 10 MB).
_SHAPES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"A" * 26 + b"a" * 26)
_JOIN = LazyPattern(rb"AA a")
_WORDS = LazyPattern(r"[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*){1,5}")  # the lowercase words after it
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./@#$\\")
_LONGEST = 6  # letters: "HTTPS" and "PCIE" are acronyms, a longer run of capitals is a word in capitals


def _stem(word: str) -> str:
    """The singular of a plural the lexicon lists in the singular ("interfaces", "kits")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@rule(
    "D107", "acronym-then-expansion", fix=Safety.UNSAFE,
    bad=[
        ("Install the ⟦GUI user interface⟧ first.", "Install the GUI first."),
        ("The site serves images from a ⟦CDN delivery network⟧ near the user.",
         "The site serves images from a CDN near the user."),
        ("Call the ⟦API programming interfaces⟧ of the board.", "Call the API of the board."),
        ("Plug it into a ⟦UPS power supply⟧.", "Plug it into a UPS."),
        ("Both ⟦IDE development environments⟧ and ⟦GUI user interfaces⟧ are supported.",
         "Both IDE and GUI are supported."),
        ("Call the ⟦API interface⟧ with a token; the ⟦UI interface⟧ follows.", "Call the API with a token; the UI follows."),
    ],
    good=[
        "Change the TCP connection parameters, then restart.",
        "Use the GUI to set the user name.",
        "The PIN number and the ATM machine are checked.",
        "The RP2040-ZERO series board is small.",
        "Read the API documentation and the SDK release notes.",
        "The CA certificates and the HTTP headers to send.",
        "The ABC be callable rule of the PEP editorial process.",
        "Ask the DNS server; the GUI interface of old; the API interface-like calls; OS system calls.",
    ],
)
def acronym_then_expansion(ctx: Context) -> Iterator[Hit]:
    """An acronym followed by the words its own last letters stand for: "the SDK development
    kit", "a CDN delivery network", "the GUI user interface".

    Chinese writes an English acronym and then the Chinese for what it names (SDK开发工具包,
    API接口), and machine translation renders both, so the English says the last words of the
    acronym twice. The words after the acronym must be two or more whose initials spell its last
    letters, all lower case and all words that acronyms are made of (lexicons/acronym-words.txt:
    "development", "kit", "interface", "network"). That leaves native English alone: a single
    word after an acronym ("PIN number", "ATM machine") is a habit of English, not an artifact;
    words in capitals are a definition ("BDFL Benevolent Dictator For Life"); a phrase whose
    initials only happen to match ("the TCP connection parameters", "the CA certificates and")
    has a word that names no part of an acronym or is a function word; an acronym glued to a
    hyphen or a dot is part of a name ("RP2040-ZERO series"). One word is enough only in the pairs
    of lexicons/acronym-one-word.txt ("API interface", "OS system"), which 2.9 M words of native
    documentation and prose never write. The fix deletes the words and keeps
    the acronym; it is unsafe, as the writer may prefer the words to the acronym.
    """
    text = ctx.text
    raw = ctx.doc.ascii_bytes
    shapes = raw.translate(_SHAPES)
    parts = word_list("acronym-words")
    for m in _JOIN.finditer(shapes):
        end = m.start() + 2  # the acronym's end
        if raw[end + 1] - 32 not in raw[max(0, end - _LONGEST):end - 1]:
            one = raw[end + 1] == raw[end - 1] + 32 and _one_word(text, end)  # "API interface"
            if one:
                yield one
            continue  # the first word's initial is none of the acronym's letters but its last
        start = end - 2
        while start > 0 and shapes[start - 1] == 65:  # "A"
            start -= 1
        if end - start > _LONGEST or start > 0 and text[start - 1] in _GLUED:
            continue
        words = _WORDS.match(text, end + 1)
        if not words:
            continue
        acronym = text[start:end].lower()
        initials = ""
        position = end + 1
        close = 0
        for word in words.group().split(" "):
            stems = [_stem(p) for p in word.split("-")]
            if not all(s in parts for s in stems):
                break
            initials += "".join(s[0] for s in stems)
            position += len(word) + 1
            if len(initials) >= 2 and acronym.endswith(initials):
                close = position - 1  # the longest run of words that spells the acronym's end
            if len(initials) >= len(acronym):
                break
        if close:
            yield Hit(start, close, f"{text[end + 1:close]!r} spells out {text[start:end]!r} again: say it once",
                      edits=(Edit(end, close, ""),))


_ONE_WORD = LazyPattern(r"([a-z]+)\b(?![-/])(?![ \t]+calls?\b)")  # "OS system calls": the call is the noun


def _one_word(text: str, end: int) -> Hit | None:
    """A hit for the acronym ending at `end` and the one word after it, when
    lexicons/acronym-one-word.txt lists the pair ("API interface", "OS system")."""
    start = end
    while start > 0 and "A" <= text[start - 1] <= "Z":
        start -= 1
    word = _ONE_WORD.match(text, end + 1)
    if end - start > _LONGEST or start > 0 and text[start - 1] in _GLUED or not word:
        return None
    if f"{text[start:end]} {_stem(word.group(1))}".lower() not in word_list("acronym-one-word"):
        return None
    return Hit(start, word.end(), f"{word.group()!r} spells out {text[start:end]!r} again: say it once",
               edits=(Edit(end, word.end(), ""),))


# The currency's code or sign, an amount, a multiplier, then the currency's name: "RMB 500 yuan".
_CURRENCY_TWICE = LazyPattern(
    r"(?<![\w$])(?:RMB|CNY|[¥￥])[ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:hundred|thousand|million|billion|trillion))*"
    r"(?:[ \t]+ten[ \t]+thousand)?(?P<name>[ \t]*yuan)\b(?![ \t-]*(?:notes?|banknotes?|bills?|coins?|denominations?)\b)")


@rule(
    "D110", "currency-named-twice", fix=Safety.UNSAFE, triggers=("RMB", "CNY", "¥", "￥"),
    bad=[("The fee is ⟦RMB 300 yuan⟧ per person.", "The fee is RMB 300 per person."),
         ("a budget of ⟦RMB 2.5 million yuan⟧ for the roads", "a budget of RMB 2.5 million for the roads"),
         ("Tickets cost ⟦¥80 yuan⟧ at the gate.", "Tickets cost ¥80 at the gate.")],
    good=["The fee is RMB 300 per person.", "It cost 300 yuan.", "He kept two RMB 100 yuan notes.",
          "Rates are quoted in RMB; 300 yuan buys a ticket."],
)
def currency_named_twice(ctx: Context) -> Iterator[Hit]:
    """An amount given the currency's code and its name at once: "RMB 300 yuan", "¥80 yuan".

    Chinese writes the sign or 人民币 before an amount and 元 after it (人民币300元); machine
    translation keeps both, and English says the currency once: "RMB 300" or "300 yuan". Flagged
    where RMB, CNY or the yen/yuan sign, an amount (with million, billion, ten thousand) and
    "yuan" follow one another; "yuan" before "notes" or "coins" names a denomination and passes.
    Native English never writes the pair. The fix deletes "yuan"; it is unsafe because a style
    guide may prefer the other form.
    """
    for m in ctx.finditer("D110", _CURRENCY_TWICE):
        yield Hit(m.start(), m.end(), "the currency is named twice: write 'RMB 300' or '300 yuan'",
                  edits=(Edit(m.start("name"), m.end("name"), ""),))
