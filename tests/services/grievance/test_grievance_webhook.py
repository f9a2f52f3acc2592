"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
every service, simulator on one in-process bus and a real port). A simulated phone taps, shares its
location and sends a photo through the chat page's controls (``/_sim/send``); an official works the
complaint through the back office on the same port; the test reads what the fake Cloud API delivered."""
from __future__ import annotations

import base64
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from grievance_kit import KALCHINI
from phone_kit import Phone, choices, running_system, saying, words

from shared.auth import Tokens
from shared.wiring import make_store

PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a dry tube well").decode()


@pytest.fixture
async def system(tmp_path: Path):
    async with running_system(tmp_path) as (http, base, settings, _):
        tokens = Tokens(make_store(settings, "auth"))
        await tokens.start()
        token, _ = await tokens.create("gp_official", name="kalchini-secretary", scope={"gp": "Kalchini"})
        yield http, base, {"Authorization": f"Bearer {token}"}
        await tokens.close()


def person(http, base: str, wa_id: str) -> Phone:
    return Phone(http, base, wa_id, name="Sabita Oraon")


async def test_lodge_with_location_and_photo_track_status_atr_reopen_and_rate(system):
    http, base, official = system
    phone = person(http, base, "919733012345")
    await phone.say("hi", until=lambda m: bool(choices(m)))
    menu = await phone.tap("shell:lang:en", until=lambda m: "grievance:menu" in choices(m))
    assert choices(menu).index("grievance:menu") < choices(menu).index("tourism:menu")  # the most used comes first
    await phone.tap("grievance:menu", until=lambda m: "grievance:new" in choices(m))
    await phone.tap("grievance:new", until=lambda m: "grievance:cat:water" in choices(m))
    await phone.tap("grievance:cat:water", until=lambda m: "grievance:dist:703" in choices(m))
    located = await phone.send({"location": {"latitude": KALCHINI[0] + 0.01, "longitude": KALCHINI[1]}},
                               until=saying("Kalchini Gram Panchayat"))
    here = next(c for c in choices(located) if c.startswith("grievance:here:"))
    await phone.tap(here, until=saying("Describe the problem"))
    await phone.send({"file": {"data_b64": PHOTO, "mime_type": "image/jpeg",
                               "caption": "The tube well by the school is dry since last week."}},
                     until=saying("Attachments: 1"))
    lodged = await phone.tap(next(c for c in choices(await phone.received()) if c.startswith("grievance:submit:")),
                             until=saying("GRV-"))
    number = next(w for w in words(lodged).split() if w.startswith("GRV-"))

    tracked = await phone.say(number, until=saying(f"Complaint {number}"))
    assert "Status: Lodged" in words(tracked) and "With: Kalchini Gram Panchayat office" in words(tracked)

    async def office(status: str, **body: str) -> None:
        async with http.post(f"{base}/api/grievance/tickets/{number}/status", headers=official,
                             json={"status": status, **body}) as response:
            assert response.status == 200, await response.text()

    await office("in_progress")
    progress = words(await phone.wait(saying("in progress")))
    assert "is now in progress: the Kalchini Gram Panchayat office is working on it" in progress
    assert "talk to an official" in progress
    await office("resolved", atr="A new pipe was fitted and the well is working.")
    resolved = await phone.wait(saying("is resolved"))
    assert "Action taken: A new pipe was fitted" in words(resolved)

    viewed = await phone.tap(f"grievance:view:{number}", until=saying(f"Complaint {number}"))
    assert "Action taken: A new pipe was fitted" in words(viewed)
    await phone.tap(f"grievance:reopen:{number}", until=saying("Why do you want to reopen"))
    reopened = await phone.say("It stopped working again after two days.", until=saying("is reopened"))
    assert "Status: Reopened" in words(reopened)
    await office("resolved", atr="The pump was replaced as well.")
    await phone.wait(saying("is resolved"))
    await phone.tap(f"grievance:accept:{number}", until=lambda m: f"grievance:rate:{number}:5" in choices(m))
    rated = await phone.tap(f"grievance:rate:{number}:5", until=saying("Thank you for your rating"))
    assert "grievance:new" in choices(rated)
    async with http.get(f"{base}/api/grievance/tickets/{number}", headers=official) as response:
        shown = await response.json()
    assert (shown["status"], shown["rating"], len(shown["media"]), shown["reopened"]) == ("closed", 5, 1, 1)
    assert shown["media"][0]["kind"] == "image" and shown["latitude"] is not None


async def test_a_stay_complaint_made_in_the_tourism_chat_becomes_a_ticket_the_guest_can_follow(system):
    """The real tourism service publishes ``tourism.complaint.raised``; the guest hears from grievance."""
    http, base, _ = system
    phone = person(http, base, "919733054321")
    await phone.say("hi", until=lambda m: bool(choices(m)))
    await phone.tap("shell:lang:en", until=lambda m: "tourism:menu" in choices(m))
    await phone.tap("tourism:book", until=lambda m: bool(choices(m)))
    await phone.tap("tourism:room:jayanti-tent", until=lambda m: bool(choices(m)))
    check_in = (datetime.now() + timedelta(days=10)).strftime("%d/%m/%Y")
    await phone.say(check_in, until=lambda m: "tourism:nights:1" in choices(m))
    await phone.tap("tourism:nights:1", until=lambda m: "tourism:guests:2" in choices(m))
    await phone.tap("tourism:guests:2", until=lambda m: any(c.startswith("tourism:rooms:") for c in choices(m)))
    await phone.tap("tourism:rooms:1", until=lambda m: "tourism:name:profile" in choices(m))
    quote = await phone.tap("tourism:name:profile",
                            until=lambda m: any(c.startswith("tourism:confirm:") for c in choices(m)))
    booked = await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")),
                             until=lambda m: any(x["type"] == "document" for x in m))
    booking = next(x for x in booked if x["type"] == "document")["document"]["filename"].removesuffix(".pdf")
    await phone.tap(f"tourism:complain:{booking}", until=saying(booking))
    check = await phone.say("The tent leaked all night and nobody came to help.",
                            until=lambda m: any(c.startswith("tourism:complaintsend:") for c in choices(m)))
    send = next(c for c in choices(check) if c.startswith("tourism:complaintsend:"))
    told = await phone.tap(send, until=saying("GRV-"))
    assert f"Your complaint about booking {booking} is registered as GRV-" in words(told)
    assert "Alipurduar District office" in words(told)
    number = next(w for w in words(told).split() if w.startswith("GRV-"))
    tracked = await phone.say(number, until=saying(f"Complaint {number}"))
    assert f"About booking {booking} at Jayanti Forest Homestay" in words(tracked)
