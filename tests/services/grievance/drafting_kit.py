"""A person through the real webhook, part way into a new complaint: at its subject list, its district list, its
description (placed by the lists, Alipurduar's 704 → 7044 → 704402, or by a location near the Kalchini office) or
its summary. The webhook tests of what is typed while a complaint is put together start from here."""
from __future__ import annotations

from grievance_kit import KALCHINI
from phone_kit import Phone, choices


async def at_subject(http, base: str, wa_id: str, lang: str, category: str = "water") -> Phone:
    """The complaints' menu, then New complaint unless the subjects came at once."""
    phone = Phone(http, base, wa_id, name="Mita Roy")
    await phone.start(lang)
    shown = f"grievance:cat:{category}"
    got = await phone.tap("grievance:menu", until=lambda m: "grievance:new" in choices(m) or shown in choices(m))
    if shown not in choices(got):
        await phone.tap("grievance:new", until=lambda m: shown in choices(m))
    return phone


async def at_district(http, base: str, wa_id: str, lang: str, category: str = "water") -> Phone:
    phone = await at_subject(http, base, wa_id, lang, category)
    await phone.tap(f"grievance:cat:{category}", until=lambda m: "grievance:dist:704" in choices(m))
    return phone


async def at_description(http, base: str, wa_id: str, lang: str, category: str = "water", *,
                         located: bool = False) -> Phone:
    """Placed by the lists, or (``located``) by a location near the Kalchini office and its "here" button."""
    phone = await at_district(http, base, wa_id, lang, category)
    if located:
        here = await phone.send({"location": {"latitude": KALCHINI[0] + 0.01, "longitude": KALCHINI[1]}},
                                until=lambda m: any(c.startswith("grievance:here:") for c in choices(m)))
        await phone.tap(next(c for c in choices(here) if c.startswith("grievance:here:")), until=bool)
        return phone
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    await phone.tap("grievance:gp:704402", until=bool)
    return phone


async def at_summary(http, base: str, wa_id: str, lang: str, described: str, category: str = "water", *,
                     located: bool = False) -> Phone:
    phone = await at_description(http, base, wa_id, lang, category, located=located)
    await phone.say(described, until=lambda m: "grievance:submit" in str(choices(m)))
    return phone
