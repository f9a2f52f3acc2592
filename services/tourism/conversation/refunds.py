""""When will I get my refund?" ("refund kobe pabo", "amar taka ferot kobe pabo", "রিফান্ড কবে পাব"), asked where no
stay is being chosen or at the main menu (the phrase ``refund``): the refunds the guest was promised on cancelling,
and how they come. The service keeps what is refunded (the amount and its share, by the rules or in full when the
office cancelled) but pays nothing itself and sets no date for it, so no date is promised here: the guest house
returns the money and will contact the guest, whose caretaker's number is given to call, as the booking's summary
gives it. The booking on screen is the one asked about; else each of the guest's own cancelled bookings with a
refund, the latest cancelled first. With none, that is said, with the rule that a late cancelling refunds nothing.
Asked for or after inside a booking in progress ("I want a refund" at "which district?"), as the main menu's phrase
reads it: the same answer, then the step's question again, the booking kept (``answered``).

The rules asked ("cancellation policy", "cancel korle koto taka ferot pabo", "বাতিলের নিয়ম"), before booking or after:
the share refunded by how long before check-in the booking is cancelled, from the tourism manager's policy, and that
a booking the office cancels is refunded in full (``rules``), wherever a refund is read.
"""
from __future__ import annotations

import re
import unicodedata

from gateway.outbound.fitted import buttons_or_parts
from services.tourism.conversation import cloud, mine, quoting, soldout, stay_asked, steps
from services.tourism.conversation.pressed import CHOOSING
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Booking, today_in_india
from services.tourism.refund_asked import ASKED_ALONE, REFUND_ASKED, REFUND_ASKED_HINDI, RULES
from services.tourism.voucher import refund_rules
from shared.india import LINE_START, plain

# "refund" or "রিফান্ড" in any sentence; ফেরত (also "back") only with money, when or getting beside it
ASKS = re.compile(r"\brefund|রিফান্ড"
                  rf"|{LINE_START}(?=.*(?:ফেরত|\bfer[oa]t\b))"
                  r"(?=.*(?:টাকা|কবে|কত|পাব|পাই|পেতে|\b(?:taka|kobe|koto|pabo|pab|pai)\b))"
                  rf"|{REFUND_ASKED_HINDI}")  # and Hindi's: "paisa wapas kab milega"
# as the main menu reads a refund asked, in Hindi too
_ASKED = re.compile(unicodedata.normalize("NFKC", f"(?:{REFUND_ASKED})|(?:{REFUND_ASKED_HINDI})"))
IN_BOOKING = (*CHOOSING, "quote")  # a booking in progress: the refund told, its question again


async def tapped(turn: Turn, args: list[str]) -> None:
    """Asked at the main menu: a stay being chosen is left (its rooms let go), as for one's bookings. A refund asked
    for in words that only ask for it ("I want a refund", "টাকা ফেরত চাই"), by a person with no booking here, is of
    something else: that is said, and where to write about it. The rules asked: told, a booking in progress kept."""
    if RULES.search(plain(turn.inbound.text or "")):
        return await stay_asked.then_home(turn, rules(turn))
    if await _not_ours(turn, plain(turn.inbound.text or "")):
        return turn.say_text("refund_not_ours")
    await quoting.release_hold(turn)
    if turn.chat.step not in ("bookings", "booking"):
        turn.go("home")
    await answer(turn)


async def answered(turn: Turn, text: str) -> bool:
    """Whether the words asked for or after a refund inside a booking in progress and were told it: the refunds to
    come, that none is, or (asked for alone, with no booking) that none is owed here; then the step's question."""
    said = plain(text)
    if turn.chat.step not in IN_BOOKING or not _ASKED.search(said):
        return False
    await _asked_again(turn, turn.t("refund_not_ours") if await _not_ours(turn, said) else await told(turn))
    return True


async def rules_told(turn: Turn, text: str) -> bool:
    """Whether the words asked the rules ("cancellation policy", "booking cancel korle ki hobe") and were told them
    (``rules``), nothing cancelled; then the step's question again."""
    if not RULES.search(plain(text)):
        return False
    await _asked_again(turn, rules(turn))
    return True


async def _asked_again(turn: Turn, hint: str) -> None:
    """``hint``, then the step's question again (at a 'not free' list, its choices again)."""
    if not (turn.chat.step == "date" and await soldout.again(turn, hint)):
        await steps.ask(turn, hint=hint)


async def answer(turn: Turn) -> None:
    found = await _asked_about(turn)
    body = await told(turn, found)
    if not found:
        return turn.say(cloud.buttons(turn.with_nav(body), [("tourism:mine", turn.t("btn_mine")),
                                                            ("tourism:book", turn.t("btn_book"))]))
    if len(found) == 1:
        choices = [(f"tourism:view:{found[0].number}", turn.t("btn_view")), ("tourism:mine", turn.t("btn_mine"))]
    else:
        choices = [("tourism:mine", turn.t("btn_mine")), ("tourism:book", turn.t("btn_book"))]
    for message in buttons_or_parts(turn.with_nav(body), choices, turn.with_nav(turn.t("refund_ask"))):
        turn.say(message)


async def told(turn: Turn, found: list[Booking] | None = None) -> str:
    """The refunds ``found`` (else those asked about), in words: one, each of several, or that none is to come."""
    found = await _asked_about(turn) if found is None else found
    if len(found) == 1:
        return turn.t("refund_how", **await _terms(turn, found[0]))
    if found:
        return turn.t("refund_many", lines="\n".join([turn.t("refund_line", **await _terms(turn, b)) for b in found]))
    late = turn.policy.no_refund_within()
    return turn.t("refund_none") + (f" {turn.t('refund_late', days=late)}" if late else "")


def rules(turn: Turn) -> str:
    """The share refunded by how long before check-in a booking is cancelled, as the voucher states it
    (``voucher.refund_rules``: "2 to 6 days before check-in: 50% refund"), the office's cancelling in full; and that
    the exact refund is shown before a cancelling is confirmed, the guest house paying it back."""
    return f"{refund_rules(turn.policy, turn.lang)}\n\n{turn.t('rules_told')}"


async def _not_ours(turn: Turn, said: str) -> bool:
    """A refund asked for in words that only ask for it ("I want a refund", "টাকা ফেরত চাই") by a person with no
    booking here: of something else."""
    alone = ASKED_ALONE.search(said) is not None
    return alone and not await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=1)


async def _terms(turn: Turn, booking: Booking) -> dict[str, object]:
    cancelled = today_in_india(booking.cancelled_at) if booking.cancelled_at else turn.today
    return {"number": booking.number, "refund_paise": booking.refund or 0, "percent": booking.refund_percent or 0,
            "cancelled": cancelled, **await mine.caretaker(turn, booking)}


async def _asked_about(turn: Turn) -> list[Booking]:
    """The booking on screen when it has a refund; else the guest's own with one, the latest cancelled first."""
    if turn.chat.step == "booking":
        shown = await turn.repos.bookings.of_guest(turn.inbound.wa_id, str(turn.draft.get("number", "")))
        if shown is not None and _refunded(shown):
            return [shown]
    found = [b for b in await turn.repos.bookings.for_guest(turn.inbound.wa_id, limit=mine.SHOWN) if _refunded(b)]
    return sorted(found, key=lambda b: b.cancelled_at or b.booked_at, reverse=True)


def _refunded(booking: Booking) -> bool:
    return booking.status == "cancelled" and bool(booking.refund)
