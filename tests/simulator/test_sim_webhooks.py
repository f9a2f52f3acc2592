"""Webhook payload helpers: Meta's shapes, and a signature anyone can verify with hmac."""
from __future__ import annotations

import hashlib
import hmac
import json

from simulator import webhooks as w

WA = "919800000001"


def test_the_signature_is_hmac_sha256_of_the_raw_body() -> None:
    raw, headers = w.signed(w.payload([w.text(WA, "নমস্কার")]), "app-secret")
    expected = "sha256=" + hmac.new(b"app-secret", raw, hashlib.sha256).hexdigest()
    assert headers["X-Hub-Signature-256"] == expected
    assert headers["Content-Type"] == "application/json"
    assert "নমস্কার" in raw.decode()  # sent as UTF-8, not escaped, like Meta
    assert w.sign("other", raw) != expected


def test_the_envelope_has_meta_shape() -> None:
    body = w.payload([w.text(WA, "hi")], names={WA: "Rina Das"}, phone_number_id="42", display_phone_number="919")
    assert body["object"] == "whatsapp_business_account"
    [entry] = body["entry"]
    [change] = entry["changes"]
    assert change["field"] == "messages"
    value = change["value"]
    assert value["messaging_product"] == "whatsapp"
    assert value["metadata"] == {"display_phone_number": "919", "phone_number_id": "42"}
    assert value["contacts"] == [{"profile": {"name": "Rina Das"}, "wa_id": WA}]
    [message] = value["messages"]
    assert message["from"] == WA and message["type"] == "text" and message["text"] == {"body": "hi"}
    assert message["id"].startswith("wamid.") and message["timestamp"].isdigit()


def test_replies_carry_their_ids_and_the_message_they_answer() -> None:
    button = w.button_reply(WA, "tourism:book", "Book", reply_to="wamid.M")
    assert button["interactive"] == {"type": "button_reply", "button_reply": {"id": "tourism:book", "title": "Book"}}
    assert button["context"]["id"] == "wamid.M"
    row = w.list_reply(WA, "noc:download", "Trade NOC", "Download your NOC")
    assert row["interactive"]["list_reply"] == {"id": "noc:download", "title": "Trade NOC",
                                                "description": "Download your NOC"}
    flow = w.flow_reply(WA, {"flow_token": "grievance:lodge", "category": "water"})
    assert flow["interactive"]["type"] == "nfm_reply"
    assert json.loads(flow["interactive"]["nfm_reply"]["response_json"])["category"] == "water"
    quick = w.template_button(WA, "tourism:cancel:B-1", "Cancel")
    assert (quick["type"], quick["button"]) == ("button", {"payload": "tourism:cancel:B-1", "text": "Cancel"})


def test_places_files_and_cards() -> None:
    pin = w.location(WA, 23.67, 87.69, name="Bolpur", address="Birbhum")
    assert pin["location"] == {"latitude": 23.67, "longitude": 87.69, "name": "Bolpur", "address": "Birbhum"}
    for kind in ("image", "document", "audio", "video", "sticker"):
        found = w.media(WA, kind, "555", "application/octet-stream", caption="c")
        assert found["type"] == kind and found[kind]["id"] == "555"
    assert w.media(WA, "document", "1", "application/pdf", filename="a.pdf")["document"]["filename"] == "a.pdf"
    voice = w.voice(WA, "9")
    assert voice["type"] == "audio" and voice["audio"]["voice"] is True
    cards = w.contacts(WA, [w.contact_card("Mina Roy", "+919812345678")])
    assert cards["contacts"][0]["phones"][0]["wa_id"] == "919812345678"
    assert w.reaction(WA, "wamid.M", "👍")["reaction"] == {"message_id": "wamid.M", "emoji": "👍"}
    unknown = w.unsupported(WA)
    assert unknown["type"] == "unsupported" and unknown["errors"][0]["code"] == 131051


def test_statuses_including_a_failure_with_its_error() -> None:
    sent = w.status("wamid.A", WA, "sent")
    assert {"id", "status", "timestamp", "recipient_id", "conversation", "pricing"} <= sent.keys()
    failed = w.failed("wamid.B", WA, 131026, "Message undeliverable", "not on WhatsApp")
    assert failed["status"] == "failed" and "conversation" not in failed
    assert failed["errors"] == [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable",
                                 "error_data": {"details": "not on WhatsApp"}}]
    body = w.payload(statuses=[sent, failed])
    value = body["entry"][0]["changes"][0]["value"]
    assert "contacts" not in value and "messages" not in value
    assert [s["status"] for s in value["statuses"]] == ["sent", "failed"]
