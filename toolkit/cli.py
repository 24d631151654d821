"""The `zhen` command: click verbs that parse options, call the library and render results.

Exit codes, for every verb: 0 nothing found, 1 findings (or changes with --diff), 2 usage or
input error (bad path, binary or undecodable file, unknown rule code). Errors are one line on
stderr; nothing is written when one occurs.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import gc
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from . import __version__
from .errors import UserError
from .files import STDIN, write_atomic
from .registry import all_rules
from .report import LINE_FORMATS, Located, Tally, counted, render_json, statistics_json, summary, unified_diff
from .report import statistics as statistics_table
from .runner import check_files, expand_paths, fix_files

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(values: tuple[str, ...]) -> list[str]:
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def selection_options(command: Callable) -> Callable:
    """--select / --ignore / --extend-select, shared by every verb that runs rules."""
    command = click.option("--extend-select", multiple=True, metavar="CODES",
                           help="Add rules to the default set.")(command)
    command = click.option("--ignore", multiple=True, metavar="CODES",
                           help="Rule codes or prefixes to leave out (comma-separated, repeatable).")(command)
    command = click.option("--select", multiple=True, metavar="CODES",
                           help="Rule codes or prefixes to run instead of the defaults, e.g. B101,P.")(command)
    return command


def exit_zero_option(command: Callable) -> Callable:
    return click.option("--exit-zero", is_flag=True,
                        help="Exit 0 even when findings remain (errors still exit 2).")(command)


def glossary_option(command: Callable) -> Callable:
    """--glossary PATH (repeatable): extra glossary files that extend or override the bundled one."""
    return click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                        metavar="PATH", help="Extra glossary TOML file (repeatable).")(command)


def _options(glossaries: tuple[str, ...]) -> dict[str, Any]:
    """The settings rules read, in one dict (see registry.Context.options)."""
    return {"glossary": list(glossaries)}


def config_options(command: Callable) -> Callable:
    """--config / --isolated / --fail-on: project configuration (see toolkit/config.py)."""
    command = click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
                           help="Lowest severity that makes the exit code 1 (default: info).")(command)
    command = click.option("--isolated", is_flag=True,
                           help="Ignore configuration files (pyproject.toml [tool.zhen], zhen.toml).")(command)
    command = click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="PATH",
                           help="Use this configuration file for every input instead of discovery.")(command)
    return command


def _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on):
    """Per-file settings: the nearest configuration with these command-line options on top."""
    from .config import Overrides, Resolver, parse_severity

    return Resolver(Overrides(
        select=tuple(_codes(select)) or None, ignore=tuple(_codes(ignore)),
        extend_select=tuple(_codes(extend_select)), glossary=tuple(glossaries),
        fail_on=parse_severity(fail_on) if fail_on else None, config=config_file, isolated=isolated,
    ))


def _warn_unmatched(resolver) -> None:
    for config, glob in resolver.unmatched_per_file_ignores():
        click.echo(f"zhen: warning: {config.path}: per-file-ignores {glob!r} matches no file", err=True)


def _utf8_buffer(stream: Any) -> Any:
    """The binary buffer under a UTF-8 text stream, or None: output already encoded as UTF-8 is
    written there as it is, not decoded and encoded again (a crawl prints hundreds of MB)."""
    buffer = getattr(stream, "buffer", None)
    try:
        utf8 = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        utf8 = False
    return buffer if utf8 else None


def _color() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


PROGRESS_MIN_FILES = 10  # fewer files finish before a bar would be worth drawing


def _progress_shown(files: int) -> bool:
    return files >= PROGRESS_MIN_FILES and sys.stderr.isatty()


@contextlib.contextmanager
def _progress_bar(length: int, label: str, shown: bool) -> Iterator[Callable[[], None]]:
    """A function to call once per file: it advances a bar on stderr when `shown`."""
    if not shown:  # click's bar machinery is not even imported: start-up time counts
        yield lambda: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
        yield lambda: bar.update(1)


def encoding_option(command: Callable) -> Callable:
    return click.option("--encoding", metavar="NAME",
                        help="Decode files with this encoding (default: UTF-8, or the BOM's).")(command)


def user_errors(command: Callable) -> Callable:
    """Turn UserError into one line on stderr and exit 2; Ctrl-C into exit 130, no traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as error:
            click.echo(f"zhen: error: {error}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("zhen: interrupted", err=True)
            sys.exit(130)

    return wrapper


# zhen holds many small objects (findings, spans, glossary entries) and makes almost no reference
# cycles; at the default thresholds the collector spent 5-15 % of a large check (more with a large
# glossary) scanning them again and again.
GC_THRESHOLDS = (100_000, 50, 100)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zhen")
def main() -> None:
    """zhen finds and fixes the artifacts of English machine-translated from Chinese:
    calques, broken sentences, scraped-page residue, stray punctuation.

    Exit codes: 0 nothing found, 1 findings, 2 usage or input error.
    """
    gc.set_threshold(*GC_THRESHOLDS)  # worker processes inherit it


FORMATS = ["text", "concise", "full", "json", "jsonl", "github", "sarif"]


def parallel_options(command: Callable) -> Callable:
    """--jobs / --scheduler: where the per-file work runs (see toolkit/parallel.py)."""
    command = click.option("--scheduler", metavar="ADDRESS",
                           help="Send the work to this Dask scheduler, e.g. tcp://host:8786 "
                                "(pip install 'zhen[dask]'; workers must see the same files).")(command)
    command = click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
                           help="Worker processes (default: the number of CPUs).")(command)
    return command


def _jobs(jobs: int | None) -> int:
    if jobs is not None:
        return jobs
    from .parallel import default_jobs

    return default_jobs()


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@selection_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format: text (= concise, one line per finding), full (with the line, a "
                   "caret and the fix), json, jsonl (one finding per line, streamed), github "
                   "(workflow annotations), sarif (2.1.0).")
@click.option("--statistics", is_flag=True,
              help="Print counts by rule and the documents with most findings per 1,000 words "
                   "(with --format json: every document).")
@glossary_option
@config_options
@encoding_option
@parallel_options
@exit_zero_option
@user_errors
def check(paths, select, ignore, extend_select, output_format, statistics, glossaries, config_file,
          isolated, fail_on, encoding, jobs, scheduler, exit_zero) -> None:
    """Report findings in files, folders (their .txt and .md files) or - (stdin)."""
    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    for path in files:  # every configuration is read, and checked, before any output
        resolver(path)
    collected: list[Located] = []  # only json and sarif hold every finding; the rest stream
    errors: list[str] = []
    failing = 0
    tally = Tally(per_document=statistics)
    color = _color()
    whole = output_format in ("json", "sarif") and not statistics  # needs every finding at the end
    # Otherwise each file is rendered where it is checked (in the workers), and only printed here.
    render = None if whole else output_format if output_format in LINE_FORMATS and not statistics else ""
    progress = _progress_shown(len(files)) and output_format != "jsonl"
    deferred: list[tuple[str, bool]] = []  # with a progress bar, output waits until it is done

    def emit(text: str, err: bool = False) -> None:
        if progress:
            deferred.append((text, err))
            return
        if not (err or color):
            # Findings without colour hold no escape codes: written as they are, not through
            # click.echo, which would search every line of a crawl's output for codes to strip.
            with contextlib.suppress(UnicodeEncodeError):  # a stream that cannot take it: click's way
                sys.stdout.write(text + "\n")
                return
        click.echo(text, err=err, color=color)

    raw = None if progress or color else _utf8_buffer(sys.stdout)

    def emit_lines(data: bytes) -> None:
        if raw is None:
            emit(data.decode("utf-8")[:-1])
            return
        sys.stdout.flush()  # whatever went through the text layer first
        raw.write(data)

    with _progress_bar(len(files), "zhen: checking", progress) as tick:
        for result in check_files(files, (), encoding, settings=resolver, jobs=_jobs(jobs),
                                  scheduler=scheduler, render=render, color=color, count_words=statistics):
            tick()
            if isinstance(result, UserError):
                emit(f"zhen: error: {result}", err=True)
                errors.append(str(result))
                continue
            if whole:
                tally.add(result.source.path, counted(result.findings))
                failing += len(result.failing)
                collected.extend(result.located)
                continue
            tally.add(result.path, result.findings, result.words)
            failing += result.failing
            if result.lines:  # one write per file: a crawl has thousands of findings
                emit_lines(result.lines)
    for text, err in deferred:
        click.echo(text, err=err, color=color)
    if statistics:
        click.echo(statistics_json(tally) if output_format == "json" else statistics_table(tally))
    elif output_format == "json":
        click.echo(render_json(collected))
    elif output_format == "sarif":
        from .sarif import render_sarif  # only this format needs it

        click.echo(render_sarif(collected, errors))
    elif output_format != "jsonl":  # jsonl output is findings only, one per line
        click.echo(summary(tally))
    _warn_unmatched(resolver)
    sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@selection_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe ([~]).")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the fixed text here (one input only).")
@click.option("--po", "review_po", type=click.Path(dir_okay=False), metavar="REVIEW.po",
              help="Also write a review catalog: one entry per sentence changed or flagged (one input only).")
@glossary_option
@config_options
@encoding_option
@parallel_options
@exit_zero_option
@user_errors
def fix(paths, select, ignore, extend_select, unsafe_fixes, show_diff, output, review_po, glossaries, config_file,
        isolated, fail_on, encoding, jobs, scheduler, exit_zero) -> None:
    """Apply safe fixes in place (atomically); - reads stdin and writes stdout.

    Exit 0 when no finding remains, 1 when some remain (or, with --diff, when there are changes).
    """
    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    if output and len(files) != 1:
        raise UserError("-o/--output takes exactly one input file")
    if review_po and (len(files) != 1 or files[0] == STDIN):
        raise UserError("--po takes exactly one input file")
    with _progress_bar(len(files), "zhen: fixing", _progress_shown(len(files))) as tick:
        results = fix_files(files, (), unsafe=unsafe_fixes, encoding=encoding, settings=resolver,
                            progress=tick, jobs=_jobs(jobs), scheduler=scheduler)
    changed = [r for r in results if r.changed]
    if not show_diff:  # encode every file before writing any: one that cannot be stops the run
        for result in results:
            result.source.encode(result.fixed.text)
    if review_po:
        from .review import review_catalog

        source = results[0].source
        catalog = review_catalog(source.encode(source.text), source.text, results[0].fixed, source.path)
        write_atomic(review_po, str(catalog).encode("utf-8"))
    for result in results:
        new_text = result.fixed.text
        if show_diff:
            if result.changed:
                click.echo(unified_diff(result.source.path, result.source.text, new_text), nl=False)
        elif output:
            write_atomic(output, result.source.encode(new_text))
        elif result.source.path == "<stdin>" and paths == (STDIN,):
            sys.stdout.buffer.write(result.source.encode(new_text))
        elif result.changed:
            write_atomic(result.source.path, result.source.encode(new_text), expect=result.source)
    applied = sum(len(r.fixed.applied) for r in results)
    remaining = sum(len(r.findings) for r in results)
    verb = "would fix" if show_diff else "fixed"
    click.echo(f"zhen: {verb} {applied} finding{'s' * (applied != 1)} in {len(changed)} "
               f"file{'s' * (len(changed) != 1)}; {remaining} remain (see `zhen check`).", err=True)
    _warn_unmatched(resolver)
    if exit_zero:
        sys.exit(EXIT_CLEAN)
    if show_diff:
        sys.exit(EXIT_FINDINGS if changed else EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS if any(r.failing for r in results) else EXIT_CLEAN)


@main.command("report")
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

    Exit 0 when the page is written (whatever it found), 2 on an input error (nothing written).
    """
    from .html_report import document_data, render_report

    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    files = expand_paths(paths)
    shared: dict = {}

    def documents():
        for result in check_files(files, (), encoding, settings=resolver):
            if isinstance(result, UserError):
                raise result  # nothing is written: the page would leave the file out silently
            yield document_data(result, resolver(result.source.path), shared)

    title = paths[0] if len(paths) == 1 else f"{len(files)} documents"
    write_atomic(output, (piece.encode("utf-8") for piece in render_report(documents(), title)))
    click.echo(f"zhen: wrote {output} ({len(files)} document{'s' * (len(files) != 1)})", err=True)


@main.command("apply")
@click.argument("catalog_path", metavar="REVIEW.po", type=click.Path(dir_okay=False))
@click.argument("path", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the result here instead of in place.")
@click.option("--accept-fuzzy", is_flag=True, help="Also apply fuzzy entries (unsafe changes and suggestions).")
@encoding_option
@user_errors
def apply_command(catalog_path, path, output, accept_fuzzy, encoding) -> None:
    """Rebuild FILE from a reviewed catalog made by `zhen fix FILE --po REVIEW.po`.

    A human's msgstr wins; fuzzy entries keep the original text unless --accept-fuzzy. Refuses
    (exit 2) when FILE changed since the catalog was made or an msgid is not found.
    """
    from .files import read_source
    from .review import apply_catalog, load_catalog

    source = read_source(path, encoding)
    catalog = load_catalog(catalog_path)
    text = apply_catalog(catalog, source.encode(source.text), source.text, accept_fuzzy)
    if output:
        write_atomic(output, source.encode(text))
    else:
        write_atomic(path, source.encode(text), expect=source)
    click.echo(f"zhen: applied {catalog_path} to {path}" + (f" -> {output}" if output else ""), err=True)


@main.command("config")
@click.argument("path", required=False, default=".")
@selection_options
@glossary_option
@config_options
@user_errors
def config_command(path, select, ignore, extend_select, glossaries, config_file, isolated, fail_on) -> None:
    """Print the configuration that applies to PATH (a file or folder; default: here)."""
    from .config import describe

    if path != "-" and not os.path.exists(path):
        raise UserError("no such file or folder", path)
    resolver = _resolver(select, ignore, extend_select, glossaries, config_file, isolated, fail_on)
    click.echo(describe(resolver(path), path))


@main.command("rules")
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


@main.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk over stdin and stdout (the default and only transport).")
@user_errors
def lsp_command(stdio: bool) -> None:
    """Run the language server, for editors (needs pip install 'zhen[lsp]'; see docs/editors.md)."""
    from .lsp import serve  # pygls is imported there, never by the other verbs

    serve()


def _register_glossary_commands() -> None:
    from .cli_glossary import glossary_group, lookup_command

    main.add_command(lookup_command)
    main.add_command(glossary_group)


_register_glossary_commands()
