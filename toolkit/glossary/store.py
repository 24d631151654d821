"""The glossary: TOML files, one per domain, loaded and validated into an immutable, indexed
`Glossary`. The bundled files ship inside the package; users add their own, which extend the
bundled glossary and override entries with the same Chinese.

Validation reports every problem with its file and line (`validate`); loading stops at the first
one with a UserError (`load_glossary`), so a broken glossary is never used half-read.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import NamedTuple
from pathlib import Path

from .. import tomlfile
from ..errors import UserError
from ..model import Safety
from ..triggers import PrefixSearch, Switching
from .entries import Domain, Problem, Rendering, Term
from .stamps import file_stamps, read_digest, sha256, write_digest
from .search import _NAME_WORD, FormSearch, _build_form_search, _form_search, _name_pattern, is_name

# The pickle module's C half, which is what pickle.load and pickle.dump are where it exists:
# importing the module as well costs 2-3 ms of every start-up (its Python pickler among them).
try:
    import _pickle
except ImportError:  # an interpreter without it
    import pickle as _pickle

MAX_FILE_BYTES = 20 * 1024 * 1024  # a glossary from an untrusted repository must not exhaust memory
TERM_KEYS = {"zh", "en", "also", "pos", "note", "source", "source_kind", "mt", "no_mt", "variants", "zh_hant"}
MT_KEYS = {"text", "fix", "kind"}
# The kind of the strongest source behind a canonical, strongest first (glossary/README.md).
SOURCE_KINDS = ("official", "academic", "term-bank", "dictionary", "bilingual-site", "mt-evidence", "none")
AUTHORITATIVE = {"official", "academic", "term-bank", "dictionary"}
# certain: never occurs in native English; ambiguous: native English uses it (reported only where
# other evidence shows machine translation, never fixed automatically).
RENDERING_KINDS = ("certain", "ambiguous")
NATIVE_REFERENCE = "native-reference.tsv"  # beside the bundled glossary files
REGENERATE = "python benchmarks/native_reference.py"
POS = {"noun", "verb", "adjective", "adverb", "phrase", "title", "slogan", "idiom"}
FIXES = {"safe": Safety.SAFE, "unsafe": Safety.UNSAFE, "suggest": Safety.NONE}


class Glossary:
    """The terms of one or more glossary files, with indexes made on first use."""

    def __init__(self, terms: tuple[Term, ...], domains: tuple[Domain, ...], digest: str) -> None:
        self.terms = terms
        self.domains = domains
        self.digest = digest  # content hash of the files it was loaded from, for caches

    @cached_property
    def by_zh(self) -> dict[str, list[Term]]:
        index: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            for form in term.chinese_forms:
                index[form].append(term)
        return dict(index)

    @cached_property
    def by_english(self) -> dict[str, list[Term]]:
        """Canonical and accepted English, lower-cased."""
        index: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            for form in (term.en, *term.also):
                if term not in index[form.lower()]:
                    index[form.lower()].append(term)
        return dict(index)

    @cached_property
    def by_rendering(self) -> dict[str, tuple[Term, Rendering]]:
        """Known MT renderings, lower-cased (validation makes each map to one canonical)."""
        return {r.text.lower(): (term, r) for term in self.terms for r in term.mt}

    # -- indexes for searching text: built on first use, kept with the glossary -----------------
    @cached_property
    def name_forms(self) -> dict[str, tuple[Term, None]]:
        """Canonical and accepted English of the entries that are proper names (institutions),
        lower-cased: what T102 compares."""
        return {form.lower(): (term, None) for term in self.terms if is_name(term.en)
                for form in (term.en, *term.also) if is_name(form)}

    @cached_property
    def term_forms(self) -> dict[str, tuple[Term, Rendering | None]]:
        """Every English form, lower-cased: the MT renderings (with their Rendering), then the
        canonical and accepted English (with None), which win where a form is both."""
        forms: dict[str, tuple[Term, Rendering | None]] = dict(self.by_rendering)
        # Accepted forms are searched only to hold what lies inside them. The few with a character
        # that is not ASCII ("make … a regular practice") would move the whole search from the
        # text's bytes to its str interface (17 ms more per MB), for forms English text rarely has.
        forms.update((form, (terms[0], None)) for form, terms in self.by_english.items() if form.isascii())
        return forms

    @cached_property
    def rendering_search(self) -> Switching:
        """Leftmost-longest search for `term_forms` (see FormSearch): a rendering that lies inside
        a longer canonical or accepted form ("Reform Commission" in "National Development and
        Reform Commission") is consumed by it, and so never reported."""
        return _form_search(self.term_forms, self.__dict__.get("_small_searches", {}).get("term_forms"))

    @cached_property
    def name_search(self) -> Switching:
        """Leftmost-longest search for `name_forms`."""
        return _form_search(self.name_forms, self.__dict__.get("_small_searches", {}).get("name_forms"))

    @cached_property
    def chinese_search(self):
        """An automaton of every Chinese form, to tell a text holding none (lookup.scan)."""
        import ahocorasick_rs

        forms = [form for form in self.by_zh if form]
        return ahocorasick_rs.AhoCorasick(forms) if forms else None

    @cached_property
    def tokenizer(self):
        """A jieba tokenizer with every Chinese form as a user word (chinese.tokenizer_for)."""
        from ..chinese import tokenizer_for

        return tokenizer_for(self.by_zh)

    @cached_property
    def terms_within(self) -> dict[str, tuple]:
        """lookup.scan's memory of the terms inside each token it has seen."""
        return {}


# -- finding and reading files -------------------------------------------------------------------

def bundled_files() -> list[Path]:
    """The glossary files shipped with zhen: inside the installed package, or at the top of a
    source checkout (editable installs and test runs)."""
    # Beside this module, not through importlib.resources: the package is always installed as
    # files (the data is read as files), and importing the resources machinery costs start-up.
    package = Path(__file__).resolve().parent.parent  # toolkit/
    folder = package / "data" / "glossary"
    if not folder.is_dir():
        folder = package.parent / "glossary"
    return sorted(folder.glob("*.toml"))


def _read(path: Path) -> str:
    tomlfile.require_toml_name(path, "glossary")
    return tomlfile.read(path, MAX_FILE_BYTES, "glossary")


@functools.cache
def _chinese():
    # The exact Unicode Han property (regex's \p{Han}) for validating data; imported only when a
    # glossary file is parsed, which the on-disk cache makes rare.
    import regex

    return regex.compile(r"^[\p{Han}〇]+$")


def _term_lines(text: str) -> list[int]:
    """1-based line of each [[term]] header, in order (tomllib keeps no positions)."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[[term]]")]


def _line_of(text: str, start_line: int, needle: str) -> int:
    lines = text.splitlines()
    for n in range(start_line, len(lines) + 1):
        if needle in lines[n - 1]:
            return n
    return start_line


def parse_file(path: Path, text: str) -> tuple[Domain | None, list[Term], list[Problem]]:
    """Terms of one file and the problems found in it alone (no cross-file checks)."""
    name = str(path)
    problems: list[Problem] = []
    try:
        data = tomlfile.parse(text, name)
    except UserError as error:
        return None, [], [Problem(name, error.line, error.message)]
    domain = None
    meta = data.get("domain")
    if not isinstance(meta, dict):
        problems.append(Problem(name, 1, "missing [domain] table with id, title and revised"))
    else:
        unknown = set(meta) - {"id", "title", "revised"}
        if unknown:
            problems.append(Problem(name, _line_of(text, 1, "[domain]"), f"unknown field(s) in [domain]: {', '.join(sorted(unknown))}"))
        if meta.get("id") != path.stem:
            problems.append(Problem(name, _line_of(text, 1, "id"), f"[domain] id {meta.get('id')!r} must equal the file name {path.stem!r}"))
        if not all(isinstance(meta.get(k), str) and meta.get(k) for k in ("title", "revised")):
            problems.append(Problem(name, _line_of(text, 1, "[domain]"), "[domain] needs a title and a revised date"))
        domain = Domain(str(meta.get("id")), str(meta.get("title", "")), str(meta.get("revised", "")), name)
    unknown_top = set(data) - {"domain", "term"}
    if unknown_top:
        problems.append(Problem(name, 1, f"unknown top-level field(s): {', '.join(sorted(unknown_top))}"))
    raw_terms = data.get("term", [])
    if not isinstance(raw_terms, list):
        return domain, [], problems + [Problem(name, 1, "'term' must be an array of tables: [[term]]")]
    lines = _term_lines(text)
    terms: list[Term] = []
    seen_zh: dict[str, int] = {}
    for i, raw in enumerate(raw_terms):
        line = lines[i] if i < len(lines) else None
        term, term_problems = _parse_term(raw, name, line, text, domain.id if domain else path.stem)
        problems.extend(term_problems)
        if term is None:
            continue
        if term.zh in seen_zh:
            problems.append(Problem(name, line, f"duplicate zh {term.zh!r} in this domain (first at line {seen_zh[term.zh]})"))
            continue
        seen_zh[term.zh] = line or 0
        terms.append(term)
    return domain, terms, problems


def _renderings(raw_mt: object, zh: str, problem, problems: list[Problem]) -> list[Rendering]:
    """The `mt` list of entry `zh`, checked; what is wrong goes to `problems`."""
    renderings: list[Rendering] = []
    if not isinstance(raw_mt, list):
        problems.append(problem(f"mt of {zh!r} must be a list of {{ text, fix }} tables", "mt"))
        return renderings
    for item in raw_mt:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            problems.append(problem(f"an mt item of {zh!r} needs a non-empty text", "mt"))
            continue
        if set(item) - MT_KEYS:
            problems.append(problem(f"unknown field(s) in mt item {item['text']!r}: {', '.join(sorted(set(item) - MT_KEYS))}", item["text"]))
        fix = item.get("fix", "suggest")
        if not isinstance(fix, str) or fix not in FIXES:
            problems.append(problem(f"fix {fix!r} of mt {item['text']!r} must be safe, unsafe or suggest", item["text"]))
            continue
        kind = item.get("kind")
        if kind is None:
            problems.append(problem(f"mt {item['text']!r} of {zh!r} has no kind (certain or ambiguous)", item["text"]))
            kind = "certain"
        elif not isinstance(kind, str) or kind not in RENDERING_KINDS:
            problems.append(problem(f"kind {kind!r} of mt {item['text']!r} must be certain or ambiguous", item["text"]))
            continue
        renderings.append(Rendering(" ".join(item["text"].split()), FIXES[fix], kind))
    return renderings


def _source_kind(source_kind: object, source: str, zh: str, problem, problems: list[Problem]) -> str:
    """The `source_kind` of entry `zh`, checked against its `source`."""
    if source_kind is None:
        problems.append(problem(f"entry {zh!r} has no source_kind (one of {', '.join(SOURCE_KINDS)})"))
        return "none"
    if not isinstance(source_kind, str) or source_kind not in SOURCE_KINDS:
        problems.append(problem(f"source_kind {source_kind!r} of {zh!r} is not one of {', '.join(SOURCE_KINDS)}", "source_kind"))
        return "none"
    if (source_kind == "none") != source.startswith("unsourced"):
        problems.append(problem(f"source_kind {source_kind!r} of {zh!r} contradicts its source: 'none' goes with a "
                                f"source starting 'unsourced', and only with one", "source_kind"))
    return source_kind


def _parse_term(raw: object, name: str, line: int | None, text: str, domain: str) -> tuple[Term | None, list[Problem]]:
    def problem(message: str, needle: str | None = None) -> Problem:
        at = _line_of(text, line, needle) if needle and line else line
        return Problem(name, at, message)

    if not isinstance(raw, dict):
        return None, [problem("a [[term]] entry must be a table")]
    problems = []
    unknown = set(raw) - TERM_KEYS
    if unknown:
        problems.append(problem(f"unknown field(s): {', '.join(sorted(unknown))}", sorted(unknown)[0]))
    zh, en = raw.get("zh"), raw.get("en")
    if not isinstance(zh, str) or not zh:
        return None, problems + [problem("entry has no zh")]
    if not _chinese().match(zh):
        problems.append(problem(f"zh {zh!r} is not Chinese (Han characters only)", "zh"))
    if not isinstance(en, str) or not en.strip():
        return None, problems + [problem(f"entry {zh!r} has an empty or missing en", "en")]

    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(problem(f"{key} of {zh!r} must be a list of non-empty strings", key))
            return ()
        return tuple(v.strip() for v in value)

    also, variants = strings("also"), strings("variants")
    for v in variants:
        if not _chinese().match(v):
            problems.append(problem(f"variant {v!r} of {zh!r} is not Chinese", v))
    pos = raw.get("pos", "noun")
    if not isinstance(pos, str) or pos not in POS:  # TOML can hold a list or a table here
        problems.append(problem(f"pos {pos!r} of {zh!r} is not one of {', '.join(sorted(POS))}", "pos"))
    for key in ("note", "source", "no_mt", "zh_hant"):
        if key in raw and not isinstance(raw[key], str):
            problems.append(problem(f"{key} of {zh!r} must be a string", key))
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(problem(f"entry {zh!r} has no source (write \"unsourced\" where none was found)"))
        source = "unsourced"
    source_kind = _source_kind(raw.get("source_kind"), source, zh, problem, problems)
    raw_mt = raw.get("mt", [])
    renderings = _renderings(raw_mt, zh, problem, problems)
    no_mt = raw.get("no_mt", "") if isinstance(raw.get("no_mt", ""), str) else ""
    if not raw_mt and not no_mt.strip():
        problems.append(problem(f"entry {zh!r} has neither mt renderings nor a no_mt note saying why"))
    if (";" in en or " / " in en) and renderings:
        problems.append(problem(f"canonical {en!r} of {zh!r} holds ';' or ' / ', which a fix or suggestion would "
                                f"insert literally: choose one form and put the others in also", "en"))
    for v in variants:
        if not set(v) & set(zh):
            problems.append(problem(f"variant {v!r} shares no character with {zh!r}", v))
    term = Term(zh, en.strip(), domain, name, line or 0, also, pos, str(raw.get("note", "")), source,
                tuple(renderings), no_mt, variants, raw.get("zh_hant") if isinstance(raw.get("zh_hant"), str) else None,
                source_kind)
    return term, problems


def cross_check(terms: Sequence[Term]) -> list[Problem]:
    """Problems between entries: one rendering for two canonicals; a rendering that is accepted."""
    problems = []
    accepted = {form.lower(): t for t in terms for form in (t.en, *t.also)}
    owner: dict[str, Term] = {}
    for term in terms:
        for rendering in term.mt:
            key = rendering.text.lower()
            if key in accepted:
                other = accepted[key]
                problems.append(Problem(term.path, term.line, f"mt {rendering.text!r} of {term.zh!r} is the canonical or accepted form of {other.zh!r}"))
            first = owner.setdefault(key, term)
            if first is not term and first.en.lower() != term.en.lower():
                problems.append(Problem(term.path, term.line, f"mt {rendering.text!r} maps to {term.en!r} here and to {first.en!r} for {first.zh!r} ({first.path}:{first.line})"))
    return problems


_CACHE: dict[tuple, Glossary] = {}


def load_glossary(extra: Sequence[str | Path] = (), bundled: bool = True) -> Glossary:
    """The bundled glossary plus `extra` files (later files override earlier entries with the same
    zh). Cached per process by the files' paths, sizes and modification times."""
    paths = [*(bundled_files() if bundled else []), *(Path(p) for p in extra)]
    key = tuple((str(p), *_stamp(p)) for p in paths)
    if key in _CACHE:
        return _CACHE[key]
    stamps = file_stamps(paths)  # the digest of files read before, without reading them (stamps.py)
    folder = _cache_dir()
    cached = _disk_cache_get(read_digest(folder, _CACHE_SCHEMA, stamps)) if stamps and folder else None
    if cached is not None:
        _CACHE[key] = cached
        return cached
    texts = [_read(path) for path in paths]
    digest = sha256(_CACHE_SCHEMA.encode())
    for path, text in zip(paths, texts):
        digest.update(str(path).encode() + b"\0" + text.encode() + b"\0")
    cached = _disk_cache_get(digest.hexdigest())
    if cached is not None:
        _CACHE[key] = cached
        _keep_digest(paths, stamps, cached.digest)
        return cached
    terms: dict[str, Term] = {}
    domains = []
    for path, text in zip(paths, texts):
        domain, file_terms, problems = parse_file(path, text)
        if problems:
            first = problems[0]
            raise UserError(first.message, first.path, first.line)
        domains.append(domain)
        replaced = {t.zh for t in file_terms} & {t.zh for t in terms.values()} if file_terms else set()
        if replaced:
            # A later file's entry replaces every earlier entry with the same Chinese.
            terms = {k: t for k, t in terms.items() if t.zh not in replaced}
        for term in file_terms:
            terms[f"{term.domain}\0{term.zh}"] = term
    ordered = tuple(terms.values())
    problems = cross_check(ordered)
    if problems:
        raise UserError(problems[0].message, problems[0].path, problems[0].line)
    glossary = Glossary(ordered, tuple(domains), digest.hexdigest())
    _CACHE[key] = glossary
    _disk_cache_put(glossary)
    _keep_digest(paths, stamps, glossary.digest)
    return glossary


# -- the on-disk cache ----------------------------------------------------------------------------
# Parsing ~400 KB of TOML costs more than the rest of `zhen check` on a small file, so the parsed
# glossary is kept in the user's cache folder, named by the hash of the files' paths and content:
# a changed file gives a new hash, so a stale entry is never used. Only zhen writes there.

CACHE_KEEP = 16  # cached glossaries kept: each edit of a glossary file makes a new one


def _cache_dir() -> Path | None:
    if os.environ.get("ZHEN_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zhen"


def _keep_digest(paths: Sequence[Path], stamps: tuple | None, digest: str) -> None:
    folder = _cache_dir()
    if folder is not None and stamps and write_digest(folder, _CACHE_SCHEMA, paths, stamps, digest):
        _prune(folder, ".stamp")


def _disk_cache_get(digest: str) -> Glossary | None:
    folder = _cache_dir()
    if folder is None or not digest:
        return None
    try:
        with open(folder / f"glossary-{digest}.pickle", "rb") as handle:
            glossary = _pickle.load(handle)
    except (OSError, _pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None
    return glossary if isinstance(glossary, Glossary) and glossary.digest == digest else None


# What a check of a small text builds from the glossary, kept in the cache with it: the forms
# T101 and T102 search for and their search in Python (search._build_form_search, small=True).
# Building them took 8-12 ms of every `zhen check` of a small file, reading them 2-3 ms.
_CACHED_INDEXES = ("term_forms", "name_forms")


def _with_search_indexes(glossary: Glossary) -> Glossary:
    """A Glossary of the same terms holding the indexes of _CACHED_INDEXES (a fresh object: the
    cached properties it may have made, automata among them, are not pickled)."""
    cached = Glossary(glossary.terms, glossary.domains, glossary.digest)
    for name in _CACHED_INDEXES:
        cached.__dict__[name] = getattr(glossary, name)
    cached.__dict__["_small_searches"] = {name: [_build_form_search(getattr(glossary, name), False, small=True)]
                                          for name in _CACHED_INDEXES}
    return cached


def _code_key(code) -> tuple:
    """What a code object does, the same in every process: without the addresses that the repr
    of a nested code object holds, nor the order of a frozenset's repr (hash randomisation)."""
    return (code.co_code, code.co_names,
            tuple(_code_key(c) if hasattr(c, "co_code") else sorted(map(repr, c)) if isinstance(c, frozenset)
                  else repr(c) for c in code.co_consts))


# The shape of what is pickled, part of every digest: a zhen whose classes differ never loads a
# cache another zhen wrote (pickle would restore fields the classes no longer have). The code that
# makes the indexes kept with the terms is part of it too: a cache made by other code would hand
# over indexes that code no longer makes.


_CACHE_SCHEMA = repr([("Glossary", list(vars(Glossary((), (), ""))))]
                     + [(cls.__name__, list(cls._fields)) for cls in (Term, Rendering, Domain, FormSearch)]
                     + [[m.value for m in Safety]]
                     + [_code_key(f.__code__) for f in (Glossary.by_english.func, Glossary.by_rendering.func,
                                                        Glossary.term_forms.func, Glossary.name_forms.func,
                                                        is_name, _name_pattern.__wrapped__, _build_form_search,
                                                        PrefixSearch.__init__, _with_search_indexes)]
                     + [_NAME_WORD])


def _disk_cache_put(glossary: Glossary) -> None:
    folder = _cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when the cache is written

        fd, temp = tempfile.mkstemp(dir=folder, prefix=".glossary-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            _pickle.dump(_with_search_indexes(glossary), handle)
        os.replace(temp, folder / f"glossary-{glossary.digest}.pickle")
        _prune(folder)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _prune(folder: Path, suffix: str = ".pickle") -> None:
    """Remove all but the CACHE_KEEP most recently written cached glossaries (or kept digests)."""
    entries = []
    for entry in os.scandir(folder):
        if entry.name.startswith("glossary-") and entry.name.endswith(suffix):
            with contextlib.suppress(OSError):
                entries.append((entry.stat().st_mtime_ns, entry.path))
    for _, path in sorted(entries, reverse=True)[CACHE_KEEP:]:
        with contextlib.suppress(OSError):
            os.remove(path)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)
