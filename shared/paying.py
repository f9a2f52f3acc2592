"""How or where to pay asked with nothing named ("how do I pay?", "taka kivabe dibo?", "টাকা কোথায় জমা দেব?",
"payment kivabe korbo"): a building permission's fee, a trade NOC's or a room's (paid at the guest house, never here),
so each of the three services announces it and the main menu asks which is meant. The whole message, a few words: a
thing named with it ("how do I pay the NOC fee", "how do I pay for my room") is that service's own phrase's. And
the bank account money is paid into, to be changed: payroll's where one's pay is named, the gateway's otherwise."""
from __future__ import annotations

PAY_UNNAMED = (r"^(?:(?:how|where)\s+(?:do|can|should|to)\s+(?:i\s+|we\s+)?pay(?:ment)?"
               r"|(?:taka|tk|payment|pay)\s+(?:ki\s*(?:bh|v|b)abe|ki\s+kore|kotha[yi])\s+(?:joma\s+)?"
               r"(?:d[ie]bo|korbo|(?:dite|korte)\s+hobe)"
               r"|(?:টাকা|পেমেন্ট)\s*(?:কী|কি)?\s*(?:ভাবে|করে|কোথায়)\s*(?:জমা\s*)?"
               r"(?:দেব|দেবো|দিব|করব|করবো|(?:দিতে|করতে)\s*হবে))"
               r"(?:\s+(?:online|now|here|please|pls))?\s*\??$")

# A bank account named ("bank", "a/c", ব্যাংক, অ্যাকাউন্ট) and said to be changed or new ("bodlate chai", "switch",
# "নতুন অ্যাকাউন্ট"): read by payroll where one's pay is named, by the gateway where nothing is
ACCOUNT = r"(?:\b(?:bank|a/c|acc(?:oun)?t|accounts?)\b|ব্যাংক|ব্যাঙ্ক|অ্যাকাউন্ট|একাউন্ট)"
ACCOUNT_CHANGED = (r"(?:\b(?:change\w*|bod[oa]?l\w*|update\w*|switch\w*|shift\w*)\b|\bnew\s+(?:bank|a/c|acc(?:oun)?t)"
                   r"|বদল\S*|পরিবর্তন\S*|নতুন\s*(?:ব্যাংক|ব্যাঙ্ক|অ্যাকাউন্ট|একাউন্ট))")
