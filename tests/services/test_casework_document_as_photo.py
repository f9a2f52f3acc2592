"""The permission letter or the NOC certificate asked for as a photo, at one's own case just shown or just after the
document came ("can you send it as a photo?", "chobi kore pathan", "ছবি হিসেবে পাঠান"): "Sorry, I did not
understand", the document not sent again. It goes as a PDF only, since its QR code is how anyone checks it: said so,
the document sent again with how to open a PDF and where a printed copy is had. Another's case sends nothing; a photo
the person says they are sending is no such ask."""
from __future__ import annotations

import pytest
from both_kit import both_fixtures
from casework_kit import RINA
from phone_kit import at_the_menu, has, words

service, clock, bus, runtime, citizen, system, office = both_fixtures()

ASKED = {"en": ("can you send it as a photo?", "sent as a PDF only"),
         "bn": ("ছবি হিসেবে পাঠান", "কেবল PDF হিসেবেই পাঠানো হয়"),
         "bl": ("chobi kore pathan", "কেবল PDF হিসেবেই পাঠানো হয়")}


@pytest.mark.parametrize("lang", ["en", "bn", "bl"])
async def test_asked_at_ones_own_case_it_is_sent_again_as_the_pdf_it_is(system, service, lang):
    phone = await at_the_menu(system, RINA, "en" if lang == "en" else "bn")
    await phone.say(service.own, until=has("interactive"))
    typed, said = ASKED[lang]
    got = await phone.say(typed, until=has("document"))
    assert said in words(got), words(got)
    [doc] = [m for m in got if m["type"] == "document"]
    assert doc["document"]["filename"].endswith(".pdf"), doc


async def test_asked_just_after_the_document_came_it_is_sent_again(system, service):
    phone = await at_the_menu(system, RINA)
    await phone.say(f"download {service.own}", until=has("document"))
    got = await phone.say("chobi kore pathan", until=has("document"))
    assert "কেবল PDF হিসেবেই" in words(got) or "PDF only" in words(got), words(got)


async def test_a_photo_said_to_be_sent_is_no_such_ask(system, service):
    phone = await at_the_menu(system, RINA)
    await phone.say(service.own, until=has("interactive"))
    got = await phone.say("can I send a photo of my shop?", until=has("interactive"))
    assert not has("document")(got) and "PDF only" not in words(got), words(got)
