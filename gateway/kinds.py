"""What kind of message the shell has in hand, read from the message alone (no store, no service asked).

A photo, a voice note or a place is something only a service can take; a sticker says nothing, so it is
answered as kindly as a greeting, with the menu; figures alone are no words to send on (an Aadhaar number among
them is asked not to be sent here). A tap of a service's own menu is read by ``Inbound.opens_menu``.
"""
from __future__ import annotations

import re
import unicodedata

from shared.casework.said import OTHER_CERTIFICATE, OTHER_SCHEME_ASKED, STATE_SCHEME
from shared.chat import Inbound
from shared.india import plain, typed_number
from shared.paying import ACCOUNT, ACCOUNT_CHANGED

# A first message of this many words or more says something ("amar rastar alo jolche na") that is no service's
# announced words: the person is told it went nowhere
UNREAD_WORDS = 3
# One's own mobile number changed, or to be ("amar number change hoyeche", "I have a new number", "আমার নম্বর বদলে
# গেছে", "whatsapp number bodlabo"); not a complaint's, a booking's or an application's own number
_NUMBER = r"(?:number|nambar|nombor|নম্বর|নাম্বার)"
_PHONE = r"(?:(?:mobile|phone|whatsapp|sim|মোবাইল|ফোন|হোয়াটসঅ্যাপ)\s+)?"
NUMBER_CHANGED = re.compile(
    r"^(?!.*\b(?:complaint|abhijog|booking|application|abedon|ticket|token|permit|noc|licen[cs]e)\s+(?:er\s+)?"
    r"(?:number|nambar|no)\b|.*(?:অভিযোগ|বুকিং|আবেদন)\S*\s+(?:নম্বর|নাম্বার))"
    rf".*?(?:\b(?:new|notun|nuton|changed)\s+{_PHONE}{_NUMBER}(?!\S)|নতুন\s+{_PHONE}{_NUMBER}"
    rf"|\bchange\s+(?:my\s+|amar\s+)?{_PHONE}{_NUMBER}\b"
    rf"|{_NUMBER}\S*\s+(?:ta\s+|has\s+|is\s+|was\s+)?"
    r"(?:change|chenge|bodl|bodol|bodal|bodle|palt|বদল|বদলে|পাল্ট|চেঞ্জ)\S*)",
    re.IGNORECASE)
AADHAAR = re.compile(r"\d{4}[\s\-]?\d{4}[\s\-]?\d{4}")
# Holding (property) tax asked after, to pay or how much ("holding tax koto", "barir tax kothay jama debo", "বাড়ির
# কর কোথায় দেব", "property tax"); land records or revenue ("jomir porcha", "জমির পর্চা", "খতিয়ান", "mutation",
# "khajna"): neither is done on this number, each said where it is. A trade NOC's or a permit's fee is neither
# ... and as it is also put: "bari r tax", "panchayat tax", "পঞ্চায়েত কর", in Hindi "ghar ka tax", "मकान का टैक्स",
# "गृह कर" (never the professional tax on a salary, payroll's, nor income tax)
HOLDING_TAX = re.compile(
    r"\b(?:holding|property|house|bari|barir|bari\s+r|ghorer|ghor\s+er|sompotti|panchayat|ghar\s+ka|makan(?:\s+ka)?)"
    r"\s+(?:tax|kor|kar)\b|হোল্ডিং\s*ট্যাক্স"
    r"|(?:বাড়ির|বাড়ি|সম্পত্তি|ঘরের|পঞ্চায়েত)\s*(?:কর|ট্যাক্স)(?![\u0980-\u09ff])"
    r"|(?:होल्डिंग|प्रॉपर्टी|प्रोपर्टी|हाउस|संपत्ति|(?:मकान|घर)\s*का)\s*(?:टैक्स|कर)(?![\u0900-\u097f])|गृह\s*कर(?!\S)",
    re.IGNORECASE)
LAND_RECORD = re.compile(
    r"\b(?:porcha|parcha|porca|khatian|khatiyan|khotian|khotiyan|mutation|khajna|khajana|dag\s+(?:no|number|nombor))\b"
    r"|\bland\s+(?:records?|revenue|tax)\b|\bjomir\s+(?:record|kagoj|khajna|tax)"
    r"|পর্?চা|খতিয়ান|মিউটেশন|খাজনা|জমির\s*(?:রেকর্ড|কাগজ|কর)", re.IGNORECASE)

# A bank account to be changed, no pay nor scheme's money named ("bank account bodlate chai", "আমার ব্যাংক অ্যাকাউন্ট
# বদলাতে চাই", "I have a new bank account"): not done here; an employee's pay by the office's DDO (payroll's own
# phrase answers it where the pay is named), a scheme's money at the gram panchayat or block office. Never a phone or
# a password changed, nor an account opened ("new account khulbo")
BANK_ACCOUNT = re.compile(
    r"^(?!.*(?:\bmobile|\bphone|\bpass\s*word|\blogin|\bkhul\w*|\bopen\w*|মোবাইল|ফোন|পাসওয়ার্ড|খুল))"
    rf"(?=.*{ACCOUNT})(?=.*{ACCOUNT_CHANGED})", re.IGNORECASE)

# Money said taken for a payment that failed or was asked for, with no service named ("taka kete niyeche kintu payment
# hoyni", "money deducted but payment failed", "টাকা কেটে নিয়েছে", "পেমেন্ট ফেল হয়েছে", "paisa kat gaya", "someone
# called asking for money"): no payment is taken on this number and nobody here asks for money by a message, a call
# or a link; where fees and rooms are paid, and where a fraud is reported. Never a salary's, a pension's or a provident
# fund's deduction (payroll's), a bill's or a scheme's money
_MONEY = r"(?:\b(?:money|amount|taka|tk|paisa|paise|rupees?|rs)\b|টাকা|पैसे?|पैसा)"
_TAKEN = (r"(?:\b(?:deducted|debited|cut|lost|kete|kate|kata\s+(?:gec?h?e|hoy\w*)|kat\s+(?:gaya|gaye|liya|liye)"
          r"|chole\s+gec?h?e|gone)\b|কেটে|কাটা\s*(?:গেছে|হয়েছে)|চলে\s*গেছে|कट\s*(?:गया|गए|गये|लिया|लिए))")
_FAILED = (r"(?:\b(?:payment|transaction|txn|upi|pement)\s+(?:has\s+|was\s+|is\s+|got\s+|ta\s+|ti\s+)?"
           r"(?:failed|fail|declined|unsuccessful|stuck|atke\w*|hoy\s*ni|hoini|hocche\s+na|hochhe\s+na)\b"
           r"|পেমেন্ট\S*\s*(?:ফেল|হয়নি|হয়\s*নি|হচ্ছে\s*না|আটকে))")
_SOMEONE = r"(?:\b(?:someone|somebody|some\s+one|a\s+(?:man|person|caller)|ekjon|keu|koi|kisi)\b|একজন|কেউ|कोई|किसी)"
_ASKING = (r"(?:\b(?:asked|asking|asks|chaiche|chaichhe|cheyeche|chailo|chaichilo|mang\w*)\b"
           r"|চাইছে|চেয়েছে|চাইল|চাইছিল|मांग|माँग)")
MONEY_TAKEN = re.compile(unicodedata.normalize(
    "NFKC", r"^(?!.*(?:\b(?:salary|beton|betan|bet[oa]n\w*|pension|pf|gpf|epf|pay\s*slip|bill|bhata|allowance)\b"
            r"|বেতন|মাইনে|পেনশন|বিল|ভাতা))"
            # look-aheads from the start alone, each a pass over the words: never a scan within a scan
            rf"(?:(?=.*?{_MONEY})(?=.*?{_TAKEN})|(?=.*?{_FAILED})|(?=.*?{_SOMEONE})(?=.*?{_MONEY})(?=.*?{_ASKING}))"),
    re.IGNORECASE)

# Someone in danger said ("ambulance lagbe", "barite agun legeche", "amar chele ke sape kamreche", "accident hoyeche",
# "বন্যা", "pukure bachha dube geche", "aag lag gayi", "emergency"): this number sends no help, so the national
# emergency number is given at once. Never the money or the repairs after a flood or a fire ("flood relief er taka pai
# ni", "bonnar por rasta repair hoyni": a complaint's words), nor an insurance
_AFTER = (r"^(?!.*(?:\b(?:relief|compensation|taka|money|tran|khoti\w*|kh[oa]tipur[oa]n|repair\w*|insurance)\b"
          r"|ত্রাণ|ক্ষতিপূরণ|ক্ষতি|টাকা|মেরামত|সারা))")
EMERGENCY = re.compile(
    _AFTER + r".*?(?:\b(?:ambulance|emergency|accident|snake\s*-?\s*bite|snakebite|durgh[oa]t[oa]na|flood(?:ed|ing)?"
    r"|bonna|bonya|banya|drown\w*)\b|অ্যাম্বুলেন্স|এম্বুলেন্স|দুর্ঘটনা|এক্সিডেন্ট|বন্যা|एम्बुलेंस|एंबुलेंस"
    r"|\b(?:a{1,2}gun|aag)\s+(?:leg\w*|lag\w*)|আগুন\s*(?:লেগে|লাগ)|आग\s*लग|\bon\s+fire\b|\bfire\s+(?:brigade|broke)"
    r"|\b(?:sh?a{1,2}p|sanp|saanp)\s+(?:e\s+|ne\s+)?(?:kam[rd]\w*|kaat\w*|kat\w*)|\bsh?a{1,2}pe\s+kam[rd]\w*"
    r"|সাপে?\s*কাম"
    r"|\bdube\s+(?:gec?he|jacche|gelo)|ডুবে\s*(?:গেছে|যাচ্ছে|গেল))", re.IGNORECASE)

# An OTP said not come, or asked for ("otp pai ni", "OTP aseni", "I did not get the OTP", "ওটিপি আসেনি", "someone asked
# for my OTP"): this number sends none and never asks for one; where an OTP comes from, and never to tell it to anyone
OTP = re.compile(r"\b(?:otp|o\.t\.p)\b|ওটিপি|ओटीपी", re.IGNORECASE)


def says_something(inbound: Inbound, word: str | None) -> bool:
    """A first message that is more than a greeting: a photo, a voice note, a place, a contact (not a sticker), or
    three words or more (a paragraph about the problem) that are no keyword (nor words a service announced, which
    go to the service); figures alone ("1234 5678 9012") are no words to send on as a complaint."""
    if not_text(inbound):
        return True
    said = plain(inbound.text or "") if inbound.kind == "text" else ""
    return word is None and len(said.split()) >= UNREAD_WORDS and any(ch.isalpha() for ch in said)


def aadhaar(inbound: Inbound) -> bool:
    """Twelve figures alone, as an Aadhaar number is written ("1234 5678 9012", "১২৩৪৫৬৭৮৯০১২"): the person is asked not
    to send it here, where no service needs it."""
    return inbound.kind == "text" and AADHAAR.fullmatch(typed_number(plain(inbound.text or ""))) is not None


def short_words(inbound: Inbound, word: str | None) -> bool:
    """Words too few to say something (``says_something``) that are no keyword: a name ("Rina Das") or a number
    ("9800000001") typed where a tap was asked for; not a smile or a thumbs-up, nor words a service reads (asked
    of the menu before)."""
    typed = (inbound.text or "") if inbound.kind == "text" else ""
    return word is None and any(ch.isalnum() for ch in typed) and len(plain(typed).split()) < UNREAD_WORDS


def not_text(inbound: Inbound) -> bool:
    """A photo, a voice note, a document, a place or a contact card: something only a service can take."""
    return inbound.kind == "contacts" or wordless(inbound)


def wordless(inbound: Inbound) -> bool:
    """A photo, a video, a voice note, a document or a place: what a service may take without words (a contact
    card is a number to note, not a problem to show; a sticker says nothing)."""
    return inbound.kind == "location" or inbound.media is not None and inbound.media.kind != "sticker"


def sticker(inbound: Inbound) -> bool:
    return inbound.media is not None and inbound.media.kind == "sticker"


def unrouted(inbound: Inbound, service: str | None) -> str:
    """How the menu opens for a message no service took: the session's service is down, or there is none and the
    message was no words no service took (say where to send it), words nobody here reads, or a sticker (a smile
    or a wave: the menu, as to a greeting, without saying it was not understood)."""
    if service is not None:
        return "intro_unavailable"
    if sticker(inbound):
        return "intro_menu"
    if aadhaar(inbound):
        return "intro_aadhaar"
    return "intro_not_text" if not_text(inbound) else "intro_unclear"


def says_new_number(inbound: Inbound) -> bool:
    """One's mobile number changed, or to be, said (``NUMBER_CHANGED``): what moves with WhatsApp's own Change number
    (``gateway.moves``), and whom to ask when WhatsApp was set up afresh on it."""
    return inbound.kind == "text" and bool(inbound.text) and NUMBER_CHANGED.search(plain(inbound.text)) is not None


# The answers of ``from_words`` after which the words are kept to send to Complaints: an application held up, a receipt
# not given for a tax, money asked without one, are complaints
KEEPS_WORDS = frozenset({"intro_other_scheme", "intro_holding_tax", "intro_money_taken"})


def office_business(inbound: Inbound) -> str | None:
    """``intro_holding_tax``, ``intro_land_record``, ``intro_bank_account``, ``intro_money_taken`` or ``intro_otp``:
    holding tax or land records asked after, a bank account to be changed, none done here, money said taken
    (``MONEY_TAKEN``), or an OTP said not come or asked for (``OTP``); None for any other message."""
    if inbound.kind != "text" or not inbound.text:
        return None
    return _business(plain(inbound.text))


def _business(said: str) -> str | None:
    """``office_business`` of words already ``plain``."""
    if HOLDING_TAX.search(said):
        return "intro_holding_tax"
    if LAND_RECORD.search(said):
        return "intro_land_record"
    if BANK_ACCOUNT.search(said):
        return "intro_bank_account"
    if MONEY_TAKEN.search(said):
        return "intro_money_taken"
    return "intro_otp" if OTP.search(said) else None


_STATE_SCHEME = re.compile(rf"{STATE_SCHEME}|{OTHER_CERTIFICATE}", re.IGNORECASE)


def state_scheme(inbound: Inbound) -> bool:
    """How to get or apply for one of the state's schemes or a certificate no service here issues, named ("how to
    apply for pm kisan", "how can I apply for rupashree", "residential certificate lagbe", "SC certificate kivabe
    pabo"): ``other_scheme``'s, read before the services' phrases, whose "apply" and papers claim it with no room to
    leave every scheme and certificate out. The name is looked for first: most messages name none, and
    ``other_scheme`` is the longer pattern."""
    return _STATE_SCHEME.search(plain(inbound.text or "")) is not None and other_scheme(inbound)


def other_scheme(inbound: Inbound) -> bool:
    """How to get or apply for what no service here takes applications for ("how to get birth certificate", "how do I
    apply for pension?", "ration card kothay korbo"): said to be made at the offices, a delay a complaint."""
    return inbound.kind == "text" and bool(inbound.text) and OTHER_SCHEME_ASKED.search(plain(inbound.text)) is not None


def from_words(inbound: Inbound) -> str | None:
    """The gateway's own answer to words no service took, as the menu's intro: an application no service here takes
    (``other_scheme``), one's mobile number changed (``says_new_number``), an office's business (``office_business``);
    None for any other words. At the main menu; and for a first-timer, once the language is chosen, to the words
    their first message held."""
    return answer_to(inbound.text) if inbound.kind == "text" and inbound.text else None


def answer_to(text: str) -> str | None:
    """``from_words`` of typed words (someone in danger, ``EMERGENCY``, first): also what every service's chat
    answers where it understood nothing (``shared.elsewhere``), so that "my mobile number changed" or "otp pai ni" is
    answered there as at the menu."""
    said = plain(text)
    if EMERGENCY.search(said):
        return "intro_emergency"
    if OTHER_SCHEME_ASKED.search(said):
        return "intro_other_scheme"
    if NUMBER_CHANGED.search(said):
        return "intro_number_changed"
    return _business(said)
