"""A refund asked after or asked for, for the main menu's phrase that tells a guest their refunds: "when will I get
my refund", "refund kobe pabo", "refund er ki holo", "amar taka ferot kobe pabo", in Bengali "আমার টাকা ফেরত কবে পাব",
"রিফান্ড কবে পাব". Money given back is asked after with when, whether or what became of it; or asked for, about a
booking or a room in any sentence ("the room was too expensive, I want a refund"), or in words that only ask for it
("I want a refund", "refund chai", "টাকা ফেরত চাই"): such a bare ask is the chat's only for a person with a booking
(``conversation.refunds``).

Never other money: a salary, allowance or pension ("amar beton er taka kobe dhukbe", payroll's), a tax refund, a
ration shop's or a bank's money, a gas subsidy, an electricity bill, an insurance premium, a train or bus ticket;
nor "taka" or "টাকা কবে পাব" without a refund or ফেরত in the words.
"""
from __future__ import annotations

import re
import unicodedata

_OTHER = (r"(?!.*(?:\b(?:b[ae]ton|salar[yi]|wages?|pay\s*slip|ma[yi]ne|bhata|pension|arrears?|da|tax|tds|income"
          r"|ration|bank|loan|gas|subsidy|electric\w*|bid+yut|bills?|insurance|premium|train|bus|flight|tickets?)\b"
          r"|বেতন|মাইনে|ভাতা|পেনশন|বকেয়া|কর\b|ট্যাক্স|রেশন|ব্যাংক|ঋণ|গ্যাস|ভর্তুকি|বিদ্যুৎ|কারেন্ট|বিলে?র?\b"
          r"|ব[ীি]মা|ট্রেন|টিক[িে]ট))")
_WHEN = (r"\b(?:when|kobe|kbe|status|where|what\s+happened|ki\s+holo?|kothay|pabo?|pai(?:ni)?|get|got)\b"
         r"|কবে|কোথায়|ক[ীি]\s*হলো?|পাবো?|পাই(?:নি)?|অবস্থা")
# money back named anywhere: "refund", "money back", or ferot and taka ("tk" as it is written short) (each looked for
# once from the start: a look for them nested in another's ``.*`` searched the rest of the message again from every
# character of it)
_MONEY_BACK = (r"(?:(?=.*(?:\brefund|রিফান্ড|\bmoney\s+back\b))"
               r"|(?=.*(?:\bfer[oa]t\b|ফেরত))(?=.*(?:\bt(?:aka|k)\b|টাকা|\bmoney\b)))")
# a booking or a room, or a stay at a guest house, named with the refund
STAY = (r"\bbookings?\b|\breservations?\b|\brooms?\b|\bgh[oa]r(?:er)?\b|\bguest\s*houses?\b|\bhome\s*stays?\b|\bhotel"
        r"|\bstay|\blodge\b|\bcottage|\bcancel|\bbatil\b|বুকিং|ঘর|রুম|অতিথি\s*নিবাস|হোম\s*স্টে|হোটেল|বাতিল")
# words that only ask for money back: "I want a refund", "refund please", "amar taka ferot chai", "টাকা ফেরত দিন"
_ASKING = (r"i|we|wants?|need|would|like|a|my|our|the|me|us|give|get|please|pl[sz]|sir|madam|full|money|back|refunds?"
           r"|return|chai|chay|chaichi|lagbe|dorkar|dao|din|den|amar|amader|amake|taka|tk|fer[oa]t|kor(?:o|un|e)"
           r"|আমি|আমার|আমাদের|আমাকে|টাকা|ফেরত|রিফান্ড|চাই|চাইছি|দিন|দাও|দেন|দরকার|লাগবে|করুন|করে|স্যার")
_ALONE = rf"{_MONEY_BACK}(?:(?:{_ASKING})(?:\s+|$))+$"  # "I want a refund", "refund chai", "টাকা ফেরত চাই"
_WAYS = (
    rf"(?=.*(?:\brefund|রিফান্ড))(?=.*(?:{_WHEN}|\b(?:my|amar)\b|আমার))",
    rf"(?=.*(?:\bfer[oa]t\b|ফেরত))(?=.*(?:\bt(?:aka|k)\b|টাকা|\bmoney\b))(?=.*(?:{_WHEN}))",
    rf"{_MONEY_BACK}(?=.*(?:{STAY}))",  # "the room was too expensive, I want a refund"
    _ALONE,
)
REFUND_ASKED = "^" + _OTHER + "(?:" + "|".join(_WAYS) + ")"
# ... and in Hindi, money back asked after ("paisa wapas kab milega", "refund kab milega", "मेरा रिफंड कब मिलेगा",
# "booking ka paisa wapas chahiye"): a phrase of its own (the one above has no room), never other money either
_BACK_HI = r"(?:\bwapa?s\b|\bvapa?s\b|वापस)"
_MONEY_HI = r"(?:\bpais[ae]\b|\bru?pa?ye\b|पैस[ाे]|रुपय?े)"
_WHEN_HI = r"(?:\bkab\b|\bkaise\b|\bkya\s+hua\b|\bmil\w*|\bchahiye\b|कब|कैसे|क्या\s*हुआ|मिल|चाहिए)"
REFUND_ASKED_HINDI = (rf"^{_OTHER}(?:(?=.*{_BACK_HI})(?=.*{_MONEY_HI})(?=.*{_WHEN_HI})"
                      rf"|(?=.*(?:\brefund|रिफंड|रिफ़ंड))(?=.*(?:{_WHEN_HI}|\bmer[aie]\b|मेर[ाीे]|{STAY}|बुकिंग)))")
# asked for in words that only ask for it, asked after with no when, my or a booking: the chat's for a guest only
ASKED_ALONE = re.compile(unicodedata.normalize("NFKC", rf"^(?!.*(?:{_WHEN}|{STAY}|\b(?:my|amar)\b|আমার)){_ALONE}"))
# The rules of cancelling asked, before a booking or after ("cancellation policy", "refund rules", "cancellation charge
# koto", "booking cancel korle ki hobe", "cancel korle koto taka ferot pabo", "what if I cancel", "বাতিল করলে কত টাকা
# ফেরত পাব", "বাতিলের নিয়ম"): the share refunded by how long before check-in (``conversation.refunds.rules``); never
# cancelling asked for ("cancel korte chai"), other money (``_OTHER``), nor an application's or a licence's cancelling
_NOT_PAPER = r"(?!.*(?:\b(?:applications?|abedon|permits?|noc|licen[cs]e|trade|card)\b|আবেদন|লাইসেন্স|কার্ড))"
_RULES = (r"\b(?:cancel\w*|refund)\s+(?:polic(?:y|ies)|rules?|terms|niyom|charges?|fees?)\b"
          r"|(?:বাতিল|ক্যান্?সেল|রিফান্ড|ফেরত)\S*\s*(?:নিয়ম|নীতি|চার্জ|পলিসি)"
          r"|\b(?:cancel|batil)\s+(?:kor(?:le|a\s+hole)|korte\s+hole)\b|\b(?:what\s+if|if)\s+(?:i|we)\s+cancel\b"
          r"|(?:বাতিল|ক্যান্?সেল)\s*(?:করলে|করা\s*হলে)")
RULES_ASKED = unicodedata.normalize("NFKC", rf"^{_OTHER}{_NOT_PAPER}.*?(?:{_RULES})")
RULES = re.compile(RULES_ASKED)
