"""A trade NOC given up (surrendered) when the trade closes, or an application for one withdrawn, asked for ("licence
surrender korbo", "noc cancel korte chai", "dokan bondho kore dibo, licence ki korbo", "লাইসেন্স বাতিল করতে চাই", "ट्रेड
लाइसेंस रद्द करना है"; ``shared.casework.given_up``): done only at the gram panchayat office, in writing with its
number, never here. A NOC's cancelling asked after ("noc cancel holo keno", "লাইসেন্স বাতিল হয়ে গেছে কেন") is one's own
NOCs, not this; an application named without a trade ("application withdraw korte chai") is this service's in its own
chat alone, where building permission's is not meant."""
from __future__ import annotations

import re

from shared.casework.given_up import APPLICATION, GIVING_UP
from shared.casework.needed import SHOP

PAPER = r"(?:\bt?nocs?\b|\blicen[cs]e\w*|\btrade\b|এনওসি|লাইসেন্স|ট্রেড|ला[इय]सें?स|एनओसी)"
# ... or one's own shop or business closed, the NOC unnamed ("I want to close my shop", "ami dokan bondho kore dibo",
# "আমার দোকান বন্ধ করে দেব"): its NOC is given up; never a shop not said to be one's own ("shop bondho korte chai",
# "pasher moder dokan bondho korte chai", "মদের দোকান বন্ধ করুন": may be a complaint's)
_OWN_SHOP = (r"(?:\b(?:my|our|amar|amader|nijer)\s+(?:\S+\s+)?|(?:আমার|আমাদের|নিজের)\s*(?:\S+\s+)?"
             rf"|^(?:ami\s+|আমি\s*))(?:{SHOP})")
# at the main menu: a NOC, a trade or a licence named (an application alone may be building permission's)
GIVEN_UP = rf"(?=.*(?:{PAPER}|{_OWN_SHOP})){GIVING_UP}"
# in the NOC's own chat: an application named too
GIVEN_UP_HERE = re.compile(rf"^(?=.*(?:{PAPER}|{APPLICATION}|{_OWN_SHOP})){GIVING_UP}",
                           re.IGNORECASE | re.DOTALL)
