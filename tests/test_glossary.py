"""The glossary: validation names file and line for each defect; loading, overriding, lookups."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from toolkit.errors import UserError
from toolkit.glossary import bundled_files, load_glossary, validate
from toolkit.glossary.lookup import closest, lookup, scan

GOOD_ENTRY = '''
[[term]]
zh = "条块"
en = "vertical and horizontal lines of authority"
source = "unsourced"
source_kind = "none"
mt = [ { text = "strips and strips", fix = "unsafe", kind = "certain" } ]
'''


def write(tmp_path: Path, name: str, body: str, domain: str | None = None) -> Path:
    path = tmp_path / f"{name}.toml"
    header = f'[domain]\nid = "{domain or name}"\ntitle = "Test"\nrevised = "2026-01-01"\n'
    path.write_text(header + body, encoding="utf-8")
    return path


def test_the_bundled_glossary_is_valid_large_and_sourced():
    files = bundled_files()
    assert validate(files) == []
    glossary = load_glossary()
    assert len(glossary.terms) >= 1500
    assert len({t.domain for t in glossary.terms}) >= 12
    # Breadth (issue #19) brought in terms no source attests; each says so and why, and the sourced
    # ones rest mostly on official, academic, term-bank or dictionary sources.
    unsourced = [t for t in glossary.terms if not t.sourced]
    assert all(t.source_kind == "none" and t.source.startswith("unsourced (") for t in unsourced)
    sourced = [t for t in glossary.terms if t.sourced]
    assert len(sourced) >= 700
    assert sum(t.source_kind in ("official", "academic", "term-bank", "dictionary") for t in sourced) / len(sourced) >= 0.75
    assert all(t.mt or t.no_mt.strip() for t in glossary.terms)


DEFECTS = {
    "duplicate zh": (GOOD_ENTRY + GOOD_ENTRY.replace("strips and strips", "bars and bars"), 13, "duplicate zh '条块'"),
    "mt mapped to two canonicals": (GOOD_ENTRY + GOOD_ENTRY.replace("条块", "块块").replace("vertical and", "other"), 13,
                                    "maps to"),
    "mt that is an accepted form": (GOOD_ENTRY + GOOD_ENTRY.replace("条块", "块块").replace(
        "strips and strips", "vertical and horizontal lines of authority"), 13, "is the canonical or accepted form"),
    "empty en": (GOOD_ENTRY.replace('en = "vertical and horizontal lines of authority"', 'en = ""'), 8, "empty or missing en"),
    "zh not Chinese": (GOOD_ENTRY.replace('zh = "条块"', 'zh = "tiaokuai"'), 7, "is not Chinese"),
    "TOML error": (GOOD_ENTRY + "\n[[term]\nzh = 1\n", 13, "TOML error"),
    "unknown field": (GOOD_ENTRY.replace('source =', 'colour = "red"\nsource ='), 9, "unknown field(s): colour"),
    "missing zh": (GOOD_ENTRY.replace('zh = "条块"\n', ''), 6, "entry has no zh"),
    "no mt and no note": (GOOD_ENTRY.replace('mt = [ { text = "strips and strips", fix = "unsafe", kind = "certain" } ]', ''), 6,
                          "neither mt renderings nor a no_mt note"),
    "bad fix": (GOOD_ENTRY.replace('"unsafe"', '"always"'), 11, "must be safe, unsafe or suggest"),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_each_defect_is_reported_with_file_and_line(tmp_path, zhen, defect):
    body, line, message = DEFECTS[defect]
    path = write(tmp_path, "test-domain", body)
    problems = validate([path])
    assert any(p.line == line and message in p.message for p in problems), [str(p) for p in problems]
    result = zhen("glossary", "check", path)
    assert result.exit_code == 1
    assert f"{path}:{line}: " in result.stdout


def test_domain_id_must_match_the_file_name(tmp_path):
    path = write(tmp_path, "one", GOOD_ENTRY, domain="other")
    assert any("must equal the file name" in p.message for p in validate([path]))


def test_a_malformed_user_glossary_is_a_one_line_error_exit_2(tmp_path, zhen, monkeypatch):
    path = write(tmp_path, "mine", GOOD_ENTRY.replace('zh = "条块"', 'zh = "x"'))
    doc = tmp_path / "doc.txt"
    doc.write_text("Combining strips and strips.\n", encoding="utf-8")
    result = zhen("check", "--glossary", path, doc)
    assert result.exit_code == 2
    assert f"{path}:7: zh 'x' is not Chinese" in result.stderr
    missing = zhen("check", "--glossary", tmp_path / "nope.toml", doc)
    assert missing.exit_code == 2 and "glossary file not found" in missing.stderr


def test_user_glossary_overrides_and_extends(tmp_path):
    path = write(tmp_path, "mine", GOOD_ENTRY.replace("vertical and horizontal lines of authority", "tiao-kuai (lines)")
                 .replace("strips and strips", "stripes and stripes") + '''
[[term]]
zh = "新词"
en = "new word"
source = "unsourced"
source_kind = "none"
no_mt = "test entry"
''')
    glossary = load_glossary([path])
    assert [t.en for t in glossary.by_zh["条块"]] == ["tiao-kuai (lines)"]
    assert glossary.by_zh["新词"][0].en == "new word"
    assert "stripes and stripes" in glossary.by_rendering
    assert "strips and strips" not in glossary.by_rendering


def test_oversized_glossary_is_refused(tmp_path):
    path = tmp_path / "huge.toml"
    with open(path, "wb") as handle:
        handle.truncate(1024 ** 3)  # a sparse 1 GB file: refused before it is read
    with pytest.raises(UserError, match="the limit is"):
        load_glossary([path])


@pytest.mark.parametrize(("query", "zh", "kind"), [
    ("條塊", "条块", "traditional"),
    ("条块", "条块", "zh"),
    ("strips and strips", "条块", "mt"),
    ("STRIPS AND STRIPS", "条块", "mt"),
    ("United Front Work Department", "统战部", "en"),
    ("united front work department", "统战部", "en"),
])
def test_lookup(query, zh, kind):
    matches = lookup(load_glossary(), query)
    assert (matches[0].term.zh, matches[0].kind) == (zh, kind)


def test_lookup_suggests_the_closest_entries_when_nothing_matches(zhen):
    assert lookup(load_glossary(), "strip and strip") == []
    assert "条块" in [t.zh for t in closest(load_glossary(), "strip and strip")]
    result = zhen("lookup", "strip and strip")
    assert result.exit_code == 1 and "Closest:" in result.stdout


def test_lookup_cli_json_and_empty_query(zhen):
    data = json.loads(zhen("lookup", "--json", "strips and strips").stdout)
    assert data["matches"][0]["zh"] == "条块" and data["matches"][0]["match"] == "mt"
    assert zhen("lookup", "  ").exit_code == 2


def test_the_han_class_holds_the_han_script():
    import regex

    from toolkit.chinese import HAN, has_han

    han = regex.compile(r"\p{Han}")
    missing = [hex(c) for c in range(0x80, sys.maxunicode + 1) if han.match(chr(c)) and not HAN.match(chr(c))]
    assert missing == []
    assert has_han("二〇二四年") and has_han("⼀") and not has_han("Ｏ") and not has_han("abc")


def test_a_term_is_found_by_its_chinese_whatever_han_characters_it_has(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[domain]\nid = "mine"\ntitle = "T"\nrevised = "2026-01-01"\n\n[[term]]\n'
                    'zh = "〇"\nen = "zero"\nsource = "unsourced"\nsource_kind = "none"\nno_mt = "a test entry"\n', encoding="utf-8")
    glossary = load_glossary([path], bundled=False)
    assert [m.term.en for m in lookup(glossary, "〇")] == ["zero"]


def test_scan_keeps_terms_whole():
    text = "以块为主、条块结合的非公有制企业党建工作"
    hits = scan(load_glossary(), text)
    found = {(h.word, h.start) for h in hits}
    assert {("条块结合", 5), ("非公有制企业", 10), ("党建工作", 16)} <= found
    assert ("条块", 5) not in found and ("条", 5) not in found  # inside a longer term: not a hit
    whole = next(h for h in hits if h.word == "条块结合")
    assert [(n.word, n.start) for n in whole.nested] == [("条块", 5)]  # listed under its parent
    for hit in hits:  # no hit lies inside another
        assert not any(o is not hit and o.start <= hit.start and hit.end <= o.end for o in hits)


def test_scan_remembers_the_terms_of_a_word_within_its_bound(monkeypatch):
    from toolkit.glossary import lookup as module

    glossary = load_glossary()
    text = "坚持条块结合，推进条块结合和党建工作。" * 3
    glossary.terms_within.clear()
    first = scan(glossary, text)
    known = glossary.terms_within
    assert known["条块结合"][0][2].zh == "条块结合" and scan(glossary, text) == first
    glossary.terms_within.clear()
    monkeypatch.setattr(module, "_KNOWN_WORDS", 2)  # forgets all but the last words it met
    assert scan(glossary, text) == first and len(glossary.terms_within) <= 2


def test_scan_leaves_jieba_out_of_a_text_that_holds_no_glossary_form(monkeypatch):
    from toolkit.glossary import lookup as module

    glossary = load_glossary()
    with_term = scan(glossary, "我们要坚持条块结合。")
    segmented = []
    real_segment = module.segment
    monkeypatch.setattr(module, "segment", lambda text, g: segmented.append(text) or real_segment(text, g))
    assert scan(glossary, "今天天气很好，我们去公园散步。") == [] and segmented == []
    assert scan(glossary, "我们要坚持条块结合。") == with_term and segmented == ["我们要坚持条块结合。"]


def test_checking_english_imports_neither_jieba_nor_opencc(tmp_path):
    import subprocess

    doc = tmp_path / "doc.txt"
    doc.write_text("Combining strips and strips is my country's way.\n", encoding="utf-8")
    code = ("import sys; from toolkit.cli import main\n"
            "try:\n    main(['check', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print('jieba' in sys.modules, 'opencc' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"


def test_the_disk_cache_is_used_keeps_few_entries_and_never_loads_another_shape(tmp_path, monkeypatch):
    from toolkit.glossary import store as module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ZHEN_NO_CACHE", raising=False)
    monkeypatch.setattr(module, "CACHE_KEEP", 3)
    folder = tmp_path / "cache" / "zhen"
    digests = []
    for n in range(5):  # five edits of one user glossary: five digests, three cached files left
        path = write(tmp_path, "mine", f'[[term]]\nzh = "新词"\nen = "word {n}"\nsource = "unsourced"\nsource_kind = "none"\nno_mt = "test"\n')
        module._CACHE.clear()
        digests.append(module.load_glossary([path], bundled=False).digest)
    assert len(set(digests)) == 5
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"glossary-{d}.pickle" for d in digests[-3:])
    # Loaded again in a new process (no in-memory cache): from the disk cache.
    module._CACHE.clear()
    class Parsed(Exception):
        pass

    def parse_file(*args):
        raise Parsed

    monkeypatch.setattr(module, "parse_file", parse_file)
    assert module.load_glossary([path], bundled=False).by_zh["新词"][0].en == "word 4"
    # Pickled classes of another shape give another digest, so that cache is never read.
    module._CACHE.clear()
    monkeypatch.setattr(module, "_CACHE_SCHEMA", module._CACHE_SCHEMA + "changed")
    with pytest.raises(Parsed):
        module.load_glossary([path], bundled=False)


def test_a_variant_is_never_presented_as_the_term_itself():
    glossary = load_glossary()
    term = next(t for t in glossary.terms if t.variants and t.variants[0] not in {u.zh for u in glossary.terms})
    matches = lookup(glossary, term.variants[0])
    assert [(m.term, m.kind) for m in matches][:1] == [(term, "variant")]
    assert all(m.kind == "zh" for m in lookup(glossary, term.zh) if m.term == term)
