"""The tourism back office through the real app (``create_app``): tokens, validation, the catalog, blocks,
the arrivals list, arrival marks, cancelling on a guest's behalf and the policy."""
from __future__ import annotations

from pathlib import Path

import pytest
from chat_kit import refuse_once
from prometheus_client import CollectorRegistry

from services.tourism.domain import Names
from services.tourism.repository import Repositories
from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

NEW_PROPERTY = {
    "id": "susunia", "district": "bankura", "block": "Chhatna",
    "name": {"bn": "শুশুনিয়া পাহাড় অতিথিনিবাস", "en": "Susunia Hill Guest House"},
    "address": {"bn": "শুশুনিয়া, ছাতনা, বাঁকুড়া", "en": "Susunia, Chhatna, Bankura"},
    "contact": "+91 94340 61503", "amenities": ["Rock climbing"],
}
NEW_ROOM = {"id": "susunia-double", "name": {"bn": "ডাবল ঘর", "en": "Double room"}, "beds": 2, "max_guests": 2,
            "tariff": 1200, "rooms": 2}


@pytest.fixture
async def office(aiohttp_client, make_runtime, guests, bus, tmp_path: Path):
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

    async def bearer(role: str = "tourism_admin", **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, scope=scope)
        return {"Authorization": f"Bearer {token}"}

    client.bearer = bearer
    client.guest = guests(bus, runtime)
    client.runtime_context = runtime.context
    return client


async def test_every_route_needs_a_tourism_token(office):
    assert (await office.get("/api/tourism/properties")).status == 401
    wrong = await office.get("/api/tourism/properties", headers={"Authorization": "Bearer not-a-token"})
    assert wrong.status == 401
    other_role = await office.get("/api/tourism/properties", headers=await office.bearer("noc_admin"))
    assert other_role.status == 403
    ok = await office.get("/api/tourism/properties", headers=await office.bearer("tourism_admin"))
    assert ok.status == 200 and len((await ok.json())["properties"]) == 11
    manager = await office.get("/api/tourism/properties", headers=await office.bearer("tourism_manager",
                                                                                      district="Purulia"))
    assert manager.status == 200 and {p["district"] for p in (await manager.json())["properties"]} == {"purulia"}


async def test_a_managers_token_without_a_district_acts_nowhere_and_cannot_change_the_policy(office):
    """A tourism_manager token issued without a district by mistake acted across the state, policy included."""
    stray = await office.bearer("tourism_manager")
    policy = await (await office.get("/api/tourism/policy", headers=await office.bearer())).json()
    generous = {**policy, "refunds": [{"min_days": 0, "percent": 100}]}
    refused = await office.put("/api/tourism/policy", json=generous, headers=stray)
    assert refused.status == 403 and "must be scoped to its district" in (await refused.json())["detail"]
    for path in ("/properties", "/properties/lataguri", "/policy", "/bookings/PT-2026-000001"):
        assert (await office.get(f"/api/tourism{path}", headers=stray)).status == 403, path
    kept = await (await office.get("/api/tourism/policy", headers=await office.bearer())).json()
    assert kept == policy
    district_admin = await office.bearer("tourism_admin", district="Purulia")
    assert (await office.put("/api/tourism/policy", json=generous, headers=district_admin)).status == 403
    assert (await office.put("/api/tourism/policy", json=generous, headers=await office.bearer())).status == 200


async def test_the_openapi_description_lists_the_routes_and_their_schemas(office):
    response = await office.get("/api/tourism/openapi.json", headers=await office.bearer())
    spec = await response.json()
    assert spec["openapi"].startswith("3.")
    assert {"get", "post"} <= set(spec["paths"]["/api/tourism/properties"])
    arrivals = spec["paths"]["/api/tourism/bookings"]["get"]
    assert {p["name"] for p in arrivals["parameters"]} == {"property", "from", "to", "include_cancelled"}
    assert "district" in spec["components"]["schemas"]["NewProperty"]["properties"]
    assert (await office.get("/api/tourism/openapi.json")).status == 401


async def test_a_property_and_a_room_type_are_validated_and_created(office):
    headers = await office.bearer()
    created = await office.post("/api/tourism/properties", json=NEW_PROPERTY, headers=headers)
    made = await created.json()
    assert created.status == 201 and made["district"] == "bankura"
    assert made["block"] == {"bn": "Chhatna", "en": "Chhatna"}  # a plain string, as before, stands for both
    assert made["amenities"] == [{"bn": "Rock climbing", "en": "Rock climbing"}]
    paired = await office.patch("/api/tourism/properties/susunia", headers=headers, json={
        "block": {"bn": "ছাতনা", "en": "Chhatna"}, "amenities": [{"bn": "পাহাড়ে চড়া", "en": "Rock climbing"}]})
    assert paired.status == 200 and (await paired.json())["block"]["bn"] == "ছাতনা"
    again = await office.post("/api/tourism/properties", json=NEW_PROPERTY, headers=headers)
    assert again.status == 409
    bad = await office.post("/api/tourism/properties", json={**NEW_PROPERTY, "id": "x2", "district": "Atlantis",
                                                            "check_in_time": "25:00"}, headers=headers)
    body = await bad.json()
    assert bad.status == 422 and {e["loc"][-1] for e in body["detail"]} == {"district", "check_in_time"}
    not_json = await office.post("/api/tourism/properties", data=b"{oops", headers=headers)
    assert not_json.status == 400 and (await not_json.json())["error"] == "bad_json"
    room = await office.post("/api/tourism/properties/susunia/room-types", json=NEW_ROOM, headers=headers)
    assert room.status == 201 and (await room.json())["property_id"] == "susunia"
    zero = await office.post("/api/tourism/properties/susunia/room-types",
                             json={**NEW_ROOM, "id": "susunia-zero", "max_guests": 0}, headers=headers)
    assert zero.status == 422
    shown = await (await office.get("/api/tourism/properties/susunia", headers=headers)).json()
    assert [r["id"] for r in shown["room_types"]] == ["susunia-double"]
    nowhere = await office.post("/api/tourism/properties/nowhere/room-types", json=NEW_ROOM, headers=headers)
    assert nowhere.status == 404


async def test_a_name_of_spaces_only_is_refused_and_one_stored_before_still_lists(office):
    headers = await office.bearer()
    blank = await office.post("/api/tourism/properties", headers=headers,
                              json={**NEW_PROPERTY, "name": {"bn": "   ", "en": "Susunia Hill Guest House"}})
    assert blank.status == 422 and (await blank.json())["detail"][0]["loc"][0] == "name"
    assert (await office.post("/api/tourism/properties", headers=headers,
                              json={**NEW_PROPERTY, "amenities": [" "]})).status == 422
    assert (await office.post("/api/tourism/properties", json=NEW_PROPERTY, headers=headers)).status == 201
    assert (await office.patch("/api/tourism/properties/susunia", headers=headers,
                               json={"address": {"bn": "", "en": "Susunia"}})).status == 422
    room = await office.post("/api/tourism/properties/susunia/room-types", headers=headers,
                             json={**NEW_ROOM, "name": {"bn": "ডাবল ঘর", "en": " "}})
    assert room.status == 422

    catalog = Repositories.of(office.runtime_context.store).catalog  # one stored blank before names were checked
    stored, version = await catalog.property_version("susunia")  # type: ignore[misc]
    await catalog.save_property(stored.model_copy(update={"name": Names(bn=" ", en="Susunia Hill Guest House")}),
                                version=version)
    guest = office.guest(lang="bn")
    await guest.tap("tourism:book")
    listed = await guest.tap("tourism:district:bankura")  # a blank row title would have the list refused
    assert listed.last.choices["tourism:property:susunia"] == "Susunia Hill Guest House"


async def test_a_district_scoped_token_manages_its_district_only(office):
    headers = await office.bearer(district="Purulia")
    listed = await (await office.get("/api/tourism/properties", headers=headers)).json()
    assert {p["district"] for p in listed["properties"]} == {"purulia"}
    assert (await office.post("/api/tourism/properties", json=NEW_PROPERTY, headers=headers)).status == 403
    assert (await office.get("/api/tourism/properties/lataguri", headers=headers)).status == 404
    arrivals = await office.get("/api/tourism/bookings?property=lataguri&from=2026-03-01&to=2026-03-31",
                                headers=headers)
    assert arrivals.status == 404
    assert (await office.put("/api/tourism/policy", json={}, headers=headers)).status == 403


async def test_a_guest_house_of_another_district_does_not_exist_for_the_token(office):
    """A property of another district, its room types, blocks and bookings answer a district's token as ids never
    used: the same 404 and words, nothing of where they are, and all stays as it was; its own work goes on."""
    await office.guest().book("lataguri-standard", "2026-03-05", guests=2)
    admin = await office.bearer()
    block = await (await office.post("/api/tourism/properties/lataguri/blocks", headers=admin, json={
        "room_type_id": "lataguri-ac", "first_night": "2026-03-10", "last_night": "2026-03-11",
        "reason": "roof repair"})).json()
    before = [await (await office.get(url, headers=admin)).json() for url in (
        "/api/tourism/properties/lataguri", "/api/tourism/bookings/PT-2026-000001")]
    purulia = await office.bearer(district="Purulia")
    never = await office.get("/api/tourism/bookings/PT-2026-999999", headers=purulia)
    assert (never.status, await never.json()) == (404, {"error": "not_found", "detail": "no booking PT-2026-999999"})
    booking, room = "/api/tourism/bookings/PT-2026-000001", "lataguri-ac"
    tries = {"no property lataguri": [
                 office.get("/api/tourism/properties/lataguri", headers=purulia),
                 office.patch("/api/tourism/properties/lataguri", json={"active": False}, headers=purulia),
                 office.post("/api/tourism/properties/lataguri/room-types", json=NEW_ROOM, headers=purulia),
                 office.post("/api/tourism/properties/lataguri/blocks", headers=purulia, json={
                     "room_type_id": room, "first_night": "2026-03-12", "last_night": "2026-03-12", "reason": "mine"}),
                 office.get("/api/tourism/bookings?property=lataguri&from=2026-03-01&to=2026-03-31",
                            headers=purulia)],
             f"no room type {room}": [office.patch(f"/api/tourism/room-types/{room}", json={"rooms": 1},
                                                   headers=purulia)],
             f"no block {block['id']}": [office.delete(f"/api/tourism/blocks/{block['id']}", headers=purulia)],
             "no booking PT-2026-000001": [office.get(booking, headers=purulia),
                                           office.post(f"{booking}/check-in", headers=purulia),
                                           office.post(f"{booking}/no-show", headers=purulia),
                                           office.post(f"{booking}/cancel", json={"reason": "road closed"},
                                                       headers=purulia)]}
    for detail, attempts in tries.items():
        for attempt in attempts:
            answer = await attempt
            assert (answer.status, await answer.json()) == (404, {"error": "not_found", "detail": detail})
    assert [await (await office.get(url, headers=admin)).json() for url in (
        "/api/tourism/properties/lataguri", "/api/tourism/bookings/PT-2026-000001")] == before
    assert (await office.get("/api/tourism/properties/ayodhya-hills", headers=purulia)).status == 200


async def test_a_token_scoped_by_block_or_gp_is_refused_not_read_as_everywhere(office):
    for scope in ({"block": "Jhalda-I"}, {"gp": "baghmundi"}, {"district": "Purulia", "block": "Jhalda-I"}):
        headers = await office.bearer(**scope)
        listed = await office.get("/api/tourism/properties", headers=headers)
        assert listed.status == 403 and "district only" in (await listed.json())["detail"]
        assert (await office.get("/api/tourism/properties/lataguri", headers=headers)).status == 403
        assert (await office.post("/api/tourism/properties", json=NEW_PROPERTY, headers=headers)).status == 403
        arrivals = await office.get("/api/tourism/bookings?property=lataguri&from=2026-03-01&to=2026-03-31",
                                    headers=headers)
        assert arrivals.status == 403


async def test_the_arrivals_list_shows_a_propertys_bookings_by_check_in(office):
    rina, amit = office.guest(), office.guest(name="Amit Roy")
    await rina.book("lataguri-standard", "2026-03-05", guests=2)
    await amit.book("lataguri-ac", "2026-03-07", guests=3)
    await office.guest().book("lataguri-ac", "2026-04-20")
    headers = await office.bearer(district="Jalpaiguri")
    response = await office.get("/api/tourism/bookings?property=lataguri&from=2026-03-01&to=2026-03-31",
                                headers=headers)
    body = await response.json()
    assert response.status == 200 and (body["count"], body["rooms"], body["guests"]) == (2, 2, 5)
    assert [(b["number"], b["check_in"], b["guest_name"]) for b in body["bookings"]] == [
        ("PT-2026-000001", "2026-03-05", "Rina Das"), ("PT-2026-000002", "2026-03-07", "Amit Roy")]
    backwards = await office.get("/api/tourism/bookings?property=lataguri&from=2026-03-31&to=2026-03-01",
                                 headers=headers)
    assert backwards.status == 422 and "'to' is before 'from'" in str(await backwards.json())
    missing = await office.get("/api/tourism/bookings?from=2026-03-01&to=2026-03-31", headers=headers)
    assert missing.status == 422


async def test_arrival_is_marked_from_the_check_in_day_and_a_no_show_frees_the_rooms(office, clock):
    await office.guest().book("tinchuley-dorm", "2026-03-02", nights=2, guests=4)
    headers = await office.bearer()
    early = await office.post("/api/tourism/bookings/PT-2026-000001/no-show", headers=headers)
    assert early.status == 422 and "checks in on 2026-03-02" in (await early.json())["detail"]
    clock.advance(days=1)
    marked = await office.post("/api/tourism/bookings/PT-2026-000001/no-show", headers=headers)
    assert marked.status == 200 and (await marked.json())["status"] == "no_show"
    late = await office.guest().quote("tinchuley-dorm", "2026-03-02", nights=2, guests=4)
    assert "Tap *Confirm* to book" in late.text  # the absent guest's nights went back on sale
    assert (await office.post("/api/tourism/bookings/PT-2026-000009/check-in", headers=headers)).status == 404


async def test_a_booking_number_is_read_as_the_guest_may_have_written_it(office):
    """The chat reads 'pt-2026-12' or 'PT 2026 000012'; a manager copying it from the guest's message got 404."""
    await office.guest().book("tinchuley-dorm", "2026-03-02")
    headers = await office.bearer(district="Darjeeling")
    for written in ("pt-2026-000001", "PT 2026 1", "pt%202026%20000001"):
        response = await office.get(f"/api/tourism/bookings/{written}", headers=headers)
        assert response.status == 200 and (await response.json())["number"] == "PT-2026-000001", written
    cancelled = await office.post("/api/tourism/bookings/pt-2026-1/cancel", json={"reason": "road closed"},
                                  headers=headers)
    assert cancelled.status == 200 and (await cancelled.json())["number"] == "PT-2026-000001"
    assert (await office.get("/api/tourism/bookings/pt-2026-2", headers=headers)).status == 404


async def test_a_guest_marked_absent_who_comes_after_all_is_checked_in_on_their_nights(office, bus, clock):
    """Marked a no-show on the morning of the arrival day, the guest came at the check-in time: the check-in was
    refused ('is no_show') for good, and the rooms they stood in stayed on sale for the rest of their stay."""
    headers = await office.bearer()
    one = await office.patch("/api/tourism/room-types/tinchuley-double", json={"rooms": 1}, headers=headers)
    assert one.status == 200
    await office.guest().book("tinchuley-dorm", "2026-03-02", nights=3, guests=4)  # its one dormitory
    await office.guest().book("tinchuley-double", "2026-03-02", nights=1)
    clock.advance(days=1)  # 10:30 in India on 2 March
    for number in ("PT-2026-000001", "PT-2026-000002"):
        assert (await office.post(f"/api/tourism/bookings/{number}/no-show", headers=headers)).status == 200
    taken = await office.guest().book("tinchuley-double", "2026-03-02", nights=1)
    assert "Booked" in taken.text  # the double room was sold again meanwhile
    clock.advance(hours=4)
    came = await office.post("/api/tourism/bookings/PT-2026-000001/check-in", headers=headers)
    assert came.status == 200 and (await came.json())["status"] == "checked_in"
    gone = await office.guest().quote("tinchuley-dorm", "2026-03-03", nights=1, guests=4)
    assert "Tap *Confirm* to book" not in gone.text  # the dormitory is theirs again for the nights to come
    sold = await office.post("/api/tourism/bookings/PT-2026-000002/check-in", headers=headers)
    assert sold.status == 422 and "booked or blocked again on 2026-03-02" in (await sold.json())["detail"]
    clock.advance(days=3)
    over = await office.post("/api/tourism/bookings/PT-2026-000002/check-in", headers=headers)
    assert over.status == 422 and "is no_show" in (await over.json())["detail"]  # the stay is over
    await bus.drain()
    assert [e.payload["number"] for e in bus.seen if e.type == "tourism.booking.checked_in"] == ["PT-2026-000001"]


async def test_an_arrival_mark_sent_again_finishes_what_was_cut_short(office, bus, monkeypatch, clock):
    """Stored as a no-show, but the bus refused its event: the retry was a 422 ('is no_show'), so the event other
    departments read never went out. Sent again it answers 200 and goes out once; a different mark stays refused."""
    await office.guest().book("tinchuley-dorm", "2026-03-01", nights=2, guests=4)  # its one dormitory
    await office.guest().book("tinchuley-double", "2026-03-01", nights=1)
    headers = await office.bearer()
    refused = refuse_once(monkeypatch, office.runtime_context, "tourism.booking.missed")
    failed = await office.post("/api/tourism/bookings/PT-2026-000001/no-show", headers=headers)
    assert failed.status >= 500 and refused
    clock.advance(hours=14)  # retried after midnight in India: the nights from the day it was marked go back
    again = await office.post("/api/tourism/bookings/PT-2026-000001/no-show", headers=headers)
    assert again.status == 200 and (await again.json())["status"] == "no_show"
    arrived = await office.post("/api/tourism/bookings/PT-2026-000002/check-in", headers=headers)
    repeat = await office.post("/api/tourism/bookings/PT-2026-000002/check-in", headers=headers)
    assert (arrived.status, repeat.status) == (200, 200)
    assert await repeat.json() == await arrived.json()
    await bus.drain()
    marks = {e.id: (e.type, e.payload["number"]) for e in bus.seen if e.type.startswith("tourism.booking.")
             and e.type != "tourism.booking.confirmed"}  # a repeat keeps its id: each department's inbox drops it
    assert sorted(marks.values()) == [("tourism.booking.checked_in", "PT-2026-000002"),
                                      ("tourism.booking.missed", "PT-2026-000001")]
    wrong = await office.post("/api/tourism/bookings/PT-2026-000002/no-show", headers=headers)
    assert wrong.status == 422 and "is checked_in" in (await wrong.json())["detail"]
    clock.advance(hours=-14)
    freed = await office.guest().quote("tinchuley-dorm", "2026-03-01", nights=2, guests=4)
    assert "Tap *Confirm* to book" in freed.text  # the absent guest's first night too, as on the day it was marked


async def test_cancelling_for_a_guest_refunds_in_full_and_tells_the_guest(office, bus):
    guest = office.guest()
    await guest.book("jayanti-cottage", "2026-03-02")  # tomorrow: the guest's own cancellation would refund 0%
    headers = await office.bearer()
    no_reason = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json={}, headers=headers)
    assert no_reason.status == 422
    spaces = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json={"reason": "     "},
                               headers=headers)  # refused before anything is stored: the guest would be told nothing
    assert spaces.status == 422 and (await spaces.json())["detail"][0]["loc"] == ["reason"]
    done = await office.post("/api/tourism/bookings/PT-2026-000001/cancel",
                             json={"reason": "guest phoned the block office"}, headers=headers)
    body = await done.json()
    assert done.status == 200 and (body["status"], body["refund_percent"], body["refund"]) == ("cancelled", 100, 420000)
    assert body["refund_rule"] == "cancelled by the office: full refund"
    await bus.drain()
    [told] = [e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == guest.wa_id
              and e.payload.get("template")]
    assert "Reason: guest phoned the block office" in told.payload["message"]["interactive"]["body"]["text"]
    assert "you get a full refund: ₹4,200 (100%)" in told.payload["message"]["interactive"]["body"]["text"]
    assert told.payload["template"]["template"]["name"] == "tourism_booking_cancelled"
    [event] = [e for e in bus.seen if e.type == "tourism.booking.cancelled"]
    assert event.payload["cancelled_by"] == "office" and event.payload["refund_paise"] == 420000
    twice = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json={"reason": "again"},
                              headers=headers)
    assert twice.status == 422 and "already cancelled" in (await twice.json())["detail"]


async def test_a_reason_ending_in_a_full_stop_is_told_with_one(office, bus):
    """A manager writes the reason as a sentence; the guest read 'কারণ: রাস্তা ধসে বন্ধ।।' and 'landslide..'."""
    bengali, english = office.guest(lang="bn"), office.guest()
    await bengali.book("jayanti-cottage", "2026-03-10")
    await english.book("jayanti-cottage", "2026-03-12")
    headers = await office.bearer()
    stops = await office.post("/api/tourism/bookings/PT-2026-000002/cancel", json={"reason": "...."}, headers=headers)
    assert stops.status == 422 and (await stops.json())["detail"][0]["loc"] == ["reason"]
    for number, reason in (("PT-2026-000001", "রাস্তা ধসে বন্ধ।"), ("PT-2026-000002", "Road closed by a landslide. ")):
        done = await office.post(f"/api/tourism/bookings/{number}/cancel", json={"reason": reason}, headers=headers)
        assert done.status == 200
    await bus.drain()
    told = {e.payload["to"]: e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload.get("template")}
    body = {wa_id: payload["message"]["interactive"]["body"]["text"] for wa_id, payload in told.items()}
    assert "কারণ: রাস্তা ধসে বন্ধ। দপ্তর বাতিল করায়" in body[bengali.wa_id]
    assert "Reason: Road closed by a landslide. As the office" in body[english.wa_id]
    [_, reason, _] = told[english.wa_id]["template"]["template"]["components"][0]["parameters"]
    assert reason["text"] == "Road closed by a landslide"


async def test_an_office_cancellation_cut_short_is_finished_when_sent_again(office, bus, monkeypatch):
    """Stored, but the bus refused the voucher's revocation: sent again with the same reason, the cancellation
    is announced (the voucher shows as revoked on its verification page) and the guest told; it was a 422."""
    guest = office.guest()
    await guest.book("jayanti-cottage", "2026-03-02")
    await bus.drain()
    [issued] = [e.payload for e in bus.seen if e.type == "tourism.document.issued"]
    headers = await office.bearer()
    refused = refuse_once(monkeypatch, office.runtime_context, "tourism.document.revoked")
    cancel = {"reason": "guest phoned the block office"}
    failed = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json=cancel, headers=headers)
    assert failed.status >= 500 and refused
    again = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json=cancel, headers=headers)
    body = await again.json()
    assert again.status == 200 and (body["status"], body["refund_percent"]) == ("cancelled", 100)
    await bus.drain()
    assert [e.payload["code"] for e in bus.seen if e.type == "tourism.document.revoked"] == [issued["code"]]
    assert [e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == guest.wa_id
            and e.payload.get("template")]
    other = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json={"reason": "another one"},
                              headers=headers)
    assert other.status == 422


async def test_a_block_closes_free_rooms_only_and_can_be_lifted(office):
    headers = await office.bearer()
    await office.guest().book("jhalong-double", "2026-04-10", nights=1)
    refused = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json={
        "room_type_id": "jhalong-double", "first_night": "2026-04-09", "last_night": "2026-04-11",
        "reason": "roof repair"})
    assert refused.status == 422 and "2026-04-10" in (await refused.json())["detail"]
    block = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json={
        "room_type_id": "jhalong-double", "first_night": "2026-04-12", "last_night": "2026-04-13",
        "reason": "Durga Puja closure"})
    assert block.status == 201
    closed = await office.guest().quote("jhalong-double", "2026-04-12", nights=1)
    assert "Sorry, no room of this kind is free" in closed.text
    lifted = await office.delete(f"/api/tourism/blocks/{(await block.json())['id']}", headers=headers)
    assert lifted.status == 200
    assert "Tap *Confirm* to book" in (await office.guest().quote("jhalong-double", "2026-04-12", nights=1)).text
    for first, last, reason in (("2020-01-01", "2020-01-02", "is past"), ("9999-12-30", "9999-12-31", "days ahead")):
        odd = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json={
            "room_type_id": "jhalong-double", "first_night": first, "last_night": last, "reason": "typo"})
        assert odd.status == 422 and reason in (await odd.json())["detail"]


async def test_a_block_sent_again_after_a_timeout_is_the_same_block_not_a_second(office):
    """A manager's retry of a block whose answer never came took another room out of sale under a new id."""
    headers = await office.bearer()
    puja = {"room_type_id": "jhalong-double", "first_night": "2026-04-12", "last_night": "2026-04-13",
            "rooms": 1, "reason": "Durga Puja: one room for the office"}
    first = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json=puja)
    again = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json=puja)
    assert (first.status, again.status) == (201, 200)
    assert (await again.json())["id"] == (await first.json())["id"]
    shown = await (await office.get("/api/tourism/properties/jhalong", headers=headers)).json()
    assert [b["rooms"] for b in shown["blocks"]] == [1]
    two_left = await office.guest().quote("jhalong-double", "2026-04-12", nights=1, guests=4, rooms=2)
    assert "Tap *Confirm* to book" in two_left.text  # three rooms, one blocked
    other = await office.post("/api/tourism/properties/jhalong/blocks", headers=headers,
                              json={**puja, "reason": "a second room for the office"})
    assert other.status == 422  # a different block is a second one: no room is free for it now
    lifted = await office.delete(f"/api/tourism/blocks/{(await first.json())['id']}", headers=headers)
    assert lifted.status == 200
    assert (await office.post("/api/tourism/properties/jhalong/blocks", headers=headers, json=puja)).status == 201


async def test_prices_and_room_counts_change_within_what_is_booked(office):
    headers = await office.bearer()
    await office.guest().book("jhalong-double", "2026-04-10", nights=1, guests=3)
    await office.guest().book("jhalong-double", "2026-04-10", nights=1, guests=3)
    fewer = await office.patch("/api/tourism/room-types/jhalong-double", json={"rooms": 1}, headers=headers)
    assert fewer.status == 422 and "2026-04-10" in (await fewer.json())["detail"]
    dearer = await office.patch("/api/tourism/room-types/jhalong-double", json={"tariff": 2100, "rooms": 2},
                                headers=headers)
    assert dearer.status == 200 and (await dearer.json())["tariff"] == 2100
    assert "× ₹2,100" in (await office.guest().quote("jhalong-double", "2026-05-01")).text
    unknown = await office.patch("/api/tourism/room-types/jhalong-double", json={"colour": "blue"}, headers=headers)
    assert unknown.status == 422


async def test_rooms_the_office_closed_are_not_booked_from_a_quote_or_a_choice_made_before(office, clock):
    """Closing a room type (or the whole guest house) stopped new lists only: a guest holding a quote, even one
    whose hold had lapsed, and one already past the room list, were still booked into it."""
    headers = await office.bearer()
    held, lapsed, midway = office.guest(), office.guest(), office.guest()
    live = await held.quote("lataguri-ac", "2026-04-10", nights=1)
    old = await lapsed.quote("lataguri-ac", "2026-04-11", nights=1)
    await midway.tap("tourism:book")
    await midway.tap("tourism:room:lataguri-standard")
    await midway.tap("tourism:date:2026-04-12")
    closed = await office.patch("/api/tourism/room-types/lataguri-ac", json={"active": False}, headers=headers)
    assert closed.status == 200
    refused = await held.tap(live.choice("tourism:confirm:"))
    assert "Sorry, that kind of room can no longer be booked." in refused.text and "Booked" not in refused.text
    clock.advance(minutes=30)
    assert "can no longer be booked" in (await lapsed.tap(old.choice("tourism:confirm:"))).text
    assert "can no longer be booked" in (await lapsed.tap("tourism:room:lataguri-ac")).text  # an old list's row
    shut = await office.patch("/api/tourism/properties/lataguri", json={"active": False}, headers=headers)
    assert shut.status == 200
    await midway.tap("tourism:nights:1")
    await midway.tap("tourism:guests:2")
    gone = await midway.tap("tourism:rooms:1")
    assert "Sorry, that place can no longer be booked." in gone.text and "Tap *Confirm*" not in gone.text
    listed = await office.get("/api/tourism/bookings?property=lataguri&from=2026-04-01&to=2026-04-30",
                              headers=headers)
    assert (await listed.json())["count"] == 0


async def test_the_policy_is_read_replaced_and_used(office):
    headers = await office.bearer("tourism_admin")
    policy = await (await office.get("/api/tourism/policy", headers=headers)).json()
    assert policy["hold_minutes"] == 10 and policy["refunds"][0] == {"min_days": 7, "percent": 90}
    bad = await office.put("/api/tourism/policy", json={**policy, "max_nights": 0}, headers=headers)
    assert bad.status == 422
    for misspelt in ({"refunds": [{"min_days": 7, "percent": 90, "precent": 50}]},
                     {"taxes": [{"from_tariff": 0, "percent": 0, "form_tariff": 1001}]}):
        typo = await office.put("/api/tourism/policy", json={**policy, **misspelt}, headers=headers)
        assert typo.status == 422 and (await typo.json())["detail"][0]["type"] == "extra_forbidden"
    unreal = {**policy, "taxes": [{"from_tariff": 0, "percent": 0}, {"from_tariff": 10 ** 29, "percent": 5}]}
    too_high = await office.put("/api/tourism/policy", json=unreal, headers=headers)  # MongoDB stores 8-byte ints
    assert too_high.status == 422 and (await too_high.json())["detail"][0]["loc"] == ["taxes", 1, "from_tariff"]
    generous = {**policy, "refunds": [{"min_days": 0, "percent": 100}]}
    assert (await office.put("/api/tourism/policy", json=generous, headers=headers)).status == 200
    guest = office.guest()
    await guest.book("jhalong-double", "2026-03-02", nights=1)
    await guest.tap("tourism:cancel:PT-2026-000001")
    done = await guest.tap("tourism:cancelyes:PT-2026-000001")
    assert "100% is refunded" in done.text
