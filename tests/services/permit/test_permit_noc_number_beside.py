"""A building permission's number and a trade NOC's typed together in the permit chat ('status BP/PUR/2026/000103
and TNOC/2026/000045') answered the permission only, the NOC dropped without a word. The permission is answered as
before, and the NOC's number is then said to be the Trade NOC service's, with the tap to its View there, which
answers it by its own rules: its details to the mobile registered with it, its status only to anyone else."""
from __future__ import annotations

from casework_kit import ARJUN, RINA, Phone
from phone_kit import has, words

BOTH = "status BP/PUR/2026/000103 and TNOC/2026/000045"


async def test_the_nocs_number_is_not_dropped(citizen):
    answer = await citizen(ARJUN).say(BOTH)
    assert "BP/PUR/2026/000103" in answer.replies[0].text and "Submitted" in answer.replies[0].text, answer
    assert "TNOC/2026/000045 is a trade NOC's number" in answer.last.text
    assert "noc:view:TNOC/2026/000045" in answer.last.choices, answer


async def test_in_bengali(citizen):
    answer = await citizen(ARJUN, lang="bn").say("TNOC/2026/000045 আর BP/PUR/2026/000103 এর অবস্থা")
    assert "noc:view:TNOC/2026/000045" in answer.last.choices, answer
    assert "TNOC/2026/000045 ট্রেড NOC-র" in answer.last.text


async def test_each_is_answered_by_its_own_services_rules(system):
    """Rina holds the NOC, Arjun the permission: each sees their own in full and the other's status only."""
    http, base, _ = system
    rina, arjun = Phone(http, base, RINA), Phone(http, base, ARJUN)
    for phone in (rina, arjun):
        await phone.start()
        await phone.tap("permit:menu", until=has("interactive"))
    said = words(await rina.say(BOTH, until=lambda ms: "trade NOC's number" in words(ms)))
    assert "shown only to the mobile number" in said and "Arjun" not in said, said
    noc = words(await rina.tap("noc:view:TNOC/2026/000045", until=has("interactive")))
    assert "Maa Tara Bastralaya" in noc, noc
    said = words(await arjun.say(BOTH, until=lambda ms: "trade NOC's number" in words(ms)))
    assert "Arjun Mondal" in said, said
    noc = words(await arjun.tap("noc:view:TNOC/2026/000045", until=has("interactive")))
    assert "Maa Tara Bastralaya" not in noc and "Rina" not in noc and "TNOC/2026/000045" in noc, noc
