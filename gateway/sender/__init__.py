"""The outbound sender: drains ``wa.outbound`` into the WhatsApp Cloud API.

Reading order: ``worker`` (the handlers), ``sending`` (one claimed outbound, to the end), ``reads`` (read
receipts), ``delivery`` (one message, limits and retries), ``policy`` (what each Meta error code means),
``limits`` (token bucket, pair limiter), ``client`` (HTTP), ``records`` (sent log), ``replay`` (what a claim
keeps to send again), ``optouts`` (who said STOP), ``moves`` (where a number's messages go after it changed
hands), ``main`` (wiring).
"""
