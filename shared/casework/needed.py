"""What a villager types at the main menu or in a chat for a permission or licence they need, or for the paper they
wait for, in English, Bengali and Bengali in Latin letters: "amar bari banate permission lagbe", "দোকানের লাইসেন্স
চাই", "need a trade licence" (how to apply: nothing is applied for yet), "kagoj ta kobe pabo" (the paper of an
application made: one's own applications). Patterns for a ``Phrase`` of each casework service's menu entry, for its
chat's desk and for ``shared.elsewhere``, on the words as keywords are compared (``shared.india.plain``: NFKC, case
folded, one space between words)."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from shared.casework.said import DOCUMENT, HOW, HOW_LATIN, WANTED
from shared.india import plain

# wanted, said as villagers say it: "lagbe", "chai", "dorkar", লাগবে, চাই, দরকার; and how it is had: "kivabe pabo",
# কীভাবে পাব (how do I get it), or made, "kivabe korbo", কীভাবে করব, which ask how to apply as much as "kivabe apply
# korbo" does
WANT = (rf"(?:{WANTED}|\bnite\s+chai\b"
        rf"|\b(?:{HOW_LATIN})\s*(?:pa(?:bo|wa\s+jabe)|korbo)\b|(?:{HOW})\s*(?:পাব|করব))")
# an application already made, asked after: its status, where it is, what became of it, when it comes ("kobe pabo",
# Hindi's "kab milega");
# its number ("trade licence number lagbe": one's own numbers); or its letter or certificate (the document, not how
# to apply)
ASKED_AFTER = (r"(?!.*(?:\bstatus\b|\bkoth(?:ay|a)\b|\bki\s*hol|\bkobe\b|\bkokhon\b|\bwhen\b|\bwhere\b|\bapplied\b"
               r"|\bkorechi\b|\bobos?th?a\b|অবস্থা|স্ট্যাটাস|কোথা|(?:কি|কী)\s*হল|কবে|কখন|করেছি"
               r"|\bkab\b|कब"
               r"|\bnumber\b|\bnomb[oa]r\b|\bnambar\b|নম্বর|নাম্বার"
               rf"|{DOCUMENT}))")
# a house or a building named, by what is built or by building it: a building permission's, not another's
HOUSE = (r"(?:\bba+ri|\bgh[oa]r|\bmaka+n|\bhouse|\bbuild|\bbh[ao]b[ao]n|\bnirman|\bdalan|\bbana(?:bo|te|no|nor)\b"
         r"|\btoiri"
         r"|বাড়ি|ঘর|ভবন|নির্মাণ|দালান|বানা|তৈরি|मकान|घर|भवन|निर्माण|बना)")
BUILT = rf"(?:{HOUSE}|\bpermit\b|পারমিট)"
PERMISSION = (r"(?:\bpermission|\bpermit|\bon[ou]moti|\ban[ou]mati|\bijaa?zat|অনুমতি|পারমিশন|পারমিট"
              r"|अनुमति|परमिशन|परमिट|इजाज\u093c?त)")
# a trade's licence as villagers name it: the trade licence, a shop's or a business's ("dokan er licence", দোকানের
# লাইসেন্স, "shop licence", "byabsar licence"); not a driving licence or a licence alone
LICENCE = (r"(?:\btrade\s+licen[cs]es?\b|ট্রেড\s*লাইসেন্স"
           r"|\b(?:dok|duk)aa?n\S*\s+(?:er\s+|r\s+)?licen[cs]e|\b(?:shop|business)\s+licen[cs]e"
           r"|\bb[ay]a?bo?sa\S*\s+(?:er\s+)?licen[cs]e|(?:দোকান|ব্যবসা)\S*\s*(?:এর\s*)?লাইসেন্স)")


# how it is had, asked in English: "how do I get permission", "how can we get a trade licence", "how to get the NOC"
GET = r"\bhow\s+(?:do|can|to)\s+(?:i\s+|we\s+)?(?:get|obtain)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?"


def needed(thing: str) -> str:
    """The pattern of ``thing`` (a permission, a licence) said to be needed and not asked after: "<thing> lagbe",
    "<thing>-er jonno ... chai" (a word between), "need a <thing>", "want to get the <thing>", "how do I get
    <thing>"."""
    return (rf"{ASKED_AFTER}.*?(?:(?P<need>\b(?:need|want|require)s?\s+(?:to\s+(?:get|take|have)\s+)?"
            rf"(?:an?\s+|the\s+)?(?:\S+\s+)?)|(?P<get>{GET}))?(?:{thing})"
            rf"(?(need)|(?(get)|\S*\s+(?:\S+\s+)?(?:{WANT})))")


# a house to be built, no permission named ("I want to build a house", "bari banabo", "বাড়ি বানাতে চাই", "notun ghor
# toiri korbo", "ghar banana hai"): what it needs from the panchayat is building permission; never one built by
# another on the road or without leave (a complaint), a room booked ("ঘর বুক করতে চাই"), nor a house under a scheme
BUILDING_PLANNED = (
    r"(?!.*(?:\billegal|\bunauthori[sz]ed|\bencroach|\bwithout\s+(?:any\s+)?permission|\bdokhol"
    r"|\bbina\s+[ao]n[ou]m[ao]ti|\bawas|\byojon?a|অবৈধ|বেআইনি|দখল|বিনা\s*অনুমতি|আবাস|যোজনা))"
    r".*?(?:\b(?:want|wish|plan(?:ning)?|going|like|hope)\s+to\s+(?:build|construct)\s+(?:\S+\s+){0,3}?(?:house|home)\b"
    r"|\b(?:ba+ri|gh[oa]r|dalan|maka+n)\S*\s+(?:\S+\s+)?(?:banabo|banate\s+chai|toiri\s+kor(?:bo|te\s+chai)"
    r"|ban(?:a|wa)na\s+(?:hai|chaht?[aei]))\b|\bba+ri\s+korbo\b"
    r"|(?:বাড়ি|ঘর|দালান)\S*(?:\s+\S+)?\s*(?:বানাব|বানাতে\s*চাই|তৈরি\s*করব|তৈরি\s*করতে\s*চাই)|বাড়ি\s*করব"
    r"|(?:मकान|घर)\s*(?:बनाना|बनवाना)\s*(?:है|चाहत)"
    # or a floor added to one's house ("second floor korbo", "বাড়িতে দোতলা করব", "I want to add a floor to my house")
    r"|\b(?:add|build|construct|raise)\w*\s+(?:a\s+|an\s+|one\s+more\s+)?"
    r"(?:second\s+|third\s+|new\s+|another\s+|extra\s+)?(?:floor|stor(?:e?y|ies))\b"
    r"|\b(?:2nd|3rd|second|third|doto?la|tinto?la|upor\s*tola)\s+(?:floor\s+)?"
    r"(?:korbo|banabo|tulbo|toiri\s+korbo|(?:kor|bana|tul)te\s+chai)\b"
    r"|(?:দোতলা|তিনতলা|দোতালা|উপরতলা)\s*(?:করব|বানাব|তুলব|(?:কর|বানা|তুল)তে\s*চাই))")
# a house's permission needed: the building named somewhere in the words, the permission wanted
PERMISSION_NEEDED = rf"(?=.*{BUILT}){needed(PERMISSION)}"
# ... or a house to be built, not asked after (read from the start of the words: ``^`` or a guard before it)
HOUSE_PLANNED = rf"{ASKED_AFTER}{BUILDING_PLANNED}"
# ... and named, needed or asked after ("ghor banate permission lagbe", "barir onumoti kobe pabo"): building
# permission's business wherever it is typed, a house named beside it ("permit" alone may be a trek's)
PERMISSION_NAMED = rf"(?=.*{HOUSE}).*?{PERMISSION}"
# a trade's licence or its NOC needed ("dokan er licence chai", "notun trade licence lagbe", "NOC lagbe")
LICENCE_NEEDED = needed(rf"{LICENCE}|\bt?nocs?\b|এনওসি")
# a shop or a business and its licence named, wanted or a shop opened, not asked after ("dokan khulbo licence lagbe",
# "I want to open a shop, what licence do I need"): how to apply (read from the start of the words); never the
# service named alone ("dokaner licence", "dukan ka NOC")
SHOP = r"\bshops?\b|\b(?:dok|duk)aa?n|দোকান|\bbusiness|\bb[ay]a?bo?sa|ব্যবসা"
# ... or a shop or a business to be opened, no licence named ("I want to open a shop", "dokan khulbo", "দোকান খুলতে
# চাই", "byabsa shuru korbo", "ব্যবসা শুরু করতে চাই"): what it needs from the panchayat is the trade NOC; never a shop
# shut or opened by another ("my shop was closed", "when does the shop open": asked after)
OPENING = (r"\b(?:open|opening|start|starting|set\s+up|setting\s+up)\s+(?:(?:a|an|my|our|new|small|own)\s+)*(?:\S+\s+)?"
           r"(?:shops?|business|stall|store)\b"
           r"|\b(?:(?:dok|duk)aa?n|shop)\S*\s+(?:\S+\s+)?(?:khulb?o|khulte|kholar|dibo|debo|dite)\b"
           r"|\bb[ay]a?bo?sa\S*\s+(?:\S+\s+)?(?:shuru|suru)\b"
           r"|দোকান\S*(?:\s+\S+)?\s*(?:খুলব|খুলতে|খোলার|দেব|দিতে)|ব্যবসা\S*(?:\s+\S+)?\s*শুরু")
# ... or asked whether a shop may go on without it ("can I run my shop without NOC", "dokan er licence na thakle ki
# hobe", "লাইসেন্স ছাড়া দোকান চালানো যাবে?"): that it is needed, and how to apply, never one's own asked after
WITHOUT = r"(?:\bwithout\b|\bc?hh?ara\b|\bbina\b|\bna\s+thakle\b|ছাড়া|না\s*থাকলে|बिना)"
SHOP_LICENCE = (rf"{ASKED_AFTER}(?:(?=.*(?:{SHOP}))(?=.*(?:\blicen[cs]es?\b|লাইসেন্স|\bt?nocs?\b|এনওসি))"
                rf"(?=.*(?:{WANT}|\b(?:need|want|require|open|start|khulb?o|khulte)\b|খুল|{WITHOUT}))"
                rf"|.*?(?:{OPENING}))")
# The service named alone, as the whole message ("অনুমতি", "onumoti", "building permit", "NOC", "লাইসেন্স", "noc ta"):
# the person come for their application, in that service's chat; not its letter (অনুমতিপত্র, "permission letter")
ALONE = r"(?:টা|টি|\s*ta|\s*ti)?[\s.?!]*$"
PERMISSION_ALONE = (r"^(?:(?:building|house|ba+rir?|ghor(?:er)?|bh[ao]b[ao]n(?:er)?|বাড়ির?|ঘরের|ভবন(?:ের)?"
                    rf"|ভবন\s*নির্মাণের)\s*)?{PERMISSION}s?{ALONE}")
LICENCE_ALONE = rf"^(?:{LICENCE}|(?:trade\s+|ট্রেড\s*)?(?:\bt?nocs?\b|এনওসি|\blicen[cs]es?\b|লাইসেন্স)){ALONE}"
# the paper of an application waited for, unnamed: "kagoj ta kobe pabo", "কাগজ কবে পাব", "when will I get my papers";
# building permission's letter or the trade NOC's certificate, so the menu asks which
PAPER_WHEN = (r"(?=.*(?:\bkag[oa]j|কাগজ|\bpapers?\b))"
              r"(?=.*(?:\bkobe\b|\bkokhon\b|\bwhen\b|কবে|কখন))")


def says(text: str, pattern: str) -> bool:
    """Whether ``text``, compared as the main menu compares the words (``plain``), says what ``pattern`` does; an
    empty pattern says nothing."""
    return bool(pattern) and _compiled(pattern).search(plain(text)) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)
