"""Measure zhen's rules on an annotated corpus (layout of ../shared/corpus/dev, see its README).

    python benchmarks/evaluate.py [CORPUS_DIR] [--details] [--json OUT] [--select CODES] [--ignore CODES]

Scoring, as the corpus README defines it:
- an annotation is *found* when a finding's span overlaps an occurrence of its quote and is not
  much wider than it (at most max(2 x quote length, quote length + 30) characters); every
  occurrence of a quote stands for the same annotation;
- findings that start in the cut-off final word of an excerpt are ignored;
- precision is the share of findings on raw texts that find an annotation in that sense;
- false positives are findings per 1,000 words on clean/, not counting findings on a
  clean_known_issues.jsonl spot whose kind starts with "scrape-".
zhen runs as a subprocess (`python -m toolkit check --format json`), so this measures the CLI a
user runs. Exit 0 after printing; 2 when the corpus or zhen fails.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
REACHABLE = ("calque", "punctuation", "break", "duplicate", "boilerplate", "markup", "citation")


@dataclass(frozen=True)
class Annotation:
    doc: str
    quote: str
    type: str
    spans: tuple[tuple[int, int], ...]  # every occurrence in the document


def occurrences(text: str, quote: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], text.find(quote)
    while start != -1 and quote:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return tuple(spans)


def cut_off_start(text: str) -> int:
    """Offset where the cut-off final word starts (len(text) when the excerpt ends cleanly)."""
    stripped = text.rstrip("\n")
    if not stripped or stripped[-1].isspace() or stripped[-1] in ".!?。！？\"”'’)":
        return len(text)
    end = len(stripped)
    while end > 0 and not stripped[end - 1].isspace():
        end -= 1
    return end


def finds(finding: tuple[int, int], annotation: Annotation) -> bool:
    start, end = finding
    for a_start, a_end in annotation.spans:
        length = a_end - a_start
        if start < a_end and a_start < max(end, start + 1) and (end - start) <= max(2 * length, length + 30):
            return True
    return False


def load_corpus(corpus: Path) -> tuple[dict[str, str], list[Annotation], dict[str, str], list[dict]]:
    raw = {p.stem: p.read_text(encoding="utf-8") for p in sorted((corpus / "raw").glob("*.txt"))}
    clean = {p.stem: p.read_text(encoding="utf-8") for p in sorted((corpus / "clean").glob("*.txt"))}
    annotations = []
    for line in (corpus / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        spans = occurrences(raw.get(item["doc"], ""), item["quote"])
        if not spans:
            print(f"warning: quote not found in {item['doc']}: {item['quote'][:60]!r}", file=sys.stderr)
            continue
        annotations.append(Annotation(item["doc"], item["quote"], item["type"], spans))
    known_path = corpus / "clean_known_issues.jsonl"
    known = [json.loads(l) for l in known_path.read_text(encoding="utf-8").splitlines() if l.strip()] if known_path.exists() else []
    return raw, annotations, clean, known


def score(raw: dict[str, str], annotations: list[Annotation], clean: dict[str, str], known: list[dict],
          findings: dict[str, list[dict]]) -> dict:
    """All figures from findings by document id (each finding a dict with offset, end_offset, code)."""
    kept: dict[str, list[dict]] = {}
    for doc, text in raw.items():
        limit = cut_off_start(text)
        kept[doc] = [f for f in findings.get(doc, []) if f["offset"] < limit]
    found = [a for a in annotations if any(finds((f["offset"], f["end_offset"]), a) for f in kept[a.doc])]
    by_type = {t: (sum(a in found for a in annotations if a.type == t), sum(a.type == t for a in annotations))
               for t in sorted({a.type for a in annotations})}
    reachable = [a for a in annotations if a.type in REACHABLE]
    per_doc = {}
    for doc in raw:
        mine = [a for a in reachable if a.doc == doc]
        if mine:
            per_doc[doc] = (sum(a in found for a in mine), len(mine))
    raw_findings = [(doc, f) for doc, fs in kept.items() for f in fs]
    on_annotation = [(doc, f) for doc, f in raw_findings
                     if any(finds((f["offset"], f["end_offset"]), a) for a in annotations if a.doc == doc)]
    clean_words = sum(len(t.split()) for t in clean.values())
    clean_findings = []
    for doc, text in clean.items():
        scrape = [s for k in known if k.get("doc") == doc and k.get("kind", "").startswith("scrape-")
                  for s in occurrences(text, k["quote"])]
        clean_findings += [(doc, f) for f in findings.get(f"clean/{doc}", [])
                           if not any(s < f["end_offset"] and f["offset"] < e for s, e in scrape)]
    rules = defaultdict(Counter)
    for doc, f in raw_findings:
        rules[f["code"]]["raw"] += 1
    for doc, f in on_annotation:
        rules[f["code"]]["on annotation"] += 1
    for doc, f in clean_findings:
        rules[f["code"]]["clean"] += 1
    return {
        "recall_by_type": by_type,
        "recall_reachable": _ratio(sum(a in found for a in reachable), len(reachable)),
        "recall_all": _ratio(len(found), len(annotations)),
        "recall_per_document": {d: _ratio(*v) for d, v in per_doc.items()},
        "recall_document_average": _ratio(sum(f / n for f, n in per_doc.values()), len(per_doc)),
        "precision": _ratio(len(on_annotation), len(raw_findings)),
        "findings_raw": len(raw_findings),
        "clean_words": clean_words,
        "clean_findings": len(clean_findings),
        "clean_fp_per_1000_words": round(1000 * len(clean_findings) / clean_words, 3) if clean_words else None,
        "per_rule": {code: dict(c) for code, c in sorted(rules.items())},
        "missed": [(a.doc, a.type, a.quote) for a in reachable if a not in found],
        "unmatched": [(doc, f["line"], f["column"], f["code"], raw[doc][f["offset"]:f["end_offset"]])
                      for doc, f in raw_findings if (doc, f) not in on_annotation],
        "clean_list": [(doc, f["line"], f["column"], f["code"], clean[doc][f["offset"]:f["end_offset"]])
                       for doc, f in clean_findings],
    }


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def run_zhen(command: list[str], paths: list[Path], extra: list[str]) -> list[dict]:
    result = subprocess.run([*command, "check", "--format", "json", "--isolated", *extra, *map(str, paths)],
                            capture_output=True, text=True, cwd=ROOT)
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError:
        findings = None
    if result.returncode not in (0, 1) or not isinstance(findings, list):
        print(f"error: zhen failed ({result.returncode}): {result.stderr.strip()[-2000:]}", file=sys.stderr)
        sys.exit(2)
    return findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--zhen", default=f"{shlex.quote(sys.executable)} -m toolkit", help="command that runs zhen")
    parser.add_argument("--select"), parser.add_argument("--ignore")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--details", action="store_true", help="list missed annotations and unmatched findings")
    args = parser.parse_args()
    if not (args.corpus / "raw").is_dir() or not (args.corpus / "annotations.jsonl").is_file():
        sys.exit(f"error: {args.corpus} is not an annotated corpus (raw/ and annotations.jsonl)")
    raw, annotations, clean, known = load_corpus(args.corpus)
    extra = [*(["--select", args.select] if args.select else []), *(["--ignore", args.ignore] if args.ignore else [])]
    findings: dict[str, list[dict]] = defaultdict(list)
    paths = [args.corpus / "raw" / f"{d}.txt" for d in raw] + [args.corpus / "clean" / f"{d}.txt" for d in clean]
    for f in run_zhen(shlex.split(args.zhen), paths, extra):
        path = Path(f["path"])
        findings[path.stem if path.parent.name == "raw" else f"clean/{path.stem}"].append(f)
    figures = score(raw, annotations, clean, known, findings)
    report(figures, args.details)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")


def report(fig: dict, details: bool) -> None:
    print("recall by type (found/total):")
    for kind, (got, total) in fig["recall_by_type"].items():
        mark = "" if kind in REACHABLE else "   (not rule-reachable)"
        print(f"  {kind:20s} {got:3d}/{total:<3d} {got / total:6.2f}{mark}")
    print(f"recall, rule-reachable types: {fig['recall_reachable']}")
    print(f"recall, all annotations:      {fig['recall_all']}")
    print(f"recall, per-document average: {fig['recall_document_average']}  "
          + "  ".join(f"{d}:{r}" for d, r in fig["recall_per_document"].items()))
    print(f"precision (findings on an annotation): {fig['precision']} of {fig['findings_raw']} findings")
    print(f"clean text: {fig['clean_findings']} findings in {fig['clean_words']} words = "
          f"{fig['clean_fp_per_1000_words']} per 1,000 words")
    print("per rule:            raw  on-annotation  clean")
    for code, c in fig["per_rule"].items():
        print(f"  {code:16s} {c.get('raw', 0):5d} {c.get('on annotation', 0):12d} {c.get('clean', 0):6d}")
    if details:
        print("\nmissed (reachable):")
        for doc, kind, quote in fig["missed"]:
            print(f"  {doc} {kind:12s} {quote[:90]!r}")
        print("\nfindings on no annotation:")
        for doc, line, col, code, text in fig["unmatched"]:
            print(f"  {doc}:{line}:{col} {code} {text[:80]!r}")
        print("\nfindings on clean text:")
        for doc, line, col, code, text in fig["clean_list"]:
            print(f"  clean/{doc}:{line}:{col} {code} {text[:80]!r}")


if __name__ == "__main__":
    main()
