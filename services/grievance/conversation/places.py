"""Choosing where: a category first (for a complaint), then district → block → gram panchayat from the
directory, or a shared WhatsApp location matched to the nearest panchayat office and confirmed. A complaint
may also name, typed, a district of West Bengal the directory does not list: it is placed in that district as a
whole, and its district office takes it.

The same lists serve two purposes, kept in the draft: placing a complaint (``purpose=lodge``) and asking
how a panchayat is doing (``purpose=report``). Long lists are paged, nine rows and a "more" row.
"""
from __future__ import annotations

from services.grievance.conversation import numbered, subject
from services.grievance.conversation.cloud import Row, page_of
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import titles
from services.grievance.domain import Area
from shared.districts import DISTRICTS, district_name
from shared.india import typed_word

PLACE_FIELDS = ("district", "block", "gp")


def categories(turn: Turn, *, hint: str | None = None, page: int = 0) -> None:
    turn.go("category")
    rows = [Row(f"grievance:cat:{c.key}", c.name(turn.lang), turn.t("sla_line", days=c.sla_days))
            for c in turn.categories.chosen_by_people()]
    listed = numbered.shown(turn, page_of(rows, page, Row("grievance:cats", turn.t("more"))), page)
    turn.rows(turn.t("ask_category"), listed, hint)


def districts(turn: Turn, *, hint: str | None = None, page: int = 0) -> None:
    turn.go("district")
    rows = [Row(f"grievance:dist:{d.code}", d.name(turn.lang)) for d in turn.directory.districts(turn.lang)]
    key = "ask_place" if turn.draft.get("purpose") == "lodge" else "ask_report_place"
    listed = subject.with_change_row(turn, page_of(rows, page, Row("grievance:dists", turn.t("more"))))
    turn.rows(turn.t(key), numbered.shown(turn, listed, page), hint)


def blocks(turn: Turn, district: Area, *, hint: str | None = None, page: int = 0) -> None:
    turn.go("block", district=district.code, block=None, gp=None)
    rows = [Row(f"grievance:blk:{b.code}", b.name(turn.lang))
            for b in turn.directory.blocks_of(district.code, turn.lang)]
    listed = numbered.shown(turn, page_of(rows, page, Row(f"grievance:dist:{district.code}", turn.t("more"))), page)
    turn.rows(turn.t("ask_block", district=district.name(turn.lang)), listed, hint)


def gps(turn: Turn, block: Area, *, hint: str | None = None, page: int = 0) -> None:
    turn.go("gp", district=block.parent, block=block.code, gp=None)
    rows = [Row(f"grievance:gp:{g.code}", g.name(turn.lang)) for g in turn.directory.gps_of(block.code, turn.lang)]
    listed = numbered.shown(turn, page_of(rows, page, Row(f"grievance:blk:{block.code}", turn.t("more"))), page)
    turn.rows(turn.t("ask_gp", block=block.name(turn.lang)), listed, hint)


def confirm_located(turn: Turn, gp: Area, *, hint: str | None = None) -> None:
    turn.go("located", found=gp.code)
    choices = [(f"grievance:here:{gp.code}", turn.t("btn_yes_here")), ("grievance:dists", turn.t("btn_pick"))]
    turn.buttons(turn.t("located_ask", place=described(turn, gp)), subject.with_change_button(turn, choices), hint)


def found_answer(turn: Turn, text: str, word: str | None) -> str | None:
    """Typed at the place found: yes (``word``, or *Yes, that's it* typed: "হ্যাঁ, এটাই", "ha eta thik"), no (or
    *Choose from list* typed: the list), else None."""
    typed = typed_word(text)
    if word == "yes" or typed in titles(turn.texts, "btn_yes_here"):
        return "yes"
    return "no" if word == "no" or typed in titles(turn.texts, "btn_pick") else None


def described(turn: Turn, gp: Area) -> str:
    """``Kalchini GP, Kalchini block, Alipurduar district`` in the person's language."""
    block = turn.directory.block(gp.parent)
    district = turn.directory.district(block.parent if block else None)
    return turn.t("place_line", gp=gp.name(turn.lang), block=block.name(turn.lang) if block else "",
                  district=district.name(turn.lang) if district else "")


def whole_district(turn: Turn) -> str | None:
    """The district (its ``shared.districts`` key, ``purulia``) a complaint is placed in as a whole, having no
    gram panchayat: one the directory does not list, typed by name."""
    key = turn.draft.get("district")
    return key if isinstance(key, str) and key in DISTRICTS and not turn.draft.get("gp") else None


def district_line(turn: Turn, key: str) -> str:
    """``Purulia district`` / ``পুরুলিয়া জেলা``."""
    return turn.t("district_line", district=district_name(key, turn.lang))


def set_district(turn: Turn, key: str) -> None:
    turn.go(turn.chat.step, district=key, block=None, gp=None, found=None)


def set_gp(turn: Turn, gp: Area) -> None:
    block = turn.directory.block(gp.parent)
    turn.go(turn.chat.step, gp=gp.code, block=gp.parent, district=block.parent if block else None, found=None)
