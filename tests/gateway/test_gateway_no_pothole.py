"""Words saying there is no pothole ("rastay kono gorto nei", "রাস্তায় কোনো গর্ত নেই") or that a thing has no problem
("জলের কোনো সমস্যা নেই") began a complaint at the main menu: "nei" after the road, a few words on, was read as the
road missing, and the Bengali "no problem" guard looked for নোই, a spelling nobody types, not নেই / নাই. They now
reach no complaint; a problem said in another clause still begins one, and the grievance phrases stay within the
menu's limits."""
from __future__ import annotations

import pytest
from gateway_kit import Stack

from gateway.state import GATEWAY
from services.grievance.domain.subject import guess
from services.grievance.service import MENU
from shared.problems import unmended
from shared.runtime.spec import PHRASE_MAX


@pytest.mark.parametrize("words", [
    "rastay kono gorto nei", "রাস্তায় কোনো গর্ত নেই", "rasta te gorto nai", "রাস্তায় গর্ত নেই",
    "জলের কোনো সমস্যা নেই", "রাস্তার কোনো অসুবিধা নাই"])
async def test_no_pothole_or_no_problem_reaches_no_complaint(stack: Stack, words: str):
    await stack.announce_services()
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) is None


@pytest.mark.parametrize(("words", "subject"), [
    ("rastay kono gorto nei, kintu jol nei", "water"), ("রাস্তায় গর্ত নেই কিন্তু জল নেই", "water"),
    ("rastay boro gorto", "roads"), ("জল নেই", "water"), ("jal nei", "water"), ("bati jolche na", "lights")])
async def test_a_problem_said_beside_it_still_begins_one(stack: Stack, words: str, subject: str):
    await stack.announce_services()
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) == "grievance:words"
    assert guess(unmended(words), ["water", "roads", "lights", "drainage"]) == subject


def test_the_phrases_stay_within_the_limit():
    assert all(len(p.pattern) <= PHRASE_MAX for p in MENU.phrases)
