"""Through the real webhook, as reported on a fresh ``panchayat run``: the demo employee chose বাংলা, asked
"gotomaser mayner slip ta dao", typed her PIN and got last month's slip; "ar tar ager mas er ta" ("and the one of the
month before that") then sent the same slip again. It now sends the month before it, its caption naming that month."""
from __future__ import annotations

from datetime import UTC, datetime

from phone_kit import Phone, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved


async def test_the_month_before_the_slip_just_sent_in_banglish(system):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.say("hi", until=has("interactive"))
    await anima.tap("shell:lang:bn", until=has("interactive"))
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)
    await anima.say("gotomaser mayner slip ta dao", until=lambda m: month_name(last, "bn") in words(m))
    got = await anima.say("4821", until=has("document"))
    assert month_name(last, "bn") in words(got)
    before = await anima.say("ar tar ager mas er ta", until=has("document"))
    assert f"বেতন বিবরণী, {month_name(moved(last, -1), 'bn')}" in words(before), words(before)
