"""Verb frames of official Chinese (work reports, notices, Party and government news) rendered
word for word: 守住底线 "firmly hold the bottom line", 深入一线 "go deep into the first line",
摆上重要议事日程 "put it on the important agenda", 亲自抓 "personally grasp", 树立正确的…观 "set up
a correct view of", 携手共创辉煌 "join hands to create brilliance", 人才强市战略 "talent strong city
strategy", 新建 "newly built 12 schools". Each rule reads a frame whose verb, adverb or noun
varies, not one phrase; each needs a word of the frame that native English does not put there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from itertools import product

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names


def _combos(*parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every concatenation of one string from each part: literal triggers of a frame."""
    return tuple("".join(p) for p in product(*parts))


_HOLD = (r"(?:hold(?:s|ing)?|held|guard(?:s|ed|ing)?|keep(?:s|ing)?|kept|defend(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|"
         r"stick(?:s|ing)?[ \t]+to|stuck[ \t]+to|adher(?:e|es|ed|ing)[ \t]+to|observ(?:e|es|ed|ing)|"
         r"hold(?:s|ing)?[ \t]+on[ \t]+to|held[ \t]+on[ \t]+to)")
_LINE_DOMAINS = (r"(?:safety|security|people's[ \t]+livelihood|livelihood|ecology|ecological|environment(?:al)?|"
                 r"no[ \t]+[a-z]+|zero[ \t]+[a-z]+|food|grain|farmland|arable[ \t]+land|integrity|honesty|discipline|"
                 r"clean[ \t]+government|the[ \t]+rule[ \t]+of[ \t]+law|public[ \t]+health|epidemic|employment|stability)")
_BOTTOM_LINE = LazyPattern(
    rf"\b(?:[Ff]irmly|[Rr]esolutely|[Ss]trictly|[Ff]irmly[ \t]+and[ \t]+resolutely)[ \t]+{_HOLD}[ \t]+(?:the|a|this|our|its)[ \t]+"
    r"(?:[a-z-]+[ \t]+)?(?:bottom|red)[ \t]+lines?\b|"
    rf"\b{_HOLD}[ \t]+(?:the|a|this|our|its)[ \t]+(?:[a-z-]+[ \t]+)?(?:bottom|red)[ \t]+lines?[ \t]+(?:of|for)[ \t]+"
    rf"(?:the[ \t]+)?(?:[a-z-]+[ \t]+)?{_LINE_DOMAINS}\b|"
    rf"\b(?:bottom|red)[ \t]+lines?[ \t]+of[ \t]+{_LINE_DOMAINS}\b")


@rule(
    "C220", "hold-the-bottom-line", triggers_nocase=("bottom line", "red line"),
    bad=["The bureau will ⟦firmly hold the bottom line⟧ of no deaths on the roads.",
         "Townships must ⟦guard the red line of farmland⟧ this spring.",
         "We ⟦resolutely kept the bottom line⟧ of zero outbreaks.",
         "to protect the ⟦bottom line of people's livelihood⟧ in winter"],
    good=["The bottom line is that prices rose.", "Costs hurt the company's bottom line.",
          "Sales held the bottom line steady this quarter.", "Do not cross the red line.",
          "They held the line against the flood.", "The red line marks the border.",
          "a red line of text in the log"],
)
def hold_the_bottom_line(ctx: Context) -> Iterator[Hit]:
    """守住底线 and 守牢红线 rendered "firmly hold the bottom line", "guard the red line of farmland",
    "the bottom line of people's livelihood".

    Official Chinese holds, guards and keeps a 底线 (the minimum that must not fail: safety,
    livelihood, no major accident) and a 红线 (a limit: farmland, ecology); machine translation
    keeps both nouns and both verbs. In English the bottom line is a company's profit or the
    gist of a matter ("the bottom line is"), and a red line is crossed or drawn, never held or
    guarded "of" something. Flagged only with an adverb of resolve before the verb (坚决, 牢牢,
    严格: "firmly", "resolutely", "strictly"), or with the domain the line is "of" (safety,
    livelihood, farmland, ecology, "no …", "zero …"), so the ledger and the border pass.
    """
    for m in ctx.finditer("C220", _BOTTOM_LINE):
        zh = "底线" if "bottom" in m.group().lower() else "红线"
        yield Hit(m.start(), m.end(), f"{zh} kept word for word in {m.group()!r}: say what must not fail "
                  "('ensure there are no …', 'protect farmland')")


_NOT_A_TEXT = (r"(?:file|text|code|output|script|page|table|document|input|message|poem|song|verse|chorus|letter|"
               r"paragraph|list|block|header|entry|defen[cs]e|treatment|therapy|attack|a|an|each|every|this|that|it|"
               r"its|their|his|her|your|my)")
_FIRST_LINE = LazyPattern(
    r"\b(?:(?:[Gg]o(?:es|ing|ne)?|[Ww]ent|[Gg]o(?:es|ing|ne)?[ \t]+down|[Ww]ent[ \t]+down)[ \t]+)?[Dd]eep(?:ly)?[ \t]+into[ \t]+"
    r"the[ \t]+(?:very[ \t]+)?first[ \t]+line\b|"
    r"\b(?:rush(?:es|ed|ing)?|sent|stationed|dispatched|transferred|assigned|fight(?:s|ing)?|fought|"
    r"persist(?:s|ed|ing)?|insist(?:s|ed|ing)?|go(?:es)?[ \t]+deep|went[ \t]+deep)[ \t]+(?:at|in|on|to)[ \t]+the[ \t]+(?:very[ \t]+)?first[ \t]+line\b"
    rf"(?![ \t]+of[ \t]+(?:the[ \t]+)?{_NOT_A_TEXT}\b)(?![ \t]*[\"'`(:])|"
    r"\b(?:in|on|at|to)[ \t]+the[ \t]+first[ \t]+line[ \t]+of[ \t]+(?:the[ \t]+)?(?:epidemic|anti-epidemic|fight|battle|"
    r"production|poverty|flood|disaster|rescue|service|teaching|prevention|grassroots|front|emergency|law[ \t]+enforcement|"
    r"pandemic|epidemic[ \t]+prevention|work)\b")


@rule(
    "C221", "first-line-for-front-line", triggers_nocase=("first line",),
    bad=["Officials should ⟦go deep into the first line⟧ of villages.",
         "Doctors ⟦rushed to the first line⟧ when the fever spread.",
         "nurses who ⟦fought at the first line⟧ for months",
         "volunteers ⟦in the first line of epidemic⟧ prevention"],
    good=["Go to the first line of the file.", "Delete the first line of each entry.",
          "The first line of defence is the skin.", "It stays on the first line, like this: 'x'.",
          "She worked on the first line of the poem.", "a first line of treatment"],
)
def first_line_for_front_line(ctx: Context) -> Iterator[Hit]:
    """一线 rendered "the first line": "go deep into the first line", "rushed to the first line",
    "in the first line of epidemic prevention".

    Chinese calls the place where the work is done (the wards, the villages, the workshop floor)
    一线, and official writing sends people 深入一线 (deep into it) or praises them 坚守一线;
    machine translation writes "the first line". English says "the front line", "on the ground"
    or names the place. Native "first line" is the first line of a text ("of the file", "of the
    poem") or of defence or treatment; those pass. Flagged after "deep into", after
    a verb of being sent or holding on ("rushed to", "stationed at", "fought at") with no text after
    it, and "the first line of" a field of work (epidemic, production, poverty, flood, rescue).
    """
    for m in ctx.finditer("C221", _FIRST_LINE):
        yield Hit(m.start(), m.end(), f"一线 rendered 'the first line' in {m.group()!r}: write 'the front line' or 'on the ground'")


_AGENDA = LazyPattern(
    r"\b(?:on(?:to)?|into|in|upon)[ \t]+(?:the|its|their|our|an?|his|her)[ \t]+(?:most[ \t]+)?important[ \t]+"
    r"(?:work(?:ing)?[ \t]+|discussion[ \t]+|deliberation[ \t]+|daily[ \t]+)?agendas?\b(?![ \t]+(?:item|items|point|points)\b)|"
    r"\b(?:put|puts|putting|placed?|places|placing|list(?:s|ed|ing)?|includ(?:e|es|ed|ing)|rais(?:e|es|ed|ing))[ \t]+"
    r"(?:[^.;:!?\n]{1,60}?[ \t])?(?:on(?:to)?|into|in)[ \t]+(?:the|its|their)[ \t]+(?:important[ \t]+)?"
    r"(?:work(?:ing)?[ \t]+)?agenda[ \t]+of[ \t]+(?:the[ \t]+)?(?:party|county|city|municipal|district|provincial|"
    r"township|town|village|school|hospital|company)[ \t]+(?:party[ \t]+)?(?:committee|government|leadership|"
    r"branch|group)s?\b")


@rule(
    "C222", "important-agenda", triggers_nocase=("agenda",),
    bad=["The town has put water supply ⟦on the important agenda⟧.",
         "Rural roads were ⟦placed on the work agenda of the county party committee⟧.",
         "The hospital listed the project ⟦into its important working agenda⟧."],
    good=["Housing is high on the agenda.", "This is an important agenda item.",
          "the most important agenda items of the day", "Put it on the agenda of the board meeting.",
          "The agenda of the party committee is public."],
)
def important_agenda(ctx: Context) -> Iterator[Hit]:
    """摆上重要议事日程 and 列入…工作议程 rendered "put it on the important agenda", "placed on
    the work agenda of the county party committee".

    A Chinese body shows a task matters by putting it 上重要议事日程 (on its important agenda of
    business) or on its 工作议程; machine translation keeps the adjective and the owner. English
    says a matter is "high on the agenda" or "a priority", and an agenda item is important ("an
    important agenda item" passes, and so does an agenda "of the board meeting"): "on the
    important agenda", or a task put on the work agenda "of the party committee" or "of the
    county government", is the calque.
    """
    for m in ctx.finditer("C222", _AGENDA):
        yield Hit(m.start(), m.end(), f"议事日程 rendered {m.group()!r}: write 'made a priority' or 'high on the agenda'")


_PERSONALLY = LazyPattern(
    r"\b[Pp]ersonally[ \t]+(?:grasp(?:s|ed|ing)?|grab(?:s|bed|bing)?|catch(?:es|ing)?|caught|deploy(?:s|ed|ing)?|"
    r"dispatch(?:es|ed|ing)?|ask(?:s|ed|ing)?[ \t]+about|inquir(?:e|es|ed|ing)[ \t]+about|"
    r"(?:take|takes|took|taking)[ \t]+charge[ \t]+of[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,3}work)\b|"
    r"\b[Pp]ersonally[ \t]+([a-z]{4,})[ \t]*(?:,|and)[ \t]+(?:and[ \t]+)?personally[ \t]+[a-z]{4,}\b")


@rule(
    "C223", "personally-grasp", triggers_nocase=("personally ",),
    bad=["The mayor ⟦personally grasped⟧ the river clean-up.",
         "The secretary ⟦personally deployed⟧ the inspection of dams.",
         "Leaders ⟦personally commanded and personally directed⟧ the rescue.",
         "Heads of towns must ⟦personally ask about⟧ major cases."],
    good=["I personally think it is wrong.", "She personally signed the letter.",
          "He was personally responsible for the loss.", "The king personally led the army.",
          "They personally know the owner."],
)
def personally_grasp(ctx: Context) -> Iterator[Hit]:
    """亲自抓, 亲自部署, 亲自过问 rendered "personally grasp", "personally deployed", "personally ask
    about", and the paired 亲自指挥、亲自部署 "personally commanded and personally directed".

    Official Chinese says the leader 亲自 (in person) 抓 (takes hold of), 部署 (lays out) or 过问
    (looks into) a task, often twice in a row; machine translation keeps 亲自 as "personally"
    before each verb. English says the leader "took charge of" or "oversaw" it. "Personally"
    before grasp, grab, catch, deploy, dispatch or "ask about", or said twice across "and", is
    not English; before signed, led, know or think (and in "personally responsible") it is, and
    those pass.
    """
    for m in ctx.finditer("C223", _PERSONALLY):
        yield Hit(m.start(), m.end(), f"亲自 kept before the verb in {m.group()!r}: write 'took charge of' or 'oversaw'")


_VIEW_NOUN = r"(?:view|views|outlook|outlooks|concept|concepts|awareness|consciousness|idea|ideas|philosophy|notion)"
_CORRECT_VIEW = LazyPattern(
    r"\b(?:[Ss]et(?:s|ting)?[ \t]+up|[Ff]irmly[ \t]+(?:establish(?:es|ed|ing)?|set(?:s|ting)?[ \t]+up|foster(?:s|ed|ing)?)|"
    r"[Ee]stablish(?:es|ed|ing)?|[Ff]oster(?:s|ed|ing)?)[ \t]+(?:a|the)[ \t]+(?:correct|right|scientific)[ \t]+"
    rf"(?:[a-z]+[ \t]+)?{_VIEW_NOUN}[ \t]+(?:of|on|about)\b|"
    rf"\b(?:[Ss]et(?:s|ting)?[ \t]+up|[Ff]irmly[ \t]+(?:establish(?:es|ed|ing)?|set(?:s|ting)?[ \t]+up|foster(?:s|ed|ing)?))[ \t]+"
    rf"the[ \t]+{_VIEW_NOUN}[ \t]+(?:of|that)[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?:first|is[ \t]+king|above[ \t]+all|"
    r"foremost|supreme|paramount)\b")


@rule(
    "C224", "set-up-correct-view", triggers_nocase=(
        *_combos(("set up ", "sets up ", "setting up ", "establish ", "establishes ", "established ", "establishing ",
                  "foster ", "fosters ", "fostered ", "fostering "), ("a ", "the "), ("correct", "right", "scientific")),
        *_combos(("set up the ", "sets up the ", "setting up the "), ("view", "outlook", "concept", "awareness",
                                                                       "consciousness", "idea", "philosophy", "notion")),
        "firmly establish", "firmly set up", "firmly foster"),
    bad=["Cadres should ⟦set up a correct view of⟧ political achievements.",
         "Schools will ⟦firmly establish the concept of health first⟧.",
         "to ⟦foster a scientific outlook on⟧ development",
         "The company ⟦firmly set up the idea that quality is king⟧."],
    good=["He set up the right server for us.", "She has a correct view of the facts.",
          "The study established the correct value of the constant.", "They set up a right of way.",
          "The court firmly established the principle of equality."],
)
def set_up_correct_view(ctx: Context) -> Iterator[Hit]:
    """树立正确的…观 and 牢固树立…理念 rendered "set up a correct view of", "firmly establish the
    concept of health first".

    Chinese moral and policy writing tells people to 树立 (set up) a 正确的 (correct) 观 (view):
    of achievements, of life, of power; and to 牢固树立 (firmly set up) a 理念 ("the concept of
    health first", "quality is king"). Machine translation keeps the verb, the adjective and the
    noun. English says people should "understand", "value" or "put health first"; it holds a
    correct view but does not set one up, and establishes a correct value or a principle (those
    pass). Flagged: set up, establish or foster before "a correct/right/scientific view, outlook or
    concept of", and a view or concept firmly set up whose content is a slogan ("… first", "… is
    king").
    """
    for m in ctx.finditer("C224", _CORRECT_VIEW):
        yield Hit(m.start(), m.end(), f"树立…观/理念 rendered {m.group()!r}: say what people should value or do")


_BRIGHT = r"(?:future|chapter|blueprint|glory|brilliance|prosperity|era|journey|dream|tomorrow|splendou?r|situation)"
_BRILLIANCE = LazyPattern(
    r"\b[Cc]reat(?:e|es|ed|ing)[ \t]+(?:an?[ \t]+)?(?:new[ \t]+|greater[ \t]+|more[ \t]+|even[ \t]+greater[ \t]+|"
    r"new[ \t]+and[ \t]+greater[ \t]+|another[ \t]+|new[ \t]+glory[ \t]+and[ \t]+)?brilliance\b|"
    r"\b[Jj]oin(?:s|ed|ing)?[ \t]+hands[ \t]+(?:to|and|in)[ \t]+(?:jointly[ \t]+)?(?:create|creating|write|writing|draw|"
    r"drawing|compose|composing|paint|painting|open|opening|forge|forging|seek|seeking|pursue|pursuing|embrace|embracing|"
    r"usher|ushering|realize|realise|realizing|march|marching|strive|striving|build|building)[ \t]+"
    rf"(?:[a-z-]+[ \t]+){{0,3}}?{_BRIGHT}\b")


@rule(
    "C225", "create-brilliance", triggers_nocase=("brilliance", "join hands", "joins hands", "joined hands", "joining hands"),
    bad=["Let the two towns ⟦join hands to create a better future⟧.",
         "The staff will ⟦create new brilliance⟧ in the coming year.",
         "Alumni ⟦joined hands to write a new chapter⟧ of the school.",
         "We strive to ⟦create greater brilliance⟧."],
    good=["The brilliance of the stars is striking.", "The children joined hands in a circle.",
          "They joined hands to form a chain.", "Her brilliance created a stir.",
          "Dancers join hands and bow."],
)
def create_brilliance(ctx: Context) -> Iterator[Hit]:
    """共创辉煌 and 携手共创… rendered "create (new) brilliance", "join hands to create a better
    future", "joined hands to write a new chapter".

    The closing line of a Chinese speech, greeting or company page promises to 携手 (join hands)
    and 共创 (jointly create) 辉煌 (brilliance), a 美好未来 or a 新篇章; machine translation keeps
    every word. English says "work together for a better future" or "achieve even more".
    Brilliance in English is had, not created ("her brilliance"), and people join hands in a
    circle or a chain; only a verb of making before a future, a chapter, a blueprint or glory
    after "join hands to", and
    "create brilliance", are the calque.
    """
    for m in ctx.finditer("C225", _BRILLIANCE):
        yield Hit(m.start(), m.end(), f"{m.group()!r} renders 携手/共创辉煌 word for word: write 'work together for' "
                  "or 'achieve even more'")


_PLACE = r"(?:city|cities|province|provinces|county|counties|district|districts|country|nation|town|school|port|enterprise)"
_STRONG_PLACE = LazyPattern(
    lambda: rf"(?i:\b(?:{_names('strong-strategy-fields')})[ \t]+strong[ \t]+){_PLACE}\b(?!-)|"
    rf"\b(?:the|a|this|its)[ \t]+(?:[a-z-]+[ \t]+)?strong[ \t]+(?:city|province|county|district|town|port|school)[ \t]+"
    r"strateg(?:y|ies)\b|"
    rf"\b[Ss]trengthen(?:s|ed|ing)?[ \t]+the[ \t]+(?:city|county|province|district|town)[ \t]+(?:by|with|through)[ \t]+"
    rf"(?i:{_names('strong-strategy-fields')})\b")


@rule(
    "C226", "strong-city-strategy", triggers_nocase=(
        *_combos(("strong ",), ("city", "cities", "province", "county", "counties", "district", "country", "nation",
                                "town", "school", "port", "enterprise")),
        *_combos(("strengthen", "strengthens", "strengthened", "strengthening"), (" the ",),
                 ("city", "county", "province", "district", "town"))),
    bad=["The city will carry out the ⟦talent strong city⟧ plan.",
         "It adheres to ⟦the strong county strategy⟧ of industry.",
         "Our goal is to build a ⟦manufacturing strong province⟧.",
         "We will keep ⟦strengthening the city with industry⟧."],
    good=["Oslo has a strong city centre.", "a strong county team", "The firm has a strong country strategy.",
          "Talent is a strong asset.", "They strengthened the city walls with stone."],
)
def strong_city_strategy(ctx: Context) -> Iterator[Hit]:
    """强市, 强县, 强省 and 工业强市 rendered "strong city", "strong county strategy", "talent
    strong city", "strengthening the city with industry".

    Chinese plans name a goal "X 强市" (a city strong in X: 人才强市, 工业强县, 制造强省) and a
    strategy 强市战略, or the way there, 工业强市 "strengthen the city with industry"; machine
    translation keeps the word order and the adjective. English says "making the city a leader
    in manufacturing" or "building up the county's industry". A field noun (lexicons/
    strong-strategy-fields.txt) before "strong city", "the strong county strategy" or
    "strengthen the city with <field>" is the frame; a strong city centre, team or country
    strategy (with "a") are English and pass.
    """
    for m in ctx.finditer("C226", _STRONG_PLACE):
        yield Hit(m.start(), m.end(), f"强市/强县 rendered {m.group()!r}: write 'a leader in …' or 'build up …'")


_NUMBER = (r"(?:\d[\d,.]*(?![\d,.]*[\w-])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
           r"thirty|forty|fifty|hundreds|thousands|dozens|several)")
_NEWLY = LazyPattern(
    r"\b[Nn]ewly[ \t]+(?:built|build|builds|constructed|renovated|rebuilt|reconstructed|planted|increased|added|"
    r"opened|laid|installed|expanded|upgraded|hired|recruited|trained|set[ \t]+up|created|registered)[ \t]+"
    rf"(?:a[ \t]+total[ \t]+of[ \t]+|more[ \t]+than[ \t]+|over[ \t]+|nearly[ \t]+|about[ \t]+|around[ \t]+|some[ \t]+)?{_NUMBER}\b|"
    r"\b[Nn]ewly[ \t]+increased[ \t]+(?:urban[ \t]+)?(?:employment|jobs|loans|deposits|cases|households|population)\b")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my|this|these|those|of|with|for|by|all|any|some|"
                         r"no|each|every|and|or|are|were|is|was|be|been)[ \t]+$", re.I)


@rule(
    "C227", "newly-built-count", triggers_nocase=("newly ",),
    bad=["This year the district ⟦newly built 12⟧ kindergartens.",
         "The town ⟦newly added 3,000⟧ parking spaces.",
         "Last year we ⟦newly planted more than 2,000⟧ trees.",
         "The county had ⟦newly increased urban employment⟧ of 8,600."],
    good=["The newly built 12-storey block opened.", "The newly added 3 columns are shown.",
          "a newly planted orchard", "These newly hired 20 nurses start today.",
          "Newly built homes sold fast."],
)
def newly_built_count(ctx: Context) -> Iterator[Hit]:
    """新建, 新增, 新栽 rendered "newly built 12 kindergartens", "newly added 3,000 parking spaces",
    "newly increased urban employment".

    Chinese reports count the year's work as 新建 (newly build) or 新增 (newly add) with a number:
    "全区新建幼儿园12所"; machine translation writes the adverb and the verb as the sentence's
    verb: "the district newly built 12 kindergartens". English says "built 12 new kindergartens"
    or "added 3,000 parking spaces". Native "newly built" is a participle before a noun ("the
    newly built 12-storey block", "newly built homes"): after a determiner, a preposition or a
    verb of being it passes, and so does a number joined to its noun by a hyphen.
    """
    for m in ctx.finditer("C227", _NEWLY):
        if _DETERMINER.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue  # "the newly built 20 houses": a participle before a noun
        yield Hit(m.start(), m.end(), f"新建/新增 rendered {m.group()!r}: write 'built 12 new …' or 'added …'")


_RANK = LazyPattern(
    r"\b(?:national|provincial|municipal|domestic|international|county-level|city-level)[ \t]+"
    r"(?:famous|well-known|renowned|first-class|first-rate|excellent|advanced|leading)[ \t]+"
    r"(?!(?:edge|indicators?|placement|light|role|question)\b)[a-z][a-z-]+")


@rule(
    "C236", "rank-adjective-stack", triggers_nocase=_combos(
        ("national ", "provincial ", "municipal ", "domestic ", "international ", "county-level ", "city-level "),
        ("famous ", "well-known ", "renowned ", "first-class ", "first-rate ", "excellent ", "advanced ", "leading ")),
    bad=["The town is a ⟦national famous tourist⟧ destination.", "It won the ⟦provincial excellent teacher⟧ title.",
         "Our products reach the ⟦domestic leading level⟧ of quality.", "a ⟦national advanced collective⟧ of 2021",
         "an ⟦international first-class brand⟧"],
    good=["a nationally famous singer", "a world famous band", "the leading national brand",
          "national leading indicators", "a famous international name", "She is a national leading-edge researcher."],
)
def rank_adjective_stack(ctx: Context) -> Iterator[Hit]:
    """全国著名, 省级优秀, 国内领先, 全国先进 rendered as two stacked adjectives: "national famous
    tourist destination", "provincial excellent teacher", "domestic leading level", "national
    advanced collective".

    Chinese puts the scope of an honour or a rank before it as a modifier (全国 + 著名, 省 + 优秀,
    国内 + 领先); machine translation writes two adjectives side by side. English makes the
    scope an adverb or moves it: "nationally famous", "a leading national brand", "one of the
    best teachers in the province", "among the best in China". "National leading indicators"
    (an economist's compound) and "leading edge" pass; "world famous" is English and is not in
    the list.
    """
    for m in ctx.finditer("C236", _RANK):
        yield Hit(m.start(), m.end(), f"{m.group()!r} stacks the scope of a rank before it: write 'nationally famous' "
                  "or 'a leading national …'")


_ROLE_NOUN = (r"(?:bridge|link|bond|window|demonstration|radiation|radiating|backbone|pillar|main[ \t]+force|fortress|"
              r"vanguard|ballast(?:[ \t]+stone)?|locomotive|head[ \t]+goose|engine)")
_NOUN_ROLE = LazyPattern(
    r"\b(?:[Pp]lay(?:s|ed|ing)?|[Ee]xert(?:s|ed|ing)?|[Gg]iv(?:e|es|ing)[ \t]+full[ \t]+play[ \t]+to|[Gg]ave[ \t]+full[ \t]+play[ \t]+to|"
    r"[Bb]ring(?:s|ing)?[ \t]+into[ \t]+play|[Bb]rought[ \t]+into[ \t]+play)[ \t]+(?:a|an|the|its|their|our|his|her)[ \t]+"
    r"(?:(?:good|better|full|positive|important|great|key)[ \t]+)?"
    rf"{_ROLE_NOUN}(?:[ \t]+and[ \t]+{_ROLE_NOUN}|[ \t]+and[ \t]+(?:leading|guiding|driving|exemplary))?[ \t]+roles?\b|"
    r"\b(?:a|the)[ \t]+(?:(?:good|full|positive|important)[ \t]+)?roles?[ \t]+of[ \t]+"
    r"(?:demonstration|radiation|bridge|link|bond|leading|guidance|driving)[ \t]+and[ \t]+"
    r"(?:leading|guidance|guiding|driving|demonstration|radiation|link|bond|bridge)\b(?![ \t]+[a-z]+s\b)")


@rule(
    "C237", "noun-as-role", triggers_nocase=(" role",),
    bad=["The chamber ⟦played a bridge and link role⟧ between firms and the state.",
         "Members ⟦gave full play to the vanguard role⟧ in the flood.",
         "Model farms ⟦play a demonstration role⟧ for the county.",
         "leaders should play ⟦a good role of demonstration and leading⟧"],
    good=["She played a bridging role in the talks.", "He played a leading role in the film.",
          "The bridge role of the hero", "They played a supporting role.", "the role of leading and lagging indicators"],
)
def noun_as_role(ctx: Context) -> Iterator[Hit]:
    """…作用 with a noun of function kept before "role": 桥梁纽带作用 "a bridge and link role",
    先锋作用 "the vanguard role", 示范作用 "a demonstration role", and the reversed "a good role of
    demonstration and leading" (示范引领作用).

    Chinese names a function by a metaphor noun before 作用 (role): bridge, link, window,
    backbone, pillar, vanguard, fortress, ballast stone; machine translation writes the noun as
    an adjective before "role", or lists two after "role of". English uses an adjective or a
    verb: "a bridging role", "acted as a link", "led the way", "set an example". Native English
    plays leading, supporting and bridging roles (those pass); a bare noun of function before
    "role" after play or exert, or "role of demonstration and leading", is the calque.
    """
    for m in ctx.finditer("C237", _NOUN_ROLE):
        yield Hit(m.start(), m.end(), f"作用 rendered {m.group()!r}: write 'acted as a bridge', 'led the way' or 'set an example'")
