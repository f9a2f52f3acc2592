"""Words typed in answer to the notice that a complaint was resolved or rejected ("the water is still muddy",
"kichui hoy ni, gorto ta ekhono ache") were read where the chat last stood: right after lodging they began a new
complaint, at the list of one's complaints they were "not understood". They are now read at the complaint the
notice was about, as at its view: a resolved one offers to reopen it with them; a rejected one, to begin a new
complaint or send them. A complaint being put together meanwhile keeps the words as its own."""
from __future__ import annotations

API = "/api/grievance"


async def _moved(office, bus, number: str, **change: str) -> None:
    headers = await office.bearer("gp_official", gp="Kalchini")
    moved = await office.post(f"{API}/tickets/{number}/status", json=change, headers=headers)
    assert moved.status == 200
    await bus.drain()


async def test_words_right_after_the_resolution_offer_to_reopen_it(office, bus):
    person = office.person()
    number = await person.lodge()
    await _moved(office, bus, number, status="resolved", atr="The pump washer was replaced.")
    asked = await person.say("the water is still muddy")
    assert "new complaint" not in asked.text.split("\n")[0]
    assert f"Complaint {number} is resolved" in asked.text
    reopened = await person.tap(asked.choice(f"grievance:reopensaid:{number}"))
    assert reopened.event("grievance.ticket.reopened")["number"] == number


async def test_banglish_words_after_the_resolution_are_no_new_complaint(office, bus):
    person = office.person(lang="bn")
    number = await person.lodge(category="roads", text="rastay boro gorto, hata jay na")
    await _moved(office, bus, number, status="resolved", atr="The pothole was filled with stone chips.")
    asked = await person.say("kichui hoy ni, gorto ta ekhono ache")
    assert f"অভিযোগ {number} সমাধান হয়েছে বলে জানানো হয়েছে" in asked.text
    assert asked.last.choices[f"grievance:reopensaid:{number}"] == "এটি দিয়ে আবার খুলুন"


async def test_bengali_words_after_a_rejection_at_the_list_are_understood(office, bus):
    person = office.person(lang="bn")
    number = await person.lodge(category="drainage", text="বাজারের পাশের নালা উপচে পড়ছে")
    await person.tap("grievance:mine")
    await _moved(office, bus, number, status="rejected", reason="The drain is on private land.")
    asked = await person.say("নালাটা তো সরকারি জমিতে, আবার দেখুন")
    assert "বুঝতে পারিনি" not in asked.text
    assert f"grievance:reopensaid:{number}" in asked.last.choices and f"grievance:send:{number}" in asked.last.choices


async def test_a_complaint_being_put_together_keeps_the_words(office, bus):
    person = office.person()
    number = await person.lodge()
    await person.draft(category="roads", text="The road to the school is broken.")
    await _moved(office, bus, number, status="resolved", atr="The pump washer was replaced.")
    added = await person.say("Also the culvert is cracked.")
    assert "Also the culvert is cracked." in added.text and f"Complaint {number} is resolved" not in added.text


async def test_words_after_a_corrected_report_offer_to_reopen_it(office, bus):
    person = office.person()
    number = await person.lodge()
    await _moved(office, bus, number, status="resolved", atr="The pump washer was replaced.")
    await person.tap("grievance:mine")
    headers = await office.bearer("gp_official", gp="Kalchini")
    corrected = await office.put(f"{API}/tickets/{number}/atr", json={"text": "The whole pump was replaced."},
                                 headers=headers)
    assert corrected.status == 200
    await bus.drain()
    asked = await person.say("still no water at the school")
    assert f"Complaint {number} is resolved" in asked.text and "did not understand" not in asked.text
