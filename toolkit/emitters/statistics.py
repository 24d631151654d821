"""`--statistics`: counts by rule, then the documents with the most findings per 1,000 words
(as a table, or as JSON with every document under `--format json`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..tally import DENSITY_WORDS, WORST_SHOWN, Tally
from .base import Emitter

def statistics(tally: Tally) -> str:
    """Counts by rule, then the documents with the most findings per 1,000 words."""
    if not tally.findings:
        return "No findings."
    rows = [f"{r['count']:6d}  {r['code']}  {r['name']}{'  [fixable]' if r['fixable'] else ''}"
            for r in tally.rules()]
    worst = [d for d in tally.worst_documents() if d["findings"]]
    if len(tally.documents) > 1 and worst:
        rows += ["", f"Documents by findings per {DENSITY_WORDS:,} words (worst first):",
                 f"{'density':>8s}  {'findings':>8s}  {'words':>8s}  path"]
        rows += [f"{d['density']:8.1f}  {d['findings']:8d}  {d['words']:8d}  {d['path']}"
                 for d in worst[:WORST_SHOWN]]
        if len(worst) > WORST_SHOWN:
            rows.append(f"… and {len(worst) - WORST_SHOWN} more (--format json lists every document)")
    return "\n".join(rows)


def statistics_json(tally: Tally) -> str:
    import json  # only output that needs it pays for the import

    return json.dumps({"rules": tally.rules(), "documents": tally.worst_documents()},
                      ensure_ascii=False, indent=2)


class StatisticsEmitter(Emitter):
    """Nothing per file (the tally counts); the table at the end."""

    def file(self, share) -> None:
        pass

    def end(self, errors: Sequence[str]) -> None:
        if errors and not self.tally.files:
            return  # no file read: the errors say it all, no "No findings." after them
        self.out.echo(statistics(self.tally))


class StatisticsJsonEmitter(StatisticsEmitter):
    def end(self, errors: Sequence[str]) -> None:
        self.out.echo(statistics_json(self.tally))
