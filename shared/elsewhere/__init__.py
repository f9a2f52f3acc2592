"""Words that plainly name another service's business, typed in a service's chat where it understood nothing.

"check my building permission status" in the tourism chat, "my pay slip" in the building permission chat, "ghor book
korbo" in payroll: rather than 'Sorry, I did not understand', which leaves the person to guess that *menu* leads
elsewhere, the service says whose business it sounds like, with a button that opens that service (its main menu
row's tap, ``<service>:menu``, which the gateway hands to the service its prefix names) and one to stay where they
are; a booking or a complaint half made is kept either way. One small table for every service, in English, Bengali
and Bengali in Latin letters; a service asks it only where it would otherwise say it did not understand, never at a
step that takes the person's own words (a complaint's description, a guest's name unless the words are a sentence
that holds none, a PIN). A person asked for ("I want to talk to an officer", "please call me", ``shared.reach``) is
offered the complaints' way to an official, *Talk to an official*, in every chat but the complaints' own. What the
main menu answers itself ("my mobile number changed", "otp pai ni", "holding tax koto": ``gateway.kinds.answer_to``)
is answered in every chat with the same words (``office``), where it names no service.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from pathlib import Path

from gateway import kinds
from gateway.outbound import OutboundMessage
from gateway.outbound.fitted import buttons
from shared import problems, reach
from shared.casework.needed import LICENCE, PERMISSION_NAMED
from shared.india import plain
from shared.runtime import resume
from shared.texts import Catalog

TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
MENU_TEXTS = Catalog.load(Path(kinds.__file__).with_name("texts.json"))  # the main menu's own answers
OFFERED_MAX = 2  # with the button to stay, WhatsApp's three

# Each service's business as people name it, in the main menu's order; a house's permission as a villager names it
# too (বাড়ির অনুমতি, "barir onumoti", "ghor banate permission lagbe"), ড় as NFKC writes it (a ড and its dot); a
# trade's licence as a shop's ("dokan er licence chai"); the pay's slip with its "er" apart ("beton er slip"). What
# villagers say they need is read as the main menu reads it (``shared.casework.needed``).
_WORDS = {
    "grievance": r"\bcomplain(?:t|ts|ed|ing)?\b|অভিযোগ|নালিশ|কমপ্লেন|\bo?bhi[jz]og\b|\bnalish\b"
                 r"|\bshi?kaa?yat\w*|शिकायत",  # and in Hindi ("shikayat darj karni hai")
    "tourism": r"\bguest\s*houses?\b|\bhome\s*stays?\b|\btourism\b|\bbook(?:ing)?\s+(?:a\s+)?rooms?\b"
               r"|\b(?:gh[oa]r|rooms?)\s+book|অতিথি\s*নিবাস|হোম\s*স্টে|পর্যটন|(?:ঘর|রুম)\s*বুক"
               r"|\b(?:my|amar)\s+bookings?\b|\bcancel\s+(?:my\s+|the\s+)?bookings?\b|\bbookings?\s+cancel"
               r"|বুকিং",
    "permit": r"\bbuilding\s+(?:permission|permit|plan)s?\b|\bhouse\s+plans?\b|\bnaksh?a\b|\bbh[ao]b[ao]n\b"
              r"|\bbar[ie]\S*\s+(?:\S+\s+)?(?:onumoti|anumati|permission|permit)\b"
              r"|ভবন|নির্মাণের\s*অনুমতি|নকশা|বা(?:\u09dc|\u09a1\u09bc)ি\S*\s+(?:\S+\s+)?(?:অনুমতি|পারমিশন|পারমিট)"
              rf"|^{PERMISSION_NAMED}",  # its look-ahead read once, from the start of the words (one line)
    "noc": r"\btrade\s*licen[cs]es?\b|\bt?nocs?\b|\bb[ay]{1,2}b[ao]?sh?a\S*\s+licen"
           rf"|ট্রেড\s*লাইসেন্স|ব্যবসা\S*\s*(?:অনাপত্তি|লাইসেন্স)|এনওসি|{LICENCE}",
    "payroll": r"\b(?:pay|salary|wage|ma[iy]ne?r?|beton\S*)(?:\s+er)?\s*-?\s*slips?\b|\bpayslips?\b|\bsalary\b"
               r"|\bpayroll\b|\bform\s*16\b|বেতন|মাইনে|স্যালারি|পে\s*স্লিপ",
}
SERVICES = tuple(_WORDS)
_COMPILED = {service: re.compile(unicodedata.normalize("NFKC", words), re.IGNORECASE)
             for service, words in _WORDS.items()}


def named(text: str, here: str) -> list[str]:
    """The other services whose business ``text`` names (compared as the main menu compares words: ``plain``), in
    the main menu's order, at most two; ``here``'s own words are none of them. A problem told as the complaints'
    menu phrases read one ("রাস্তার আলো জ্বলে না", "tubewell kharap") names complaints (``shared.problems``)."""
    said = plain(text)
    return [service for service, words in _COMPILED.items() if service != here and (
        words.search(said) or service == "grievance" and problems.told(said))][:OFFERED_MAX]


def offer(text: str, here: str, lang: str, *, in_progress: bool = False,
          but: Collection[str] = ()) -> OutboundMessage | None:
    """"That sounds like *Building permission*." with a button to each service named and one to stay: where something
    is ``in_progress``, the carry-on tap (``<here>:resume``: the question the person was at, what they gave kept),
    else ``here``'s own menu; else the main menu's own answer (``office``, but those ``but`` names); None when the
    words are none of these."""
    staying = (f"{here}:{resume.RESUME if in_progress else 'menu'}", TEXTS("btn_stay", lang))
    if here != "grievance" and reach.asks_for_person(text):
        return _official(text, lang, staying)
    others = named(text, here)
    if not others:
        return office(text, here, lang, in_progress=in_progress, but=but)
    about = [TEXTS(f"about_{service}", lang) for service in others]
    said = TEXTS("sounds_like", lang, about=about[0]) if len(about) == 1 else \
        TEXTS("sounds_like_either", lang, one=about[0], other=about[1])
    choices = [(f"{service}:menu", TEXTS(f"btn_{service}", lang)) for service in others]
    return buttons(f"{said}\n\n{TEXTS('go_or_stay', lang)}", [*choices, staying])


def _official(text: str, lang: str, staying: tuple[str, str]) -> OutboundMessage:
    """An official asked for: one answers on this chat through a complaint, so the complaints' *Talk to an official*
    (``grievance:official``: the office of one's complaint still being handled asked, or a new complaint begun) and
    the button to stay; a phone number or a call asked for is first said not to be given."""
    said = "\n".join(line for line in (not_given(text, lang), TEXTS("official_here", lang)) if line)
    return buttons(said, [("grievance:official", TEXTS("btn_official", lang)), staying])


def not_given(text: str, lang: str) -> str | None:
    """What a person asked for is not given here, said before the way to an official: an official's or an office's
    phone number, or a call; None when neither was asked (``shared.reach``). The complaints' chat says it too."""
    if reach.asks_number(text):
        return TEXTS("no_number", lang)
    return TEXTS("no_call", lang) if reach.asks_call(text) else None


def office(text: str, here: str, lang: str, *, in_progress: bool = False,
           but: Collection[str] = ()) -> OutboundMessage | None:
    """What the main menu answers itself to ``text`` (``gateway.kinds.answer_to``: someone in danger, an application
    no service here takes, one's mobile number changed, the holding tax, land records, a bank account, money taken,
    an OTP), in the same words, with *Carry on* (``here``'s question or menu, as *Stay here*) and, where the answer
    says a complaint may be made of it (``KEEPS_WORDS``), *Complaints*. In the complaints' own chat those words are a
    complaint's: no answer given over them. None for the answers ``but`` names, and for any other words."""
    answer = kinds.answer_to(text)
    if answer is None or answer in but or here == "grievance" and answer in kinds.KEEPS_WORDS:
        return None
    choices = [("grievance:menu", TEXTS("btn_grievance", lang))] if answer in kinds.KEEPS_WORDS else []
    carry_on = (f"{here}:{resume.RESUME if in_progress else 'menu'}", TEXTS("btn_carry_on", lang))
    return buttons(MENU_TEXTS(answer, lang), [*choices, carry_on])
