"""The RabbitMQ and MongoDB tests run one after another on one worker, whatever the other worker runs: two of them
at once declare and delete the same queues on the same broker, which has left RabbitMQ unable to declare one again
('cluster_not_formed') for every later run. The worker's test ids must carry the group: pytest-xdist 3.8 tags them
through an attribute pytest 9.2 no longer reads, and there every RabbitMQ test ran beside another."""
from __future__ import annotations

import pytest


def test_every_broker_test_is_in_the_group_one_worker_runs_in_turn(request: pytest.FixtureRequest) -> None:
    items = request.session.items
    broker = [i for i in items if i.get_closest_marker("rabbit") or i.get_closest_marker("mongo")]
    if not broker:
        pytest.skip("no RabbitMQ or MongoDB test was collected with this one: run it with the suite, whose grouping "
                    "it checks")
    for item in items:
        groups = {m.args[0] for m in item.iter_markers("xdist_group")}
        assert groups == ({"broker"} if item in broker else set()), item.nodeid
    if request.config.getoption("dist", "no") == "loadgroup" and hasattr(request.config, "workerinput"):
        # the group is read off the marker when xdist names the items: after this project's hook, or not at all
        assert all(i.nodeid.endswith("@broker") for i in broker)
        assert not any(i.nodeid.endswith("@broker") for i in items if i not in broker)
