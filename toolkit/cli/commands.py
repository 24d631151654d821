"""The verbs that check and fix documents: check, fix, report, apply, config, rules.

Exit codes, for every verb: 0 nothing found, 1 findings (or changes with --diff), 2 usage or
input error (bad path, binary or undecodable file, unknown rule code). Errors are one line on
stderr; nothing is written when one occurs.
"""

from __future__ import annotations

import gc
import inspect
import os
import sys

import click

from .. import __version__
from ..errors import UserError
from ..files import STDIN, write_atomic
from ..registry import all_rules
from ..diff import unified_diff
from ..emitters import FORMATS
from ..emitters.base import Output
from ..runner import check_and_render, check_files, expand_paths, fix_files
from ..tally import Tally, fix_summary
from .examples import EXAMPLES
from .common import (EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, GC_THRESHOLDS, OneLineErrors, _color, _jobs,
                     _progress_bar, _progress_shown, _resolver, _warn_unmatched, config_options, encoding_option,
                     glossary_option, run_options, selection_options, user_errors)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXAMPLES["main"])
@click.version_option(__version__, prog_name="zhen")
def main() -> None:
    """zhen finds and fixes the artifacts of English machine-translated from Chinese:
    calques, broken sentences, scraped-page residue, stray punctuation.

    Exit codes: 0 nothing found, 1 findings, 2 usage or input error.
    """
    gc.set_threshold(*GC_THRESHOLDS)  # worker processes inherit it


@main.command(epilog=EXAMPLES["check"])
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@selection_options
@click.option("--format", "output_format", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="Output format: text (= concise, one line per finding), full (with the line, a "
                   "caret and the fix), json, jsonl (one finding per line, streamed), github "
                   "(workflow annotations), sarif (2.1.0).")
@click.option("--statistics", is_flag=True,
              help="Print counts by rule and the documents with most findings per 1,000 words "
                   "(with --format json: every document).")
@run_options
@user_errors
def check(paths, select, ignore, extend_select, output_format, statistics, glossaries, config_file,
          isolated, fail_on, encoding, jobs, scheduler, exit_zero) -> None:
    """Report findings in files, folders (their .txt and .md files) or - (stdin)."""
    from ..emitters import STATISTICS, for_run

    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    for path in files:  # every configuration is read, and checked, before any output
        resolver(path)
    progress = _progress_shown(len(files)) and output_format != "jsonl"
    out = Output(_color(), deferred=progress)  # with a progress bar, output waits until it is done
    tally = Tally(per_document=statistics)
    emitter = for_run(output_format, statistics)(out, tally)
    errors: list[str] = []
    failing = 0
    results = check_and_render(files, resolver, STATISTICS if statistics else output_format, encoding,
                               _jobs(jobs), scheduler, out.color, count_words=statistics)
    with _progress_bar(len(files), "zhen: checking", progress) as tick:
        for result in results:
            tick()
            if isinstance(result, UserError):
                out.echo(f"zhen: error: {result}", err=True)
                errors.append(str(result))
                tally.unread.append(result.path or str(result))
                continue
            tally.add(result.path, result.findings, result.words)
            failing += result.failing
            emitter.file(result.share)
    out.release()
    emitter.end(errors)
    _warn_unmatched(resolver)
    sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


@main.command(epilog=EXAMPLES["fix"])
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@selection_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe ([~]).")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the fixed text here (one input only).")
@click.option("--po", "review_po", type=click.Path(dir_okay=False), metavar="REVIEW.po",
              help="Write a review catalog instead of fixing FILE: one entry per sentence changed or "
                   "flagged; FILE stays as it is until `zhen apply REVIEW.po FILE` (one input only).")
@run_options
@user_errors
def fix(paths, select, ignore, extend_select, unsafe_fixes, show_diff, output, review_po, glossaries, config_file,
        isolated, fail_on, encoding, jobs, scheduler, exit_zero) -> None:
    """Apply safe fixes in place (atomically); - reads stdin and writes stdout.

    A file that cannot be read (binary, undecodable, a malformed catalog) is reported and left
    alone; the others are still fixed, and the summary names it (exit 2). Exit 0 when no finding
    remains, 1 when some remain (or, with --diff, when there are changes).
    """
    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    if output and len(files) != 1:
        raise UserError("-o/--output takes exactly one input file")
    if review_po and (len(files) != 1 or files[0] == STDIN):
        raise UserError("--po takes exactly one input file")
    errors: list[UserError] = []
    with _progress_bar(len(files), "zhen: fixing", _progress_shown(len(files))) as tick:
        results = fix_files(files, resolver, unsafe=unsafe_fixes, encoding=encoding,
                            progress=tick, jobs=_jobs(jobs), scheduler=scheduler, errors=errors)
    for error in errors:
        click.echo(f"zhen: error: {error}", err=True)
    if not results:
        sys.exit(EXIT_ERROR)
    if not show_diff:  # encode every file before writing any: one that cannot be stops the run
        for result in results:
            result.source.encode(result.fixed.text)
    if review_po:
        _write_review(results[0], review_po)
    _write_fixes(results, paths, show_diff, output, in_place=not review_po)
    changed = [r for r in results if r.changed]
    click.echo(fix_summary(sum(r.fixed.found for r in results), sum(len(r.fixed.applied) for r in results),
                           sum(len(r.findings) for r in results), len(changed), show_diff or bool(review_po),
                           [e.path or str(e) for e in errors]), err=True)
    _warn_unmatched(resolver)
    if errors:
        sys.exit(EXIT_ERROR)
    if exit_zero:
        sys.exit(EXIT_CLEAN)
    if show_diff:
        sys.exit(EXIT_FINDINGS if changed else EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS if any(r.failing for r in results) else EXIT_CLEAN)


def _write_review(result, review_po: str) -> None:
    from ..gettext.review import review_catalog

    source = result.source
    catalog = review_catalog(source.encode(source.text), source.text, result.fixed, source.path)
    write_atomic(review_po, str(catalog).encode("utf-8"))
    click.echo(f"zhen: wrote {review_po}; review it, then `zhen apply {review_po} {source.path}`", err=True)


def _write_fixes(results, paths, show_diff: bool, output: str | None, in_place: bool) -> None:
    """Print the diffs, or write the fixed texts: to -o, to stdout for `-`, or in place."""
    for result in results:
        new_text = result.fixed.text
        if show_diff:
            if result.changed:
                click.echo(unified_diff(result.source.path, result.source.text, new_text), nl=False)
        elif output:
            write_atomic(output, result.source.encode(new_text))
        elif result.source.path == "<stdin>" and paths == (STDIN,):
            sys.stdout.buffer.write(result.source.encode(new_text))
        elif result.changed and in_place:
            write_atomic(result.source.path, result.source.encode(new_text), expect=result.source)


@main.command("report", epilog=EXAMPLES["report"])
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@selection_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="report.html", show_default=True,
              help="The HTML file to write.")
@glossary_option
@config_options
@encoding_option
@user_errors
def report_command(paths, select, ignore, extend_select, output, glossaries, config_file, isolated, fail_on,
                   encoding) -> None:
    """Write a self-contained HTML review page: each document with its findings highlighted, the
    fixed text and a diff beside it, and a summary table (needs Jinja2: pip install 'zhen[report]').

    Exit 0 when the page is written (whatever it found); with --fail-on, 1 when a finding at or
    above that severity was found (the page is written all the same); 2 on an input error
    (nothing written).
    """
    from ..html_report import document_data, render_report

    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    failing = 0

    def documents():
        nonlocal failing
        for result in check_files(files, resolver, encoding):
            if isinstance(result, UserError):
                raise result  # nothing is written: the page would leave the file out silently
            failing += len(result.failing)
            yield document_data(result, resolver(result.source.path).profile)

    title = paths[0] if len(paths) == 1 else f"{len(files)} documents"
    write_atomic(output, (piece.encode("utf-8") for piece in render_report(documents(), title)))
    click.echo(f"zhen: wrote {output} ({len(files)} document{'s' * (len(files) != 1)})", err=True)
    if fail_on and failing:
        click.echo(f"zhen: {failing} finding{'s' * (failing != 1)} at or above {fail_on}", err=True)
        sys.exit(EXIT_FINDINGS)


@main.command("apply", epilog=EXAMPLES["apply"])
@click.argument("catalog_path", metavar="REVIEW.po", type=click.Path(dir_okay=False))
@click.argument("path", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the result here instead of in place.")
@click.option("--accept-fuzzy", is_flag=True, help="Also apply fuzzy entries (unsafe changes and suggestions).")
@encoding_option
@user_errors
def apply_command(catalog_path, path, output, accept_fuzzy, encoding) -> None:
    """Rebuild FILE from a reviewed catalog made by `zhen fix FILE --po REVIEW.po` (which leaves
    FILE as it was: the catalog records FILE's SHA-256).

    A human's msgstr wins; fuzzy entries keep the original text unless --accept-fuzzy, and each
    fuzzy entry whose msgstr differs from its msgid is reported as not applied. Refuses (exit 2)
    a catalog that is not a review catalog, a FILE that changed since the catalog was made, and an
    msgid that is not found.
    """
    from ..files import read_source
    from ..gettext.review import apply_catalog, load_catalog

    source = read_source(path, encoding)
    catalog = load_catalog(catalog_path)
    skipped: list = []
    text = apply_catalog(catalog, source.encode(source.text), source.text, accept_fuzzy, skipped)
    if output:
        write_atomic(output, source.encode(text))
    else:
        write_atomic(path, source.encode(text), expect=source)
    if skipped:
        lines = ", ".join(str(e.linenum) for e in skipped)
        click.echo(f"zhen: warning: {catalog_path}: {len(skipped)} fuzzy entr{'y' if len(skipped) == 1 else 'ies'} "
                   f"not applied, the original text kept (line{'s' * (len(skipped) > 1)} {lines}); remove the "
                   "fuzzy flag to apply an msgstr, or use --accept-fuzzy", err=True)
    click.echo(f"zhen: applied {catalog_path} to {path}" + (f" -> {output}" if output else ""), err=True)


@main.command("config", epilog=EXAMPLES["config"])
@click.argument("path", required=False, default=".")
@selection_options
@glossary_option
@config_options
@user_errors
def config_command(path, select, ignore, extend_select, glossaries, config_file, isolated, fail_on) -> None:
    """Print the configuration that applies to PATH (a file or folder; default: here)."""
    from ..config import describe

    if path != "-" and not os.path.exists(path):
        raise UserError("no such file or folder", path)
    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    click.echo(describe(resolver(path), path))


@main.command("rules", epilog=EXAMPLES["rules"])
@click.argument("code", required=False)
def rules_command(code: str | None) -> None:
    """List the rules, or explain one rule (CODE) with its examples."""
    rules = all_rules()
    if code is None:
        for rule in rules.values():
            state = "" if rule.default else "  (off by default)"
            fix = {"safe": "[*]", "unsafe": "[~]", "none": "   "}[rule.fix.value]
            click.echo(f"{rule.code}  {fix} {rule.name:28s} {rule.summary}{state}")
        return
    rule = rules.get(code.upper())
    if rule is None:
        click.echo(f"zhen: error: unknown rule code {code!r} (see `zhen rules`)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{rule.code} {rule.name}\n")
    click.echo(f"severity: {rule.severity.value}; fix: {rule.fix.value}; "
               f"{'on' if rule.default else 'off'} by default\n")
    click.echo(inspect.cleandoc(rule.doc))
    if rule.bad:
        click.echo("\nFlagged (⟦ ⟧ marks the finding):")
        for example in rule.bad:
            click.echo(f"  {example.text}")
            if example.fixed is not None:
                click.echo(f"  → {example.fixed}")
    if rule.good:
        click.echo("\nNot flagged:")
        for text in rule.good:
            click.echo(f"  {text}")


@main.command("lsp", epilog=EXAMPLES["lsp"])
@click.option("--stdio", is_flag=True, help="Talk over stdin and stdout (the default and only transport).")
@user_errors
def lsp_command(stdio: bool) -> None:
    """Run the language server, for editors (needs pip install 'zhen[lsp]'; see docs/editors.md)."""
    from ..lsp import serve  # pygls is imported there, never by the other verbs

    serve()

