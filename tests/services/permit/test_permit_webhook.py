"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
every registered service, simulator, one in-process bus, a real port). A simulated phone types and taps;
the test reads what the fake Cloud API accepted — the letter as an uploaded PDF — and checks the QR code's
public page, fed by the permit service's demo data at start."""
from __future__ import annotations

import re

from casework_kit import Phone, in_pdf, pdf_text
from phone_kit import choices, has, words

RINA, TAPAN = "919800000001", "919800000004"
APPROVED = "BP/PUR/2026/000101"
CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")


async def test_status_my_applications_and_the_letter_through_the_webhook(system):
    http, base, _ = system
    rina = Phone(http, base, RINA)
    await rina.say("hi", until=has("interactive"))
    await rina.tap("shell:lang:en", until=has("interactive"))
    home = await rina.tap("permit:menu", until=has("interactive"))
    assert "Building permission" in words(home)
    mine = await rina.tap("permit:mine", until=has("interactive"))
    assert APPROVED in words(mine) or any(APPROVED in str(m) for m in mine)
    seen = await rina.say(APPROVED, until=has("interactive"))
    assert "Applicant: Rina Das" in words(seen)

    got = await rina.tap(f"permit:download:{APPROVED}", until=has("document"))

    [letter] = [m for m in got if m["type"] == "document"]
    assert letter["document"]["filename"] == "BP-PUR-2026-000101.pdf"
    pdf = await rina.pdf(letter["document"]["id"])
    assert pdf.startswith(b"%PDF")
    assert not in_pdf(pdf, "রিনা দাস", "Rina Das", APPROVED)
    code = CODE.search(pdf_text(pdf).replace("\n", ""))
    assert code is not None
    view = await rina.verify(code.group(1), until=lambda v: v.get("status") == "valid")
    assert view["number"] == APPROVED and view["holder_name"] == "রিনা দাস / Rina Das"
    assert view["kind"] == "building_permission" and "mobile" not in view


async def test_a_stranger_through_the_webhook_gets_no_details_and_no_letter(system):
    http, base, _ = system
    tapan = Phone(http, base, TAPAN)
    await tapan.say("hi", until=has("interactive"))
    await tapan.tap("shell:lang:en", until=has("interactive"))
    await tapan.tap("permit:menu", until=has("interactive"))
    answer = await tapan.say(f"download {APPROVED}", until=has("interactive"))
    assert "*Approved*" in words(answer) and "Rina" not in words(answer)
    assert not any(m["type"] == "document" for m in await tapan.received())


async def test_a_number_with_the_invisible_marks_a_keyboard_adds_is_found(system):
    http, base, _ = system
    rina = Phone(http, base, RINA)
    await rina.start()
    seen = await rina.say("\ufeffBP/PUR/\u200b2026/000101\u200e", until=has("interactive"))
    assert "Applicant: Rina Das" in words(seen)


async def test_after_the_letter_back_or_0_lead_to_the_permission_menu_and_menu_to_the_main_menu(system):
    """The letter's caption names both ways out, and each leads where it says, through the gateway; from the
    permission menu, "back" or 0 again is the main menu, one level up."""
    http, base, _ = system
    rina = Phone(http, base, RINA)
    await rina.start()
    for typed, again in (("0", "back"), ("back", "0")):
        got = await rina.tap(f"permit:download:{APPROVED}", until=has("document"))
        assert "Type *back* or 0 for the permission menu, or *menu* for the main menu." in words(got)
        start = await rina.say(typed, until=has("interactive"))
        assert "*Building permission*" in words(start) and set(choices(start)) == {"permit:status", "permit:mine"}
        up = await rina.say(again, until=has("interactive"))
        assert {"permit:menu", "noc:menu", "tourism:menu"} <= set(choices(up)), words(up)
    await rina.tap(f"permit:download:{APPROVED}", until=has("document"))
    everything = await rina.say("menu", until=has("interactive"))
    assert {"permit:menu", "noc:menu", "tourism:menu"} <= set(choices(everything))
