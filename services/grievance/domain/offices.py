"""Which office owns a complaint, said in words: the gram panchayat's, the block's (BDO) or the district's."""
from __future__ import annotations

from services.grievance.domain.directory import Directory
from services.grievance.domain.ticket import Ticket

WORDS = {"gp": {"en": "{name} Gram Panchayat office", "bn": "{name} গ্রাম পঞ্চায়েত অফিস"},
         "block": {"en": "{name} Block office (BDO)", "bn": "{name} ব্লক অফিস (বিডিও)"},
         "district": {"en": "{name} District office", "bn": "{name} জেলা অফিস"}}


def place_names(ticket: Ticket, directory: Directory, lang: str) -> list[str]:
    """Gram panchayat, block, district — as far as the ticket knows them."""
    found = [directory.gp(ticket.gp), directory.block(ticket.block)]
    names = [a.name(lang) for a in found if a is not None]
    district = directory.district(ticket.district)
    names.append(district.name(lang) if district else ticket.district_name or ticket.district)
    return names


def office(ticket: Ticket, directory: Directory, lang: str) -> str:
    area = {"gp": directory.gp(ticket.gp), "block": directory.block(ticket.block),
            "district": directory.district(ticket.district)}[ticket.level]
    name = area.name(lang) if area else ticket.district_name or ticket.district
    return WORDS[ticket.level]["bn" if lang == "bn" else "en"].format(name=name)
