"""What the district's mail server needs: a CSV for bulk creation, a Postfix map, a Dovecot passwd-file.

* Postfix ``virtual_mailbox_maps`` (http://www.postfix.org/VIRTUAL_README.html#virtual_mailbox):
  ``address<TAB>domain/localpart/`` per mailbox that exists (approved or suspended: a suspended
  mailbox still receives), the trailing slash asking for Maildir. Run ``postmap`` on it.
* Dovecot ``passwd-file`` (https://doc.dovecot.org/configuration_manual/authentication/passwd_file/):
  ``user:{SHA512-CRYPT}hash::::::`` (user, password, uid, gid, gecos, home, shell, extra fields; the
  empty ones take the server's defaults) for approved mailboxes that have an initial password; a
  suspended one is left out, so it cannot log in. Clear passwords never appear: they are shown once
  when issued (``mailaccounts.passwords``).
* CSV of the approved accounts for bulk creation in a mail system's admin console (Zimbra,
  Google Workspace, Microsoft 365...): through ``portal.text.spreadsheets`` (UTF-8 BOM, escaped cells).
"""

from mailaccounts.models import MailAccount
from portal.text.spreadsheets import csv_bytes

CSV_HEADERS = [
    "Email",
    "Tên người dùng",
    "Họ và tên",
    "Chức vụ",
    "Số điện thoại",
    "Trường",
    "Loại hộp thư",
    "Trạng thái",
]


def live_accounts():
    return MailAccount.objects.filter(status__in=MailAccount.LIVE).select_related("portal").order_by("address")


def postfix_virtual_mailboxes(accounts=None):
    lines = []
    for account in accounts if accounts is not None else live_accounts():
        if account.status not in MailAccount.LIVE:
            continue
        local, domain = account.address.split("@", 1)
        lines.append(f"{account.address}\t{domain}/{local}/")
    return "".join(line + "\n" for line in sorted(lines))


def dovecot_passwd(accounts=None):
    lines = []
    for account in accounts if accounts is not None else live_accounts():
        if account.status != MailAccount.Status.APPROVED or not account.password_hash:
            continue
        if ":" in account.address or ":" in account.password_hash or "\n" in account.password_hash:
            raise ValueError(f"Unexpected separator in the entry of {account.address}")
        lines.append(f"{account.address}:{account.password_hash}::::::")
    return "".join(line + "\n" for line in sorted(lines))


def accounts_csv(accounts=None, passwords=None):
    """The approved accounts; ``passwords`` ({pk: clear}) adds the one-time initial passwords, at issue only."""
    headers = CSV_HEADERS + (["Mật khẩu ban đầu"] if passwords is not None else [])
    lines = [headers]
    for account in accounts if accounts is not None else live_accounts():
        row = [
            account.address,
            account.address.split("@", 1)[0],
            account.full_name,
            account.position,
            account.phone,
            account.portal.name,
            account.get_kind_display(),
            account.get_status_display(),
        ]
        if passwords is not None:
            row.append(passwords.get(account.pk, ""))
        lines.append(row)
    return csv_bytes(lines)
