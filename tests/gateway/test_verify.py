"""``GET /verify/{code}`` and the document events behind it, on the real aiohttp app.

The store is an in-memory stand-in kept to the store port's contract (versions, ``Conflict``,
``DuplicateKey``); it is all these tests need and keeps them independent of the storage adapters.
"""
from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from gateway.verify import VERIFICATIONS, VERIFY_BINDINGS, handle_document_event, verify_routes
from shared.documents.records import PUBLIC_FIELDS, PublicRecord, issued, revoked, superseded
from shared.envelope import Envelope
from shared.store import Conflict, Doc, DuplicateKey
from shared.texts import Catalog

ROOT = Path(__file__).resolve().parents[2]
CODE = "K7QX-3MZP-W4DA-JT2C"
NOW = datetime(2025, 6, 1, 6, 0, tzinfo=UTC)
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class MemoryCollection:
    def __init__(self, name: str):
        self.name = name
        self.docs: dict[str, Doc] = {}

    async def get(self, id: str) -> Doc | None:
        return copy.deepcopy(self.docs.get(id))

    async def insert(self, doc: Doc) -> Doc:
        if doc["_id"] in self.docs:
            raise DuplicateKey(doc["_id"])
        self.docs[doc["_id"]] = {**copy.deepcopy(doc), "_v": 1}
        return copy.deepcopy(self.docs[doc["_id"]])

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        stored = self.docs.get(id)
        if stored is None or stored["_v"] != expected_version:
            raise Conflict(id)
        stored.update(copy.deepcopy(changes), _v=expected_version + 1)
        return copy.deepcopy(stored)


class MemoryStore:
    def __init__(self) -> None:
        self.collections: dict[str, MemoryCollection] = {}

    def collection(self, name: str) -> MemoryCollection:
        return self.collections.setdefault(name, MemoryCollection(name))


def record(**overrides: Any) -> PublicRecord:
    fields: dict[str, Any] = {"kind": "trade_noc", "number": "NOC/2025/000042", "holder_name": "Rina Das",
                              "office_en": "Falakata Gram Panchayat", "office_bn": "ফালাকাটা গ্রাম পঞ্চায়েত",
                              "issued_on": date(2025, 1, 5), "valid_until": date(2026, 3, 31)}
    fields.update(overrides)
    return PublicRecord(**fields)


def event(type_and_payload: tuple[str, dict[str, Any]]) -> Envelope:
    type_, payload = type_and_payload
    return Envelope(type=type_, payload=payload, source="noc")


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def client(aiohttp_client: Any, store: MemoryStore) -> Any:
    app = web.Application()
    verify_routes(app, store, clock=lambda: NOW)  # type: ignore[arg-type]
    return await aiohttp_client(app)


async def apply(store: MemoryStore, *events: Envelope) -> None:
    for envelope in events:
        await handle_document_event(envelope, store)  # type: ignore[arg-type]


async def page(client: Any, code: str = CODE, **headers: str) -> tuple[int, str]:
    response = await client.get(f"/verify/{code}", headers={"Accept": BROWSER, **headers})
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.headers["Cache-Control"] == "no-store"
    return response.status, await response.text()


async def test_a_valid_document_shows_green_with_its_public_details(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    status, html = await page(client)
    assert status == 200
    assert 'class="status valid"' in html and "Valid / বৈধ" in html
    for shown in ("Rina Das", "NOC/2025/000042", "Trade NOC", "Falakata Gram Panchayat",
                  "৫ জানুয়ারি ২০২৫ / 5 January 2025", "৩১ মার্চ ২০২৬ / 31 March 2026", CODE):
        assert shown in html


async def test_json_holds_exactly_the_public_fields(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    response = await client.get(f"/verify/{CODE}", headers={"Accept": "application/json"})
    body = await response.json()
    assert response.status == 200
    assert body == {"kind": "trade_noc", "number": "NOC/2025/000042", "holder_name": "Rina Das",
                    "office_en": "Falakata Gram Panchayat", "office_bn": "ফালাকাটা গ্রাম পঞ্চায়েত",
                    "issued_on": "2025-01-05", "valid_from": None, "valid_until": "2026-03-31", "status": "valid",
                    "plot": None}
    assert (await (await client.get(f"/verify/{CODE}?format=json", headers={"Accept": BROWSER})).json()) == body


async def test_a_stay_voucher_shows_the_first_and_last_day_of_the_stay(client: Any, store: MemoryStore) -> None:
    voucher = record(kind="booking_voucher", number="TB-2025-000017", valid_from=date(2025, 6, 10),
                     valid_until=date(2025, 6, 12))
    await apply(store, event(issued("tourism", CODE, voucher)))
    status, html = await page(client)
    assert status == 200 and "Valid from" in html and "10 June 2025" in html and "12 June 2025" in html
    await apply(store, event(issued("noc", "K7QX-3MZP-W4DA-JT2D", record())))
    _, other = await page(client, "K7QX-3MZP-W4DA-JT2D")
    assert "Valid from" not in other  # a document usable from its issue says no more than before


async def test_past_its_last_day_a_document_shows_grey_expired(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record(valid_until=date(2025, 5, 31)))))
    status, html = await page(client)
    assert status == 200 and 'class="status expired"' in html and "Expired / মেয়াদোত্তীর্ণ" in html
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body["status"] == "expired"
    # Bengali said বৈধ থাকবে (it will stay valid) of a day already past; the label holds for any day
    assert "বৈধ থাকবে" not in html and "<dt>বৈধতার শেষ দিন / Valid until</dt><dd>৩১ মে ২০২৫ / 31 May 2025</dd>" in html


async def test_a_revoked_document_shows_red(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())), event(revoked("noc", CODE, "fraudulent application")))
    _, html = await page(client)
    assert 'class="status revoked"' in html and "Revoked / প্রত্যাহৃত" in html
    assert "fraudulent" not in html  # the reason stays with the service


@pytest.mark.parametrize("service", ["noc", "permit"])
async def test_a_revoked_document_is_named_as_its_holder_was_told(client: Any, store: MemoryStore,
                                                                   service: str) -> None:
    """The page said বাতিল (cancelled) of a permission or NOC its holder's chat calls প্রত্যাহৃত (revoked), so a
    police officer and the holder reading both seemed to speak of two different acts of the office."""
    await apply(store, event(issued(service, CODE, record())), event(revoked(service, CODE, "fraud")))
    _, html = await page(client)
    told = Catalog.load(ROOT / "services" / service / "texts.json")("status_revoked", "bn")
    assert f"Revoked / {told}<small>" in html and "বাতিল" not in html
    assert "প্রত্যাহার করেছে, তাই এটি আর বৈধ নয়" in html and "no longer in force" in html


async def test_a_cancelled_bookings_voucher_says_the_booking_was_cancelled(client: Any, store: MemoryStore) -> None:
    """A guest who cancelled their own booking left a voucher the page called revoked by the issuing office, so a
    caretaker shown it read that the office had acted against the guest; it says the booking was cancelled."""
    voucher = record(kind="booking_voucher", number="PT-2025-000017", valid_from=date(2025, 6, 10),
                     valid_until=date(2025, 6, 12))
    await apply(store, event(issued("tourism", CODE, voucher)), event(revoked("tourism", CODE, "booking cancelled")))
    _, html = await page(client)
    assert 'class="status revoked"' in html and "Cancelled / বাতিল<small>" in html
    assert "The booking this voucher was issued for has been cancelled" in html
    assert "এই ভাউচারের বুকিং বাতিল হয়ে গেছে" in html
    assert "issuing office" not in html and "প্রত্যাহার" not in html
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body["status"] == "revoked"  # the record's status is the same word for every kind


async def test_a_superseded_document_says_so(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())), event(superseded("noc", CODE, "renewed")))
    _, html = await page(client)
    assert 'class="status superseded"' in html and "Superseded" in html


@pytest.mark.parametrize("code", ["ZZZZ-ZZZZ-ZZZZ-ZZZZ", "not-a-code", "K7QX-3MZP"])
async def test_an_unknown_code_is_a_plain_not_found(client: Any, store: MemoryStore, code: str) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    status, html = await page(client, code)
    assert status == 404 and "Not found" in html
    assert "Rina Das" not in html and "NOC/2025" not in html
    response = await client.get(f"/verify/{code}", headers={"Accept": "application/json"})
    assert response.status == 404 and await response.json() == {"error": "not_found"}


async def test_the_code_is_found_however_it_is_typed(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE.lower(), record())))
    for typed in ("k7qx-3mzp-w4da-jt2c", "K7QX3MZPW4DAJT2C"):
        status, html = await page(client, typed)
        assert status == 200 and "Rina Das" in html
    assert list(store.collection(VERIFICATIONS).docs) == [CODE]


async def test_a_late_issue_does_not_resurrect_a_revoked_document(client: Any, store: MemoryStore) -> None:
    await apply(store, event(revoked("noc", CODE, "cancelled")), event(issued("noc", CODE, record())))
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body["status"] == "revoked"
    assert body["holder_name"] == "Rina Das"  # the late issue still fills in the details


async def test_a_revoke_before_its_issue_shows_revoked_without_details(client: Any, store: MemoryStore) -> None:
    await apply(store, event(revoked("noc", CODE, "cancelled")))
    status, html = await page(client)
    assert status == 200 and "Revoked / প্রত্যাহৃত" in html
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body == {**{field: None for field in PUBLIC_FIELDS}, "status": "revoked"}


@pytest.mark.parametrize("withdrawals", [("superseded", "revoked"), ("revoked", "superseded")])
async def test_revocation_outranks_supersession_in_any_order(store: MemoryStore, withdrawals: tuple[str, str]) -> None:
    builders = {"revoked": revoked, "superseded": superseded}
    await apply(store, event(issued("noc", CODE, record())),
                *(event(builders[w]("noc", CODE, "")) for w in withdrawals))
    assert store.collection(VERIFICATIONS).docs[CODE]["status"] == "revoked"


async def test_a_redelivered_event_changes_nothing(store: MemoryStore) -> None:
    issue = event(issued("noc", CODE, record()))
    await apply(store, issue, issue, issue)
    assert store.collection(VERIFICATIONS).docs[CODE]["_v"] == 1


async def test_a_lost_race_is_retried_on_the_fresh_version(store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    collection = store.collection(VERIFICATIONS)
    real_get = collection.get
    raced = False

    async def get_then_race(id: str) -> Doc | None:
        nonlocal raced
        seen = await real_get(id)
        if not raced:  # another gateway copy writes between our read and our update
            raced = True
            await collection.update(id, {"number": "NOC/2025/000042"}, expected_version=seen["_v"])  # type: ignore[index]
        return seen

    collection.get = get_then_race  # type: ignore[method-assign]
    await apply(store, event(revoked("noc", CODE, "")))
    assert collection.docs[CODE]["status"] == "revoked" and collection.docs[CODE]["_v"] == 3


async def test_holder_names_are_escaped_in_the_page(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record(holder_name="<script>alert(1)</script>"))))
    _, html = await page(client)
    assert "<script>" not in html and "&lt;script&gt;" in html


async def test_events_without_a_valid_code_or_verb_are_refused(store: MemoryStore) -> None:
    with pytest.raises(ValueError):
        await apply(store, Envelope(type="noc.document.revoked", payload={"code": "nope"}))
    with pytest.raises(ValueError):
        await apply(store, Envelope(type="noc.document.printed", payload={"code": CODE}))


def test_the_bindings_cover_every_document_event() -> None:
    assert VERIFY_BINDINGS == ("*.document.issued", "*.document.revoked", "*.document.superseded")


async def test_a_code_typed_from_the_paper_is_asked_for_and_leads_to_its_page(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    for path in ("/verify", "/verify/"):
        asked = await client.get(path, headers={"Accept": BROWSER})
        html = await asked.text()
        assert asked.status == 200 and asked.headers["Cache-Control"] == "no-store"
        assert 'action="/verify"' in html and 'name="code"' in html and "Rina Das" not in html
    typed = await client.get("/verify", params={"code": " k7qx 3mzp w4da jt2c "}, allow_redirects=False)
    assert typed.status == 303 and typed.headers["Location"] == f"/verify/{CODE}"
    followed = await client.get("/verify", params={"code": "k7qx-3mzp-w4da-jt2c"}, headers={"Accept": BROWSER})
    assert followed.status == 200 and "Rina Das" in await followed.text()


async def test_a_wrong_code_typed_shows_not_found_with_the_box_to_try_again(client: Any, store: MemoryStore) -> None:
    typed = await client.get("/verify", params={"code": "<script>x</script>"}, allow_redirects=False)
    assert typed.status == 303 and typed.headers["Location"] == "/verify/%3Cscript%3Ex%3C%2Fscript%3E"
    status, html = await page(client, "%3Cscript%3Ex%3C%2Fscript%3E")
    assert status == 404 and "<script>" not in html and 'name="code"' in html


@pytest.mark.parametrize("typed", ["K7QX-3MZP-W4DA-JT2", "K7QX-3MZP-W4DA-JT2Q"])
async def test_a_mistyped_or_shortened_code_comes_back_in_the_box(client: Any, store: MemoryStore, typed: str) -> None:
    """A clerk who typed a code from the paper with a letter wrong or left out read 'not found' over an empty box:
    what had been checked was nowhere on the page, so the slip could not be seen, only the whole code typed again."""
    await apply(store, event(issued("noc", CODE, record())))
    status, html = await page(client, typed)
    assert status == 404 and f'value="{typed}"' in html and "Rina Das" not in html
    _, hostile = await page(client, "%22%3E%3Cscript%3Ex%3C%2Fscript%3E")
    assert "<script>" not in hostile and 'value="&quot;&gt;&lt;script&gt;' in hostile


async def test_a_trailing_slash_goes_to_the_codes_page(client: Any, store: MemoryStore) -> None:
    moved = await client.get(f"/verify/{CODE}/", allow_redirects=False)
    assert moved.status == 301 and moved.headers["Location"] == f"/verify/{CODE}"
    typed = await client.get("/verify", params={"code": CODE.lower(), "format": "json"}, allow_redirects=False)
    assert typed.headers["Location"] == f"/verify/{CODE}?format=json"  # an API call stays one
