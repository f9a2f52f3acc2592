"""After the office has acted: accept and rate (1–5), reopen within 15 days with a reason, or talk to an
official. Each goes through the ticket's own rules, so a rating of 7 or a reopening after 15 days is
answered with the rule, in the person's language, and the ticket stays as it was.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from services.grievance import events
from services.grievance.conversation import cloud
from services.grievance.conversation.cloud import Row
from services.grievance.conversation.mine import home, own, view
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.words import WORDS
from services.grievance.domain import Attachment, Refused, Ticket, says_something
from services.grievance.domain.offices import office
from services.grievance.domain.pointing import only_points
from shared.chat import Media
from shared.india import typed_word
from shared.thanks import courtesy

MESSAGE_MAX = 1000
SPOKEN = ("voice", "audio")
KINDS = {"image": "image", "video": "video", "voice": "voice", "audio": "voice", "document": "document"}  # files_*
VOICE_NOTE = "(voice note)"  # what the office's queue and the event say of a voice note sent without words
Asked = Callable[..., Awaitable[None]]  # a step's question: (turn, number, hint=...)


async def ask_rating(turn: Turn, number: str, *, hint: str | None = None) -> None:
    ticket = await own(turn, number)
    if ticket is None:
        return
    if ticket.rating is not None:
        return await view(turn, number, hint=turn.t("already_rated", number=number, stars="★" * ticket.rating))
    if ticket.status != "resolved":
        return await view(turn, number, hint=turn.t("rate_not_resolved", number=number))
    turn.go("rate", number=ticket.number)
    rows = [Row(f"grievance:rate:{ticket.number}:{n}", "★" * n, turn.t(f"stars_{n}")) for n in range(5, 0, -1)]
    turn.rows(turn.t("ask_rating", number=ticket.number), rows, hint)


async def rate(turn: Turn, number: str, stars: int | None) -> None:
    if stars is None or not 1 <= stars <= 5:
        return await ask_rating(turn, number, hint=turn.t("rating_range"))
    if await own(turn, number) is None:
        return
    try:
        changed = await turn.repos.tickets.change(number, lambda t: t.rate(stars, now=turn.now),
                                                   key=turn.ctx.envelope.id)
    except Refused as refused:
        return await view(turn, number, hint=turn.t(refused.key, **refused.values))
    if changed is not None:
        turn.ctx.publish(events.RATED, events.rated(changed[1]))
        turn.ctx.publish(events.STATUS_CHANGED, events.status_changed(*changed, "person"))
    home(turn, intro="thanks_rating")


async def ask_reopen(turn: Turn, number: str, *, hint: str | None = None) -> None:
    ticket = await own(turn, number)
    if ticket is None:
        return
    try:
        ticket.reopen("x" * 20, now=turn.now)  # can it be reopened at all? (the reason comes next)
    except Refused as refused:
        return await view(turn, number, hint=turn.t(refused.key, **refused.values))
    turn.go("reopen", number=ticket.number)
    turn.text(turn.t("ask_reopen", number=ticket.number), hint)


async def reopen(turn: Turn, number: str, reason: str, *, media: Media | None = None) -> None:
    """Reopened with the reason typed, or spoken in a voice note, or written under a photo. Thanks typed instead
    ("thank you so much") is no reason: a warm word, and the question again; a bare no ("no", "না না") is a mind
    changed: the complaint is shown as it stays, its *Reopen* still there."""
    if media is None and (said := courtesy(reason)) is not None:
        return await ask_reopen(turn, number, hint=turn.t(f"said_{said}"))
    if media is None and _bare_answer(reason, only="no"):
        return await view(turn, number, hint=turn.t("reopen_not_wanted", number=number))
    if media is None and _bare_answer(reason):
        return await ask_reopen(turn, number, hint=turn.t("reopen_reason_short"))
    if await own(turn, number) is None:
        return
    words, shown = reason.strip() or (VOICE_NOTE if media else ""), _attachment(media)
    try:
        changed = await turn.repos.tickets.change(number, lambda t: t.reopen(words, now=turn.now, media=shown),
                                                   key=turn.ctx.envelope.id)
    except Refused as refused:
        if refused.key in ("reopen_reason_short", "media_full"):
            return await ask_reopen(turn, number, hint=turn.t(refused.key, **refused.values))
        return await view(turn, number, hint=turn.t(refused.key, **refused.values))
    if changed is not None:
        turn.ctx.publish(events.REOPENED, events.reopened(changed[1], words))
        turn.ctx.publish(events.STATUS_CHANGED, events.status_changed(*changed, "person"))
    await view(turn, number, hint=turn.t("reopened", number=number))


def _bare_answer(reason: str, only: str | None = None) -> bool:
    """A yes or a no (``only`` that one), said once or again ("no", "না না", "nah", "হ্যাঁ"): an answer with no
    reason in it, though it holds the letters one needs."""
    said = reason.split()
    return bool(said) and all(WORDS.get(typed_word(word)) in ((only,) if only else ("yes", "no")) for word in said)


async def attach(turn: Turn, number: str, media: Media, *, again: Asked | None = None) -> None:
    """A photo or voice note sent while looking at one's own open complaint, or writing to its official, goes
    onto that complaint; the question of the step (the message to the official, the reason to reopen, the
    rating) is still awaited after it, so the words typed next are read as its answer. To an official, though,
    a voice note is the message, or the reason to reopen (a person who cannot write says it), and so are words
    written under a photo, but for words that only point at it ("see this", "এই দেখুন", "dekhun": ``pointing``),
    which stay with the photo alone. ``again`` asks a question of a step this module does not know (``remark``)."""
    said = {"handoff": to_official, "reopen": reopen}.get(turn.chat.step)
    if said is not None and (media.kind in SPOKEN or _words(media.caption)):
        return await said(turn, number, media.caption or "", media=media)
    if await own(turn, number) is None:
        return
    again = again or {"handoff": ask_official, "reopen": ask_reopen, "rate": ask_rating}.get(turn.chat.step, view)
    attachment = _attachment(media)
    assert attachment is not None
    try:
        changed = await turn.repos.tickets.change(number, lambda t: t.attach(attachment), key=turn.ctx.envelope.id)
    except Refused as refused:
        return await again(turn, number, hint=turn.t(refused.key, **refused.values))
    count = len(changed[1].media) if changed else 0
    await again(turn, number, hint=_added(turn, number, attachment, count))


def _words(caption: str | None) -> bool:
    """Words under a file that say something of the complaint: not only emoji, nor only pointing at the file."""
    return says_something(caption or "") and not only_points(caption or "")


def _added(turn: Turn, number: str, attachment: Attachment, count: int) -> str:
    """The file added, and the words written under it shown back: kept with it for the office (``Attachment.of``);
    words that only point at it are not shown back as words about the complaint."""
    if not _words(attachment.caption):
        return turn.t("attached_to_ticket", number=number, count=count)
    file = turn.t(f"files_{KINDS.get(attachment.kind, 'document')}_one")
    return turn.t("attached_with_words", number=number, file=file, said=attachment.caption, count=count)


async def ask_official(turn: Turn, number: str, *, hint: str | None = None) -> None:
    """The message for the office handling the complaint; a closed one (accepted and rated) has none any more: its
    view, which offers a new complaint, says so ("officer" typed at it, an old *Talk to an official* tapped), unless
    the office wrote to the person since: its answer's *Reply* takes their message, as words typed after it do."""
    ticket = await own(turn, number)
    if ticket is None:
        return
    if ticket.status == "closed" and not _answered_since_closed(ticket):
        return await view(turn, number, hint=turn.t("official_closed", number=number))
    turn.go("handoff", number=ticket.number)
    turn.text(turn.t("ask_handoff", office=office(ticket, turn.directory, turn.lang)), hint)


def _answered_since_closed(ticket: Ticket) -> bool:
    closed_at = ticket.history[-1].at if ticket.history else ticket.lodged_at
    return any(not note.person and note.at >= closed_at for note in ticket.conversation)


async def to_official(turn: Turn, number: str, message: str, *, media: Media | None = None) -> None:
    """The person's words, or their voice note or photo with what they wrote under it, waiting in the office's
    queue for an official's answer. Words longer than the queue's message (``MESSAGE_MAX``) go as several, in
    order, each broken at a line or a space (``parts``): none is lost, nor typed again."""
    text = message.strip()
    if media is None and len(text) < 2:
        return await ask_official(turn, number, hint=turn.t("handoff_length", most=MESSAGE_MAX))
    if media is None and not says_something(text):
        return await ask_official(turn, number, hint=turn.t("handoff_words"))
    if await own(turn, number) is None:
        return
    sent, said = _attachment(media), parts(text)

    def asked(ticket: Ticket) -> Ticket:
        for n, part in enumerate(said):  # the file goes with the first
            ticket = ticket.ask_official(part, now=turn.now, media=sent if n == 0 else None)
        return ticket

    changed = await turn.repos.tickets.change(number, asked, key=turn.ctx.envelope.id)
    if changed is None:
        return
    ticket = changed[1]
    for part in said:
        turn.ctx.publish(events.HANDOFF_REQUESTED, events.handoff(ticket, part or VOICE_NOTE))
    # reopened by no message; told to tap Reopen only while its view offers it (the 15 days)
    sent = "handoff_sent_resolved" if ticket.status == "resolved" and ticket.may_reopen(turn.now) else "handoff_sent"
    await view(turn, number, hint=turn.t(sent, office=office(ticket, turn.directory, turn.lang), number=number))


def parts(text: str) -> list[str]:
    """The messages ``text`` reaches the office in: itself, or pieces of at most ``MESSAGE_MAX`` characters."""
    return cloud.pieces(text, MESSAGE_MAX) or [text]


def _attachment(media: Media | None) -> Attachment | None:
    return Attachment.of(media) if media else None
