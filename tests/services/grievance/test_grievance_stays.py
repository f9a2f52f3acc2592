"""Stay complaints from the tourism service (``tourism.complaint.raised`` v1) become tickets in the
tourism-stay category, linked to their booking; the guest is told, unless their contact cannot be opened."""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from shared.envelope import Envelope
from shared.privacy import Privacy
from shared.runtime.inbox import Inbox

GUEST = "919830012345"


class StayComplaint(BaseModel):
    """The payload as the tourism service publishes it (its own model stays in its own service)."""

    booking_number: str = "PT-2026-000042"
    person: str = Privacy().person_id(GUEST)
    contact: str = Privacy().seal(GUEST)
    lang: str = "en"
    property_id: str = "jayanti"
    property_name: str = "Jayanti Forest Guest House"
    property_name_bn: str = "জয়ন্তী বন অতিথিনিবাস"
    district: str = "alipurduar"
    check_in: date = date(2026, 2, 20)
    text: str = "No hot water for two days and the room was not cleaned."
    sealed_text: str = ""


async def _raise(bus, runtime, complaint: StayComplaint, envelope: Envelope | None = None) -> Envelope:
    envelope = envelope or Envelope(type="tourism.complaint.raised", source="tourism",
                                    payload=complaint.model_dump(mode="json"))
    await bus.publish(envelope)
    await bus.drain()
    assert await Inbox(runtime.store).recorded(envelope.id) is not None
    return envelope


async def test_a_stay_complaint_becomes_a_linked_ticket_and_the_guest_is_told(bus, runtime, people, office):
    envelope = await _raise(bus, runtime, StayComplaint())
    await _raise(bus, runtime, StayComplaint(), envelope)  # redelivered: the same ticket, not a second one
    lodged = [e.payload for e in bus.seen if e.type == "grievance.ticket.lodged"]
    assert len({e["number"] for e in lodged}) == 1
    ticket = lodged[0]
    assert (ticket["category"], ticket["booking_number"], ticket["district"], ticket["level"]) == (
        "tourism_stay", "PT-2026-000042", "703", "district")
    assert ticket["person"] == Privacy().person_id(GUEST) and GUEST not in str(ticket)
    messages = {e.id: e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == GUEST}
    [told] = messages.values()  # the redelivery repeats the same message id, which the sender drops
    assert "PT-2026-000042" in told["message"]["text"]["body"] and ticket["number"] in told["message"]["text"]["body"]
    assert told["notification"] and told["template"] is not None

    guest = people(bus, runtime)()
    guest.wa_id = GUEST
    viewed = await guest.say(ticket["number"])
    assert "About booking PT-2026-000042 at Jayanti Forest Guest House" in viewed.text
    assert "Alipurduar District office" in viewed.text
    headers = await office.bearer("district_officer", district="Alipurduar")
    queue = await (await office.get("/api/grievance/tickets?category=tourism_stay", headers=headers)).json()
    assert queue["tickets"][0]["booking"]["number"] == "PT-2026-000042"


async def test_a_district_outside_the_directory_and_a_broken_seal_still_make_a_ticket(bus, runtime, office):
    await _raise(bus, runtime, StayComplaint(district="purulia", contact="gAAAA-not-a-sealed-number",
                                             booking_number="PT-2026-000043"))
    [lodged] = [e.payload for e in bus.seen if e.type == "grievance.ticket.lodged"]
    assert lodged["district"] == "purulia" and lodged["booking_number"] == "PT-2026-000043"
    assert not [e for e in bus.seen if e.type == "wa.outbound"]
    purulia = await office.bearer("district_officer", district="Purulia")
    shown = await (await office.get(f"/api/grievance/tickets/{lodged['number']}", headers=purulia)).json()
    assert shown["place"]["district"] == "Purulia" and shown["reachable"] is False
    reply = await office.post(f"/api/grievance/tickets/{lodged['number']}/reply", headers=purulia,
                              json={"text": "We will call the caretaker."})
    assert reply.status == 422


async def test_a_bengali_guest_hears_a_district_outside_the_directory_named_in_bengali(bus, runtime, people):
    await _raise(bus, runtime, StayComplaint(district="purulia", lang="bn", booking_number="PT-2026-000044",
                                             text="ঘরের বাথরুমে দুদিন জল আসেনি।"))
    [told] = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == GUEST]
    assert "পুরুলিয়া জেলা অফিস" in told["message"]["text"]["body"]
    assert "Purulia" not in told["message"]["text"]["body"]

    guest = people(bus, runtime)("bn")
    guest.wa_id = GUEST
    [lodged] = [e.payload for e in bus.seen if e.type == "grievance.ticket.lodged"]
    viewed = await guest.say(lodged["number"])
    assert "জায়গা: পুরুলিয়া" in viewed.text and "দায়িত্বে: পুরুলিয়া জেলা অফিস" in viewed.text
    assert "জয়ন্তী বন অতিথিনিবাস" in viewed.text  # the guest house by its Bengali name
    assert "Purulia" not in viewed.text and "Jayanti" not in viewed.text
    listed = await guest.say("আমার অভিযোগ")
    assert "পুরুলিয়া" in str(listed.last.message)


async def test_a_complaint_from_before_tourism_named_the_property_in_bengali_shows_its_english_name(
        bus, runtime, people):
    older = StayComplaint(lang="bn", booking_number="PT-2026-000045").model_dump(mode="json")
    del older["property_name_bn"]  # as tourism published it before it sent the Bengali name
    await _raise(bus, runtime, StayComplaint(), Envelope(type="tourism.complaint.raised", source="tourism",
                                                         payload=older))
    guest = people(bus, runtime)("bn")
    guest.wa_id = GUEST
    [lodged] = [e.payload for e in bus.seen if e.type == "grievance.ticket.lodged"]
    assert "Jayanti Forest Guest House" in (await guest.say(lodged["number"])).text


async def test_the_ticket_keeps_the_guests_words_whole_when_the_event_masks_a_phone_number_in_them(
        bus, runtime, office):
    written = "The caretaker on 9830012345 never answered and the room was not cleaned."
    masked = "The caretaker on ******2345 never answered and the room was not cleaned."
    await _raise(bus, runtime, StayComplaint(text=masked, sealed_text=Privacy().seal(written)))
    await _raise(bus, runtime, StayComplaint(text=masked, sealed_text="gAAAA-not-sealed-text",
                                             booking_number="PT-2026-000046"))
    headers = await office.bearer("district_officer", district="Alipurduar")
    lodged = [e.payload["number"] for e in bus.seen if e.type == "grievance.ticket.lodged"]
    shown = [await (await office.get(f"/api/grievance/tickets/{n}", headers=headers)).json() for n in lodged]
    assert [s["description"] for s in shown] == [written, masked]  # a seal that does not open: the masked words
