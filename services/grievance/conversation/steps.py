"""The map of the conversation: the question each step asks and where "back" leads from it. ``ask``
shows the current step's question (after a hint when the last answer did not fit); a step whose draft
lacks what it needs falls back to the nearest earlier step that can be asked."""
from __future__ import annotations

from services.grievance.conversation import (
    after,
    anew,
    attachments,
    just_lodged,
    lodge,
    mine,
    places,
    remark,
    summary,
    unasked,
)
from services.grievance.conversation.turn import Turn

BACK: dict[str, str] = {
    "home": "home", "category": "home", "district": "category", "block": "district", "gp": "block",
    "located": "district", "describe": "gp", "confirm": "describe", "change": "confirm", "remove": "change",
    "tickets": "home",
    "ticket": "tickets", "rate": "ticket", "reopen": "ticket", "handoff": "ticket", "remark": "ticket", "which": "home",
    unasked.STEP: "ticket",
}
NEEDS: dict[str, tuple[str, ...]] = {
    "category": ("id",), "block": ("district",), "gp": ("block",), "located": ("found",),
    "describe": ("category",), "confirm": ("category", "description"),
    "change": ("category", "description"), "remove": ("category", "description"), "ticket": ("number",),
    "rate": ("number",), "reopen": ("number",), "handoff": ("number",), "remark": ("number",),
    "which": ("number", "held"), unasked.STEP: ("number", "remark"),
}
STEPS = frozenset(BACK)


async def prompt(turn: Turn, step: str, hint: str | None) -> None:
    draft, directory = turn.draft, turn.directory
    if step == "category":
        places.categories(turn, hint=hint)
    elif step == "district":
        places.districts(turn, hint=hint)
    elif step == "block" and (district := directory.district(draft["district"])) is not None:
        places.blocks(turn, district, hint=hint)
    elif step == "gp" and (block := directory.block(draft["block"])) is not None:
        places.gps(turn, block, hint=hint)
    elif step == "located" and (gp := directory.gp(draft["found"])) is not None:
        places.confirm_located(turn, gp, hint=hint)
    elif step == "describe":
        lodge.ask_description(turn, hint=hint)
    elif step == "confirm":
        summary.confirm(turn, hint=hint)
    elif step == "change":
        summary.change(turn, hint=hint)
    elif step == "remove":
        attachments.ask_which(turn, hint=hint)
    elif step == "tickets":
        await mine.listing(turn, hint=hint)
    elif step == "ticket":
        await mine.view(turn, draft["number"], hint=hint)
    elif step == "rate":
        await after.ask_rating(turn, draft["number"], hint=hint)
    elif step == "reopen":
        await after.ask_reopen(turn, draft["number"], hint=hint)
    elif step == "handoff":
        await after.ask_official(turn, draft["number"], hint=hint)
    elif step == "remark":
        await remark.ask(turn, draft["number"], hint=hint)
    elif step == unasked.STEP:
        unasked.ask(turn, hint=hint)
    elif step == "which" and just_lodged.waiting(turn):
        just_lodged.ask(turn, hint=hint)
    else:
        mine.home(turn, hint=hint)


def askable(turn: Turn, step: str) -> str:
    while step not in STEPS or not all(field in turn.draft for field in NEEDS.get(step, ())) \
            or not _known(turn, step):
        step = BACK.get(step, "home")
    return step


def _known(turn: Turn, step: str) -> bool:
    """A place in the draft that the directory no longer has (a newer CSV) cannot be asked about; a complaint
    is described once placed, in a gram panchayat or a whole district."""
    if step in ("describe", *summary.SUMMARY):
        return "gp" in turn.draft or places.whole_district(turn) is not None
    found = {"block": turn.directory.district, "gp": turn.directory.block, "located": turn.directory.gp}
    field = {"block": "district", "gp": "block", "located": "found"}
    return step not in found or found[step](turn.draft.get(field[step])) is not None


async def ask(turn: Turn, *, hint: str | None = None, step: str | None = None) -> None:
    chosen = askable(turn, step or turn.chat.step)
    turn.go(chosen)
    await prompt(turn, chosen, hint)


async def back(turn: Turn) -> None:
    """The previous question. From the districts offered by "Change place" (the complaint still has its
    panchayat, or its district and description: going back through the lists lets it go) that is the summary
    the person came from."""
    step = turn.chat.step
    if step in ("district", "block", "gp") and turn.draft.get("purpose") == "report":
        return await ask(turn, step={"district": "home", "block": "district", "gp": "block"}[step])
    if step == "which":  # the files waiting go nowhere: said so
        return mine.home(turn, hint=just_lodged.let_go(turn))
    if step == "category" and anew.leave(turn):  # the start would drop what the draft holds: asked first
        return
    draft = turn.draft
    placed = draft.get("gp") or (places.whole_district(turn) and draft.get("description"))
    if step == "district" and draft.get("purpose") == "lodge" and placed:
        return await ask(turn, step="confirm")
    await ask(turn, step=BACK.get(step, "home"))
