"""The kind of a glossary `source`, from its URLs' domains and their descriptions.

A `source` lists one or more sources separated by " | ", each a URL with a short description in
parentheses (or a description alone, such as "CC-CEDICT ..."). The kind of the whole is the
strongest kind among its items (glossary/README.md):

- official: a government, Party or state-media page or document (gov.cn, npc.gov.cn, xinhuanet,
  news.cn, people.cn, chinadaily, qstheory, china.org.cn, CGTN, ecns, CASS, CPPCC, ...);
- academic: a university (.edu, .edu.cn, .ac.uk), a journal or a thesis repository, Peking
  University's law database (lawinfochina, pkulaw);
- term-bank: UNTERM, IATE, the China national term bank (termonline);
- dictionary: CC-CEDICT and other dictionaries (an entry resting on a CC-CEDICT literal gloss
  alone says "unsourced (CC-CEDICT attests only the literal sense ...)" and is `none`);
- mt-evidence: a page of machine translation (evidence of the bad rendering only);
- bilingual-site: everything else: reposts and mirrors (even of official English: a mirror is not
  the original), bilingual study sites, forums, blogs, content farms, encyclopedias.

A source that starts with "unsourced" is `none`, whatever follows it.

    python benchmarks/source_kinds.py        # the kind of each bundled entry, as a table
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

RANK = ("official", "academic", "term-bank", "dictionary", "bilingual-site", "mt-evidence", "none")

OFFICIAL_DOMAINS = (
    "gov.cn", "npc.gov.cn", "xinhuanet.com", "news.cn", "people.cn", "people.com.cn", "chinadaily.com.cn",
    "qstheory.cn", "china.org.cn", "chinagate.cn", "cgtn.com", "ecns.cn", "chinanews.com", "chinanews.com.cn",
    "cssn.cn", "cppcc.gov.cn", "idcpc.org.cn", "idcpc.gov.cn", "ccdi.gov.cn", "court.gov.cn", "spp.gov.cn",
    "fmprc.gov.cn", "mfa.gov.cn", "china.com.cn", "cctv.com", "cntv.cn", "chinatoday.com.cn",
    "beijingreview.com.cn", "globaltimes.cn", "cri.cn", "yunnan.cn", "cpcnews.cn", "12371.cn", "scio.gov.cn",
    "cdurl.cn", "12371.gov.cn", "stats.gov.cn", "pkulaw.cn",
)
ACADEMIC_DOMAINS = ("edu", "edu.cn", "ac.uk", "ac.cn", "lawinfochina.com", "pkulaw.com", "globethesis.com",
                    "sagepub.com", "jstor.org", "springer.com", "tandfonline.com", "cambridge.org",
                    "oup.com", "wiley.com", "doi.org", "cnki.net", "brill.com", "muse.jhu.edu")
TERM_BANKS = ("unterm.un.org", "iate.europa.eu", "termonline.cn", "un.org")
DICTIONARIES = ("mdbg.net", "cc-cedict", "merriam-webster.com", "oxforddictionaries.com", "collinsdictionary.com")
# A description that says the page is not the original, or is machine translation.
REPOST = re.compile(r"\b(mirror|repost|reprint|copy of|quoting|quoted|via a|study site|forum)\b", re.I)
MT = re.compile(r"\bMT evidence\b|machine[- ]translat", re.I)


def _host_in(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def item_kind(item: str) -> str:
    item = item.strip()
    if not item or item.lower().startswith("unsourced"):
        return "none"
    if MT.search(item):
        return "mt-evidence"
    match = re.search(r"https?://[^\s)|]+", item)
    description = item.replace(match.group(0), "") if match else item
    if not match:
        if "CC-CEDICT" in item or "dictionary" in item.lower():
            return "dictionary"
        return "bilingual-site"
    host = (urlsplit(match.group(0)).hostname or "").rstrip(".").lower()
    if _host_in(host, DICTIONARIES):
        return "dictionary"
    if _host_in(host, TERM_BANKS):
        return "term-bank"
    if REPOST.search(description):
        return "bilingual-site"
    if _host_in(host, OFFICIAL_DOMAINS):
        return "official"
    if _host_in(host, ACADEMIC_DOMAINS):
        return "academic"
    return "bilingual-site"


def source_kind(source: str) -> str:
    """The strongest kind among the items of a `source` string."""
    if source.strip().lower().startswith("unsourced"):
        return "none"
    kinds = [item_kind(item) for item in split(source)]
    return min(kinds, key=RANK.index) if kinds else "none"


def split(source: str) -> list[str]:
    """The items of a source: ' | ' separates them (a '|' inside a URL does not)."""
    return [s for s in re.split(r"\s+\|\s+", source) if s.strip()]


def attest_kind(kind: str) -> str:
    """A kind of the shared attestation files, in the glossary's vocabulary."""
    return {"state-media": "official", "encyclopedia": "bilingual-site", "": "none"}.get(kind, kind)


if __name__ == "__main__":
    import sys
    import tomllib
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from toolkit.glossary import bundled_files

    tally: Counter = Counter()
    for path in bundled_files():
        for term in tomllib.loads(path.read_text(encoding="utf-8")).get("term", []):
            kind = source_kind(term.get("source", "unsourced"))
            tally[kind] += 1
            print(f"{kind}\t{term['zh']}\t{term.get('source', '')[:150]}")
    total = sum(tally.values())
    for kind in RANK:
        print(f"# {kind}: {tally[kind]} ({tally[kind] / total:.0%})", file=sys.stderr)
