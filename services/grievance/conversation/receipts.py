"""What the person is shown about a complaint: the draft before submitting, the receipt after, and a
ticket's full state (status, owner, history, the action-taken report once resolved)."""
from __future__ import annotations

from services.grievance.conversation import cloud, subject
from services.grievance.conversation.places import described, district_line, whole_district
from services.grievance.conversation.turn import Turn
from services.grievance.domain import Ticket
from services.grievance.domain.offices import office, place_names
from services.grievance.domain.ticket import ATR_CORRECTED

HISTORY_SHOWN = 6


def draft_summary(turn: Turn) -> str:
    draft = turn.draft
    cat = turn.categories.get(draft.get("category"))
    gp, elsewhere = turn.directory.gp(draft.get("gp")), whole_district(turn)
    place = described(turn, gp) if gp else district_line(turn, elsewhere) if elsewhere else ""
    attached = len(draft.get("media") or [])  # none sent, or all removed: no line counting none
    return turn.t("confirm_ask", category=cat.name(turn.lang) if cat else "", place=place,
                  description=cloud.fit_block(str(draft.get("description") or ""), 600),
                  media=turn.t("confirm_media", count=attached) if attached else "") + subject.summary_line(turn)


def lodged(turn: Turn, ticket: Ticket) -> None:
    body = turn.t("lodged", number=ticket.number, due=ticket.due, office=office(ticket, turn.directory, turn.lang))
    turn.buttons(body, [(f"grievance:view:{ticket.number}", turn.t("btn_track")),
                        ("grievance:mine", turn.t("btn_mine"))], nav="nav_menu")  # no step is left behind it


def status_word(turn: Turn, status: str) -> str:
    return turn.t(f"status_{status}")


def details(turn: Turn, ticket: Ticket) -> str:
    cat = turn.categories.get(ticket.category)
    lines = [turn.t("ticket_head", number=ticket.number, category=cat.name(turn.lang) if cat else ticket.category,
                    place=", ".join(place_names(ticket, turn.directory, turn.lang)),
                    status=status_word(turn, ticket.status), office=office(ticket, turn.directory, turn.lang))]
    if ticket.is_open:  # a settled one's day is in its history, not a day still to come
        lines.append(turn.t("ticket_due", due=ticket.expected_by))
    if ticket.booking is not None:
        lines.append(turn.t("ticket_booking", booking=ticket.booking.number,
                            property=ticket.booking.property_in(turn.lang)))
    lines.append(turn.t("history_head"))
    lines += [_step_line(turn, s.at, s.status, s.note) for s in ticket.history[-HISTORY_SHOWN:]]
    if ticket.status in ("resolved", "closed") and ticket.atr:
        lines.append(turn.t("atr", atr=ticket.atr))
    if ticket.status == "rejected" and ticket.reason:
        lines.append(turn.t("rejected_reason", reason=ticket.reason))
    answers = [n for n in ticket.conversation if not n.person and n.at > ticket.round_began]  # none before a reopening
    if answers:
        lines.append(turn.t("official_said", text=answers[-1].text))
    if ticket.rating:
        lines.append(turn.t("rated_line", stars="★" * ticket.rating))
    return "\n".join(lines)


def _step_line(turn: Turn, at: object, status: str, note: str) -> str:
    if note.startswith("escalated:"):
        return turn.t("history_escalated", day=at, level=turn.t(f"level_{note.split(':', 1)[1]}"))
    if note.startswith(ATR_CORRECTED):
        return turn.t("history_atr_corrected", day=at)
    return turn.t("history_line", day=at, status=status_word(turn, status))
