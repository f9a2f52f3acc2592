"""Words the building permission or trade NOC chat does not read ("how much is the bus fare", "bazar kothay", "বাসের ভাড়া
কত?") were answered as a request for one's own cases: any "how much", "when", "where" (``said.QUESTION``) or "my",
"all", "আমার" (``said.MINE``) listed them ("You have 3 applications on this number"). They now get what the chat takes
said (a number, or the step's buttons, named), with the buttons of the step they were typed at: the service's start,
the number asked (asked again), a case of one's own shown (its buttons). Words asking for one's cases ("my
applications", "amar abedon", "আমার আবেদন", "show my cases") or about one's case ("keno hoyni", "কবে পাব?") still list
them. A message telling something for an official ("the officer asked me for a bribe") is pointed to Complaints,
as complaint words are, rather than dropped with "did not understand". Through the webhook, in English, Bengali and
Banglish."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import choices, has, running_system, words

UNCLEAR = {"en": "did not understand", "bn": "বুঝতে পারিনি"}
BUTTONS = {("permit", "en"): ("*Application status*", "*My applications*"),
           ("permit", "bn"): ("*আবেদনের অবস্থা*", "*আমার আবেদন*"),
           ("noc", "en"): ("*NOC status*", "*My NOCs*"), ("noc", "bn"): ("*NOC-র অবস্থা*", "*আমার NOC*")}
HOME = {"permit": ["permit:status", "permit:mine"], "noc": ["noc:status", "noc:mine", "noc:renewals"]}
ASKED = {"permit": "BP/PUR/2026/000123", "noc": "TNOC/2026/000045"}
OWN = {"permit": "BP/PUR/2026/000103", "noc": "TNOC/2026/000047"}  # Arjun's, neither in force
UNREAD = [("en", "how much is the bus fare"), ("en", "when is the bus"), ("bn", "বাসের ভাড়া কত?"), ("bn", "bazar kothay"),
          ("en", "all good?"), ("en", "my shop")]


@pytest.fixture(name="system")
async def system_fixture(tmp_path):
    async with running_system(tmp_path) as (http, base, _, app):
        yield http, base, app


def listed(service: str, got: list) -> list[str]:
    return [c for c in choices(got) if c.startswith(f"{service}:view:")]


@pytest.mark.parametrize("service", ["permit", "noc"])
@pytest.mark.parametrize(("lang", "typed"), UNREAD)
async def test_words_not_read_at_the_start_say_what_is_taken(system, service, lang, typed):
    phone = await in_the_chat(system, service, ARJUN, lang)
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert UNCLEAR[lang] in said and all(b in said for b in BUTTONS[service, lang]), said
    assert choices(got) == HOME[service] and not listed(service, got), choices(got)


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("permit", "en", "how much is the bus fare"), ("permit", "bn", "bazar kothay"), ("noc", "bn", "বাসের ভাড়া কত?"),
    ("noc", "en", "when is the bus")])
async def test_words_not_read_at_the_number_ask_for_it_again(system, service, lang, typed):
    phone = await in_the_chat(system, service, ARJUN, lang)
    await phone.tap(f"{service}:status", until=has("text"))
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert UNCLEAR[lang] in said and ASKED[service] in said and BUTTONS[service, lang][1] in said, said
    assert f"{service}:mine" in choices(got) and not listed(service, got), choices(got)


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("permit", "en", "how much is the bus fare"), ("permit", "bn", "বাসের ভাড়া কত?"), ("noc", "bn", "bazar kothay"),
    ("noc", "en", "asdf")])
async def test_words_not_read_at_a_case_keep_its_buttons(system, service, lang, typed):
    phone = await in_the_chat(system, service, ARJUN, lang)
    shown = await phone.tap(f"{service}:view:{OWN[service]}", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert UNCLEAR[lang] in said and OWN[service] in said, said
    assert choices(got) == choices(shown), (choices(got), choices(shown))


@pytest.mark.parametrize("service", ["permit", "noc"])
@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "my applications"), ("bn", "amar abedon"), ("bn", "আমার আবেদন"), ("en", "show my cases"),
    ("bn", "keno hoyni"), ("bn", "কবে পাব?")])
async def test_ones_cases_asked_for_are_still_listed(system, service, lang, typed):
    phone = await in_the_chat(system, service, RINA, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert len(listed(service, got)) >= 2 and UNCLEAR[lang] not in words(got), (words(got), choices(got))


@pytest.mark.parametrize("service", ["permit", "noc"])
@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "the officer at the panchayat asked me for a bribe"),
    ("bn", "পঞ্চায়েতের লোক আমার কাছে টাকা চাইছে কাজ করে দেওয়ার জন্য"),
    ("bn", "panchayat office er lok amar kache taka chaiche kaj korar jonno")])
async def test_a_message_for_an_official_is_pointed_to_complaints(system, service, lang, typed):
    phone = await in_the_chat(system, service, ARJUN, lang)
    got = await phone.say(typed, until=has("interactive"))
    said = words(got)
    assert "grievance:menu" in choices(got) and not listed(service, got), (said, choices(got))
    assert ("*Complaints*" if lang == "en" else "*অভিযোগ জানান*") in said, said
