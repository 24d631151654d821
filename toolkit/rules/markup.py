"""Markup residue: formatting of the source page that survived as text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator


from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

_STRIKETHROUGH = LazyPattern(r"[ \t]?~~[^~\n]{1,40}~~")


@rule(
    "M101", "strikethrough-residue", fix=Safety.SAFE, markdown=False, triggers=("~~",),
    bad=[
        ("party building work in non-public enterprises⟦~~Expedited~~⟧\nBody.",
         "party building work in non-public enterprises\nBody."),
        ("a plan⟦ ~~draft~~⟧ for the year", "a plan for the year"),
    ],
    good=["Approximately ~ 40 people came, ~ 30 left.", "x ~~ y means x is similar to y"],
)
def strikethrough_residue(ctx: Context) -> Iterator[Hit]:
    """Strikethrough markup (~~text~~) in a plain-text document.

    Sites mark status tags such as 加急 ("~~Expedited~~") with strikethrough; the scrape keeps the
    markup as text. Struck text is text the page itself withdrew, so the fix deletes it with its
    markup. Markdown files are not checked by this rule: there ~~ ~~ is real strikethrough.
    """
    for m in ctx.matches("M101", _STRIKETHROUGH, offsets=(-1, 0)):
        yield Hit(m.start(), m.end(), "strikethrough markup left in plain text", replacement="")


_ENTITY = LazyPattern(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAG = LazyPattern(r"</?(?:p|br|div|span|strong|em|b|i|u|font|a|img|section|article|h[1-6]|li|ul|ol|tr|td|table)\b[^<>\n]{0,200}/?>", re.I)


@rule(
    "M102", "html-residue", fix=Safety.SAFE, markdown=False,
    bad=[
        ("rivers⟦&nbsp;⟧and lakes", "rivers\u00a0and lakes"),
        ("the ⟦&ldquo;⟧River Chief⟦&rdquo;⟧ system", "the “River Chief” system"),
        ("the first line⟦<br/>⟧the second line", "the first line the second line"),
    ],
    good=["Use AT&T and R&D budgets; x < y and y > z.", "The ampersand & stands alone."],
)
def html_residue(ctx: Context) -> Iterator[Hit]:
    """HTML entities and tags in a plain-text document (&nbsp;, &ldquo;, <br>, <p>).

    Text copied out of a web page's source keeps its character references and tags. The fix
    replaces an entity with the character it stands for and a tag with a space (for <br> and block
    tags) or nothing (for inline tags). Unknown entities are left alone. Markdown files are not
    checked: HTML is part of Markdown.
    """
    text = ctx.text
    for m in _ENTITY.finditer(text):
        import html  # only when an entity is found

        char = html.unescape(m.group())
        if char != m.group():
            yield Hit(m.start(), m.end(), f"HTML character reference {m.group()!r} left in text",
                      replacement=char)
    for m in _TAG.finditer(text):
        name = re.match(r"</?([a-zA-Z0-9]+)", m.group()).group(1).lower()
        inline = name in {"span", "strong", "em", "b", "i", "u", "font", "a"}
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        gap = "" if inline or not before.strip() or not after.strip() else " "
        yield Hit(m.start(), m.end(), f"HTML tag {m.group()!r} left in text", replacement=gap,
                  safety=Safety.SAFE if name in {"br", "p"} or inline else Safety.UNSAFE)


_BACKTICK_RUN = LazyPattern(r"`+")


def code_ranges(doc) -> list[tuple[int, int]]:
    """Offsets (start, end) of the fenced code blocks, fences included: found by their fence
    lines alone (a pattern), not by walking every line. Worked out once per document (three
    rules ask)."""
    cache = doc.__dict__
    if "_markup_code_ranges" not in cache:
        cache["_markup_code_ranges"] = _find_code_ranges(doc.text, _fence_lines(doc))
    return cache["_markup_code_ranges"]


def _fence_lines(doc) -> list[re.Match[str]]:
    """What `_FENCE.finditer(doc.text)` finds: the lines that start, after spaces and tabs, with
    ``` or ~~~. Found from each line's first occurrence of the marks (str.find, fast), where a
    pattern anchored at line starts is tried at every character."""
    text, line_starts = doc.text, doc.line_starts
    starts = set()
    for mark in ("```", "~~~"):
        at = text.find(mark)
        while at != -1:
            line_start = line_starts[bisect.bisect_right(line_starts, at) - 1]
            if _BLANKS.match(text, line_start).end() == at:
                starts.add(line_start)
            line_end = text.find("\n", at)  # a later mark on the line is not at its start
            if line_end == -1:
                break
            at = text.find(mark, line_end)
    return [_FENCE.match(text, start) for start in sorted(starts)]


_BLANKS = LazyPattern(r"[ \t]*")


def _find_code_ranges(text: str, fences: list[re.Match[str]]) -> list[tuple[int, int]]:
    ranges, opening = [], None
    for m in fences:
        fence = m.group(1)[:3]
        if opening is None:
            if _INLINE_FENCE_SPAN.match(text, m.start(1)):
                continue  # ```Name``` on a line of its own: inline code, not a fence
            opening = (m.start(), fence)
        elif fence == opening[1]:
            ranges.append((opening[0], m.end()))
            opening = None
    if opening is not None:
        ranges.append((opening[0], len(text)))
    return ranges


def in_ranges(ranges: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies in one of the sorted, disjoint (start, end) `ranges`."""
    i = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]


_FENCE = LazyPattern(r"(?m)^[ \t]*(```|~~~)[^\n]*$")
_INLINE_FENCE_SPAN = LazyPattern(r"(`{3,})[^`\n]+\1[ \t]*[.,;:]?[^\n]*$")


@rule(
    "M104", "unbalanced-code-span", fix=Safety.SAFE, triggers=("``",), in_code=True,
    bad=[
        ("call ```Start``` first, then ⟦```Stop``⟧. It returns", "call ```Start``` first, then ```Stop```. It returns"),
        ("the ⟦````Queue```⟧ and ```Stack``` types", "the ```Queue``` and ```Stack``` types"),
        ("build it with ```Make``` and ⟦```Ninja`` `⟧ tools", "build it with ```Make``` and ```Ninja``` tools"),
        ("set ⟦`maxPool``⟧ and `minPool` first", "set `maxPool` and `minPool` first"),
    ],
    good=["Use ``code with ` inside`` here.", "A ```triple``` span and a ``double`` span.", "```\ncode\n```",
          "Write `` `x` `` for a backtick span, and `a` or ``b``."],
)
def unbalanced_code_span(ctx: Context) -> Iterator[Hit]:
    """An inline code span opened and closed with runs of different lengths: "```Name``.".

    In Markdown a code span ends at the next run of exactly as many backticks as opened it; one
    backtick lost or added (translation tools treat backticks as text) leaves the span open, so
    it runs on over the following text or the markup shows. Flagged where two neighbouring runs
    of two or more backticks on one line, around a word with no space at its edges, differ in
    length, or a run of one and a run of two or three around a bare identifier ("`maxPool``":
    native Markdown never closes a one-backtick span so). The fix gives both the run length the document uses most (or the longer one), and
    takes in a last backtick split off by a space ("``Name`` `"); where the span holds spaces at
    its edges, removing them is left to --unsafe-fixes.
    """
    text = ctx.text
    lines = ctx.doc.lines()
    code = None
    runs_by_length: dict[int, int] = {}
    found = []
    for n in ctx.line_numbers("M104"):
        if code is None:
            code = code_ranges(ctx.doc)
        line = lines[n]
        if in_ranges(code, line.start):
            continue
        runs = list(_BACKTICK_RUN.finditer(text, line.start, line.end))
        for run in runs:  # runs of two or more, which only lines with a trigger hold
            if len(run.group()) >= 2:
                runs_by_length[len(run.group())] = runs_by_length.get(len(run.group()), 0) + 1
        i = 0
        while i + 1 < len(runs):
            opener, closer = runs[i], runs[i + 1]
            inner = text[opener.end():closer.start()]
            a, b = len(opener.group()), len(closer.group())
            single = min(a, b) == 1 and max(a, b) <= 3 and _IDENTIFIER.fullmatch(inner)  # "`Name``"
            if a == b or min(a, b) < 2 and not single or not inner.strip() or len(inner) > 60 or \
                    inner[:1].isspace() and inner[-1:].isspace():
                i += 1 if a != b else 2
                continue
            found.append((opener, closer))
            i += 2
    if not found:
        return
    common = max(runs_by_length, key=lambda k: (runs_by_length[k], k))
    for opener, closer in found:
        a, b = len(opener.group()), len(closer.group())
        size = 1 if min(a, b) == 1 else common if common in (a, b) else max(a, b)
        inner = text[opener.end():closer.start()]
        end = closer.end()
        stray = _STRAY_TICKS.match(text, end)
        if stray and a > b and len(stray.group(1)) == a - b:
            end, size = stray.end(1), a  # "``Name`` `": the last backtick split off by a space
        replacement = "`" * size + inner.strip() + "`" * size
        edits = (Edit(opener.start(), end, replacement),)
        # The damage makes Markdown pair the wrong runs, so the span may lie in what the document
        # takes for inline code: the rule reports there too (in_code).
        yield Hit(opener.start(), end, f"code span opened with {a} backticks and closed with {b}", edits=edits,
                  safety=None if inner.strip() == inner else Safety.UNSAFE)  # a space inside: maybe meant


_IDENTIFIER = LazyPattern(r"[A-Za-z_][\w.]*")
_STRAY_TICKS = LazyPattern(r"[ \t]+(`+)(?=[ \t]|$)", re.M)


_INDENTED_PARAGRAPH = LazyPattern(r"(?m)^([ \t]{2,6}|\u3000{1,2})(?=[A-Z][a-z]+ [a-z][^\n]{30})")
_NUMBERED_HEADING = LazyPattern(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.、]|[（(][一二三四五六七八九十]+[）)])[ \t]*\S")
_LIST_OR_BLOCK = LazyPattern(r"^[ \t]*(?:[-*+]|\d+[.)]|>|\|)")


@rule(
    "M105", "indented-paragraph-in-markdown", fix=Safety.SAFE, triggers=("\n  ", "\n\u3000"),
    bad=[
        ("(2) Account security\n⟦    ⟧We keep your password in a form no one can read back.",
         "(2) Account security\nWe keep your password in a form no one can read back."),
    ],
    good=["- a list item\n  continued on a second line of the same item", "Some text.\n\n    code block line here\n",
          "1. Step one\n   Then the second line of the step goes here."],
)
def indented_paragraph_in_markdown(ctx: Context) -> Iterator[Hit]:
    """A Markdown paragraph indented as Chinese typesets one, right under another line.

    Chinese paragraphs start with a two-character indent; translated Markdown keeps it as two to
    six spaces. Under a line of text (no blank line between) Markdown then joins the paragraph to
    that line, so a heading such as "(1) Register" and its paragraph run together. Flagged in
    Markdown when the line above is text that is not a list item, quote or table row (whose
    continuation lines are indented on purpose) and the indented line is a sentence; in plain text,
    where continuation lines are often indented, only under a numbered heading ("(1) Register").
    The fix removes the indent.
    """
    text = ctx.text
    code = None
    markdown = ctx.doc.is_markdown
    for m in ctx.matches("M105", _INDENTED_PARAGRAPH, offsets=(1,)):
        previous_end = m.start() - 1
        previous_start = text.rfind("\n", 0, previous_end) + 1
        previous = text[previous_start:previous_end]
        if not markdown and not (len(previous) <= 60 and _NUMBERED_HEADING.match(previous)):
            continue  # plain text indents continuation lines on purpose; a numbered heading above is Chinese layout
        if not previous.strip() or _LIST_OR_BLOCK.match(previous) or previous.startswith((" ", "\t")) and \
                not previous.lstrip().startswith("("):
            continue
        if code is None:
            code = code_ranges(ctx.doc)
        if in_ranges(code, m.start()):
            continue
        yield Hit(m.start(), m.end(), "paragraph indented Chinese-style under a line of text: Markdown joins them",
                  replacement="")


# A long line of prose that ends in a letter, and a next line that starts a sentence.
# The quote first, so the pattern engine looks for it fast; the character before is checked after.
# Single quotes hold anything code-like; double and curly quotes, where English quotes names and
# versions, only a path, a file name with its extension or a name written with underscores.
_QUOTED_CODE = LazyPattern(r"'(?P<single>[\w./@~:-]*[/._@~:][\w./@~:-]*|[/.~@])'(?!\w)")
# The same in single quotes padded with spaces inside, as translation leaves a code span: "' bin/run.sh '".
_PADDED_QUOTED_CODE = LazyPattern(r"'[ \t]+([\w.~-]*/[\w./~-]*[\w/]|[\w-]+\.(?:sh|bat|py|js|ya?ml|json|xml|conf|properties|sql|jar))[ \t]+'")
# Curly double quotes around a path, a file name with its extension, or a name with underscores:
# a pattern of its own, so each one starts with its quote, which the pattern engine finds fast.
_CURLY_QUOTED_CODE = LazyPattern(
    r"“(?P<double>[\w.~-]*/[\w./~-]*[\w/]|[\w-]*[a-z][\w-]*\.(?:ya?ml|json|xml|js|ts|jsx|tsx|vue|py|java|go|rs|"
    r"properties|toml|ini|conf|cfg|sh|bat|sql|md|txt|log|html|css|scss|env|lock|gradle|kt|php|rb|c|h|cpp)"
    r"|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
    r"|(?:npm|yarn|pnpm|pip3?|git|docker|mvn|python3?|node|cargo|go|sudo|apt(?:-get)?|brew|kubectl|gradle)[ \t][^“”\n]{1,60})”(?!\w)")
_PRODUCT_JS = LazyPattern(r"[A-Z][a-z]+\.js$")
_CODE_SPAN = LazyPattern(r"`[^`\n]+`")


@rule(
    "M107", "quoted-code", fix=Safety.UNSAFE, triggers=("`",),
    bad=[
        ("Run `npm ci` first, then open ⟦'src/main.js'⟧ and edit it.", "Run `npm ci` first, then open `src/main.js` and edit it."),
        ("Set `base` to the path, ending in ⟦'/'⟧.", "Set `base` to the path, ending in `/`."),
        ("Set `port` and `host` in ⟦“conf/server.yaml”⟧, then run `make`.", "Set `port` and `host` in `conf/server.yaml`, then run `make`."),
        ("Run `make`, `make test` and `make dist`; the limit is ⟦“QUEUE_DEPTH_MAX”⟧ now.",
         "Run `make`, `make test` and `make dist`; the limit is `QUEUE_DEPTH_MAX` now."),
        ("Edit `a`, `b` and `c` in⟦“conf/app.yml”⟧.", "Edit `a`, `b` and `c` in`conf/app.yml`."),
        ("Run `a`, `b` and `c`, then ⟦“npm run serve”⟧.", "Run `a`, `b` and `c`, then `npm run serve`."),
        ("Run `a`, then ⟦' scripts/start.sh '⟧ to begin.", "Run `a`, then `scripts/start.sh` to begin."),
    ],
    good=["Open 'src/main.js' and edit it.", "Run `npm ci`; the 'best' way is 'this one'.", "It's the users' 'v2' files.",
          'Run `npm ci`, `a` and `b`; the “2.1.0” release and “Node.js” itself, “and/or” and “e.g.” pass.',
          'Run `chroot`; then edit “/etc/limits.conf”.', 'Run `a`, `b` and `c`; set ‘POSIX_ME’.',
          'Run `make`; it formats "lib.rs" and "main.rs".', "Run `make`; it's ' fine ' and 'ok'.",
          "Run `cargo build`; the gates 'box_syntax', 'if_let', 'slice_patterns' and 'try_blocks' are gone."],
)
def quoted_code(ctx: Context) -> Iterator[Hit]:
    """A path or identifier in quotation marks in a text that marks code with backticks: 'src/main.js'.

    Machine translation treats backticks as punctuation and often turns a code span into quotes;
    a document that writes `npm ci` as code in one place and 'src/main.js' in another has lost
    the code markup of the second. Flagged only where the same document uses backtick code spans
    and the quoted text looks like code (spaces only as padding inside: ' bin/run.sh '): in
    single quotes, a slash, dot, underscore, @ or colon inside, or a lone "/", so quoted words
    ('best') pass; in curly double quotes (Chinese writes “application.yml” around a file name, and the translation keeps
    them), only a path (“conf/app.yaml”), a file name with a file's extension (“app.yml”) or a
    name joined by underscores (“MAX_RETRY”) or a command of a package or build tool (“npm
    run serve”, “git pull”), as English quotes names, versions and “and/or”,
    and only in a text with three code spans or more (a manual converted from HTML may quote its
    paths in curly quotes and hold a stray `chroot`), and not in a document that quotes code four
    times or more (its author's habit, not lost spans). Straight double quotes and curly single
    quotes are not read: native documentation quotes code in them ("lib.rs", GNU's ‘PATH’). The fix writes backticks; it is unsafe because a
    quoted name may be meant.
    """
    text = ctx.text
    spans = sum(1 for _ in zip(range(3), _CODE_SPAN.finditer(text)))
    if not spans:
        return
    curly = _CURLY_QUOTED_CODE.finditer(text) if spans >= 3 and "“" in text else ()
    found = itertools.chain(_QUOTED_CODE.finditer(text), _PADDED_QUOTED_CODE.finditer(text), curly)
    hits = list(_quoted_code_hits(text, found))
    if len(hits) < _QUOTING_HABIT:
        yield from hits


# Code in quotes this many times in one document is its author's habit (a changelog that names
# feature gates as 'if_let', a reference that quotes its keys), not spans the translation lost,
# which are a few among the document's backticks (candidates inside code blocks count too: they
# show the habit). Measured on the Markdown files packages ship: M107's findings 118 -> 19 (13
# documents held 4 to 20 each); on the machine translation of the corpus and the probe sets, 1
# in each document that has any, unchanged.
_QUOTING_HABIT = 4


def _quoted_code_hits(text: str, found: Iterator[re.Match[str]]) -> Iterator[Hit]:
    """The matches of the quoted-code patterns that are code in quotes, as findings."""
    for m in found:
        if m.group()[0] == "'" and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # an apostrophe in a word ("users'"), not an opening quote
        inner = m.group(1)
        if m.group()[0] == "“" and (_is_word_pair(inner) or _PRODUCT_JS.match(inner)):
            continue  # “Node.js” is a product
        if inner.endswith(".") and inner.count(".") == 1 and len(inner) > 1:
            continue  # 'etc.': a word and its full stop
        yield Hit(m.start(), m.end(), f"{m.group()[0]}{inner}{m.group()[-1]} looks like code in quotes: write `{inner}`",
                  replacement=f"`{inner}`")


def _is_word_pair(inner: str) -> bool:
    """"and/or", "input/output", "TCP/IP": words joined by a slash, no path."""
    parts = inner.split("/")
    return len(parts) == 2 and all(p.isalpha() for p in parts)


# Inline code spans (paired as Markdown pairs them, Document's pattern) and bold runs, left to right.
_INFLECTION = LazyPattern(r"(?:s|es|ed|d|ing|er|ers|'s|th)(?![^\W\d_])")
_MAX_GLUED_MARKUP = 40
_INLINE_MARKUP = LazyPattern(r"(?<!`)(`+)(?!`)[^`\n]+(?<!`)\1(?!`)|\*\*[^*\n]+?\*\*")


@rule(
    "M110", "glued-inline-markup", fix=Safety.SAFE, triggers=("`", "**"),
    bad=[
        ("⟦Type⟧`make check`then wait.", "Type `make check` then wait."),
        ("the option is ⟦named⟧**Depth**and takes a number", "the option is named **Depth** and takes a number"),
    ],
    good=["a list of `str`s and `int`s", "run it in a `chroot`ed tree", "the size of the i`th chunk is the difference of two offsets", "Run `make` then wait.", "**Note**: the old name still works.",
          "the `--verbose` flag, the **bold** word", "call `f()`, then `g()`", "`x`'s value"],
)
def glued_inline_markup(ctx: Context) -> Iterator[Hit]:
    """A Markdown code span or bold run glued to the words around it: "Run`npm install`Then",
    "called**Shard**and".

    Chinese needs no spaces around inline code or bold (运行`npm install`然后); machine
    translation keeps the markup where it was and the words it adds touch it. Markdown then
    renders "Run`npm install`Then" with no space on either side. English writes a space between
    a word and the markup, except for an inflection after a code span ("`str`s", "`chroot`ed"),
    which is left alone, as is a span over 40 characters (a backtick used as a quotation mark
    pairs with one far on). Plain text that carries Markdown's marks is read the same way. The fix
    inserts the missing spaces.
    """
    text = ctx.text
    for m in ctx.finditer("M110", _INLINE_MARKUP):
        start, end = m.span()
        markup = m.group()
        before = start > 0 and text[start - 1].isalpha()
        after = end < len(text) and text[end].isalpha()
        if len(markup) > _MAX_GLUED_MARKUP:
            continue  # a backtick used as a quotation mark ("`like this'"), paired with one far on
        if after and not before and markup.startswith("`") and _INFLECTION.match(text, end):
            continue  # "`str`s", "`chroot`ed": the code word inflected as an English one
        if not before and not after:
            continue
        edits = []
        if before:
            edits.append(Edit(start, start, " "))
        if after:
            edits.append(Edit(end, end, " "))
        # The finding is on the glued word (the markup itself is a region findings stay out of).
        word = _word_before(text, start) if before else _word_after(text, end)
        yield Hit(*word, f"{markup!r} glued to the words around it: put a space on each side", edits=tuple(edits))


def _word_before(text: str, at: int) -> tuple[int, int]:
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start, at


def _word_after(text: str, at: int) -> tuple[int, int]:
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return at, end
