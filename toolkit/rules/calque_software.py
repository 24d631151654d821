"""Calques of the English documentation and changelogs of Chinese software projects: 版本 after the
number ("the 2.0 version"), loanwords in capitals (BUG, APP), 协议 "protocol" for a licence, 基于…开发
"based on X development", 仓库 "warehouse" for a repository, 修复…的问题 "fixed the problem of"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names, word_list as _lexicon


_LICENCE_PROTOCOL = LazyPattern(
    lambda: rf"(?i)\b({_names('licence-names')})((?:[ \t]+licen[cs]e)?(?:[ \t-]*v?\d+(?:\.\d+)*(?:-clause)?)?(?:[ \t-]+only|\+)?)"
    r"((?:[ \t]+(?:open[ \t-]?source|license|licence))?)"
    r"[ \t]+(protocol|agreement)s?\b(?![ \t]+(?:stack|suite|family|number|handler|layer|version)s?\b)")
# Licence names that also name an institution or a people: "the MIT agreement" (with the
# institute), "the Apache agreement" (a treaty). Their "agreement" is a licence only with a
# version or "open source"/"license" written with it.
_NOT_ALONE_BEFORE_AGREEMENT = frozenset(("mit", "apache", "isc", "mulan"))


@rule(
    "C128", "licence-protocol", triggers_nocase=(" protocol", " agreement"),
    bad=["This project is released under the ⟦MIT protocol⟧.", "Code follows the ⟦Apache 2.0 protocol⟧; docs are CC BY.",
         "licensed under the ⟦GPLv3 open source protocol⟧", "Released under the ⟦BSD-3-Clause protocol⟧.",
         "It follows the ⟦Apache License 2.0 protocol⟧.", "We adopted the ⟦GPL agreement⟧ in 2019.",
         "Code under the ⟦MIT open source agreement⟧"],
    good=["the MIT License", "a BSD socket using the TCP protocol", "the BSD protocol stack", "the mit of the protocol",
          "The MIT agreement with the city funds two labs.", "the Apache agreement of 1852"],
)
def licence_protocol(ctx: Context) -> Iterator[Hit]:
    """A software licence called a "protocol": 协议 (MIT协议, Apache 2.0协议) rendered by its
    network sense.

    Chinese project pages call a licence a 协议 (agreement): 本项目采用MIT协议, 遵循GPL协议;
    machine translation writes "the MIT protocol", "the GPL open source protocol", or, with the
    other sense of 协议, "the GPL agreement". English says
    "the MIT License", "the GPL". Flagged only after the name of a licence (lexicons/licence-names.txt,
    written with a capital), which no network protocol shares; "the BSD protocol stack" (a
    network stack) passes. "Agreement" after MIT, Apache, ISC or Mulan alone passes (an agreement
    with the institute, a treaty); with a version or "open source" it is the licence. Write
    "licence" or the licence's name.
    """
    for m in ctx.finditer("C128", _LICENCE_PROTOCOL):
        if not any(c.isupper() for c in m.group(1)):
            continue
        if (m.group(4).lower() == "agreement" and not m.group(2).strip() and not m.group(3)
                and m.group(1).lower() in _NOT_ALONE_BEFORE_AGREEMENT):
            continue
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 协议 rendered 'protocol' for a licence; write 'licence' "
                  "or the licence's name ('the MIT License')")


_PRODUCT = r"(?:[A-Z][\w.+#-]*|\d[\w.]*)"
_BASED_ON_DEVELOPMENT = LazyPattern(
    rf"\b[Bb]ased[ \t]+on[ \t]+({_PRODUCT}(?:[ \t]*(?:[+/&,]|and)?[ \t]*{_PRODUCT}){{0,5}})[ \t]+"
    r"(?:(?:language|framework|platform|chip)[ \t]+)?(development|design|implementation)(?=[ \t]*(?:[.,;:!?)](?!\w)|$))", re.M)


@rule(
    "C130", "based-on-development", triggers_nocase=("based on ",),
    bad=["An admin panel ⟦based on Vue3 + Element Plus development⟧.", "The board is ⟦based on RISC-V design⟧, with 8 MB of flash.",
         "A small ORM ⟦based on Go language development⟧."],
    good=["The port is based on C implementation written by others.", "Built on Vue 3 and Vite.",
          "based on Python development experience", "This port is based on the Linux implementation.",
          "based on Go language design principles"],
)
def based_on_development(ctx: Context) -> Iterator[Hit]:
    """"Based on Vue3 development": 基于…开发/设计/实现 kept as a noun phrase after a product name.

    Chinese project pages say what a thing is built on with 基于X开发 (基于Spring Boot开发,
    基于ESP32设计); machine translation writes "based on Spring Boot development", turning the
    verb 开发 into a noun that ends the phrase. English says "built on Spring Boot" or "developed
    with Spring Boot". Flagged when "development", "design" or "implementation" follows one or
    more product names (capitalised or with a digit, joined by "+", "/", "," or "and") with no
    article, and ends the phrase; "language" or "framework" may stand between ("based on Go
    language development"). Native English puts an article before such a noun ("based on
    the Linux implementation", "based on an IBM design") or a noun after it ("based on Python
    development experience"). Rewrite with "built on".
    """
    for m in ctx.finditer("C130", _BASED_ON_DEVELOPMENT):
        yield Hit(m.start(), m.end(), f"基于…{ {'development': '开发', 'design': '设计', 'implementation': '实现'}[m.group(2)] } "
                  "rendered 'based on … " + m.group(2) + "': write 'built on …' or 'developed with …'")


_WAREHOUSE = LazyPattern(r"\b(?:(?:[Cc]ode|[Gg]it|[Rr]emote|[Ss]ource[ \t]+code|[Pp]roject|[Mm]irror)[ \t]+)?[Ww]arehouses?\b")
_GIT_WORDS = LazyPattern(r"(?i)\b(?:git|clone[ds]?|cloning|fork(?:ed|s)?|commits?|pull[ \t]+requests?|github|gitee|gitlab|"
                         r"readme|source[ \t]+code|https?|star(?:red|s)?[ \t]+(?:this|the|our)|PRs?|push(?:ed|es)?[ \t]+(?:to|it|the|your)|"
                         r"upstream)(?![\w-])")


@rule(
    "C133", "warehouse-for-repository", triggers_nocase=("warehouse",),
    bad=["Fork this ⟦warehouse⟧ and open a pull request.", "Push the branch to the ⟦remote warehouse⟧.",
         "The ⟦code warehouse⟧ is on GitHub.", "Please star this ⟦warehouse⟧ if you like it.",
         "Open a PR against the main ⟦warehouse⟧."],
    good=["The data warehouse loads at night.", "Fork-lift trucks work in the warehouse.",
          "Clone the repo; the warehouse module tracks stock.",
          "The star of the show works in a warehouse.", "Each branch has its own warehouse and fleet."],
)
def warehouse_for_repository(ctx: Context) -> Iterator[Hit]:
    """"Fork this warehouse", "code warehouse": 仓库 (repository) rendered by its everyday sense.

    Chinese calls a code repository a 仓库 (代码仓库, 远程仓库, Fork本仓库); machine translation
    writes "warehouse": "clone the warehouse", "the remote warehouse". English says repository
    (or repo). Flagged when "warehouse" is named with a code word before it ("code warehouse",
    "remote warehouse") or stands in a sentence about version control (git, clone, fork,
    commit, pull request, GitHub, a URL...); a data warehouse, and a stock warehouse in a
    sentence of its own, pass, and so does a sentence that also says "repository" or "repo"
    (its writer knows the word, and the warehouse is a real one).
    """
    text = ctx.text
    for m in ctx.finditer("C133", _WAREHOUSE):
        if text[max(0, m.start() - 5):m.start()].lower().endswith("data "):
            continue
        named = " " in m.group().strip()
        if not named:
            # The sentence around it, within 300 characters each way (a bounded look: a line of
            # thousands of words without a full stop must not be read once per match).
            low, high = max(0, m.start() - 300), min(len(text), m.end() + 300)
            start = max(text.rfind(c, low, m.start()) for c in ".!?\n") + 1 or low
            ends = [i for i in (text.find(c, m.end(), high) for c in ".!?\n") if i >= 0]
            sentence = text[max(start, low):min(ends) if ends else high]
            if not _GIT_WORDS.search(sentence) or re.search(r"(?i)\brepo(?:sitory|sitories|s)?\b", sentence):
                continue
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 仓库 rendered 'warehouse'; write 'repository'")


_FIXED_PROBLEM = LazyPattern(
    r"(?im)^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]*|#{1,6}[ \t]+)?(?:\[[\w -]{1,12}\][ \t]*|[\w-]{1,12}:[ \t]+)?"
    r"((?:fix(?:e[sd])?|solved?|solves|resolved?|resolves|repair(?:ed|s)?|optimi[sz](?:e[sd]?|ing)|fixing|solving)[ \t]+"
    r"(?:the|a|an|some)[ \t]+"
    r"(?:\w+[ \t]+)?(?:problems?|bugs?|issues?)[ \t]+of)(?=[ \t]+[A-Za-z])")


@rule(
    "C135", "fixed-the-problem-of", triggers_nocase=(" problem of ", " problems of ", " issue of ", " issues of ",
                                                       " bug of ", " bugs of "),
    bad=["- ⟦Fixed the problem of⟧ menus not closing", "* ⟦Solved the problem of⟧ losing settings on restart",
         "2.⟦Fix the issue of⟧ failure to save drafts", "### ⟦Resolved the problem of⟧ tabs losing focus",
         "- ⟦Optimised the problem of⟧ slow scrolling"],
    good=["- Fixed a bug where the menu stayed open", "We fixed the problem of the missing icon in the docs.",
          "- Fixed the bug that caused crashes on start", "The problem of scale is old.", "- Fix the Windows problems of 2.2.8",
          "## Solving the problems: of mice and men", "- Optimised the build for ARM"],
)
def fixed_the_problem_of(ctx: Context) -> Iterator[Hit]:
    """A changelog line "Fixed the problem of menus not closing": 修复了…的问题 rendered word for word.

    Chinese release notes say what was fixed as 修复了…的问题, with the failure before 的问题;
    machine translation writes "Fixed the problem of failure to save", "Solved the problem of
    losing settings". English changelogs name the failure ("Fixed a bug where drafts were not
    saved") or the new behaviour ("Drafts are saved again"). 优化了…的问题 "optimized the problem
    of" is the same frame. Flagged at the start of a list item, heading or line only, where a changelog entry begins; running prose ("we fixed the problem of the
    missing icon") passes, and so does "the bug that caused crashes", a relative clause.
    """
    for m in ctx.finditer("C135", _FIXED_PROBLEM):
        yield Hit(m.start(1), m.end(1), "修复了…的问题 rendered word for word: write 'Fixed a bug where …' or state the new behaviour")


# Words before a version number that make "the 3.2 version" English: a determiner.
_DETERMINERS = frozenset("the a an this that these those its his her their our your my each every "
                         "which whose any same".split())
# Words a product name before the number may hold: capitalised or with a digit ("Visual Studio",
# "JDK21"), and the adjectives that sit between a determiner and the number ("the latest 2.0").
_NAME_TOKEN = LazyPattern(r"[A-Z0-9][\w.+-]*|latest|new|newer|old|older|current|stable|previous|final|earlier|later")
_VERSION = LazyPattern(r"(?:(?<![\w.])([vV]?\d+(?:\.(?:\d+|x))+[a-z]?|[vV]\d+|(?<=[A-Za-z][ \t])\d{1,3})"
                       r"|(?<=[A-Za-z])(\d+(?:\.(?:\d+|x))+))"  # or glued to the name: "MySQL8.0 version"
                       r"((?:[ \t]+(?:and|or)[ \t]+(?:above|higher|later|newer)(?=[ \t]+version\b(?!s)))?)"  # 及以上版本
                       r"[ \t]+([Vv]ersion)\b"
                       r"(?![ \t]+(?:number|string|control|[vV]?\d+)\b)")
# A word before a bare whole number that makes it a version: a product name, capitalised ("Chrome
# 90 version", "Android 12 version"), not the word of a list or a page ("Step 2 version").
_PRODUCT_BEFORE_INTEGER = LazyPattern(r"(?<![\w.-])[A-Z][\w.+#-]*[ \t]+\Z")
_NOT_PRODUCT = frozenset("step page chapter section part figure table item level stage phase day week year no".split())


@rule(
    "C111", "trailing-version", fix=Safety.UNSAFE, triggers_nocase=(" version",),
    bad=[
        ("- Compatible with Firefox ⟦118.0 version⟧ and later", "- Compatible with Firefox 118.0 and later"),
        ("Upgrade to ⟦v3 version⟧ first.", "Upgrade to v3 first."),
        ("Supports Chrome ⟦90 version⟧ and above.", "Supports Chrome 90 and above."),
        ("Requires Node.js ⟦16.x version⟧", "Requires Node.js 16.x"),
        ("- Works with Redis⟦7.2 version⟧ only", "- Works with Redis7.2 only"),
        ("Install Go ⟦1.21 and above version⟧ first.", "Install Go 1.21 and above first."),
    ],
    good=["backward compatibility with the 1.5 version of the parser", "editing the Python 2.7 version of the file",
          "Version 2.4 adds a cache.", "its 3.1 version number", "Windows 10 version 1909 is out.",
          "Is there a Python 3 version?", "See Step 2 version notes.", "in 2 version control systems",
          "the separately installed Python 2 version", "the pre-Python3.3 version of the module",
          "Perl 5.8 and later versions"],
)
def trailing_version(ctx: Context) -> Iterator[Hit]:
    """A version number followed by "version" with no determiner: "Support Firefox 118.0 version".

    Chinese puts 版本 after the number (支持 2.4 版本), and machine translation keeps the order:
    "Support 2.4 version". English writes "version 2.4", or the number alone after the product
    name ("Firefox 118.0"). A whole number ("Chrome 90 version") counts after a capitalised
    product name, a wildcard ("16.x") as a version part, and a number glued to the name
    ("Redis7.2 version") too; 及以上版本 comes out as "1.21 and above version", where English
    says "1.21 and later" or "later versions", in the plural. Native English puts a number before "version" only after a
    determiner, as a modifier ("the 3.2 version of the package"), so the finding needs none before
    the product name. The fix drops "version"; unsafe, since the editor may want "version 2.4".
    """
    text = ctx.text
    for m in ctx.finditer("C111", _VERSION):
        start = m.start()
        if m.group(2):  # glued to its name: read from the name's start, which must be a capital
            start = max(text.rfind(c, 0, start) for c in " \t\n(") + 1
            if not text[start].isupper():
                continue  # "pre-Python3.3"
        if _after_determiner(text, start):
            continue
        number = m.group(1) or m.group(2)
        if "." not in number and number[0].isdigit():  # a bare whole number: a product name before it
            name = _PRODUCT_BEFORE_INTEGER.search(text, max(0, m.start() - 40), m.start())
            if not name or name.group().split()[0].lower() in _NOT_PRODUCT:
                continue
            before = text[max(0, name.start() - 40):name.start()].split()[-3:]
            if any(w.lower() in _DETERMINERS for w in before):
                continue  # "the separately installed Python 2 version"
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 版本 after the number; write 'version {number}' or the number alone",
                  edits=(Edit(m.end(3), m.end(), ""),))


def _after_determiner(text: str, start: int) -> bool:
    """Whether a determiner precedes the product name (capitalised words, digits) before `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].split()
    while words and _NAME_TOKEN.fullmatch(words[-1]) and words[-1].lower() not in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1].lower() in _DETERMINERS


def _caps_triggers() -> tuple[str, ...]:
    return tuple(sorted(w.upper() for w in _lexicon("caps-loanwords")))


_CAPS_WORD = LazyPattern(r"(?<![\w$.'’-])([A-Z]{3,6})(?:s|['’]s)?(?![\w(’'-])")  # "BUGs", "the APP's icon"


@rule(
    "C112", "capitalised-loanword", triggers=_caps_triggers(),
    bad=["- Repaired the ⟦BUG⟧ where the cursor jumps", "Scan the code to install the ⟦APP⟧ on your phone.",
         "- Fixed several ⟦BUGs⟧ in the export", "Open the ⟦APP’s⟧ settings page."],
    good=["Call BUG() when the invariant breaks.", "WARNING: THE BUG IS NOT FIXED", "Report a bug on the tracker.",
          "the APP_NAME setting", "the APPs_DIR variable", "BUGSY was a film."],
)
def capitalised_loanword(ctx: Context) -> Iterator[Hit]:
    """An ordinary English noun in capitals mid-sentence: "fixed the BUG", "download the APP".

    Chinese writing borrows a few English words and spells them in capitals inside Chinese text
    (修复BUG, 下载APP, 官方DEMO, 更换LOGO: lexicons/caps-loanwords.txt); machine translation keeps
    the capitals. Native English writes these words in lower case: they are not acronyms. A line
    written mostly in capitals (a licence clause, a warning) and code (BUG() is a C macro,
    APP_NAME a setting) are left alone.
    """
    words = _lexicon("caps-loanwords")
    text = ctx.text
    for m in ctx.finditer("C112", _CAPS_WORD):
        if m.group(1).lower() not in words:
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        letters = [c for c in text[line_start:line_end if line_end >= 0 else len(text)] if c.isalpha()]
        if sum(c.isupper() for c in letters) * 2 > len(letters):
            continue
        yield Hit(m.start(), m.end(), f"{m.group()!r} in capitals is the Chinese spelling of a loanword: "
                  f"write {m.group().lower()!r} (or drop a trailing one: 修复…的BUG is 'fixed …')")


# An operating system's name, as written with its capitals, then "system" (系统) ending a phrase.
_OS_SYSTEM = LazyPattern(
    r"(?<![\w.-])(?P<name>Windows(?:[ \t]?(?:XP|Vista|7|8|8\.1|10|11|Server))?|Win(?:7|8|10|11)|macOS|MacOS|Mac[ \t]OS(?:[ \t]X)?|"
    r"OS[ \t]X|iOS|iPadOS|HarmonyOS|Android|Linux|Ubuntu|CentOS|Debian|Fedora|Deepin|Kylin|UOS|openEuler)"
    r"[ \t]+system(?![\w-])(?=[ \t]*(?:[.,;:!?)，。；：、]|(?:and|or)[ \t]|$))", re.M)
_OS_DETERMINERS = frozenset("the a an any every each this that your my our their its whole entire own same "
                            "host target guest".split())
# Names that are systems only in the Chinese sense; the others ("a Linux system", "the Debian
# system") are English for an installed machine, so they count only beside one of these or each other.
_OS_NAMED_SYSTEM = ("win", "mac", "ios", "ipados", "harmonyos", "android", "os")


@rule(
    "C170", "os-name-system", triggers=tuple(f"{name} system" for name in (
        "Windows", "Windows 7", "Windows 8", "Windows 8.1", "Windows 10", "Windows 11", "Windows XP", "Windows Vista",
        "Windows Server", "Win7", "Win8", "Win10", "Win11", "macOS", "MacOS", "Mac OS", "Mac OS X", "OS X", "iOS",
        "iPadOS", "HarmonyOS", "Android", "Linux", "Ubuntu", "CentOS", "Debian", "Fedora", "Deepin", "Kylin", "UOS",
        "openEuler")),
    bad=["The client runs on ⟦Windows system⟧ and ⟦macOS system⟧.", "- Support ⟦iOS system⟧, version 14 and later",
         "It can be deployed on ⟦Linux system⟧, ⟦Windows 10 system⟧ or ⟦Android system⟧."],
    good=["Integration of users with the Windows system.", "Install it on a Linux system.", "The Debian system is stable.",
          "Uses Android system services.", "the Linux system call interface", "on any Windows system, it works",
          "Every Linux system, in the end, boots."],
)
def os_name_system(ctx: Context) -> Iterator[Hit]:
    """An operating system named with "system" after it: "runs on Windows system", "support iOS
    system": 系统 kept after the name (Windows系统, 安卓系统).

    Chinese names an operating system with 系统 after it; machine translation keeps the noun, with
    no article: "compatible with Windows system and macOS system". English writes the name alone
    ("runs on Windows and macOS"). Flagged when the name, written with its capitals, and
    "system" end a phrase (a mark, "and" or "or" follows) with no determiner before the name:
    "the Windows system" and "a Linux system" (an installed machine) pass, and so does "Android
    system services", where a noun follows. "Linux system", "Debian system" and other names of
    systems people install count only in a sentence that also names Windows, macOS, iOS or
    Android the same way, as plain "Linux system" is an English idiom for a Linux machine.
    """
    text = ctx.text
    found = []
    for m in ctx.finditer("C170", _OS_SYSTEM):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].split()[-1:]
        if before and before[0].lower() in _OS_DETERMINERS:
            continue
        found.append(m)
    named = {i for i, m in enumerate(found) if m.group("name").lower().startswith(_OS_NAMED_SYSTEM)}
    for i, m in enumerate(found):
        near = any(j in named for j in range(len(found)) if j != i and abs(found[j].start() - m.start()) < 200)
        if i in named or near:
            yield Hit(m.start(), m.end(), f"{m.group()!r}: 系统 kept after the system's name; write {m.group('name')!r} alone")


_OPEN_SOURCE_FREE = LazyPattern(r"(?i)\bopen[ \t-]?source[ \t]+free(?=[ \t]*(?:[.,;!，。；]|$))", re.M)


@rule(
    "C171", "open-source-free", triggers_nocase=("source free",),
    bad=["The project is ⟦open source free⟧, and you can use it at work.", "Fully ⟦open-source free⟧."],
    good=["It is open source and free.", "a free open-source tool", "open source free software", "The open source free-for-all"],
)
def open_source_free(ctx: Context) -> Iterator[Hit]:
    """"The project is open source free": 开源免费 (open-source and free) kept as two adjectives in a row.

    Chinese project pages say a tool is 开源免费; machine translation writes the two words side by
    side, "open source free", ending the clause. English joins them ("open source and free",
    "free and open source"). Flagged only where the phrase ends at a mark or a line's end, so
    "open source free software" (a noun after it) passes.
    """
    for m in ctx.finditer("C171", _OPEN_SOURCE_FREE):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 开源免费 rendered word for word; write 'free and open source'")


_ABNORMAL = LazyPattern(
    lambda: rf"(?i)\babnormal[ \t]+(?P<after>{_names('abnormal-nouns')})s?\b"
    rf"|\b(?P<before>{_names('abnormal-nouns')})s?[ \t]+(?:(?:is|are|was|were|becomes?|became)[ \t]+abnormal\b(?![ \t]+\w+ing\b)"
    r"|abnormalit(?:y|ies)\b)")


@rule(
    "C172", "abnormal-for-failure", triggers_nocase=("abnormal",),
    bad=["- Fixed the ⟦abnormal display⟧ of charts in dark mode", "Restart the app if the ⟦network is abnormal⟧.",
         "- Fixed ⟦login abnormality⟧ after a password change"],
    good=["The process ended with an abnormal termination.", "Exits abnormally on a bad signal.",
          "An abnormal state of the heart.", "The data show abnormal growth.", "The abnormal voltage trips the relay."],
)
def abnormal_for_failure(ctx: Context) -> Iterator[Hit]:
    """"Abnormal display", "the network is abnormal", "login abnormality": 异常 (something is wrong)
    rendered "abnormal".

    Chinese documentation says a function or a thing is 异常 when it fails or misbehaves
    (显示异常, 网络异常, 登录异常); machine translation writes "abnormal display", "data
    abnormality", "the network is abnormal". English says what goes wrong: "charts are shown
    wrongly", "the network is down", "login fails". Flagged only with the nouns of software and
    devices of lexicons/abnormal-nouns.txt, before or after the word; native engineering English
    calls a termination, an exit, a state or a voltage abnormal, and those nouns are not listed.
    """
    for m in ctx.finditer("C172", _ABNORMAL):
        noun = m.group("after") or m.group("before")
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 异常 rendered 'abnormal'; say what fails ('the {noun.lower()} "
                  "fails', '… is shown wrongly', 'an error in …')")


def _renderings() -> dict[str, str]:
    from .. import lexicon

    return {**lexicon.table("product-renderings"), **lexicon.table("software-term-renderings")}


def _rendering_triggers() -> tuple[str, ...]:
    return tuple(_renderings())


_RENDERING = LazyPattern(lambda: r"(?i)(?<![\w-])(?:" + "|".join(
    re.escape(k).replace(r"\ ", "[ \t]+") for k in sorted(_rendering_triggers(), key=len, reverse=True)) + r")(?![\w-])")


@rule(
    "C173", "term-rendered-by-characters", triggers_nocase=_rendering_triggers(),
    bad=["Alerts go to a ⟦nail group⟧ and to email.", "The source is mirrored on ⟦Code Cloud⟧.",
         "It ships as a ⟦WeChat small program⟧ and an ⟦H5 page⟧.", "See the ⟦interface document⟧ for the fields.",
         "Uploads support ⟦breakpoint continuation⟧ and cut ⟦memory occupation⟧ by half."],
    good=["He drove a nail into the group photo frame.", "Write a small program that prints its input.",
          "The front and rear ends of the car.", "See the interface definitions for the fields.",
          "A class for timing execution speed.", "Set a breakpoint; continuation lines are indented."],
)
def product_name_rendered(ctx: Context) -> Iterator[Hit]:
    """A Chinese product or platform term rendered by the meaning of its characters: "nail group"
    for a 钉钉 (DingTalk) group, "Code Cloud" for 码云 (Gitee), "WeChat small program" for a mini
    program, "mobile end" for 移动端, "interface document" for 接口文档; and software terms so
    rendered, "breakpoint continuation" for 断点续传 (resumable transfer), "memory occupation"
    for 内存占用 (lexicons/software-term-renderings.txt).

    Machine translation does not know the English names Chinese products go by and translates
    their characters; the result names nothing an English reader can look up. The renderings
    and the names to write are in lexicons/product-renderings.txt; each is a phrase no native
    text writes (a nail, a book that flies, a cloud of code), and the one that English does use,
    "small program", is listed only after a platform's name.
    """
    names = _renderings()
    for m in ctx.finditer("C173", _RENDERING):
        want = names.get(" ".join(m.group().lower().split()))
        if want:
            yield Hit(m.start(), m.end(), f"{m.group()!r}: a Chinese name or term rendered by its characters; write {want!r}")


# A Markdown heading (or a line in bold), with its numbering, marks and emoji around the words.
_HEADING_WORDS = LazyPattern(r"(?m)^(?:#{1,6}[ \t]+|\*\*)[^\w\n]*(?:\d{1,2}[.、)]?[ \t]*)?(?P<words>[A-Za-z][A-Za-z \t-]{3,40}?)"
                             r"[ \t]*(?:[:：*]{0,2}[ \t]*#*)$")


@rule(
    "C174", "readme-heading-calque", triggers=("\n#", "\n**"),
    bad=["# Demo\n\n## ⟦Installation tutorial⟧\n\nRun it.\n", "### 🚀 ⟦Participate in contribution⟧\n",
         "## 2. ⟦Effect picture⟧:\n", "**⟦Matters needing attention⟧**\n"],
    good=["## Installation\n", "## Contributing\n", "## Screenshots\n",
          "We explain the installation tutorial below.\n", "## Installation tutorial for Windows users\n"],
)
def readme_heading_calque(ctx: Context) -> Iterator[Hit]:
    """A README or product document's section heading rendered word for word from the Chinese:
    "Installation tutorial" (安装教程), "Participate in contribution" (参与贡献), "Effect picture"
    (效果图), "Matters needing attention" (注意事项).

    Chinese project pages share a small set of section headings, many from the Gitee code host's
    README template; machine translation renders each word, and the page then opens its sections
    with headings no English README has. The headings and what English writes ("Installation",
    "Contributing", "Screenshots", "Notes") are in lexicons/readme-heading-renderings.txt. Only a
    whole heading line is compared (hashes or bold, numbering, emoji and a colon aside), so the
    same words in a sentence, or a heading that says more, pass.
    """
    from .. import lexicon

    headings = lexicon.table("readme-heading-renderings")
    for m in ctx.matches("C174", _HEADING_WORDS, offsets=(1,)):
        want = headings.get(" ".join(m.group("words").lower().split()))
        if want:
            yield Hit(m.start("words"), m.end("words"), f"{m.group('words')!r}: a Chinese section heading rendered word for "
                      f"word; write {want!r}")
