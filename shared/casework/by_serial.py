"""The document asked for by the serial on the slip alone ("permit 101 letter", "101 er chithi", "অনুমতি ১০১ এর চিঠি"),
without the year or the district: of the asker's own cases, the one with that serial gets its document sent, as
"send my letter again" sends it (``answers.download``: one not yet approved is said to have none yet). Several of
theirs with it are offered to tap; a serial none of theirs has is said to be no case of theirs, and another's with
it is never named.
"""
from __future__ import annotations

from shared.casework import answers, cloud
from shared.casework.show import digits
from shared.casework.visit import Visit

serial = answers.typed_serial  # the figures typed last, without leading zeros


async def letter(visit: Visit, text: str) -> None:
    wanted = serial(text)
    own = await answers.own_by_serial(visit, text)
    if len(own) == 1:
        return await answers.download(visit, own[0].number)
    if not own:
        said = "number_hidden" if visit.number_hidden else "serial_not_own"
        return answers.ask_number(visit, hint=visit.t(said, serial=digits(wanted or "", visit.lang)))
    rows = [cloud.Row(f"{visit.prefix}download:{c.number}", c.number,
                      f"{visit.status(c)} · {visit.local(c.gp.name_bn, c.gp.name_en)}") for c in own]
    visit.say(cloud.rows(visit.with_nav(visit.t("own_serial")), visit.t("choose"), visit.t("btn_letters"),
                         visit.page(rows, 0, "letters")))
