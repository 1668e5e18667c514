"""Models of the mail-accounts app, all in the public schema (``mailaccounts`` is a SHARED_APPS app only)."""

from mailaccounts.models.accounts import POSITION_CHOICES, MailAccount, MailAccountEvent, is_leadership
from mailaccounts.models.regulations import RegulationsRecord
from mailaccounts.models.service import MailService

__all__ = ["POSITION_CHOICES", "MailAccount", "MailAccountEvent", "MailService", "RegulationsRecord", "is_leadership"]
