"""Broken sentences and repetition on fresh text of the web-page genres (session 10, wt-bd).

Each case is a sentence written for this file, of the kind machine translation of Chinese web
pages produces (report, notice, court Q&A, procurement, company, tourism, history, health,
school, culture, README), run through all default rules: the rule of its class must find it.
The near misses are native English of the same shape: no rule of the B and D families may fire.
"""

from __future__ import annotations

import pytest

from toolkit.engine import check_text

CASES = [
    # (rule, text, the words the finding covers)
    ("D111", "The canteen was closed for repairs in June. the canteen was closed for repairs in June.\n",
     "the canteen was closed for repairs in June"),
    ("D111", "Each stall owner signed the pledge; each stall owner signed the pledge.\n",
     "each stall owner signed the pledge"),
    ("D111", "After the flood the dyke was raised by a metre, the work was done in May. the work was done in May.\n",
     "the work was done in May"),
    ("D112", "Local dishes include rice noodles, sour fish, sour fish and pickled greens.\n", "sour fish"),
    ("D112", "## 3.0.1\n- Fixed the login page freezing on slow networks\n- Fixed the login page freezing on slow networks\n",
     "Fixed the login page freezing on slow networks"),
    ("D113", "The village planted 200 mu of chestnut trees chestnut trees last spring.\n",
     "chestnut trees chestnut trees"),
    ("D101", "The survey took 14 weeks weeks to finish.\n", " weeks"),
    ("B110", "Keep the receipt after paying the fee, Tickets are checked at the gate.\n", "Tickets"),
    ("B110", "First, Register on the website; second, bring your papers.\n", "Register"),
    ("B102", "The shop sells tea from six counties, Among them the best is from Anxi.\n", "Among"),
    ("B102", "In 2017, The factory opened a second line.\n", "The"),
    ("B101", "Overview of the year's work In 2023, the office handled 412 cases.\n", "In"),
    ("B101", "Facts of the case On May 9 2022 the tenant left without notice.\n", "On"),
    ("B111", "4. Collect the tickets at the service desk Time: 9:00 to 11:30 on Saturday\n", "Time"),
    ("B112", "The pier was rebuilt after the storm of 1998. it now serves two ferry lines.\n", "it"),
    ("B113", "The old granary was restored in 2019, is now a small museum of farming.\n", ", is"),
]

NATIVE = [
    "Water, water, everywhere, and all the boards did shrink.",
    "The well, which was dug in 1890, is still in use.",
    "Whatever the cause was, is unclear.",
    "Try again. Try again.",
    "It was a long, long road.",
    "In 1999, the council closed the mill.",
    "Prices rose more and more, year after year.",
    "See Chapter 4, Installing the tools, for details.",
    "The header Date: Mon, 2 Jan is added by the server.",
    "Use a tool, e.g. the one in the kit, to open it.",
    "- Added a dark theme\n- Added a dark theme for the editor\n",
    "He said bye bye to everyone at the gate.",
]


@pytest.mark.parametrize(("code", "text", "covered"), CASES)
def test_class_is_found(code, text, covered):
    findings = [f for f in check_text(text) if f.code == code]
    assert findings, f"{code} missed: {text!r}"
    assert any(covered in text[f.start:f.end] or text[f.start:f.end] in covered for f in findings), \
        [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("text", NATIVE)
def test_native_near_miss_is_left_alone(text):
    assert [f.code for f in check_text(text) if f.code[0] in "BD"] == []
