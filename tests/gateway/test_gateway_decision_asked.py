"""Words asking after an application's decision with no service named, "keno reject holo" (why was it rejected),
"reject holo", "আবেদন বাতিল হল কেন", "my application rejected", "approve hoyeche?", "still pending", are application
words, building permission's and the trade NOC's both, as "my application" is: the menu asks which service they are
for. A first-timer's "keno reject holo" was kept to send to Complaints; it now gets that question, in Bengali. Words
naming a complaint, a booking, one's pay or a scheme neither issues stay theirs.

So does applying said done, "ami apply korechi", "I have applied", "আমি আবেদন করেছি", "application jama diyechi"
(kept for Complaints, or the services' menus): one's own applications; with the permission or the licence named ("ami
permission er jonno apply korechi", "I already applied for building permission", "trade licence er jonno apply
korechi"), that service's own. Words of a scheme neither issues, a job, a booking or a complaint stay out."""
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
    "keno reject holo", "reject holo", "reject hoye geche", "amar ta keno reject holo", "why was it rejected?",
    "why rejected", "my application rejected", "rejected", "approve hoyeche?", "approved?", "still pending",
    "keno pending", "আবেদন বাতিল হল কেন", "বাতিল হল কেন", "কেন বাতিল হলো?", "নামঞ্জুর হল কেন", "অনুমোদন হয়েছে?",
    "batil hoye geche keno",
    # applying said done
    "ami apply korechi", "ami apply korechilam kintu kichu hoyni", "apply korechi 2 mas hoye gelo", "I have applied",
    "I applied online", "we have submitted an application", "abedon korechi", "application jama diyechi",
    "আমি আবেদন করেছি", "আবেদন জমা দিয়েছি", "আবেদন করেছিলাম, কিছু হয়নি",
])
async def test_the_decision_asked_or_applying_said_with_no_service_named_is_asked_which(stack: Stack, words: str):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == BOTH


@pytest.mark.parametrize(("words", "service"), [
    ("why was my building permit rejected", "permit"), ("trade licence keno reject holo", "noc"),
    ("my complaint was rejected", "grievance"), ("অভিযোগ বাতিল", "grievance"), ("বুকিং বাতিল করতে চাই", "tourism"),
    ("my pension application rejected", "grievance"), ("ration card batil hoye geche", None),
])
async def test_the_decision_of_what_is_named_stays_its_services(stack: Stack, words: str, service: str | None):
    await at_the_menu(stack)
    found = await stack.client.app[GATEWAY].menu.for_message().claims(words)
    assert [tap.split(":")[0] for tap in found[:1]] == ([service] if service else [])
    assert not set(BOTH) <= set(found)


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


@pytest.mark.parametrize("words", ["keno reject holo", "আমি আবেদন করেছি"])
async def test_a_first_timers_why_rejected_is_asked_which_service_not_kept_for_complaints(stack: Stack, words: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, words))
    (which,) = stack.recorder.bodies()
    assert which["interactive"]["body"]["text"].startswith("এটি কোন পরিষেবার জন্য?")
    assert [row["id"] for row in which["interactive"]["action"]["sections"][0]["rows"]] == [
        "shell:claimed:permit:mine", "shell:claimed:noc:mine"]
    assert [e for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")] == []  # sent nowhere yet
