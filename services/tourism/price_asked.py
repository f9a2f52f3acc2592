"""What a room costs, asked, for the main menu's phrase (taken from inside another service's conversation too) and
the booking's steps: "how much is a room", "room rent?", "what does a room cost per night", "is there a cheaper
room?", in Bengali "ঘর ভাড়া কত", "রুমের দাম কত", "সস্তা ঘর আছে?", and in Latin letters "room er dam koto", "ghor bhara
koto", "kom damer ghor ache?", "booking korle ki taka lagbe". A room (or a guest house, a night, a booking) and its
price, in one short message.

Never a price told of as past or against: a room that cost too much with a refund or a complaint ("the room was too
expensive, I want a refund", "ghor bhara beshi niyeche"), a cancellation's money back; nor a house rent allowance
(payroll's), a housing scheme's house, a room to build, a shop's or a school's room, an advance (how to pay), a
train's or a bus's ticket.
"""
from __future__ import annotations

import re
import unicodedata

_AGAINST = (r"(?!.*(?:\brefund|\bfer[oa]t\b|\bcomplain|\bobhijog|\babhijog|\bovijog|\bcancel|\bbatil\b|\bwas\b|\bwere\b"
            r"|\bpaid\b|\bcharged\b|\bovercharg|\bniy?e(?:che|chilo|chhe)\b|\bnilo\b|\bnil\b|\bdiyechi"
            r"|\ballowance|\bhra\b"
            r"|\bbh?ata\b|\bsalary|\bbeton\b|\bawas|\babas\b|\byojon?a|\bbuild|\bconstruct|\bbana(?:te|bo|no)\b|\bshop"
            r"|\bdokan|\bmarket|\bbazar|\bstall|\bschool|\boffice|\bbills?\b|\breceipt|\brosid|\bvoucher"
            # an advance (how to pay, ``stay_asked``), a ticket's or a train's booking
            r"|\badvance|\btickets?\b|\btrain|\bbus\b|\bflight|অগ্রিম|টিকিট|ট্রেন"
            r"|ফেরত|রিফান্ড|অভিযোগ|নালিশ|বাতিল|নিয়েছে|নিয়েছিল|নিল|নিলো|দিয়েছি|ভাতা|বেতন|আবাস|যোজনা|বানা|তৈরি"
            r"|দোকান|বাজার"
            r"|স্কুল|অফিস|বিল|রসিদ|ভাউচার))")
_ROOM = (r"(?=.*(?:\brooms?(?:er)?\b|\bgh[oa]r(?:er)?\b|\bkamr[ae]\b|\bguest\s*houses?\b|\bhome\s*stays?\b|\bhotel"
         r"|\blodge\b|\bcottages?\b|\bdorm|\bstay\b|\bnight\b|\braa?t(?:er)?\b|\braate\b|ঘর|রুম|কামরা"
         r"|\bbookings?\b|বুকিং"
         r"|অতিথি\s*নিবাস"
         r"|হোম\s*স্টে|হোটেল|কটেজ|(?<![ক-হ])রাত|कमर[ाे]|रूम))")
# the price itself, or a cheaper one; "koto" (how much, and how many) only as a price: "koto taka", "koto kore"
_PRICE = (r"\bprices?\b|\bpricing\b|\bcosts?\b|\brates?\b|\brent\b|\btariffs?\b|\bcharges?\b|\bfare\b|\bhow\s+much\b"
          r"|\bda{1,2}m(?:er|\s+(?:koto|kto|ki|kemon))\b|\bbh?a{1,2}ra\b|\bvara\b|\bbhada\b"
          r"|\bkoto\s+(?:taka|kore|da{1,2}m)\b|\btaka\s+koto\b|\bkhor[oa]ch|দাম|ভাড়া|কত\s*টাকা|টাকা\s*কত|কত\s*করে|খরচ"
          # the money a booking or a room takes: "booking korle ki taka lagbe", "ঘর নিতে কী টাকা লাগে"
          r"|\b(?:ki\s+)?taka\s+lag(?:be|e)\b|(?:কী\s*|কি\s*)?টাকা\s*লাগ(?:বে|ে)"
          # and in Hindi: "kamre ka kiraya kitna hai", "कमरे का किराया कितना है", "kamra kitne ka hai" (never "kitne
          # log", how many)
          r"|\bkiraya\b|\bkitn(?:a|e\s+k[aie])\b|किराया|कितना")
CHEAPER = (r"\bcheap|\bless\s+expensive|\blow(?:er)?\s+(?:price|rate|budget)|\bbudget\b|\baffordable|\bkom\s+da{1,2}m"
           r"|\bkom\s+bh?a{1,2}ra|\bsh?osta\b|সস্তা|কম\s*দাম|কম\s*ভাড়া")
_FEW_WORDS = r"(?:\S+(?:\s+|$)){1,14}$"
# the whole message, of a few words: the main menu's phrase, and taken so from inside another service's conversation
PRICE_ASKED = rf"^{_AGAINST}{_ROOM}(?=.*(?:{_PRICE}|{CHEAPER})){_FEW_WORDS}"
# inside the booking, the room is what is being chosen: the price alone asks it ("how much?", "dam koto?", "কত টাকা?")
ASKED_HERE = re.compile(unicodedata.normalize("NFKC", rf"^{_AGAINST}(?=.*(?:{_PRICE}|{CHEAPER})){_FEW_WORDS}"))
CHEAPER_ASKED = re.compile(unicodedata.normalize("NFKC", CHEAPER))
