"""Append new glossary entries from the shared research (issue #19, breadth), skipping every Chinese
form the glossary already holds, so a second run adds nothing.

Sources, in order (an earlier source wins for a term):
1. `../shared/reference/terms-new.tsv`: current policy vocabulary with official English where found,
   source kind and URL (state-media counts as official; foreign media and encyclopedias as
   bilingual-site; `none` rows become `unsourced (...)` with the research note);
2. `../shared/reference/terms-research.tsv`: the research rows the first conversion left out
   (mostly unsourced ones; the kind of a sourced row comes from benchmarks/source_kinds.py);
3. `benchmarks/everyday_calques.tsv`: everyday calques of company, school, health, tourism and
   software-documentation writing, each unsourced (a best rendering, not an attested one) unless
   its row names a source; a rendering marked "!" is `certain` (word salad no native writer
   produces), the others `ambiguous` (plain words a native writer may put together);
4. the calques of `../shared/corpus/dev/annotations.jsonl` that have a `zh` of 2 to 8 Han
   characters and an editor's rendering of at most 8 words: the canonical is the editor's `fix`
   (source kind `none`: the annotation is evidence that the rendering is MT, not of the canonical),
   the MT rendering is the annotated quote when it is short (at most 6 words), else `no_mt` says
   the corpus shows it only in context.

Renderings are kept only if they are phrases (two words or more), are nobody's canonical or
accepted English and map to no other canonical; qualifiers such as "(predicted)" are dropped. Each
gets `kind = "certain"`, or `ambiguous` when it comes from an annotation (one observed sentence
does not show a phrase never occurs in native English) or when the native reference list finds it;
`python benchmarks/glossary_import.py --kinds` applies the list after it is regenerated.

    python benchmarks/glossary_import.py && python benchmarks/native_reference.py \
        && python benchmarks/glossary_import.py --kinds && zhen glossary check
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from source_kinds import attest_kind, source_kind  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
GLOSSARY = ROOT / "glossary"
EVERYDAY = ROOT / "benchmarks" / "everyday_calques.tsv"
HAN = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff〇]+$")

RESEARCH_DOMAINS = {
    "economy_development": "economy-development", "economy_ownership": "economy-development",
    "education": "social-policy", "health": "social-policy", "environment": "social-policy",
    "grassroots_governance": "grassroots-governance", "law_discipline": "law-discipline",
    "morpheme_calque": "mt-calques", "mt_calque_general": "mt-calques", "party_building": "party-building",
    "propaganda_ideology": "propaganda-ideology", "slogans_set_phrases": "slogans",
    "state_government": "state-government", "state_organs": "state-government", "united_front": "united-front",
    "business": "everyday", "software": "software-docs",
}
NEW_DOMAINS = {
    "everyday": "Everyday calques of company, school, health, tourism and public-notice writing",
    "software-docs": "Calques of software documentation, product manuals and app legal texts",
}


# Annotated calques whose editor's rendering belongs to its sentence, not to the term (期间 "During the
# visit, they toured the production site", 同时 "In addition"): as entries they would make lookups and scans
# answer with a sentence. Reviewed by hand and left out.
CONTEXTUAL = set("""
    项目下设课题 干部教师 莅临指导 期间 全程陪同 形成产业集聚效应 为什么这么说呢 两项招生工作 二是 三是 好玩的景点 奇树 相对 视角下 雨水特别大 进入良性状态 放眼津沽 根本遵循
    答卷 在会上 重修志 品文化 记者从水利部获悉 市民 断流 挖掘 本项目代码 二次开发 已兼容 内核 自测与改进 高度重视 账号 为便于您综合判断 业务执行 耦合 核心化 原生系统 广播
    工作原理 对外 接入 功能接口 界面交互部分 稳定正常 无法生效 网友 正常 只不过是 小白 此时 截取 组件 比较规范 进行修复 设置参数 实现 有利于延长 等领域 采用 反馈 从而实现
    同时 提供了强大的支持 快速接入 继承 打通 统一采用 组织结构关系 授权 欢迎使用 保留 适用性 重构调用方法功能 使编写的代码生效 类型参数传入
""".split())


def genre_domain(genre: str) -> str:
    """The glossary domain for a corpus document's genre (sources.tsv)."""
    if genre.startswith("software-docs"):
        return "software-docs"
    for prefix, domain in (("party", "party-building"), ("township-party", "party-building"),
                           ("rural", "grassroots-governance"), ("law", "law-discipline"),
                           ("environment", "social-policy"), ("city-government", "state-government"),
                           ("science-technology", "economy-development"), ("culture-party", "propaganda-ideology")):
        if genre.startswith(prefix):
            return domain
    return "everyday"  # company news, school notices, health, tourism, culture


def existing() -> tuple[set[str], set[str], dict[str, str]]:
    """Chinese forms, accepted English (lower-cased) and renderings (-> canonical) of the glossary."""
    zh, english, renderings = set(), set(), {}
    for path in sorted(GLOSSARY.glob("*.toml")):
        for term in tomllib.loads(path.read_text(encoding="utf-8")).get("term", []):
            zh.update([term["zh"], *term.get("variants", [])])
            english.update(f.lower() for f in (term["en"], *term.get("also", [])))
            for r in term.get("mt", []):
                renderings[r["text"].lower()] = term["en"]
    return zh, english, renderings


def split_en(text: str) -> tuple[str, str]:
    """A canonical without its parenthetical qualifiers, and the qualified form for the note."""
    text = text.strip().strip('"').strip()
    bare = re.sub(r"\s*[(（][^)）]*[)）]", "", text).strip(" ;,")
    return bare, (text if bare != text else "")


def phrases(cell: str, keep_qualified: bool) -> list[str]:
    out = []
    for item in re.split(r";\s*", cell or ""):
        item = item.strip()
        if not item:
            continue
        qualifier = re.search(r"\(([^)]*)\)\s*$", item)
        if qualifier:
            if not keep_qualified and not re.match(r"predicted|attested", qualifier.group(1)):
                continue  # "(acceptable)", "(physics)": not an artifact
            item = item[:qualifier.start()].strip()
        if "(" in item or ")" in item or len(item.split()) < 2:
            continue
        out.append(" ".join(item.split()))
    return out


class Builder:
    def __init__(self) -> None:
        self.zh, self.english, self.renderings = existing()
        self.entries: dict[str, list[dict]] = {}

    def add(self, domain: str, zh: str, en: str, *, also=(), note="", source="", kind="none", mt=(),
            mt_kind="certain", fix="unsafe", variants=(), no_mt="", pos=None) -> bool:
        zh = zh.strip()
        if not HAN.match(zh) or len(zh) < 2 or zh in self.zh:
            return False
        first, *others = [p.strip() for p in re.split(r";|\s/\s", en) if p.strip()] or [""]
        also = [*others, *also]  # "a; b": the first form is the canonical, the others accepted
        en, qualified = split_en(first)
        if not en:
            return False
        if qualified:
            note = f"Canonical rendering in context: {qualified}" + (f". {note}" if note else "")
        accepted = {en.lower()}
        also = [a for a in dict.fromkeys(split_en(a)[0] for a in also) if a and a.lower() != en.lower()]
        accepted |= {a.lower() for a in also}
        renderings = []
        for text in mt:
            text, kind_of = (text if isinstance(text, tuple) else (text, mt_kind))
            key = text.lower()
            if key in accepted or key in self.english or key in self.renderings or key in {r.lower() for r, _ in renderings}:
                continue
            renderings.append((text, kind_of))
        variants = [v for v in variants if HAN.match(v) and v != zh and v not in self.zh and set(v) & set(zh)]
        if not renderings and not no_mt:
            no_mt = "no MT rendering is known yet"
        if kind == "none" and not source.lower().startswith("unsourced"):
            source = f"unsourced ({source})" if source else "unsourced"
        entry = {"zh": zh, "en": en, "also": also, "pos": pos or ("slogan" if domain == "slogans" else
                 "phrase" if domain in ("mt-calques", "everyday", "software-docs") else "noun"),
                 "variants": variants, "note": note.strip(), "source": source, "source_kind": kind,
                 "mt": [(t, k, fix) for t, k in renderings], "no_mt": no_mt if not renderings else ""}
        self.entries.setdefault(domain, []).append(entry)
        self.zh.update([zh, *variants])
        self.english |= accepted
        for text, _ in renderings:
            self.renderings[text.lower()] = en
        return True

    def write(self) -> dict[str, int]:
        counts = {}
        for domain, entries in self.entries.items():
            path = GLOSSARY / f"{domain}.toml"
            text = path.read_text(encoding="utf-8") if path.exists() else (
                f"# zhen glossary: {NEW_DOMAINS[domain]}.\n# Schema and curation policy: glossary/README.md.\n\n"
                f'[domain]\nid = "{domain}"\ntitle = "{NEW_DOMAINS[domain]}"\nrevised = "2026-12-03"\n')
            text = text.rstrip("\n") + "\n" + "".join(render(e) for e in entries)
            path.write_text(text, encoding="utf-8")
            counts[domain] = len(entries)
        return counts


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _prc_traditional(zh: str) -> str:
    """The PRC traditional form (OpenCC s2tw, characters only) where s2t or s2twp would give
    another (a variant glyph, Taiwan phrasing), so the exports never fall back on them
    (tests/test_glossary_hant.py); "" where all three agree."""
    from toolkit.chinese import to_traditional

    s2tw = to_traditional(zh, "s2tw")
    return s2tw if to_traditional(zh, "s2t") != s2tw or to_traditional(zh, "s2twp") != s2tw else ""


def render(e: dict) -> str:
    lines = ["", "[[term]]", f"zh = {q(e['zh'])}", f"en = {q(e['en'])}"]
    if e["also"]:
        lines.append(f"also = {json.dumps(e['also'], ensure_ascii=False)}")
    lines.append(f"pos = {q(e['pos'])}")
    if e["variants"]:
        lines.append(f"variants = {json.dumps(e['variants'], ensure_ascii=False)}")
    if e["note"]:
        lines.append(f"note = {q(e['note'])}")
    hant = _prc_traditional(e["zh"])
    if hant:
        lines.append(f"zh_hant = {q(hant)}")
    lines += [f"source = {q(e['source'])}", f"source_kind = {q(e['source_kind'])}"]
    if e["mt"]:
        lines.append("mt = [")
        lines += [f"  {{ text = {q(t)}, fix = {q(f)}, kind = {q(k)} }}," for t, k, f in e["mt"]]
        lines.append("]")
    else:
        lines.append(f"no_mt = {q(e['no_mt'])}")
    return "\n".join(lines) + "\n"


def from_terms_new(b: Builder) -> int:
    n = 0
    with open(REFERENCE / "terms-new.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            forms = [f for f in re.split(r"[、，,/ ]+", row["zh"]) if f]
            zh = row["zh"].replace("、", "").replace("，", "")
            kind = {"media": "bilingual-site"}.get(row["source_kind"], attest_kind(row["source_kind"]))
            url, quote, note = row["source_url"].strip(), row["quote"].strip(), row["note"].strip()
            if kind == "none" or not url:
                kind, source = "none", f"unsourced (research: {note or 'no authoritative English found'})"
            else:
                source = f"{url} ({row['source_kind']}: '{quote[:160]}')" if quote else url
            n += b.add(row["domain"] if row["domain"] in NEW_DOMAINS or (GLOSSARY / f"{row['domain']}.toml").exists()
                       else RESEARCH_DOMAINS.get(row["domain"], "everyday"), zh, row["en_official"],
                       also=[a.strip() for a in row["also"].split(";")], note=note if kind != "none" else "",
                       source=source, kind=kind, mt=phrases(row["mt_renderings"], True),
                       variants=[f for f in forms if f != zh and len(f) > 1] if len(forms) > 1 else [])
    return n


def from_research(b: Builder) -> int:
    n = 0
    with open(REFERENCE / "terms-research.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            parts = [p.strip() for p in re.split(r"\s*/\s*|[（(]", row["zh"]) if p.strip()]
            parts = [p.rstrip("）)") for p in parts]
            if not parts:
                continue
            source = row["source"].strip()
            kind = source_kind(source) if source else "none"
            if kind == "none":
                source = "unsourced (research row without a source" + (f": {source}" if source else "") + ")"
            n += b.add(RESEARCH_DOMAINS.get(row["domain"], "mt-calques"), parts[0], row["en_canonical"],
                       also=[a for a in row["en_ok_alternatives"].split(";")], note=row["note"].strip(),
                       source=source, kind=kind, mt=phrases(row["mt_bad_variants"], False), variants=parts[1:])
    return n


def from_everyday(b: Builder) -> int:
    n = 0
    if not EVERYDAY.exists():
        return 0
    with open(EVERYDAY, encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            source = (row.get("source") or "").strip()
            kind = source_kind(source) if source else "none"
            if kind == "none":
                source = f"unsourced (everyday calque: a best rendering, not an attested one; {row['why'].strip()})"
            n += b.add(row["domain"].strip(), row["zh"], row["en"], also=[a for a in row["also"].split(";") if a.strip()],
                       source=source, kind=kind, note=row.get("note", "").strip(),
                       mt=[(t[1:], "certain") if t.startswith("!") else (t, "ambiguous") for t in phrases(row["mt"], True)],
                       fix="suggest" if row.get("fix", "").strip() == "suggest" else "unsafe")
    return n


def from_annotations(b: Builder) -> int:
    genres = {}
    with open(CORPUS / "sources.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            genres[row["id"]] = row["domain"]
    n = 0
    for line in open(CORPUS / "annotations.jsonl", encoding="utf-8"):
        a = json.loads(line)
        zh, fix, quote = a.get("zh", ""), a.get("fix", "").strip(), a.get("quote", "").strip()
        if a.get("type") != "calque" or not HAN.match(zh or "-") or not 2 <= len(zh) <= 8 or zh in CONTEXTUAL:
            continue
        fix = fix.strip(" .,;:")
        if not fix or len(fix.split()) > 8 or re.search(r"\d", fix):
            continue
        short = len(quote.split()) <= 6 and not re.search(r"[\d\\*#\[\]]", quote) and quote.lower() != fix.lower()
        source = (f"unsourced (MT evidence only: development corpus doc {a['doc']} renders it '{quote[:100]}'; "
                  f"the canonical is the corpus editor's rendering)")
        n += b.add(genre_domain(genres.get(a["doc"], "")), zh, fix, note=a.get("note", "").strip(), source=source,
                   mt=[" ".join(quote.strip(" .,;:").split())] if short and len(quote.split()) >= 2 else [],
                   mt_kind="ambiguous", fix="suggest",
                   no_mt="" if short else f"the development corpus shows it only in context: '{quote[:120]}'")
    return n


def apply_kinds() -> int:
    """Make ambiguous every certain rendering the regenerated native reference list finds."""
    from toolkit.glossary.checks import read_native_reference
    from toolkit.glossary.store import NATIVE_REFERENCE

    counts = read_native_reference(GLOSSARY / NATIVE_REFERENCE)
    changed = 0
    pattern = re.compile(r'\{ text = ("(?:[^"\\]|\\.)*"), fix = ("[a-z]+"), kind = "certain" \}')
    for path in sorted(GLOSSARY.glob("*.toml")):
        text = path.read_text(encoding="utf-8")

        def repl(m: re.Match) -> str:
            nonlocal changed
            if counts.get(json.loads(m.group(1)).lower(), 0) > 0:
                changed += 1
                return m.group(0).replace('kind = "certain"', 'kind = "ambiguous"')
            return m.group(0)

        path.write_text(pattern.sub(repl, text), encoding="utf-8")
    return changed


def main() -> None:
    if "--kinds" in sys.argv:
        print(f"{apply_kinds()} renderings found in native English made ambiguous")
        return
    b = Builder()
    counts = {"terms-new": from_terms_new(b), "research": from_research(b), "everyday": from_everyday(b),
              "annotations": from_annotations(b)}
    written = b.write()
    print(f"added {sum(counts.values())} entries: {counts}; by domain: {written}")


if __name__ == "__main__":
    main()
