"""The worker's heartbeat: a periodic task that does nothing but be recorded (``portal.ops.receivers``).

Why a task of its own: the other tasks run every minute to every day, and a task that failed still
proves the loop turns; ``ops.heartbeat`` every 30 s gives ``/healthz`` one row to read.
"""

from wagtail import hooks

from portal.core.hooks import PERIODIC_TASK, PeriodicTask

HEARTBEAT_TASK = "ops.heartbeat"
HEARTBEAT_SECONDS = 30


def heartbeat():
    """Nothing to do: the worker records the run after it (``periodic_task_finished``)."""


@hooks.register(PERIODIC_TASK)
def ops_heartbeat():
    return [PeriodicTask(HEARTBEAT_TASK, HEARTBEAT_SECONDS, heartbeat)]
