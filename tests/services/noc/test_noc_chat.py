"""The NOC chat through the bus: status, my NOCs, the certificate, renewal due, and privacy."""
from __future__ import annotations

from casework_kit import ARJUN, RINA, TAPAN, in_pdf

VALID, DUE, EXPIRED, PENDING = "TNOC/2026/000045", "TNOC/2025/000310", "TNOC/2024/000077", "TNOC/2026/000048"


async def test_the_home_offers_status_my_nocs_and_renewals(citizen):
    home = await citizen(RINA).tap("noc:menu")
    assert set(home.choices) == {"noc:status", "noc:mine", "noc:renewals"}


async def test_the_holder_sees_the_certificate_and_downloads_it(citizen):
    rina = citizen(RINA)
    seen = await rina.say("tnoc 2026 45")
    assert "Trade: Maa Tara Bastralaya" in seen.text and "Owner: Rina Das" in seen.text
    assert "Status: *Valid (issued)*" in seen.text and f"noc:download:{VALID}" in seen.choices
    got = await rina.tap(f"noc:download:{VALID}")
    [pdf] = got.pdfs
    assert not in_pdf(pdf, "রিনা দাস", "Rina Das", VALID, "Maa Tara Bastralaya", "ব্যবসার অনাপত্তি শংসাপত্র")
    assert got.types() == ["noc.certificate.downloaded"]
    assert "9800000001" not in str(got.events[0].payload)


async def test_my_nocs_and_renewal_due_list_only_the_askers(citizen):
    mine = await citizen(RINA).tap("noc:mine")
    assert set(mine.choices) == {f"noc:view:{VALID}", f"noc:view:{DUE}"}
    due = await citizen(RINA).tap("noc:renewals")
    assert set(due.choices) == {f"noc:view:{DUE}"}
    arjun = await citizen(ARJUN).tap("noc:renewals")
    assert set(arjun.choices) == {f"noc:view:{EXPIRED}"}  # run out: renewing is what it needs too
    shown = await citizen(RINA).tap(f"noc:view:{DUE}")
    assert "Time to renew" in shown.text


async def test_a_stranger_learns_the_status_and_nothing_else(citizen):
    stranger = citizen(TAPAN)
    seen = await stranger.say(VALID)
    assert f"NOC {VALID}: *Valid (issued)*" in seen.text
    assert "Rina" not in seen.text and "Maa Tara" not in seen.text and "Baghmundi" not in seen.text
    asked = await stranger.say(f"download {VALID}")
    assert asked.pdfs == [] and asked.events == []


async def test_the_certificate_is_not_sent_before_issue_or_after_expiry(citizen):
    pending = await citizen(ARJUN).tap(f"noc:download:{PENDING}")
    assert pending.pdfs == [] and "it is now *Fee pending*" in pending.text
    expired = await citizen(ARJUN).tap(f"noc:download:{EXPIRED}")
    assert expired.pdfs == [] and "*Expired*" in expired.text


async def test_malformed_numbers_are_answered_with_the_format(citizen):
    answer = await citizen(RINA, lang="bn").say("NOC 45")
    assert "TNOC/সাল/ক্রমিক নম্বর, যেমন TNOC/2026/000045" in answer.text
