"""The grievance back office through the real app: tokens and roles, each role's area (404 outside it),
acting only at one's level, the queue's filters, validation, and the OpenAPI description."""
from __future__ import annotations

from chat_kit import refuse_once
from grievance_kit import KALCHINI_GP, sent_to

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.service import DIRECTORY

LATABARI_GP = "703507"  # Kalchini block, another panchayat
FALAKATA_GP = "703305"  # Falakata block
API = "/api/grievance"


async def _three(office) -> tuple[str, str, str]:
    person = office.person()
    return (await person.lodge(gp=KALCHINI_GP), await person.lodge(gp=LATABARI_GP),
            await person.lodge(gp=FALAKATA_GP))


async def _status(office, number: str, headers: dict[str, str]) -> int:
    return (await office.get(f"{API}/tickets/{number}", headers=headers)).status


async def test_tokens_and_roles(office):
    assert (await office.get(f"{API}/tickets")).status == 401
    assert (await office.get(f"{API}/tickets", headers={"Authorization": "Bearer nope"})).status == 401
    assert (await office.get(f"{API}/tickets", headers=await office.bearer("tourism_manager"))).status == 403
    unscoped_gp = await office.get(f"{API}/tickets", headers=await office.bearer("gp_official"))
    assert unscoped_gp.status == 403 and "must name its gp" in (await unscoped_gp.json())["detail"]
    assert (await office.get(f"{API}/tickets", headers=await office.bearer("block_officer"))).status == 403


async def test_a_gram_panchayat_official_sees_and_changes_only_their_panchayat(office):
    kalchini, latabari, falakata = await _three(office)
    headers = await office.bearer("gp_official", gp="Kalchini")
    queue = await (await office.get(f"{API}/tickets", headers=headers)).json()
    assert [t["number"] for t in queue["tickets"]] == [kalchini]
    assert queue["tickets"][0]["place"] == {"gp": "Kalchini", "block": "Kalchini", "district": "Alipurduar"}
    assert await _status(office, kalchini, headers) == 200
    assert await _status(office, latabari, headers) == 404 and await _status(office, falakata, headers) == 404
    refused = await office.post(f"{API}/tickets/{latabari}/status", json={"status": "acknowledged"}, headers=headers)
    assert refused.status == 404
    block = await office.bearer("block_officer", block="7035")
    assert (await office.post(f"{API}/tickets/{latabari}/status", json={"status": "acknowledged"},
                              headers=block)).status == 200
    assert (await office.get(f"{API}/tickets/GRV-2026-999999", headers=headers)).status == 404


async def test_a_block_officer_sees_the_block_and_a_district_officer_the_district(office):
    kalchini, latabari, falakata = await _three(office)
    block = await office.bearer("block_officer", block="Kalchini")
    assert [await _status(office, n, block) for n in (kalchini, latabari, falakata)] == [200, 200, 404]
    queue = await (await office.get(f"{API}/tickets?gp={LATABARI_GP}", headers=block)).json()
    assert [t["number"] for t in queue["tickets"]] == [latabari]
    district = await office.bearer("district_officer", district="Alipurduar")
    assert [await _status(office, n, district) for n in (kalchini, latabari, falakata)] == [200, 200, 200]
    elsewhere = await office.bearer("district_officer", district="Jhargram")
    assert [await _status(office, n, elsewhere) for n in (kalchini, latabari, falakata)] == [404, 404, 404]
    assert (await (await office.get(f"{API}/tickets", headers=elsewhere)).json())["count"] == 0
    state = await office.bearer("district_officer")
    assert (await (await office.get(f"{API}/tickets", headers=state)).json())["count"] == 3


async def test_a_complaint_outside_the_area_does_not_exist_for_the_token(office):
    """Read or acted on by an official of another area, a complaint answers as a number never lodged: the same
    404 and words, nothing of where it is, and it stays as it was; inside the area all of it works."""
    kalchini, _, falakata = await _three(office)
    mine = await office.bearer("gp_official", gp="Kalchini")
    never = await office.get(f"{API}/tickets/GRV-2026-999999", headers=mine)
    assert (never.status, await never.json()) == (404, {"error": "not_found", "detail": "no complaint GRV-2026-999999"})
    state = await office.bearer("district_officer")
    before = await (await office.get(f"{API}/tickets/{falakata}", headers=state)).json()
    url = f"{API}/tickets/{falakata}"
    tries = [office.get(url, headers=mine), office.post(f"{url}/assign", json={"official": "Rahul"}, headers=mine),
             office.post(f"{url}/notes", json={"text": "seen"}, headers=mine),
             office.post(f"{url}/status", json={"status": "acknowledged"}, headers=mine),
             office.put(f"{url}/atr", json={"text": "Pipe replaced on Tuesday"}, headers=mine),
             office.post(f"{url}/reply", json={"text": "We are on it"}, headers=mine)]
    for attempt in tries:
        answer = await attempt
        assert (answer.status, await answer.json()) == (404, {"error": "not_found",
                                                              "detail": f"no complaint {falakata}"})
    assert await (await office.get(url, headers=state)).json() == before
    assert (await office.post(f"{API}/tickets/{kalchini}/notes", json={"text": "seen"}, headers=mine)).status == 200


async def test_the_queue_comes_a_page_at_a_time_in_number_order(office):
    numbers = sorted(await _three(office))
    state = await office.bearer("district_officer")
    first = await (await office.get(f"{API}/tickets", params={"limit": "2"}, headers=state)).json()
    assert first["count"] == 3 and [t["number"] for t in first["tickets"]] == numbers[:2]
    second = await (await office.get(f"{API}/tickets", params={"limit": "2", "after": first["next"]},
                                      headers=state)).json()
    assert [t["number"] for t in second["tickets"]] == numbers[2:] and second["next"] is None


async def test_after_escalation_the_panchayat_reads_but_the_block_acts(office, clock):
    kalchini, _, _ = await _three(office)
    clock.advance(days=8)
    assert await escalation.escalate_due(office.runtime.context, Directory.load(DIRECTORY)) == 3
    gp = await office.bearer("gp_official", gp=KALCHINI_GP)
    assert await _status(office, kalchini, gp) == 200
    refused = await office.post(f"{API}/tickets/{kalchini}/status", json={"status": "in_progress"}, headers=gp)
    assert refused.status == 403 and "escalated" in (await refused.json())["detail"]
    block = await office.bearer("block_officer", block="Kalchini")
    done = await office.post(f"{API}/tickets/{kalchini}/status", json={"status": "in_progress"}, headers=block)
    assert done.status == 200 and (await done.json())["level"] == "block"
    overdue = await (await office.get(f"{API}/tickets?overdue=true&level=block", headers=block)).json()
    assert kalchini in [t["number"] for t in overdue["tickets"]]


async def test_status_rules_notes_assignment_and_validation(office):
    kalchini, _, _ = await _three(office)
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{kalchini}"
    no_atr = await office.post(f"{url}/status", json={"status": "resolved"}, headers=headers)
    assert no_atr.status == 422 and "atr_needed" in (await no_atr.json())["detail"]
    no_reason = await office.post(f"{url}/status", json={"status": "rejected"}, headers=headers)
    assert no_reason.status == 422
    closed = await office.post(f"{url}/status", json={"status": "closed"}, headers=headers)
    assert closed.status == 422
    wrong_move = await office.post(f"{url}/status", json={"status": "acknowledged"}, headers=headers)
    assert wrong_move.status == 200
    block = await office.bearer("block_officer", block="7035")
    again = await office.post(f"{url}/status", json={"status": "acknowledged"}, headers=block)
    assert (await again.json())["detail"] == ("status_not_allowed: A complaint that is acknowledged cannot become "
                                              "acknowledged.")
    assert (await office.post(f"{url}/status", data=b"{oops", headers=headers)).status == 400
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    assert (await office.post(f"{url}/notes", json={"text": "Visited the site."}, headers=headers)).status == 200
    atr = await office.put(f"{url}/atr", json={"text": "Pipe replaced and water tested."}, headers=headers)
    assert atr.status == 200
    done = await (await office.post(f"{url}/status", json={"status": "resolved"}, headers=headers)).json()
    assert (done["status"], done["atr"], done["assigned_to"]) == ("resolved", "Pipe replaced and water tested.",
                                                                  "Sunita Lama")
    assert [n["text"] for n in done["notes"]] == ["Visited the site."] and "wa_id" not in done
    again = await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)
    assert again.status == 422


async def test_an_assignment_records_who_made_it_and_a_finished_complaint_cannot_be_assigned(office):
    kalchini, _, _ = await _three(office)
    headers = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    url = f"{API}/tickets/{kalchini}"
    assigned = await office.post(f"{url}/assign", json={"official": " Sunita Lama "}, headers=headers)
    body = await assigned.json()
    assert assigned.status == 200 and body["assigned_to"] == "Sunita Lama"
    [made] = body["assignments"]
    assert (made["by"], made["official"]) == ("kalchini-gp-secretary", "Sunita Lama") and made["at"]
    again = await (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).json()
    assert again["assignments"] == [made]  # a retried request is recorded once
    block = await office.bearer("block_officer", named="kalchini-bdo", block="Kalchini")
    moved = await (await office.post(f"{url}/assign", json={"official": "Pemba Sherpa"}, headers=block)).json()
    assert [(a["by"], a["official"]) for a in moved["assignments"]] == [("kalchini-gp-secretary", "Sunita Lama"),
                                                                         ("kalchini-bdo", "Pemba Sherpa")]
    assert moved["history"] == body["history"]  # the person's view of the complaint is not touched
    rejected = await office.post(f"{url}/status", json={"status": "rejected", "reason": "Not a panchayat matter"},
                                 headers=headers)
    assert rejected.status == 200
    refused = await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)
    detail = (await refused.json())["detail"]
    assert refused.status == 422 and detail.startswith("assign_closed:") and "rejected" in detail
    after = await (await office.get(url, headers=headers)).json()
    assert after["assigned_to"] == "Pemba Sherpa" and len(after["assignments"]) == 2


async def test_the_openapi_description_lists_the_routes(office):
    spec = await (await office.get(f"{API}/openapi.json", headers=await office.bearer())).json()
    assert spec["openapi"].startswith("3.")
    assert "get" in spec["paths"][f"{API}/tickets"]
    assert "post" in spec["paths"][f"{API}/tickets/{{number}}/reply"]
    assert "status" in spec["components"]["schemas"]["StatusChange"]["properties"]
    assert {p["name"] for p in spec["paths"][f"{API}/reports"]["get"]["parameters"]} == {"by", "district", "block",
                                                                                       "format", "month"}


async def test_a_status_change_stored_but_not_announced_is_announced_when_the_office_sends_it_again(
        office, bus, monkeypatch):
    """The complaint was stored as resolved, then the bus refused the announcement (or the copy stopped): the
    office got an error. Its retry must tell the person, once, instead of answering that the move is refused."""
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    refused = refuse_once(monkeypatch, office.runtime.context, "grievance.ticket.status_changed")
    resolve = {"status": "resolved", "atr": "The tube well was repaired on Monday."}
    failed = await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)
    assert failed.status >= 500 and refused
    retried = await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)
    assert retried.status == 200, await retried.text()
    assert (await retried.json())["status"] == "resolved"
    await bus.drain()
    [changed] = [e.payload for e in bus.seen if e.type == "grievance.ticket.status_changed"]
    assert (changed["previous"], changed["status"]) == ("lodged", "resolved")
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id
            and "repaired on Monday" in str(e.payload["message"])]
    assert len(told) == 1
    other = await office.bearer("block_officer", block="7035")
    by_another = await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=other)
    assert by_another.status == 200  # the same report again from someone else: done already, nobody told again
    await bus.drain()
    assert len([e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id
                and "repaired on Monday" in str(e.payload["message"])]) == 1


async def test_a_note_sent_again_after_a_timeout_is_kept_once(office):
    """The office's browser timed out on a note that was saved and sent it again: the complaint's notes say it
    once. Another official writing the same words, or the same official after someone else's note, is a new note."""
    kalchini, _, _ = await _three(office)
    secretary = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    pradhan = await office.bearer("gp_official", named="kalchini-pradhan", gp="Kalchini")
    url = f"{API}/tickets/{kalchini}/notes"
    for _ in range(2):
        assert (await office.post(url, json={"text": "Visited the site. "}, headers=secretary)).status == 200
    assert (await office.post(url, json={"text": "Visited the site."}, headers=pradhan)).status == 200
    last = await office.post(url, json={"text": "Visited the site."}, headers=secretary)
    assert [(n["by"], n["text"]) for n in (await last.json())["notes"]] == [
        ("kalchini-gp-secretary", "Visited the site."), ("kalchini-pradhan", "Visited the site."),
        ("kalchini-gp-secretary", "Visited the site.")]


async def test_the_queue_reads_places_by_name_and_refuses_a_filter_that_names_nothing(office):
    """Tokens are scoped by a place's name or code, and so are the queue's filters: a block office asking for
    Latabari's complaints by name gets them, and a misspelt status, category or place is a 422 saying what
    is wrong, never an empty queue that reads as if nothing were waiting."""
    kalchini, latabari, falakata = await _three(office)
    block = await office.bearer("block_officer", block="Kalchini")
    district = await office.bearer("district_officer", district="Alipurduar")

    async def numbers(query: str, headers: dict[str, str]) -> list[str]:
        answer = await office.get(f"{API}/tickets?{query}", headers=headers)
        assert answer.status == 200, await answer.text()
        return [t["number"] for t in (await answer.json())["tickets"]]

    assert await numbers("gp=Latabari", block) == [latabari]
    assert await numbers("gp=লতাবাড়ি", block) == [latabari]
    assert await numbers("block=Falakata", district) == [falakata]
    assert await numbers("block=Kalchini&gp=Kalchini", district) == [kalchini]
    assert await numbers("status=lodged, acknowledged&category=water", block) == [kalchini, latabari]
    for query, said in (("status=inprogress", "no status inprogress"), ("category=waters", "no category 'waters'"),
                        ("gp=Latabary", "gp='Latabary' names no single gram panchayat"),
                        ("block=Kalchni", "block='Kalchni' names no single block")):
        refused = await office.get(f"{API}/tickets?{query}", headers=block)
        assert refused.status == 422 and said in str((await refused.json())["detail"]), query
    assert (await office.get(f"{API}/reports?block=Kalchni", headers=district)).status == 422


async def test_a_token_whose_scope_names_no_place_is_told_so_not_shown_an_empty_queue(office):
    """A token made with a misspelt place (district=Alipurdaur) used to see an empty queue and a report of no
    rows, for as long as it lasted, as if the district had no complaint: it is refused with the reason. A
    panchayat is found among its block's when the token names both, and a district outside the directory
    (a stay complaint's) is known by its name in either language."""
    kalchini, _, _ = await _three(office)
    for role, scope, said in (("district_officer", {"district": "Alipurdaur"}, "district='Alipurdaur'"),
                              ("block_officer", {"block": "Kalchni"}, "block='Kalchni'"),
                              ("gp_official", {"gp": "Baligeria"}, "gp='Baligeria'"),
                              ("block_officer", {"district": "Jhargram", "block": "Kalchini"}, "block='Kalchini'")):
        headers = await office.bearer(role, **scope)
        for path in ("/tickets", f"/tickets/{kalchini}", "/reports?format=csv"):
            refused = await office.get(f"{API}{path}", headers=headers)
            detail = (await refused.json())["detail"]
            assert refused.status == 403 and said in detail and "make a token with its code" in detail, (scope, path)
    baligeria = await office.bearer("gp_official", block="Jamboni", gp="Baligeria")
    assert (await office.get(f"{API}/tickets", headers=baligeria)).status == 200
    for name in ("Purulia", "পুরুলিয়া"):
        assert (await office.get(f"{API}/tickets", headers=await office.bearer(district=name))).status == 200
    both = await office.bearer("block_officer", district="আলিপুরদুয়ার", block="কালচিনি")
    assert await _status(office, kalchini, both) == 200


async def test_an_action_taken_report_corrected_after_resolving_is_told_to_the_person_and_kept(office, bus):
    """The person read one report when the complaint was resolved; an official who then corrects it used to
    change what the complaint shows without a word to them, and the report they had read was gone. The person
    is now told the corrected report, their view of the complaint says it was corrected, and its history
    keeps the one it replaced; the same correction sent again after a timeout tells them once."""
    person = office.person(lang="bn")
    number = await person.lodge()
    secretary = await office.bearer("gp_official", named="kalchini-gp-secretary", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    resolve = {"status": "resolved", "atr": "Pipe replaced on Monday."}
    assert (await office.post(f"{url}/status", json=resolve, headers=secretary)).status == 200
    for _ in range(2):
        corrected = await office.put(f"{url}/atr", json={"text": "Pipe replaced on Tuesday."}, headers=secretary)
        assert corrected.status == 200
    body = await corrected.json()
    assert (body["status"], body["atr"]) == ("resolved", "Pipe replaced on Tuesday.")
    assert [(s["status"], s["note"]) for s in body["history"][1:]] == [
        ("resolved", ""), ("resolved", "atr_corrected:Pipe replaced on Monday.")]
    await bus.drain()
    told = {e.id: e.payload["message"]["interactive"]["body"]["text"] for e in bus.seen  # the sender sends an id once
            if e.type == "wa.outbound" and e.payload["to"] == person.wa_id and "Tuesday" in str(e.payload["message"])}
    assert list(told.values()) == [f"অভিযোগ {number}-এর গৃহীত ব্যবস্থার বিবরণ কালচিনি গ্রাম পঞ্চায়েত অফিস সংশোধন "
                                   "করেছে:\nPipe replaced on Tuesday."]
    [template] = {e.id: e.payload["template"]["template"] for e in bus.seen if e.type == "wa.outbound"
                  and e.payload["to"] == person.wa_id and "Tuesday" in str(e.payload["message"])}.values()
    assert [p["text"] for p in template["components"][0]["parameters"]] == [  # a closed window: still a correction
        number, "সমাধান হয়েছে", "সংশোধিত গৃহীত ব্যবস্থার বিবরণ: Pipe replaced on Tuesday."]
    viewed = await person.say(number)
    assert "গৃহীত ব্যবস্থার বিবরণ সংশোধন করা হয়েছে" in viewed.text and "Pipe replaced on Tuesday." in viewed.text
    unchanged = await office.put(f"{url}/atr", json={"text": "Pipe replaced on Tuesday."}, headers=secretary)
    assert len((await unchanged.json())["history"]) == len(body["history"])


async def test_a_blank_answer_note_or_report_is_refused_and_the_person_keeps_waiting(office, bus):
    """A form sent with nothing but spaces or new lines in it used to tell the person 'the office answered
    about your complaint:' and nothing more, and took them off the queue of people waiting for an answer;
    a blank note or report was kept as an empty one. Each is now a 422 naming the field, and nothing is
    sent; words with blank around them are kept without it."""
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come?")
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    await bus.drain()
    before = len(sent_to(bus, person.wa_id))
    for method, path, blank in (("post", "reply", " \n "), ("post", "notes", "   "), ("put", "atr", " " * 12)):
        refused = await getattr(office, method)(f"{url}/{path}", json={"text": blank}, headers=headers)
        assert refused.status == 422 and (await refused.json())["detail"][0]["loc"] == ["text"], path
    await bus.drain()
    assert len(sent_to(bus, person.wa_id)) == before
    queue = await (await office.get(f"{API}/tickets?handoff=true", headers=headers)).json()
    assert [t["number"] for t in queue["tickets"]] == [number]
    answered = await office.post(f"{url}/reply", json={"text": "  The mechanic comes tomorrow.\n"}, headers=headers)
    assert (await answered.json())["conversation"][-1]["text"] == "The mechanic comes tomorrow."


async def test_a_reopened_complaint_is_resolved_again_only_with_a_report_written_since(office):
    """The person reopened the complaint saying the report they read was not the whole story; resolving it with no
    report resolved it with that same report, sent to them again. A report written since, or given with the
    status, is needed, and the one given is the one the complaint shows."""
    person = office.person()
    number = await person.lodge()
    secretary = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    resolve = {"status": "resolved", "atr": "The tube well was repaired on Monday."}
    assert (await office.post(f"{url}/status", json=resolve, headers=secretary)).status == 200
    await person.tap(f"grievance:reopen:{number}")
    assert "Reopened" in (await person.say("The water is still muddy, nothing was repaired.")).text
    refused = await office.post(f"{url}/status", json={"status": "resolved"}, headers=secretary)
    detail = (await refused.json())["detail"]
    assert refused.status == 422 and detail.startswith("atr_after_reopen:") and number in detail
    assert (await (await office.get(url, headers=secretary)).json())["status"] == "reopened"
    written = await office.put(f"{url}/atr", json={"text": "A new pipe was laid and the water tested clean."},
                               headers=secretary)
    assert written.status == 200
    resolved = await office.post(f"{url}/status", json={"status": "resolved"}, headers=secretary)
    body = await resolved.json()
    assert resolved.status == 200 and body["atr"] == "A new pipe was laid and the water tested clean."
    await person.tap(f"grievance:reopen:{number}")
    await person.say("Still muddy water every morning from the tube well.")
    given = {"status": "resolved", "atr": "The tube well was bored deeper on Friday."}
    again = await office.post(f"{url}/status", json=given, headers=secretary)
    assert again.status == 200 and (await again.json())["atr"] == "The tube well was bored deeper on Friday."
