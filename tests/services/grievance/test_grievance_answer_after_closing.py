"""An office may answer a complaint the person has closed (a question they asked before rating it): the answer's
*Reply* then takes their message, as a reply typed after the answer does, instead of saying no official answers."""
from __future__ import annotations

from grievance_kit import sent_to

OFFICIAL = {"gp": "Kalchini"}


async def test_reply_to_an_answer_on_a_closed_complaint_reaches_the_office(office, bus):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": "A new pipe was laid and the well repaired."})
    assert done.status == 200
    await bus.drain()
    await person.tap(f"grievance:accept:{number}")
    assert "closed" in (await person.say("5")).text
    closed = await person.tap(f"grievance:human:{number}")
    assert "no official answers it any more" in closed.text  # nobody has written since it was closed

    answer = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers,
                               json={"text": "Thank you. Did the water come back in the other tap too?"})
    assert answer.status == 200
    await bus.drain()
    assert f"grievance:human:{number}" in str(sent_to(bus, person.wa_id)[-1]["message"])  # its Reply
    asked = await person.tap(f"grievance:human:{number}")
    assert "no official answers" not in asked.text and "Kalchini Gram Panchayat office" in asked.text
    sent = await person.say("Yes, both taps have water now.")
    assert sent.event("grievance.handoff.requested")["message"] == "Yes, both taps have water now."
