"""Two officials with the same complaint open: each change may carry the ``ETag`` of the complaint as its official
read it (``If-Match``), and one made on a complaint that changed since is refused with 412, saying what it is now,
rather than putting over what the other official, or the person, did meanwhile without anyone seeing it."""
from __future__ import annotations

from grievance_kit import sent_to

API = "/api/grievance"


async def _read(office, url: str, headers: dict[str, str]) -> tuple[dict, str]:
    got = await office.get(url, headers=headers)
    assert got.status == 200 and got.headers["ETag"]
    return await got.json(), got.headers["ETag"]


async def test_a_report_written_over_another_officials_since_read_is_refused_with_412(office, bus):
    """The secretary and the engineer both opened the complaint; the engineer's report, sent after the secretary's,
    replaced it without trace. Now the engineer is told it changed and the secretary's report stays."""
    person = office.person()
    number = await person.lodge()
    url = f"{API}/tickets/{number}"
    secretary = await office.bearer("gp_official", named="secretary", gp="Kalchini")
    engineer = await office.bearer("gp_official", named="engineer", gp="Kalchini")
    _, seen = await _read(office, url, secretary)
    assert (await _read(office, url, engineer))[1] == seen

    first = await office.put(f"{url}/atr", json={"text": "The tube well pipe was replaced on Monday."},
                             headers={**secretary, "If-Match": seen})
    assert first.status == 200 and first.headers["ETag"] != seen
    late = await office.put(f"{url}/atr", json={"text": "Visited; the tube well needs a new pipe."},
                            headers={**engineer, "If-Match": seen})
    assert late.status == 412
    body = await late.json()
    assert body["error"] == "stale" and number in body["detail"] and "read it again" in body["detail"]
    stored, now = await _read(office, url, engineer)
    assert (stored["atr"], stored["atr_by"]) == ("The tube well pipe was replaced on Monday.", "secretary")
    assert now == first.headers["ETag"]
    again = await office.put(f"{url}/atr", json={"text": "Visited; the tube well needs a new pipe."},
                             headers={**engineer, "If-Match": now})
    assert again.status == 200


async def test_an_answer_to_a_person_who_wrote_since_it_was_read_is_refused_and_not_sent(office, bus):
    person = office.person()
    number = await person.lodge()
    url = f"{API}/tickets/{number}"
    headers = await office.bearer("gp_official", gp="Kalchini")
    _, seen = await _read(office, url, headers)
    await person.tap(f"grievance:human:{number}")
    await person.say("The water came back this morning, no need to come.")
    await bus.drain()
    before = len(sent_to(bus, person.wa_id))
    refused = await office.post(f"{url}/reply", json={"text": "The mechanic comes tomorrow."},
                                headers={**headers, "If-Match": seen})
    assert refused.status == 412
    moved = await office.post(f"{url}/status", json={"status": "in_progress"}, headers={**headers, "If-Match": seen})
    assert moved.status == 412
    await bus.drain()
    assert len(sent_to(bus, person.wa_id)) == before
    stored, _ = await _read(office, url, headers)
    assert stored["status"] == "lodged" and stored["conversation"][-1]["person"] is True


async def test_without_if_match_or_when_sent_again_a_change_is_taken_as_before(office, bus):
    """An office that sends no If-Match changes the complaint as before; the same change sent again after its answer
    was lost, with the ETag it was first sent with, is still the one change, not a 412."""
    person = office.person()
    number = await person.lodge()
    url = f"{API}/tickets/{number}"
    headers = await office.bearer("gp_official", gp="Kalchini")
    _, seen = await _read(office, url, headers)
    for _ in range(2):
        noted = await office.post(f"{url}/notes", json={"text": "Visited the site."},
                                  headers={**headers, "If-Match": seen})
        assert noted.status == 200
    seen = noted.headers["ETag"]
    for _ in range(2):
        moved = await office.post(f"{url}/status", json={"status": "acknowledged"},
                                  headers={**headers, "If-Match": seen})
        assert moved.status == 200
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    stored, _ = await _read(office, url, headers)
    assert [n["text"] for n in stored["notes"]] == ["Visited the site."]
    assert (stored["status"], stored["assigned_to"]) == ("acknowledged", "Sunita Lama")
    assert [s["status"] for s in stored["history"]] == ["lodged", "acknowledged"]


async def test_the_description_says_which_changes_take_if_match(office):
    description = await (await office.get(f"{API}/openapi.json", headers=await office.bearer())).json()
    for path, method in (("/tickets/{number}/status", "post"), ("/tickets/{number}/atr", "put"),
                         ("/tickets/{number}/reply", "post"), ("/tickets/{number}/assign", "post")):
        assert "412" in description["paths"][API + path][method]["responses"], path
