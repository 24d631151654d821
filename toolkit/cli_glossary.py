"""The `zhen lookup` and `zhen glossary` verbs. Registered on the main group by cli.py."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from .errors import UserError

# The glossary and lookup modules are imported inside the commands: `zhen check` imports this
# module to register the commands and must not pay for them.

EXIT_CLEAN, EXIT_FOUND_NOTHING, EXIT_ERROR = 0, 1, 2


def _user_errors(function):
    # Imported lazily: cli.py imports this module, so importing cli here would be circular.
    from .cli import user_errors

    return user_errors(function)


def term_json(term) -> dict:
    return {
        "zh": term.zh, "en": term.en, "also": list(term.also), "pos": term.pos, "note": term.note,
        "source": term.source, "domain": term.domain, "variants": list(term.variants),
        "mt": [{"text": r.text, "fix": r.fix.value} for r in term.mt], "no_mt": term.no_mt or None,
        "file": term.path, "line": term.line,
    }


def describe(term) -> str:
    lines = [f"{term.zh}  →  {term.en}   [{term.domain}, {term.pos}]"]
    if term.also:
        lines.append(f"  also:   {'; '.join(term.also)}")
    if term.mt:
        lines.append(f"  avoid:  {'; '.join(r.text for r in term.mt)}")
    if term.note:
        lines.append(f"  note:   {term.note}")
    lines.append(f"  source: {term.source}")
    return "\n".join(lines)


@click.command("lookup")
@click.argument("query", required=False)
@click.option("--scan", "scan_input", metavar="TEXT_OR_FILE",
              help="List every glossary term in a Chinese text (a file path, or the text itself).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@_user_errors
def lookup_command(query, scan_input, as_json, glossaries) -> None:
    """Look a term up by Chinese (simplified or traditional), English, or a known bad rendering.

    Exit 0 when found, 1 when not (the closest entries are suggested), 2 on usage errors.
    """
    if scan_input is not None:
        if query:
            raise click.UsageError("give either QUERY or --scan, not both")
        return _scan(scan_input, as_json, glossaries)
    if query is None or not query.strip():
        raise click.UsageError("QUERY is empty: give Chinese, English or a rendering to look up")
    from .glossary import load_glossary
    from .lookup import closest, lookup

    glossary = load_glossary(glossaries)
    matches = lookup(glossary, query)
    if as_json:
        found = [dict(term_json(m.term), matched=m.matched, match=m.kind) for m in matches]
        similar = [] if matches else [term_json(t) for t in closest(glossary, query)]
        import json  # not on the start-up path of `zhen check`

        click.echo(json.dumps({"query": query, "matches": found, "closest": similar}, ensure_ascii=False, indent=2))
    elif matches:
        for m in matches:
            if m.kind == "mt":
                click.echo(f"{m.matched!r} is a machine-translation rendering to avoid; use {m.term.en!r}:")
            elif m.kind == "traditional":
                click.echo(f"{query} is the traditional form of {m.term.zh}:")
            click.echo(describe(m.term))
    else:
        similar = closest(glossary, query)
        click.echo(f"No entry for {query!r}." + (" Closest:" if similar else ""))
        for term in similar:
            click.echo(f"  {term.zh}  →  {term.en}")
    sys.exit(EXIT_CLEAN if matches else EXIT_FOUND_NOTHING)


def _scan(scan_input: str, as_json: bool, glossaries) -> None:
    from .glossary import load_glossary
    from .lookup import scan

    path = Path(scan_input)
    if len(scan_input) < 4096 and path.is_file():
        from .files import read_source

        text = read_source(str(path)).text
    else:
        text = scan_input
    glossary = load_glossary(glossaries)
    hits = scan(glossary, text)
    from .document import Document

    doc = Document(text)
    rows = []
    for hit in hits:
        line, column = doc.position(hit.start)
        rows.append({"zh": hit.term.zh, "text": hit.word, "offset": hit.start, "end_offset": hit.end,
                     "line": line, "column": column, "en": hit.term.en, "domain": hit.term.domain})
    if as_json:
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(f"{row['line']}:{row['column']}  {row['text']}  →  {row['en']}")
        click.echo(f"{len(rows)} glossary term{'s' * (len(rows) != 1)} found.")
    sys.exit(EXIT_CLEAN if rows else EXIT_FOUND_NOTHING)


@click.group("glossary")
def glossary_group() -> None:
    """Validate the glossary and report on it."""


@glossary_group.command("check")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
@_user_errors
def glossary_check(paths) -> None:
    """Validate glossary files (default: the bundled glossary). Exit 1 on any problem."""
    from .glossary import bundled_files, validate

    files = [Path(p) for p in paths] or bundled_files()
    if not files:
        raise UserError("no glossary files found")
    problems = validate(files)
    for problem in problems:
        click.echo(str(problem))
    count = len(problems)
    click.echo(f"{len(files)} file{'s' * (len(files) != 1)} checked: "
               f"{count} problem{'s' * (count != 1)}.", err=True)
    sys.exit(1 if problems else 0)


@glossary_group.command("stats")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@_user_errors
def glossary_stats(glossaries) -> None:
    """Counts by domain, the share of each source kind, and MT renderings."""
    from .glossary import AUTHORITATIVE, SOURCE_KINDS, load_glossary

    glossary = load_glossary(glossaries)
    by_domain = Counter(t.domain for t in glossary.terms)
    sourced = Counter(t.domain for t in glossary.terms if t.sourced)
    with_mt = Counter(t.domain for t in glossary.terms if t.mt)
    click.echo(f"{'domain':26s} {'entries':>7s} {'sourced':>8s} {'with mt':>8s}")
    for domain in sorted(by_domain):
        n = by_domain[domain]
        click.echo(f"{domain:26s} {n:7d} {sourced[domain] / n:8.0%} {with_mt[domain]:8d}")
    total = len(glossary.terms)
    renderings = Counter(r.fix.value for t in glossary.terms for r in t.mt)
    click.echo(f"{'all':26s} {total:7d} {sum(sourced.values()) / total:8.0%} {sum(with_mt.values()):8d}")
    click.echo(f"MT renderings: {sum(renderings.values())} "
               f"(safe {renderings['safe']}, unsafe {renderings['unsafe']}, suggestion only {renderings['none']})")
    kinds = Counter(r.kind for t in glossary.terms for r in t.mt)
    click.echo(f"  certain {kinds['certain']} (never in native English), ambiguous {kinds['ambiguous']} "
               f"(native English uses them)")
    click.echo(f"{len(glossary.domains)} domains. Source kind of the canonicals (the strongest source behind each):")
    source_kinds = Counter(t.source_kind for t in glossary.terms)
    for kind in SOURCE_KINDS:
        click.echo(f"  {kind:16s} {source_kinds[kind]:5d} {source_kinds[kind] / total:6.1%}")
    authoritative = sum(source_kinds[k] for k in AUTHORITATIVE) / total
    click.echo(f"  official, academic, term-bank or dictionary: {authoritative:.1%}")


@glossary_group.command("export")
@click.option("--format", "output_format", type=click.Choice(["po", "csv", "tbx", "html"]), default="po",
              show_default=True,
              help="po: gettext catalogs (en, zh_CN, zh_TW) with .mo; csv; tbx (TBX-Basic); html (a "
                   "searchable page; needs Jinja2).")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Folder for po (default: locales); file for csv/tbx/html (default: stdout).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@_user_errors
def glossary_export(output_format, output, glossaries) -> None:
    """Export the glossary as gettext catalogs, CSV, TBX or a searchable HTML page. Output is reproducible: it depends on
    the glossary only (the PO-Revision-Date is the glossary's newest `revised` date)."""
    from .files import write_atomic
    from .glossary import load_glossary
    from .po import to_csv, to_tbx, write_catalogs

    glossary = load_glossary(glossaries)
    if output_format == "po":
        written = write_catalogs(glossary, Path(output or "locales"))
        for path in written:
            click.echo(str(path))
        return
    if output_format == "html":
        from .html_report import render_glossary

        text = render_glossary(glossary)
    else:
        text = to_csv(glossary) if output_format == "csv" else to_tbx(glossary)
    if output:
        write_atomic(output, text.encode("utf-8"))
        click.echo(output)
    else:
        click.echo(text, nl=False)
