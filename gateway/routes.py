"""Where the shell sends what it does not answer itself: a tapped choice or a service's words to that service, a
number a service gave to its View, the words kept for the service that takes what people send unasked, and the
language chosen (then the menu, or the choice kept words named); a number or words ``taken`` from inside another
service's conversation. ``Routes`` is the shell's (``gateway.shell``) way into services; what it says itself is
``gateway.screens``."""
from __future__ import annotations

from gateway import replies
from gateway.kinds import KEEPS_WORDS, from_words, wordless
from gateway.normalise import SERVICE_NAME
from gateway.profiles import Profile, Profiles, listed, session, unread_words
from gateway.screens import Screens
from gateway.turn import Turn
from shared.chat import Inbound, Lang
from shared.logging import get_logger
from shared.runtime.context import SESSION_LEFT, claim
from shared.runtime.spec import WORDS, MenuEntry
from shared.texts import LANGS, Catalog

log = get_logger(__name__)


class Routes:
    def __init__(self, *, profiles: Profiles, texts: Catalog, screens: Screens):
        self._profiles, self._texts, self._screens = profiles, texts, screens

    async def asked(self, turn: Turn, inbound: Inbound, asked: str, profile: Profile, *, guessed: bool) -> None:
        """Words a service announced (``asked``: the tap of the first choice they ask for) typed outside any
        conversation, or kept from a first-timer's message until they chose the language: "my complaints", "cancel
        my booking": the service's choice, as if tapped, with the words; a problem said ("jol nei"), the words
        themselves, unasked, as "Send my message" hands them (``WORDS``); words most often meaning another office's
        work ("current nei"), first said whose it is (``Phrase.says``; ``guessed``: the language was guessed from
        them, and how to change it is said)."""
        if (answer := await turn.menu.answered(inbound.text or "")) is not None:
            return await turn.send("answered", replies.answered(self._texts, turn.lang, *answer, guessed=guessed))
        if len(claims := await turn.menu.claims(inbound.text or "")) > 1 and not any(
                tap.endswith(f":{WORDS}") for tap in claims):  # several services' words: which is meant, the words
            # kept for the row tapped (``claimed``), never offered to be sent unasked
            which = replies.claimed(self._texts, turn.lang, claims, await turn.menu.entries())
            await self._profiles.change(turn.wa_id, unread=unread_words(inbound.text, turn.now, asks=claims[0]),
                                        listed=listed(replies.row_ids(which), turn.now))
            return await turn.send("claimed", which)
        owner, action = asked.split(":", 1)
        update = {"unasked": True} if action == WORDS else {"kind": "reply", "reply_id": asked}
        await self.to_chosen(turn, inbound.model_copy(update=update), owner, profile)


    async def taken(self, turn: Turn, tap: Inbound, service: str, profile: Profile) -> None:
        """A tap typed in words (a number ``service`` gave, as the tap of its View; words it announced, as its
        choice's) to ``service``, from inside another service's conversation too, which the person then leaves as the
        main menu leaves it: its chat keeps their place, its row offers to carry on (``MenuEntry.resumes``), which a
        line says where something is kept there, and it is told, when it listens (``MenuEntry.hears_left``: payroll's
        PIN is asked again)."""
        if (left := profile.speaking_with(turn.now)) is None:
            return await self.to_chosen(turn, tap, service, profile)
        if not await self.route(turn, tap, service, profile):
            return await self._screens.show_menu(turn, "intro_unavailable")
        entry = await turn.menu.get(left)
        if entry is not None and entry.resumes and not profile.settled_with(left):  # where it is, said, the way back
            kept = self._texts("left_kept", turn.lang, title=entry.title[turn.lang])
            await turn.send("left_kept", replies.text(kept))
        if entry is None or entry.hears_left:
            await turn.event(f"{SESSION_LEFT}.{left}", claim(left, turn.wa_id))


    async def which_open(self, turn: Turn, profile: Profile) -> bool:
        """Whether the list asking which service words several announced are for is open: its words kept (30
        minutes, ``asked``), the rows of it carrying them still."""
        words = profile.kept_words(turn.now) if profile.unread_asks is not None else None
        return words is not None and len(await turn.menu.claims(words)) > 1


    async def claimed(self, turn: Turn, asked: str, tap: Inbound, profile: Profile) -> None:
        """A row of the list asking which service words several announced are for: its service's choice, as if
        tapped, with the words while they are kept (the first row tapped; its title after them, or 30 minutes on)."""
        words = profile.kept_words(turn.now) if profile.unread_asks is not None else None
        chosen = tap.model_copy(update={"reply_id": asked, **({"text": words} if words else {})})
        await self.to_chosen(turn, chosen, asked.split(":", 1)[0], profile)


    async def offer_numbers(self, turn: Turn, typed: str, *, in_conversation: bool) -> bool:
        """Two or more numbers services gave, typed in one message: a list of them, a tap of one its View, so none
        is dropped for the first; inside a conversation only when the message is nothing but the numbers (among
        words they are its answer: a complaint's description may name earlier complaints)."""
        numbers = await turn.menu.references(typed)
        if len(numbers) < 2 or in_conversation and not await turn.menu.numbers_only(typed):
            return False
        which = replies.numbers(self._texts, turn.lang, numbers, await turn.menu.entries())
        if not in_conversation:  # its rows picked by number, as the menu's are (inside a conversation, its answers)
            await self._profiles.change(turn.wa_id, listed=listed(replies.row_ids(which), turn.now))
        await turn.send("numbers", which)
        return True


    async def shell_choice(self, turn: Turn, parts: list[str], tap: Inbound, profile: Profile) -> None:
        what, arg = (parts + ["", ""])[:2]
        if what == "unread":
            return await self.send_kept(turn, tap, profile)
        if what == replies.CLAIMED and len(parts) > 2:
            return await self.claimed(turn, ":".join(parts[1:]), tap, profile)
        if what == "lang" and arg in LANGS:
            return await self.choose_language(turn, "bn" if arg == "bn" else "en", profile, tap)
        if what != "menu":  # no button of ours (a forged id, one of an older version)
            return await self._screens.old_button(turn, profile)
        page = int(arg) if what == "menu" and arg.isdigit() else 0
        await self._screens.show_menu(turn, "intro_menu", page=page)


    async def choose_language(self, turn: Turn, lang: Lang, profile: Profile, message: Inbound) -> None:
        """The language chosen (tapped or named), then the welcome and the menu; chosen in the middle of a service's
        conversation where something of the person's is kept (``MenuEntry.resumes``, not said settled), back to it
        as its row's carry-on button takes them (``<service>:resume``: the question of their step, in the new
        language), with a line saying so (the menu, where it is down); where nothing is, the menu, as "menu" there
        does. Words kept from the person's message before it that name a service's choice
        (``Profile.unread_asks``: "कमरा बुक करना है", in a script the service does not read) are taken there
        instead, as if typed at the menu in that language."""
        await self._screens.keep_language(turn, lang)
        if (words := profile.kept_words(turn.now)) is not None and profile.unread_asks is not None:
            return await self.to_kept_choice(turn, message, words, profile, lang=lang)
        if (service := profile.speaking_with(turn.now)) is None:
            if words is not None and profile.lang is None and await self._answer_kept(turn, words, message):
                return  # a first-timer's first words, "holding tax koto", "otp pai ni": answered in the language
            return await self._screens.show_menu(turn, "intro_welcome")
        entry = await turn.menu.get(service)
        if entry is not None and entry.resumes and not profile.settled_with(service):
            back = message.model_copy(update={"kind": "reply", "reply_id": f"{service}:resume", "text": None})
            if not await self.route(turn, back, service, profile):
                return await self._screens.show_menu(turn, "intro_unavailable")
            return await turn.send("lang_back", replies.text(self._texts("lang_back", lang, title=entry.title[lang])))
        await self._screens.show_menu(turn, "intro_menu")


    async def _answer_kept(self, turn: Turn, words: str, message: Inbound) -> bool:
        """Kept words the gateway answers itself (``from_words``) answered, with the menu: kept further only where
        they are a complaint's (``KEEPS_WORDS``), as at the main menu; False for any other words."""
        answer = from_words(message.model_copy(update={"kind": "text", "text": words, "reply_id": None}))
        if answer is None:
            return False
        if answer not in KEEPS_WORDS:
            await self._profiles.change(turn.wa_id, unread=None)
        await self._screens.show_menu(turn, answer)
        return True


    async def to_kept_choice(self, turn: Turn, message: Inbound, words: str, profile: Profile, **update: str) -> None:
        """Kept words that name a service's choice (``Profile.unread_asks``) taken there, as if typed at the menu."""
        typed = message.model_copy(update={"kind": "text", "text": words, "reply_id": None, **update})
        await self.asked(turn, typed, profile.unread_asks or "", profile, guessed=False)


    async def to_chosen(self, turn: Turn, inbound: Inbound, service: str, profile: Profile) -> None:
        """A tapped choice to its service, whatever message it came from (a notice's View, a list of several steps
        back: the service answers a tap it no longer expects itself); a service on the menu that takes nothing is
        down, and said to be; one no longer on it (or never: a forged id) offers no button any more, which is said to
        be an earlier message's, with where the person is now (``Screens.old_button``)."""
        if not SERVICE_NAME.fullmatch(service) or await turn.menu.get(service) is None:
            log.info("gateway.service_not_announced", service=service[:40])
            return await self._screens.old_button(turn, profile)
        if not await self.route(turn, inbound, service, profile):
            await self._screens.show_menu(turn, "intro_unavailable")


    async def route(self, turn: Turn, inbound: Inbound, service: str, profile: Profile) -> bool:
        """``inbound`` to ``service``, which the person is then talking to; words kept for them (``_keep_unread``)
        are forgotten once they go on to a service themselves: the menu's offer to send them is over."""
        if not await turn.route(service, inbound):
            return False
        home = inbound.opens_menu  # at the service's own menu: "back" there is the main menu
        same = profile.in_session_with(service, turn.now) and profile.session_home == home
        changes = {} if same else {"session": session(service, turn.now, home=home)}
        if profile.unread is not None:
            changes["unread"] = None
        if changes:
            await self._profiles.change(turn.wa_id, **changes)
        return True


    async def hand_over(self, turn: Turn, inbound: Inbound, profile: Profile) -> bool:
        """A photo, video, voice note, document or place sent outside any conversation, to the one service that
        takes them (``Menu.taker_of_wordless``); False when it is no such message, there is no such service or it
        is down."""
        if not wordless(inbound) or profile.speaking_with(turn.now) is not None:
            return False
        taker = await turn.menu.taker_of_wordless()
        return taker is not None and await self.route(turn, inbound, taker, profile)


    async def keep_unread(self, turn: Turn, inbound: Inbound, *, asks: str | None = None) -> MenuEntry | None:
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


    async def send_kept(self, turn: Turn, tap: Inbound, profile: Profile) -> None:
        """The menu's "Send my message": the kept words go to the service that takes what people send unasked, as
        the person's text marked ``unasked``, under the tap's id (a redelivered tap is a repeat there), and are
        forgotten. Sent already or kept too long, the menu says so; the service down, they stay kept."""
        words = profile.kept_words(turn.now)
        if words is None:
            return await self._screens.show_menu(turn, "intro_unread_gone")
        if profile.unread_asks is not None:  # words naming a service's choice, kept since: never sent unasked
            return await self.to_kept_choice(turn, tap, words, profile)
        taker = await turn.menu.taker_of_wordless()
        sent = tap.model_copy(update={"kind": "text", "text": words, "reply_id": None, "unasked": True})
        if taker is None or not await self.route(turn, sent, taker, profile):  # sent, they are forgotten there
            return await self._screens.show_menu(turn, "intro_unavailable")

