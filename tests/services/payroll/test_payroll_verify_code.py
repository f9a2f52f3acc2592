"""A document's verification code typed where the PIN is asked ('HF6S-PZL2-QOPN-VOOO', printed under a pay slip's
QR code) was words for a PIN, which offered 'Forgot my PIN'. It now gets the link to its public /verify page, as the
main menu and the permit and NOC chats answer it, and the slip asked for still waits for its PIN, said so."""
from __future__ import annotations

from payroll_kit import PUBLIC_URL

CODE = "HF6S-PZL2-QOPN-VOOO"


async def test_a_code_at_the_pin_gets_its_link_and_the_slip_still_waits(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    assert "PIN to get your pay slip for February 2026" in (await me.say("02/2026")).text
    answer = await me.say("hf6s-pzl2-qopn-v000")
    assert f"{PUBLIC_URL}/verify/{CODE}" in answer.replies[0].text and "payroll:forgot" not in answer.choices, answer
    assert "is kept" in answer.text and "PIN to get your pay slip for February 2026" in answer.text
    [pdf] = (await me.say("739164")).pdfs
    assert pdf


async def test_a_code_at_the_payroll_menu_gets_its_link(office, staff):
    await office.register()
    me = staff(lang="bn")
    await me.set_pin("739164")
    answer = await me.say(f"verify {CODE}")
    assert f"{PUBLIC_URL}/verify/{CODE}" in answer.text and "রাখা আছে" in answer.text, answer
