"""The conversation shell: what the gateway answers itself, and where everything else goes.

It owns the ways out of any conversation (language choice, the menu, help, STOP/START) so a person is never stuck inside
a service; the main menu is always such a way out: showing it ends the session. A first-timer is asked the language,
unless they name one, ask for the menu or help, tap a service's button, send a number a service gave them or words a
service announced, or send a photo, voice note, document or place a service takes: then the guessed language is kept
("language" still changes it; the message reaches its service marked ``lang_guessed``, so it can say so) and they get
what they asked for. Asked once and answering something else, they are not asked again: the language they write in is
kept, and the menu in it says how to change it. Words written mostly in a script the service does not read (Hindi's
Devanagari, Santali's Ol Chiki, Urdu's Arabic script: ``scripts``) are no language to guess: a first-timer is asked
the language each time, told in both (and in a line of that script's language) that the service answers in Bengali and
English only (words naming a service's choice, "कमरा बुक करना है", kept to take them there once they choose it);
anyone else gets the menu saying so, where no service took the words. Everything else is routed: a
tapped choice ``<service>:<action>[:args]`` to that service, free text (and locations, media, and a kind of message
nobody here reads, so that the service asks its question again) to the service that spoke last within 30 idle
minutes, otherwise the menu.
A number a service gave the person (a ticket, a booking, an application: the ``references`` of its menu entry) reaches
that service when typed outside any conversation, or as a whole message inside another's, as the tap of its View
(``<service>:view:<number>``); words a service announced for one of its choices (its ``phrases``: "my complaints",
"cancel my booking") take the person to that choice when typed outside any conversation; words several services
announced ("send the letter again") get the question which, a tap each its service's choice; words a service
announced with an answer ("current nei": household power is the electricity company's) get it, its choice a button
beside the menu's. A photo, video, voice note,
document or shared location sent outside any conversation goes, as sent, to the one service that announced it takes them
(``takes_wordless``: complaints, where it starts a complaint); with none, two, or that one down, the menu says to choose
a service first. Words nobody here reads, sent outside any conversation (three or more that are no keyword, number or
announced words), are kept 30 minutes for that one service: the language question or the menu says so, and the menu
offers them first ("Send my message"), a tap handing them there as the person's text, marked ``unasked``. Outside
any conversation, and at a service's own menu (one level up from it), "back" (a phone menu's 0, # or *,
``shared.back``) is the way to the start, the main menu; outside any, a lone number picks the menu's row it counts to
("2": the second), as a tap of it would, a document's code gets its page (``checks``) and a sticker the menu. Read in
the order a message meets it: ``handle`` then ``_decide``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from gateway import replies
from gateway.checks import code_answer
from gateway.keywords import guess_lang, keyword, language_meant, language_named
from gateway.kinds import opens_menu, says_something, unrouted, wordless
from gateway.menu import MenuBoard
from gateway.normalise import SERVICE_NAME, changed_user_id, new_number, new_user_id, to_inbound
from gateway.payload import Received
from gateway.profiles import Profile, Profiles, session, unread_words
from gateway.scripts import Script, other_script
from gateway.turn import Turn
from shared.back import goes_back, row_number
from shared.bus import Bus
from shared.chat import LANG_CHOSEN, NUMBER_CHANGED, OPTED_IN, OPTED_OUT, Inbound, Lang
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime.context import SESSION_LEFT, claim
from shared.runtime.spec import WORDS, MenuEntry
from shared.texts import LANGS, Catalog

log = get_logger(__name__)

# A service that speaks first does not take the person's free text from a conversation they held with another
# service this recently (the session's time is refreshed at most once a minute while they talk).
CONVERSING = timedelta(minutes=10)
# A first-timer who writes again this soon after being asked the language, without answering it, is not asked again
ASKED = timedelta(minutes=30)


class Shell:
    def __init__(self, *, bus: Bus, profiles: Profiles, menu: MenuBoard, texts: Catalog,
                 clock: Callable[[], datetime], public_url: str):
        self._bus, self._profiles, self._menu, self._texts, self._clock = bus, profiles, menu, texts, clock
        self._public_url = public_url  # where documents' codes are checked (``gateway.verify``)

    async def handle(self, received: Received) -> None:
        msg, now = received.message, self._clock()
        changed_id = changed_user_id(msg)
        wa_id = msg.from_ or await self._profiles.person(changed_id[0] if changed_id else str(msg.from_user_id))
        profile = await self._profiles.get(wa_id)
        move = None
        if msg.from_ and msg.from_user_id and profile.user_id != msg.from_user_id:
            move, profile = await self._profiles.known_by(wa_id, msg.from_user_id)
        inbound, menu = to_inbound(received, wa_id=wa_id), self._menu.for_message()
        lang = profile.lang or guess_lang(await menu.language_words(inbound.text)
                                          if inbound is not None and inbound.text else None)
        turn = Turn(self._bus, wa_id, msg.id, lang, now, menu=menu,
                    read=None if inbound is not None and inbound.kind == "start" else msg.id)
        if move is not None:  # kept under their id alone before, or the number's previous holder's: moved
            await turn.event(NUMBER_CHANGED, {"wa_id": move[0], "new_wa_id": move[1]})
        # a first-timer who wrote within the last half hour was asked the language then, and has not answered it
        asked = profile.lang is None and profile.last_inbound_at is not None and now - profile.last_inbound_at < ASKED
        expired = profile.unread is not None and profile.kept_words(now) is None  # kept words go after 30 minutes
        if expired or not profile.wrote_lately(now):
            forget = {"unread": None} if expired else {}
            profile = await self._profiles.change(wa_id, last_inbound_at=now, **forget)
        if inbound is not None:
            await self._decide(turn, inbound.model_copy(update={"lang": lang}), profile, asked=asked)
        elif (new := new_number(msg)) is not None:
            await self._number_changed(turn, new, user_id=new_user_id(msg))
        elif changed_id is not None:
            await self._user_id_changed(turn, *changed_id)
        await turn.settle()

    async def _decide(self, turn: Turn, inbound: Inbound, profile: Profile, *, asked: bool = False) -> None:
        typed = inbound.text if inbound.kind == "text" else None
        phrase: str | None = None  # the service's choice a first-timer's words ask for (``asked_for``)
        word, named = keyword(typed), language_named(typed, numbers=profile.lang is None)
        reply_id = inbound.reply_id if inbound.kind == "reply" else None
        if word in ("stop", "start"):
            return await self._notifications(turn, opted_out=word == "stop")
        if reply_id and reply_id.startswith("shell:"):
            return await self._shell_choice(turn, reply_id.split(":")[1:], inbound, profile)
        if named is None and asked:  # answering the question asked before, its name misspelt: "bangala"
            named = language_meant(typed)
        if named is not None:
            return await self._choose_language(turn, named, profile, inbound)
        if profile.speaking_with(turn.now) is None and (
                checked := code_answer(self._texts, turn.lang, typed, self._public_url)) is not None:
            return await turn.send("verify_code", checked)  # a document's code: its page, as casework chats answer it
        # Hindi, Santali, Urdu: written in a script the service does not read, no language of ours guessed from it:
        # a first-timer is asked, every time
        if profile.lang is None and (script := other_script(typed)) is not None:
            # words naming a service's choice ("कमरा बुक करना है") are kept for it, to go there once the language is
            # chosen; other words that say something are kept to send on, as any unread words
            asks = await _names_choice(turn, typed) if typed is not None and word is None else None
            said = says_something(inbound, word)
            kept = await self._keep_unread(turn, inbound, asks=asks) if said or asks else None
            return await self._ask_language(turn, unread=said or asks is not None, kept=kept, asks=asks is not None,
                                            script=script)
        if profile.lang is None:
            # A greeting or anything else is answered with the question; a person who asks for the menu or
            # help, taps a service's button (a notice's), types a number a service gave them or words a service
            # announced ("cancel my booking", "আমার অভিযোগ") gets it in the guessed language ("ভাষা" changes it).
            # (a keyword, "hi" above all, is never a service's words: the menu's entries are not read for it;
            # the choice the words ask for is kept for below, not looked for twice)
            # Asked the question already and answering something else, they are not asked it a third time: the
            # language they write in is kept and the menu, in it, says how to change it.
            wants = word in ("menu", "help") or reply_id is not None or typed is not None and word is None and (
                await turn.menu.owner_of(typed, whole=False) is not None
                or (phrase := await turn.menu.asked_for(typed)) is not None)
            inbound = inbound.model_copy(update={"lang_guessed": True})  # its service may say how to change it
            if not wants:
                if await self._hand_over(turn, inbound, profile):  # a photo of the broken road is not lost
                    return await self._keep_language(turn, turn.lang)
                said = says_something(inbound, word)  # words are kept, to send on once the language is chosen
                kept = await self._keep_unread(turn, inbound) if said else None
                if not asked:
                    return await self._ask_language(turn, unread=said, kept=kept)
                await self._keep_language(turn, turn.lang)
                return await self._show_menu(turn, "intro_lang_kept" if kept or not said else "intro_lang_kept_resend")
            await self._keep_language(turn, turn.lang)
        if inbound.kind == "start" or word in ("hello", "menu"):
            return await self._show_menu(turn, "intro_welcome" if inbound.kind == "start" else "intro_menu")
        if word == "help":
            return await self._help(turn, profile)
        if word == "language":
            return await self._ask_language(turn)
        if reply_id:
            return await self._to_chosen(turn, inbound, reply_id.split(":", 1)[0], profile)
        service = profile.speaking_with(turn.now)
        # a phone menu's 0, or "back": the start, from a service's own menu too (one level up from it)
        if (service is None or profile.session_home) and typed is not None and goes_back(typed):
            return await self._show_menu(turn, "intro_menu")
        if service is None and typed is not None and (row := await self._menu_row(turn, typed, profile)) is not None:
            tap = inbound.model_copy(update={"kind": "reply", "reply_id": row})  # "2": the menu's second row
            if row.startswith("shell:"):
                return await self._shell_choice(turn, row.split(":")[1:], tap, profile)
            return await self._to_chosen(turn, tap, row.split(":", 1)[0], profile)
        if word in ("thanks", "ok") and service is None:  # in a conversation, they may answer its question
            return await turn.send(word, replies.text(self._texts(word, turn.lang)))
        if inbound.kind == "unsupported" and service is None:  # in a conversation, its service asks its question again
            return await turn.send("unsupported", replies.text(self._texts("unsupported", turn.lang)))
        if service is None and await self._hand_over(turn, inbound, profile):
            return
        if inbound.kind == "text" and inbound.text:  # a ticket or booking number typed reaches its service
            if await self._offer_numbers(turn, inbound.text, in_conversation=service is not None):
                return
            found = await turn.menu.reference(inbound.text, whole=service is not None)
            if found is not None and found[0] != service:
                # as the tap of its View, with the words: a step the person left that service at (a complaint's
                # description, a reason to reopen one) does not take the number as its answer
                tap = inbound.model_copy(update={"kind": "reply", "reply_id": f"{found[0]}:view:{found[1]}"})
                return await self._to_chosen(turn, tap, found[0], profile)
            if found is None and service is None and (asked := phrase or await turn.menu.asked_for(inbound.text)):
                return await self._asked(turn, inbound, asked, profile, guessed=profile.lang is None)
        if service is None or not await self._route(turn, inbound, service, profile):
            intro = unrouted(inbound, service)
            if intro == "intro_unclear" and says_something(inbound, word) and await self._keep_unread(turn, inbound):
                intro = "intro_unplaced"  # and the menu offers to send the words on
            shown = other_script(typed) if service is None else None  # a script nobody here reads: it says which
            await self._show_menu(turn, "intro_other_script" if shown else intro, script=shown)

    async def _asked(self, turn: Turn, inbound: Inbound, asked: str, profile: Profile, *, guessed: bool) -> None:
        """Words a service announced (``asked``: the tap of the first choice they ask for) typed outside any
        conversation, or kept from a first-timer's message until they chose the language: "my complaints", "cancel
        my booking": the service's choice, as if tapped, with the words; a problem said ("jol nei"), the words
        themselves, unasked, as "Send my message" hands them (``WORDS``); words most often meaning another office's
        work ("current nei"), first said whose it is (``Phrase.says``; ``guessed``: the language was guessed from
        them, and how to change it is said)."""
        if (answer := await turn.menu.answered(inbound.text or "")) is not None:
            return await turn.send("answered", replies.answered(self._texts, turn.lang, *answer, guessed=guessed))
        if len(claims := await turn.menu.claims(inbound.text or "")) > 1 and not any(
                tap.endswith(f":{WORDS}") for tap in claims):  # several services' words: which is meant
            return await turn.send("claimed", replies.claimed(self._texts, turn.lang, claims,
                                                              await turn.menu.entries()))
        owner, action = asked.split(":", 1)
        update = {"unasked": True} if action == WORDS else {"kind": "reply", "reply_id": asked}
        await self._to_chosen(turn, inbound.model_copy(update=update), owner, profile)

    async def _offer_numbers(self, turn: Turn, typed: str, *, in_conversation: bool) -> bool:
        """Two or more numbers services gave, typed in one message: a list of them, a tap of one its View, so none
        is dropped for the first; inside a conversation only when the message is nothing but the numbers (among
        words they are its answer: a complaint's description may name earlier complaints)."""
        numbers = await turn.menu.references(typed)
        if len(numbers) < 2 or in_conversation and not await turn.menu.numbers_only(typed):
            return False
        await turn.send("numbers", replies.numbers(self._texts, turn.lang, numbers, await turn.menu.entries()))
        return True

    async def _shell_choice(self, turn: Turn, parts: list[str], tap: Inbound, profile: Profile) -> None:
        what, arg = (parts + ["", ""])[:2]
        if what == "unread":
            return await self._send_kept(turn, tap, profile)
        if what == "lang" and arg in LANGS:
            return await self._choose_language(turn, "bn" if arg == "bn" else "en", profile, tap)
        page = int(arg) if what == "menu" and arg.isdigit() else 0
        await self._show_menu(turn, "intro_menu", page=page)

    async def _choose_language(self, turn: Turn, lang: Lang, profile: Profile, message: Inbound) -> None:
        """The language chosen (tapped or named), then the welcome and the menu (chosen in the middle of a service's
        conversation, the menu saying it is kept, as "menu" there does); words kept from the person's message before
        it that name a service's choice (``Profile.unread_asks``: "कमरा बुक करना है", in a script the service does not
        read) are taken there instead, as if typed at the menu in that language."""
        await self._keep_language(turn, lang)
        if (words := profile.kept_words(turn.now)) is not None and profile.unread_asks is not None:
            return await self._to_kept_choice(turn, message, words, profile, lang=lang)
        await self._show_menu(turn, "intro_menu" if profile.speaking_with(turn.now) else "intro_welcome")

    async def _to_kept_choice(self, turn: Turn, message: Inbound, words: str, profile: Profile, **update: str) -> None:
        """Kept words that name a service's choice (``Profile.unread_asks``) taken there, as if typed at the menu."""
        typed = message.model_copy(update={"kind": "text", "text": words, "reply_id": None, **update})
        await self._asked(turn, typed, profile.unread_asks or "", profile, guessed=False)

    async def _menu_row(self, turn: Turn, typed: str, profile: Profile) -> str | None:
        """The id of the main menu's row a lone number typed outside any conversation picks, counted as the menu's
        first page shows its rows (words kept for the person first, when kept); None for any other message, a
        number past the rows, or one typed after a conversation ran out (the last thing said to them was that
        service's question, "How many guests?", not the menu: its answer, it opens no other service)."""
        number = row_number(typed, replies.MAX_ROWS)
        if number is None or profile.session_service is not None:
            return None
        entries = await turn.menu.entries()
        rows = replies.first_rows(entries, kept=await _kept_for(turn, profile, entries) is not None)
        return rows[number - 1] if number <= len(rows) else None

    async def _keep_language(self, turn: Turn, lang: Lang) -> None:
        """The person's language from now on, here and in what services start saying to them later."""
        await self._profiles.change(turn.wa_id, lang=lang)
        turn.lang = lang
        await turn.event(LANG_CHOSEN, {"wa_id": turn.wa_id, "lang": lang})

    async def _to_chosen(self, turn: Turn, inbound: Inbound, service: str, profile: Profile) -> None:
        if SERVICE_NAME.fullmatch(service) and await turn.menu.get(service) is not None:
            if await self._route(turn, inbound, service, profile):
                return
        else:
            log.info("gateway.service_not_announced", service=service[:40])
        await self._show_menu(turn, "intro_unavailable")

    async def _route(self, turn: Turn, inbound: Inbound, service: str, profile: Profile) -> bool:
        """``inbound`` to ``service``, which the person is then talking to; words kept for them (``_keep_unread``)
        are forgotten once they go on to a service themselves: the menu's offer to send them is over."""
        if not await turn.route(service, inbound):
            return False
        home = opens_menu(inbound)  # at the service's own menu: "back" there is the main menu
        same = profile.in_session_with(service, turn.now) and profile.session_home == home
        changes = {} if same else {"session": session(service, turn.now, home=home)}
        if profile.unread is not None:
            changes["unread"] = None
        if changes:
            await self._profiles.change(turn.wa_id, **changes)
        return True

    async def _hand_over(self, turn: Turn, inbound: Inbound, profile: Profile) -> bool:
        """A photo, video, voice note, document or place sent outside any conversation, to the one service that
        takes them (``Menu.taker_of_wordless``); False when it is no such message, there is no such service or it
        is down."""
        if not wordless(inbound) or profile.speaking_with(turn.now) is not None:
            return False
        taker = await turn.menu.taker_of_wordless()
        return taker is not None and await self._route(turn, inbound, taker, profile)

    async def _keep_unread(self, turn: Turn, inbound: Inbound, *, asks: str | None = None) -> MenuEntry | None:
        """Words no service took, kept in the profile for the one service that takes what people send unasked
        (``taker_of_wordless``), which the menu then offers to send them to; None, and nothing kept, when there is
        no such service. ``asks``: the words name that choice of a service (a first-timer's, before the language):
        kept for that service instead, whose entry is returned, and never offered to send unasked."""
        taker = (asks.split(":", 1)[0] if asks else await turn.menu.taker_of_wordless()) \
            if inbound.kind == "text" and inbound.text else None
        entry = await turn.menu.get(taker) if taker is not None else None
        if entry is not None:
            await self._profiles.change(turn.wa_id, unread=unread_words(inbound.text, turn.now, asks=asks))
        return entry

    async def _send_kept(self, turn: Turn, tap: Inbound, profile: Profile) -> None:
        """The menu's "Send my message": the kept words go to the service that takes what people send unasked, as
        the person's text marked ``unasked``, under the tap's id (a redelivered tap is a repeat there), and are
        forgotten. Sent already or kept too long, the menu says so; the service down, they stay kept."""
        words = profile.kept_words(turn.now)
        if words is None:
            return await self._show_menu(turn, "intro_unread_gone")
        if profile.unread_asks is not None:  # words naming a service's choice, kept since: never sent unasked
            return await self._to_kept_choice(turn, tap, words, profile)
        taker = await turn.menu.taker_of_wordless()
        sent = tap.model_copy(update={"kind": "text", "text": words, "reply_id": None, "unasked": True})
        if taker is None or not await self._route(turn, sent, taker, profile):  # sent, they are forgotten there
            return await self._show_menu(turn, "intro_unavailable")

    async def claimed(self, envelope: Envelope) -> None:
        """A service spoke first (``wa.session.claimed``): the person's free-text answer goes to it, unless
        they have moved on to another service since, or are in the middle of a conversation with another
        service (they wrote to it within ``CONVERSING``): a reminder or a notice arriving mid-booking must not
        turn the booking's next answers into answers to the notice. Its buttons still reach its service."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        if profile.session_at is not None and profile.session_at >= envelope.occurred_at:
            return
        wrote = profile.last_inbound_at is not None and envelope.occurred_at - profile.last_inbound_at < CONVERSING
        busy_with = profile.speaking_with(envelope.occurred_at, idle=CONVERSING) if wrote else None
        if busy_with is not None and busy_with != service:  # a session an earlier notice set does not count
            log.info("gateway.session_claim_deferred", service=service, conversing_with=busy_with)
            return
        await self._profiles.change(wa_id, session=session(service, envelope.occurred_at))

    async def released(self, envelope: Envelope) -> None:
        """A service let the person go (``wa.session.released``: it has nothing for them): their session with
        it ends, so what they type next is met by the main menu. A session they began later, with it or
        another service, stays."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        if profile.session_service != service or (
                profile.session_at is not None and profile.session_at > envelope.occurred_at):
            return
        await self._profiles.change(wa_id, session=None)

    async def settled(self, envelope: Envelope) -> None:
        """A service said whether anything the person was doing there is in progress (``wa.session.settled``, sent
        when that changes): with nothing, the main menu asked for next does not say something is kept there. Said
        before that service's last word already heard (the two came in the other order), it is left alone."""
        if (who := _session_event(envelope)) is None:
            return
        wa_id, service = who
        profile = await self._profiles.get(wa_id)
        said = profile.settled_said(service, envelope.payload.get("settled") is not False, envelope.occurred_at)
        if said is not None:
            await self._profiles.change(wa_id, settled=said)

    async def _notifications(self, turn: Turn, *, opted_out: bool) -> None:
        await self._profiles.change(turn.wa_id, opted_out=opted_out)
        await turn.send("stopped" if opted_out else "started",
                        replies.text(self._texts("stopped" if opted_out else "started", turn.lang)))
        await turn.event(OPTED_OUT if opted_out else OPTED_IN, {"wa_id": turn.wa_id})

    async def _number_changed(self, turn: Turn, new: str, *, user_id: str | None = None) -> None:
        """Meta's notice, from the number the person left: their profile here, and in every service their
        chat and their records (``NUMBER_CHANGED``), go to the new number, with the new business-scoped id noted
        beside it when Meta gives one; nothing is said to either."""
        await self._profiles.moved(turn.wa_id, new)
        if user_id is not None:
            await self._profiles.change(new, user_id=user_id)
        await turn.event(NUMBER_CHANGED, {"wa_id": turn.wa_id, "new_wa_id": new})
        log.info("gateway.number_changed")

    async def _user_id_changed(self, turn: Turn, old: str, new: str) -> None:
        """Meta's notice that the person's business-scoped id changed: someone known by it alone moves to the new
        one as to a new number; someone known by their number only has the new id noted beside it."""
        if turn.wa_id == old:  # to the number the new id was noted beside already, if a message came first
            await self._number_changed(turn, await self._profiles.person(new))
        else:
            await self._profiles.change(turn.wa_id, user_id=new)

    async def _help(self, turn: Turn, profile: Profile) -> None:
        """What the number does and the ways out; asked in the middle of a service's conversation, also that the
        conversation is kept and how to go on with it (the next answer still goes to that service)."""
        said = self._texts("help", turn.lang)
        service = profile.speaking_with(turn.now)
        if service is not None and (entry := await turn.menu.get(service)) is not None:
            said += "\n\n" + self._texts("help_in_service", turn.lang, service=entry.title[turn.lang])
        await turn.send("help", replies.text(said))

    async def _ask_language(self, turn: Turn, *, unread: bool = False, kept: MenuEntry | None = None,
                            asks: bool = False, script: Script | None = None) -> None:
        await turn.send("language", replies.language_question(self._texts, turn.lang, unread=unread, kept=kept,
                                                              asks=asks, script=script))

    async def _show_menu(self, turn: Turn, intro: str, *, page: int = 0, script: Script | None = None) -> None:
        """The main menu, which ends the session wherever it is shown: after it, free text is no longer an
        answer to the service the person was with (the welcome, "menu", a page of "more services", or a
        choice or session whose service is unavailable). Words of the person's that no service took, while kept,
        are offered first, to send to the service that takes what people send unasked. Asked for in the middle of a
        service's conversation, it says that what they were doing there is kept, to carry on from its row. The service
        a session ends with is told (``wa.session.left.<service>``) when it listens: payroll asks its PIN again."""
        profile = await self._profiles.get(turn.wa_id)
        # asked for in the middle of a service's conversation: what they were doing there is kept, its row carries on
        was_with = profile.speaking_with(turn.now) if intro == "intro_menu" else None
        entries = await turn.menu.entries()
        if (ended := profile.session_service) is not None:
            await self._profiles.change(turn.wa_id, session=None)
            # told only when it listens (``MenuEntry.hears_left``); a service not on the board is told, to be safe
            if next((entry.hears_left for entry in entries if entry.service == ended), True):
                await turn.event(f"{SESSION_LEFT}.{ended}", claim(ended, turn.wa_id))
        kept = await _kept_for(turn, profile, entries)
        # a service that keeps no conversation (``MenuEntry.resumes``: a casework chat) has nothing to carry on
        # nor one that said nothing of the person's is in progress there (a complaint only looked at)
        left = next((entry for entry in entries if entry.service == was_with and entry.resumes
                     and not profile.settled_with(entry.service)), None)
        await turn.send(f"menu:{intro}:{page}", replies.main_menu(self._texts, turn.lang, intro, entries, page,
                                                                  kept=kept, left=left, script=script))


async def _kept_for(turn: Turn, profile: Profile, entries: list[MenuEntry]) -> MenuEntry | None:
    """The service the menu offers to send the person's kept words to (its *Send my message* row): None when no
    words are kept, or the service that takes them is not on the menu (down, or there is none)."""
    kept = profile.kept_words(turn.now) and profile.unread_asks is None  # words naming a choice go there, not here
    taker = await turn.menu.taker_of_wordless() if kept else None
    return next((entry for entry in entries if entry.service == taker), None)


async def _names_choice(turn: Turn, typed: str) -> str | None:
    """The tap ``<service>:<action>`` of the service's choice words name (``Menu.asked_for``); None for words naming
    none, and for a problem said (``WORDS``): that is kept to send on, as any words no service took."""
    asked = await turn.menu.asked_for(typed)
    return asked if asked is not None and not asked.endswith(f":{WORDS}") else None


def _session_event(envelope: Envelope) -> tuple[str, str] | None:
    """The person and the service of a ``wa.session.claimed`` / ``released``; None, logged, when malformed."""
    wa_id, service = envelope.payload.get("wa_id"), envelope.payload.get("service")
    if not isinstance(wa_id, str) or not isinstance(service, str) or not SERVICE_NAME.fullmatch(service):
        log.warning("gateway.bad_session_event", type=envelope.type)
        return None
    return wa_id, service
