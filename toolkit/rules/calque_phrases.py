"""Calques of Chinese phrasing that recur across genres: verbs of official and technical writing
rendered by their dictionary sense (实现 "realize", 采用 "adopt"), nouns of software writing (功能,
地址; 版本 and BUG are in calque_software) and set phrases of reports and news (下面是…的介绍, 记者获悉)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_list as _lexicon


_FUNCTION_OF = LazyPattern(
    r"\b(?:[Aa]dd(?:s|ed|ing)?|[Ss]upport(?:s|ed|ing)?|[Pp]rovid(?:e|es|ed|ing)|[Ii]ncreas(?:e|es|ed)|[Nn]ew|"
    r"[Ww]ith|[Rr]eali[sz](?:e|es|ed)|[Oo]ffer(?:s|ed)?|[Ii]mplement(?:s|ed)?)[ \t]+((?:the|a|an)[ \t]+(?:new[ \t]+)?"
    r"(?:functions?|features?)[ \t]+of[ \t]+(?:(?!(?:the|a|an|this|that|its|their|our|your|his|her)\b)[a-z]+[ \t]+)?"
    r"(?!(?:thing|string|spring|king|ring|ceiling|building|wing)\b)[a-z]+ing)\b")


@rule(
    "C113", "function-of-doing", triggers_nocase=(" function of ", " functions of ", " feature of ", " features of "),
    bad=["* New: adds ⟦the function of exporting⟧ reports as CSV.", "The lamp comes with ⟦a function of dimming⟧ by voice.",
         "- Added ⟦the functions of batch renaming⟧ and tagging", "Implemented ⟦the feature of resuming⟧ broken downloads."],
    good=["The function of caching is to save time.", "Added a function that exports reports.",
          "the function of the liver", "Drugs that support the function of the kidney.",
          "Added the feature of the king's seal to the coin.", "supports the function of a string"],
)
def function_of_doing(ctx: Context) -> Iterator[Hit]:
    """A feature added or supported as "the function of doing X": 功能 rendered "function".

    Chinese release notes and product pages name a feature as 增加…的功能, 支持…功能 ("add the
    function of exporting"); English names the feature ("Added export to CSV", "supports
    dimming"); "feature of" is the same frame with the other word for 功能. Flagged only after a
    verb of adding, supporting or implementing and before a gerund (a noun may stand before it:
    "the function of batch renaming"): English
    says "the function of X" of a part's purpose ("the function of the liver", "the function of
    caching is to"), not of a feature that is added. The rewrite depends on the sentence.
    """
    for m in ctx.finditer("C113", _FUNCTION_OF):
        yield Hit(m.start(1), m.end(), "功能 rendered 'the function of …ing': name the feature ('Added export of …', 'supports …')")


# Words that end an object noun phrase before it started: a clause follows ("realize that …").
_CLAUSE_WORDS = frozenset("that what how why when where whether who which this these those it they he she we you i "
                          "there is was are were has have had can will would does did must should".split())
_VERB_AFTER = frozenset("is was are were has had can could will would does did needs must should".split())
_TOKEN = LazyPattern(r"\w[\w-]*|[^\w\s]")
_NEXT_TOKEN = LazyPattern(r"[ \t]*(\w[\w-]*|[^\w\s])")


def _process_object(text: str, start: int, nouns: frozenset[str], limit: int = 5) -> int:
    """End of the first noun of `nouns` within `limit` words of the object that starts at
    `start`, or -1: the object must not open a clause ("realize that the control …", "realize
    the control is off")."""
    position, seen = start, 0
    while seen < limit:
        m = _TOKEN.search(text, position)
        if not m or "\n" in text[position:m.start()] or m.group() in (".", ";", ":", "(", ")", "!", "?"):
            return -1
        word = m.group().lower()
        if word in _CLAUSE_WORDS:
            return -1
        pair = f"{word} {_next_word(text, m.end())}"
        end = m.end() if word in nouns else (_TOKEN.search(text, m.end()).end() if pair in nouns else -1)
        while end >= 0 and _next_word(text, end) in nouns:  # a compound of listed nouns: "alloy material"
            end = _NEXT_TOKEN.match(text, end).end()
        if end >= 0:
            return -1 if _next_word(text, end) in _VERB_AFTER else end
        position, seen = m.end(), seen + 1
    return -1


def _next_word(text: str, position: int) -> str:
    m = _NEXT_TOKEN.match(text, position)
    return m.group(1).lower() if m else ""


_REALIZE = LazyPattern(r"\b[Rr]eali[sz](?:e|es|ed|ing)[ \t]+")


@rule(
    "C114", "realize-a-process", triggers_nocase=("realiz", "realis"),
    bad=["The gateway can ⟦realize unified login⟧ for all staff.",
         "the app ⟦realizes voice control⟧ and timed switching",
         "in order to ⟦realize full coverage⟧ of the district", "⟦Realize data synchronization⟧ across phones.",
         "The plug-in ⟦realises hot reloading⟧ of styles."],
    good=["I did not realize that access control was off.", "They never realized the control was lost.",
          "to realize their potential", "the profits were realized in 2020", "Realize that backup copies age.",
          "Realizing the backup was gone, she wept."],
)
def realize_a_process(ctx: Context) -> Iterator[Hit]:
    """"Realize" with a technical process as its object: 实现 rendered by its dictionary sense.

    实现 means achieve, provide or enable; machine translation writes "realize" for it in every
    sentence ("realize automatic dimming", "realize data backup", "so as to realize leak
    detection"). English realizes facts and aims ("realize that", "realize their potential", "a
    profit realized"), never a process noun such as control, monitoring or sharing
    (lexicons/realize-objects.txt). An object that is the subject of a clause ("realized the
    control was lost") passes. Rewrite with "provide", "support", "enable" or "achieve".
    """
    nouns = _lexicon("realize-objects")
    for m in ctx.finditer("C114", _REALIZE):
        end = _process_object(ctx.text, m.end(), nouns)
        if end >= 0:
            yield Hit(m.start(), end, "实现 rendered 'realize': write 'provide', 'support', 'enable' or 'achieve'")


_ADOPT = LazyPattern(r"\b[Aa]dopt(?:s|ed|ing)?[ \t]+")
# Words that may follow the part a product "adopts": the object ends there ("adopts a Sony chip
# with low noise"); any other word makes the part a modifier of another noun.
_ENDS_OBJECT = frozenset("with and or to for as in on of from at by so which that is are was were has have "
                         "but while whose than made".split())


@rule(
    "C115", "adopt-a-part", triggers_nocase=("adopt",),
    bad=["The lid ⟦adopts aluminium alloy material⟧, light and firm.",
         "The camera ⟦adopts a Sony chip⟧ with low noise.", "The frame ⟦adopted carbon fibre⟧ to save weight.",
         "⟦Adopting pure copper wire⟧, the cable heats less."],
    good=["The project adopted a naming convention.", "They adopted a child in 2010.",
          "The council adopted the scheme.", "adopt an orphaned package", "Adopting a steel-rule policy, the board",
          "The town adopted a glass recycling scheme.", "The state adopted steel tariffs in May.",
          "Shops adopted plastic bag bans."],
)
def adopt_a_part(ctx: Context) -> Iterator[Hit]:
    """"Adopts" with a part or material of a product as its object: 采用 rendered "adopt".

    采用 in a product description means "uses", "is made of", "is based on" (外壳采用铝合金材料;
    采用…芯片); machine translation writes "adopts": "the shell adopts aluminium alloy material".
    English adopts policies, standards, conventions and children, never a shell, a chip or a
    material (lexicons/adopt-objects.txt); the nouns people do adopt (plan, design, approach,
    standard) are not on the list, and a part that modifies another noun ("adopted steel
    tariffs") passes. Rewrite with "uses", "is made of", "has".
    """
    nouns = _lexicon("adopt-objects")
    text = ctx.text
    for m in ctx.finditer("C115", _ADOPT):
        end = _process_object(text, m.end(), nouns)
        after = _next_word(text, end) if end >= 0 else ""
        if after.isalpha() and after not in _ENDS_OBJECT and not after.endswith(("ing", "ed")):
            continue  # the part names a modifier: "adopted steel tariffs", "adopted plastic bag bans"
        if end >= 0:
            yield Hit(m.start(), end, "采用 rendered 'adopt': write 'uses', 'is made of' or 'has'")


_INTRODUCTION = LazyPattern(
    r"\b(?:[Tt]he following|[Bb]elow|[Hh]ere) (?:is|are) (?:a |an |the )?(?:(?:detailed|brief|simple|short|"
    r"specific|general) )?introductions? (?:to|of)\b|(?m:^[ \t#]*(?:\d+\.[ \t]*)?(?:[Dd]etailed|[Bb]rief|[Ss]imple) introduction of\b)|"
    # The closing signpost, 以上就是…的全部内容/方法: "The above is the whole content of this article".
    r"\b[Tt]he above (?:is|are) (?:all (?:the )?|the )?(?:(?:whole|entire|full|complete|detailed|specific|relevant|main) )?"
    r"(?:contents?|introductions?|methods?|steps|sharing|share|tutorial|solutions?|ways?) (?:of|about|on|for|to)\b")


@rule(
    "C116", "following-is-an-introduction", triggers_nocase=(" introduction", "the above "),
    bad=["⟦Below is a brief introduction to⟧ the sensor board.", "## 3. ⟦Detailed introduction of⟧ the config file",
         "⟦The above is the whole content of⟧ this guide; thanks for reading.",
         "⟦The above is all the content of⟧ this tutorial."],
    good=["A Brief Introduction to Python", "Chapter 1 is an introduction to the tools.",
          "the introduction of a new tax", "The above is equivalent to a loop.", "The above is for the amd64 port.",
          "The above is all the content we need."],
)
def following_is_an_introduction(ctx: Context) -> Iterator[Hit]:
    """"The following is a detailed introduction to X": 下面是…的详细介绍, a Chinese signpost.

    Chinese documentation announces a section with 下面是关于…的详细介绍 or titles it 详细介绍…;
    machine translation renders both word for word ("The following is a detailed introduction
    to the module", "Detailed introduction of the API"). English just describes, or heads the
    section with the subject ("The module"). Native book titles ("A Brief Introduction to X") use
    "to" and stand alone, so only the signpost sentence and a heading with "introduction of"
    are flagged. The same writing closes a section with 以上就是…的全部内容/方法 ("The above is the
    whole content of this article", "the above is the method of installing"); native English
    says "the above" is equivalent to or shows something, not that it is the content or the
    method of it, so that signpost is flagged too.
    """
    for m in ctx.finditer("C116", _INTRODUCTION):
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t#.0123456789"))
        yield Hit(start, m.end(), "下面是…的详细介绍/以上就是… rendered word for word: describe the subject directly "
                  "('X is described below')")


_REPORTER = LazyPattern(
    r"\b(?:[Tt]he |[Oo]ur )?(?:[Rr]eporters?|[Jj]ournalists?) (?:learned|learnt|was told|were told|was informed|were informed|found out) "
    r"(?:from|that|at|in|on)\b|\b(?:[Aa]ccording to (?:the |our )?reporters?['’]?s? (?:understanding|investigation|"
    r"knowledge|interview)|[Ii]t (?:is|was|has been) (?:learned|learnt) that|[Aa]ccording to (?:incomplete |preliminary |rough )?statistics(?=[ \t]*,)|"
    # 据介绍 "according to the introduction," and 据…负责人介绍 "according to the person in charge": no source named.
    r"[Aa]ccording to (?:the )?introduction(?=[ \t]*,)|(?<![a-z] )It is reported that\b|[Aa]ccording to (?:the )?(?:relevant )?(?:persons?|people) in charge\b)")


@rule(
    "C117", "reporter-learned", triggers_nocase=("reporter", "journalist", " learned that", " learnt that", "to statistics", "incomplete statistics",
                                                 "preliminary statistics", "rough statistics",
                                                 "to the introduction", "to introduction", "person in charge", "persons in charge", "people in charge",
                                                 "is reported"),
    bad=["⟦Reporters learned at⟧ the county water bureau that the dam", "⟦It is learned that⟧ the fair opens in May.",
         "⟦According to incomplete statistics⟧, 300 shops opened.", "⟦It was learnt that⟧ the bridge opens in May.",
         "⟦The journalist learned from⟧ the township that 40 homes were rebuilt.",
         "⟦According to the introduction⟧, the kiln fires 300 pots a day.",
         "⟦According to the relevant person in charge⟧ of the bureau, fees will fall.",
         "⟦It is reported that⟧ the mill will reopen."],
    good=["The reporter asked the minister a question.", "Reporters were told to wait outside.",
          "It is understood that the talks failed.", "The journalist learned to type fast.", "He learned that it was late.", "According to statistics from the census bureau, rents rose.",
          "According to the introduction to the 1902 edition, the poems", "the person in charge of the desk",
          "Separately, it was reported that the talks had ended."],
)
def reporter_learned(ctx: Context) -> Iterator[Hit]:
    """"The reporter learned from X that": the Chinese news formula 记者从…获悉 / 据悉.

    Chinese news reports attribute a fact with 记者从…了解到/获悉 ("the reporter learned from
    the bureau that"), 据记者了解 ("according to the reporter's understanding") or 据悉 ("it is
    learned that"); machine translation keeps the formula. English news attributes to the source
    ("the bureau said", "according to the bureau"). Native reporting does not make its own
    reporter the subject of "learned from", and "it is learned that" is not English. The same
    reports cite figures with 据统计 / 据不完全统计, "according to (incomplete) statistics,", a
    source that names no one; English names whose figures they are ("according to the bureau's
    figures"), so only the bare formula before a comma is flagged. 据介绍 ("according to the
    introduction,") and 据…负责人介绍 ("according to the relevant person in charge") attribute to
    no one by name too; a book's introduction is cited with "to" or "of" after it, which passes.
    据报道 and 据悉 open a sentence as "It is reported that", where English news names who reports it
    (native news says what "was reported", in the past: that passes).
    """
    for m in ctx.finditer("C117", _REPORTER):
        yield Hit(m.start(), m.end(), "记者从…获悉/据悉/据统计 rendered word for word: attribute to the source "
                  "('the bureau said', 'figures from the bureau show')")


def _address_words() -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(_lexicon("link-address-nouns"), key=len, reverse=True))


_ADDRESS = LazyPattern(lambda: rf"(?i)\b(?:{_address_words()})[ \t]+address(?:es)?\b")


@rule(
    "C118", "address-for-link", triggers_nocase=(" address",),
    bad=["The ⟦download address⟧ is given below.", "Star us! ⟦repository address⟧: see the badge."],
    good=["Enter the server address and port.", "the IP address of the interface", "your email address",
          "the web address of the shop"],
)
def address_for_link(ctx: Context) -> Iterator[Hit]:
    """"Download address", "repository address", "demo address": 地址 rendered "address" for a link.

    Chinese calls a URL an address (下载地址, 项目地址, 仓库地址, 访问地址), and machine
    translation writes "address" after whatever the link leads to. English has web, email, IP
    and server addresses, but calls the others a link, a URL or a page ("download link",
    "project page", "repository URL"). Only the words before "address" that name what a link
    leads to are flagged (lexicons/link-address-nouns.txt); the addresses English has are not on
    that list.
    """
    for m in ctx.finditer("C118", _ADDRESS):
        yield Hit(m.start(), m.end(), f"{m.group()!r}: 地址 rendered 'address'; write 'link', 'URL' or 'page'")


_NOT_NORMALLY = LazyPattern(
    r"\b(?:[Cc]an ?not|[Cc]an['’]t|[Cc]ould not|[Cc]ouldn['’]t|[Uu]nable to|[Ff]ail(?:s|ed|ing)? to)[ \t]+(?:be[ \t]+)?[a-z]+[ \t]+normally\b")


@rule(
    "C119", "cannot-normally", triggers_nocase=(" normally",),
    bad=["After the update the printer ⟦cannot be found normally⟧.", "The page ⟦failed to load normally⟧ on tablets.",
         "- ⟦Failing to start normally⟧ after sleep", "⟦Unable to connect normally⟧ via VPN."],
    good=["The program exits normally.", "Normally you cannot see it.", "It cannot normally be seen."],
)
def cannot_normally(ctx: Context) -> Iterator[Hit]:
    """"Cannot be opened normally", "failed to start normally": 无法正常… rendered word for word.

    Chinese says that something cannot work 正常 ("normally") where English says it does not
    work: 无法正常打开 "cannot be opened normally", 不能正常启动 "cannot start normally". English
    uses "normally" with a positive verb ("exits normally") or as "usually" ("cannot normally
    be seen"), not after a verb that is already negated. Rewrite without "normally" ("cannot be
    opened", "does not start").
    """
    for m in ctx.finditer("C119", _NOT_NORMALLY):
        yield Hit(m.start(), m.end(), "无法正常… rendered with 'normally': drop it ('cannot be used', 'does not start')")


_FEEDBACK_VERB = LazyPattern(r"\b(?:(?:can|could|will|would|may|might|should|must|cannot)(?:[ \t]+(?:also|not|then))?|[Pp]lease)"
                             r"[ \t]+(feedback)\b(?!-|[ \t]+(?:loop|form)s?\b)|\b([Ff]eedback(?:ed|ing))\b")
_BENEFICIAL_TO = LazyPattern(
    r"\b(?:beneficial|conducive)[ \t]+to[ \t]+(?!(?:all|both|each|many|most|some|any|those|these|everyone|anyone|"
    r"people|users|us|them|you|him|her)\b)([a-z]+)[ \t]+(?:the|a|an|its|their|our|your|his|her)\b|"
    # A verb no noun shares, with no determiner after it: "conducive to improve efficiency".
    r"\b(?:beneficial|conducive|helpful)[ \t]+to[ \t]+(improve|enhance|reduce|protect|extend|strengthen|ensure|achieve|"
    r"accelerate|optimi[sz]e|promote|expand|lower|maintain|realize|realise)[ \t]+(?!of\b|in\b)[a-z]")


_IT_BEFORE = LazyPattern(r"\b[Ii]t(?:['’]s)?\b[^.,;:\n]{0,30}\Z")


@rule(
    "C120", "noun-as-verb", triggers_nocase=("feedback", "beneficial to", "conducive to", "helpful to"),
    bad=["The sensor can also ⟦feedback⟧ its temperature.", "the coating is ⟦conducive to extend⟧ the life of the hull",
         "Several users ⟦feedbacked⟧ the crash.", "Please ⟦feedback⟧ any errors to the office.",
         "Exercise is ⟦beneficial to improve⟧ sleep.", "which is ⟦helpful to reduce⟧ costs"],
    good=["Users can feedback-test it.", "We welcome feedback.", "a diet beneficial to the heart",
          "beneficial to all the staff", "It would be beneficial to have a proxy.", "we will feedback loop the signal",
          "Please give feedback forms to the desk.", "It is helpful to improve slowly.", "This is helpful to know.",
          "conducive to improved yields"],
)
def noun_as_verb(ctx: Context) -> Iterator[Hit]:
    """A noun or adjective used as a verb the way its Chinese source is: 反馈 "can feedback its
    position", 有利于 "is beneficial to extend the life".

    Chinese words serve as noun and verb alike: 反馈 is "feedback" and "report back", 有利于
    "beneficial to" is followed by a verb phrase (有利于延长寿命). Machine translation keeps the
    word and the construction: "can feedback the speed", "beneficial to reduce the cost".
    English "feedback" is a noun (after a modal it must be a verb: "report"), and "beneficial
    to" takes a noun ("beneficial to health"); a verb with an object after it is the calque.
    The same holds for "feedbacked", an imperative "Please feedback", and 有助于 "helpful to";
    after "beneficial", "conducive" or "helpful to", a verb that no noun shares ("improve",
    "reduce") is the calque with or without a determiner after it.
    """
    for m in ctx.finditer("C120", _FEEDBACK_VERB):
        g = 1 if m.group(1) else 2
        yield Hit(m.start(g), m.end(g), "反馈 rendered as the verb 'feedback': write 'report' or 'return'")
    for m in ctx.finditer("C120", _BENEFICIAL_TO):
        if _IT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # "it would be beneficial to have a proxy": "it" stands for the verb phrase
        yield Hit(m.start(), m.end(1) if m.group(1) else m.end(2), "有利于 + verb rendered 'beneficial to <verb>': write 'helps <verb>'")


_UNIT = LazyPattern(lambda:
    rf"\b(?:(?:{'|'.join(map(re.escape, sorted(_lexicon('unit-roles'), key=len, reverse=True)))})[ \t]+units?\b|"
    r"(?:any|all|every)[ \t]+units?[ \t]+(?:or|and)[ \t]+individuals?\b|(?<!\bin )(?<!\bin the )(?<!\binto )"
    r"(?<!\bto )(?<!\ball )relevant[ \t]+units\b(?![ \t]+of\b)|all[ \t]+relevant[ \t]+units\b(?![ \t]+of\b))", re.I)


@rule(
    "C121", "unit-for-organisation", triggers_nocase=(" unit",),
    bad=["Each ⟦applying unit⟧ submits one form.", "⟦Any unit or individual⟧ that copies the data is liable.",
         "The ⟦implementing unit⟧ keeps the receipts.", "Bids go to the ⟦purchasing unit⟧ by noon.",
         "The ⟦winning unit⟧ signs within ten days."],
    good=["Convert the values into relevant units first.", "a unit of work", "The army units and individual soldiers",
          "measured in the relevant units of the SI", "impairment is tested per reporting unit"],
)
def unit_for_organisation(ctx: Context) -> Iterator[Hit]:
    """An organisation called a "unit": 单位 rendered by its dictionary sense.

    单位 is any employer or organisation (a company, school, office); machine translation writes
    "unit": 用人单位 "the employing unit", 实施单位 "the implementing unit", 任何单位和个人 "any
    unit or individual", 采购单位 "the purchasing unit". English says organisation, employer,
    purchaser or body. Flagged only in the collocations that name an organisation by the role it
    plays in a notice, a tender or a contract (lexicons/unit-roles.txt: applying, employing,
    purchasing, organizing, issuing...) or that address every organisation; "units" of
    measurement ("into the relevant units"), military units ("army units") and the accountant's
    "reporting unit" are not.
    """
    for m in ctx.finditer("C121", _UNIT):
        yield Hit(m.start(), m.end(), "单位 rendered 'unit': write 'organisation', 'employer' or 'body'")


_KERNEL = LazyPattern(r"\b(?:browser|webkit|blink|chromium|chrome|IE|trident|gecko|X5|webview)[ \t]+kernels?\b", re.I)
_NOTIFIED = LazyPattern(
    r"\b(?:is|are)[ \t]+(?:hereby[ \t]+|now[ \t]+)?(?:notified|announced|circulated|publici[sz]ed)[ \t]+as[ \t]+follows\b")


@rule(
    "C122", "software-and-notice-calque", triggers_nocase=(" kernel", " as follows"),
    bad=["Pages render in the ⟦Blink kernel⟧ on Android.", "The arrangements for the holiday ⟦are hereby circulated as follows⟧:"],
    good=["the Linux kernel and the browser", "The options are described as follows:", "a kernel of truth"],
)
def software_and_notice_calque(ctx: Context) -> Iterator[Hit]:
    """Two set renderings of Chinese technical and official writing: "browser kernel" (内核) and
    "(is hereby) announced as follows" (通知如下).

    Chinese calls a browser's rendering engine its 内核, "kernel" (浏览器内核, WebKit内核); English
    calls it an engine ("the Blink engine"), and a kernel is an operating system's. Chinese
    notices open with 现将有关事项通知如下 ("the holiday arrangements are hereby circulated as follows");
    English notices say "This notice sets out" or list the points. Native English "describes" or
    "defines" things as follows, but does not "notify" or "announce" them so.
    """
    for m in ctx.finditer("C122", _KERNEL):
        yield Hit(m.start(), m.end(), "内核 rendered 'kernel': a browser's is its engine ('the Blink engine')")
    for m in ctx.finditer("C122", _NOTIFIED):
        yield Hit(m.start(), m.end(), "通知如下 rendered word for word: state the points ('The arrangements are:')")


_FRAME = LazyPattern(
    r"\bfacilitat(?:e|es|ed|ing)[ \t]+(?:you|users?|us|them|him|her|people|customers|everyone|readers|developers)[ \t]+to[ \t]+[a-z]+\b|"
    r"\bcontribut(?:e|es|ed|ing)[ \t]+(?:one['’]s|their|our|his|her|its|my|your)[ \t]+(?:own[ \t]+)?(?:strength|power|force)\b|"
    r"\b(?:visited|inspected)[ \t]+and[ \t]+guided\b|\bguided[ \t]+and[ \t]+inspected\b|"
    r"\binspect[ \t]+and[ \t]+guide\b|\binspects[ \t]+and[ \t]+guides\b|\binspecting[ \t]+and[ \t]+guiding\b", re.I)


@rule(
    "C123", "officialese-verb-frame", triggers_nocase=("facilitat", "contribut", " and guid", "guided and "),
    bad=["We list the fees so as to ⟦facilitate users to compare⟧ plans.",
         "Volunteers ⟦contributed their own strength⟧ to the clean-up.",
         "Leaders of the county ⟦inspected and guided⟧ the flood work.", "The app ⟦facilitates you to track⟧ parcels.",
         "The minister came to ⟦inspect and guide⟧ the relief work."],
    good=["The tool facilitates comparison of plans.", "Volunteers contributed their time.",
          "We were guided and shown round the site.", "The tool facilitated users' access to data.",
          "Inspect and guideline checks follow."],
)
def officialese_verb_frame(ctx: Context) -> Iterator[Hit]:
    """Verb frames of Chinese official and service writing kept word for word: "facilitate you
    to compare" (方便您…), "contribute their own strength" (贡献自己的力量), "inspected and guided"
    (视察指导).

    方便 takes a person and a verb (方便用户查询), so machine translation writes "facilitate users
    to query"; English facilitates a thing ("facilitates queries") or lets a person do it.
    贡献力量 becomes "contribute strength", where English contributes time, effort or a share.
    视察指导 and 检查指导, the pair of verbs of an official visit, become "inspected and guided";
    English says the official visited or inspected. None of these frames is native English.
    """
    for m in ctx.finditer("C123", _FRAME):
        yield Hit(m.start(), m.end(), f"{m.group()!r} keeps a Chinese verb frame: rephrase ('lets you compare', "
                  "'contributed to', 'visited')")


_ETC_NOUN = LazyPattern(r"\betc\.?,?[ \t]+(field|area|aspect|industry|sector|domain|aspects)\b")


@rule(
    "C124", "etc-plus-noun", triggers_nocase=("etc",),
    bad=["used in farming, mining, shipping, ⟦etc. field⟧.", "such as price, delivery ⟦etc aspect⟧",
         "gains in wages, housing, schooling ⟦etc. aspects⟧"],
    good=["the To, Cc, etc. fields of the message", "apples, pears, etc. are sold here",
          "the From, Subject, etc. areas of the header"],
)
def etc_plus_noun(ctx: Context) -> Iterator[Hit]:
    """"Such as A, B, etc. field": 等领域/等方面 closing a list, rendered word for word.

    Chinese ends a list with 等 and the class of its items (在农业、采矿等领域 "in farming, mining
    etc. field"); machine translation writes "etc." and keeps the noun, in the singular. English
    ends the list with "and other fields" or with "etc." alone. A singular class noun after
    "etc." is never English ("the To, Cc, etc. fields" of a form is a plural and passes); nor
    is "etc. aspects", since no list names aspects one by one.
    """
    for m in ctx.finditer("C124", _ETC_NOUN):
        noun = m.group(1).removesuffix("s")
        yield Hit(m.start(), m.end(), f"等{noun} rendered {m.group()!r}: write 'and other {noun}s' or drop the noun")
