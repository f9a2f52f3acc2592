"""The photo of the work done, given with the action-taken report (``PUT /tickets/{number}/atr/photo``): kept in
the service's store and opened from the complaint, refused when it is no JPEG or PNG or over 5 MB, under the
report's own access rule, replacing an earlier one, and sent to the person as a photo under the resolution (or on
its own when it came after)."""
from __future__ import annotations

import base64
from typing import Any

from grievance_kit import KALCHINI_GP

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.repository import Repositories
from services.grievance.service import DIRECTORY

API = "/api/grievance"
LATABARI_GP = "703507"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 50 + b"\xff\xd9"
MOST = 5 * 1024 * 1024  # WhatsApp's limit for an image
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 30


async def _put(office, number: str, data: bytes, headers: dict[str, str], mime_type: str = "image/jpeg"):
    return await office.put(f"{API}/tickets/{number}/atr/photo", data=data,
                            headers={**headers, "Content-Type": mime_type})


async def _resolve(office, number: str, headers: dict[str, str]) -> None:
    resolve = {"status": "resolved", "atr": "The tube well was repaired on Monday."}
    assert (await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)).status == 200


async def _lodged_with_photo(office, lang: str):
    """A complaint lodged by a person writing in ``lang``, with the office's photo of the work given, not resolved."""
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer()
    assert (await _put(office, number, JPEG, headers)).status == 200
    return person, number, headers


def _unique(bus, wa_id: str) -> list[dict[str, Any]]:
    """What the person is to receive, in order, each message id once (the sender sends an id once)."""
    seen: dict[str, dict[str, Any]] = {}
    for e in bus.seen:
        if e.type == "wa.outbound" and e.payload["to"] == wa_id:
            seen.setdefault(e.id, e.payload)
    return list(seen.values())


async def test_the_photo_is_kept_shown_on_the_complaint_and_opened_as_given(office):
    number = await office.person().lodge()
    secretary = await office.bearer("gp_official", gp="Kalchini")
    given = await _put(office, number, JPEG, secretary)
    assert given.status == 200, await given.text()
    shown = (await given.json())["atr_photo"]
    assert shown["kind"] == "image" and shown["mime_type"] == "image/jpeg" and shown["id"].startswith(f"atr-{number}-")
    assert shown["path"] == f"{API}/tickets/{number}/media/{shown['id']}"
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=secretary)).json()
    assert ticket["atr_photo"] == shown
    opened = await office.get(shown["path"], headers=await office.bearer("block_officer", block="Kalchini"))
    assert opened.status == 200 and opened.content_type == "image/jpeg" and await opened.read() == JPEG


async def test_what_is_no_jpeg_or_png_or_over_5_mb_is_refused_with_the_reason(office):
    number = await office.person().lodge()
    headers = await office.bearer()
    for mime_type in ("text/plain", "image/gif", "application/octet-stream"):
        refused = await _put(office, number, JPEG, headers, mime_type)
        assert refused.status == 415 and "image/jpeg or image/png" in (await refused.json())["detail"], mime_type
    big = await _put(office, number, JPEG + bytes(MOST), headers)
    assert big.status == 413 and "5 MB" in (await big.json())["detail"]
    empty = await _put(office, number, b"", headers)
    assert empty.status == 422
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert ticket["atr_photo"] is None
    assert await office.runtime.store.collection("media").find({}) == []


async def test_only_the_office_that_may_write_the_report_gives_its_photo(office, clock):
    number = await office.person().lodge(gp=KALCHINI_GP)
    elsewhere = await office.bearer("gp_official", gp=LATABARI_GP)
    assert (await _put(office, number, JPEG, elsewhere)).status == 404
    assert (await _put(office, number, JPEG, await office.bearer("tourism_manager"))).status == 403
    clock.advance(days=8)
    assert await escalation.escalate_due(office.runtime.context, Directory.load(DIRECTORY)) == 1
    passed = await _put(office, number, JPEG, await office.bearer("gp_official", gp=KALCHINI_GP))
    assert passed.status == 403 and "escalated" in (await passed.json())["detail"]
    assert (await _put(office, number, JPEG, await office.bearer("block_officer", block="Kalchini"))).status == 200


async def test_a_rejected_complaint_refuses_a_report_or_photo_saying_it_is_no_longer_handled(office):
    number = await office.person().lodge()
    headers = await office.bearer()
    reject = {"status": "rejected", "reason": "Not a panchayat matter"}
    assert (await office.post(f"{API}/tickets/{number}/status", json=reject, headers=headers)).status == 200
    written = await office.put(f"{API}/tickets/{number}/atr", json={"text": "The tube well was repaired."},
                               headers=headers)
    photo = await _put(office, number, JPEG, headers)
    for refused in (written, photo):
        detail = (await refused.json())["detail"]
        assert refused.status == 422 and detail.startswith("atr_closed:"), detail
        assert number in detail and "rejected" in detail and "no longer being handled" in detail
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert ticket["atr"] is None and ticket["atr_photo"] is None


async def test_a_new_photo_replaces_the_earlier_one(office):
    number = await office.person().lodge()
    headers = await office.bearer()
    first = (await (await _put(office, number, JPEG, headers)).json())["atr_photo"]
    again = (await (await _put(office, number, JPEG, headers)).json())["atr_photo"]
    assert again == first  # the same photo sent again (its answer was lost) is the one kept
    second = (await (await _put(office, number, PNG, headers, "image/png")).json())["atr_photo"]
    assert second["id"] != first["id"] and second["mime_type"] == "image/png"
    assert (await office.get(first["path"], headers=headers)).status == 404
    assert await Repositories.of(office.runtime.store).media.get(first["id"]) is None
    assert await office.runtime.store.collection("media_parts").get(f"{first['id']}:0") is None
    opened = await office.get(second["path"], headers=headers)
    assert opened.content_type == "image/png" and await opened.read() == PNG


async def test_the_resolution_reaches_the_person_with_the_photo_under_it_in_their_language(office, bus):
    for lang, caption in (("en", "Photo of the work done on complaint {number}."),
                          ("bn", "অভিযোগ {number}-এর জন্য করা কাজের ছবি।")):
        person, number, headers = await _lodged_with_photo(office, lang)
        await bus.drain()
        assert [p for p in _unique(bus, person.wa_id) if p["message"]["type"] == "image"] == []  # not resolved yet
        await _resolve(office, number, headers)
        await bus.drain()
        told = _unique(bus, person.wa_id)[-2:]
        assert "The tube well was repaired on Monday." in str(told[0]["message"])  # the notice, then its photo
        image = told[1]
        assert image["message"] == {"type": "image", "image": {"caption": caption.format(number=number)}}
        assert image["document"]["mime_type"] == "image/jpeg" and image["notification"] is True
        assert base64.b64decode(image["document"]["data_b64"]) == JPEG
        assert image["document"]["caption"] == caption.format(number=number)
        assert (await _put(office, number, JPEG, headers)).status == 200  # the same photo again: not sent again
        await bus.drain()
        assert [p for p in _unique(bus, person.wa_id) if p["message"]["type"] == "image"] == [image]


async def test_a_photo_given_after_the_resolution_is_sent_once_saying_what_it_is(office, bus):
    for lang, line in (("en", "The Kalchini Gram Panchayat office has sent a photo of the work done on complaint "
                              "{number}."),
                       ("bn", "কালচিনি গ্রাম পঞ্চায়েত অফিস অভিযোগ {number}-এর জন্য করা কাজের ছবি পাঠিয়েছে।")):
        person = office.person(lang=lang)
        number = await person.lodge()
        headers = await office.bearer()
        await _resolve(office, number, headers)
        for _ in range(2):  # the second: the office's answer was lost and it sent the photo again
            assert (await _put(office, number, JPEG, headers)).status == 200
        await bus.drain()
        [late] = [p for p in _unique(bus, person.wa_id) if p["message"]["type"] == "image"]
        assert late["message"]["image"]["caption"] == line.format(number=number)
        assert base64.b64decode(late["document"]["data_b64"]) == JPEG


async def test_a_corrected_report_goes_with_the_photo(office, bus):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer()
    assert (await _put(office, number, PNG, headers, "image/png")).status == 200
    resolve = {"status": "resolved", "atr": "Pipe replaced on Monday."}
    assert (await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)).status == 200
    assert (await office.put(f"{API}/tickets/{number}/atr", json={"text": "Pipe replaced on Tuesday."},
                             headers=headers)).status == 200
    await bus.drain()
    told = _unique(bus, person.wa_id)
    assert "Pipe replaced on Tuesday." in str(told[-2]["message"])
    assert told[-1]["message"]["type"] == "image" and told[-1]["document"]["mime_type"] == "image/png"


async def test_opening_a_resolved_complaint_shows_the_photo_under_its_view(office, bus):
    """With the window closed only the notice's template arrived, not the photo: the person gets it where they look,
    under the complaint's view, once a tap, and a redelivered tap gives the same replies."""
    for lang, caption in (("en", "Photo of the work done on complaint {number}."),
                          ("bn", "অভিযোগ {number}-এর জন্য করা কাজের ছবি।")):
        person, number, headers = await _lodged_with_photo(office, lang)
        before = await person.tap(f"grievance:view:{number}")
        assert [r.message["type"] for r in before.replies] == ["interactive"]  # not resolved: no photo yet
        await _resolve(office, number, headers)
        await bus.drain()
        viewed = await person.tap(f"grievance:view:{number}")
        assert [r.message["type"] for r in viewed.replies] == ["interactive", "image"]
        assert "The tube well was repaired on Monday." in viewed.replies[0].text
        image = viewed.replies[1].payload
        assert image["message"] == {"type": "image", "image": {"caption": caption.format(number=number)}}
        assert image["document"]["mime_type"] == "image/jpeg" and image["notification"] is False
        assert base64.b64decode(image["document"]["data_b64"]) == JPEG
        sent = {e.id for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id}
        again = await person.send(viewed.envelope)
        assert [r.payload["message"] for r in again.replies] == [r.payload["message"] for r in viewed.replies]
        assert {e.id for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id} == sent
        await person.tap(f"grievance:accept:{number}")
        rated = await person.tap(f"grievance:rate:{number}:5")
        assert rated.event("grievance.ticket.rated")["number"] == number
        accepted = await person.tap(f"grievance:view:{number}")  # accepted and rated: the photo is still theirs
        assert [r.message["type"] for r in accepted.replies] == ["interactive", "image"]
