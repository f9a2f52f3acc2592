"""The summary of a complaint being put together, with Submit one tap away, and what to change in it. Words typed
at either are read by ``typed`` (more of the description, or a button's words); Submit and Discard are ``submit``'s.
"""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation import receipts
from services.grievance.conversation.turn import Turn
from shared.casework.again import WHAT_TO_DO
from shared.india import latin_digits, plain, typed_word

# the summary, what to change in it, and which photo or file to take off: Submit is tapped or typed at each
SUMMARY = ("confirm", "change", "remove")
DISCARDING = "discarding"  # "no" typed at the summary asked about: discard it, or change something? (``discard``)
# What to do next, or whether it is lodged, asked at the summary, the whole message ("ki korbo", "ekhon ki korte hobe",
# "what next?", "এখন কী করব", "submit hoyeche?", "is it done?", "জমা হয়েছে?"): no more of the description, but the
# complaint said not lodged yet (``typed``)
_NOW = r"(?:(?:ekhon|akhon|tahole|taile|so|now|ok|sir|please|dada|ar|aar|এখন|তাহলে|আর|ঠিক\s+আছে)\s+)*"
_THEN = r"(?:\s+(?:ekhon|akhon|now|sir|please|ki|to|naki|এখন|কি|তো|নাকি))*"
WHAT_NEXT = re.compile(unicodedata.normalize("NFKC", (
    rf"^{_NOW}(?:{WHAT_TO_DO}|next"
    r"|(?:is\s+)?(?:(?:it|my\s+complaint|the\s+complaint|complaint)\s+)?(?:submitted|lodged|done|registered)"
    r"|(?:(?:complaint|abhijog|obhijog)\s*(?:ta|ti)?\s+)?(?:submit|jama|joma|lodge)\s*"
    r"(?:hoy(?:e|ec?he)|hol[oa]|hoye\s+gec?he)"
    rf"|(?:অভিযোগ\S*\s*)?জমা\s*(?:হয়েছে|হল|হলো|হয়ে\s*গেছে)){_THEN}$")))


# said at the summary, where more words are added to the description: that there is no more to add
NOTHING_MORE = frozenset(typed_word(w) for w in (
    "skip", "nothing", "nothing more", "nothing else", "no more", "nothing to add", "that's all", "thats all",
    "that is all", "ar kichu nei", "r kichu nei", "ar kichu na", "ar kicchu nei", "kichu nei", "aar kichu nei",
    "আর কিছু নেই", "আর কিছু না", "কিছু নেই", "এটুকুই", "এইটুকুই", "স্কিপ"))
# a number of one or two digits alone at the summary ("1", "১", "2."): a button's, no part of the problem
BUTTON_NUMBER = re.compile(r"\d{1,2}[.)]?")


def no_description(text: str) -> str | None:
    """What words typed at the summary say instead of more of the description, as the text that answers them: no more
    to add ("skip", "ar kichu nei"), a button's number ("১"), what to do next or whether it is lodged (``WHAT_NEXT``);
    None for more of the description."""
    said = typed_word(text)
    if said in NOTHING_MORE:
        return "nothing_added"
    if BUTTON_NUMBER.fullmatch(latin_digits(said)):
        return "number_not_added"
    return "not_lodged_yet" if WHAT_NEXT.search(plain(text)) is not None else None


def confirm(turn: Turn, *, hint: str | None = None) -> None:
    """The summary and Submit, one tap away: Submit, Change place and Discard; with photos or files attached,
    Submit, *Change* (``change``: the place, or the photos/files taken off) and Discard, three buttons being all
    a message holds."""
    turn.go("confirm", **{DISCARDING: None})
    body = receipts.draft_summary(turn)
    draft_id = str(turn.draft["id"])
    second = (f"grievance:change:{draft_id}", turn.t("btn_change")) if turn.draft.get("media") else (
        "grievance:dists", turn.t("btn_change_place"))
    turn.buttons(body, [(f"grievance:submit:{draft_id}", turn.t("btn_submit")), second,
                        (f"grievance:drop:{draft_id}", turn.t("btn_drop"))], hint)


def change(turn: Turn, *, hint: str | None = None) -> None:
    """What to change in the complaint summed up: its place, or the photos/files taken off (its subject when none
    is attached; typed, "change subject", at any time), or back to the summary."""
    turn.go("change")
    draft_id, attached = str(turn.draft["id"]), len(turn.draft.get("media") or [])
    second = (f"grievance:unattach:{draft_id}", turn.t("btn_unattach")) if attached else (
        "grievance:cats", turn.t("btn_change_subject"))
    turn.buttons(turn.t("change_ask" if attached else "change_ask_plain", media=attached),
                 [("grievance:dists", turn.t("btn_change_place")), second,
                  (f"grievance:summary:{draft_id}", turn.t("btn_to_summary"))], hint)
