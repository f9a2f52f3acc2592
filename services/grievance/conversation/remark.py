"""Words typed while looking at one's own complaint ("still no water today", "ekhono gorto ache, aj o jol jomeche",
"আজও জল আসেনি"), or just after reopening it: never thrown away. They are kept in the chat and shown back with a
question, because words at a status screen may as well be a remark to oneself as a message for the office:

* where the complaint's view offers *Talk to an official*, "Send this to the official handling GRV-…?" — *Send*
  delivers them as that step does (``after.to_official``: the same event and queue; words longer than its message
  go as several, said in the question), *Don't send* drops them with a word and shows the complaint again; more
  words typed before answering are added to them;
* a resolved or rejected complaint that may still be reopened (15 days) says so first, and offers *Reopen with this*
  (the words are the reason: the office must act on it again) before *Send*, which leaves it as it is, as the person
  is told ("new complaint" typed at a rejected one still begins one with the words);
* a complaint that cannot be reopened, rejected or resolved more than 15 days ago, offers *New complaint* before
  *Send*: the problem came back, and the words are a new complaint's description, its subject and place those of
  the old one (shown in the summary, to submit or change: ``again``);
* a closed complaint (accepted and rated) cannot be reopened and its office answers it no more: the words may
  begin a new complaint, as its description (its subject asked next, as for words sent first at the main menu);
  words longer than a description holds are said to need shortening in the question, and given back whole to
  copy and shorten once *New complaint* is tapped.

A button's title typed instead of tapped ("Reopen", "আবার খুলুন", "abar khulun": ``words.titles``) does what the
button does; any other of the chat's own words, a number, thanks or "ok" are not a message, and the view is asked
again as before.
"""
from __future__ import annotations

import re

from services.grievance.conversation import after, again, wants
from services.grievance.conversation.mine import actions, others, own, view
from services.grievance.conversation.receipts import details
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import titles
from services.grievance.domain import DESCRIPTION_MAX, Ticket
from services.grievance.domain.ticket import last_day
from services.grievance.domain.offices import office
from services.grievance.domain.subject import guess
from shared import problems
from shared.back import asks_others
from shared.india import plain, today_in_india, typed_word
from shared.problems import unmended

LETTERS = 3  # a message says something in words: "no water", "জল নেই", not "5" or "ji"
REMARK_MAX = 5 * after.MESSAGE_MAX  # the longest text WhatsApp lets be typed (4,096) and more added: sent in parts
TAPPED = {"accept": after.ask_rating, "reopen": after.ask_reopen, "human": after.ask_official}
# When it will be put right, asked at an open complaint ("kobe thik hobe?", "when will it be fixed?", "কবে ঠিক হবে"):
# the day the office set is said above the offer to ask the official (``remark_when``), or that it has passed
WHEN_ASKED = re.compile(r"\b(?:when|kobe|kbe|how\s+long|koto\s+din\w*)\b|কবে|কত\s*দিন", re.IGNORECASE)
# Moving it to a higher office asked ("escalate korun", "higher authority te pathan", "send it to the BDO", "উপরের অফিসে
# পাঠান"): it moves up by itself, gram panchayat → block → district, when its office's time runs out, said with that
# day above the offer (``remark_escalate``); at the district office, that it is the last
ESCALATE_ASKED = re.compile(
    r"\bescalat\w*|\b(?:higher|upper|senior)\s+(?:authorit\w*|office\w*|level)"
    r"|\bup[oa]r(?:er)?\s+(?:mohol|mahal|office|level|t[oa]l[ae]?)"
    r"|\b(?:bdo|dm|sdo)\s*(?:ke|k|er\s+kache)\s+(?:pathan|pathao|pathiye\s+din|din|jana\w*)"
    r"|\bsend\s+(?:it\s+)?to\s+(?:the\s+)?(?:bdo|dm|sdo|block|district)\b"
    r"|উপরের?\s*(?:অফিস|মহল|স্তর)|উচ্চতর\s*(?:কর্তৃপক্ষ|অফিস)|বিডিও\S*\s*(?:কে|কাছে)\s*পাঠা", re.IGNORECASE)


# a sound of thinking or surprise alone ("hmm", "hmmm", "হুম", "oh"): no words for an official
FILLER = re.compile(r"h+m+|হু+ম+|o+h+|a+h+|u+h+|h+u+h+")


def says_words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= LETTERS and FILLER.fullmatch(typed_word(text)) is None


async def told(turn: Turn, number: str, text: str) -> None:
    """Words about complaint ``number`` naming it by its number ("my complaint 2 is still not solved"): kept and
    asked about as at its view, the complaint shown above the question unless it is the one on screen; typed while
    words about another one were asked about, those are not sent, as said."""
    ticket = await own(turn, number)
    if ticket is None:
        return
    step, at = turn.chat.step, turn.draft.get("number")
    if step == "remark" and at == ticket.number:  # more words about the one asked about: added to them
        return await answered(turn, text, None)
    above = None if step == "ticket" and at == ticket.number else details(turn, ticket)
    if step == "remark" and turn.draft.get("remark"):  # the words about another one were not sent, said so
        above = f"{turn.t('remark_other', number=at)}\n\n{above}"
    await _keep(turn, ticket, text, above=above)


async def reopen_told(turn: Turn, text: str) -> bool:
    """Reopening asked with what is still wrong said, no number named ("আমার জলের অভিযোগটা আবার খুলুন, জল এখনও আসছে
    না", "reopen my complaint, the road is still broken"): the one complaint it can be (the one that may still be
    reopened, or of several the one whose subject the words name) shown with the words kept, to reopen with as at its
    view; False when the words tell no problem or it can be none or several (one's complaints are then listed)."""
    if not wants.asks_reopen(text) or not problems.told(plain(text)):
        return False
    found = [t for t in await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=None) if t.may_reopen(turn.now)]
    if len(found) > 1:
        subject = guess(unmended(text), {t.category for t in found})
        found = [t for t in found if t.category == subject]
    if len(found) != 1:
        return False
    await told(turn, found[0].number, text)
    return True


async def at_view(turn: Turn, number: str, text: str) -> None:
    """Words typed at the view of complaint ``number``: a button's title is its tap, words are kept and asked about."""
    ticket = await own(turn, number)
    if ticket is None:
        return
    typed = typed_word(text)
    for reply_id, _ in actions(turn, ticket):
        action = reply_id.split(":")[1]
        if action in TAPPED and typed in _titles(turn, f"btn_{action}"):
            return await TAPPED[action](turn, ticket.number)
    if typed in _own_words(turn):
        return await view(turn, ticket.number, hint=turn.t("unclear"))
    if asks_others(text, asked=True) and not wants.asks_new(text):  # "what about the other one?": one's others
        return await others(turn, ticket.number)
    await _keep(turn, ticket, text)


async def _keep(turn: Turn, ticket: Ticket, text: str, *, above: str | None = None) -> None:
    """``text`` kept about ``ticket`` and asked where it goes; when it will be put right asked, the day set said."""
    hint = above
    said = plain(text)
    if ticket.is_open and ESCALATE_ASKED.search(said):  # how it moves up, the words still offered to send
        hint = "\n\n".join(filter(None, (above, _moving_up(turn, ticket))))
    elif ticket.is_open and WHEN_ASKED.search(said):  # the day set, the question still offered to send
        late = ticket.expected_by < today_in_india(turn.now)
        when = turn.t("remark_when_late" if late else "remark_when", number=ticket.number, due=ticket.expected_by)
        hint = f"{above}\n\n{when}" if above else when
    turn.go("remark", number=ticket.number, remark=text.strip())
    await ask(turn, ticket.number, hint=hint)


def _moving_up(turn: Turn, ticket: Ticket) -> str:
    """How an open complaint reaches a higher office: by itself, once the day its office's time runs out is over
    (``escalation``); the district office's is the last."""
    here = office(ticket, turn.directory, turn.lang)
    if (higher := ticket.higher_level) is None:
        return turn.t("remark_escalate_top", number=ticket.number, office=here)
    return turn.t("remark_escalate", number=ticket.number, office=here, higher=turn.t(f"level_{higher}"),
                  day=last_day(ticket.level_due))


async def ask(turn: Turn, number: str, *, hint: str | None = None) -> None:
    ticket = await own(turn, number)
    if ticket is None:
        return
    said = str(turn.draft.get("remark") or "")
    if not said:
        return await view(turn, ticket.number, hint=hint)
    turn.go("remark", number=ticket.number)
    n = ticket.number
    if ticket.status == "closed":
        question = turn.t("remark_closed", number=n, said=said)
        if len(said) > DESCRIPTION_MAX:  # more than a description holds: it is to be shortened, said beforehand
            question += "\n" + turn.t("remark_closed_long", length=len(said), most=DESCRIPTION_MAX)
        return turn.buttons(question, [
            (f"grievance:newsaid:{n}", turn.t("btn_new")), (f"grievance:unsent:{n}", turn.t("btn_leave"))], hint)
    reopens = ticket.may_reopen(turn.now)  # resolved or rejected lately: said to stay so, if sent
    anew = not reopens and again.lapsed(turn, ticket)
    key = f"remark_{ticket.status}" if reopens else f"remark_lapsed_{ticket.status}" if anew else "remark_ask"
    question = turn.t(key, number=n, said=said, office=office(ticket, turn.directory, turn.lang))
    if anew and len(said) > DESCRIPTION_MAX:
        question += "\n" + turn.t("remark_closed_long", length=len(said), most=DESCRIPTION_MAX)
    if (count := len(after.parts(said))) > 1:  # longer than the office's message: sent in parts, not typed again
        question += "\n" + turn.t("remark_parts", most=after.MESSAGE_MAX, count=count)
    first = [(f"grievance:reopensaid:{n}", turn.t("btn_reopen_said"))] if reopens else [
        (f"grievance:newsaid:{n}", turn.t("btn_new"))] if anew else []
    turn.buttons(question, [*first, (f"grievance:send:{n}", turn.t("btn_send")),
                            (f"grievance:unsent:{n}", turn.t("btn_dont_send"))], hint)


async def new_typed(turn: Turn) -> bool:
    """"New complaint" typed at the question: the words kept begin it where *New complaint* is offered (False
    elsewhere, where a new complaint begins as anywhere)."""
    number = str(turn.draft.get("number", ""))
    ticket = await turn.repos.tickets.get(number) if turn.draft.get("remark") else None
    anew = ticket is not None and (ticket.status == "closed" or again.lapsed(turn, ticket))
    if ticket is None or ticket.wa_id != turn.inbound.wa_id or not anew:
        return False
    return await new_with(turn, number)


async def answered(turn: Turn, text: str, word: str | None) -> None:
    """Typed at the question: yes or a button's title is the tap ("reopen" too), no drops the words, more words are
    added."""
    number, typed = str(turn.draft.get("number", "")), typed_word(text)
    if word == "yes" or typed in _titles(turn, "btn_send", "btn_new"):
        return await send(turn, number)
    if word in ("no", "cancel") or typed in _titles(turn, "btn_dont_send", "btn_leave"):
        return await unsent(turn, number)
    if typed in _titles(turn, "btn_reopen_said", "btn_reopen") and await reopen_with(turn, number):
        return  # *Reopen with this* typed, or "reopen"
    if not says_words(text) or typed in _own_words(turn):
        return await ask(turn, number, hint=turn.t("unclear"))
    joined = f"{turn.draft.get('remark') or ''}\n{text.strip()}".strip()
    if len(joined) > REMARK_MAX:
        return await ask(turn, number, hint=turn.t("remark_full", most=REMARK_MAX))
    turn.go("remark", remark=joined)
    await ask(turn, number, hint=turn.t("remark_added"))


async def send(turn: Turn, number: str) -> bool:
    """*Send* (a closed complaint's office reads no more: *New complaint*, the only other choice, typed as yes):
    False for a button of words no longer kept (tapped twice)."""
    if not (said := _kept(turn, number)):
        return False
    ticket = await own(turn, number)
    if ticket is None:
        return True
    if ticket.status == "closed":
        return again.begun(turn, ticket, said)
    turn.go("ticket", remark=None)
    await after.to_official(turn, number, said)
    return True


def _kept(turn: Turn, number: str) -> str:
    """The words kept at the question about ``number``; none for a button of another question or tapped twice."""
    said = str(turn.draft.get("remark") or "")
    return said if turn.chat.step == "remark" and turn.draft.get("number") == number else ""


async def new_with(turn: Turn, number: str) -> bool:
    """*New complaint* with the words kept as its description. From a rejected complaint or one resolved long ago
    (the problem back), the old one's subject and place are proposed, so its summary is shown to submit or
    change; from a closed one the subject is asked, as for words sent first."""
    if not (said := _kept(turn, number)):
        return False
    ticket = await own(turn, number)
    return True if ticket is None else again.begun(turn, ticket, said)


async def reopen_with(turn: Turn, number: str) -> bool:
    """*Reopen with this* at a resolved or rejected complaint: the words kept are the reason to reopen it."""
    if not (said := _kept(turn, number)):
        return False
    turn.go("ticket", remark=None)
    await after.reopen(turn, number, said)
    return True


async def unsent(turn: Turn, number: str) -> bool:
    if turn.chat.step != "remark" or turn.draft.get("number") != number:
        return False
    turn.go("ticket", remark=None)
    await view(turn, number, hint=turn.t("remark_dropped"))
    return True


def _titles(turn: Turn, *keys: str) -> set[str]:
    return titles(turn.texts, *keys)


def _own_words(turn: Turn) -> set[str]:
    """Every button's title in either language: the chat's words, typed back at it, are no message."""
    return _titles(turn, *(key for key in turn.texts.entries if key.startswith("btn_")))
