"""Money said taken for a payment that failed, or asked for by someone, with no service named ("taka kete niyeche
kintu payment hoyni", "money deducted but payment failed", "টাকা কেটে নিয়েছে", "পেমেন্ট ফেল হয়েছে", "paisa kat gaya",
"someone called asking for money") got "I could not tell which service your message is for": a person who may have
paid a fraudster was told nothing. No payment is taken on this number: it is said so, that nobody from the panchayat
asks for money by a message, a call or a link, where a fee and a room are paid, and that money taken by a link or a
call is told to the bank and reported on 1930 or cybercrime.gov.in. The words are kept, one tap to send them to
Complaints (money asked without a receipt is one). A salary's, a pension's, a provident fund's or a bill's deduction,
a fee or a room's price asked, money paid at the office, are none of it. Said in Devanagari ("पैसे कट गए") by one who
chose a language, it got only "we answer in Bengali and English": it gets the same, in their language."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_office_business import inbound
from test_gateway_other_scheme import rows

from gateway.kinds import office_business
from shared.chat import Inbound
from simulator import webhooks as wa

SEND = "shell:unread"
SAID = {"en": "No payment is taken on this WhatsApp number, and nobody from the panchayat asks for money",
        "bn": "এই হোয়াটসঅ্যাপ নম্বরে কোনো টাকা নেওয়া হয় না, আর পঞ্চায়েতের কেউ মেসেজ, ফোন বা লিংকে টাকা চায় না"}
REPORT = {"en": "report it on 1930, the national cyber crime helpline, or at cybercrime.gov.in",
          "bn": "জাতীয় সাইবার অপরাধ হেল্পলাইন 1930-এ ফোন করে বা cybercrime.gov.in-এ অভিযোগ করুন"}
TAKEN = [("en", "money deducted but payment failed"), ("en", "payment failed"), ("en", "transaction failed"),
         ("en", "Money was deducted from my account"), ("en", "someone asked me for money on whatsapp"),
         ("en", "a man called asking for money for my permit"),
         ("bn", "taka kete niyeche kintu payment hoyni"), ("bn", "taka kete geche"), ("bn", "payment hoyni"),
         ("bn", "OTP diye diyechi taka chole geche"), ("bn", "keu ekjon phone kore taka chaiche"),
         ("bn", "টাকা কেটে নিয়েছে"), ("bn", "টাকা কেটে গেছে কিন্তু পেমেন্ট হয়নি"), ("bn", "পেমেন্ট ফেল হয়েছে"),
         ("en", "paisa kat gaya"), ("en", "paise kat gaye par payment fail"),
         # in Devanagari, by one who chose English or Bengali: the script's answer was all they got
         ("en", "पैसे कट गए लेकिन पेमेंट नहीं हुआ"), ("bn", "किसी ने फोन करके पैसे मांगे")]


@pytest.mark.parametrize(("lang", "said"), TAKEN)
async def test_money_said_taken_is_told_none_is_taken_here_where_to_report_it_and_the_words_kept(
        stack: Stack, lang: str, said: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, said))
    (menu,) = stack.recorder.bodies()
    assert SAID[lang] in text_of(menu) and REPORT[lang] in text_of(menu), text_of(menu)
    assert "could not tell which service" not in text_of(menu) and "বুঝতে পারিনি" not in text_of(menu)
    assert rows(menu)[0] == SEND
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [said]


@pytest.mark.parametrize("text", ["salary theke taka kete niyeche", "beton theke beshi taka kete niyeche",
                                  "pension er taka kete niyeche", "electricity bill payment failed",
                                  "trade licence fee koto", "room er bhara koto", "taka kivabe dibo",
                                  "ami fee jama diyechi", "payment korbo", "amar taka ferot chai", "kata",
                                  "ghush chaiche officer", "বেতন থেকে টাকা কেটে নিয়েছে"])
def test_a_pay_deduction_a_bill_a_price_or_money_paid_is_none_of_it(text: str):
    assert office_business(inbound(text)) is None

