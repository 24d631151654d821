"""The `zhen lookup` and `zhen glossary` verbs (registered on the main group in cli/__init__.py)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from ..errors import UserError
from .common import user_errors
from .examples import EXAMPLES

# The glossary and lookup modules are imported inside the commands: `zhen check` imports this
# module to register the commands and must not pay for them.

EXIT_CLEAN, EXIT_FOUND_NOTHING, EXIT_ERROR = 0, 1, 2




def term_json(term) -> dict:
    return {
        "zh": term.zh, "en": term.en, "also": list(term.also), "pos": term.pos, "note": term.note,
        "source": term.source, "domain": term.domain, "variants": list(term.variants),
        "mt": [{"text": r.text, "fix": r.fix.value} for r in term.mt], "no_mt": term.no_mt or None,
        "file": term.path, "line": term.line,
    }


def describe(term) -> str:
    from ..glossary.lookup import entry_fields

    lines = [f"{term.zh}  →  {term.en}   [{term.domain}, {term.pos}]"]
    lines += [f"  {label + ':':7s} {value}" for label, value in entry_fields(term)]
    return "\n".join(lines)


@click.command("lookup", epilog=EXAMPLES["lookup"])
@click.argument("query", required=False)
@click.option("--scan", is_flag=True,
              help="List every glossary term in a Chinese file instead: QUERY is its path, or - for stdin.")
@click.option("--scan-text", metavar="TEXT", help="List every glossary term in this Chinese text.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@user_errors
def lookup_command(query, scan, scan_text, as_json, glossaries) -> None:
    """Look a term up by Chinese (simplified or traditional), English, or a known bad rendering;
    or, with --scan FILE (- for stdin) or --scan-text TEXT, list the glossary terms of a Chinese
    text. A path is never taken for text: a missing file is an error.

    Exit 0 when found, 1 when not (the closest entries are suggested), 2 on usage errors.
    """
    if scan or scan_text is not None:
        if scan and scan_text is not None:
            raise click.UsageError("give either --scan FILE or --scan-text TEXT, not both")
        if scan_text is not None and query:
            raise click.UsageError("give either QUERY or --scan-text, not both")
        if scan and not query:
            raise click.UsageError("--scan needs a FILE to scan (- for stdin)")
        return _scan(query if scan else None, scan_text, as_json, glossaries)
    if query is None or not query.strip():
        raise click.UsageError("QUERY is empty: give Chinese, English or a rendering to look up")
    from ..api import load_glossary, lookup
    from ..glossary.lookup import closest

    glossary = load_glossary(*glossaries)
    matches = lookup(query, glossary)
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
            elif m.kind == "variant":
                click.echo(f"{query} is listed as a variant of {m.term.zh}:")
            click.echo(describe(m.term))
    else:
        similar = closest(glossary, query)
        click.echo(f"No entry for {query!r}." + (" Closest:" if similar else ""))
        for term in similar:
            click.echo(f"  {term.zh}  →  {term.en}")
    sys.exit(EXIT_CLEAN if matches else EXIT_FOUND_NOTHING)


def _scan(path: str | None, text: str | None, as_json: bool, glossaries) -> None:
    from ..api import load_glossary, scan

    if path is not None:
        from ..files import read_source

        text = read_source(path).text  # `-` is stdin; a missing file is a one-line error
    glossary = load_glossary(*glossaries)
    hits = scan(text, glossary)
    from ..document import Document

    doc = Document(text)
    def row(hit) -> dict:
        line, column = doc.position(hit.start)
        return {"zh": hit.term.zh, "text": hit.word, "offset": hit.start, "end_offset": hit.end,
                "line": line, "column": column, "en": hit.term.en, "domain": hit.term.domain,
                "nested": [row(n) for n in hit.nested]}

    rows = [row(hit) for hit in hits]
    if as_json:
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for found in rows:
            click.echo(f"{found['line']}:{found['column']}  {found['text']}  →  {found['en']}")
            for inner in found["nested"]:  # terms are kept whole: a shorter one inside is listed under it
                click.echo(f"    inside it: {inner['text']}  →  {inner['en']}")
        click.echo(f"{len(rows)} glossary term{'s' * (len(rows) != 1)} found.")
    sys.exit(EXIT_CLEAN if rows else EXIT_FOUND_NOTHING)


@click.group("glossary", epilog=EXAMPLES["glossary"])
def glossary_group() -> None:
    """Validate the glossary (check), count it (stats) and export it (export: gettext catalogs,
    CSV, TBX or a searchable HTML page)."""


@glossary_group.command("check", epilog=EXAMPLES["glossary check"])
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
@user_errors
def glossary_check(paths) -> None:
    """Validate glossary files (default: the bundled glossary). Exit 1 on any problem."""
    from ..glossary import bundled_files, validate

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


@glossary_group.command("stats", epilog=EXAMPLES["glossary stats"])
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@user_errors
def glossary_stats(glossaries) -> None:
    """Counts by domain, the share of each source kind, and MT renderings."""
    from ..glossary import load_glossary
    from ..glossary.store import AUTHORITATIVE, SOURCE_KINDS

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


@glossary_group.command("export", epilog=EXAMPLES["glossary export"])
@click.option("--format", "output_format", type=click.Choice(["po", "csv", "tbx", "html"]), default="po",
              show_default=True,
              help="po: gettext catalogs (en, zh_CN, zh_TW) with .mo; csv; tbx (TBX-Basic); html (a "
                   "searchable page; needs Jinja2).")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Folder for po (default: locales); file for csv/tbx/html (default: stdout).")
@click.option("--bom", is_flag=True,
              help="csv: begin with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese right.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="Extra glossary TOML file (repeatable).")
@user_errors
def glossary_export(output_format, output, bom, glossaries) -> None:
    """Export the glossary as gettext catalogs, CSV, TBX or a searchable HTML page. Output is
    reproducible: it depends on the glossary only (the PO-Revision-Date is the glossary's newest
    `revised` date). Comments carry each term's curated note, alternatives, renderings to avoid
    and source."""
    from ..files import write_atomic
    from ..glossary import load_glossary
    from ..glossary.export import to_csv, to_tbx, write_catalogs

    glossary = load_glossary(glossaries)
    if output_format == "po":
        written = write_catalogs(glossary, Path(output or "locales"))
        for path in written:
            click.echo(str(path))
        return
    if output_format == "html":
        from ..html_report import render_glossary

        text = render_glossary(glossary)
    else:
        text = to_csv(glossary) if output_format == "csv" else to_tbx(glossary)
    if bom and output_format != "csv":
        raise click.UsageError("--bom applies to --format csv only")
    data = ("\ufeff" * bom + text).encode("utf-8")
    if output:
        write_atomic(output, data)
        click.echo(output)
    else:
        click.echo(data, nl=False)  # bytes: written as they are
