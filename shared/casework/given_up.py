"""A paper given up, or an application for one withdrawn, asked for: "licence surrender korbo", "noc cancel korte
chai", "building permission cancel korte chai", "আবেদন প্রত্যাহার করতে চাই", "ट्रेड लाइसेंस रद्द करना है", "application
wapas lena hai". Each service says which paper its words name (``services.noc.conversation.given_up``, the permit
chat); what is given up asked after ("noc cancel holo keno", "লাইসেন্স বাতিল হয়ে গেছে কেন") is one's own cases, not
this."""
from __future__ import annotations

APPLICATION = r"(?:\bapplication\w*|\ba+bed[ao]n\w*|আবেদন|आवेदन)"
_WORD = (r"(?:\bcancel\w*|\bba+til|\bwithdraw\w*|\bclos(?:e|ing)\b|\bbo?ndh?o\b|\bband\b|\bpr[ao]tt?y?ahar\w*|\bradd\b"
         r"|বাতিল|বন্ধ|প্রত্যাহার|रद्द|बंद)")
_DONE = (r"(?:\bkor(?:te|bo|ben|a|ar)\b|\bchai\b|\bdi(?:bo|te)\b|\bdebo\b|\bkar(?:na|ni|wana|ana)\b"
         r"|করতে|করব|করার|করা|চাই|দেব|দিতে|करना|करनी|करवाना|कराना)")
# taken back, in Hindi ("application wapas lena hai", "आवेदन वापस लेना है"); not money asked back ("fee wapas chai")
_TAKEN_BACK = r"(?:\bwa+pas\s+le(?:na|ni)\b|वापस\s*(?:लेना|लेनी))"
# the words of giving up, and none asking after it ("keno", "hoye geche", "কেন", "क्यों")
GIVING_UP = (rf"(?=.*(?:\bsurrender\w*|সারেন্ডার|सरेंडर|{_TAKEN_BACK}|{_WORD}\S*\s+(?:\S+\s+)?{_DONE}"
             r"|\b(?:how|want|wish)\s+(?:\S+\s+){0,3}?(?:cancel|close|withdraw)))"
             r"(?!.*(?:\bkeno\b|\bwhy\b|\bhoy[ea]\w*|\bhol[oa]\b|\bgeche\b|\bwas\b|\bbeen\b|হয়ে|হল|কেন|गया|क्यों))")
