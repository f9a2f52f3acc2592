"""Where one's things stand asked with no word for which ("status", "check status", "my status", "স্ট্যাটাস দেখব",
"track my request") got "Sorry, I did not follow that" at the main menu: each service that keeps a person's records
(complaints, bookings, applications) reads it as its own list asked for, so the menu asks which, and the one chosen
lists the person's own. A complaint called the ticket or docket it is given ("my ticket", "ticket status", "docket
number") is one's complaints. Inside the tourism and complaints chats, "status" is their own list. Never a train's
ticket, a WhatsApp status, one's marital status, nor anyone else's records."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words

from shared.runtime.spec import PHRASE_MAX, PHRASES_MAX
from services.grievance.service import MENU

ARJUN = "919800000002"  # the demo's complainant: GRV-2026-000001, -000002 and -000005 are his
KEEPERS = ["grievance:mine", "noc:mine", "permit:mine", "tourism:mine"]


@pytest.mark.parametrize("typed", ["status", "Status?", "check status", "my status", "check my status", "status check",
                                   "what is my status", "i want to check my status", "status dekhbo", "amar status ki",
                                   "স্ট্যাটাস", "স্ট্যাটাস দেখব", "track", "track my request", "my request"])
def test_a_status_asked_with_nothing_named_is_each_keepers_list(typed):
    assert menu_claims(typed) == KEEPERS, typed


@pytest.mark.parametrize("typed", ["my ticket", "ticket status", "ticket number", "my ticket number", "amar ticket",
                                   "docket number", "check ticket status", "আমার টিকিট", "টিকিট নম্বর কত"])
def test_a_ticket_or_docket_is_ones_complaints(typed):
    assert menu_claims(typed) == ["grievance:mine"], typed


@pytest.mark.parametrize("typed", ["train ticket", "bus ticket kete dao", "movie ticket", "lottery ticket",
                                   "ticket price koto", "whatsapp status", "marital status", "my status is married",
                                   "status bad", "i want status of payment", "railway ticket cancel"])
def test_other_tickets_and_statuses_are_nobodys_list(typed):
    assert not [claim for claim in menu_claims(typed) if claim.endswith(":mine")], typed


def test_the_complaints_menu_stays_within_its_bounds():
    assert len(MENU.phrases) <= PHRASES_MAX and all(len(p.pattern) <= PHRASE_MAX for p in MENU.phrases)


@pytest.mark.parametrize(("lang", "typed", "asked"), [
    ("en", "check status", "Which service is this for?"), ("bn", "স্ট্যাটাস দেখব", "কোন পরিষেবার জন্য?")])
async def test_at_the_main_menu_which_is_asked_and_the_one_chosen_lists_ones_own(system, lang, typed, asked):
    phone = await at_the_menu(system, ARJUN, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert asked in words(got), words(got)
    assert choices(got) == [f"shell:claimed:{claim}" for claim in
                            ("grievance:mine", "tourism:mine", "permit:mine", "noc:mine")], choices(got)
    listed = await phone.tap("shell:claimed:grievance:mine", until=has("interactive"))
    assert {"grievance:view:GRV-2026-000001", "grievance:view:GRV-2026-000002"} <= set(choices(listed))


async def test_my_ticket_lists_ones_complaints_and_nobody_elses(system):
    phone = await at_the_menu(system, ARJUN)
    got = await phone.say("my ticket", until=has("interactive"))
    assert "Your complaints (latest first)." in words(got), words(got)
    assert "grievance:view:GRV-2026-000002" in choices(got)
    stranger = await at_the_menu(system, "919800000079")
    got = await stranger.say("ticket status", until=has("interactive"))
    assert "You have no complaints with us yet." in words(got), words(got)
    assert not [c for c in choices(got) if c.startswith("grievance:view:")], choices(got)


@pytest.mark.parametrize(("service", "typed", "told"), [
    ("grievance", "check status", "Your complaints (latest first)."),
    ("grievance", "my ticket", "Your complaints (latest first)."),
    ("tourism", "status", "You have no bookings yet.")])
async def test_inside_a_keepers_chat_it_is_its_own_list(system, service, typed, told):
    phone = await at_the_menu(system, ARJUN)
    await phone.tap(f"{service}:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert told in words(got) and "did not" not in words(got), words(got)
