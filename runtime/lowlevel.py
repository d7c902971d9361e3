"""The kernel's internals, for the supervision engine, introspection (``/health``'s actor
tree) and kernel tests; an actor's code needs none of them.

``Cell`` is one child slot running successive incarnations with the mailbox they share;
``EventBus`` and ``Subscription`` carry lifecycle events; ``HasProps`` is what a child
spec offers the system; ``FAIRNESS_BATCH`` is how many messages a mailbox hands over
before it yields to the event loop.
"""

from ._cell import Cell
from ._events import EventBus, Subscription
from ._mailbox import FAIRNESS_BATCH
from ._system import HasProps

__all__ = ["FAIRNESS_BATCH", "Cell", "EventBus", "HasProps", "Subscription"]
