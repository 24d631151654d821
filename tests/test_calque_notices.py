"""calque_notices and calque_counts (C200-C210): the arithmetic of C203's fix, C206's fix applied twice, and a native
notice that gives nothing. Texts are invented for these tests."""

from __future__ import annotations

import pytest

from toolkit import Document, apply_edits
from toolkit.profile import Profile
from toolkit.registry import Context, all_rules

RULES = all_rules()
CODES = [f"C2{i:02}" for i in range(11)]


def findings(code: str, text: str):
    return list(RULES[code].run(Context(Document(text), Profile.default(), None)))


def fixed(code: str, text: str) -> str:
    edits = [e for f in findings(code, text) if f.fix for e in f.fix.edits]
    return apply_edits(text, edits) if edits else text


@pytest.mark.parametrize(("text", "expected"), [
    ("cost 0.5 ten thousand yuan", "cost 5,000 yuan"),
    ("cost 120 ten thousand yuan", "cost 1,200,000 yuan"),
    ("cost 1,200 ten thousand yuan", "cost 12,000,000 yuan"),
    ("cost 0.35 hundred million yuan", "cost 35 million yuan"),
    ("cost 7.5 ten million yuan", "cost 75 million yuan"),
    ("read by 3w+ people", "read by 30,000+ people"),
    ("cost 1.23456 ten thousand yuan", "cost 1.23456 ten thousand yuan"),  # a fraction finer than one yuan: left
])
def test_wan_and_yi_fix_gives_the_number(text, expected):
    assert fixed("C203", text) == expected


def test_other_before_count_fix_is_stable():
    text = "rice, tea and other more than 30 products went abroad"
    once = fixed("C206", text)
    assert once == "rice, tea and more than 30 other products went abroad"
    assert fixed("C206", once) == once


def test_native_notice_gives_nothing():
    text = ("Opening hours: the museum is open daily from 9 a.m. to 5 p.m.; last admission is at 4.30 p.m. "
            "Ticket sales end at 4 p.m. Children under 1.2 metres go free, and visitors aged 60 and over pay half. "
            "Smoking is strictly prohibited. Please contact us by phone for group bookings of more than 20 people. "
            "We apologise for any inconvenience the building work may cause. Visitors from Nanjing, Shanghai "
            "and 20 other cities came to the fair, which Nanjing city council supports.")
    assert [f for code in CODES for f in findings(code, text)] == []
