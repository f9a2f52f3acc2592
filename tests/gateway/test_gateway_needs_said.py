"""What villagers type at the main menu for a permission, a licence or a pay slip in their own words: "amar bari banate
permission lagbe" reached building permission's status answer ("No application is registered…"), "dokan er licence
chai" and "ami panchayat er karmachari, amar beton er slip chai" were not understood, nor was "kagoj ta kobe pabo".
A permission or licence needed now reaches that service's how-to-apply answer (unless the words ask after one applied
for), the slip payroll's slip, and the paper asked after asks which service, as words two services announce do."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from simulator import webhooks as wa


async def at_the_menu(stack: Stack) -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()


def routed(stack: Stack) -> list[str]:
    return [e.type for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


@pytest.mark.parametrize(("words", "tap"), [
    # a permission needed: how to apply
    ("amar bari banate permission lagbe", "permit:apply"), ("আমার বাড়ি বানানোর অনুমতি লাগবে", "permit:apply"),
    ("ghor banabo, onumoti chai", "permit:apply"), ("বাড়ি তৈরির অনুমতি চাই", "permit:apply"),
    ("I need permission to build my house", "permit:apply"), ("need a building permit", "permit:apply"),
    ("barir permission kivabe pabo", "permit:apply"), ("বাড়ি বানানোর অনুমতি কীভাবে পাব", "permit:apply"),
    # ... unless the words ask after one applied for, or for its letter
    ("amar bari banate permission kobe pabo", "permit:mine"), ("amar barir onumoti kothay", "permit:mine"),
    ("amar barir permission er ki holo", "permit:mine"), ("আমার বাড়ির অনুমতি কবে পাব", "permit:mine"),
    ("amar barir permission er status", "permit:mine"), ("building permission letter chai", "permit:letters"),
    # a trade's licence needed: how to apply
    ("dokan er licence chai", "noc:apply"), ("trade licence chai", "noc:apply"), ("দোকানের লাইসেন্স চাই", "noc:apply"),
    ("ট্রেড লাইসেন্স লাগবে", "noc:apply"), ("I need a trade licence for my shop", "noc:apply"),
    ("amar dokaner licence er ki holo", "noc:mine"), ("amar trade licence er ki holo", "noc:mine"),
    ("dokaner licence", "noc:menu"), ("licence", "noc:menu"), ("NOC certificate chai", "noc:letters"),
    # a pay slip, however the pay is named
    ("ami panchayat er karmachari, amar beton er slip chai", "payroll:slip"), ("betoner slip", "payroll:slip"),
    ("বেতনের স্লিপ চাই", "payroll:slip"), ("বেতন এর স্লিপ দিন", "payroll:slip"), ("mayne slip", "payroll:slip"),
    ("mayner slip chai", "payroll:slip"), ("my salary slip please", "payroll:slip"),
    # ordinary words are nobody's but their own service's
    ("rastar alo nei", "grievance:words"), ("driving licence chai", None),
])
async def test_the_words_reach_what_they_ask_for(stack: Stack, words: str, tap: str | None):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) == tap, words


@pytest.mark.parametrize("words", ["ghor chai", "ekta ghor lagbe", "amar licence ta harie geche", "paper nei"])
async def test_a_room_or_another_paper_is_no_permission_or_licence(stack: Stack, words: str):
    await at_the_menu(stack)
    tap = await stack.client.app[GATEWAY].menu.for_message().asked_for(words) or ""
    assert not tap.startswith(("permit:", "noc:")), (words, tap)


@pytest.mark.parametrize("words", ["kagoj ta kobe pabo", "কাগজ কবে পাব", "amar kagoj kokhon debe"])
async def test_the_paper_asked_after_asks_which(stack: Stack, words: str):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == ["permit:mine", "noc:mine"]
    await stack.say(wa.text(RINA, words))
    assert routed(stack) == []  # to neither service before the person says which
    [body] = stack.recorder.bodies()
    offered = [row["id"] for section in body["interactive"]["action"]["sections"] for row in section["rows"]]
    assert text_of(body).startswith("Which service") and offered == ["shell:claimed:permit:mine", "shell:claimed:noc:mine"], body
