"""A change of mind typed while a stay is chosen or its quote is on screen, in the words the complaints chat reads
too (``shared.changed_mind``): never an answer to the question on screen (a date, a district's name).

"Start again" (আবার শুরু, "abar shuru") asks to carry on with the booking (``tourism:resume``: the question of the
step the person is at, all kept) or drop it and start a new one (``tourism:anew:<token>``: the districts); "never
mind" (থাক, "chai na", লাগবে না) to carry on with it or drop it (``tourism:leave:<token>``: the tourism menu). The
question says what the booking holds, and at the quote that dropping it lets go of the rooms held, as it does. The
token is the question's: once the booking is dropped or another is begun, its buttons are out of date. With nothing
chosen yet, "start again" simply lists the districts and "never mind" leaves for the tourism menu."""
from __future__ import annotations

from services.tourism.conversation import choose, cloud, left, mine, noted, prompts, quoting, steps
from services.tourism.conversation.turn import Turn
from shared.changed_mind import AGAIN, LEAVE
from shared.envelope import derive_id

STEPS = ("district", *left.BOOKING)  # a stay being chosen, or its quote on screen
TOKEN = choose.ASKED_CHANGE


async def asked(turn: Turn, word: str) -> None:
    """``word``: ``shared.changed_mind``'s ``AGAIN`` or ``LEAVE``."""
    again = word == AGAIN
    if not left.kept(turn):
        return await (start_again(turn) if again else leave(turn))
    token = derive_id(turn.ctx.envelope.id, TOKEN)
    turn.go(turn.chat.step, **{TOKEN: token})
    body = turn.t("changed_again_ask" if again else "changed_leave_ask", details=await _details(turn))
    if turn.draft.get("hold"):
        body = f"{body}\n{turn.t('changed_hold')}"
    turn.say(cloud.buttons(turn.with_nav(body), [
        ("tourism:resume", turn.t("btn_carry_on")),
        (f"tourism:{'anew' if again else 'leave'}:{token}", turn.t("btn_start_again" if again else "btn_drop_it"))]))


async def cancel_asked(turn: Turn) -> None:
    """"cancel my booking" asked at the main menu or while a stay is chosen ("booking cancel korbo", "booking cancel
    karni hai"): with none of one's bookings to cancel but one being made, whether to carry on with it or drop it
    (its rooms still held); else the rooms of a quote let go and the booking to cancel asked, the choices so far kept
    to carry on with."""
    if left.kept(turn) and not (await mine.standing(turn, mine.cancellable(turn)))[1]:
        return await asked(turn, LEAVE)
    await quoting.release_hold(turn)
    await mine.to_cancel(turn)


async def start_again(turn: Turn) -> None:
    dropped = await _dropped(turn) if left.kept(turn) else None
    turn.go("district", **dict.fromkeys(choose.LATER_FIELDS))
    await prompts.districts(turn, hint=dropped)


async def leave(turn: Turn) -> None:
    """The choices so far dropped, the rooms of a quote let go: nothing is held or booked."""
    dropped = await _dropped(turn)
    turn.go("home", **dict.fromkeys(choose.LATER_FIELDS))
    await steps.ask(turn, step="home", hint=dropped)


async def _dropped(turn: Turn) -> str:
    """The rooms of a quote let go, and what is said of it: they were released, or nothing was held."""
    held = bool(turn.draft.get("hold"))
    await quoting.release_hold(turn)
    return turn.t("quote_dropped" if held else "booking_dropped")


async def tapped_again(turn: Turn, args: list[str]) -> bool:
    if not _current(turn, args):
        return False
    await start_again(turn)
    return True


async def tapped_leave(turn: Turn, args: list[str]) -> bool:
    if not _current(turn, args):
        return False
    await leave(turn)
    return True


def _current(turn: Turn, args: list[str]) -> bool:
    """Whether the button is the question's about the booking still being made (False: out of date)."""
    return bool(args) and turn.draft.get(TOKEN) == args[0] and turn.chat.step in STEPS


async def _details(turn: Turn) -> str:
    """What the booking holds: where, the room type, the check-in, and the nights and guests given."""
    draft, hold = turn.draft, turn.draft.get("hold") or {}
    counts = {field: hold.get(field, draft.get(field)) for field in ("nights", "guests")}
    given = noted.parts(turn, {field: count for field, count in counts.items() if count is not None})
    return ", ".join((await left.booking(turn), *given))
