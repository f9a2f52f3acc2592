"""An official correcting the action-taken report of a resolved complaint (PUT .../atr, or resolving it again with
another report) told the person, but published nothing: a department subscribing to grievance events kept the
report it had never been told was replaced. The correction is now ``grievance.ticket.report_corrected``, once per
correction (a retry has the same id), with a phone number written into the report shown by its last four digits."""
from __future__ import annotations

API = "/api/grievance"
KEY = "grievance.ticket.report_corrected"


def _corrections(bus) -> dict[str, dict]:
    return {e.id: e.payload for e in bus.seen if e.type == KEY}


async def test_a_corrected_report_is_published_once_per_correction_without_a_number(office, bus):
    person = office.person()
    number = await person.lodge()
    secretary = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    pradhan = await office.bearer("gp_official", named="kalchini-pradhan", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    resolve = {"status": "resolved", "atr": "Pipe replaced on Monday."}
    assert (await office.post(f"{url}/status", json=resolve, headers=secretary)).status == 200
    await bus.drain()
    assert _corrections(bus) == {}
    text = "Pipe replaced on Tuesday; ask the mechanic at 98300 12345."
    for _ in range(2):  # the answer to the first was lost: the same correction again
        assert (await office.put(f"{url}/atr", json={"text": text}, headers=secretary)).status == 200
    await bus.drain()
    [first] = _corrections(bus).values()
    assert (first["number"], first["status"], first["by"]) == (number, "resolved", "kalchini-gp-secretary")
    assert first["report"] == "Pipe replaced on Tuesday; ask the mechanic at ******2345."
    assert "98300" not in str(first) and person.wa_id[-10:] not in str(first)
    again = await office.post(f"{url}/status", json={**resolve, "atr": "Pipe replaced on Wednesday."},
                              headers=pradhan)
    assert again.status == 200, await again.text()
    await bus.drain()
    published = list(_corrections(bus).values())
    assert [(p["by"], p["report"]) for p in published] == [
        ("kalchini-gp-secretary", "Pipe replaced on Tuesday; ask the mechanic at ******2345."),
        ("kalchini-pradhan", "Pipe replaced on Wednesday.")]
    same = await office.post(f"{url}/status", json={**resolve, "atr": "Pipe replaced on Wednesday."}, headers=secretary)
    assert same.status == 200
    await bus.drain()
    assert len(_corrections(bus)) == 2  # the report they have: nothing corrected, nothing published


async def test_a_correction_carries_the_report_it_replaces(office, bus):
    """The event said the new report only: a department that had not kept the first (or subscribed after it) could
    not tell what was corrected. It now carries the report replaced as ``previous_report``, masked as ``report``."""
    person = office.person()
    number = await person.lodge()
    secretary = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    first = {"status": "resolved", "atr": "Pipe replaced on Monday; the mechanic is on 98300 12345."}
    assert (await office.post(f"{url}/status", json=first, headers=secretary)).status == 200
    for text in ("Pipe replaced on Tuesday.", "Pipe replaced on Tuesday and the platform repaired."):
        assert (await office.put(f"{url}/atr", json={"text": text}, headers=secretary)).status == 200
    await bus.drain()
    assert [(p["previous_report"], p["report"]) for p in _corrections(bus).values()] == [
        ("Pipe replaced on Monday; the mechanic is on ******2345.", "Pipe replaced on Tuesday."),
        ("Pipe replaced on Tuesday.", "Pipe replaced on Tuesday and the platform repaired.")]
    assert "98300" not in str(_corrections(bus))
