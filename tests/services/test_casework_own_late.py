"""One's permission or licence said late ("permit dite deri hocche keno", "অনুমতি পেতে দেরি হচ্ছে কেন", "noc dite
deri korche", "লাইসেন্স দিতে দেরি করছে", "building permission delay hocche") reached no service at the main menu, or
the menu of building permission or the NOC asking for a number. It is one's own cases, where each stands, as their
being asked after is (test_casework_own_named_at_menu); in the service's chat too. Nobody's cases but one's own; a
renewal made late stays the renewal's."""
from __future__ import annotations

import pytest
from casework_kit import RINA, menu_claims
from phone_kit import at_the_menu, has, words
from test_casework_own_named_at_menu import NOBODY, fixture_system  # noqa: F401 - the whole system, as there


@pytest.mark.parametrize(("typed", "claimed"), [
    ("permit dite deri hocche keno", "permit:mine"), ("অনুমতি পেতে দেরি হচ্ছে কেন", "permit:mine"),
    ("building permission delay hocche", "permit:mine"), ("why is my permit delayed", "permit:mine"),
    ("noc dite deri korche", "noc:mine"), ("trade licence pete deri hocche", "noc:mine"),
    ("লাইসেন্স দিতে দেরি করছে", "noc:mine"), ("amar licence dite eto deri keno", "noc:mine")])
def test_ones_own_said_late_is_ones_own(typed, claimed):
    assert menu_claims(typed) == [claimed], typed


@pytest.mark.parametrize(("typed", "claimed"), [
    ("licence renew korte deri hoye geche, fine lagbe?", ["noc:renewal_needs"]), ("deri hoye gele fine koto", []),
    ("rastar kaj e deri hocche", [])])
def test_other_words_stay_what_they_were(typed, claimed):
    assert menu_claims(typed) == claimed, typed


@pytest.mark.parametrize(("wa_id", "typed", "said"), [
    (RINA, "permit dite deri hocche keno", "You have 3 applications on this number."),
    (RINA, "লাইসেন্স দিতে দেরি করছে", "You have 2 NOCs on this number."),
    (NOBODY, "permit dite deri hocche keno", "No application is registered to this WhatsApp number.")])
async def test_at_the_main_menu_ones_own_are_listed(system, wa_id, typed, said):
    phone = await at_the_menu(system, wa_id)
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got) and (wa_id == RINA or "BP/PUR" not in words(got)), words(got)


@pytest.mark.parametrize(("service", "typed", "said"), [
    ("permit", "permit dite deri hocche keno", "You have 3 applications on this number."),
    ("noc", "noc dite deri korche", "You have 2 NOCs on this number.")])
async def test_in_the_chat_the_same_words_are_read_the_same(chat, service, typed, said):
    rina, _ = await chat(service, lang="en")
    answer = await rina.say(typed)
    assert said in answer.text, answer.text
