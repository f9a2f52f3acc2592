"""A photo, video, voice note, document or shared location sent outside any service's conversation: to the one
service that announced it takes them (``takes_wordless``: complaints), a first message too, instead of the menu
saying to choose a service and send it again."""
from __future__ import annotations

from dataclasses import replace

import pytest
from gateway_kit import RINA, FlakyBus, Stack, text_of

from services.grievance.service import MENU as GRIEVANCE
from shared.bus import Unroutable
from shared.chat import Inbound
from shared.envelope import Envelope
from simulator import webhooks as wa

PHOTO = wa.media(RINA, "image", "MEDIA-1", "image/jpeg")
SENT = {"photo": PHOTO, "voice note": wa.voice(RINA, "MEDIA-2"),
        "video": wa.media(RINA, "video", "MEDIA-3", "video/mp4"),
        "document": wa.media(RINA, "document", "MEDIA-4", "application/pdf", filename="khatian.pdf"),
        "location": wa.location(RINA, 26.5, 89.5)}


def handed(stack: Stack) -> list[tuple[str, Inbound]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


async def chosen(stack: Stack, lang: str) -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


class WithoutGrievance(FlakyBus):
    """The bus as it is with the complaints service stopped: no queue takes ``wa.inbound.grievance``."""

    async def publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        if envelope.type == "wa.inbound.grievance" and mandatory:
            raise Unroutable("no queue is bound to wa.inbound.grievance")
        await super().publish(envelope, mandatory=mandatory)


@pytest.mark.parametrize("what", SENT)
async def test_a_first_ever_photo_voice_note_or_place_goes_to_complaints_in_bengali(stack: Stack, what: str):
    await stack.announce_services()
    await stack.say(SENT[what])
    ((service, inbound),) = handed(stack)
    assert (service, inbound.lang, inbound.kind) == ("grievance", "bn", SENT[what]["type"] if what == "location"
                                                     else "media")
    assert stack.recorder.bodies() == []  # no language question: the complaints service answers
    assert [e.payload for e in stack.recorder.of("wa.person.lang_chosen")] == [{"wa_id": RINA, "lang": "bn"}]


async def test_after_a_first_photo_the_next_words_answer_the_complaint_and_language_still_asks(stack: Stack):
    await stack.announce_services()
    await stack.say(PHOTO)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "স্কুলের সামনের রাস্তা"))  # an answer to what the complaint is about
    assert [(service, inbound.text) for service, inbound in handed(stack)] == [("grievance", "স্কুলের সামনের রাস্তা")]
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "language"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["action"]["buttons"][0]["reply"]["id"] == "shell:lang:bn" and not handed(stack)


async def test_a_first_photo_with_an_english_caption_goes_in_english_with_its_caption(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.media(RINA, "image", "MEDIA-5", "image/jpeg", caption="The road near the school is broken"))
    ((service, inbound),) = handed(stack)
    assert (service, inbound.lang, inbound.text) == ("grievance", "en", "The road near the school is broken")
    assert inbound.media is not None and (inbound.media.id, inbound.media.caption) == (
        "MEDIA-5", "The road near the school is broken")
    assert stack.recorder.bodies() == []


@pytest.mark.parametrize("lang", ["bn", "en"])
async def test_a_known_persons_photo_voice_note_or_place_outside_any_service_goes_to_complaints(stack: Stack,
                                                                                                 lang: str):
    await chosen(stack, lang)
    for what, sent in SENT.items():
        await stack.say(sent)
        ((service, inbound),) = handed(stack)
        assert (service, inbound.lang) == ("grievance", lang) and not stack.recorder.bodies(), what
        await stack.say(wa.text(RINA, "menu" if lang == "en" else "মেনু"))  # out of the complaint again
        stack.recorder.clear()


async def test_a_sticker_or_a_contact_card_outside_any_service_is_answered_with_the_menu(stack: Stack):
    await chosen(stack, "en")
    await stack.say(wa.media(RINA, "sticker", "MEDIA-6", "image/webp"))  # a smile or a wave: the menu, no "sorry"
    assert text_of(stack.recorder.bodies()[0]).startswith("Smart Panchayat services.") and not handed(stack)
    stack.recorder.clear()
    await stack.say(wa.contacts(RINA, [wa.contact_card("Ram Das", "919812345678")]))
    assert text_of(stack.recorder.bodies()[0]).startswith("I cannot take a photo, voice note, location or contact")
    assert not handed(stack)


async def test_a_photo_in_another_services_conversation_goes_to_that_service(stack: Stack):
    await chosen(stack, "bn")
    await stack.say(wa.list_reply(RINA, "tourism:book", "ঘর বুক করুন"))
    stack.recorder.clear()
    await stack.say(PHOTO)
    assert [service for service, _ in handed(stack)] == ["tourism"]


async def test_with_complaints_down_a_photo_gets_the_menu_and_a_first_timer_the_language_as_before(make_stack, bus):
    stack: Stack = await make_stack(app_bus=WithoutGrievance(bus))
    await stack.announce_services()
    await stack.say(PHOTO)  # a first message: asked the language, told it went nowhere yet
    (question,) = stack.recorder.bodies()
    assert "আপনার বার্তাটি এখনও কোনো অফিসে যায়নি" in text_of(question) and not handed(stack)
    assert not stack.recorder.of("wa.person.lang_chosen")
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.media(RINA, "image", "MEDIA-7", "image/jpeg"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("I cannot take a photo, voice note, location or contact on its own: choose a "
                                    "service first") and menu["interactive"]["type"] == "list"


async def test_with_two_services_taking_photos_nobody_can_tell_which_is_meant_and_the_menu_says_so(stack: Stack):
    await chosen(stack, "bn")
    await stack.announce_entry(replace(GRIEVANCE, service="drains", order=5))
    await stack.say(PHOTO)
    assert text_of(stack.recorder.bodies()[0]).startswith("ছবি, ভয়েস নোট, লোকেশন বা কন্টাক্ট আলাদা করে নিতে পারি না")
    assert not handed(stack)


async def test_a_message_nobody_reads_says_an_ordinary_photo_starts_a_complaint(stack: Stack):
    for lang, words in (("en", "send a problem as an ordinary photo or voice note: it starts a new complaint"),
                        ("bn", "সমস্যার ছবি বা ভয়েস নোট সাধারণভাবে পাঠান: তা দিয়েই *অভিযোগ জানান*-এ নতুন অভিযোগ")):
        await chosen(stack, lang)
        await stack.post(wa.payload([wa.unsupported(RINA)]))
        assert words in text_of(stack.recorder.bodies()[0])
        stack.recorder.clear()


async def test_only_a_first_message_handed_on_in_a_guessed_language_says_it_was_guessed(stack: Stack):
    await stack.announce_services()
    await stack.say(PHOTO)
    await stack.say(wa.text(RINA, "স্কুলের সামনের রাস্তা"))
    assert [(inbound.kind, inbound.lang, inbound.lang_guessed) for _, inbound in handed(stack)] == [
        ("media", "bn", True), ("text", "bn", False)]


async def test_a_photo_from_someone_who_chose_their_language_is_not_marked_guessed(stack: Stack):
    await chosen(stack, "en")
    await stack.say(PHOTO)
    ((service, inbound),) = handed(stack)
    assert (service, inbound.lang, inbound.lang_guessed) == ("grievance", "en", False)
