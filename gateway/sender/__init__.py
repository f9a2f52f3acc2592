"""The outbound sender: drains ``wa.outbound`` into the WhatsApp Cloud API.

Reading order: ``worker`` (the handlers), ``delivery`` (one message, limits and retries), ``policy``
(what each Meta error code means), ``limits`` (token bucket, pair limiter), ``client`` (HTTP),
``records`` (sent log, opt-outs), ``moves`` (where a number's messages go after it changed hands), ``main``
(wiring).
"""
