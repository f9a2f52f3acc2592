"""A refund asked after, for the main menu's phrase that tells a guest their refunds: "when will I get my refund",
"refund kobe pabo", "refund er ki holo", "amar taka ferot kobe pabo", in Bengali "আমার টাকা ফেরত কবে পাব",
"রিফান্ড কবে পাব". Money given back is asked after with when, whether or what became of it.

Never other money: a salary, allowance or pension ("amar beton er taka kobe dhukbe", payroll's), a tax refund, a
ration shop's or a bank's money; nor "taka" or "টাকা কবে পাব" without a refund or ফেরত in the words.
"""
from __future__ import annotations

_OTHER = (r"(?!.*(?:\b(?:beton|baton|salary|salari|wages?|pay\s*slip|mayne|maine|bhata|pension|arrears?|da|tax|tds"
          r"|income|ration|bank|loan|gas|subsidy)\b|বেতন|মাইনে|ভাতা|পেনশন|বকেয়া|কর\b|আয়কর|ট্যাক্স|রেশন|ব্যাংক|ঋণ))")
_WHEN = (r"\b(?:when|kobe|kbe|status|where|what\s+happened|ki\s+holo|ki\s+hol|kothay|pabo|pab|pai|paini|get|got)\b"
         r"|কবে|কোথায়|কী\s*হল|কি\s*হল|কী\s*হলো|কি\s*হলো|পাব|পাবো|পাই|পাইনি|অবস্থা")
_WAYS = (
    rf"(?=.*(?:\brefund|রিফান্ড))(?=.*(?:{_WHEN}|\b(?:my|amar)\b|আমার))",
    rf"(?=.*(?:\bfer[oa]t\b|ফেরত))(?=.*(?:\btaka\b|টাকা|\bmoney\b))(?=.*(?:{_WHEN}))",
)
REFUND_ASKED = "^" + _OTHER + "(?:" + "|".join(_WAYS) + ")"
