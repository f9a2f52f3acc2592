"""What is sent instead of a tap before the quote: a button's title typed, a "yes" to a list, a shared location.

"Drop it" (বাদ দিন, "bad din") is the title of the changed-mind question's button and of the quote's; typed while
a stay is being chosen it drops the choices so far, as tapping it does (``changed.leave``), whether or not that
question is on screen. "Yes" (হ্যাঁ, "ha") at the tourism menu or a list of districts, guest houses or room types
answers nothing, so it gets a warm word and the question again (``YES_STEPS``, read by ``typed``). A shared location
cannot be matched to a place, as neither the guest houses nor the districts have coordinates in the catalog: at the
tourism menu or the districts question it is said plainly, with the districts to choose from; at a later question
of the booking (the guest house, room type, dates, group, name, the quote) it is said that a location is not used
for that question, and the same question is asked again.
"""
from __future__ import annotations

from services.tourism.conversation import changed, choose, prompts
from services.tourism.conversation.turn import Turn
from shared.india import typed_word

# the "Drop it" / "বাদ দিন" buttons (the quote's, the changed-mind question's), typed
DROP = frozenset(typed_word(w) for w in ("বাদ", "বাদ দিন", "বাদ দাও", "bad din", "baad din", "bad dao", "baad dao",
                                         "drop", "drop it", "cancel quote"))
CHOOSING = ("district", "property", "room", "date", "nights", "guests", "rooms", "name")  # before the quote
YES_STEPS = ("home", "district", "property", "room")  # the menu and lists: no question here wants a yes
LOCATED = ("home", "district")  # where a place to stay is looked for
LATER = (*CHOOSING[1:], "quote")  # the booking's later questions: a location answers none


def drops(text: str) -> bool:
    return typed_word(text) in DROP


async def dropped(turn: Turn, text: str) -> bool:
    """The "Drop it" button's title typed while a stay is being chosen: the choices so far dropped, the menu."""
    if turn.chat.step not in CHOOSING or not drops(text):
        return False
    await changed.leave(turn)
    return True


async def located(turn: Turn) -> bool:
    """A shared location at the menu or the districts question: said that it cannot be used, the districts listed;
    at a later question of the booking: said that it is not used there, the same question again."""
    from services.tourism.conversation import soldout, steps  # steps reaches the prompts that import this

    if turn.chat.step in LATER:
        hint = turn.t("location_not_asked")
        if not (turn.chat.step == "date" and await soldout.again(turn, hint)):  # a 'not free' list: it again
            await steps.ask(turn, hint=hint)
        return True
    if turn.chat.step not in LOCATED:
        return False
    if turn.chat.step == "home":
        turn.go("district", **dict.fromkeys(choose.LATER_FIELDS))
    await prompts.districts(turn, hint=turn.t("location_unused"))
    return True
