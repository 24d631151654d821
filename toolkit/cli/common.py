"""What the `zhen` verbs share: option decorators, one-line user errors and exit codes, the
configuration resolver built from the command line, colour and progress decisions."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from ..errors import UserError

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
    from ..config import Overrides, Resolver, parse_severity

    return Resolver(Overrides(
        select=tuple(_codes(select)) or None, ignore=tuple(_codes(ignore)),
        extend_select=tuple(_codes(extend_select)), glossary=tuple(glossaries),
        fail_on=parse_severity(fail_on) if fail_on else None, config=config_file, isolated=isolated,
    ))


def _warn_unmatched(resolver) -> None:
    for config, glob in resolver.unmatched_per_file_ignores():
        click.echo(f"zhen: warning: {config.path}: per-file-ignores {glob!r} matches no file", err=True)


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
    from ..parallel import default_jobs

    return default_jobs()


class OneLineErrors(click.Group):
    """The `zhen` group: a usage error is one line, `zhen: error: MESSAGE (see `zhen VERB --help`)`,
    exit 2, instead of click's three-line block; bare `zhen` still prints the help."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()
            code = EXIT_ERROR
        except click.ClickException as error:
            hint = f" (see `{error.ctx.command_path} --help`)" if getattr(error, "ctx", None) else ""
            click.echo(f"zhen: error: {error.format_message()}{hint}", err=True)
            code = error.exit_code
        except click.Abort:
            click.echo("zhen: interrupted", err=True)
            code = 130
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


def run_options(command: Callable) -> Callable:
    """What every verb that runs over files takes after its own options (check, fix): --glossary,
    the configuration options, --encoding, --jobs/--scheduler and --exit-zero, in that order."""
    for decorate in (exit_zero_option, parallel_options, encoding_option, config_options, glossary_option):
        command = decorate(command)
    return command
