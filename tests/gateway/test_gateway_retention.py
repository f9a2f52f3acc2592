"""What the gateway keeps about a person (language, session, username id) goes a year and a month after they were
last heard from, or after the notice that made their profile when they never wrote; they are then asked their
language afresh. The STOP that stops notices is the sender's and stays (tests/gateway/sender)."""
from __future__ import annotations

from gateway_kit import GOPAL, RINA, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY, KEPT
from shared.envelope import Envelope
from shared.retention import purge
from simulator import webhooks as wa


async def sweep(stack: Stack) -> int:
    """The gateway's hourly sweep; returns how many profiles went."""
    store = stack.client.app[GATEWAY].store
    return sum([await purge(store, keep, stack.clock()) for keep in KEPT if keep.collection == "profiles"])


def now(stack: Stack) -> dict[str, str]:
    """A message sent at the test's clock (an old one is dropped as stale)."""
    return {"timestamp": str(int(stack.clock().timestamp()))}


async def notice(stack: Stack, wa_id: str, service: str = "payroll") -> None:
    """A service spoke first to someone (a pay slip's notice)."""
    await stack.client.app[GATEWAY].consume(Envelope(type="wa.session.claimed", source=service,
                                                     occurred_at=stack.clock(),
                                                     payload={"service": service, "wa_id": wa_id}))


async def test_someone_silent_for_a_year_and_a_month_is_asked_their_language_again(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা", **now(stack)))
    await stack.say(wa.button_reply(GOPAL, "shell:lang:en", "English", **now(stack)))
    stack.clock.advance(days=30)
    await stack.say(wa.text(GOPAL, "menu", **now(stack)))
    stack.clock.advance(days=371)  # Rina last wrote 401 days ago, Gopal 371

    assert await sweep(stack) == 1

    profiles = Profiles(stack.client.app[GATEWAY].store)
    assert (await profiles.get(RINA)).lang is None and (await profiles.get(GOPAL)).lang == "en"
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "নমস্কার", **now(stack)))
    (question,) = stack.recorder.bodies(RINA)
    assert [b["reply"]["id"] for b in question["interactive"]["action"]["buttons"]] == ["shell:lang:bn",
                                                                                        "shell:lang:en"]
    await stack.say(wa.text(GOPAL, "menu", **now(stack)))
    (menu,) = stack.recorder.bodies(GOPAL)
    assert menu["interactive"]["type"] == "list"  # still known, in English


async def test_a_notice_to_someone_who_never_wrote_leaves_no_profile_behind_for_ever(stack: Stack):
    await notice(stack, RINA)
    stack.clock.advance(days=2)
    await notice(stack, GOPAL)
    stack.clock.advance(days=399)  # Rina's notice 401 days ago, Gopal's 399
    assert await sweep(stack) == 1
    store = stack.client.app[GATEWAY].store
    assert await store.collection("profiles").get(RINA) is None
    assert (await Profiles(store).get(GOPAL)).session_service == "payroll"


async def test_a_person_who_writes_keeps_their_profile_however_old_their_last_session(stack: Stack):
    """Their last act may leave an old session in place (help, STOP): what counts is that they wrote."""
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English", **now(stack)))
    await stack.say(wa.button_reply(RINA, "tourism:menu", "Guest houses", **now(stack)))
    stack.clock.advance(days=500)
    await stack.say(wa.text(RINA, "help", **now(stack)))
    assert await sweep(stack) == 0
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).lang == "en"


async def test_the_gateways_store_is_indexed_for_its_sweep(stack: Stack):
    gateway = stack.client.app[GATEWAY]
    assert {keep.index for keep in KEPT} <= set(gateway.indexes)
