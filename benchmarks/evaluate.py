"""Measure zhen's rules on an annotated corpus (layout of ../shared/corpus/dev, see its README).

    python benchmarks/evaluate.py [CORPUS_DIR] [--details] [--json OUT] [--select CODES] [--ignore CODES]
    python benchmarks/evaluate.py --native [--details]   # findings per 1,000 words of native prose

Scoring, as the corpus README defines it:
- an annotation is *found* when a finding's span overlaps an occurrence of its quote and is not
  much wider than it (at most max(2 x quote length, quote length + 30) characters); every
  occurrence of a quote stands for the same annotation;
- findings that start in the cut-off final word of an excerpt are ignored;
- precision is the share of findings on raw texts that find an annotation in that sense;
- false positives are findings per 1,000 words on clean/, not counting findings on a
  clean_known_issues.jsonl spot whose kind starts with "scrape-".
- figures are printed per genre (the `domain` column of sources.tsv: web pages, and software
  documentation, whose domain starts with "software-docs") and overall;
- fixes: `zhen fix` (and `zhen fix --unsafe-fixes`) runs on a copy of every text; the original and
  the fixed text are aligned character by character, and every annotation occurrence an edit
  touches is *agreed* when its fixed text equals the annotation's `fix` (whitespace collapsed).
  Edits that touch no annotation are *stray* (per 1,000 words; on clean/ every edit is stray
  unless on a scrape-* spot). A second line scores the annotations that share one edit together
  (see _grouped_verdicts): difflib merges neighbouring edits, so one by one a block of furniture
  deleted at once disagrees with every line's annotation although the text left is the editor's.
`--native` runs the default rules on the native English prose of benchmarks/native.py (1.2 M words
of Debian documentation) and the corpus's clean texts, and prints findings per 1,000 words per rule.
zhen runs as a subprocess (`python -m toolkit check --format json`), so this measures the CLI a
user runs. Exit 0 after printing; 2 when the corpus or zhen fails.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from difflib import SequenceMatcher
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
REACHABLE = ("calque", "punctuation", "break", "duplicate", "boilerplate", "markup", "citation")
MECHANICAL = ("punctuation", "break", "duplicate", "boilerplate", "markup", "citation")
EXTENSIONS = (".txt", ".md")


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
    raw = {p.stem: p.read_text(encoding="utf-8") for p in _texts(corpus / "raw")}
    clean = {p.stem: p.read_text(encoding="utf-8") for p in _texts(corpus / "clean")}
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


def _texts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in EXTENSIONS)


def genres(corpus: Path) -> dict[str, str]:
    """Document id -> genre: "docs" for software documentation, "web" for web pages."""
    out = {}
    path = corpus / "sources.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 4:
                out[cells[0]] = "docs" if cells[3].startswith("software-docs") else "web"
    return out


def score(raw: dict[str, str], annotations: list[Annotation], clean: dict[str, str], known: list[dict],
          findings: dict[str, list[dict]], genre: dict[str, str] | None = None) -> dict:
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
    # In how many documents a rule is right: a rule right in one document only may have learned
    # that document rather than its class (a hint for review, not a verdict).
    for code, docs in _documents_by_rule(on_annotation).items():
        rules[code]["documents"] = len(docs)
    for doc, f in clean_findings:
        rules[f["code"]]["clean"] += 1
    genre = genre or {}
    by_genre = {}
    for g in sorted({genre.get(d, "web") for d in raw}):
        docs = {d for d in raw if genre.get(d, "web") == g}
        mine = [a for a in annotations if a.doc in docs]
        mech = [a for a in mine if a.type in MECHANICAL]
        calq = [a for a in mine if a.type == "calque"]
        fs = [(d, f) for d, f in raw_findings if d in docs]
        on = [(d, f) for d, f in on_annotation if d in docs]
        by_genre[g] = {
            "documents": len(docs),
            "recall_mechanical": _ratio(sum(a in found for a in mech), len(mech)),
            "mechanical": (sum(a in found for a in mech), len(mech)),
            "recall_calque": _ratio(sum(a in found for a in calq), len(calq)),
            "calque": (sum(a in found for a in calq), len(calq)),
            "precision": _ratio(len(on), len(fs)),
            "findings": len(fs),
        }
    mech = [a for a in annotations if a.type in MECHANICAL]
    return {
        "by_genre": by_genre,
        "recall_mechanical": _ratio(sum(a in found for a in mech), len(mech)),
        "recall_calque": _ratio(sum(a in found for a in annotations if a.type == "calque"),
                                sum(a.type == "calque" for a in annotations)),
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


def _documents_by_rule(pairs: list[tuple[str, dict]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for doc, f in pairs:
        found[f["code"]].add(doc)
    return found


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


def run_fix(command: list[str], texts: dict[str, str], extra: list[str], unsafe: bool) -> dict[str, str]:
    """The text of each document after `zhen fix` (run on copies in a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for key, text in texts.items():
            path = Path(tmp) / key
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            paths[key] = path
        result = subprocess.run([*command, "fix", "--isolated", "--exit-zero", *(["--unsafe-fixes"] if unsafe else []),
                                 *extra, *map(str, paths.values())], capture_output=True, text=True, cwd=ROOT)
        if result.returncode != 0:
            print(f"error: zhen fix failed ({result.returncode}): {result.stderr.strip()[-2000:]}", file=sys.stderr)
            sys.exit(2)
        return {key: path.read_text(encoding="utf-8") for key, path in paths.items()}


def _changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in
            SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if tag != "equal"]


def _touches(change: tuple[int, int, int, int], start: int, end: int) -> bool:
    i1, i2 = change[0], change[1]
    return (start <= i1 <= end) if i1 == i2 else (i1 < end and start < i2)


def _mapped(changes: list[tuple[int, int, int, int]], pos: int) -> int:
    """Where original offset `pos` (outside any change, or at a change's edge) is in the new text."""
    shift = 0
    for i1, i2, j1, j2 in changes:
        if i1 >= pos and not (i1 == i2 == pos):
            break
        if i2 <= pos:
            shift = j2 - i2
        else:
            return j2  # inside a change: its end
    return pos + shift


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _grouped_verdicts(text: str, fixed: str, changes: list, mine: list[Annotation], fix_of: dict) -> dict:
    """Agreement when the annotations that share an edit are scored together (a second view).

    difflib merges adjacent edits into one, so a block of furniture lines deleted at once, or
    "1980 s,the" fixed in one place, touches several annotations; scored one by one, each sees
    its neighbours' edits as a disagreement although the text left is the editor's. Here the
    occurrences that share an edit form one group; its original range, with every member's `fix`
    applied (an occurrence inside a wider member gives way to it), is compared with the fixed text;
    an annotation also agrees when its own comparison does. Returns {annotation index: group
    agreed?} for the annotations an edit touches."""
    occ = [(i, s, e, [k for k, c in enumerate(changes) if _touches(c, s, e)])
           for i, a in enumerate(mine) for s, e in a.spans]
    occ = [o for o in occ if o[3]]
    parent = list(range(len(occ)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    owner: dict[int, int] = {}
    for n, (_, _, _, ks) in enumerate(occ):
        for k in ks:
            parent[root(n)] = root(owner.setdefault(k, n))
    groups = defaultdict(list)
    for n in range(len(occ)):
        groups[root(n)].append(occ[n])
    verdict: dict[int, bool] = {}
    for members in groups.values():
        touched = [changes[k] for m in members for k in m[3]]
        low = min(min(m[1] for m in members), *(c[0] for c in touched))
        high = max(max(m[2] for m in members), *(c[1] for c in touched))
        chosen: list[tuple[int, int, int]] = []
        for i, s, e, _ in sorted(members, key=lambda m: m[1] - m[2]):
            if not any(s < ce and cs < e for _, cs, ce in chosen):
                chosen.append((i, s, e))
        want, at = [], low
        for i, s, e in sorted(chosen, key=lambda m: m[1]):
            want += [text[at:s], fix_of[(mine[i].doc, mine[i].quote, mine[i].type)]]
            at = e
        want.append(text[at:high])
        ok = _collapsed(fixed[_mapped(changes, low):_mapped(changes, high)]) == _collapsed("".join(want))
        for m in members:
            verdict[m[0]] = verdict.get(m[0], True) and ok
    return verdict


def score_fixes(raw: dict[str, str], fixed: dict[str, str], annotations: list[Annotation], fix_of: dict,
                clean: dict[str, str], clean_fixed: dict[str, str], known: list[dict],
                genre: dict[str, str]) -> dict:
    """Fix agreement and stray edits, per genre and overall (see the module's docstring)."""
    per = defaultdict(Counter)
    agreed_list, disagreed_list, stray_list = [], [], []
    for doc, text in raw.items():
        g = genre.get(doc, "web")
        changes = _changes(text, fixed[doc])
        mine = [a for a in annotations if a.doc == doc]
        used = set()
        for a in mine:
            verdicts = []
            for start, end in a.spans:
                touching = [c for c in changes if _touches(c, start, end)]
                if not touching:
                    continue
                used.update(touching)
                low, high = min(start, *(c[0] for c in touching)), max(end, *(c[1] for c in touching))
                got = fixed[doc][_mapped(changes, low):_mapped(changes, high)]
                want = text[low:start] + fix_of[(a.doc, a.quote, a.type)] + text[end:high]
                verdicts.append(_collapsed(got) == _collapsed(want))
                if not verdicts[-1]:
                    disagreed_list.append((doc, a.type, text[low:high], got, want))
            if verdicts:
                per[g]["changed"] += 1
                per[g]["agreed"] += all(verdicts)
                if all(verdicts):
                    agreed_list.append((doc, a.type, a.quote))
        for i, agreed in _grouped_verdicts(text, fixed[doc], changes, mine, fix_of).items():
            per[g]["grouped_changed"] += 1
            per[g]["grouped_agreed"] += agreed or (doc, mine[i].type, mine[i].quote) in agreed_list
        stray = [c for c in changes if c not in used]
        per[g]["stray"] += len(stray)
        per[g]["words"] += len(text.split())
        stray_list += [(doc, text[max(0, c[0] - 20):c[1] + 20], fixed[doc][max(0, c[2] - 20):c[3] + 20]) for c in stray]
    clean_stray = 0
    for doc, text in clean.items():
        scrape = [s for k in known if k.get("doc") == doc and k.get("kind", "").startswith("scrape-")
                  for s in occurrences(text, k["quote"])]
        for c in _changes(text, clean_fixed[f"clean/{doc}"]):
            if not any(_touches(c, s, e) for s, e in scrape):
                clean_stray += 1
                stray_list.append((f"clean/{doc}", text[max(0, c[0] - 20):c[1] + 20], ""))
    total = sum(per.values(), Counter())
    clean_words = sum(len(t.split()) for t in clean.values())

    def figures(c: Counter) -> dict:
        return {"changed": c["changed"], "agreed": c["agreed"], "agreement": _ratio(c["agreed"], c["changed"]),
                "grouped_agreement": _ratio(c["grouped_agreed"], c["grouped_changed"]),
                "stray": c["stray"], "stray_per_1000_words": round(1000 * c["stray"] / c["words"], 2) if c["words"] else None}

    return {"by_genre": {g: figures(c) for g, c in sorted(per.items())}, "overall": figures(total),
            "clean_stray": clean_stray,
            "clean_stray_per_1000_words": round(1000 * clean_stray / clean_words, 2) if clean_words else None,
            "disagreed": disagreed_list, "stray_list": stray_list}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--zhen", default=f"{shlex.quote(sys.executable)} -m toolkit", help="command that runs zhen")
    parser.add_argument("--select"), parser.add_argument("--ignore")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--details", action="store_true", help="list missed annotations and unmatched findings")
    parser.add_argument("--native", action="store_true",
                        help="findings per 1,000 words per rule on native English prose (benchmarks/native.py) "
                             "and the corpus's clean texts")
    parser.add_argument("--no-fix", action="store_true", help="do not score fixes")
    args = parser.parse_args()
    if not (args.corpus / "raw").is_dir() or not (args.corpus / "annotations.jsonl").is_file():
        sys.exit(f"error: {args.corpus} is not an annotated corpus (raw/ and annotations.jsonl)")
    raw, annotations, clean, known = load_corpus(args.corpus)
    extra = [*(["--select", args.select] if args.select else []), *(["--ignore", args.ignore] if args.ignore else [])]
    if args.native:
        native(clean, extra, args.details, args.json)
        return
    findings: dict[str, list[dict]] = defaultdict(list)
    paths = [p for p in _texts(args.corpus / "raw")] + [p for p in _texts(args.corpus / "clean")]
    for f in run_zhen(shlex.split(args.zhen), paths, extra):
        path = Path(f["path"])
        findings[path.stem if path.parent.name == "raw" else f"clean/{path.stem}"].append(f)
    genre = genres(args.corpus)
    figures = score(raw, annotations, clean, known, findings, genre)
    if not args.no_fix:
        fix_of = {}
        for line in (args.corpus / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                fix_of[(item["doc"], item["quote"], item["type"])] = item.get("fix", "")
        names = {p.stem: p.name for p in _texts(args.corpus / "raw")}
        clean_names = {p.stem: p.name for p in _texts(args.corpus / "clean")}
        inputs = {f"raw/{names[d]}": t for d, t in raw.items()} | {f"clean/{clean_names[d]}": t for d, t in clean.items()}
        for unsafe in (False, True):
            out = run_fix(shlex.split(args.zhen), inputs, extra, unsafe)
            fixed = {d: out[f"raw/{names[d]}"] for d in raw}
            clean_fixed = {f"clean/{d}": out[f"clean/{clean_names[d]}"] for d in clean}
            figures["fix_unsafe" if unsafe else "fix"] = score_fixes(
                raw, fixed, annotations, fix_of, clean, clean_fixed, known, genre)
    report(figures, args.details)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")


def native(clean: dict[str, str], extra: list[str], details: bool, json_out: Path | None) -> None:
    """Findings per 1,000 words per rule on native prose: benchmarks/native.py and clean/."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import native as native_prose  # noqa: E402  (benchmarks/native.py)
    from toolkit.engine import check_text  # noqa: E402
    from toolkit.profile import Profile  # noqa: E402
    from toolkit.registry import select_rules  # noqa: E402

    select = extra[extra.index("--select") + 1] if "--select" in extra else None
    ignore = extra[extra.index("--ignore") + 1] if "--ignore" in extra else None
    rules = [r for r in select_rules()
             if (select is None or any(r.code.startswith(c) for c in select.split(",")))
             and not (ignore and any(r.code.startswith(c) for c in ignore.split(",")))]
    profile = Profile(rules)
    sources = [*native_prose.texts(), *((f"corpus-clean/{d}", t) for d, t in clean.items())]
    counts: Counter = Counter()
    examples = defaultdict(list)
    words = 0
    for name, text in sources:
        words += len(text.split())
        path = "x.md" if name.startswith("corpus-clean/4") else None
        for f in check_text(text, path, profile):
            counts[f.code] += 1
            if len(examples[f.code]) < 40:
                examples[f.code].append((name, text[max(0, f.start - 40):f.end + 40].replace("\n", " ")))
    total = sum(counts.values())
    print(f"native prose: {words:,} words ({len(sources)} texts: benchmarks/native.py and the corpus's clean texts)")
    print("rule     findings  per 1,000 words")
    for code in sorted(counts):
        flag = "  over 0.2" if 1000 * counts[code] / words > 0.2 else ""
        print(f"  {code:6s} {counts[code]:8d}  {1000 * counts[code] / words:8.3f}{flag}")
    print(f"  all    {total:8d}  {1000 * total / words:8.3f}")
    if details:
        for code in sorted(examples):
            print(f"\n{code}:")
            for name, context in examples[code]:
                print(f"  {name}: {context!r}")
    if json_out:
        json_out.write_text(json.dumps({"words": words, "per_rule": dict(counts)}, indent=2), encoding="utf-8")


def report(fig: dict, details: bool) -> None:
    print("per genre:           mechanical        calque            precision")
    for g, v in fig["by_genre"].items():
        print(f"  {g:5s} ({v['documents']:2d} docs)  {v['mechanical'][0]:3d}/{v['mechanical'][1]:<3d} {v['recall_mechanical']!s:6s}"
              f"  {v['calque'][0]:3d}/{v['calque'][1]:<3d} {v['recall_calque']!s:6s}  {v['precision']} of {v['findings']}")
    print(f"  all                {fig['recall_mechanical']!s:18s}  {fig['recall_calque']!s:16s}  {fig['precision']}")
    for key, label in (("fix", "zhen fix"), ("fix_unsafe", "zhen fix --unsafe-fixes")):
        if key in fig:
            fx = fig[key]
            print(f"{label}: " + "; ".join(
                f"{g} agreement {v['agreed']}/{v['changed']} = {v['agreement']}, stray {v['stray']} "
                f"({v['stray_per_1000_words']}/1,000 words)" for g, v in [*fx["by_genre"].items(), ("all", fx["overall"])])
                + f"; clean stray {fx['clean_stray']} ({fx['clean_stray_per_1000_words']}/1,000 words)")
            print(f"  {label}, annotations that share an edit scored together: agreement "
                  + ", ".join(f"{g} {v['grouped_agreement']}" for g, v in [*fx["by_genre"].items(), ("all", fx["overall"])]))
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
    print("per rule:            raw  on-annotation  documents  clean")
    for code, c in fig["per_rule"].items():
        print(f"  {code:16s} {c.get('raw', 0):5d} {c.get('on annotation', 0):12d} {c.get('documents', 0):10d}"
              f" {c.get('clean', 0):6d}")
    if details:
        print("\nmissed (reachable):")
        for doc, kind, quote in fig["missed"]:
            print(f"  {doc} {kind:12s} {quote[:90]!r}")
        print("\nfindings on no annotation:")
        for doc, line, col, code, text in fig["unmatched"]:
            print(f"  {doc}:{line}:{col} {code} {text[:80]!r}")
        for key in ("fix", "fix_unsafe"):
            if key in fig:
                print(f"\n{key}: disagreed (doc, type, original, fixed, wanted):")
                for item in fig[key]["disagreed"]:
                    print("  " + " | ".join(repr(x[:80]) if isinstance(x, str) else str(x) for x in item))
                print(f"\n{key}: stray edits:")
                for item in fig[key]["stray_list"]:
                    print("  " + " | ".join(repr(x[:80]) for x in item))
        print("\nfindings on clean text:")
        for doc, line, col, code, text in fig["clean_list"]:
            print(f"  clean/{doc}:{line}:{col} {code} {text[:80]!r}")


if __name__ == "__main__":
    main()
