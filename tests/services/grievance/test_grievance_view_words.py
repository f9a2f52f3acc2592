"""What a person says at the view of one of their complaints, in words or under a photo, is never lost: the words
under a photo are kept with it for the office and shown back to the person."""
from __future__ import annotations

from services.grievance.repository import Repositories

OFFICIAL = {"gp": "Kalchini"}
HANDOFF = "grievance.handoff.requested"


async def test_a_photo_with_words_at_the_view_keeps_them_for_the_office_and_says_so(office):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    photo = await person.photo("PHOTO-STILL", caption=" still broken ")
    assert photo.text.startswith(f"Added to complaint {number} for the office: a photo, with your words under it:\n"
                                 "“still broken”\n(attachments now: 1)")
    assert f"Complaint {number}" in photo.text and not photo.events
    headers = await office.bearer("gp_official", **OFFICIAL)
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert [(m["id"], m["caption"]) for m in ticket["media"]] == [("PHOTO-STILL", "still broken")]
    bare = await person.photo("PHOTO-BARE")  # no words under it: said as before
    assert bare.text.startswith(f"Added to complaint {number} (attachments now: 2).")


async def test_in_bengali_the_words_under_a_photo_sent_while_asked_are_shown_and_the_question_stays(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("আজও জল আসেনি")
    photo = await person.photo("PHOTO-BN", caption="এখনও ভাঙা")
    assert photo.text.startswith(f"অভিযোগ {number}-এ অফিসের জন্য যোগ হয়েছে: একটি ছবি, সঙ্গে তার নিচে আপনার লেখা:\n"
                                 "“এখনও ভাঙা”")
    assert "“আজও জল আসেনি”" in photo.text  # the words typed before are still asked about
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and [m.caption for m in stored.media] == ["এখনও ভাঙা"]


async def _closed(office, person) -> str:
    """A complaint resolved by the office, then accepted and rated by the person: closed, never to be reopened."""
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": "A new pipe was laid and the well repaired."})
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()
    await person.tap(f"grievance:accept:{number}")
    await person.say("4")
    return number


async def test_asking_for_an_officer_at_a_closed_complaint_says_it_is_closed_not_write_your_message(office):
    person = office.person()
    number = await _closed(office, person)
    await person.tap(f"grievance:view:{number}")
    asked = await person.say("officer")
    assert asked.text.startswith(f"Complaint {number} is closed and can no longer be reopened, so no official "
                                 "answers it any more. If the problem is back, make a new complaint.")
    assert "Write your message" not in asked.text and not asked.events
    assert list(asked.last.choices) == ["grievance:mine", f"grievance:newfrom:{number}"]
    words = await person.say("The pipe is leaking again near the school gate.")  # no message step was opened
    assert f"Complaint {number} is closed" in words.text and f"grievance:newsaid:{number}" in words.last.choices
    old = await person.tap(f"grievance:human:{number}")  # Talk to an official kept from before it closed
    assert old.text.startswith(f"Complaint {number} is closed") and "Write your message" not in old.text


async def test_in_bengali_officer_at_a_closed_complaint_is_answered_as_its_view(office):
    person = office.person(lang="bn")
    number = await _closed(office, person)
    await person.tap(f"grievance:view:{number}")
    asked = await person.say("অফিসার")
    assert asked.text.startswith(f"অভিযোগ {number} বন্ধ হয়ে গেছে, আর খোলা যাবে না, তাই কোনো আধিকারিক এর উত্তর আর দেবেন না।")
    assert "বার্তা লিখুন" not in asked.text and list(asked.last.choices.values()) == ["আমার অভিযোগ", "নতুন অভিযোগ"]


async def test_words_longer_than_a_message_are_kept_and_sent_in_parts_none_typed_again(office):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    long = ("The tube well near the school is dry again and the pump handle is broken. " * 20).strip()  # 1,479
    kept = await person.say(long)
    assert "up to 1,000 characters" not in kept.text and "Write your message" not in kept.text and not kept.events
    assert f"“{long}”" in kept.text and "Send this to the official handling" in kept.text
    assert ("It is longer than one message to the office (1,000 characters), so it goes as 2 messages, one after "
            "another; nothing is cut.") in kept.text
    assert list(kept.last.choices) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
    sent = await person.tap(f"grievance:send:{number}")
    messages = [e.payload["message"] for e in sent.events if e.type == HANDOFF]
    assert len(messages) == 2 and all(len(m) <= 1000 for m in messages) and " ".join(messages) == long
    assert sent.text.startswith("Your message reached the Kalchini Gram Panchayat office.")
    headers = await office.bearer("gp_official", **OFFICIAL)
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert [n["text"] for n in ticket["conversation"]] == messages and ticket["handoff_open"]


async def test_in_bengali_long_words_typed_after_talk_to_an_official_go_in_parts_too(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    long = "আমাদের পাড়ার নলকূপ আবার খারাপ হয়েছে, জল আসছে না, সবাই খুব কষ্টে আছি।\n" * 20  # 1,420 characters
    sent = await person.say(long)
    messages = [e.payload["message"] for e in sent.events if e.type == HANDOFF]
    assert len(messages) == 2 and "\n".join(messages) == long.strip() and "পৌঁছেছে" in sent.text
