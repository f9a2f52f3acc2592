"""The conversation shell end to end through ``POST /webhook``: language, menu, keywords, routing, sessions."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from gateway_kit import RINA, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from gateway.turn import origin_id
from shared.chat import Inbound
from shared.envelope import Envelope, derive_id
from simulator import webhooks as wa


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


def text_of(body: dict) -> str:
    if body["type"] == "text":
        return body["text"]["body"]
    return body["interactive"]["body"]["text"]


async def with_services(stack: Stack) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)


async def chosen(stack: Stack, lang: str = "en", sender: str = RINA) -> None:
    await stack.say(wa.button_reply(sender, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


async def test_first_contact_in_english_asks_the_language_english_first(stack: Stack):
    msg = wa.text(RINA, "hi")
    await stack.say(msg)
    (question,) = stack.recorder.bodies()
    buttons = question["interactive"]["action"]["buttons"]
    assert [b["reply"]["id"] for b in buttons] == ["shell:lang:en", "shell:lang:bn"]
    assert text_of(question).startswith("Hello!")
    (answer,) = stack.recorder.of("wa.outbound")  # no read receipt of its own: the answer marks it read
    assert answer.payload["read"] == msg["id"]
    assert answer.payload["service"] == "gateway" and answer.payload["session"] is False
    assert answer.correlation_id == msg["id"]


async def test_a_message_nobody_answers_is_still_marked_read(stack: Stack):
    msg = wa.reaction(RINA, "wamid.EARLIER", "👍")
    await stack.say(msg)
    (receipt,) = stack.recorder.of("wa.outbound")
    assert receipt.payload["message"] == {"status": "read", "message_id": msg["id"]}
    assert receipt.payload["read"] is None and receipt.payload["session"] is False
    assert receipt.id == derive_id(origin_id(msg["id"]), "wa.outbound", "read")


async def test_only_the_first_answer_marks_the_message_read(stack: Stack):
    await stack.say(wa.text(RINA, "hi"))
    tap = wa.button_reply(RINA, "shell:lang:en", "English")
    await stack.say(tap)
    answers = stack.recorder.of("wa.outbound")[1:]
    assert answers and [a.payload["read"] for a in answers] == [tap["id"]] + [None] * (len(answers) - 1)


async def test_first_contact_in_bengali_script_puts_bangla_first(stack: Stack):
    await stack.say(wa.text(RINA, "নমস্কার"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["action"]["buttons"][0]["reply"] == {"id": "shell:lang:bn", "title": "বাংলা"}
    assert text_of(question).startswith("নমস্কার!")


async def test_choosing_a_language_saves_it_and_shows_the_announced_menu(stack: Stack):
    await with_services(stack)
    await stack.say(wa.text(RINA, "hello"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and rows(menu) == ["tourism:menu", "grievance:menu"]
    assert menu["interactive"]["action"]["sections"][0]["rows"][0]["title"] == "tourism সেবা"
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.lang == "bn" and profile.last_inbound_at == stack.clock.now


async def test_menu_words_in_any_case_and_both_languages_return_to_the_menu(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    for word in ("MENU", "মেনু", "নমস্কার", "Hi", "hello!"):
        await stack.say(wa.text(RINA, word))
        (menu,) = stack.recorder.bodies()
        assert rows(menu) == ["tourism:menu", "grievance:menu"], word
        stack.recorder.clear()


async def test_help_and_language_words(stack: Stack):
    await chosen(stack)
    for word in ("help", "সাহায্য"):
        await stack.say(wa.text(RINA, word))
        (help_text,) = stack.recorder.bodies()
        assert "Type *menu*" in text_of(help_text) and "*Complaints*" in text_of(help_text)
        stack.recorder.clear()
    await stack.say(wa.text(RINA, "ভাষা"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["type"] == "button"


async def test_stop_and_start_change_the_opt_out_and_tell_the_others(stack: Stack):
    await chosen(stack)
    await stack.say(wa.text(RINA, "STOP"))
    assert "no longer receive notifications" in text_of(stack.recorder.bodies()[0])
    (event,) = stack.recorder.of("wa.person.opted_out")
    assert event.payload == {"wa_id": RINA}
    profiles = Profiles(stack.client.app[GATEWAY].store)
    assert (await profiles.get(RINA)).opted_out is True
    await stack.say(wa.text(RINA, "start"))
    assert stack.recorder.of("wa.person.opted_in")[0].payload == {"wa_id": RINA}
    assert (await profiles.get(RINA)).opted_out is False


async def test_a_chosen_service_gets_the_message_and_free_text_follows_the_session(stack: Stack):
    await with_services(stack)
    await chosen(stack, "bn")
    tap = wa.list_reply(RINA, "tourism:book:PT-1", "Book")
    await stack.say(tap)
    (routed,) = stack.recorder.of("wa.inbound.tourism")
    inbound = Inbound.model_validate(routed.payload)
    assert (inbound.kind, inbound.reply_id, inbound.lang, inbound.wa_id) == ("reply", "tourism:book:PT-1", "bn", RINA)
    assert routed.id == derive_id("wa", tap["id"]) and routed.correlation_id == tap["id"]
    assert stack.recorder.bodies() == []  # the service answers, not the shell

    stack.clock.advance(minutes=20)
    await stack.say(wa.text(RINA, "আগামী শনিবার"))
    stack.clock.advance(minutes=25)  # 45 minutes after the tap, 25 after the last message: still the session
    await stack.say(wa.location(RINA, 22.5, 88.3))
    kinds = [Inbound.model_validate(e.payload).kind for e in stack.recorder.of("wa.inbound.tourism")]
    assert kinds == ["reply", "text", "location"]

    stack.recorder.clear()
    stack.clock.advance(minutes=31)
    await stack.say(wa.text(RINA, "still there?"))
    assert stack.recorder.of("wa.inbound.tourism") == []
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("দুঃখিত, বুঝতে পারিনি") and rows(menu) == ["tourism:menu", "grievance:menu"]


async def test_taps_within_a_minute_leave_the_profile_unwritten_and_later_ones_move_it_on(stack: Stack):
    await with_services(stack)
    await chosen(stack, "en")
    profiles = stack.client.app[GATEWAY].store.collection("profiles")
    await stack.say(wa.list_reply(RINA, "tourism:book:PT-1", "Book"))
    written = await profiles.get(RINA)
    for _ in range(3):  # a person tapping through a booking: no profile write per tap
        stack.clock.advance(seconds=15)
        await stack.say(wa.text(RINA, "2 nights"))
    assert (await profiles.get(RINA))["_v"] == written["_v"]
    assert len(stack.recorder.of("wa.inbound.tourism")) == 4  # every tap still reached the service

    stack.clock.advance(seconds=20)  # 65 s after the last write: both times move on again
    await stack.say(wa.text(RINA, "3 guests"))
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.last_inbound_at == stack.clock.now and profile.session_at == stack.clock.now
    assert profile.session_service == "tourism"
    assert (await profiles.get(RINA))["_v"] == written["_v"] + 2  # last_inbound_at, then the session


async def test_the_menu_word_ends_the_session(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Choice"))
    await stack.say(wa.text(RINA, "menu"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "my road is broken"))
    assert stack.recorder.of("wa.inbound.grievance") == [] and rows(stack.recorder.bodies()[0])


async def test_a_service_that_is_not_announced_gets_a_polite_menu(stack: Stack):
    """Not on the menu: no service offers the button any more (``test_gateway_old_buttons``)."""
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "permit:menu", "Choice"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("That button belongs to an earlier message") and rows(menu)
    assert [e.type for e in stack.recorder.envelopes if e.type.startswith("wa.inbound")] == []


async def test_an_announced_service_without_a_queue_is_unavailable_and_takes_no_session(stack: Stack):
    await with_services(stack)
    await stack.announce("noc", "Trade NOC")
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "noc:menu", "Choice"))
    assert text_of(stack.recorder.bodies()[0]).startswith("Sorry, that service is not available")
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "anything"))
    assert text_of(stack.recorder.bodies()[0]).startswith("Sorry, I did not follow")


async def test_unknown_types_get_a_polite_hint_not_an_error(stack: Stack):
    await chosen(stack)
    response = await stack.post(wa.payload([wa.unsupported(RINA)]))
    assert response.status == 200
    (hint,) = stack.recorder.bodies()
    assert "I can read text messages and choices" in text_of(hint)


async def test_a_message_nobody_reads_says_what_can_be_sent_and_where(stack: Stack):
    """It said only text and taps could be read, while Complaints takes photos, voice notes and locations."""
    for lang, words in (("en", ("poll or a view-once photo", "photos, voice notes and locations", "*Complaints*")),
                        ("bn", ("পোল", "ছবি, ভয়েস নোট আর লোকেশন", "*অভিযোগ জানান*"))):
        await chosen(stack, lang)
        await stack.post(wa.payload([wa.unsupported(RINA)]))
        said = text_of(stack.recorder.bodies()[0])
        assert all(word in said for word in words), said
        stack.recorder.clear()


async def test_a_changed_number_notice_is_not_answered_as_an_unreadable_message(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.text(RINA, "menu"))
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    notice = wa.message(RINA, "system", system={
        "body": f"User Rina changed from {RINA} to 919800000099", "wa_id": "919800000099",
        "type": "user_changed_number"})
    await stack.say(notice)
    # Meta's notice, from the number the person left: no hint, no menu, nothing handed to the service
    (receipt,) = stack.recorder.of("wa.outbound")
    assert receipt.payload["message"] == {"status": "read", "message_id": notice["id"]}
    assert not [e for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


NEW_NUMBER = "919800000099"


def profiles(stack: Stack) -> Profiles:
    return Profiles(stack.client.app[GATEWAY].store)


def number_change(old: str, new: str, field: str = "wa_id") -> dict:
    return wa.message(old, "system", system={"body": f"User Rina changed from {old} to {new}", field: new,
                                             "type": "user_changed_number"})


async def test_a_changed_number_takes_the_persons_language_and_stop_and_tells_the_services(stack: Stack):
    await with_services(stack)
    await chosen(stack, "bn")
    await stack.say(wa.text(RINA, "STOP"))
    stack.recorder.clear()
    notice = number_change(RINA, NEW_NUMBER, field="new_wa_id")  # the field's name before Graph API v12
    await stack.say(notice)
    (told,) = stack.recorder.of("wa.person.number_changed")
    assert told.payload == {"wa_id": RINA, "new_wa_id": NEW_NUMBER}
    assert told.id == derive_id(origin_id(notice["id"]), "wa.person.number_changed")  # Meta's repeat: same id
    moved = await profiles(stack).get(NEW_NUMBER)
    assert (moved.lang, moved.opted_out) == ("bn", True)
    assert moved.last_inbound_at is not None  # what the retention sweep counts from: never a profile kept for ever
    stack.recorder.clear()
    await stack.say(wa.text(NEW_NUMBER, "মেনু"))  # the person, from the new number: in Bengali, not asked again
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list" and rows(menu) == ["tourism:menu", "grievance:menu"]
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "hi"))  # whoever has the old number next is a stranger to the gateway
    (question,) = stack.recorder.bodies()
    assert [b["reply"]["id"] for b in question["interactive"]["action"]["buttons"]] == ["shell:lang:en",
                                                                                        "shell:lang:bn"]
    assert (await profiles(stack).get(RINA)).opted_out is False


async def test_a_person_who_changes_number_mid_conversation_goes_on_with_the_same_service(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    await stack.say(number_change(RINA, NEW_NUMBER))
    stack.recorder.clear()
    await stack.say(wa.text(NEW_NUMBER, "the street light is broken"))  # their answer to the complaint's question
    (handed,) = stack.recorder.of("wa.inbound.grievance")
    assert handed.payload["wa_id"] == NEW_NUMBER and handed.payload["text"] == "the street light is broken"
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))  # the old number's next holder
    await stack.say(wa.text(RINA, "hello there"))
    assert not stack.recorder.of("wa.inbound.grievance")  # meets the menu, not the person's complaint


async def test_a_number_the_person_already_wrote_from_keeps_its_own_language(stack: Stack):
    await chosen(stack, "bn")
    await chosen(stack, "en", sender=NEW_NUMBER)
    await stack.say(number_change(RINA, NEW_NUMBER))
    assert (await profiles(stack).get(NEW_NUMBER)).lang == "en"
    assert (await profiles(stack).get(RINA)).lang is None


async def test_a_changed_number_notice_without_a_usable_new_number_moves_nothing(stack: Stack):
    await chosen(stack, "bn")
    for new in ("", "not-a-number", RINA):
        await stack.say(number_change(RINA, new))
    await stack.say(wa.message(RINA, "system", system={"type": "user_changed_user_id", "wa_id": NEW_NUMBER}))
    assert not stack.recorder.of("wa.person.number_changed")
    assert (await profiles(stack).get(RINA)).lang == "bn"


async def test_no_services_running_is_said_plainly(stack: Stack):
    await chosen(stack)
    await stack.say(wa.text(RINA, "menu"))
    assert "No services are available right now" in text_of(stack.recorder.bodies()[0])


async def test_announcements_reach_the_menu_through_the_bus_and_menus_are_requested_on_start(stack: Stack):
    assert [e.type for e in stack.on_start] == ["ops.menu.requested"]
    payload = {"service": "payroll", "version": "1", "menu": {
        "id": "payroll:menu", "service": "payroll", "title": {"bn": "বেতন", "en": "Pay slips"},
        "description": {"bn": "স্লিপ", "en": "Slips"}, "order": 40}}
    await stack.client.app[GATEWAY].bus.publish(Envelope(type="ops.service.announced", payload=payload),
                                               mandatory=False)
    menu = stack.client.app[GATEWAY].menu
    for _ in range(200):
        if await menu.get("payroll"):
            break
        await asyncio.sleep(0.01)
    assert [e.title["en"] for e in await menu.entries()] == ["Pay slips"]


async def test_a_service_that_speaks_first_gets_the_free_text_answer(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "tourism:menu", "Choice"))
    stack.clock.advance(minutes=11)  # past CONVERSING: the tourism conversation is no longer going on
    claim = Envelope(type="wa.session.claimed", source="grievance", occurred_at=stack.clock(),
                     payload={"service": "grievance", "wa_id": RINA})
    await stack.client.app[GATEWAY].consume(claim)
    await stack.say(wa.text(RINA, "the water is still not fixed"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [
        "the water is still not fixed"]

    stale = Envelope(type="wa.session.claimed", source="tourism", occurred_at=stack.clock() - timedelta(hours=1),
                     payload={"service": "tourism", "wa_id": RINA})
    await stack.client.app[GATEWAY].consume(stale)  # older than the person's last turn: ignored
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "any news?"))
    assert len(stack.recorder.of("wa.inbound.grievance")) == 1 and stack.recorder.of("wa.inbound.tourism") == []


async def test_a_service_that_lets_the_person_go_hands_their_next_words_to_the_menu(stack: Stack):
    """A service with nothing for the person lets them go (``wa.session.released``; payroll does it for a
    number that is no employee's): what they type next meets the main menu, not the same refusal for ten
    minutes. A release from a service they are not with, or one older than a session they began since,
    changes nothing."""
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.clock.advance(seconds=1)

    async def release(service: str, at: timedelta = timedelta()) -> None:
        await stack.client.app[GATEWAY].consume(Envelope(
            type="wa.session.released", source=service, occurred_at=stack.clock() + at,
            payload={"service": service, "wa_id": RINA}))

    await release("tourism")  # not the service she is with
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "is it done yet"))
    assert routed(stack) == [("grievance", "is it done yet")]

    await release("grievance")
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "is it done yet"))
    assert routed(stack) == []
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("Sorry, I did not follow that.") and "grievance:menu" in rows(menu)

    await stack.say(wa.button_reply(RINA, "tourism:menu", "Guest houses"))
    await release("tourism", at=-timedelta(minutes=5))  # sent before she chose tourism again: stale
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "Darjeeling"))
    assert routed(stack) == [("tourism", "Darjeeling")]


async def test_a_notice_arriving_mid_conversation_does_not_take_the_next_answers(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "tourism:menu", "Choice"))
    stack.clock.advance(minutes=4)
    await stack.say(wa.text(RINA, "Darjeeling"))  # still booking
    stack.clock.advance(minutes=3)
    reminder = Envelope(type="wa.session.claimed", source="grievance", occurred_at=stack.clock(),
                        payload={"service": "grievance", "wa_id": RINA})
    await stack.client.app[GATEWAY].consume(reminder)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "5 December"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.tourism")] == [
        "5 December"]
    assert stack.recorder.of("wa.inbound.grievance") == []
    await stack.say(wa.button_reply(RINA, "grievance:status:GRV-2026-000001", "See status"))  # its buttons work
    assert len(stack.recorder.of("wa.inbound.grievance")) == 1


def routed(stack: Stack) -> list[tuple[str, str]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).text or "")
            for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


async def with_real_services(stack: Stack) -> None:
    from services.grievance.service import MENU as GRIEVANCE
    from services.noc.service import MENU as NOC
    from services.permit.service import MENU as PERMIT
    from services.tourism.service import MENU as TOURISM
    for entry in (GRIEVANCE, TOURISM, PERMIT, NOC):
        await stack.announce_entry(entry)


async def test_a_number_typed_outside_any_conversation_reaches_the_service_that_gave_it(stack: Stack):
    await with_real_services(stack)
    await chosen(stack)
    for text in ("GRV-২০২৬-৭", "what about my booking pt 2026 12?"):
        await stack.say(wa.text(RINA, text))
        stack.clock.advance(minutes=31)  # each one after the last conversation went idle
    assert routed(stack) == [("grievance", "GRV-২০২৬-৭"), ("tourism", "what about my booking pt 2026 12?")]
    menu = stack.client.app[GATEWAY].menu.for_message()  # the test bus routes to tourism and grievance only
    assert await menu.owner_of("BP/PUR/২০২৬/000101", whole=True) == "permit"
    assert await menu.owner_of("status of TNOC 2026 45 please", whole=False) == "noc"
    assert await menu.owner_of("status of TNOC 2026 45 please", whole=True) is None
    assert await menu.owner_of("TNOC/২০২৬/৪৫এর অবস্থা কী?", whole=False) == "noc"  # a Bengali ending on it
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "I will come in Sept 2026 12 people"))  # no number of anyone's
    assert routed(stack) == []
    assert "could not tell which service your message is for" in text_of(stack.recorder.bodies()[0])


async def test_inside_a_conversation_only_a_number_on_its_own_goes_elsewhere(stack: Stack):
    await with_real_services(stack)
    await chosen(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "The room of booking PT-2026-000001 had no water"))  # a description
    await stack.say(wa.text(RINA, "PT-2026-000001."))  # the booking itself
    assert routed(stack) == [("grievance", "The room of booking PT-2026-000001 had no water"),
                             ("tourism", "PT-2026-000001.")]
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "when is my check-in?"))  # the conversation is now the booking's
    assert routed(stack) == [("tourism", "when is my check-in?")]


async def test_download_and_a_number_as_an_approval_notice_says_goes_to_its_service_from_any_conversation(
        stack: Stack):
    await with_real_services(stack)
    menu = stack.client.app[GATEWAY].menu.for_message()
    assert await menu.owner_of("download BP/PUR/2026/000101", whole=True) == "permit"
    assert await menu.owner_of("Download bp-pur-2026-101.", whole=True) == "permit"
    assert await menu.owner_of("ডাউনলোড TNOC/২০২৬/০০০০৪৫", whole=True) == "noc"
    assert await menu.owner_of("please download BP/PUR/2026/000101", whole=True) is None  # a sentence stays
    # an en dash (smart punctuation), a non-breaking hyphen (a copied slip), a full-width slash
    assert await menu.owner_of("BP\u2013PUR\u20132026\u2013101", whole=True) == "permit"
    assert await menu.owner_of("download bp\u2011pur\u20112026\u2011101", whole=True) == "permit"
    assert await menu.owner_of("TNOC\uff0f2026\uff0f45", whole=True) == "noc"
    assert await menu.owner_of("download the letter of BP/PUR/2026/000101", whole=True) is None


async def test_the_language_is_chosen_by_typing_its_name_or_number(stack: Stack):
    await with_services(stack)
    profiles = Profiles(stack.client.app[GATEWAY].store)
    for person, answer, lang in (("919800000011", "বাংলা", "bn"), ("919800000012", "English", "en"),
                                 ("919800000013", "১", "bn"), ("919800000014", "2", "en")):
        await stack.say(wa.text(person, "নমস্কার"))
        stack.recorder.clear()
        await stack.say(wa.text(person, answer))
        (menu,) = stack.recorder.bodies(to=person)
        assert rows(menu) == ["tourism:menu", "grievance:menu"], answer
        assert (await profiles.get(person)).lang == lang
        (told,) = stack.recorder.of("wa.person.lang_chosen")  # so the services start messages in it too
        assert told.payload == {"wa_id": person, "lang": lang}
        stack.recorder.clear()
    await stack.say(wa.text("919800000014", "বাংলা"))  # a name changes it later too; a number is ordinary text
    assert (await profiles.get("919800000014")).lang == "bn"
    assert [e.payload["lang"] for e in stack.recorder.of("wa.person.lang_chosen")] == ["bn"]
    await stack.say(wa.text("919800000014", "2"))
    assert (await profiles.get("919800000014")).lang == "bn"


async def test_a_first_timer_asking_for_the_menu_or_help_gets_it_in_the_guessed_language(stack: Stack):
    await with_services(stack)
    profiles = Profiles(stack.client.app[GATEWAY].store)
    await stack.say(wa.text(RINA, "hello"))  # a greeting is answered with the question
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    # in English, guessed from the word, and said so, with the way to Bengali (test_gateway_menu_first)
    assert rows(menu) == ["tourism:menu", "grievance:menu"] and text_of(menu).startswith("I will write in English.")
    assert (await profiles.get(RINA)).lang == "en"
    await stack.say(wa.text("919800000011", "সাহায্য"))
    (help_text,) = stack.recorder.bodies(to="919800000011")
    assert text_of(help_text).startswith("আমি স্মার্ট পঞ্চায়েতের সহায়ক")
    assert (await profiles.get("919800000011")).lang == "bn"


async def test_a_first_timer_tapping_a_notices_button_reaches_the_service(stack: Stack):
    await with_services(stack)
    await stack.say(wa.template_button(RINA, "grievance:new", "New complaint"))
    (routed,) = stack.recorder.of("wa.inbound.grievance")
    inbound = Inbound.model_validate(routed.payload)
    assert (inbound.kind, inbound.reply_id, inbound.lang) == ("reply", "grievance:new", "en")
    assert stack.recorder.bodies() == []
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).lang == "en"


async def test_the_main_menu_always_ends_the_session(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    # (a button no service offers any more keeps the conversation: ``test_gateway_old_buttons``)
    for way_out in (wa.list_reply(RINA, "shell:menu:1", "More"), wa.button_reply(RINA, "shell:menu", "Menu")):
        await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
        await stack.say(way_out)
        assert rows(stack.recorder.bodies()[-1]), way_out
        stack.recorder.clear()
        await stack.say(wa.text(RINA, "my road is broken"))
        assert stack.recorder.of("wa.inbound.grievance") == [], way_out
        assert "did not follow" in text_of(stack.recorder.bodies()[0])
        stack.recorder.clear()


async def test_a_reply_id_outside_the_scheme_is_the_text_of_its_title(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    await stack.say(wa.template_button(RINA, "Stop promotions", "Stop promotions"))
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).opted_out is True
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "garbage", "The drain is blocked"))
    (routed,) = stack.recorder.of("wa.inbound.grievance")
    inbound = Inbound.model_validate(routed.payload)
    assert (inbound.kind, inbound.text, inbound.reply_id) == ("text", "The drain is blocked", None)


async def test_keywords_as_phones_type_them_leave_a_service_and_bengali_stops_and_starts(stack: Stack):
    await with_services(stack)
    await chosen(stack, "bn")
    for word in ("Hi 👋", "নমস্কার 🙏", "ＭＥＮＵ", "মে\u200cনু", "main menu", "Menu please", "মূল মেনু"):
        await stack.say(wa.button_reply(RINA, "grievance:menu", "অভিযোগ জানান"))
        stack.recorder.clear()
        await stack.say(wa.text(RINA, word))
        assert stack.recorder.of("wa.inbound.grievance") == [], word
        assert rows(stack.recorder.bodies()[0]) == ["tourism:menu", "grievance:menu"], word
    profiles = Profiles(stack.client.app[GATEWAY].store)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "বন্ধ"))
    assert (await profiles.get(RINA)).opted_out is True
    assert "*চালু* লিখুন" in text_of(stack.recorder.bodies()[0])
    await stack.say(wa.text(RINA, "চালু করুন"))
    assert (await profiles.get(RINA)).opted_out is False
    assert [e.type for e in stack.recorder.envelopes if e.type.startswith("wa.person.")] == [
        "wa.person.opted_out", "wa.person.opted_in"]


async def test_a_first_timer_sending_the_number_a_notice_gave_them_reaches_its_service(stack: Stack):
    await with_real_services(stack)
    await stack.say(wa.text("919800000021", "GRV-2026-000007"))
    assert routed(stack) == [("grievance", "GRV-2026-000007")]
    assert (await Profiles(stack.client.app[GATEWAY].store).get("919800000021")).lang == "bn"


async def test_the_letters_of_a_number_do_not_make_a_first_timer_english(stack: Stack):
    """A number alone (its BP, TNOC or GRV in Latin letters) was taken for English and kept as the person's
    language; it says nothing of the language, so the default, Bengali, is kept; the words around it count."""
    await with_real_services(stack)
    profiles = Profiles(stack.client.app[GATEWAY].store)
    for n, (text, lang) in enumerate((("BP/PUR/2026/000101", "bn"), ("tnoc 2026 45", "bn"),
                                      ("download BP/PUR/2026/000101", "en"), ("ডাউনলোড TNOC/২০২৬/৪৫", "bn"),
                                      ("status of BP/PUR/2026/101 please", "en"), ("PT-2026-000001", "bn"))):
        wa_id = f"9198000001{n:02d}"
        await stack.say(wa.text(wa_id, text))
        assert (await profiles.get(wa_id)).lang == lang, text
    (booking,) = stack.recorder.of("wa.inbound.tourism")  # the test bus routes to tourism and grievance only
    assert Inbound.model_validate(booking.payload).lang == "bn"


async def test_a_sender_that_is_no_phone_number_is_skipped_not_answered(stack: Stack):
    for sender in ("9" * 40, "+919800000001", "৯১৯৮০০০০০০০১", "12345"):
        response = await stack.say(wa.text(sender, "hi"))
        assert response.status == 200
    assert stack.recorder.of("wa.outbound") == []


async def test_a_notice_takes_the_answers_over_an_earlier_notice_the_person_never_answered(stack: Stack):
    await with_services(stack)
    await chosen(stack)
    stack.clock.advance(hours=2)  # silent for hours: no conversation is going on
    for service in ("grievance", "tourism"):
        await stack.client.app[GATEWAY].consume(Envelope(
            type="wa.session.claimed", source=service, occurred_at=stack.clock(),
            payload={"service": service, "wa_id": RINA}))
        stack.clock.advance(minutes=3)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "yes I will come on time"))
    assert routed(stack) == [("tourism", "yes I will come on time")]
