"""Markdown and HTML syntax split by spaces that machine translation inserted ("[text] (url)",
"! [alt](x.png)", "** Note: **", "# # Title", "http: //", "& nbsp;", "< br >"), or a space it
dropped ("-Item", "##Title"). Plain text that carries Markdown's marks is read the same way."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .markup import _word_after, _word_before

# A link target as Markdown writes one: a URL, a path from the root or the current folder, an
# anchor, or a file name with a document or image extension; no spaces.
_TARGET = (r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|\.{0,2}/|#)[^\s()]*"
           r"|[\w.-]+(?:/[\w.-]+)*\.(?:md|html?|png|jpe?g|gif|svg|pdf|txt)(?:#[\w-]*)?")
# Character references that translated pages carry, by name (a number is too common after "& ").
_ENTITY_NAMES = r"(?:nbsp|lt|gt|amp|quot|apos|[lr][sd]quo|[mn]dash|hellip|copy|reg|trade|times|middot|[em]nsp|emsp|yen)"
# HTML elements that Markdown documents write (a single letter, as in "a < b > c", is left out).
_TAG_NAMES = r"(?:br|p|div|span|strong|img|details|summary|sup|sub|center|font|table|tr|td|th|code|pre|kbd|hr)\b"
# One alternative per construction; the spaces to take out are the groups named gap*.
_SPACED = LazyPattern(
    r"(?P<link>(?:(?<![^\s(])!(?P<gap_bang>[ \t]+))?\[[^\[\]\n]{1,200}\](?P<gap_link>[ \t]*)\((?:" + _TARGET + r")\))"
    r"""|(?P<bold>(?<![^\s(\["'“‘])\*\*(?P<gap_open>[ \t]*)[^\W\d_][^*\n]{0,40}?(?<=[\w:.)])(?P<gap_close>[ \t]*)\*\*(?![*\w]))"""
    r"|(?P<heading>^#{1,5}(?:[ \t]+#{1,5})+(?=[ \t]+\S))"
    r"|(?P<url>\b(?:https?|ftp)(?P<gap_url>[ \t]*:[ \t]*)//(?P<gap_host>[ \t]*)(?=\w))",
    re.M | re.I,
)
_BLANKS = LazyPattern(r"[ \t]+")
_WHAT = {"link": "link or image", "bold": "bold", "heading": "heading", "url": "URL"}


def _gaps(m: re.Match[str], kind: str) -> list[Edit]:
    """Edits that take the inserted spaces out of the construction matched."""
    if kind == "heading":
        return [Edit(*b.span(), "") for b in _BLANKS.finditer(m.string, m.start(), m.end())]
    if kind == "url":
        edits = [Edit(*m.span("gap_url"), ":")] if m.group("gap_url") != ":" else []
        host = m.group("gap_host")
        if host and re.match(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", m.string[m.end():], re.I):
            edits.append(Edit(*m.span("gap_host"), ""))  # "http:// example.org": the host split off
        elif host:
            return []  # "http:// " before a word that is no host name: left alone
        return edits
    spans = (m.span(n) for n in ("gap_bang", "gap_link", "gap_open", "gap_close"))
    return [Edit(start, end, "") for start, end in spans if end > start]


def _opens_inside_bold(text: str, at: int) -> bool:
    """Whether an odd number of "**" comes before `at` on its line (Markdown pairs them in turn)."""
    return text.count("**", text.rfind("\n", 0, at) + 1, at) % 2 == 1


@rule(
    "M111", "markup-split-by-spaces", fix=Safety.SAFE,
    triggers=("] (", "! [", "** ", " **", "# #", ": //", " ://", ":// "),
    bad=[
        ("Read the [setup notes]⟦ ⟧(docs/setup.md) before you start.", "Read the [setup notes](docs/setup.md) before you start."),
        ("⟦!⟧ [the data flow](img/flow.png)", "![the data flow](img/flow.png)"),
        ("⟦**⟧ Warning: ** back up the disk first.", "**Warning:** back up the disk first."),
        ("⟦#⟧ # Building from source\n\nText.", "## Building from source\n\nText."),
        ("The mirror is at http⟦: ⟧//mirror.example.org/pkg.", "The mirror is at http://mirror.example.org/pkg."),
        ("Docs live at https://⟦ ⟧docs.example.org now.", "Docs live at https://docs.example.org now."),
        ("See http⟦ : ⟧// example.com/a.", "See http://example.com/a."),
    ],
    good=[
        "Done! [See the results](https://example.org/r) for more.",
        "It costs a lot [citation needed] (see the notes below).",
        "Write x ** 2 for a square, and f(**kwargs) to pass them on.",
        "**Warning:** back up the disk first.",
        "The tool **`mk`** was once named **mkit** by its author.",
        "# comment lines start with # in the file",
        "The label reads ** 3 ** in the table, and the ratio is 4 : 1.",
        "Visit https://example.org or www.example.org.",
        "Type http:// and then the name of the host.",
    ],
)
def markup_split_by_spaces(ctx: Context) -> Iterator[Hit]:
    """Markdown syntax that a space splits, so it no longer renders: a link "[text] (url)", an
    image "! [alt](pic.png)", bold "** Note: **", a heading "# # Title", a URL "http: //host".

    Machine translation reads Markdown's marks as punctuation and puts the spaces of English
    punctuation around them; Markdown then prints the marks as they are. English never writes
    these shapes: a bracketed remark before a parenthesis holds no URL or file name ("[sic] (p.
    4)" passes), an exclamation mark before a link ends a word ("Done! [See]" passes), a power
    "x ** 2" holds a number, not a word, and a heading marker is never followed by another. A
    URL split after its slashes ("https:// docs.example.org") is taken only before a host name. The
    fix takes the inserted spaces out, keeping every mark.
    """
    for m in ctx.finditer("M111", _SPACED):
        kind = next(k for k in _WHAT if m.group(k) is not None)
        if kind == "bold" and _opens_inside_bold(m.string, m.start()):
            continue  # "**`x`** is named **": the closing mark of a bold run, not an opening one
        edits = _gaps(m, kind)
        if not edits:
            continue  # written as Markdown writes it
        # The finding marks the first mark split off ("!", "**", "#", "http:"), or a link's gap.
        if kind == "link" and not m.group("gap_bang"):
            start, end = m.span("gap_link")
        elif kind == "url":
            start, end = m.span("gap_url") if m.group("gap_url") != ":" else m.span("gap_host")
        else:
            start, end = m.start(), m.start() + (2 if kind == "bold" else 1)
        yield Hit(start, end, f"{_WHAT[kind]} split by a space, so Markdown does not render it", edits=tuple(edits))


# A character reference split after its "&" or before its ";", and an HTML tag split after its
# "<" or "</"; each pattern starts where its trigger does.
_SPLIT_ENTITY = LazyPattern(r"&(?P<gap_amp>[ \t]+)" + _ENTITY_NAMES + r"(?P<gap_semi>[ \t]*);")
_SPLIT_ENTITY_END = LazyPattern(r"&" + _ENTITY_NAMES + r"(?P<gap_semi>[ \t]+);")
# A link's target in parentheses after "](": a URL or a path that a space splits or pads.
_LINK_TARGET = LazyPattern(r"\]\((?P<target>[ \t]*(?:[a-z][a-z0-9+.-]*://|www\.|\.{0,2}/)[^()\n]{0,300}?)\)")
_BLANK_RUN = LazyPattern(r"[ \t]+")
# A host name after "www." with a space after one of its dots: "www. example. com".
_SPLIT_HOST = LazyPattern(r"www\.[ \t]*[a-z0-9-]+(?:\.[ \t]*[a-z0-9-]+)*\.[ \t]*(?:com|cn|net|org|io|gov|edu|info|dev)\b")
_AFTER_DOT = LazyPattern(r"(?<=\.)[ \t]+")
_SPLIT_TAG = LazyPattern(r"<(?:(?P<gap_lt>[ \t]+)/?(?P<gap_slash>[ \t]*)|/(?P<gap_after_slash>[ \t]+))" + _TAG_NAMES + r"[ \t]*/?>")


@rule(
    "M115", "reference-split-by-spaces", fix=Safety.SAFE, triggers=("& ", " ;", "< ", "</ ", "](", "www. ", ". com", ". cn", ". net", ". org"),
    bad=[
        ("Press⟦& nbsp;⟧Save and wait.", "Press&nbsp;Save and wait."),
        ("the ⟦&ldquo ;⟧fast mode⟦& rdquo;⟧ switch", "the &ldquo;fast mode&rdquo; switch"),
        ("one line⟦< br >⟧the next⟦< /sup>⟧", "one line<br >the next</sup>"),
        ("Visit ⟦www. example. com⟧ for the driver.", "Visit www.example.com for the driver."),
        ("See [the API⟦](⟧https://example.org/ docs/api ) first.", "See [the API](https://example.org/docs/api) first."),
    ],
    good=["R & D costs; AT & T; x & y ; z", "Tom & Jerry; the amp ; the lt", "if a < b > c holds",
          "a line<br />the next <img src=\"x.png\" > here", "x < p and q > y",
          '[docs](https://example.org/docs "The manual") and [home](/index.html)',
          "Go to www.example.com. Com is short for commercial."],
)
def reference_split_by_spaces(ctx: Context) -> Iterator[Hit]:
    """A link target, a character reference or an HTML tag that a space splits: "[the API]
    (https://example.org/ docs)", "& nbsp;", "&ldquo ;", "< br >", "</ p>".

    Machine translation puts the spaces of English punctuation around "&", ";" and "<", so the
    reference or the tag shows as text in Markdown and in a web page. A reference is taken by
    the names web pages use (nbsp, ldquo, mdash...), which English never writes between "& "
    and a semicolon; a tag by the names of elements Markdown documents use, standing alone with
    no attribute, so "a < b > c" (a single letter) and "x < p and q > y" pass. A link's target
    (a URL or a path) may hold no space, so Markdown renders no link where one splits or pads it;
    a title after the target ("(url \"Title\")") is Markdown and passes. A host name after "www."
    with a space after a dot ("www. example. com") is taken when it ends in a common top-level
    domain. The fix takes the spaces out.
    """
    found = itertools.chain(
        ctx.matches("M115", _SPLIT_ENTITY, only=("& ",)),
        ctx.matches("M115", _SPLIT_ENTITY_END, lambda s: range(max(0, s - 9), s), only=(" ;",)),
        ctx.matches("M115", _SPLIT_TAG, only=("< ", "</ ")))
    hosts = ctx.matches("M115", _SPLIT_HOST, lambda s: range(max(0, s - 60), s + 1), only=("www. ", ". com", ". cn", ". net", ". org"))
    for m in hosts:
        edits = tuple(Edit(*b.span(), "") for b in _AFTER_DOT.finditer(m.string, m.start(), m.end()))
        if edits:
            yield Hit(m.start(), m.end(), f"web address {m.group()!r} split by a space: write it whole", edits=edits)
    for m in ctx.matches("M115", _LINK_TARGET, only=("](",)):
        target = m.group("target")
        if any(c in target for c in "\"'") or not _BLANK_RUN.search(target):
            continue  # a title after the target, or no space
        edits = tuple(Edit(m.start("target") + b.start(), m.start("target") + b.end(), "")
                      for b in _BLANK_RUN.finditer(target))
        # The finding marks the "](" (the URL itself is a region findings stay out of).
        yield Hit(m.start(), m.start() + 2, "link target split by a space: Markdown renders no link", edits=edits)
    for m in found:
        edits = tuple(Edit(*m.span(g), "") for g in m.re.groupindex if m.end(g) > m.start(g))
        if edits:
            kind = "character reference" if m.group().startswith("&") else "HTML tag"
            yield Hit(m.start(), m.end(), f"{kind} {m.group()!r} split by a space: it shows as text", edits=edits)


# A list dash glued to a capitalised word that a space or a colon follows, or heading hashes glued
# to a capitalised word; the same marks written with their space elsewhere in the document.
_CLOSING_STAR = LazyPattern(r"[^\s*]\*")  # a star that can close emphasis: after a character, not a line start
_ITEM_START = r"[A-Z][a-z]+(?:[ \t]+[a-z]|:|：|[ \t]*$)"
_GLUED_MARKER = LazyPattern(rf"(?m)^(?:(?P<dash>-)(?=\*\*[A-Za-z]|{_ITEM_START})|(?P<star>\*)(?={_ITEM_START})"
                            r"|(?P<hashes>#{1,6})(?=[A-Z][a-z]+\b))")
_SPACED_MARKER = {"dash": LazyPattern(r"(?m)^[ \t]*[-*] \S"), "hashes": LazyPattern(r"(?m)^#{1,6} \S")}


@rule(
    "M112", "marker-glued-to-text", fix=Safety.SAFE, triggers=("\n-", "\n#", "\n*"),
    bad=[
        ("Features:\n\n⟦-⟧Batch import: load a whole folder at once\n- Search by tag",
         "Features:\n\n- Batch import: load a whole folder at once\n- Search by tag"),
        ("Notes\n⟦-⟧Keys are rotated every month.\n- Logs are kept a year.\n",
         "Notes\n- Keys are rotated every month.\n- Logs are kept a year.\n"),
        ("# Setup\n\n⟦##⟧Preparing the disk\n\nText.\n", "# Setup\n\n## Preparing the disk\n\nText.\n"),
        ("Why:\n\n* Small\n⟦-⟧**Quick** to start\n⟦*⟧Cheap to run on any board\n⟦-⟧Portable\n* Free\n",
         "Why:\n\n* Small\n- **Quick** to start\n* Cheap to run on any board\n- Portable\n* Free\n"),
    ],
    good=["Flags:\n\n-Wall turns on warnings\n-O2 optimises\n", "Text\n---\n- a list\n",
          "- Batch import: load a folder\n", "- Flags:\n\n`-Wall` turns on warnings\n",
          "# Build\n\n#include <stdio.h> comes first.\n", "- a list\n*Emphasis* opens this line.\n", "- a list\n\n*This is the way if you\nused the installer.*\n", "Notes\n#Tag line\n", "# Sample\n#Port to use\nport = 80\n"],
)
def marker_glued_to_text(ctx: Context) -> Iterator[Hit]:
    """A list dash or star, or heading hashes, glued to the text after them: "-User management:
    add users", "-**Fast**", "*Simple", "##Installation".

    Chinese documents write these marks with no space after them (-用户管理, ##安装), or the
    translation drops the space; Markdown then shows "-User management" and "##Installation" as
    lines of text, not a list item and a heading. English never starts a line with a hyphen glued
    to a capitalised word followed by a space and a lowercase word or by a colon but a compiler
    flag ("-Wall turns on"), nor with a hash glued to a capitalised word but a tag, nor with a
    star glued to one that no star in the paragraph closes (that would be emphasis); so a line is
    taken only in a document that writes the same mark with its space elsewhere ("- Search by
    tag", "# Setup"), where a flag or a tag would be written as code; in plain text, which holds
    comment lines of configuration samples ("#Port to use"), only two hashes or more. C's "#include" is in lower
    case. The fix puts the space in.
    """
    text = ctx.text
    spaced: dict[str, bool] = {}
    for m in ctx.matches("M112", _GLUED_MARKER, offsets=(1,)):
        kind = "dash" if m.group("dash") or m.group("star") else "hashes"
        paragraph_end = text.find("\n\n", m.end(), m.end() + 2000)
        if m.group("star") and _CLOSING_STAR.search(text, m.end(), paragraph_end if paragraph_end >= 0 else m.end() + 2000):
            continue  # "*Emphasis* opens": a star that closes in the paragraph is emphasis
        if kind == "hashes" and not ctx.doc.is_markdown and len(m.group()) < 2:
            continue  # plain text: a comment line of a configuration sample ("#Port to listen on")
        if kind not in spaced:
            spaced[kind] = bool(_SPACED_MARKER[kind].search(text))
        if not spaced[kind]:
            continue
        what = "list dash glued to its item: Markdown shows no list" if kind == "dash" else \
            "heading marks glued to the title: Markdown shows no heading"
        yield Hit(m.start(), m.end(), what, edits=(Edit(m.end(), m.end(), " "),))


# A Markdown link (not an image, not an issue link "[#12]"), matched from its "[".
_LINK = LazyPattern(r"\[(?![#\d^])[^\[\]`\n]{1,80}\]\((?:[a-z][a-z0-9+.-]*://|\.{0,2}/|#)?[^()\s]{1,200}\)")


@rule(
    "M117", "glued-link", fix=Safety.SAFE, triggers=("](",),
    bad=[("Please read ⟦the⟧[setup notes](docs/setup.md)before you start.",
          "Please read the [setup notes](docs/setup.md) before you start."),
         ("The [demo](https://example.org/demo)⟦shows⟧ it.", "The [demo](https://example.org/demo) shows it.")],
    good=["fixed in[#2465](https://example.org/issues/2465) and the [docs](a.md).", "see![logo](logo.png)",
          "Read the [setup notes](docs/setup.md), then start.", "The [demo](https://example.org/demo)'s page."],
)
def glued_link(ctx: Context) -> Iterator[Hit]:
    """A Markdown link glued to the words around it: "read the[guide](docs/guide.md)before".

    Chinese needs no spaces around a link (请阅读[指南](docs/guide.md)后再开始); machine
    translation keeps the link where it was and the words it adds touch it, so the rendered
    text runs "read theguidebefore". English puts a space between a word and a link. An issue
    link glued to a word ("[#2465](…)", as changelogs write them), an image and a possessive
    after the link pass. The fix inserts the missing spaces.
    """
    text = ctx.text
    for m in ctx.matches("M117", _LINK, lambda s: (text.rfind("[", max(0, s - 81), s),)):
        start, end = m.span()
        before = start > 0 and text[start - 1].isalpha()
        after = end < len(text) and text[end].isalpha()
        edits = ([Edit(start, start, " ")] if before else []) + ([Edit(end, end, " ")] if after else [])
        if edits:
            # The finding is on the glued word (the link's target is a region findings stay out of).
            word = _word_before(text, start) if before else _word_after(text, end)
            yield Hit(*word, "link glued to the words around it: put a space on each side", edits=tuple(edits))
