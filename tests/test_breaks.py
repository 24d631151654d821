"""B101 and B104 on the classes their examples do not show: a capital after a code span, an
acronym that is no part of a name, a heading whose capitals say nothing of the text, and the
labels and titles of native documentation that must pass."""

from __future__ import annotations

from toolkit.document import Document
from toolkit.profile import Profile
from toolkit.registry import Context, all_rules

RULES = all_rules()


def spans(code: str, text: str, path: str = "doc.txt") -> list[str]:
    ctx = Context(Document(text, path), Profile.default())
    return [text[f.start:f.end] for f in RULES[code].run(ctx)]


def test_capital_after_a_code_span_in_markdown():
    assert spans("B104", "Take the tag of `left-pad@1.3.0` Copy it to the address below.\n", "doc.md") == ["Copy"]
    assert spans("B104", "## `left-pad` Options and flags\n", "doc.md") == []


def test_an_acronym_two_words_away_is_no_name():
    assert spans("B104", "the data reach the ETL pipeline Smoothly and fast, said the engineers", ) == []
    assert spans("B104", "the job goes into the ETL pipeline Fits in well with the rest") == ["Fits"]
    assert spans("B104", "it plays WebM and Flash clips on most pages") == []


def test_a_title_case_heading_is_no_evidence_of_a_name():
    text = "Report on Honest Service Work\n\nWe praised honest staff and raised the staff's Honest service to all.\n"
    assert spans("B104", text) == ["Honest"]
    named = "The Honest Service Group met. We praised honest staff and the staff's Honest service to all.\n"
    assert spans("B104", named) == []


def test_labels_titles_and_identifiers_of_native_documentation_pass():
    for text in ("put the word unsubscribe in the Subject line of the mail",
                 "open the File menu) and choose a printer",
                 "the rules are described in Building packages from source.",
                 "the helper class Shape is used here, and the exception Error is raised",
                 "a Pool made by multiprocessing.Pool() and a queue made by Queue() of the module"):
        assert spans("B104", text) == [], text


def test_b101_after_a_closing_quotation_mark_and_not_in_a_cross_reference():
    assert spans("B101", 'the fields "green energy" The 2025 guidelines were issued') == ["The"]
    assert spans("B101", 'he called it "the one" and left') == []
    assert spans("B101", "for the details, see The testing distribution.") == []
    assert spans("B101", "copy the address to the From header of the mail") == []
    assert spans("B101", "the tasks of the county They are all done") == ["They"]


def test_comma_splice_after_a_request():
    assert spans("B106", "Please restart the service and try again, it should work now.") == [", it"]
    assert spans("B106", "please, we need more time") == []
    assert spans("B106", "Please make sure that when it fails, it is logged.") == []  # a subordinate clause
    assert spans("B106", "Please see the README, Chapter 2.") == []  # no pronoun after the comma


def test_list_announced_with_a_comma():
    assert spans("B107", "It has the following parts, the first part is a base.") == [","]
    assert spans("B107", "It has the following parts, the first of which is a base.") == []
    assert spans("B107", "It has the following parts: the first part is a base.") == []


def test_capital_after_a_closing_quotation_mark():
    assert spans("B108", 'the "save water, save power" Campaign ran for a year') == ["Campaign"]
    assert spans("B108", 'the "save water" Campaign ran') == ["Campaign"]
    assert spans("B108", 'the "water" Campaign ran') == []  # one quoted word: a label before a name
    assert spans("B108", 'he said "go home, now" The rest left') == []  # an opener is B101's
    assert spans("B108", 'the "save water, save power" Campaign Office ran it') == []  # a name: capitals near


def test_question_as_subject_after_a_comma():
    assert spans("B109", "Prices rose, how to keep them down is the task.") == [", how to keep them down"]
    assert spans("B109", "We know what to buy, how to pay and where.") == []
