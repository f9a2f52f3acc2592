"""People who use a WhatsApp username: Meta sends their business-scoped id (``from_user_id``) beside their number,
or alone when they have not shared the number; either way they are answered, and kept as one person."""
from __future__ import annotations

from gateway_kit import RINA, Stack
from test_gateway_shell import rows, text_of, with_services

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from gateway.turn import origin_id
from shared.envelope import derive_id
from simulator import webhooks as wa

MITA = "IN.1648738043044942"  # a username user's business-scoped id
NEW_ID = "IN.9902817364550021"


def profiles(stack: Stack) -> Profiles:
    return Profiles(stack.client.app[GATEWAY].store)


async def test_someone_known_by_their_username_only_is_answered_at_their_id(stack: Stack):
    await with_services(stack)
    await stack.say(wa.text(MITA, "hello"))
    (question,) = stack.recorder.bodies(to=MITA)  # the sender addresses it as a recipient, not a number
    assert [b["reply"]["id"] for b in question["interactive"]["action"]["buttons"]] == ["shell:lang:en",
                                                                                        "shell:lang:bn"]
    stack.recorder.clear()
    await stack.say(wa.button_reply(MITA, "shell:lang:bn", "বাংলা"))
    (menu,) = stack.recorder.bodies(to=MITA)
    assert rows(menu) == ["tourism:menu", "grievance:menu"]
    stack.recorder.clear()
    await stack.say(wa.list_reply(MITA, "tourism:menu", "Guest houses"))
    (handed,) = stack.recorder.of("wa.inbound.tourism")
    assert handed.payload["wa_id"] == MITA and handed.payload["lang"] == "bn"
    assert (await profiles(stack).get(MITA)).lang == "bn"


async def test_a_number_shared_later_takes_over_what_was_kept_under_the_id(stack: Stack):
    await with_services(stack)
    await stack.say(wa.button_reply(MITA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    shared = wa.text(RINA, "মেনু", user_id=MITA)  # the same person, now with her number beside her id
    await stack.say(shared)
    (moved,) = stack.recorder.of("wa.person.number_changed")  # the services move her chats, bookings, complaints
    assert moved.payload == {"wa_id": MITA, "new_wa_id": RINA}
    assert moved.id == derive_id(origin_id(shared["id"]), "wa.person.number_changed")
    (menu,) = stack.recorder.bodies(to=RINA)  # in Bengali: not asked the language again
    assert menu["interactive"]["type"] == "list" and menu["interactive"]["action"]["button"] == "পরিষেবা"
    assert (await profiles(stack).get(RINA)).user_id == MITA
    assert (await profiles(stack).get(MITA)).lang is None  # nothing is kept under the id any more
    stack.recorder.clear()
    await stack.say(wa.text(MITA, "মেনু"))  # hides her number again: still the person kept under it
    assert stack.recorder.bodies(to=RINA) and not stack.recorder.bodies(to=MITA)
    assert not stack.recorder.of("wa.person.number_changed")


async def test_the_id_beside_a_known_number_is_noted_once(stack: Stack):
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    for word in ("menu", "help"):
        await stack.say(wa.text(RINA, word, user_id=MITA))
    assert not stack.recorder.of("wa.person.number_changed")  # nothing was kept under the id alone
    assert (await profiles(stack).get(RINA)).user_id == MITA
    assert "Smart Panchayat assistant" in text_of(stack.recorder.bodies(to=RINA)[-1])


async def test_a_changed_id_moves_someone_known_by_it_and_is_noted_beside_a_number(stack: Stack):
    await stack.say(wa.button_reply(MITA, "shell:lang:bn", "বাংলা"))
    await stack.say(wa.text(RINA, "hi", user_id="IN.5550001112223334"))
    stack.recorder.clear()
    await stack.say(wa.message(MITA, "system", system={"type": "user_changed_user_id", "user_id": NEW_ID,
                                                       "previous_user_id": MITA}))
    (moved,) = stack.recorder.of("wa.person.number_changed")
    assert moved.payload == {"wa_id": MITA, "new_wa_id": NEW_ID}
    assert (await profiles(stack).get(NEW_ID)).lang == "bn"
    stack.recorder.clear()
    await stack.say(wa.message("IN.5550001112223334", "system", system={
        "type": "user_changed_user_id", "user_id": "IN.7770001112223334", "previous_user_id": "IN.5550001112223334"}))
    assert not stack.recorder.of("wa.person.number_changed")  # known by her number: only the id beside it changes
    assert (await profiles(stack).get(RINA)).user_id == "IN.7770001112223334"


async def test_a_message_from_nobody_or_a_malformed_id_is_skipped(stack: Stack):
    nobody = {"id": "wamid.NOBODY", "timestamp": "1767225600", "type": "text", "text": {"body": "hi"}}
    odd = wa.text("in.lowercase-and-dash", "hi")
    response = await stack.post(wa.payload([nobody, odd, wa.text(MITA, "hi")]))
    assert (await response.json())["skipped"] == 2
    assert len(stack.recorder.bodies(to=MITA)) == 1


async def test_a_changed_number_notes_the_new_id_so_a_message_by_it_alone_finds_the_person(stack: Stack):
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    new_number = "919800000099"
    await stack.say(wa.message(RINA, "system", system={"type": "user_changed_number", "wa_id": new_number,
                                                       "user_id": NEW_ID, "previous_user_id": MITA}))
    assert (await profiles(stack).get(new_number)).user_id == NEW_ID
    stack.recorder.clear()
    await stack.say(wa.text(NEW_ID, "মেনু"))  # later hides the new number behind a username
    assert stack.recorder.bodies(to=new_number) and not stack.recorder.bodies(to=NEW_ID)


async def test_a_number_another_account_writes_from_is_a_stranger_and_the_old_holders_profile_goes_to_their_id(
        stack: Stack):
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা", user_id=MITA))
    await stack.say(wa.text(RINA, "STOP", user_id=MITA))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "hello", user_id=NEW_ID))  # the number is someone else's now
    (moved,) = stack.recorder.of("wa.person.number_changed")  # the services take Mita's records to her id
    assert moved.payload == {"wa_id": RINA, "new_wa_id": MITA}
    (question,) = stack.recorder.bodies(to=RINA)  # asked the language, in the language their words suggest
    assert [b["reply"]["id"] for b in question["interactive"]["action"]["buttons"]] == ["shell:lang:en",
                                                                                        "shell:lang:bn"]
    now = await profiles(stack).get(RINA)
    assert (now.lang, now.opted_out, now.user_id) == (None, False, NEW_ID)  # her STOP is not theirs either
    kept = await profiles(stack).get(MITA)
    assert (kept.lang, kept.opted_out) == ("bn", True)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu", user_id=NEW_ID))
    assert not stack.recorder.of("wa.person.number_changed")  # moved once
    await stack.say(wa.text(MITA, "মেনু"))  # Mita, by her id alone, is still herself
    assert stack.recorder.bodies(to=MITA) and (await profiles(stack).get(MITA)).lang == "bn"


async def test_what_the_new_holder_kept_under_their_id_alone_follows_them_at_their_next_message(stack: Stack):
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা", user_id=MITA))
    await stack.say(wa.button_reply(NEW_ID, "shell:lang:en", "English"))  # wrote before with the number hidden
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu", user_id=NEW_ID))
    assert [e.payload for e in stack.recorder.of("wa.person.number_changed")] == [
        {"wa_id": RINA, "new_wa_id": MITA}]  # the old holder's records go first
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu", user_id=NEW_ID))
    assert [e.payload for e in stack.recorder.of("wa.person.number_changed")] == [
        {"wa_id": NEW_ID, "new_wa_id": RINA}]  # then theirs come to the number, a message later
    assert (await profiles(stack).get(RINA)).lang == "en"


async def test_a_changed_id_notice_after_the_new_id_wrote_from_the_number_brings_the_person_back_to_it(
        stack: Stack):
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা", user_id=MITA))
    await stack.say(wa.text(RINA, "hi", user_id=NEW_ID))  # taken for a new holder of the number
    stack.recorder.clear()
    await stack.say(wa.message(MITA, "system", system={"type": "user_changed_user_id", "user_id": NEW_ID,
                                                       "previous_user_id": MITA}))
    (moved,) = stack.recorder.of("wa.person.number_changed")  # Meta says it was her all along: back she comes
    assert moved.payload == {"wa_id": MITA, "new_wa_id": RINA}


async def test_a_person_brought_back_to_their_number_keeps_the_language_and_stop_they_set_there(stack: Stack):
    """Taken for a new holder of her number and then found to be its own holder, Mita was asked the language again
    and her STOP was gone: what her profile held now comes back with her records."""
    await with_services(stack)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা", user_id=MITA))
    await stack.say(wa.text(RINA, "STOP", user_id=MITA))
    await stack.say(wa.text(RINA, "hi", user_id=NEW_ID))  # taken for a new holder of the number
    await stack.say(wa.message(MITA, "system", system={"type": "user_changed_user_id", "user_id": NEW_ID,
                                                       "previous_user_id": MITA}))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "hello", user_id=NEW_ID))
    (menu,) = stack.recorder.bodies(to=RINA)
    assert menu["interactive"]["type"] == "list" and rows(menu) == ["tourism:menu", "grievance:menu"]
    assert text_of(menu).startswith("স্মার্ট পঞ্চায়েত পরিষেবা।")
    back = await profiles(stack).get(RINA)
    assert (back.lang, back.opted_out, back.user_id) == ("bn", True, NEW_ID)
    assert await stack.client.app[GATEWAY].store.collection("profiles").get(MITA) is None
