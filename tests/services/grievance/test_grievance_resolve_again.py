"""An official resolving a complaint that is already resolved, with the report the person already read (a second
click, a colleague doing the same), was refused or told the person the same report again. The identical report is
taken as done, 200 with nothing sent; a changed report is a correction, and reaches the person as one."""
from __future__ import annotations

API = "/api/grievance"


def _told(bus, wa_id: str, words: str) -> dict[str, str]:
    return {e.id: str(e.payload["message"]) for e in bus.seen
            if e.type == "wa.outbound" and e.payload["to"] == wa_id and words in str(e.payload["message"])}


async def test_the_same_report_again_is_not_sent_again_and_a_changed_one_is(office, bus):
    person = office.person()
    number = await person.lodge()
    secretary = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    pradhan = await office.bearer("gp_official", named="kalchini-pradhan", gp="Kalchini")
    url = f"{API}/tickets/{number}/status"
    resolve = {"status": "resolved", "atr": "Pipe replaced on Monday."}
    assert (await office.post(url, json=resolve, headers=secretary)).status == 200
    await bus.drain()
    before = len([e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id])
    again = await office.post(url, json={**resolve, "atr": " Pipe replaced on Monday. "}, headers=pradhan)
    assert again.status == 200, await again.text()
    body = await again.json()
    assert (body["status"], len(body["history"])) == ("resolved", 2)
    await bus.drain()
    assert len([e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id]) == before
    changed = await office.post(url, json={**resolve, "atr": "Pipe replaced on Tuesday."}, headers=pradhan)
    assert changed.status == 200, await changed.text()
    await bus.drain()
    assert list(_told(bus, person.wa_id, "Tuesday").values())[0].count("corrected the action-taken report") == 1
    assert len(_told(bus, person.wa_id, "Monday")) == 1
