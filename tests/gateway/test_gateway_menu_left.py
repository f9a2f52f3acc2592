"""The main menu asked for in the middle of a service's conversation ("hi", "menu", "মেনু") says that what the person
was doing there is kept and how to carry on with it: that service's row again (``shared.runtime.resume``)."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from shared.runtime.spec import MenuEntry
from simulator import webhooks as wa


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "menu", "If you were in the middle of something in *Guest houses*, it is kept for 30 minutes: choose "
                   "*Guest houses* in the list to carry on from where you left off."),
    ("en", "hi", "If you were in the middle of something in *Guest houses*"),
    ("bn", "মেনু", "*tourism সেবা* পরিষেবায় কিছু মাঝপথে থাকলে তা ৩০ মিনিট রাখা থাকবে: যেখানে ছেড়েছিলেন সেখান থেকে চালিয়ে যেতে "
                  "তালিকা থেকে আবার *tourism সেবা* বেছে নিন।"),
])
async def test_the_menu_in_the_middle_of_a_service_says_it_is_kept(stack: Stack, lang: str, typed: str, said: str):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    (menu,) = stack.recorder.bodies()
    assert said in text_of(menu)


async def test_the_menu_outside_any_conversation_says_nothing_is_kept(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    assert "kept" not in text_of(menu)


async def test_the_menu_after_a_service_that_keeps_no_conversation_offers_nothing_to_carry_on(stack: Stack):
    """The trade NOC and building-permission chats answer each message on its own (``shared.casework.desk``):
    there is nothing of theirs kept, so the menu after them says nothing is."""
    await stack.announce_entry(MenuEntry("tourism", title={"bn": "অনুমতি", "en": "Building permission"},
                                         description={}, resumes=False))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Building permission"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    assert "kept" not in text_of(menu) and "carry on" not in text_of(menu)


def test_the_casework_services_declare_they_keep_no_conversation_and_the_others_that_they_do():
    from services.grievance.service import MENU as GRIEVANCE
    from services.noc.service import MENU as NOC
    from services.payroll.service import MENU as PAYROLL
    from services.permit.service import MENU as PERMIT
    from services.tourism.service import MENU as TOURISM
    assert [entry.resumes for entry in (GRIEVANCE, TOURISM, PAYROLL, PERMIT, NOC)] == [True, True, True, False, False]
    assert MenuEntry.from_payload(NOC.as_payload()) == NOC
    payload = {key: value for key, value in TOURISM.as_payload().items() if key != "resumes"}
    assert MenuEntry.from_payload(payload).resumes  # an earlier version's announcement: kept, as before
