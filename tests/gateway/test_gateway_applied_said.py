"""Applying said done, "ami apply korechi", "I have applied", "আমি আবেদন করেছি", "application jama diyechi", asks
after one's own applications as "my application" does: building permission's and the trade NOC's both, so the menu
asks which; with the permission or the licence named ("ami permission er jonno apply korechi", "I already applied
for building permission", "trade licence er jonno apply korechi"), that service's own. They were kept to send to
Complaints, or got the service's menu. Words of a scheme neither issues, a job, a booking or a complaint stay out."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.state import GATEWAY
from simulator import webhooks as wa

BOTH = ["permit:mine", "noc:mine"]


async def at_the_menu(stack: Stack) -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()


@pytest.mark.parametrize("words", [
    "ami apply korechi", "ami apply korechilam kintu kichu hoyni", "apply korechi 2 mas hoye gelo", "I have applied",
    "I applied online", "we have submitted an application", "abedon korechi", "application jama diyechi",
    "আমি আবেদন করেছি", "আবেদন জমা দিয়েছি", "আবেদন করেছিলাম, কিছু হয়নি",
])
async def test_applying_said_with_no_service_named_is_asked_which(stack: Stack, words: str):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == BOTH


@pytest.mark.parametrize(("words", "service"), [
    ("ami permission er jonno apply korechi", "permit"), ("I already applied for building permission", "permit"),
    ("bari bananor permission er jonno abedon korechi", "permit"), ("trade licence er jonno apply korechi", "noc"),
    ("I applied for NOC last month", "noc"), ("আমি ট্রেড লাইসেন্সের জন্য আবেদন করেছি", "noc"),
])
async def test_applying_said_for_what_is_named_is_that_services_own(stack: Stack, words: str, service: str):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == [f"{service}:mine"]


@pytest.mark.parametrize("words", [
    "I applied for pension", "ration card er jonno apply korechi", "I applied for job card",
    "I applied for a job at the panchayat", "room booking er jonno apply korechi", "how do I apply",
    "apply korte chai", "complaint korechi", "I applied for pension and building permission last year but nothing",
])
async def test_applying_for_what_neither_issues_or_to_apply_is_not_ones_applications(stack: Stack, words: str):
    await at_the_menu(stack)
    assert not set(BOTH) & set(await stack.client.app[GATEWAY].menu.for_message().claims(words))


async def test_a_first_timers_applied_is_asked_which_service_in_bengali(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "আমি আবেদন করেছি"))
    (which,) = stack.recorder.bodies()
    assert which["interactive"]["body"]["text"].startswith("এটি কোন পরিষেবার জন্য?")
    assert [row["id"] for row in which["interactive"]["action"]["sections"][0]["rows"]] == [
        "shell:claimed:permit:mine", "shell:claimed:noc:mine"]
