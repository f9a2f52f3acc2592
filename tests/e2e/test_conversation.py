"""A person's first minutes with the number, through the real webhook, bus, sender and fake Cloud API."""
from __future__ import annotations

import asyncio

from gateway.sender.moves import Moves
from shared.chat import Outbound
from shared.envelope import Envelope, utcnow
from shared.wiring import make_store
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

RINA, ARJUN = "919800000101", "919800000102"


def buttons(message: dict) -> list[str]:
    return [b["reply"]["id"] for b in message["body"]["interactive"]["action"]["buttons"]]


def rows(message: dict) -> list[str]:
    return [r["id"] for s in message["body"]["interactive"]["action"]["sections"] for r in s["rows"]]


async def choose_language(system: System, wa_id: str, lang: str) -> list[dict]:
    await system.say(wa_id, "hi")
    await system.replies(wa_id, 1)
    await system.tap(wa_id, f"shell:lang:{lang}", "English" if lang == "en" else "বাংলা")
    return await system.replies(wa_id, 2)


async def test_first_contact_asks_language_then_shows_the_menu(system: System) -> None:
    await system.say(RINA, "নমস্কার")
    [question] = await system.replies(RINA, 1)
    assert question["type"] == "interactive" and buttons(question) == ["shell:lang:bn", "shell:lang:en"]

    await system.tap(RINA, "shell:lang:bn", "বাংলা")
    menu = (await system.replies(RINA, 2))[-1]
    assert menu["body"]["interactive"]["type"] == "list"
    assert "tourism:menu" in rows(menu)
    assert any("\u0980" <= ch <= "\u09ff" for ch in menu["body"]["interactive"]["body"]["text"])
    assert len(system.sim.records.reads) >= 2, "each inbound message is marked read"


async def test_latin_first_message_preselects_english(system: System) -> None:
    await system.say(ARJUN, "hello")
    [question] = await system.replies(ARJUN, 1)
    assert buttons(question)[0] == "shell:lang:en"


async def test_menu_keywords_in_both_languages_any_case(system: System) -> None:
    sent = len(await choose_language(system, ARJUN, "en"))
    for word in ("MENU", "মেনু", "নমস্কার", "Hi"):
        await system.say(ARJUN, word)
        sent += 1
        latest = (await system.replies(ARJUN, sent))[-1]
        assert latest["body"]["interactive"]["type"] == "list", word
        assert "tourism:menu" in rows(latest)


async def test_duplicate_delivery_gets_exactly_one_reply(system: System) -> None:
    await choose_language(system, ARJUN, "en")
    before = len(system.sim.sent(ARJUN))
    body = hooks.payload([msg.text(ARJUN, "help")])
    for _ in range(3):
        assert (await system.post(body)).status == 200
    await system.replies(ARJUN, before + 1)
    await asyncio.sleep(0.5)
    assert len(system.sim.sent(ARJUN)) == before + 1


async def test_bad_signature_is_401_and_nothing_is_said(system: System) -> None:
    resp = await system.post(hooks.payload([msg.text(RINA, "hi")]), secret="not-the-secret")
    assert resp.status == 401
    missing = await system.post(b'{"object": "whatsapp_business_account", "entry": []}', headers={})
    assert missing.status == 401
    await asyncio.sleep(0.5)
    assert system.sim.sent(RINA) == []


async def test_malformed_json_is_400(system: System) -> None:
    assert (await system.post(b"{not json")).status == 400


async def test_unknown_message_type_gets_a_polite_answer(system: System) -> None:
    await choose_language(system, ARJUN, "en")
    before = len(system.sim.sent(ARJUN))
    resp = await system.post(hooks.payload([msg.unsupported(ARJUN)]))
    assert resp.status == 200
    latest = (await system.replies(ARJUN, before + 1))[-1]
    assert latest["type"] == "text" and "text" in latest["body"]["text"]["body"].lower()


async def test_status_callbacks_become_events(system: System) -> None:
    await system.say(RINA, "hi")
    [question] = await system.replies(RINA, 1)
    for _ in range(100):  # the simulator reports sent, delivered, read in the background
        statuses = {e.type for e in system.events if e.payload.get("message_id") == question["id"]}
        if {"wa.status.sent", "wa.status.delivered", "wa.status.read"} <= statuses:
            break
        await asyncio.sleep(0.05)
    assert {"wa.status.sent", "wa.status.delivered", "wa.status.read"} <= statuses
    failed = hooks.payload(statuses=[hooks.failed(question["id"], RINA)])
    assert (await system.post(failed)).status == 200
    for _ in range(100):
        if any(e.type == "wa.status.failed" for e in system.events):
            break
        await asyncio.sleep(0.05)
    [event] = [e for e in system.events if e.type == "wa.status.failed"]
    assert event.payload["errors"][0]["code"] == 131026


async def test_stop_and_start_are_announced(system: System) -> None:
    await choose_language(system, ARJUN, "en")
    await system.say(ARJUN, "STOP")
    await system.say(ARJUN, "start")
    for _ in range(100):
        if len([e for e in system.events if e.type.startswith("wa.person.")]) >= 3:
            break
        await asyncio.sleep(0.05)
    assert [e.type for e in system.events if e.type.startswith("wa.person.")] == [
        "wa.person.lang_chosen", "wa.person.opted_out", "wa.person.opted_in"]


async def test_a_changed_number_takes_the_persons_applications_and_language_and_leaves_the_old_one_bare(
        system: System) -> None:
    """Meta's notice, through the webhook, the bus and every service: Rina's demo applications answer her at the
    new number, in the language she chose, and the number she left (which may become someone else's) is asked
    the language afresh and holds no application."""
    rina, new = "919800000001", "919800000199"
    await choose_language(system, rina, "en")
    await system.tap(rina, "permit:mine", "My applications", kind="list")
    mine = (await system.replies(rina, 3))[-1]
    assert "permit:view:BP/PUR/2026/000101" in rows(mine)
    notice = msg.message(rina, "system", system={"body": f"User Rina changed from {rina} to {new}", "wa_id": new,
                                                 "type": "user_changed_number"})
    assert (await system.post(hooks.payload([notice]))).status == 200
    for _ in range(100):
        if any(e.type == "wa.person.number_changed" for e in system.events):
            break
        await asyncio.sleep(0.05)
    for _ in range(100):  # the services move what they keep as the event reaches each of them
        await system.tap(new, "permit:mine", "My applications", kind="list")
        moved = (await system.replies(new, 1))[-1]
        if moved["type"] == "interactive" and moved["body"]["interactive"]["type"] == "list":
            break
        await asyncio.sleep(0.1)
    assert "permit:view:BP/PUR/2026/000101" in rows(moved)
    assert moved["body"]["interactive"]["action"]["button"].isascii()  # in English, as she chose at the old one
    sent = len(system.sim.sent(rina))
    await system.say(rina, "hi")
    [question] = (await system.replies(rina, sent + 1))[sent:]
    assert buttons(question) == ["shell:lang:en", "shell:lang:bn"]
    await system.tap(rina, "permit:mine", "My applications", kind="list")
    [bare] = (await system.replies(rina, sent + 2))[sent + 1:]
    body = bare["body"]
    assert "No application is registered" in (body["text"]["body"] if body["type"] == "text"
                                              else body["interactive"]["body"]["text"])


async def test_a_number_another_whatsapp_account_writes_from_shows_none_of_the_previous_holders_records(
        system: System) -> None:
    """The telephone company gave Rina's old number to someone else, who writes from it under their own
    business-scoped id: they are asked the language afresh and see none of her applications, which stay hers,
    found when she writes by her own id."""
    rina, hers, theirs = "919800000001", "IN.1648738043044942", "IN.9902817364550021"
    await system.say(rina, "hi", user_id=hers)
    await system.replies(rina, 1)
    await system.tap(rina, "shell:lang:en", "English", user_id=hers)
    await system.tap(rina, "permit:mine", "My applications", kind="list", user_id=hers)
    assert "permit:view:BP/PUR/2026/000101" in rows((await system.replies(rina, 3))[-1])
    await system.say(rina, "hi", user_id=theirs)
    [question] = (await system.replies(rina, 4))[3:]
    assert buttons(question) == ["shell:lang:en", "shell:lang:bn"]  # a stranger: her language is not theirs
    for _ in range(100):
        if any(e.type == "wa.person.number_changed" for e in system.events):
            break
        await asyncio.sleep(0.05)
    assert [e.payload for e in system.events if e.type == "wa.person.number_changed"] == [
        {"wa_id": rina, "new_wa_id": hers}]
    # each service hears the move before anything the new holder sends: both are the number's, in turn
    await system.tap(rina, "permit:mine", "My applications", kind="list", user_id=theirs)
    [bare] = (await system.replies(rina, 5))[4:]
    body = bare["body"]
    assert "No application is registered" in (body["text"]["body"] if body["type"] == "text"
                                              else body["interactive"]["body"]["text"])
    await system.tap(hers, "permit:mine", "My applications", kind="list")  # Rina, by her id alone
    [mine] = await system.replies(hers, 1)
    assert "permit:view:BP/PUR/2026/000101" in rows(mine)
    assert mine["body"]["interactive"]["action"]["button"].isascii()  # in the language she chose


async def test_a_notice_made_before_the_number_changed_hands_reaches_its_last_holder_not_the_number(
        system: System) -> None:
    """A service made a notice for Rina's number a moment before someone else wrote from it under their own id, and
    the sender got it only after: it reaches Rina at her id, and the number's new holder gets only their own
    answer."""
    rina, hers, theirs = "919800000001", "IN.1648738043044942", "IN.9902817364550021"
    await system.say(rina, "hi", user_id=hers)
    await system.replies(rina, 1)
    made = utcnow()
    await system.say(rina, "hi", user_id=theirs)  # the number is someone else's now
    await system.replies(rina, 2)
    store = make_store(system.settings, "sender")
    try:
        for _ in range(100):  # the sender hears the move beside the answer to the new holder, not before it
            if await Moves(store).follow(rina, made) == hers:
                break
            await asyncio.sleep(0.05)
    finally:
        await store.close()
    notice = Outbound(to=rina, service="permit", notification=True, message={"type": "text", "text": {
        "body": "Application BP/PUR/2026/000101: approved"}})
    await system.bus.publish(Envelope(type="wa.outbound", payload=notice.model_dump(mode="json"), occurred_at=made))
    [delivered] = await system.replies(hers, 1)
    assert delivered["body"]["recipient"] == hers and "BP/PUR/2026/000101" in delivered["body"]["text"]["body"]
    assert len(system.sim.sent(rina)) == 2  # the language question, to each holder of the number


async def test_an_employees_number_given_to_someone_else_greets_nobody_by_her_name(system: System) -> None:
    """The telephone company gave Anima's old number to someone else: payroll takes them for a stranger and
    names nobody, and Anima, writing by her own id with the number hidden, is found with her PIN."""
    anima, hers, theirs = "919733000101", "IN.1648738043044942", "IN.9902817364550021"
    await system.say(anima, "hi", user_id=hers)
    await system.replies(anima, 1)
    await system.tap(anima, "shell:lang:en", "English", user_id=hers)
    await system.tap(anima, "payroll:menu", "Payroll", kind="list", user_id=hers)
    assert "Hello Anima Mahato" in (await system.replies(anima, 3))[-1]["body"]["interactive"]["body"]["text"]
    await system.say(anima, "hi", user_id=theirs)  # the number is someone else's now
    await system.replies(anima, 4)
    await system.tap(anima, "payroll:menu", "Payroll", kind="list", user_id=theirs)
    [refused] = (await system.replies(anima, 5))[4:]
    body = refused["body"]
    text = body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]
    assert "registered panchayat employees only" in text and "Anima" not in text
    await system.tap(hers, "payroll:menu", "Payroll", kind="list")  # Anima, by her id alone
    [home] = await system.replies(hers, 1)
    assert "Hello Anima Mahato" in home["body"]["interactive"]["body"]["text"]
    assert home["body"].get("recipient") == hers and "to" not in home["body"]
    await system.tap(hers, "payroll:slip", "Latest pay slip", kind="list")
    await system.replies(hers, 2)  # the PIN asked: typed before it, it may overtake the tap on a busy broker
    await system.say(hers, "4821")
    sent = await system.replies(hers, 3)
    assert sent[-1]["body"]["type"] == "document" and not system.sim.records.rejected


async def test_someone_known_by_their_username_only_is_served_by_every_service(system: System) -> None:
    """Meta sends only the business-scoped id of a person who hides their number behind a username: the answers
    reach them at it (``recipient``), and services that find records by a registered mobile say why none is shown."""
    mita = "IN.1648738043044942"
    await choose_language(system, mita, "en")
    said = 2
    answers = {}
    for service, tap in (("tourism", "menu"), ("grievance", "menu"), ("permit", "mine"), ("payroll", "menu")):
        await system.tap(mita, f"{service}:{tap}", service, kind="list")
        answers[service] = (await system.replies(mita, said + 1))[-1]["body"]
        said = len(system.sim.sent(mita))
    assert answers["tourism"]["interactive"]["action"]["buttons"][0]["reply"]["id"] == "tourism:book"
    assert answers["grievance"]["interactive"]["action"]["buttons"][0]["reply"]["id"] == "grievance:new"
    assert "hidden behind a username" in answers["permit"]["interactive"]["body"]["text"]
    assert "hidden behind a username" in answers["payroll"]["text"]["body"]
    assert all(m["body"].get("recipient") == mita and "to" not in m["body"] for m in system.sim.sent(mita))
    assert not system.sim.records.rejected
