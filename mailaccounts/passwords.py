"""One-time initial passwords for new mailboxes: shown once, only a Dovecot hash is kept.

Scheme: SHA512-CRYPT (``$6$``), which every Dovecot reads from a passwd-file through the system's
crypt and ``doveadm pw -s SHA512-CRYPT`` writes; hashed with passlib (the maintained ``libpass``
fork). Rounds: setting ``MAILACCOUNTS_HASH_ROUNDS``. The clear password is returned to the caller,
which shows it to the district officer once; it is never stored nor logged.
"""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from passlib.hash import sha512_crypt

from mailaccounts.models import MailAccount, MailAccountEvent
from mailaccounts.workflow import record

SCHEME = "SHA512-CRYPT"
# No look-alikes (0/O, 1/l/I) so a password read from paper is typed right.
ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SYMBOLS = "@#%+=?"


def new_password(length=12):
    """Letters, digits and one symbol, from ``secrets``: passes the usual "upper, lower, digit, symbol" rules."""
    while True:
        body = [secrets.choice(ALPHABET) for _ in range(length - 1)]
        body.insert(secrets.randbelow(length), secrets.choice(SYMBOLS))
        text = "".join(body)
        if any(c.islower() for c in text) and any(c.isupper() for c in text) and any(c.isdigit() for c in text):
            return text


def hash_password(password):
    return f"{{{SCHEME}}}" + sha512_crypt.using(rounds=settings.MAILACCOUNTS_HASH_ROUNDS).hash(password)


def verify_password(password, stored):
    prefix = f"{{{SCHEME}}}"
    return stored.startswith(prefix) and sha512_crypt.verify(password, stored[len(prefix) :])


@transaction.atomic
def issue_initial_passwords(accounts, actor, *, reissue=False):
    """``[(account, password)]`` for live accounts without a password (or all of them with ``reissue``)."""
    issued = []
    now = timezone.now()
    for account in accounts:
        if account.status not in MailAccount.LIVE or (account.password_hash and not reissue):
            continue
        password = new_password()
        account.password_hash, account.password_issued_at = hash_password(password), now
        account.save(update_fields=["password_hash", "password_issued_at", "updated_at"])
        record(account, MailAccountEvent.Action.PASSWORD, actor, changes={"password": ["", "đã cấp"]})
        issued.append((account, password))
    return issued
