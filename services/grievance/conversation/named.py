"""A place typed by name where the district is asked: a district of the directory (its blocks are listed), a block
of it ("Kalchini", "Kalchini block", "কালচিনি": its district is said and its gram panchayats listed, "back" leading
to that district's blocks), or any district of West Bengal, as the tourism chat reads one ("Purulia", "পুরুলিয়া",
"puruliya"; in a sentence, "আমি হুগলি জেলায় থাকি", "I live in Purulia district", by its name without a slip): one
the directory does not list takes a complaint to its district office, and is refused for the panchayat report, whose
figures are only the directory's panchayats'. A name typed as a block that the directory does not list ("Jhalda
block") is answered with how to find its district: the directory holds only some districts' blocks.
A gram panchayat typed by name ("Aguiboni", "আগুইবনি", "aguiboni gp"), where its block or district is asked, is the
place: a villager knows their panchayat before its block. It is looked for among the district's panchayats at the
block question, among all the directory's at the district question (a district's or block's own name first), and said
with its block and district.
"""
from __future__ import annotations

import re

from services.grievance.conversation import lodge, places
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import west_bengal_district
from services.grievance.domain import Area
from shared.districts import DISTRICTS, district_in, district_name

_BLOCK_WORD = re.compile(r"[\s,.-]*\b(?:block|blk|bloc|blok)\b[\s.]*$|\s*ব্লক[\s.।]*$", re.IGNORECASE)
_GP_WORDS = re.compile(r"[\s,.-]*\b(?:gp|g\.p\.?|gram\s+panchayat|panchayat|panchayet)\b[\s.]*$"
                       r"|\s*(?:গ্রাম\s*)?পঞ্চায়েত[\s.।]*$|\s*জিপি[\s.।]*$", re.IGNORECASE)


def district_typed(turn: Turn, text: str) -> bool:
    """False when ``text`` names no district nor block, for the district question to be asked again."""
    directory = turn.directory
    name = _BLOCK_WORD.sub("", text.strip())
    if (district := directory.find_district(text)) is not None:
        places.blocks(turn, district)
    elif (block := directory.find("block", name)) is not None:
        _block(turn, block)
    elif (key := west_bengal_district(text)) is not None:
        _district(turn, key)
    elif (block := directory.find("block", name, near=True)) is not None:  # "kalchni": a slip of a letter or two
        _block(turn, block)
    elif turn.draft.get("purpose") == "lodge" and (gp := panchayat(turn, text)) is not None:
        gp_placed(turn, gp)
    elif name != text.strip() and name:  # typed as a block: the directory does not list it
        places.districts(turn, hint=turn.t("block_unknown", block=name))
    elif (key := district_in(text)) is not None:  # in a sentence: "আমি হুগলি জেলায় থাকি", "I live in Purulia"
        _district(turn, key, said=text)
    else:
        return False
    return True


def _block(turn: Turn, block: Area) -> None:
    district = turn.directory.district(block.parent)
    hint = turn.t("block_in", block=block.name(turn.lang), district=district.name(turn.lang)) if district else None
    places.gps(turn, block, hint=hint)


def _district(turn: Turn, key: str, *, said: str = "") -> None:
    listed = turn.directory.find_district(DISTRICTS[key][1])
    if listed is not None:  # a listed district's name with a slip: "Jhargam"
        return places.blocks(turn, listed)
    if turn.draft.get("purpose") == "report":
        return places.districts(turn, hint=turn.t("report_listed_only", district=district_name(key, turn.lang)))
    lodge.in_district(turn, key, said=said)  # a sentence kept in the description: the village it may name


def panchayat(turn: Turn, text: str, district: str | None = None) -> Area | None:
    """The one gram panchayat ``text`` names among district ``district``'s, a slip of a letter or two forgiven; when
    no district is given, among all the directory's, by its very name ("Patna" is not "Patina"); none where two
    share the name."""
    name = _GP_WORDS.sub("", text.strip()) or text.strip()
    pools = [None] if district is None else [block.code for block in turn.directory.blocks_of(district)]
    near = district is not None
    hits = {gp.code: gp for pool in pools if (gp := turn.directory.find("gp", name, within=pool, near=near))}
    return next(iter(hits.values())) if len(hits) == 1 else None


def gp_placed(turn: Turn, gp: Area) -> None:
    """The panchayat typed is the complaint's place, said with its block and district."""
    block = turn.directory.block(gp.parent)
    district = turn.directory.district(block.parent if block else None)
    places.set_gp(turn, gp)
    hint = turn.t("gp_in", gp=gp.name(turn.lang), block=block.name(turn.lang) if block else "",
                  district=district.name(turn.lang) if district else "")
    lodge.proceed(turn, hint=hint)
