"""The payroll service, declared: what it consumes, its store indexes, its menu row, back office and texts.

``spec()`` is what ``services.registry`` loads for ``panchayat run`` and ``panchayat service payroll``. On
start it loads the demo employees once per store and finishes any import batch a stopped copy left
unfinished, and every copy looks for such batches again now and then while it runs, so a crash (or a
broker out of reach) in the middle of an import never leaves half a month behind.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from services.payroll import corrections, demo, handlers, publishing
from services.payroll.backoffice import routes
from services.payroll.phrases import BANK_CHANGED, NOT_HELD, PAY_NEWS, PHRASES
from services.payroll.repository import INDEXES
from shared import owed
from shared.documents import check_fonts
from shared.envelope import Envelope
from shared.retention import LANGUAGES
from shared.runtime import Context, MenuEntry, Phrase, ServiceContext, ServiceSpec
from shared.runtime.context import SESSION_LEFT
from shared.settings import load_settings
from shared.texts import LANGS, Catalog

NAME = "payroll"
INBOUND = "wa.inbound.payroll"
LEFT = f"{SESSION_LEFT}.{NAME}"  # the main menu ended the person's session here: the PIN is asked again
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
FINISH_EVERY = 60.0  # seconds between looks for an import left unfinished
MENU = MenuEntry(NAME, title={"bn": "বেতন বিবরণী (কর্মী)", "en": "Payroll: pay slips"},
                 description={"bn": "পঞ্চায়েত কর্মচারীদের বেতন ও বার্ষিক বেতন বিবরণী",
                              "en": "Pay slips and salary statements for panchayat staff"}, order=50, phrases=(
                     # what the payroll does not hold ("PF balance koto?"): answered at the main menu, its slips near
                     Phrase("slip", NOT_HELD, says={lang: TEXTS("not_held", lang) for lang in LANGS},
                            offer={lang: TEXTS("btn_latest_slip", lang) for lang in LANGS}),
                     # the pay's bank account to be changed ("salary account change korte chai"): the office's
                     Phrase("slip", BANK_CHANGED, says={lang: TEXTS("bank_changed", lang) for lang in LANGS},
                            offer={lang: TEXTS("btn_latest_slip", lang) for lang in LANGS}),
                     # a rise, a bonus or an arrear asked after ("DA kobe barbe", "bonus kobe pabo"): not known here
                     Phrase("slip", PAY_NEWS, says={lang: TEXTS("pay_news", lang) for lang in LANGS},
                            offer={lang: TEXTS("btn_latest_slip", lang) for lang in LANGS}),
                     *PHRASES),
                 hears_left=True)


def spec(*, public_url: str | None = None, load_demo: bool = True,
         finish_every: float | None = FINISH_EVERY) -> ServiceSpec:
    """``public_url``: where the documents' QR codes point (default ``PUBLIC_BASE_URL``, else the local
    gateway); ``load_demo=False`` starts with an empty payroll (tests bring their own); ``finish_every=None``
    runs no periodic look for unfinished imports (tests call ``publishing.finish_unfinished``)."""
    verify_base = public_url if public_url is not None else load_settings().public_url()

    async def on_inbound(envelope: Envelope, ctx: Context) -> None:
        await handlers.on_inbound(envelope, ctx, public_url=verify_base)

    async def on_start(service: ServiceContext) -> None:
        await publishing.finish_unfinished(service)
        if load_demo:
            await demo.load_once(service)

    finishing = () if finish_every is None else (partial(publishing.finish_forever, every=finish_every),)
    finishing += (owed.sweep(corrections.announce_due, NAME),)  # corrections the office left unannounced
    # slips are drawn on request: a machine without the fonts stops before it connects, with the fix
    return ServiceSpec(name=NAME, bindings=(INBOUND, LEFT), handlers={INBOUND: on_inbound, LEFT: handlers.on_left},
                       indexes=(*INDEXES, *corrections.INDEXES), menu=MENU, routes=routes, texts=TEXTS,
                       checks=(check_fonts,), on_start=on_start, tasks=finishing, retention=(LANGUAGES,),
                       on_number_changed=handlers.on_number_changed)
