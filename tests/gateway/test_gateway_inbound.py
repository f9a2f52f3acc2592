"""Parsing Cloud API payloads tolerantly and flattening each message into ``shared.chat.Inbound``."""
from __future__ import annotations

import json

import pytest
from gateway_kit import GOPAL, NAMES, RINA

from gateway.normalise import to_inbound
from gateway.payload import NotAWebhook, Received, parse_payload
from simulator import webhooks as wa


def one(message: dict) -> Received:
    parsed = parse_payload(wa.payload([message], names=NAMES))
    assert len(parsed.messages) == 1
    return parsed.messages[0]


def test_text_carries_the_profile_name_and_the_replied_to_message():
    inbound = to_inbound(one(wa.text(RINA, "hello", id="wamid.A", reply_to="wamid.PREV")), "en")
    assert inbound is not None
    assert (inbound.kind, inbound.text, inbound.wa_id, inbound.message_id) == ("text", "hello", RINA, "wamid.A")
    assert inbound.profile_name == "Rina Das" and inbound.context_id == "wamid.PREV" and inbound.lang == "en"


@pytest.mark.parametrize("build", [wa.button_reply, wa.list_reply])
def test_button_and_list_replies_become_reply_ids(build):
    inbound = to_inbound(one(build(RINA, "tourism:book:PT-1", "Book")))
    assert inbound is not None
    assert (inbound.kind, inbound.reply_id, inbound.text, inbound.action, inbound.args) == (
        "reply", "tourism:book:PT-1", "Book", "book", ["PT-1"])


def test_a_template_quick_reply_is_a_reply():
    inbound = to_inbound(one(wa.template_button(RINA, "grievance:status:G-7", "Status")))
    assert inbound is not None and (inbound.kind, inbound.reply_id) == ("reply", "grievance:status:G-7")


@pytest.mark.parametrize(("message", "text"), [
    (wa.template_button(RINA, "Stop promotions", "Stop promotions"), "Stop promotions"),
    (wa.button_reply(RINA, "garbage", "Yes"), "Yes"), (wa.list_reply(RINA, "Tourism:menu", "Stay"), "Stay"),
    (wa.button_reply(RINA, "grievance:", "Empty action"), "Empty action"),
    (wa.template_button(RINA, "no title", ""), "no title"),
])
def test_a_reply_whose_id_is_not_service_action_is_the_text_it_shows(message, text):
    inbound = to_inbound(one(message))
    assert inbound is not None and (inbound.kind, inbound.text, inbound.reply_id) == ("text", text, None)


def test_a_flow_answer_with_an_id_is_a_reply_and_without_one_is_text():
    inbound = to_inbound(one(wa.flow_reply(RINA, {"flow_token": "t-1", "reply_id": "permit:find:P-9"})))
    assert inbound is not None and (inbound.kind, inbound.reply_id) == ("reply", "permit:find:P-9")
    inbound = to_inbound(one(wa.flow_reply(RINA, {"flow_token": "t-2", "date": "2025-11-01"})))
    assert inbound is not None and inbound.kind == "text" and json.loads(inbound.text or "")["date"] == "2025-11-01"
    inbound = to_inbound(one(wa.flow_reply(RINA, {"flow_token": "t-3", "id": "42"})))
    assert inbound is not None and inbound.kind == "text" and inbound.reply_id is None
    inbound = to_inbound(one(wa.flow_reply(RINA, "not json")))
    assert inbound is not None and (inbound.kind, inbound.text) == ("text", "not json")


def test_location_and_media():
    pin = to_inbound(one(wa.location(RINA, 22.57, 88.36, name="GP office")))
    assert pin is not None and pin.kind == "location" and pin.location and pin.location.name == "GP office"
    doc = to_inbound(one(wa.media(RINA, "document", "MEDIA-1", "application/pdf", filename="deed.pdf",
                                  caption="my deed")))
    assert doc is not None and doc.media is not None
    assert (doc.kind, doc.media.kind, doc.media.id, doc.media.filename, doc.text) == (
        "media", "document", "MEDIA-1", "deed.pdf", "my deed")
    voice = to_inbound(one(wa.voice(RINA, "MEDIA-2")))
    assert voice is not None and voice.media is not None and (voice.media.kind, voice.media.id) == ("audio", "MEDIA-2")


def test_contacts_reactions_welcome_and_unknown_types():
    contacts = to_inbound(one(wa.contacts(RINA, [wa.contact_card("Gopal Roy", "+" + GOPAL)])))
    assert contacts is not None and contacts.kind == "contacts" and contacts.text == f"Gopal Roy {GOPAL}"
    assert to_inbound(one(wa.reaction(RINA, "wamid.X", "👍"))) is None
    changed = wa.message(RINA, "system", system={"body": "User changed number", "wa_id": GOPAL,
                                                 "type": "user_changed_number"})
    assert to_inbound(one(changed)) is None
    welcome = to_inbound(one(wa.message(RINA, "request_welcome")))
    assert welcome is not None and welcome.kind == "start"
    for odd in (wa.message(RINA, "order", order={"catalog_id": "1"}), wa.unsupported(RINA),
                wa.message(RINA, "image")):  # an image without its media object
        inbound = to_inbound(one(odd))
        assert inbound is not None and inbound.kind == "unsupported"


def test_a_malformed_message_is_skipped_and_the_rest_kept():
    bad = {"type": "text", "text": {"body": "no sender"}}
    parsed = parse_payload(wa.payload([wa.text(RINA, "one"), bad, wa.text(RINA, "two")],
                                      [{"status": "read"}, wa.status("wamid.S", RINA, "read")]))
    assert [r.message.text.body for r in parsed.messages if r.message.text] == ["one", "two"]
    assert [s.id for s in parsed.statuses] == ["wamid.S"] and parsed.skipped == 2


def test_statuses_keep_their_errors():
    (failed,) = parse_payload(wa.payload(statuses=[wa.failed("wamid.F", RINA)])).statuses
    assert failed.status == "failed" and failed.errors[0].code == 131026
    assert failed.errors[0].error_data and "could not be reached" in failed.errors[0].error_data["details"]


def test_several_entries_and_changes_are_all_read():
    first, second = wa.payload([wa.text(RINA, "a")]), wa.payload([wa.text(GOPAL, "b")])
    first["entry"].append(second["entry"][0])
    statuses = {"statuses": [wa.status("wamid.Q", RINA, "sent")]}
    first["entry"][0]["changes"].append({"field": "messages", "value": statuses})
    parsed = parse_payload(first)
    assert [r.message.from_ for r in parsed.messages] == [RINA, GOPAL] and len(parsed.statuses) == 1


def test_objects_without_messages_are_empty_and_other_shapes_are_refused():
    assert parse_payload({"object": "page", "entry": []}).messages == []
    assert parse_payload({"object": "whatsapp_business_account", "entry": [{"changes": "x"}, 7]}).messages == []
    with pytest.raises(NotAWebhook):
        parse_payload({"entry": {"not": "a list"}})
    with pytest.raises(NotAWebhook):
        parse_payload(["a", "list"])


def test_a_flow_answer_nested_too_deep_is_plain_text_not_a_dropped_message():
    from gateway.normalise import _flow_reply
    assert _flow_reply("[" * 100_000) == {"kind": "text", "text": "[" * 100_000}


def test_invisible_marks_a_phone_slips_in_are_taken_out_and_bengali_joiners_kept():
    typed = to_inbound(one(wa.text(RINA, "\ufeffBP/PUR/2026/\u200b000101\u2060 \u200eplease\u200f")))
    assert typed is not None and typed.text == "BP/PUR/2026/000101 please"
    bengali = "র\u200d্যাব ক্\u200cষ"  # the joiner and non-joiner change how it is written: they stay
    assert (kept := to_inbound(one(wa.text(RINA, f"\u200b{bengali}\u200b")))) is not None and kept.text == bengali
    nothing = to_inbound(one(wa.text(RINA, "\u200b\ufeff\u2060\u200e\u200f")))
    assert nothing is not None and (nothing.kind, nothing.text) == ("text", "")
    photo = to_inbound(one(wa.media(RINA, "image", "MEDIA-3", "image/jpeg", caption="GRV-2026-\u200b000007")))
    assert photo is not None and photo.media is not None
    assert photo.text == photo.media.caption == "GRV-2026-000007"
