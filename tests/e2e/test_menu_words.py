"""What people type at the main menu, outside any service, through the real webhook, services and fake Cloud API."""
from __future__ import annotations

from datetime import UTC, datetime

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved

from .conftest import System

RINA, ARJUN = "919800000001", "919800000002"  # the demo's people, each with complaints of their own


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


async def at_the_menu(system: System, wa_id: str, lang: str) -> int:
    await system.say(wa_id, "hi")
    await system.replies(wa_id, 1)
    await system.tap(wa_id, f"shell:lang:{lang}", "English" if lang == "en" else "বাংলা")
    return len(await system.replies(wa_id, 2))


async def in_complaints(system: System, wa_id: str) -> int:
    """Past the language in Bengali, Complaints' own menu tapped: the count of replies so far."""
    sent = await at_the_menu(system, wa_id, "bn")
    await system.tap(wa_id, "grievance:menu", "অভিযোগ জানান", kind="list")
    return len(await system.replies(wa_id, sent + 1))


async def answer(system: System, wa_id: str, text: str, sent: int) -> tuple[str, int]:
    await system.say(wa_id, text)
    latest = (await system.replies(wa_id, sent + 1))[-1]
    return said(latest), sent + 1


async def each_at_the_menu(system: System, wa_id: str, asked: list[tuple[str, str]], sent: int) -> int:
    """Each text typed at the menu answered with words beginning as given, the menu asked for again between."""
    back = "menu" if asked[0][0].isascii() else "মেনু"
    for number, (text, begins) in enumerate(asked):
        if number:
            _, sent = await answer(system, wa_id, back, sent)
        reply, sent = await answer(system, wa_id, text, sent)
        assert reply.startswith(begins), (text, reply)
    return sent


async def test_asking_for_ones_complaints_or_bookings_at_the_menu_goes_straight_to_the_service(system: System):
    await each_at_the_menu(system, ARJUN, [
        ("my complaint", "Your complaints (latest first)"),
        ("Cancel my booking", "You have no bookings yet"),
        ("status of my NOC application", "You have 4 NOCs on this number")], await at_the_menu(system, ARJUN, "en"))
    await each_at_the_menu(system, RINA, [
        ("আমার অভিযোগ", "আপনার অভিযোগ (সাম্প্রতিক আগে)"),
        ("বুকিং বাতিল করতে চাই", "আপনার এখনও কোনো বুকিং নেই"),
        ("আমার বাড়ির অনুমতি", "এই নম্বরে আপনার ৩টি আবেদন আছে"),
        # an application with nothing named is a building permission's or a trade NOC's: which is asked
        ("আমার আবেদন", "এটি কোন পরিষেবার জন্য?")], await at_the_menu(system, RINA, "bn"))


async def test_a_service_left_in_the_middle_does_not_take_the_words_as_an_answer_to_its_old_question(system: System):
    sent = await at_the_menu(system, ARJUN, "en")
    await system.tap(ARJUN, "grievance:menu", "Complaints")
    await system.tap(ARJUN, "grievance:new", "New complaint")
    sent = len(await system.replies(ARJUN, sent + 2))
    reply, sent = await answer(system, ARJUN, "menu", sent)  # left while the complaint's kind was asked
    reply, sent = await answer(system, ARJUN, "my complaints please", sent)
    assert reply.startswith("Your complaints (latest first)"), reply


async def test_words_taking_back_or_refusing_something_never_start_it(system: System):
    # (words no service reads are only kept, for the person to send to complaints themselves if they mean to)
    await each_at_the_menu(system, ARJUN, [
        # no new complaint: the ones lodged, under how the office is told one is not needed
        ("cancel my complaint", "A complaint cannot be withdrawn here"),
        ("I don't want to cancel my booking", "You have no bookings yet"),
        ("I do not want to file a complaint", "I could not tell which")], await at_the_menu(system, ARJUN, "en"))
    await each_at_the_menu(system, RINA, [
        ("অভিযোগ বাতিল", "এখান থেকে অভিযোগ তুলে নেওয়া যায় না"),
        ("আমার অভিযোগটা তুলে নিতে চাই", "এখান থেকে অভিযোগ তুলে নেওয়া যায় না"),
        ("বুকিং বাতিল করবেন না", "আপনার এখনও কোনো বুকিং নেই"),
        ("কোনো অভিযোগ নেই", "আপনার বার্তাটি কোন পরিষেবার জন্য")], await at_the_menu(system, RINA, "bn"))


def rows(message: dict) -> list[tuple[str, str]]:
    return [(r["id"], r.get("description", "")) for s in message["body"]["interactive"]["action"]["sections"]
            for r in s["rows"]]


async def test_a_number_typed_at_the_menu_is_looked_up_not_taken_for_the_question_a_service_was_left_at(
        system: System):
    sent = await at_the_menu(system, ARJUN, "en")
    await system.say(ARJUN, "my complaints")
    listed = rows((await system.replies(ARJUN, sent + 1))[-1])
    (in_progress,) = (n.rsplit(":", 1)[1] for n, line in listed if line.startswith("In progress"))
    (rejected,) = (n.rsplit(":", 1)[1] for n, line in listed if line.startswith("Rejected"))
    await system.tap(ARJUN, f"grievance:reopen:{rejected}", "Reopen")  # asked why; the person leaves instead
    sent = len(await system.replies(ARJUN, sent + 2))
    reply, sent = await answer(system, ARJUN, "menu", sent)
    reply, sent = await answer(system, ARJUN, in_progress.lower().replace("-", " "), sent)
    assert in_progress in reply and "reopened" not in reply, reply  # that complaint, not a reason to reopen another
    reply, sent = await answer(system, ARJUN, "menu", sent)
    await system.say(ARJUN, "my complaints")
    now = dict(rows((await system.replies(ARJUN, sent + 1))[-1]))
    assert now[f"grievance:view:{rejected}"].startswith("Rejected"), now  # not reopened


async def test_an_employee_asking_for_a_pay_slip_at_the_menu_is_asked_the_pin_for_it(system: System):
    anima, subrata = "919733000101", "919733000102"  # the demo's employees
    sent = await at_the_menu(system, anima, "en")
    month = month_name(moved(month_of(today_in_india(datetime.now(UTC))), -3), "en")  # one of the demo's months
    reply, sent = await answer(system, anima, f"pay slip for {month}", sent)
    assert reply.startswith("Type your PIN to get") and month in reply, reply
    await system.say(anima, "4821")
    assert (await system.replies(anima, sent + 1))[-1]["body"]["type"] == "document"

    sent = await at_the_menu(system, subrata, "bn")
    reply, sent = await answer(system, subrata, "বেতনের স্লিপ", sent)
    assert "পিন লিখুন" in reply, reply


async def test_words_for_a_service_as_the_very_first_message_go_there_in_the_language_they_are_written_in(
        system: System):
    reply, _ = await answer(system, ARJUN, "cancel my booking", 0)
    assert reply.startswith("You have no bookings yet"), reply
    reply, _ = await answer(system, RINA, "আমার অভিযোগ", 0)
    assert reply.startswith("আপনার অভিযোগ (সাম্প্রতিক আগে)"), reply
