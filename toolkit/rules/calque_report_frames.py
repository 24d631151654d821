"""More frames of official Chinese rendered word for word, in the reports, notices and news of
Chinese institutions: 保驾护航 "escort the development", 传达…精神 "convey the spirit of the
meeting", 以…为中心 "take the patient as the center", 绷紧…弦 "tighten the string of safety",
放在首位 "put safety in the first place", 迈上新台阶 "reached a new step". Companion of
calque_governance.py (the module size limit splits them); each rule needs a word of the frame
that native English does not put there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .breaks import word_alternation as _names
from .calque_governance import _combos


_ABSTRACT = (r"(?:development|growth|economy|economic[ \t]+[a-z]+|reform|reforms|construction|revitali[sz]ation|innovation|"
             r"progress|business[ \t]+environment|transformation|upgrading|recovery|opening[ \t]+up|modernization|"
             r"resumption[ \t]+of[ \t]+[a-z]+|production|operation|operations|enterprises|entrepreneurship|prosperity|"
             r"stability|cause|undertaking|implementation|elections?|harvest|tourism|industry|industries)")
_ESCORT = LazyPattern(
    r"\b(?:[Ee]scort(?:s|ed|ing)?|[Ee]scort(?:s|ed|ing)?[ \t]+and[ \t]+protect(?:s|ed|ing)?|[Pp]rotect(?:s|ed|ing)?[ \t]+"
    r"and[ \t]+escort(?:s|ed|ing)?)[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?"
    rf"{_ABSTRACT}\b(?![ \t]+(?:vessel|ship|convoy|team|officers?|party|car|vehicle)s?\b)")


@rule(
    "C228", "escort-for-abstract", triggers_nocase=("escort",),
    bad=["The court ⟦escorted the high-quality development⟧ of the port.",
         "Police will ⟦escort the resumption of work⟧ in factories.",
         "Tax offices ⟦escort for the healthy growth⟧ of small firms.",
         "to ⟦protect and escort rural revitalization⟧"],
    good=["Police escorted the convoy to the border.", "She was escorted out of the building.",
          "Two frigates escort the tanker.", "Guards escorted the visitors through the construction site."],
)
def escort_for_abstract(ctx: Context) -> Iterator[Hit]:
    """保驾护航 and 护航 rendered "escort" with an abstract object: "escorted the high-quality
    development", "escort for the healthy growth of small firms", "protect and escort rural
    revitalization".

    Chinese says a court, a tax office or the police 为…保驾护航 (guard the carriage and escort the
    ship of) development, reform or the resumption of work; machine translation keeps "escort".
    English escorts people, ships and convoys; it "supports", "safeguards" or "underpins" growth.
    Flagged only when the object of "escort" is a noun of a process (development, growth, reform,
    revitalization, the business environment, production), never a person or a vehicle; a place
    the escort goes through ("through the construction site") is not its object and passes.
    """
    for m in ctx.finditer("C228", _ESCORT):
        if re.search(r"\b(?:through|past|into|across|around|out|from|to)[ \t]", m.group()):
            continue  # the object is a place passed through, not the thing escorted
        yield Hit(m.start(), m.end(), f"保驾护航 rendered {m.group()!r}: write 'support', 'safeguard' or 'underpin'")


_SPIRIT = LazyPattern(
    r"\b(?:implement(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|convey(?:s|ed|ing)?|relay(?:s|ed|ing)?|learn(?:s|ed|t|ing)?|"
    r"carr(?:y|ies|ied|ying)[ \t]+out|communicat(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|grasp(?:s|ed|ing)?|"
    r"understand(?:s|ing)?|understood|deliver(?:s|ed|ing)?|publiciz(?:e|es|ed|ing)|publicis(?:e|es|ed|ing)|"
    r"put[ \t]+into[ \t]+practice)[ \t]+(?:and[ \t]+[a-z]+[ \t]+)?the[ \t]+(?:important[ \t]+)?spirit[ \t]+of[ \t]+"
    r"(?:the[ \t]+|this[ \t]+|his[ \t]+|general[ \t]+secretary[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?'s[ \t]+)?"
    r"(?:[a-z0-9-]+[ \t]+){0,4}?(?:meetings?|conferences?|sessions?|plenums?|plenary|congress|documents?|speech(?:es)?|"
    r"talks?|instructions?|directives?|notices?|circulars?|letters?|reports?|remarks|inscriptions?)\b")


@rule(
    "C229", "implement-the-spirit", default=False, triggers_nocase=("spirit of",),
    bad=["The bureau met to ⟦convey the spirit of the provincial meeting⟧.",
         "Staff ⟦studied and implemented the spirit of the important instructions⟧.",
         "We will ⟦carry out the spirit of the plenary⟧ in every village."],
    good=["He kept to the spirit of the law.", "The film captures the spirit of the meeting.",
          "Implement the spirit of the agreement in good faith.", "the spirit of the age"],
)
def implement_the_spirit(ctx: Context) -> Iterator[Hit]:
    """传达/学习/贯彻…精神 rendered "convey the spirit of the meeting", "studied and implemented the
    spirit of the important instructions".

    A Chinese body 传达 (relays), 学习 (studies) and 贯彻 (implements) the 精神 of a meeting, a
    speech or a document, meaning its decisions and line; machine translation keeps "the spirit
    of". English reports that the body "briefed staff on the decisions of the meeting" or "acted
    on the instructions". Native English keeps to the spirit of a law or an agreement and captures
    the spirit of an age; a meeting, a session, a speech, an instruction or a document whose
    spirit is conveyed, studied or implemented is the calque. Off by default: 0 findings in the
    native prose and Markdown, but the development corpus's editor left one such sentence
    unmarked, and native journalism about China describes the ritual in the same words
    ("officials study the spirit of the plenum"), so it is not precise enough to run unasked.
    """
    for m in ctx.finditer("C229", _SPIRIT):
        yield Hit(m.start(), m.end(), f"精神 rendered 'the spirit of' in {m.group()!r}: write 'the decisions of' or "
                  "'acted on the instructions of'")


_AS_THE_ROLE = LazyPattern(lambda: r"[ \t]as[ \t]+(?:the|its|their|our)[ \t]+"
                            rf"(?:{_names('principle-roles')})\b(?![-'’])")
_TAKE_BEFORE = re.compile(r"\b(?:[Tt]ak(?:e|es|ing|en)|[Tt]ook|[Rr]egard(?:s|ed|ing)?)[ \t]+"
                          r"((?:[^\s.,;:!?]+[ \t]+){0,4}[^\s.,;:!?]+)$")


@rule(
    "C230", "take-as-the-center", triggers_nocase=(" as the ", " as its ", " as their ", " as our "),
    bad=["The hospital ⟦takes the patient as the center⟧ of its work.",
         "The school ⟦takes moral education as the fundamental task⟧.",
         "The county ⟦took the project as the carrier⟧ to draw in investment.",
         "We ⟦take quality as our lifeline⟧.", "It ⟦takes market demand as the orientation⟧."],
    good=["Take the square as the center of the circle.", "They took him as their guide.",
          "Take this as the main point.", "She took the job as the lead designer.",
          "He was regarded as the center of the team."],
)
def take_as_the_center(ctx: Context) -> Iterator[Hit]:
    """以…为中心/为根本任务/为载体/为生命线 rendered "take the patient as the center", "take moral
    education as the fundamental task", "took the project as the carrier", "take quality as our
    lifeline".

    Chinese states a principle as 以 X 为 Y (with X as Y); machine translation writes "take X as
    the Y". English turns it round: "puts patients first", "makes moral education its core
    task", "used the project to". A few roles of the frame are native after "take … as"
    ("as their guide", "as the lead designer", "as the main point"); the ones official Chinese
    uses for a principle are not: the center or main line, the main body, the carrier or handle,
    the breakthrough, the fundamental task, the lifeline. A passive ("was regarded as the center
    of the team") has no object between verb and "as" and passes; so does the centre of a
    circle (a geometric object).
    """
    text = ctx.text
    for m in ctx.matches("C230", _AS_THE_ROLE):
        line_start = text.rfind("\n", 0, m.start()) + 1
        verb = _TAKE_BEFORE.search(text, max(line_start, m.start() - 90), m.start())
        if verb is None or re.search(r"\b(?:circle|sphere|square|point|image|page|screen|map|origin|axis)\b", verb.group(1)):
            continue  # no object taken "as" the role, or geometry and layout: "take the square as the center"
        yield Hit(verb.start(), m.end(), f"以…为… rendered {text[verb.start():m.end()]!r}: turn it round "
                  "('puts patients first', 'makes … its core task')")


# 以X为准 "take X as the standard": the frame closes its clause (native "as the standard for" goes on).
_AS_THE_STANDARD = LazyPattern(r"[ \t]as[ \t]+the[ \t]+(?:standard|criterion|norm)(?=[ \t]*(?:[.,;:!?)）]|$))", re.M)


@rule(
    "C187", "take-as-the-standard", triggers_nocase=(" as the standard", " as the criterion", " as the norm"),
    bad=["Colours may differ; please ⟦take the goods received as the standard⟧.",
         "The timetable may change, ⟦taking the notice at the gate as the standard⟧, and trains may be late.",
         "Fees ⟦take the final invoice as the standard⟧."],
    good=["They took gold as the standard for the currency.", "Take this draft as the standard you aim for.",
          "The test was taken as the standard of the field, and others followed.", "Most labs take it as a standard.",
          "Many editors regard this manual as the standard."],
)
def take_as_the_standard(ctx: Context) -> Iterator[Hit]:
    """"Please take the official notice as the standard": 以X为准 (X prevails) rendered word for word.

    Chinese notices and product pages say which source decides when two differ with 以X为准
    (以实物为准, 以官网公告为准); machine translation writes "take X as the standard", the frame of
    C230 with 准 as its role. English says "X prevails" or "the X is binding". Flagged when the
    frame closes its clause (a mark or the end of the line after "the standard"): native English
    takes something as the standard *for* or *of* something else, and goes on; and only after
    "take", since native English regards a manual as the standard.
    """
    text = ctx.text
    for m in ctx.matches("C187", _AS_THE_STANDARD):
        line_start = text.rfind("\n", 0, m.start()) + 1
        verb = _TAKE_BEFORE.search(text, max(line_start, m.start() - 90), m.start())
        if verb is None or not verb.group().lower().startswith(("tak", "took")):
            continue
        yield Hit(verb.start(), m.end(), f"{text[verb.start():m.end()]!r}: 以…为准 rendered word for word; write "
                  f"'{verb.group(1)} prevails' or 'is binding'")


_STRING = LazyPattern(
    r"\b(?:[Tt]ighten(?:s|ed|ing)?|[Kk]eep(?:s|ing)?[ \t]+tight|[Ss]tretch(?:es|ed|ing)?)[ \t]+the[ \t]+"
    r"(?:(?:safety|security|epidemic[ \t]+prevention|discipline|integrity|clean[ \t]+government|flood[ \t]+control|"
    r"fire[ \t]+prevention|anti-corruption|ideological|political)[ \t]+strings?\b|"
    r"strings?[ \t]+of[ \t]+(?:safety|security|epidemic[ \t]+prevention|discipline|integrity|clean[ \t]+government|"
    r"flood[ \t]+control|fire[ \t]+prevention|anti-corruption|vigilance|prevention|responsibility)\b)|"
    r"\b(?:safety|security|discipline)[ \t]+strings?[ \t]+(?:tight|taut)\b")


@rule(
    "C231", "tighten-the-string", triggers_nocase=(
        "the string of ", "the strings of ",
        *_combos(("safety", "security", "discipline", "integrity", "prevention", "government", "control", "corruption",
                  "ideological", "political"), (" string",))),
    bad=["We must ⟦tighten the string of safety⟧ in the flood season.",
         "Cadres should ⟦keep tight the discipline string⟧ at all times.",
         "Schools ⟦tightened the strings of epidemic prevention⟧ again."],
    good=["Tighten the strings of the guitar.", "He tightened the string on his bow.",
          "Keep the safety string attached to the helmet.", "the string of pearls"],
)
def tighten_the_string(ctx: Context) -> Iterator[Hit]:
    """绷紧…弦 rendered "tighten the string of safety", "keep tight the discipline string".

    Chinese tells officials to 绷紧安全弦 (keep the string of safety taut): stay alert. Machine
    translation keeps the bowstring. English says "stay alert to safety" or "keep safety front of
    mind". Native strings are tightened on a guitar or a bow; only a string of safety, security,
    discipline or epidemic prevention is the metaphor.
    """
    for m in ctx.finditer("C231", _STRING):
        yield Hit(m.start(), m.end(), f"绷紧…弦 rendered {m.group()!r}: write 'stay alert to' or 'keep … front of mind'")


_FIRST_PLACE = LazyPattern(
    r"\b(?:[Pp]ut(?:s|ting)?|[Pp]lac(?:e|es|ed|ing)|[Rr]ank(?:s|ed|ing)?)[ \t]+(?:the[ \t]+)?"
    r"((?:safety|security|interests|health|lives|needs|quality|well-being|wellbeing|protection|people|people's|students|"
    r"patients|customers|employment|ecolog[a-z]*|environment[a-z]*|education|prevention|discipline|stability)\b"
    r"[^.;:!?\n,]{0,60}?)[ \t]+(?:in|at)[ \t]+the[ \t]+(?:first|top|primary|foremost)[ \t]+(?:place|position)\b")


@rule(
    "C232", "put-in-the-first-place", triggers_nocase=("first place", "first position", "top place", "top position",
                                                       "primary place", "primary position", "foremost place", "foremost position"),
    bad=["The school always ⟦puts the safety of pupils in the first place⟧.",
         "Clinics must ⟦place people's health at the top position⟧.",
         "We ⟦put employment in the first place⟧ this year."],
    good=["Why did you put the safety pin there in the first place?", "They put people's lives at risk in the first place.",
          "She placed first in the race.", "The team put Li in first place after the heats."],
)
def put_in_the_first_place(ctx: Context) -> Iterator[Hit]:
    """放在首位 and 摆在首要位置 rendered "put the safety of pupils in the first place", "place
    people's health at the top position".

    Chinese gives a priority a place: 把安全放在首位 (put safety in the first position).
    Machine translation keeps the place; English "in the first place" means "to begin with"
    ("why did you go in the first place?"), so the sentence reads wrong. English says "puts
    safety first" or "makes safety its first priority". Flagged only when the object put there
    is a value a report ranks (safety, health, the people's interests, employment, the
    environment) and nothing puts it at risk, in danger or somewhere on the way; a runner placed
    first, or put "in first place" without the article, passes.
    """
    for m in ctx.finditer("C232", _FIRST_PLACE):
        if re.search(r"\b(?:at[ \t]+risk|in[ \t]+danger|in[ \t]+jeopardy|on[ \t]+hold|there|here|back)\b", m.group(1)):
            continue  # "put lives at risk in the first place": the idiom "to begin with"
        yield Hit(m.start(), m.end(), f"放在首位 rendered {m.group()!r}: write 'puts … first' or 'makes … the first priority'")


_NEW_STEP = LazyPattern(
    r"\b(?:[Cc]limb(?:s|ed|ing)?|[Mm]ount(?:s|ed|ing)?|[Ss]tep(?:s|ped|ping)?[ \t]+(?:up[ \t]+)?(?:on(?:to)?|up)|"
    r"[Ss]trid(?:e|es|ing)[ \t]+(?:on(?:to)?|up)|[Ss]trode[ \t]+(?:on(?:to)?|up)|[Rr]each(?:es|ed|ing)?|[Gg]o(?:es)?[ \t]+up|"
    r"[Ww]ent[ \t]+up|[Mm]ov(?:e|es|ed|ing)[ \t]+up)[ \t]+(?:to[ \t]+)?(?:a|one|another)[ \t]+(?:new|higher|bigger)[ \t]+"
    r"(?:steps?|stairs?|stair[ \t]+steps?)\b(?![ \t]+(?:of|in|on)[ \t]+(?:the|a|its|this)[ \t]+(?:process|procedure|"
    r"recipe|tutorial|dance|ladder|algorithm|wizard|pipeline|installation)\b)|"
    r"\b(?:[Pp]ush(?:es|ed|ing)?|[Pp]romot(?:e|es|ed|ing)|[Dd]riv(?:e|es|ing)|[Dd]rove|[Bb]ring(?:s|ing)?|[Bb]rought|[Ll]ift(?:s|ed|ing)?)"
    r"[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,6}?(?:to|on(?:to)?)[ \t]+(?:a[ \t]+)?(?:new|higher)[ \t]+(?:steps?|stairs?)\b")


@rule(
    "C233", "new-step-for-new-level", triggers_nocase=("new step", "higher step", "bigger step", "new stair", "higher stair"),
    bad=["Exports ⟦climbed a new step⟧ this year.", "The county's economy ⟦reached a new step⟧.",
         "We will ⟦push the work of the whole district to a new step⟧.",
         "Services ⟦stepped onto a higher stair⟧ in 2023."],
    good=["The team took a new step toward the goal.", "Each new step adds a field.", "He climbed a new staircase in the tower of the castle",
          "You reach a new step of the wizard.", "This is a bold new step for us."],
)
def new_step_for_new_level(ctx: Context) -> Iterator[Hit]:
    """迈上新台阶 and 推动…上新台阶 rendered "climbed a new step", "reached a new step", "push
    the work to a new step".

    Chinese reports say output, work or a county's economy 迈上 (strode onto) a 新台阶 (new step of
    a staircase); machine translation keeps the stair. English says "reached a new level" or
    "rose to a new high". Native English takes a new step (a move), or reaches the next step of a
    procedure (a wizard, a recipe: those pass); it does not climb, mount or reach "a new step" or
    "a higher stair" as a level of output, nor push work "to a new step".
    """
    for m in ctx.finditer("C233", _NEW_STEP):
        yield Hit(m.start(), m.end(), f"新台阶 rendered {m.group()!r}: write 'reached a new level' or 'rose to a new high'")


_OBVIOUS_RESULTS = LazyPattern(
    r"\b(?:[Aa]chiev(?:e|es|ed|ing)|[Oo]btain(?:s|ed|ing)?|[Yy]ield(?:s|ed|ing)?|[Gg]ain(?:s|ed|ing)?|[Gg]ot|[Gg]et(?:s|ting)?|"
    r"[Mm]ade|[Mm]ak(?:e|es|ing))[ \t]+(?:(?:initial|preliminary|certain|some|very|more|most|relatively)[ \t]+)?"
    r"(?:obvious|phased|phasic|stage|stagewise|stage-by-stage)[ \t]+(?:results?|effects?|achievements?|successes|progress|outcomes?)\b")


@rule(
    "C234", "obvious-results", triggers_nocase=_combos(("obvious ", "phased ", "phasic ", "stage ", "stagewise ", "stage-by-stage "),
                                                    ("result", "effect", "achievement", "success", "progress", "outcome")),
    bad=["The clean-up has ⟦achieved obvious results⟧.", "The pilot ⟦obtained phased achievements⟧ by May.",
         "Rural roads ⟦made stage progress⟧ this year.", "Training has ⟦achieved initial obvious effects⟧."],
    good=["The results were obvious to everyone.", "The obvious result is a longer queue.",
          "They made phased withdrawals of troops.", "She made stage props for the play.",
          "We achieved phased delivery of the parts."],
)
def obvious_results(ctx: Context) -> Iterator[Hit]:
    """取得明显成效 and 取得阶段性成果 rendered "achieved obvious results", "obtained phased
    achievements", "made stage progress".

    Chinese reports close each item with 取得明显成效 (achieved marked results) or 阶段性成果 (results
    for this stage); machine translation writes "obvious" for 明显 and "phased" or "stage" for
    阶段性. English results are "clear", "marked" or "significant", and progress is made "so
    far"; "obvious" in English means plain to see ("the obvious result is", "the results were
    obvious"), and "phased" qualifies a plan carried out in stages ("phased withdrawals",
    "phased delivery"). Only results, effects, achievements or progress achieved, obtained or
    made "obvious", "phased" or "stage" are the calque.
    """
    for m in ctx.finditer("C234", _OBVIOUS_RESULTS):
        yield Hit(m.start(), m.end(), f"明显成效/阶段性成果 rendered {m.group()!r}: write 'achieved clear results' or "
                  "'made progress so far'")


_HARD_THINGS = (r"(?:financing|parking|employment|enrol(?:l)?ment|schooling|medical[ \t]+treatment|hospitali[sz]ation|"
                r"housing|loans?|charging|travel(?:l?ing)?|registration|approval|toilets?|elderly[ \t]+care|childcare|"
                r"admission|recruitment|property[ \t]+certificates?|payment[ \t]+of[ \t]+wages|wage[ \t]+payment)")
_HARD_TO = (r"(?:see(?:ing)?[ \t]+a[ \t]+doctor|go(?:ing)?[ \t]+to[ \t]+school|enter(?:ing)?[ \t]+(?:kindergarten|school)|"
            r"park(?:ing)?|get(?:ting)?[ \t]+a[ \t]+loan|find(?:ing)?[ \t]+a[ \t]+job|get(?:ting)?[ \t]+a[ \t]+taxi|"
            r"charg(?:e|ing)|raise[ \t]+funds|get[ \t]+paid)")
_DIFFICULT = LazyPattern(
    r"\b(?:problems?|issues?|difficult(?:y|ies)|troubles?)[ \t]+of[ \t]+(?:the[ \t]+)?[\"“']?(?:difficult|expensive|hard|slow)"
    rf"(?:[ \t]+and[ \t]+(?:expensive|difficult|slow|hard))?[ \t]+{_HARD_THINGS}\b|"
    r"(?:\b(?:problems?|issues?|difficult(?:y|ies))[ \t]+of[ \t]+(?:the[ \t]+)?[\"“']?|\b[Tt]he[ \t]+[\"“']?|[\"“'])"
    rf"(?:difficult|expensive|hard)(?:[ \t]+and[ \t]+(?:expensive|difficult|slow|hard))?[ \t]+to[ \t]+{_HARD_TO}\b")


@rule(
    "C235", "difficult-x-problem", triggers_nocase=(
        *_combos(("of ", "of the "), ("", "\"", "“", "'"), ("difficult ", "expensive ", "hard ", "slow ")),
        *_combos(("the ", "\"", "“", "'", "the \"", "the “", "the '"), ("difficult ", "expensive ", "hard "),
                 ("to ", "and expensive to ", "and difficult to "))),
    bad=["New garages ease the ⟦problem of difficult parking⟧ downtown.",
         "Banks will solve the ⟦problems of difficult and expensive financing⟧ for small firms.",
         "Clinics in every town end ⟦the difficult to see a doctor⟧ situation.",
         "It eased ⟦the “hard to go to school⟧” of migrant children."],
    good=["Parking is difficult downtown.", "It is hard to see a doctor on Sundays.",
          "the problem of difficult terrain", "Financing is difficult and expensive for small firms.",
          "She found it hard to park the van."],
)
def difficult_x_problem(ctx: Context) -> Iterator[Hit]:
    """看病难, 停车难, 融资难融资贵 and the other 难 of public services rendered "the problem of
    difficult parking", "difficult and expensive financing", "the difficult to see a doctor".

    Chinese names a public grievance by a noun and 难 (hard) or 贵 (dear): 停车难, 入园难, 看病难、看病
    贵, 融资难融资贵; reports promise to solve the 问题 of it. Machine translation keeps the
    adjective before the noun or the verb ("the problem of difficult parking", "the difficult to see
    a doctor"). English says "the shortage of parking", "the cost and difficulty of borrowing", "how
    hard it is to see a doctor". Native English finds parking difficult, and terrain or customers
    difficult (a quality of the thing); the public services after "the problem of difficult" and
    the verb phrase "difficult to see a doctor" after "the" or inside quotation marks are the frame.
    """
    for m in ctx.finditer("C235", _DIFFICULT):
        yield Hit(m.start(), m.end(), f"…难 rendered {m.group()!r}: write 'the shortage of …' or 'how hard it is to …'")
