"""The typed outbound messages: every Meta limit holds at the limit and fails one character (or item) past
it, with an error naming the field, and ``validate_body`` finds exactly the same problems in a raw body."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from gateway.outbound import (
    Button,
    Buttons,
    Document,
    ListMessage,
    OutboundMessage,
    ReadReceipt,
    Row,
    Section,
    Template,
    Text,
    limits,
    to_request,
    validate_body,
)
from gateway.outbound.fitted import buttons_or_parts, fit, template, text_parts
from shared.templates import BY_NAME

Make = Callable[[int], dict[str, Any]]


def buttons(n: int, **over: Any) -> dict[str, Any]:
    return {"text": "Choose", "buttons": [Button(id=f"svc:b{i}", title=f"B{i}") for i in range(n)], **over}


def rows(n: int, prefix: str = "r") -> list[Row]:
    return [Row(id=f"svc:{prefix}{i}", title=f"Row {i}") for i in range(n)]


def listing(**over: Any) -> dict[str, Any]:
    return {"text": "Menu", "button": "Open", "sections": [Section(title="All", rows=rows(2))], **over}


def spread(total: int) -> list[Section]:
    """``total`` rows over two titled sections, to test the limit across sections."""
    first = total // 2
    return [Section(title="A", rows=rows(first, "a")), Section(title="B", rows=rows(total - first, "b"))]


# (model, kwargs for a size, Meta's limit, the field the error must name)
LIMITS: dict[str, tuple[type[OutboundMessage], Make, int, str]] = {
    "text body": (Text, lambda n: {"text": "ক" * n}, 4096, "text.body"),
    "button body": (Buttons, lambda n: buttons(1, text="x" * n), 1024, "interactive.body.text"),
    "button title": (Buttons, lambda n: {"text": "t", "buttons": [Button(id="a", title="ক" * n)]}, 20,
                     "interactive.action.buttons[0].reply.title"),
    "button id": (Buttons, lambda n: {"text": "t", "buttons": [Button(id="i" * n, title="a")]}, 256,
                  "interactive.action.buttons[0].reply.id"),
    "button count": (Buttons, lambda n: buttons(n), 3, "interactive.action.buttons"),
    "button header": (Buttons, lambda n: buttons(1, header="h" * n), 60, "interactive.header.text"),
    "button footer": (Buttons, lambda n: buttons(1, footer="f" * n), 60, "interactive.footer.text"),
    "list body": (ListMessage, lambda n: listing(text="x" * n), 4096, "interactive.body.text"),
    "list button": (ListMessage, lambda n: listing(button="ব" * n), 20, "interactive.action.button"),
    "list header": (ListMessage, lambda n: listing(header="h" * n), 60, "interactive.header.text"),
    "list footer": (ListMessage, lambda n: listing(footer="f" * n), 60, "interactive.footer.text"),
    "section title": (ListMessage, lambda n: listing(sections=[Section(title="s" * n, rows=rows(1))]), 24,
                      "interactive.action.sections[0].title"),
    "section count": (ListMessage, lambda n: listing(sections=[Section(title=f"S{i}", rows=rows(1, f"s{i}-"))
                                                               for i in range(n)]), 10,
                      "interactive.action.sections"),
    "rows in one section": (ListMessage, lambda n: listing(sections=[Section(rows=rows(n))]), 10,
                            "interactive.action.sections[0].rows"),
    "rows across sections": (ListMessage, lambda n: listing(sections=spread(n)), 10, "interactive.action.sections"),
    "row id": (ListMessage, lambda n: listing(sections=[Section(rows=[Row(id="i" * n, title="t")])]), 200,
               "interactive.action.sections[0].rows[0].id"),
    "row title": (ListMessage, lambda n: listing(sections=[Section(rows=[Row(id="a", title="শ" * n)])]), 24,
                  "interactive.action.sections[0].rows[0].title"),
    "row description": (ListMessage, lambda n: listing(sections=[Section(rows=[
        Row(id="a", title="t", description="d" * n)])]), 72, "interactive.action.sections[0].rows[0].description"),
    "document caption": (Document, lambda n: {"media_id": "123", "caption": "c" * n}, 1024, "document.caption"),
}


@pytest.mark.parametrize("case", LIMITS.values(), ids=LIMITS.keys())
def test_a_message_at_the_limit_is_built(case: tuple[type[OutboundMessage], Make, int, str]) -> None:
    model, make, limit, _ = case
    assert validate_body(model(**make(limit)).body()) == []


@pytest.mark.parametrize("case", LIMITS.values(), ids=LIMITS.keys())
def test_one_past_the_limit_is_refused_naming_the_field(case: tuple[type[OutboundMessage], Make, int, str]) -> None:
    model, make, limit, field = case
    with pytest.raises(ValidationError) as refused:
        model(**make(limit + 1))
    assert field in str(refused.value)
    assert str(limit) in str(refused.value)


@pytest.mark.parametrize("case", LIMITS.values(), ids=LIMITS.keys())
def test_validate_body_finds_the_same_problem_in_a_raw_body(case: tuple[type[OutboundMessage], Make, int, str]) -> None:
    model, make, limit, field = case
    raw = model.model_construct(**make(limit + 1)).body()  # built without the check, as a careless dict would be
    problems = validate_body(raw)
    assert problems and all(p.code == 131009 for p in problems)
    assert any(field in p.details for p in problems)
    with pytest.raises(ValidationError) as refused:
        model(**make(limit + 1))
    assert all(p.details in str(refused.value) for p in problems)


def test_no_buttons_at_all_is_refused() -> None:
    with pytest.raises(ValidationError, match="Min allowed buttons: 1"):
        Buttons(**buttons(0))


def test_button_ids_and_titles_must_be_unique() -> None:
    with pytest.raises(ValidationError, match="Button ids must be unique"):
        Buttons(text="t", buttons=[Button(id="x", title="One"), Button(id="x", title="Two")])
    with pytest.raises(ValidationError, match="Button titles must be unique"):
        Buttons(text="t", buttons=[Button(id="x", title="Same"), Button(id="y", title="Same")])


def test_row_ids_must_be_unique_across_sections() -> None:
    with pytest.raises(ValidationError, match="Row ids must be unique"):
        ListMessage(text="t", button="b", sections=[Section(title="A", rows=[Row(id="dup", title="1")]),
                                                    Section(title="B", rows=[Row(id="dup", title="2")])])


def test_section_titles_are_required_only_with_several_sections() -> None:
    ListMessage(text="t", button="b", sections=[Section(rows=rows(1))])
    with pytest.raises(ValidationError, match=r"sections\[1\]\.title is required"):
        ListMessage(text="t", button="b", sections=[Section(title="A", rows=rows(1, "a")),
                                                    Section(rows=rows(1, "b"))])


def test_empty_texts_are_refused() -> None:
    with pytest.raises(ValidationError, match="Min length: 1"):
        Text(text="")


def test_bodies_have_meta_shapes_without_the_envelope() -> None:
    assert Text(text="নমস্কার").body() == {"type": "text", "text": {"body": "নমস্কার"}}
    assert Text(text="see https://x.in", preview_url=True).body()["text"]["preview_url"] is True
    menu = ListMessage(text="Pick", button="Services", header="Panchayat", footer="Type menu any time",
                       sections=[Section(title="Tourism", rows=[Row(id="tourism:book", title="Book",
                                                                    description="A guest house")])]).body()
    assert menu == {"type": "interactive", "interactive": {
        "type": "list", "header": {"type": "text", "text": "Panchayat"}, "body": {"text": "Pick"},
        "footer": {"text": "Type menu any time"},
        "action": {"button": "Services", "sections": [{"title": "Tourism", "rows": [
            {"id": "tourism:book", "title": "Book", "description": "A guest house"}]}]}}}
    reply = Buttons(text="Cancel?", buttons=[Button(id="tourism:cancel:B-1", title="Yes")]).body()
    assert reply["interactive"]["action"]["buttons"] == [
        {"type": "reply", "reply": {"id": "tourism:cancel:B-1", "title": "Yes"}}]
    assert "messaging_product" not in reply and "to" not in reply


def test_document_by_media_id_or_link_but_not_both() -> None:
    assert Document(media_id="1037", filename="permit.pdf", caption="Your letter").body() == {
        "type": "document", "document": {"id": "1037", "filename": "permit.pdf", "caption": "Your letter"}}
    assert Document(link="https://example.org/a.pdf").body()["document"] == {"link": "https://example.org/a.pdf"}
    with pytest.raises(ValidationError, match=r"document\.id or document\.link is required"):
        Document(filename="x.pdf")
    with pytest.raises(ValidationError, match="either id or link"):
        Document(media_id="1", link="https://example.org/a.pdf")


def test_template_with_body_parameters_and_quick_replies() -> None:
    body = Template(name="booking_reminder", language="en_US", params=["Rina", "12 March"],
                    quick_replies=["tourism:keep:B-7", "tourism:cancel:B-7"]).body()
    template = body["template"]
    assert template["name"] == "booking_reminder" and template["language"] == {"code": "en_US"}
    assert template["components"][0] == {"type": "body", "parameters": [
        {"type": "text", "text": "Rina"}, {"type": "text", "text": "12 March"}]}
    assert template["components"][2] == {"type": "button", "sub_type": "quick_reply", "index": "1",
                                         "parameters": [{"type": "payload", "payload": "tourism:cancel:B-7"}]}
    assert "components" not in Template(name="hello_world").body()["template"]


def test_template_names_languages_and_parameters_follow_meta_rules() -> None:
    with pytest.raises(ValidationError, match=r"template\.name"):
        Template(name="Booking Reminder")
    with pytest.raises(ValidationError, match=r"template\.language\.code"):
        Template(name="ok", language="Bengali")
    with pytest.raises(ValidationError, match="new lines"):
        Template(name="ok", params=["two\nlines"])
    with pytest.raises(ValidationError, match="Max allowed buttons: 10"):
        Template(name="ok", quick_replies=[f"svc:{i}" for i in range(11)])


def test_read_receipt_with_and_without_typing_indicator() -> None:
    assert ReadReceipt(message_id="wamid.A").body() == {"status": "read", "message_id": "wamid.A"}
    assert ReadReceipt(message_id="wamid.A", typing=True).body()["typing_indicator"] == {"type": "text"}


def test_to_request_adds_the_envelope() -> None:
    assert to_request("919800000001", Text(text="hi").body()) == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": "919800000001",
        "type": "text", "text": {"body": "hi"}}
    assert to_request(None, ReadReceipt(message_id="wamid.A").body()) == {
        "messaging_product": "whatsapp", "status": "read", "message_id": "wamid.A"}


def test_models_are_immutable_and_reject_unknown_fields() -> None:
    message = Text(text="hi")
    with pytest.raises(ValidationError):
        message.text = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="body_text"):
        Buttons(body_text="x", buttons=[Button(id="a", title="b")])  # type: ignore[call-arg]


def test_validate_body_checks_the_request_envelope_when_asked() -> None:
    body = to_request("919800000001", Text(text="hi").body())
    assert validate_body(body, request=True) == []
    problems = validate_body({**body, "to": "not-a-number", "messaging_product": "sms"}, request=True)
    assert {p.code for p in problems} == {100}
    assert any("to must be a phone number" in p.details for p in problems)
    assert any("messaging_product" in p.details for p in problems)


def test_a_business_scoped_id_goes_as_recipient_and_is_checked_as_one() -> None:
    body = to_request("IN.1648738043044942", Text(text="hi").body())
    assert body["recipient"] == "IN.1648738043044942" and "to" not in body
    assert validate_body(body, request=True) == []
    problems = validate_body({**body, "recipient": "IN 1648738043044942"}, request=True)
    (problem,) = problems
    assert problem.code == 100 and problem.details.startswith("recipient must be a business-scoped user id")


def test_validate_body_reports_structure_faults_with_meta_codes() -> None:
    assert validate_body([]) and validate_body([])[0].code == 100
    missing = validate_body({"type": "interactive", "interactive": {"type": "button", "body": {"text": "x"}}})
    assert [(p.code, p.details) for p in missing] == [(131008, "interactive.action is required")]
    unknown = validate_body({"type": "hologram"})
    assert unknown[0].code == 100 and "hologram" in unknown[0].details
    assert validate_body({"type": "image", "image": {"id": "1"}}) == []
    assert validate_body({"status": "read", "message_id": "wamid.A", "typing_indicator": {"type": "text"}}) == []
    assert validate_body({"status": "read"})[0].details == "message_id is required"


def test_words_longer_than_one_text_go_whole_in_several_broken_at_line_ends_or_spaces() -> None:
    report = "\n".join(f"{n}. নতুন পাইপ বসানো হয়েছে এবং জলের চাপ পরীক্ষা করা হয়েছে, ward {n}." for n in range(1, 200))
    parts = [p.body()["text"]["body"] for p in text_parts(report)]
    assert len(parts) > 1 and all(len(p) <= 4096 and validate_body({"type": "text", "text": {"body": p}}) == []
                                  for p in parts)
    assert "\n".join(parts) == report  # broken where a line ended: nothing lost, nothing cut in a word
    unbroken = " ".join(["শব্দ"] * 3000)
    assert " ".join(p.body()["text"]["body"] for p in text_parts(unbroken)) == unbroken
    assert [p.body()["text"]["body"] for p in text_parts("short")] == ["short"]


def test_buttons_go_under_their_words_or_after_them_when_the_words_are_longer_than_buttons_carry() -> None:
    choices = [("grievance:mine", "My complaints")]
    [fits] = [m.body() for m in buttons_or_parts("Resolved.\n\nType menu", choices, "Next?")]
    assert fits["interactive"]["body"]["text"] == "Resolved.\n\nType menu"
    report = "The pipe was replaced. " * 60  # 1,380 characters: more than reply buttons' 1,024
    *words, ask = [m.body() for m in buttons_or_parts(report + "\n\nType menu", choices, "Next?\n\nType menu",
                                                        whole=report)]
    assert [w["text"]["body"] for w in words] == [report.strip()]  # whole, and the way back only once, at the end
    assert ask["interactive"]["body"]["text"] == "Next?\n\nType menu"
    assert [b["reply"]["id"] for b in ask["interactive"]["action"]["buttons"]] == ["grievance:mine"]


@pytest.mark.parametrize("name", ["অযোধ্যা পাহাড়, বাঘমুন্ডি, পুরুলিয়া", "নিউল্যান্ড কুমারগ্রাম সংকোশ",
                                  "দক্ষিণ চব্বিশ পরগনা জেলা পরিষদ অতিথিশালা", "শ্রীরামপুর-উত্তরপাড়া ব্লক কার্যালয়"],
                         ids=["ajodhya", "newland", "dakshin", "srirampur"])
def test_a_shortened_bengali_name_never_splits_a_letter(name: str) -> None:
    for limit in range(2, len(name)):
        kept = fit(name, limit)
        assert len(kept) <= limit and kept.endswith("…")
        whole = kept[:-1].rstrip()
        assert name.startswith(whole) and not whole.endswith("\u09cd")  # no bare hasanta (বাঘমুন্…)
        following = name[len(whole):]
        assert not following or not unicodedata.category(following[0]).startswith("M")  # no vowel sign left off
    # after the last whole word where that keeps more than half, without the comma before it
    assert fit("অযোধ্যা পাহাড়, বাঘমুন্ডি, পুরুলিয়া", 24) == "অযোধ্যা পাহাড়…"
    assert fit("অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস", 24) == "অযোধ্যা পাহাড়…"
    assert fit("Tinchuley Village Tourism Lodge", 24) == "Tinchuley Village…"
    assert fit("Supercalifragilistic expialidocious", 10) == "Supercali…"  # no word fits: the letters that do


def test_a_template_parameter_without_words_is_a_dash_not_a_notice_refused() -> None:
    made = template("tourism_booking_cancelled", "bn", ["PT-2026-000001", "   \n ", "₹4,200"])
    assert made.body()["template"]["components"][0]["parameters"][1] == {"type": "text", "text": "-"}


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_long_report_in_a_template_is_shortened_so_the_filled_body_stays_within_meta_s_limit(lang: str) -> None:
    """Meta refuses a template whose body with its parameters in is over 1,024 characters (132005): a resolved
    complaint's report of 3,000 characters would never reach a person whose window is closed."""
    report = " ".join(f"Step {n}: the pipe to ward {n} was replaced and tested." for n in range(1, 61))
    made = template("grievance_status_changed", lang, ["GRV-2026-000001", "Resolved", report]).body()
    params = [p["text"] for p in made["template"]["components"][0]["parameters"]]
    filled = BY_NAME["grievance_status_changed"].filled(lang, tuple(params))
    assert len(filled) <= limits.TEMPLATE_BODY and len(filled) > limits.TEMPLATE_BODY - 20
    assert params[:2] == ["GRV-2026-000001", "Resolved"]
    assert params[2].endswith("…") and report.startswith(params[2][:-1])
    assert validate_body(made) == []


def test_a_template_the_list_does_not_hold_or_with_another_count_is_refused_where_it_is_made() -> None:
    with pytest.raises(ValueError, match="not in shared.templates"):
        template("grievance_status_changed", "en", ["GRV-2026-000001", "Resolved"])
    with pytest.raises(ValueError, match="not in shared.templates"):
        template("tourism_room_ready", "en", ["PT-2026-000001"])
