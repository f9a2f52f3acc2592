"""A guest house (or one kind of its rooms) closed by the office while guests hold confirmed bookings there: the
close stops new bookings only, and the answer said nothing of the guests still booked, who were told nothing and
would come with their vouchers to a closed house. The answer now lists every booking still standing there from
today on, so the office cancels those it cannot keep (each guest is told and refunded in full)."""
from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore


@pytest.fixture
async def office(aiohttp_client, make_runtime, guests, bus, tmp_path: Path):
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("tourism_manager", scope={"district": "Jalpaiguri"})
    client.headers = {"Authorization": f"Bearer {token}"}
    client.guest = guests(bus, runtime)
    return client


async def test_closing_a_guest_house_names_the_bookings_still_standing_there(office):
    await office.guest().book("lataguri-ac", "2026-03-05")
    await office.guest().book("lataguri-standard", "2026-04-10", nights=1)
    await office.guest().book("lataguri-standard", "2026-03-20")
    cancelled = await office.post("/api/tourism/bookings/PT-2026-000003/cancel", json={"reason": "guest asked"},
                                  headers=office.headers)
    assert cancelled.status == 200
    await office.guest().book("jhalong-double", "2026-03-06")  # another guest house: not listed
    shut = await office.patch("/api/tourism/properties/lataguri", json={"active": False}, headers=office.headers)
    assert shut.status == 200
    answer = await shut.json()
    assert answer["active"] is False
    assert [(b["number"], b["check_in"], b["room_type_id"], b["rooms"]) for b in answer["bookings_standing"]] == [
        ("PT-2026-000001", "2026-03-05", "lataguri-ac", 1), ("PT-2026-000002", "2026-04-10", "lataguri-standard", 1)]
    assert "cancel" in answer["bookings_note"]
    again = await (await office.patch("/api/tourism/properties/lataguri", json={"active": False},
                                      headers=office.headers)).json()
    assert [b["number"] for b in again["bookings_standing"]] == ["PT-2026-000001", "PT-2026-000002"]


async def test_closing_one_kind_of_room_names_only_its_bookings_and_an_open_house_lists_none(office):
    await office.guest().book("lataguri-ac", "2026-03-05")
    await office.guest().book("lataguri-standard", "2026-03-07")
    closed = await office.patch("/api/tourism/room-types/lataguri-ac", json={"active": False}, headers=office.headers)
    assert closed.status == 200
    assert [b["number"] for b in (await closed.json())["bookings_standing"]] == ["PT-2026-000001"]
    dearer = await office.patch("/api/tourism/room-types/lataguri-standard", json={"tariff": 2100},
                                headers=office.headers)
    assert (await dearer.json())["bookings_standing"] == []
    renamed = await office.patch("/api/tourism/properties/lataguri", json={"contact": "+91 94340 00000"},
                                 headers=office.headers)
    assert (await renamed.json())["bookings_standing"] == []
