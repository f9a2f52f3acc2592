"""How to apply for building permission asked in Hindi ("ghar banane ki anumati kaise milegi", "naksha pass kaise
karaye", "नक्शा पास कैसे कराएं", "भवन निर्माण की अनुमति कैसे मिलेगी") got the permission's menu or one's own
applications, where "bari banabar onumoti kivabe pabo" was told how to apply: it is told so too, at the main menu and in
the permission's chat. Whether one's plan passed asked in Hindi ("नक्शा पास हुआ क्या") is one's own applications, as in
Bengali; another scheme's or a trade licence's is none of building permission's."""
from __future__ import annotations

import pytest
from test_permit_how_to_apply import claimed

APPLY = ["ghar banane ki anumati kaise milegi", "building permission ke liye apply kaise kare",
         "naksha pass kaise karaye", "नक्शा पास कैसे कराएं", "नक्शा पास करवाना है", "भवन निर्माण की अनुमति कैसे मिलेगी"]


@pytest.mark.parametrize("typed", APPLY)
def test_how_to_apply_in_hindi_is_how_to_apply(typed):
    assert claimed(typed) == "apply", typed


@pytest.mark.parametrize(("typed", "action"), [("नक्शा पास हुआ क्या", "mine"), ("mera naksha pass hua kya", "mine"),
                                               ("pension ke liye apply kaise kare", None),
                                               ("trade license kaise banaye", None)])
def test_ones_plan_asked_after_or_another_paper_is_not(typed, action):
    assert claimed(typed) == action, typed


@pytest.mark.parametrize("typed", ["naksha pass kaise karaye", "anumati kaise milegi"])
async def test_in_the_permissions_chat_how_to_apply_is_told(citizen, typed):
    answer = await citizen("919812340013", lang="en").say(typed)
    assert "make an application at your gram panchayat office" in answer.text, answer.text
