"""Side effects of a change run once the change is committed.

Cache drops, e-mails and Celery tasks all go through `on_commit`, so a change that
rolls back never leaks out: no e-mail about a meeting that was not saved, no page
rebuilt from data that was never written (Zulip's `send_event_on_commit`).
"""

from collections.abc import Callable
from functools import partial

from django.db import transaction


def on_commit(effect: Callable, /, *args, **kwargs) -> None:
    """Run `effect(*args, **kwargs)` after the current transaction commits.

    Outside a transaction (autocommit) it runs at once, as Django's
    `transaction.on_commit` does.
    """
    transaction.on_commit(partial(effect, *args, **kwargs))
