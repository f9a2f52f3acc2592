"""Words telling a problem of their own (what the main menu sends here as a complaint's words: ``problems.SAID``,
``unreceived.UNRECEIVED``) where a complaint being put together asks for a choice or a place name ("rastay jol jome
ache" at the district, "pension pai ni", sent from the main menu the complaint was left for): no answer to that
question. With something given already, the person is asked whether this is a new complaint
(``grievance:afresh:<draft id>``: begun with the words, the draft dropped and said so) or to carry on with the one
begun (``grievance:keep:<draft id>``); with nothing given, the words begin it. Never where the person's own words
are asked (the description, the summary, which add to it).

While the question is open (``fresh``: the words kept), "new complaint" typed is its *New complaint*; "no" ("না",
"na") is *Carry on*, said so; "yes" ("হ্যাঁ", "ha"), which would drop what was given on a word that answers neither
half of the question, has its two buttons named and asked again; any other tap or words carry on (the step's answer
typed, a district, answers the step). Once answered, a tap on the old message's
other button says in one line what was chosen (``fresh_kept``, ``afresh_from``: the draft the new one replaced) and
asks the question of the step the person is at; nothing they have is dropped."""
from __future__ import annotations

from services.grievance.conversation import left, lodge, steps, unreceived
from services.grievance.conversation.cloud import fit
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import meaning
from shared import problems
from shared.india import plain

STEPS = ("category", "district", "block", "gp", "located", "change", "remove")
ACTIONS = ("afresh", "keep")  # the question's own buttons: any other tap answers it otherwise
SHOWN = 80  # characters of the words, quoted in the question


def tells_problem(text: str) -> bool:
    """As the main menu reads the words (``gateway.menu``: ``plain``, the phrases' patterns): a problem said, or a
    benefit not received ("pension pai ni")."""
    return problems.told(plain(text)) or unreceived.told(text)


def asked(turn: Turn, text: str) -> bool:
    """False when the step takes no such question, or the words tell no problem."""
    draft = turn.draft
    if turn.chat.step not in STEPS or draft.get("purpose") != "lodge" or "id" not in draft:
        return False
    if not tells_problem(text):
        return False
    details = left.drafted(turn)
    if details is None:
        lodge.begun_with_words(turn, text)
        return True
    turn.go(turn.chat.step, fresh=text.strip(), fresh_kept=None)
    begun = f":\n*{details}*" if details else "."
    turn.buttons(turn.t("fresh_ask", said=fit(text.strip(), SHOWN), details=begun), _choices(turn, draft["id"]))
    return True


def _choices(turn: Turn, draft_id: str) -> list[tuple[str, str]]:
    return [(f"grievance:afresh:{draft_id}", turn.t("btn_new")), (f"grievance:keep:{draft_id}", turn.t("btn_carry_on"))]


def _open(turn: Turn, draft_id: str | None = None) -> bool:
    draft = turn.draft
    return bool(draft.get("fresh")) and (draft_id is None or draft.get("id") == draft_id)


def close(turn: Turn) -> None:
    """The question answered otherwise than by its buttons: the complaint begun carries on, the words let go."""
    if _open(turn):
        turn.go(turn.chat.step, fresh=None, fresh_kept=True)


def tapped(turn: Turn, action: str) -> None:
    if action not in ACTIONS:
        close(turn)


async def typed(turn: Turn, text: str) -> bool:
    """Words typed while the question is open: "new complaint" ("নতুন অভিযোগ", "notun abhijog") begins it; any
    other words carry on with the one begun, read as they are at its step (False)."""
    if not _open(turn):
        return False
    word, draft_id = meaning(text, turn.chat.step), str(turn.draft.get("id", ""))
    if word == "new":
        return await start(turn, draft_id)
    if word == "yes":
        turn.buttons(turn.t("fresh_which", new=turn.t("btn_new"), carry_on=turn.t("btn_carry_on")),
                     _choices(turn, draft_id))
        return True
    close(turn)
    if word == "no":
        await steps.ask(turn, hint=turn.t("fresh_kept"))
        return True
    return False


async def start(turn: Turn, draft_id: str) -> bool:
    """*New complaint* tapped: False once that draft is no longer being put together, and nothing chose (stale)."""
    words = turn.draft.get("fresh")
    if left.drafted(turn) is None or not _open(turn, draft_id):
        return await _answered(turn, draft_id)
    turn.go(turn.chat.step, fresh=None, fresh_kept=None)
    lodge.begun_with_words(turn, str(words), hint=f"{turn.t('dropped')}\n{turn.t('started_words')}")
    turn.go(turn.chat.step, afresh_from=draft_id)
    return True


async def keep(turn: Turn, draft_id: str) -> bool:
    """*Carry on* tapped: the question of the step, the draft as it is."""
    if not _open(turn, draft_id):
        return await _answered(turn, draft_id)
    close(turn)
    await steps.ask(turn)
    return True


async def _answered(turn: Turn, draft_id: str) -> bool:
    """A button of the question answered already: what was chosen, and the question of the step the person is at."""
    draft = turn.draft
    if draft.get("afresh_from") == draft_id:
        await steps.ask(turn, hint=turn.t("fresh_begun"))
    elif draft.get("id") == draft_id and draft.get("fresh_kept"):
        await steps.ask(turn, hint=turn.t("fresh_kept"))
    else:
        return False
    return True
