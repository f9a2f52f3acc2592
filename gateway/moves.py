"""Meta's notices that a person moved: to a new phone number, or to a new business-scoped id. Their profile here
follows them, and every service is told (``NUMBER_CHANGED``) to move their chat and records; nothing is said to
either number."""
from __future__ import annotations

from gateway.profiles import Profiles
from gateway.turn import Turn
from shared.chat import NUMBER_CHANGED
from shared.logging import get_logger

log = get_logger(__name__)


async def number_changed(profiles: Profiles, turn: Turn, new: str, *, user_id: str | None = None) -> None:
    """Meta's notice, from the number the person left: their profile here, and in every service their chat and
    their records (``NUMBER_CHANGED``), go to the new number, with the new business-scoped id noted beside it when
    Meta gives one."""
    await profiles.moved(turn.wa_id, new)
    if user_id is not None:
        await profiles.change(new, user_id=user_id)
    await turn.event(NUMBER_CHANGED, {"wa_id": turn.wa_id, "new_wa_id": new})
    log.info("gateway.number_changed")


async def user_id_changed(profiles: Profiles, turn: Turn, old: str, new: str) -> None:
    """Meta's notice that the person's business-scoped id changed: someone known by it alone moves to the new one
    as to a new number; someone known by their number only has the new id noted beside it."""
    if turn.wa_id == old:  # to the number the new id was noted beside already, if a message came first
        await number_changed(profiles, turn, await profiles.person(new))
    else:
        await profiles.change(turn.wa_id, user_id=new)
