"""Three things typed or sent at the menus that are no choice in them: "back" at a service's own menu goes one level
up, to the main menu (not that menu again); a sticker at the main menu is answered with the menu, as a greeting, not
"did not follow"; a document's verification code at the main menu gets the link to its public page, as the permit and
NOC chats answer it, and nothing of the document beyond that page."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from gateway.verify import handle_document_event
from shared.chat import Inbound
from shared.envelope import Envelope
from simulator import webhooks as wa

CODE = "HF6S-PZL2-QOPN-VOOO"


def main_menu(body: dict, menu: dict) -> bool:
    """``body`` is the main menu ``menu`` was: its opening and its rows (as "menu" there, it may add that what was
    begun in the service is kept)."""
    rows = [row["id"] for section in body["interactive"]["action"]["sections"] for row in section["rows"]]
    shown = [row["id"] for section in menu["interactive"]["action"]["sections"] for row in section["rows"]]
    return rows == shown and text_of(body).split("\n")[0] == text_of(menu).split("\n")[0]


def routed(stack: Stack) -> list[tuple[str, str]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).text or "") for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


async def at_the_menu(stack: Stack, lang: str = "en") -> dict:
    """The person has chosen ``lang``; what "menu" shows them."""
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu" if lang == "en" else "মেনু"))
    (menu,) = stack.recorder.bodies()
    stack.recorder.clear()
    return menu


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", ("back", "go back", "Back!", "0", "#")),
    ("bn", ("পিছনে", "ফিরে যান", "ফিরে", "০", "phire jao")),
])
async def test_back_at_a_services_own_menu_is_the_main_menu(stack: Stack, lang: str, typed: tuple[str, ...]):
    menu = await at_the_menu(stack, lang)
    for words in typed:
        for tap in ("tourism:menu", "grievance:home"):  # its row in the main menu, or its own Menu button
            await stack.say(wa.list_reply(RINA, tap, "Guest houses"))
            assert [service for service, _ in routed(stack)] == [tap.split(":")[0]]
            stack.recorder.clear()
            await stack.say(wa.text(RINA, words))
            (shown,) = stack.recorder.bodies()
            assert routed(stack) == [] and main_menu(shown, menu), (tap, words)
            stack.recorder.clear()


async def test_a_lone_number_picking_a_service_then_back_is_the_main_menu_again(stack: Stack):
    menu = await at_the_menu(stack)
    await stack.say(wa.text(RINA, "1"))  # the first row: tourism's own menu
    assert routed(stack) == [("tourism", "1")]
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "back"))
    (shown,) = stack.recorder.bodies()
    assert routed(stack) == [] and main_menu(shown, menu)


async def test_back_at_a_services_step_stays_that_services_step_back(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.list_reply(RINA, "tourism:book", "Book a room"))  # a step of the booking, not the menu
    await stack.say(wa.text(RINA, "back"))
    await stack.say(wa.list_reply(RINA, "grievance:menu", "Complaints"))
    await stack.say(wa.text(RINA, "I want to complain"))  # an answer there: the person is past its menu
    await stack.say(wa.text(RINA, "পিছনে"))
    assert routed(stack) == [("tourism", "Book a room"), ("tourism", "back"), ("grievance", "Complaints"),
                             ("grievance", "I want to complain"), ("grievance", "পিছনে")]
    assert stack.recorder.bodies() == []


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_sticker_at_the_main_menu_gets_the_menu_not_sorry(stack: Stack, lang: str):
    menu = await at_the_menu(stack, lang)
    await stack.say(wa.media(RINA, "sticker", "MEDIA-6", "image/webp"))
    assert routed(stack) == [] and stack.recorder.bodies() == [menu]


async def test_a_sticker_inside_a_conversation_still_goes_to_its_service(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.list_reply(RINA, "tourism:book", "Book a room"))
    stack.recorder.clear()
    await stack.say(wa.media(RINA, "sticker", "MEDIA-6", "image/webp"))
    assert [service for service, _ in routed(stack)] == ["tourism"] and stack.recorder.bodies() == []


@pytest.mark.parametrize(("typed", "lang", "opening"), [
    (CODE, "en", f"To see whether the document with code {CODE} is genuine"),
    ("hf6s pzl2 qopn v000", "en", f"To see whether the document with code {CODE} is genuine"),
    (f"is {CODE} genuine?", "en", f"To see whether the document with code {CODE} is genuine"),
    (CODE, "bn", f"কোড {CODE}-এর নথিটি আসল কিনা"),
])
async def test_a_documents_code_at_the_main_menu_gets_its_public_page(stack: Stack, typed: str, lang: str,
                                                                       opening: str):
    await at_the_menu(stack, lang)
    await stack.say(wa.text(RINA, typed))
    (answer,) = stack.recorder.bodies()
    said = text_of(answer)
    assert routed(stack) == [] and said.startswith(opening)
    assert f"/verify/{CODE}\n" in said and ("*menu*" in said if lang == "en" else "*মেনু*" in said)


async def test_the_code_answer_says_nothing_of_the_document_the_page_does_not(stack: Stack):
    """The answer is the link alone, whatever the gateway knows of the document: the page shows the rest."""
    await at_the_menu(stack)
    payload = {"code": CODE, "kind": "trade_noc", "number": "TNOC/2026/000045", "holder_name": "Rina Das",
               "office_en": "Kalchini GP", "issued_on": "2026-01-05", "valid_until": "2027-01-04"}
    await handle_document_event(Envelope(type="noc.document.issued", source="noc", payload=payload),
                                stack.client.app[GATEWAY].store)
    await stack.say(wa.text(RINA, CODE))
    said = text_of(stack.recorder.bodies()[0])
    assert "Rina Das" not in said and "TNOC" not in said and f"/verify/{CODE}" in said


async def test_a_first_message_of_a_code_gets_its_page_and_inside_a_conversation_it_is_the_services(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.text(RINA, CODE))  # a bank clerk checking a certificate: no language question first
    (answer,) = stack.recorder.bodies()
    assert text_of(answer).startswith("To see whether the document") and routed(stack) == []
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:book", "Book a room"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, CODE))
    assert routed(stack) == [("tourism", CODE)]
