"""Following a complaint to its end over the chat while the office works it through the back office:
status messages, the action-taken report, rating, reopening, talking to an official, and bad input."""
from __future__ import annotations

import pytest
from chat_kit import refuse_once
from grievance_kit import KALCHINI_GP, sent_to

from shared.privacy import event_leaks as leaks

OFFICIAL = {"gp": "Kalchini"}


async def _resolve(office, number: str, headers: dict[str, str]) -> None:
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": "A new pipe was laid and the well repaired."})
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()


async def test_status_messages_atr_rating_and_the_office_reply(office, bus):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    ack = await office.post(f"/api/grievance/tickets/{number}/status", json={"status": "acknowledged"},
                            headers=headers)
    assert ack.status == 200 and (await ack.json())["status"] == "acknowledged"
    await bus.drain()
    told = sent_to(bus, person.wa_id)[-1]
    assert told["notification"] is True and number in told["message"]["interactive"]["body"]["text"]
    assert told["template"]["template"]["name"] == "grievance_status_changed"
    changed = [e.payload for e in bus.seen if e.type == "grievance.ticket.status_changed"]
    assert changed[-1]["previous"] == "lodged" and changed[-1]["status"] == "acknowledged"
    assert person.wa_id not in str(changed)

    asked = await person.tap(f"grievance:human:{number}")
    assert "Kalchini Gram Panchayat office" in asked.text
    sent = await person.say("When will the mechanic come? We have no water at all.")
    handoff = sent.event("grievance.handoff.requested")
    assert handoff["message"].startswith("When will") and "reached the Kalchini" in sent.text
    queue = await (await office.get("/api/grievance/tickets?handoff=true", headers=headers)).json()
    assert [t["number"] for t in queue["tickets"]] == [number] and "wa_id" not in queue["tickets"][0]
    answer = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers,
                               json={"text": "The mechanic comes tomorrow morning."})
    assert answer.status == 200
    await bus.drain()
    assert "The mechanic comes tomorrow morning." in str(sent_to(bus, person.wa_id)[-1]["message"])
    reply = sent_to(bus, person.wa_id)[-1]["template"]["template"]  # what a closed window brings: the answer too
    assert reply["name"] == "grievance_official_reply"
    assert [p["text"] for p in reply["components"][0]["parameters"]] == [
        number, "Kalchini Gram Panchayat office", "The mechanic comes tomorrow morning."]
    typed_back = await person.say("Thank you, we will wait for him at the school.")
    assert typed_back.event("grievance.handoff.requested")["message"].startswith("Thank you, we will wait")
    assert "reached the Kalchini" in typed_back.text

    await _resolve(office, number, headers)
    notice = sent_to(bus, person.wa_id)[-1]["message"]["interactive"]["body"]["text"]
    assert notice.endswith("You can accept and rate it, or reopen it within 15 days.")  # no stray status word
    viewed = await person.tap(f"grievance:view:{number}")
    assert "Action taken: A new pipe was laid" in viewed.text and "Resolved" in viewed.text
    assert set(viewed.last.choices) == {f"grievance:accept:{number}", f"grievance:reopen:{number}",
                                        f"grievance:human:{number}"}
    stars = await person.tap(f"grievance:accept:{number}")
    assert f"grievance:rate:{number}:5" in stars.last.choices
    seven = await person.tap(f"grievance:rate:{number}:7")
    assert "from 1 to 5" in seven.text
    typed_seven = await person.say("7")
    assert "from 1 to 5" in typed_seven.text
    rated = await person.say("4")
    assert rated.event("grievance.ticket.rated")["rating"] == 4 and "closed" in rated.text
    again = await person.tap(f"grievance:view:{number}")
    assert "Closed" in again.text and "★★★★" in again.text
    twice = await person.tap(f"grievance:accept:{number}")  # an old "Accept & rate" button
    assert "already rated complaint" in twice.text and "not resolved" not in twice.text and not twice.events
    late = await person.tap(f"grievance:rate:{number}:1")  # an old star
    assert "already rated complaint" in late.text and not late.events


async def test_reopen_within_15_days_with_a_reason_and_not_after(office, clock):
    person = office.person()
    headers = await office.bearer("block_officer", block="Kalchini")
    first, second = await person.lodge(), await person.lodge(category="lights", text="Street light dark for a month.")
    await _resolve(office, first, headers)
    await _resolve(office, second, headers)
    asked = await person.tap(f"grievance:reopen:{first}")
    assert "Why do you want to reopen" in asked.text
    short = await person.say("yes")  # a bare "no" is a mind changed (test_grievance_reopen_short_reason)
    assert "reason of at least" in short.text
    reopened = await person.say("The well is dry again since yesterday.")
    assert reopened.event("grievance.ticket.reopened")["times"] == 1 and "Reopened" in reopened.text
    clock.advance(days=16)
    late = await person.tap(f"grievance:reopen:{second}")
    assert "more than 15 days ago" in late.text and not late.events


async def test_thanks_typed_when_asked_why_to_reopen_is_no_reason_and_reopens_nothing(office):
    """'thank you so much' is long enough for a reason; it used to reopen the complaint with it as the reason."""
    headers = await office.bearer("gp_official", **OFFICIAL)
    for lang, said, warm, asks in (("en", "thank you so much", "You're welcome 🙏", "Why do you want to reopen"),
                                   ("bn", "ধন্যবাদ স্যার অনেক", "আপনাকেও ধন্যবাদ 🙏", "কেন আবার খুলতে চান"),
                                   ("en", "ok thank you", "You're welcome 🙏", "Why do you want to reopen")):
        person = office.person(lang)
        number = await person.lodge()
        await _resolve(office, number, headers)
        await person.tap(f"grievance:reopen:{number}")
        thanked = await person.say(said)
        assert thanked.text.startswith(warm) and asks in thanked.text and not thanked.events
        reopened = await person.say("The well is dry again since yesterday.")
        assert reopened.event("grievance.ticket.reopened")["reason"] == "The well is dry again since yesterday."


async def test_a_phone_number_in_the_reason_to_reopen_stays_with_the_office_and_out_of_the_event(office):
    """Other departments read ``grievance.ticket.reopened``; the person's reason reaches them as a message to
    an official does, with a number typed into it masked, while the office still reads it whole."""
    person = office.person()
    headers = await office.bearer("gp_official", **OFFICIAL)
    number = await person.lodge()
    await _resolve(office, number, headers)
    await person.tap(f"grievance:reopen:{number}")
    reopened = await person.say("The well is dry again. Call me on 98300 12345 or +91 94330 54321.")
    reason = reopened.event("grievance.ticket.reopened")["reason"]
    assert reason.startswith("The well is dry again. Call me on ") and "12345" not in reason
    assert "54321" not in reason and leaks({"reason": reason}) == []
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert "Call me on 98300 12345 or +91 94330 54321." in ticket["history"][-1]["note"]


async def test_bad_input_gets_clear_answers_and_keeps_the_draft(make_person, runtime):
    person, other = make_person(), make_person()
    theirs = await other.lodge()
    not_mine = await person.say(theirs)
    assert f"no complaint {theirs} among yours" in not_mine.text and "Lodged" not in not_mine.text
    await person.tap("grievance:new")
    await person.tap("grievance:cat:roads")
    unknown = await person.say("Atlantis")
    assert "could not find that name" in unknown.text
    blocks = await person.say("Alipurduar")
    assert "grievance:blk:7035" in blocks.last.choices
    gps = await person.tap("grievance:blk:7035")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    empty = await person.say("   ")
    assert "Describe the problem" in empty.text
    short = await person.say("bad")
    assert "at least 10 characters" in short.text
    confirm = await person.say("The road to Latabari market is broken in three places.")
    long = await person.say("x" * 5000)
    assert "That is 5,000 characters; the limit is 2,000" in long.text
    assert "The road to Latabari market is broken" in long.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["category"] == "roads"
    twice = await person.tap(confirm.choice("grievance:submit:"))
    assert not twice.events and done.event("grievance.ticket.lodged")["number"] in twice.text
    assert gps.last.choices


async def test_a_reopened_complaint_shows_its_new_date_not_the_one_that_passed(office, clock):
    person = office.person()
    number = await person.lodge()  # drinking water: seven days, so expected by 9 Mar 2026
    assert "Expected by: 9 Mar 2026" in (await person.tap(f"grievance:view:{number}")).text
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    clock.advance(days=10)
    await person.tap(f"grievance:reopen:{number}")
    reopened = await person.say("The well is dry again since yesterday.")
    assert "Reopened" in reopened.text
    assert "Expected by: 19 Mar 2026" in reopened.text and "Expected by: 9 Mar" not in reopened.text


@pytest.mark.parametrize(("settled", "said"), [
    ({"status": "resolved", "atr": "A new pipe was laid and the well repaired."}, "Resolved"),
    ({"status": "rejected", "reason": "The well is on private land."}, "Rejected")])
async def test_a_settled_complaint_shows_no_day_still_expected(office, settled, said):
    person = office.person()
    number = await person.lodge()
    assert "Expected by: 9 Mar 2026" in (await person.tap(f"grievance:view:{number}")).text
    done = await office.post(f"/api/grievance/tickets/{number}/status",
                             headers=await office.bearer("gp_official", **OFFICIAL), json=settled)
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()
    view = (await person.tap(f"grievance:view:{number}")).text
    assert f"Status: {said}" in view and "Expected by" not in view, view


@pytest.mark.parametrize("typed, expected", [("⭐⭐⭐⭐", 4), ("★★", 2), ("4 stars", 4), ("৩ তারা", 3), ("৫", 5),
                                             ("৩ স্টার", 3), ("৪টা ষ্টার", 4), ("২টি তারা", 2)])
async def test_a_rating_typed_as_stars_or_a_number_with_its_word_is_taken(office, typed, expected):
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    await person.tap(f"grievance:accept:{number}")
    rated = await person.say(typed)
    assert rated.event("grievance.ticket.rated")["rating"] == expected and "closed" in rated.text


async def test_a_photo_sent_at_the_reopen_or_rating_question_leaves_that_question_awaited(office):
    """A resolved complaint takes no more attachments; the person is told so and asked the same question
    again, so the reason typed next reopens it (it was read at the complaint's view and not understood)."""
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    asked = await person.tap(f"grievance:reopen:{number}")
    photo = await person.photo("media-still-dry")
    assert "no longer being handled" in photo.text and "Why do you want to reopen" in photo.text
    reopened = await person.say("The well is dry again since yesterday.")
    assert reopened.event("grievance.ticket.reopened")["times"] == 1 and "Reopened" in reopened.text
    assert asked.text in photo.text
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    stars = await person.tap(f"grievance:accept:{number}")
    voice = await person.photo("media-voice-thanks", kind="voice")
    assert "no longer being handled" in voice.text and set(voice.last.choices) == set(stars.last.choices)
    rated = await person.say("5")
    assert rated.event("grievance.ticket.rated")["rating"] == 5


async def test_an_answer_sent_again_after_an_error_reaches_the_person_once_and_is_kept_once(office, bus, monkeypatch):
    """The official's answer was stored and sent, then the bus refused what follows it (or the copy stopped): the
    office got an error and sends it again. The person gets it once, and the complaint's conversation holds it
    once."""
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come? We have no water at all.")
    refused = refuse_once(monkeypatch, office.runtime.context, "wa.session.claimed")
    answer = {"text": "The mechanic comes tomorrow morning."}
    failed = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers, json=answer)
    assert failed.status >= 500 and refused
    retried = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers, json=answer)
    assert retried.status == 200
    said = [n["text"] for n in (await retried.json())["conversation"]]
    assert said == ["When will the mechanic come? We have no water at all.", answer["text"]]
    await bus.drain()
    told = {e.id for e in bus.seen if e.type == "wa.outbound" and answer["text"] in str(e.payload["message"])}
    assert len(told) == 1  # sent again with the same id, which the sender drops
    assert len({e.id for e in bus.seen if e.type == "grievance.handoff.answered"}) == 1


async def test_after_the_15_days_a_complaint_no_longer_offers_reopen(office, clock):
    """Reopen stayed under a resolved or rejected complaint for good, and a tap on it after the 15 days only
    said it was too late; now the button is there while it works, and a rejected complaint then offers a
    new one instead."""
    person = office.person()
    headers = await office.bearer("gp_official", **OFFICIAL)
    resolved, rejected = await person.lodge(), await person.lodge(category="lights", text="Street light dark.")
    await _resolve(office, resolved, headers)
    refused = await office.post(f"/api/grievance/tickets/{rejected}/status", headers=headers,
                                json={"status": "rejected", "reason": "The lights belong to the electricity board."})
    assert refused.status == 200
    clock.advance(days=15)
    last_day = await person.tap(f"grievance:view:{resolved}")
    assert f"grievance:reopen:{resolved}" in last_day.last.choices
    clock.advance(minutes=1)
    viewed = await person.tap(f"grievance:view:{resolved}")
    assert set(viewed.last.choices) == {f"grievance:accept:{resolved}", f"grievance:human:{resolved}",
                                        "grievance:mine"}
    viewed = await person.tap(f"grievance:view:{rejected}")
    assert set(viewed.last.choices) == {f"grievance:newfrom:{rejected}", f"grievance:human:{rejected}",
                                        "grievance:mine"}


async def test_a_voice_note_to_the_official_reaches_the_offices_queue(office, bus):
    """A villager who cannot write taps "Talk to an official" and speaks: the voice note was only added to the
    complaint's attachments and they were asked again to write, while the office's queue of people waiting
    for an answer never showed them. Now the voice note is their message, and so are words written under a
    photo; a photo alone still waits for the words."""
    person = office.person("bn")
    headers = await office.bearer("gp_official", **OFFICIAL)
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    spoken = await person.photo("media-voice-to-office", kind="voice")
    assert "আপনার বার্তা কালচিনি গ্রাম পঞ্চায়েত অফিস-এ পৌঁছেছে" in spoken.text
    assert spoken.event("grievance.handoff.requested")["message"] == "(voice note)"
    queue = await (await office.get("/api/grievance/tickets?handoff=true", headers=headers)).json()
    [waiting] = queue["tickets"]
    assert waiting["number"] == number
    path = f"/api/grievance/tickets/{number}/media/media-voice-to-office"  # where the office hears it
    assert waiting["conversation"][-1]["media"] == {"kind": "voice", "id": "media-voice-to-office",
                                                    "mime_type": "audio/ogg", "caption": None, "filename": None,
                                                    "path": path}
    answer = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers,
                               json={"text": "Please send a photo of the pump."})
    assert answer.status == 200
    await bus.drain()
    shown = await person.photo("media-pump", caption="এই যে পাম্পের ছবি, হাতল ভাঙা।")
    assert shown.event("grievance.handoff.requested")["message"] == "এই যে পাম্পের ছবি, হাতল ভাঙা।"
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert ticket["handoff_open"] is True and ticket["conversation"][-1]["media"]["id"] == "media-pump"


async def test_a_complaint_is_reopened_by_a_voice_note_saying_what_is_still_wrong(office):
    """Reopening asked for a reason in words: a voice note was refused as an attachment to a finished complaint
    and the question asked again, so whoever could not write could not reopen. Now the voice note is the
    reason and stays on the complaint for the office, as a photo with the reason written under it does."""
    person = office.person("bn")
    headers = await office.bearer("gp_official", **OFFICIAL)
    number = await person.lodge()
    await _resolve(office, number, headers)
    asked = await person.tap(f"grievance:reopen:{number}")
    assert "ভয়েস নোটে বলুন" in asked.text
    spoken = await person.photo("media-still-dry", kind="voice")
    assert spoken.event("grievance.ticket.reopened")["reason"] == "(voice note)"
    assert "আবার খোলা হয়েছে" in spoken.text and "পুনরায় খোলা হয়েছে" in spoken.text
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert ticket["status"] == "reopened" and [m["id"] for m in ticket["media"]] == ["media-still-dry"]
    await _resolve(office, number, headers)
    await person.tap(f"grievance:reopen:{number}")
    shown = await person.photo("media-broken-handle", caption="হাতল আবার ভেঙে গেছে")
    assert shown.event("grievance.ticket.reopened")["reason"] == "হাতল আবার ভেঙে গেছে"
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert ticket["reopened"] == 2 and ticket["media"][-1]["id"] == "media-broken-handle"


async def test_at_the_rating_0_and_a_star_are_read_as_a_rating_and_hash_goes_back_to_the_complaint(office):
    """Where stars are asked, "0" is a number of stars (answered with the range) and "*" a star, not "back";
    "#", a phone menu's "back", leads to the complaint, as "back" does."""
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    stars = await person.tap(f"grievance:accept:{number}")
    for typed in ("0", "০", "*"):
        again = await person.say(typed)
        assert "from 1 to 5" in again.text and set(again.last.choices) == set(stars.last.choices), typed
        assert not again.events, typed
    left = await person.say("#")
    assert f"Complaint {number}" in left.text and f"grievance:accept:{number}" in left.last.choices
    assert "from 1 to 5" not in left.text and not left.events


async def test_the_help_line_says_0_goes_back_where_it_does_and_not_at_the_rating(office):
    """0 alone goes back, as on a phone menu, but the help line only named "back"; at the rating, where 0 is a
    number of stars, it must not promise it."""
    person = office.person("bn")
    number = await person.lodge()
    await _resolve(office, number, await office.bearer("gp_official", **OFFICIAL))
    viewed = await person.tap(f"grievance:view:{number}")
    assert viewed.text.endswith('আগের ধাপে যেতে *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।')
    stars = await person.tap(f"grievance:accept:{number}")
    assert stars.text.endswith('আগের ধাপে যেতে *ফিরে* লিখুন, মূল মেনুর জন্য *মেনু*।')
    reopen = await person.tap(f"grievance:reopen:{number}")
    back = await person.say("০")
    assert "কেন আবার খুলতে চান" in reopen.text and f"grievance:reopen:{number}" in back.last.choices
    english = office.person()
    listed = await english.say("my complaints")
    assert listed.text.endswith('Type *back* or 0 to go back, or *menu* for the main menu.')


async def test_words_written_under_a_photo_added_to_a_complaint_reach_the_office_with_it(office):
    """A photo sent while looking at one's complaint, or added to the one just lodged, is the complaint's; what the
    person wrote under it ("the pump is still broken") was dropped. It is kept with the file for the office."""
    person = office.person()
    headers = await office.bearer("gp_official", **OFFICIAL)
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.photo("media-pump", caption="  The pump handle is still broken, see  ")
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    [photo] = [m for m in ticket["media"] if m["id"] == "media-pump"]
    assert photo["caption"] == "The pump handle is still broken, see"
    await person.photo("media-long", caption="x" * 2000)
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert [len(m["caption"]) for m in ticket["media"] if m["id"] == "media-long"] == [1024]


async def test_a_phone_number_in_a_rejection_reason_stays_with_the_office_and_out_of_the_event(office, bus):
    """Other departments read ``grievance.ticket.status_changed``; an official who writes a number into the reason
    for rejecting (the complainant's, another office's) has it reach them by its last four digits, while the
    person is told the reason whole."""
    person = office.person()
    headers = await office.bearer("gp_official", **OFFICIAL)
    number = await person.lodge()
    why = "Land dispute: both sides, 98300 12345 and +91 94330 54321, to go to the BL&LRO."
    rejected = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                                 json={"status": "rejected", "reason": why})
    assert rejected.status == 200, await rejected.text()
    await bus.drain()
    [changed] = [e.payload for e in bus.seen if e.type == "grievance.ticket.status_changed"]
    assert changed["reason"].startswith("Land dispute: both sides, ") and changed["reason"].endswith("BL&LRO.")
    assert "12345" not in changed["reason"] and "54321" not in changed["reason"] and leaks(changed) == []
    assert why in str(sent_to(bus, person.wa_id)[-1]["message"])
