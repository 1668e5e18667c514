"""Approved official mailboxes on "Giới thiệu" and "Liên hệ - Hỏi đáp", through the core's hook.

The registration lists belong to another app (``mailaccounts``); this app reads them only through
``portal.core.hooks.official_mailboxes`` (import-linter: feature apps are independent). A leader
whose contact row has no e-mail shows the approved address registered under the same name (or, for
a position mailbox, the same position): the approved list is the source, nobody types it twice.
"""

from portal.core.hooks import official_mailboxes
from portal.text import fold, nfc


def _key(text):
    return " ".join(fold(nfc(text or "")).lower().split())


def with_official_emails(leaders, portal):
    """Fill the blank e-mails of ``leaders`` (not saved); returns the portal's mailboxes for reuse."""
    boxes = official_mailboxes(portal)
    by_name = {_key(box.full_name): box.address for box in boxes if box.kind == "staff" and box.full_name}
    by_position = {_key(box.position): box.address for box in boxes if box.kind == "position"}
    for leader in leaders:
        if not leader.email:
            leader.email = by_name.get(_key(leader.full_name)) or by_position.get(_key(leader.position), "")
    return boxes


def unit_mailbox(boxes):
    return next((box.address for box in boxes if box.kind == "unit"), "")
