"""Which office owns a complaint, said in words: the gram panchayat's, the block's (BDO) or the district's."""
from __future__ import annotations

from services.grievance.domain.directory import Directory
from services.grievance.domain.ticket import Ticket
from shared.districts import DISTRICTS
from shared.districts import district_name as named_district

WORDS = {"gp": {"en": "{name} Gram Panchayat office", "bn": "{name} গ্রাম পঞ্চায়েত অফিস"},
         "block": {"en": "{name} Block office (BDO)", "bn": "{name} ব্লক অফিস (বিডিও)"},
         "district": {"en": "{name} District office", "bn": "{name} জেলা অফিস"}}


def place_names(ticket: Ticket, directory: Directory, lang: str) -> list[str]:
    """Gram panchayat, block, district — as far as the ticket knows them."""
    found = [directory.gp(ticket.gp), directory.block(ticket.block)]
    names = [a.name(lang) for a in found if a is not None]
    names.append(district_name(ticket, directory, lang))
    return names


def district_name(ticket: Ticket, directory: Directory, lang: str) -> str:
    """The district in the reader's language, also one outside the directory (a stay complaint from Purulia
    carries the tourism key, ``purulia``, and the English name it was filed under)."""
    district = directory.district(ticket.district)
    if district is not None:
        return district.name(lang)
    if ticket.district in DISTRICTS:
        return named_district(ticket.district, lang)
    return ticket.district_name or ticket.district


def office(ticket: Ticket, directory: Directory, lang: str) -> str:
    area = {"gp": directory.gp(ticket.gp), "block": directory.block(ticket.block),
            "district": directory.district(ticket.district)}[ticket.level]
    name = area.name(lang) if area else district_name(ticket, directory, lang)
    return WORDS[ticket.level]["bn" if lang == "bn" else "en"].format(name=name)
