"""Hypothesis strategies and a TOML writer shared by the fuzz tests (not a test module).

Generated data files look enough like the real thing to get past the parser (TOML built from the
keys zhen knows, values of every TOML type) and stray from it everywhere (wrong types, unknown
keys, Unicode, raw garbage), so the validators' every branch is reached.
"""

from __future__ import annotations

import json
import math
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Examples per fuzz test: 200 in the suite; ZHEN_FUZZ_EXAMPLES=5000 for a deeper run.
FUZZ = settings(max_examples=int(os.environ.get("ZHEN_FUZZ_EXAMPLES", "200")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text of every kind: English, Chinese, Markdown, full-width punctuation, emoji, combining marks,
# control characters, line endings of every style.
TEXT_PIECES = st.sampled_from([
    "The plan", "the the", "of of", " ", "\n", "\r\n", "\r", "\t", ". ", " .", ",", "，", "。", "“", "”",
    "条块", "條塊", "我国", "党建工作", "非公有制企业", "strips and strips", "my country", "# ", "- ", "1. ",
    "`", "```", "~~", "<!--", "-->", "zhen: ignore D101", "<!-- zhen: ignore-file -->", "[", "]", "(", ")",
    "http://x.org/a", "a@b.cn", "🙂", "e\u0301", "\u200b", "\u3000", "\ufeff", "\x00", "\x85", "\u2028",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(st.one_of(TEXT_PIECES, st.text(max_size=5)),
                                                  max_size=60).map("".join))

GLOSSARY_KEYS = ["zh", "en", "also", "pos", "note", "source", "source_kind", "mt", "no_mt", "variants", "zh_hant",
                 "text", "fix", "kind", "id", "title", "revised"]
CONFIG_KEYS = ["select", "ignore", "extend-select", "glossary", "exclude", "per-file-ignores",
               "fail-on", "options", "mt-evidence"]
WORDS = st.sampled_from(["条块", "党建", "x", "", " ", "strips and strips", "safe", "unsafe", "suggest",
                         "noun", "unsourced", "B101", "B", "ALL", "Z999", "error", "*.txt", "**/x",
                         "[!a]*", "[z-a]", "a/../b", "/etc/passwd", "../outside.toml", "\\", "[", "]"])
SCALARS = st.one_of(WORDS, st.text(max_size=12), st.integers(), st.booleans(),
                    st.floats(allow_nan=True, allow_infinity=True))


def toml_values(keys: list[str]):
    """A TOML value: mostly a string, a number or a list of them, sometimes a small table."""
    plain = st.one_of(WORDS, SCALARS)
    return st.one_of(plain, st.lists(plain, max_size=3),
                     st.dictionaries(st.one_of(st.sampled_from(keys), st.text(max_size=4)), plain,
                                     max_size=2))


def toml_value(value) -> str:
    """TOML for a Python value (strings as JSON strings, which TOML basic strings accept)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}"
                            for k, v in value.items()) + " }"


def toml_table(name: str | None, table: dict, array: bool = False) -> str:
    header = "" if name is None else (f"[[{name}]]\n" if array else f"[{name}]\n")
    return header + "".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}\n"
                            for k, v in table.items())


def mostly(right, wrong=None, times: int = 3):
    """A value of the right type `times` times as often as anything else."""
    wrong = toml_values(GLOSSARY_KEYS) if wrong is None else wrong
    # Not one_of(right, right, right, wrong): hypothesis does not weigh repeated branches.
    return st.integers(0, times).flatmap(lambda n: wrong if n == 0 else right)


CHINESE = st.sampled_from(["条块", "党建", "统战部", "條塊", "非公有制企业", "块块", "〇", "x", "条 块", ""])
ENGLISH = st.one_of(st.sampled_from(["vertical and horizontal lines", "strips and strips", "my country",
                                     "China", "(a+)+$", "{0}", "${x}", "__import__('os')", "the", " ", ""]),
                    st.text(max_size=12))
TERM = st.fixed_dictionaries(
    {"zh": mostly(CHINESE), "en": mostly(ENGLISH)},
    optional={
        "also": mostly(st.lists(ENGLISH, max_size=2)), "variants": mostly(st.lists(CHINESE, max_size=2)),
        "pos": mostly(st.sampled_from(["noun", "verb", "phrase", "idiom", "nonsense"])),
        "note": mostly(ENGLISH), "source": mostly(st.sampled_from(["unsourced", "a book, p. 3", ""])),
        "source_kind": mostly(st.sampled_from(["none", "official", "bilingual-site", "rumour"])),
        "no_mt": mostly(ENGLISH), "zh_hant": mostly(CHINESE), "colour": toml_values(GLOSSARY_KEYS),
        "mt": mostly(st.lists(st.fixed_dictionaries(
            {"text": mostly(ENGLISH)},
            optional={"fix": mostly(st.sampled_from(["safe", "unsafe", "suggest", "always"])),
                      "kind": mostly(st.sampled_from(["certain", "ambiguous", "maybe"])),
                      "why": toml_values(GLOSSARY_KEYS)}), max_size=3)),
    },
)


@st.composite
def glossary_documents(draw, domain_id: str = "mine") -> str:
    """A glossary file: a [domain] table (mostly right) and [[term]] tables (mostly plausible)."""
    good_domain = {"id": domain_id, "title": "T", "revised": "2026-01-01"}
    domain = draw(mostly(st.just(good_domain), st.dictionaries(st.sampled_from(GLOSSARY_KEYS),
                                                               toml_values(GLOSSARY_KEYS), max_size=4)))
    terms = draw(st.lists(TERM, max_size=6))
    text = toml_table("domain", domain) + "".join(toml_table("term", t, array=True) for t in terms)
    if draw(st.integers(0, 3)) == 0:  # damage it: splice in arbitrary text
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=10)) + text[cut:]
    return text


CODES = mostly(st.sampled_from(["B101", "B", "P1", "ALL", "T"]),
               st.one_of(st.sampled_from(["Z999", "b101", ""]), st.text(max_size=4)))
GLOBS = st.one_of(st.sampled_from(["*.txt", "**/x", "[!a]*", "[z-a]", "[!]", "[^]", "docs/**/*.md", "a.txt",
                                   "*a" * 12 + "b", "**/" * 12 + "x", "[[:alpha:]]*", "a/../b", "/docs/*",
                                   "\\", "[", "**", "*/", ""]),
                  st.text(alphabet="*?[]!^-/a.", max_size=10), st.text(max_size=8))
def rarely_wrong(right):
    # A configuration fails on its first bad key: most keys must be right to reach the globs.
    return mostly(right, toml_values(CONFIG_KEYS), times=12)


CONFIG = st.fixed_dictionaries({}, optional={
    "select": rarely_wrong(st.lists(CODES, max_size=3)), "ignore": rarely_wrong(st.lists(CODES, max_size=3)),
    "extend-select": rarely_wrong(st.lists(CODES, max_size=3)),
    "exclude": rarely_wrong(st.lists(GLOBS, max_size=3)),
    "glossary": rarely_wrong(st.lists(mostly(st.just("extra.toml"), st.sampled_from(
        ["../outside.toml", "/etc/passwd", "", "docs", "missing.toml"])), max_size=2)),
    "per-file-ignores": rarely_wrong(st.dictionaries(GLOBS, st.lists(CODES, max_size=2), max_size=3)),
    "fail-on": rarely_wrong(st.sampled_from(["error", "warning", "info", "ERROR", "fatal"])),
    "options": rarely_wrong(st.dictionaries(st.sampled_from(["mt-evidence", "colour"]),
                                            st.one_of(st.booleans(), SCALARS), max_size=2)),
})


@st.composite
def config_documents(draw) -> str:
    """A configuration file: known keys with values mostly of the right type."""
    text = toml_table(None, draw(CONFIG))
    if draw(st.integers(0, 7)) == 0:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=10)) + text[cut:]
    return text


# PO catalogs: well-formed entries (comments, flags, context, plural forms, wrapped strings,
# obsolete entries) with, now and then, a line of anything.
PO_WORDS = st.sampled_from(["条块", "strips and strips", "The plan .", "the the \\\"x\\\" \\n", "%d villages",
                           "It works. .", "my country", "combining strips and strips", "work. .", ""])
PO_STRINGS = st.one_of(PO_WORDS, PO_WORDS, st.lists(PO_WORDS, max_size=4).map(" ".join),
                       st.text(max_size=20).map(lambda t: json.dumps(t, ensure_ascii=False)[1:-1]))
PO_ENTRY = st.builds(
    lambda comments, context, msgid, msgstr, wrapped, obsolete: "\n".join(
        [*comments, *([f'msgctxt "{context}"'] if context is not None else []), f'msgid "{msgid}"',
         *(['msgstr ""', f'"{msgstr}"', '"and more"'] if wrapped else [f'msgstr "{msgstr}"'])]
    ).replace("\n", "\n#~ " if obsolete else "\n"),
    st.lists(st.sampled_from(["#, fuzzy", "#: a.txt:1", "# comment", "#. extracted", '#| msgid "old"']),
             max_size=2),
    st.one_of(st.none(), PO_STRINGS), PO_STRINGS, PO_STRINGS, st.booleans(),
    st.integers(0, 5).map(lambda n: n == 0),
)
PO_HEADER = st.sampled_from([
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"',
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=latin-1\\n"',
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=bogus\\n"', "",
])
PO_JUNK = st.one_of(st.sampled_from(['msgstr[0] "one"', 'msgid_plural "%d x"', '"', '""', "msgstr", "#~"]),
                    st.text(max_size=20))
PO_DOCUMENTS = st.builds(
    lambda header, parts, eol: eol.join([header, *parts]).replace("\n", eol),
    PO_HEADER, st.lists(mostly(PO_ENTRY, PO_JUNK), max_size=8), st.sampled_from(["\n", "\r\n"]),
)
