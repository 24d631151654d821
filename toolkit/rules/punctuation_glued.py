"""A full stop, comma, semicolon or colon glued to the next word ("structure.In", "rules,Can"),
told apart from the tokens of code that native technical prose writes the same way."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..chinese import LATIN_CLASS, LazyPattern
from .patterns import LIST_ITEM_START


# A mark glued to the next word: "structure.In", "changes,the", "rules,Can", 'difficulties."Issues'.
# Latin letters only: Chinese text around ASCII commas is left alone.
_GLUED = LazyPattern(
    rf"(?:(?:(?<=[{LATIN_CLASS}]{{2}})|(?<=\ds)|(?<=[\w/]\))|(?<=\d%))[,;:!?]|(?<=[a-z]{{2}}[\"”])[,;](?=[a-z])|(?<=[12]\d{{3}}),(?=[a-z])|(?<=[a-z]{{2}})\.(?=[\"“(]?[A-Z])|(?<=\b[12]\d{{3}})\.(?=[A-Z][a-z]{{2}}))"
    rf"([\"“]?|\((?=[A-Z][a-z]))(?=[{LATIN_CLASS}]{{2}})"
)
# After "4.2%," a word that ends its token as words do (not "height:2em" of a style sheet).
_PLAIN_AFTER_PERCENT = LazyPattern(r"[\"“]?[A-Za-z][a-z]*(?:[-'’][a-z]+)*(?=[\s,.;!?)]|$)")
_CLOSED_GLUED = LazyPattern(r"(?<=[a-z]{2})[.!?,]”(?=[A-Z][a-z])")
# A label glued to the sentence after its colon: a word and its number ("Step 1:Connect") or a
# bold word ("**Note**:Please"), the cases the letters-either-side test above leaves out. Times,
# verses and ratios have a digit after the colon; a bare number before it ("2:Alpha") passes.
_LABEL_COLON_GLUED = LazyPattern(r":(?=[A-Z][a-z]{2})")
_LABEL_BEFORE = LazyPattern(r"(?:(?<![\w*])[A-Z][a-z]{1,11} \d{1,3}|\*\*[A-Z][^*\n]{0,30}\*\*)\Z")
_IDENTIFIER_PAIR = LazyPattern(r"[a-z_]+:[a-z_]+(?:[:\s.,)]|$)")
def _token_start(text: str, at: int) -> int:
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _same_name(text: str, dot: int) -> bool:
    """Whether the words on both sides of a glued full stop are one name ("queue.Queue"), or the
    module is the plural of its class ("shapes.Shape")."""
    before = text[_token_start(text, dot):dot].lower()
    after = text[dot + 1:dot + 1 + len(before)].lower()
    return bool(before) and (before == after or before.endswith("s") and after.startswith(before[:-1]) and
                             not text[dot + len(before):dot + len(before) + 1].isalpha())


_GLUED_PARTS = LazyPattern(r"[.,;:](?=\w)")
# Letters, digits (str.isalnum: \w but "_"), hyphens and apostrophes only.
_WORD_PARTS = LazyPattern(r"(?:[^\W_]|[-'’])*")
_TOKEN_EDGE = "([{<\"'“‘*_"
_TOKEN_END = ".,;:!?)]}>\"'”’*_"


def _in_code_token(text: str, mark: int) -> bool:
    """Whether the glued mark sits inside one token of code: the parts of the token on each side
    (from the white space before to the white space after, brackets and quotes at its edges
    aside) hold anything but letters, digits, hyphens and apostrophes ("ro,nodev,noexec",
    "cern.ch,ncsa", "HEAD:path", "site:example.org", "kern.info;kern.none"). A colon also needs a
    plain lowercase word of three letters or more before it ("HOST:PORT", "Cc:ing" are not
    clauses). After a closing bracket the left part is the bracket's, and is not looked at."""
    start, end = _token_start(text, mark), mark + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].rstrip(".,;:!?)]")
    if len(token) > 2 and token[0] in "\"'“‘`" and token[-1] in "\"'”’`":
        return True  # '"auto:name"': a quoted literal
    if len(token) > 4 and token[:2] in ("**", "__") and token.endswith(token[:2]):
        return True  # "**crypto,tls**": a changelog's bold tag list, one token, no clause
    if text[end - 1:end] == ":" and token.islower() and LIST_ITEM_START.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return True  # "* net,dgram: add ...": a list item's tag list, before its colon
    left = "" if text[mark - 1:mark] == ")" else text[start:mark].lstrip(_TOKEN_EDGE).rstrip("\"”")
    right = text[mark + 1:end].rstrip(_TOKEN_END).lstrip("\"“(")
    parts = _GLUED_PARTS.split(left + "," + right)
    if len(parts) > 2:
        if all(p == p.lower() for p in parts):
            return True  # "ro,nodev,noexec": options; "progress.However,the" is converted punctuation
        left, right = _GLUED_PARTS.split(left)[-1], _GLUED_PARTS.split(right)[0]
    if not _WORD_PARTS.fullmatch(left + right) or "--" in left + right:
        return True
    if text[mark] == ":":
        return len(left) < 3 or not left.isalpha() or left.isupper() or right.isupper()
    return False


def _namespace(ctx: Context, dot: int) -> bool:
    """Whether the word before a glued full stop is a namespace in this document: the document
    joins it by a full stop to two or more different names ("shapes.Circle", "shapes.Square",
    "shapes.area"), or writes the same qualified name twice. A sentence opener after the stop
    ("work.The", "said.We") is a sentence, whatever the document does elsewhere."""
    from .breaks import OPENER_SET

    text = ctx.text
    after = _TOKEN_AFTER.match(text, dot + 1)
    if not after or after.group(1) in OPENER_SET:
        return False
    prefix = text[_token_start(text, dot):dot].lstrip(_TOKEN_EDGE)
    if not prefix.isidentifier():
        return False
    suffixes = _qualified_names(ctx).get(prefix, {})
    return len(suffixes) >= 2 or suffixes.get(after.group(1), 0) >= 2 or _writes_code_names(ctx)


_QUALIFIED = LazyPattern(r"(?<![\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)")  # the shape, found as below
_DOT_BEFORE_NAME = LazyPattern(rb"\.(?=[A-Za-z_])")
_NAME_BEFORE = LazyPattern(r"(?<![\w.])[A-Za-z_]\w*\Z")
_NAME_AT = LazyPattern(r"[A-Za-z_]\w*")


def _qualified_names(ctx: Context) -> dict[str, dict[str, int]]:
    """Per document, found in one pass: each word written before a full stop glued to a name,
    with how often each name follows it."""
    cache = ctx.doc.__dict__
    if "_qualified_names" not in cache:
        names: dict[str, dict[str, int]] = {}
        text = ctx.text
        # What _QUALIFIED.finditer(text) finds, tried only at a full stop before a letter (found
        # in the byte view, fast): a pattern that starts with a letter class tries every word.
        for dot in _DOT_BEFORE_NAME.finditer(ctx.doc.ascii_bytes):
            at = dot.start()
            # A name before the stop holds no space: searched from the last space before it (the
            # lookbehind still reads the character before), not from every position of 256.
            low = max(0, at - 256)
            before = _NAME_BEFORE.search(text, max(low, text.rfind(" ", low, at) + 1), at)
            if before:
                name = _NAME_AT.match(text, at + 1).group()
                after = names.setdefault(before.group(), {})
                after[name] = after.get(name, 0) + 1
        cache["_qualified_names"] = names
    return cache["_qualified_names"]


# A dotted lowercase name ("str.join", "setup.py"), not a part of a URL, address or longer chain.
_DOTTED_NAME = LazyPattern(r"(?<![\w./:@-])[a-z_][a-z0-9_]+\.[a-z_][a-z0-9_]+\b(?![./@-])")


def _writes_code_names(ctx: Context) -> bool:
    """Whether the document names code: two or more different dotted lowercase names. Such a
    document writes "pkg.Name" for a class as often as it glues a sentence to a full stop, so
    there only a sentence opener after the stop counts."""
    cache = ctx.doc.__dict__
    if "_writes_code_names" not in cache:
        found: set[str] = set()
        for m in _DOTTED_NAME.finditer(ctx.text):
            found.add(m.group())
            if len(found) >= 2:
                break
        cache["_writes_code_names"] = len(found) >= 2
    return cache["_writes_code_names"]


_IN_BRACKETS = LazyPattern(r"[\[(][^\])\s]*\Z")  # an opening bracket earlier in the same token
_CODE_TOKEN = LazyPattern(r"[A-Za-z0-9]*[_(=;]")  # the word after the dot is an identifier
_LATIN_LETTERS = "".join(chr(c) for c in (*range(65, 91), *range(97, 123), *range(0xC0, 0xD7), *range(0xD8, 0xF7),
                                          *range(0xF8, 0x250)))
# A mark, then a quote or a letter (a capital after a full stop). A mark then NUL stands for a
# mark before any non-ASCII character ("À", "“"), as the triggers are found in the byte view:
# one trigger per mark instead of one per non-ASCII letter (some 2,000).
_GLUED_TRIGGERS = (*(m + c for m in ",;:!?" for c in _LATIN_LETTERS + '"' if c.isascii()),
                   *("." + c for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ"('), *(m + "\0" for m in ",;:!?."),
                   *(m + "(" for m in ",;:!?"))


@rule(
    "P104", "missing-space-after-punctuation", fix=Safety.SAFE, triggers=_GLUED_TRIGGERS,
    bad=[
        ("the harvest was late this year⟦.⟧In the spring", "the harvest was late this year. In the spring"),
        ("new rules for the old market halls⟦,⟧and the traders", "new rules for the old market halls, and the traders"),
        ("A visitor who breaks the rules⟦,⟧Can be fined", "A visitor who breaks the rules, can be fined"),
        ("the fee is waived⟦,⟧Provided the form is sent", "the fee is waived, provided the form is sent"),
        ("Since the 1990s⟦,⟧the state has", "Since the 1990s, the state has"),
        ("In 2006⟦,⟧the state exempted", "In 2006, the state exempted"),
        ("the road opens in June 2027⟦.⟧Drivers may use it", "the road opens in June 2027. Drivers may use it"),
        ("the rate fell by 3.7%⟦,⟧the lowest in years", "the rate fell by 3.7%, the lowest in years"),
        ("a share of 41.2%⟦;⟧The rest", "a share of 41.2%; the rest"),
        ("open the page (the list)⟦,⟧then choose one", "open the page (the list), then choose one"),
        ("the ferry ran late again⟦.\"⟧Delays are common", "the ferry ran late again. \"Delays are common"),
        ("as the leaders put it⟦,“⟧Strengthen the foundation”", "as the leaders put it, “Strengthen the foundation”"),
        ("a talk with the new staff⟦.(⟧Reporter Li Ming)", "a talk with the new staff. (Reporter Li Ming)"),
        ("he said: “The well is dry⟦.”⟧Then he left.", "he said: “The well is dry.” Then he left."),
        ("open the [site](https://example.org/)⟦,⟧then search", "open the [site](https://example.org/), then search"),
        ("Phase 2⟦:⟧Check the valves before noon.", "Phase 2: Check the valves before noon."),
        ("**Tip**⟦:⟧Keep the lid closed.", "**Tip**: Keep the lid closed."),
        ('under the "Clear Skies" drive⟦,⟧and the plants closed', 'under the "Clear Skies" drive, and the plants closed'),
        ('as the "river chiefs"⟦;⟧each patrols a stretch', 'as the "river chiefs"; each patrols a stretch'),
    ],
    good=[
        "GDP grew 3.5 percent to 1,380 billion yuan.",
        "a sum of 1,380,000 yuan was paid",
        "See the file setup.py and the U.S. Ph.D. rules, e.g. the list.",
        "It ended at 10:30 sharp.",
        "Call it node.js or config.yaml if you like.",
        "set window.HELP_IMPROVE = false; in the page",
        "the io.BufferedIOBase.write method and a contextvars.Context object",
        "the slice list[low:high] and os.path.join(root,name) work",
        "a re.Pattern object and the queue.Queue class, decimal.Decimal and a host:port pair",
        "mount it with the rw,nosuid,nodev options; a HOST:PORT pair; search for site:example.org",
        "Old names: shapes.Square and shapes.Circle are still there.",
        "the cards.Card class and the boxes.Box type",
        "f(a,(b)) and g(x),h(y) are calls",
        "the box has style width:50%;height:2em set",
        "- **fs,streams**: fix the flush order",
        "* net,tls: retry the handshake once",
        "a 16:9 screen, verse 3:16 and the 2:Alpha build tag",
        'the CSV row "north",12,"south" and the pair "a","b"',
    ],
)
def missing_space_after_punctuation(ctx: Context) -> Iterator[Hit]:
    """A comma, full stop, semicolon or colon glued to the next word: "structure.In", "rules,Can".

    Chinese punctuation takes no space after it; when machine translation or a converter turns
    ，。；： into ASCII marks one for one, the space English needs is missing. Flagged between two
    words of two or more letters; a full stop only before a capital, so decimals ("3.5"),
    thousands ("1,380"), file names ("setup.py"), abbreviations ("U.S.") and times pass, and so
    does a token of code: one whose parts hold other characters ("HEAD:path", "cern.ch,ncsa"), a
    chain of lowercase words ("rw,nosuid,nodev"), a quoted literal, or a qualified name, told by the
    document's own usage (the prefix joined to two different names, or the same pair twice) or by
    a document that names code elsewhere ("str.join"), where only a sentence opener after a full
    stop counts; a comma or semicolon also after a quoted phrase ('the "Clear Skies" drive,and'); a colon also after a label, a word and its number or a bold word ("Step
    1:Connect", "**Note**:Please"). The fix inserts the space; after a comma or semicolon it also lower-cases a clause opener or a word the
    document writes in lower case elsewhere ("rules,Can be" -> "rules, can be"), since each
    segment was capitalised as if it began a sentence.
    """
    text = ctx.text
    for m in ctx.matches("P104", _GLUED):
        if text[m.start() - 1] == "%":
            if not _PLAIN_AFTER_PERCENT.match(text, m.end()):
                continue  # "width:50%;height:2em": a style sheet, not a sentence
        elif _in_code_token(text, m.start()):
            continue  # "ro,nodev,noexec", "HEAD:path", "site:example.org": one token of code
        if text[m.start()] == "." and (_CODE_TOKEN.match(text, m.end())
                                       or not text[m.start() - 1].isdigit() and _identifier_dot(text, m.start())
                                       or _namespace(ctx, m.start())):
            continue  # "window.HELP_IMPROVE", "io.BufferedIOBase": an identifier, not a sentence
        if text[m.start()] in ":," and _IN_BRACKETS.search(text, max(0, m.start() - 30), m.start()):
            continue  # "list[low:high]", "f(a,b)": a slice or arguments
        if text[m.start()] == "." and _same_name(text, m.start()):
            continue  # "decimal.Decimal", "queue.Queue": a class named after its module
        if text[m.start()] == ":" and _IDENTIFIER_PAIR.match(text, _token_start(text, m.start())):
            continue  # "host:port", "filename:lineno": a pair of identifiers
        quote = m.group(1)
        mark = m.group()[:len(m.group()) - len(quote)]
        word = _NEXT_WORD.match(text, m.end())
        if mark in ",;" and not quote and word and _lower_case_meant(ctx, word.group(), word.start()):
            # "rules,Can be used": the clause goes on; its first word was capitalised as a
            # sentence start in the segment. Lower-cased with the space.
            yield Hit(m.start(), m.end(), f"no space after {mark!r}, and {word.group()!r} goes on the clause",
                      edits=(Edit(m.start(), m.end() + 1, f"{mark} {word.group()[0].lower()}"),))
            continue
        yield Hit(m.start(), m.end(), f"no space after {mark!r}", replacement=f"{mark} {quote}")
    for m in ctx.matches("P104", _LABEL_COLON_GLUED):
        if _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            yield Hit(m.start(), m.end(), "no space after ':'", replacement=": ")
    for m in ctx.matches("P104", _CLOSED_GLUED):
        # 'heavy.”Then': a closing curly quote after the mark, and the next sentence glued to it
        yield Hit(m.start(), m.end(), f"no space after {m.group()!r}", replacement=m.group() + " ")


_TOKEN_AFTER = LazyPattern(r"[\"“]?([A-Za-z0-9_]+)(\S?)")
_NOUN_AFTER = LazyPattern(r" ([a-z]+)")
_WORD_BEFORE_DOT = LazyPattern(r"([A-Za-z0-9_.]+)\Z")


def _identifier_dot(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` joins the parts of a qualified name ("io.BufferedIOBase",
    "contextvars.Context"): the part after it is CamelCase or goes on with a dot, or the part
    before it is no English word (wordfreq) or itself dotted."""
    from .. import lexicon

    after = _TOKEN_AFTER.match(text, dot + 1)
    if after and (any(c.isupper() for c in after.group(1)[1:]) or after.group(2) in (".", "(", "_")):
        return True
    if after and (following := _NOUN_AFTER.match(text, after.end(1))) and \
            following.group(1).lower() in lexicon.words("identifier-nouns"):
        return True  # "a re.Pattern object", "the queue.Queue class"
    before = _WORD_BEFORE_DOT.search(text, max(0, dot - 40), dot)
    return bool(before) and ("." in before.group(1) or not lexicon.is_english(before.group(1), 3.0))


_NEXT_WORD = LazyPattern(r"[A-Z][a-z]+\b(?![-'’])")


def _lower_case_meant(ctx: Context, word: str, start: int) -> bool:
    """Whether a capitalised word after a glued comma is a common word that goes on the clause:
    a clause opener, or a word the document does not use as a name and writes in lower case
    elsewhere or builds with an English derivational suffix."""
    from .breaks import OPENER_SET
    from .. import lexicon

    if word in OPENER_SET:
        return True
    if word.lower() in lexicon.words("capitalised-words") or ctx.doc.is_name(word):
        return False
    if ctx.doc.writes_lower(word):
        return True
    # A derived word ("Executed", "During", "Actively", "Implementation") is no name, unless it
    # is pinyin ("Nanjing"): English names rarely end in these suffixes, verbs and nouns often do.
    return (_DERIVED.search(word.lower()) is not None and lexicon.zipf(word.lower()) >= 3.0
            and not lexicon.pinyin_syllables(word.lower()))


_DERIVED = LazyPattern(r"[a-z]{3}(?:ed|ing|ly|tion|sion|ment|ness|ity|ive|ize|ise|able|ful)\Z")
