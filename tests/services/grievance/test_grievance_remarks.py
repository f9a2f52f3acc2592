"""Words typed while looking at one's own complaint, or just after reopening it, were answered "Sorry, I did not
understand" and thrown away. They are kept and the person asked whether they go to the official handling it (as
*Talk to an official* sends them), or, for a closed complaint, whether they begin a new one."""
from __future__ import annotations

OFFICIAL = {"gp": "Kalchini"}
HANDOFF = "grievance.handoff.requested"


async def _resolve(office, number: str) -> None:
    headers = await office.bearer("gp_official", **OFFICIAL)
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": "A new pipe was laid and the well repaired."})
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()


async def _queue(office) -> list[dict]:
    headers = await office.bearer("gp_official", **OFFICIAL)
    return (await (await office.get("/api/grievance/tickets?handoff=true", headers=headers)).json())["tickets"]


async def test_words_at_an_open_complaint_are_kept_and_sent_to_its_official_when_asked(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    kept = await person.say("still no water today")
    assert "did not understand" not in kept.text and not kept.events
    assert "“still no water today”" in kept.text
    assert f"Send this to the official handling complaint {number} at the Kalchini Gram Panchayat office?" \
        in kept.text
    assert list(kept.last.choices) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
    assert list(kept.last.choices.values()) == ["Send", "Don't send"]
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == "still no water today" and sent.event(HANDOFF)["number"] == number
    assert sent.text.startswith("Your message reached the Kalchini Gram Panchayat office.")
    twice = await person.tap(f"grievance:send:{number}")  # the same button again: nothing more is sent
    assert "out of date" in twice.text and not twice.events


async def test_in_bengali_words_added_before_answering_go_together_and_a_typed_yes_sends_them(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    kept = await person.say("আজও জল আসেনি, কেউ দেখতে আসেনি")
    assert "দুঃখিত" not in kept.text and "“আজও জল আসেনি, কেউ দেখতে আসেনি”" in kept.text
    assert f"এটি কি অভিযোগ {number}-এর দায়িত্বে থাকা কালচিনি গ্রাম পঞ্চায়েত অফিস-এর আধিকারিককে পাঠাবেন?" in kept.text
    assert list(kept.last.choices.values()) == ["পাঠান", "পাঠাবেন না"]
    more = await person.say("ekhono gorto ache, aj o jol jomeche")  # Banglish, before answering: added
    assert more.text.startswith("আপনার বার্তায় যোগ করা হল।") and not more.events
    sent = await person.say("পাঠান")
    assert sent.event(HANDOFF)["message"] == "আজও জল আসেনি, কেউ দেখতে আসেনি\nekhono gorto ache, aj o jol jomeche"
    assert "পৌঁছেছে" in sent.text


async def test_dont_send_drops_the_words_with_a_word_and_shows_the_complaint_again(office):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("I was only checking, no need to tell them")
    dropped = await person.tap(f"grievance:unsent:{number}")
    assert dropped.text.startswith("All right, your words were not sent.") and f"Complaint {number}" in dropped.text
    assert not dropped.events and await _queue(office) == []
    no = await person.say("Still waiting for the mechanic")
    assert "Send this" in no.text
    typed_no = await person.say("no")
    assert typed_no.text.startswith("All right, your words were not sent.") and not typed_no.events


async def test_words_just_after_reopening_are_offered_to_the_official_too(office):
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number)
    await person.tap(f"grievance:reopen:{number}")
    reopened = await person.say("The well is dry again since yesterday.")
    assert reopened.event("grievance.ticket.reopened")["reason"] == "The well is dry again since yesterday."
    more = await person.say("ekhono gorto ache, aj o jol jomeche")
    assert "did not understand" not in more.text and "Send this to the official handling" in more.text
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == "ekhono gorto ache, aj o jol jomeche"
    assert [t["number"] for t in await _queue(office)] == [number]


async def test_at_a_closed_complaint_the_words_may_begin_a_new_one(office):
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number)
    await person.tap(f"grievance:accept:{number}")
    await person.say("4")
    await person.tap(f"grievance:view:{number}")
    kept = await person.say("The pipe is leaking again near the school gate.")
    assert f"Complaint {number} is closed and can no longer be reopened" in kept.text and not kept.events
    assert list(kept.last.choices) == [f"grievance:newsaid:{number}", f"grievance:unsent:{number}"]
    new = await person.tap(f"grievance:newsaid:{number}")
    assert new.text.startswith("Your words are the start of a new complaint.")
    assert "What is the complaint about?" in new.text and "grievance:cat:water" in new.last.choices
    await person.tap("grievance:cat:water")
    summary = await person.tap("grievance:gp:703506")
    assert "Description: The pipe is leaking again near the school gate." in summary.text


async def test_thanks_numbers_and_the_chats_own_words_are_no_message(office):
    person = office.person()
    number = await person.lodge()
    await _resolve(office, number)
    await person.tap(f"grievance:view:{number}")
    for said in ("thank you", "ok", "5", "Send", "Don't send", "👍"):
        answered = await person.say(said)
        assert "Send this" not in answered.text and not answered.events, said
    reopen = await person.say("Reopen")  # a button's title typed: what the button does
    assert f"Why do you want to reopen {number}?" in reopen.text


async def test_a_photo_sent_while_asked_keeps_the_words_and_the_question(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("still no water today")
    photo = await person.photo("PHOTO-1")
    assert photo.text.startswith(f"Added to complaint {number} (attachments now: 1).")
    assert "Send this to the official handling" in photo.text and "“still no water today”" in photo.text
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == "still no water today"


async def test_an_ok_said_in_two_words_is_a_yes_not_more_words(make_person):
    """"acha thik ache", "আচ্ছা ঠিক আছে" (all right, OK) at the question were added to the message for the official, as
    "thik ache" alone was a yes: they are a yes, and the words kept are sent alone."""
    for typed in ("acha thik ache", "আচ্ছা ঠিক আছে"):
        person = make_person(lang="bn")
        number = await person.lodge()
        await person.tap(f"grievance:view:{number}")
        await person.say("keno deri hocche")
        sent = await person.say(typed)
        assert sent.event(HANDOFF)["message"] == "keno deri hocche", typed
        assert "পৌঁছেছে" in sent.text


async def test_a_sound_alone_is_no_message_for_the_official(person):
    """"hmm", "হুম", "ohh" at a complaint's view were kept as a message and offered to its official, and at the question
    added to the words kept: they are no words; the question (or the view) again, the words kept unchanged."""
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    at_view = await person.say("hmm")
    assert "Send this to the official" not in at_view.text and not at_view.events
    await person.say("still no water today")
    for sound in ("hmmm", "হুম", "ohh"):
        again = await person.say(sound)
        assert "“still no water today”" in again.text and "added" not in again.text, sound
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == "still no water today"
