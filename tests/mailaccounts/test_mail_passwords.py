"""One-time initial passwords: handed over once, only a SHA512-CRYPT hash kept, every issue recorded."""

from mailaccounts import passwords, workflow
from mailaccounts.models import MailAccount, MailAccountEvent
from tests.mailaccounts.mailaccounts_helpers import DISTRICT_ACTOR, approve_all, register


def test_hash_is_dovecot_sha512_crypt_and_verifies():
    stored = passwords.hash_password("Tạm@2025xyz")
    assert stored.startswith("{SHA512-CRYPT}$6$")
    assert passwords.verify_password("Tạm@2025xyz", stored)
    assert not passwords.verify_password("tạm@2025xyz", stored)
    assert not passwords.verify_password("x", "{PLAIN}x")


def test_new_passwords_are_strong_and_different():
    seen = {passwords.new_password() for _ in range(50)}
    assert len(seen) == 50
    for password in seen:
        assert len(password) == 12 and any(c in passwords.SYMBOLS for c in password)
        assert not set(password) & set("0O1lI")


def test_initial_passwords_only_for_live_accounts_and_only_once(school_a):
    lan, ha, tuyet = register(school_a)
    approve_all(school_a)
    workflow.decide(tuyet, workflow.Action.CLOSED, DISTRICT_ACTOR, reason="Nghỉ việc")
    accounts = list(MailAccount.objects.filter(portal=school_a))
    issued = passwords.issue_initial_passwords(accounts, DISTRICT_ACTOR)
    assert [account.address for account, _ in issued] == [lan.address, ha.address]
    for account, clear in issued:
        account.refresh_from_db()
        assert clear not in account.password_hash and passwords.verify_password(clear, account.password_hash)
    assert passwords.issue_initial_passwords(MailAccount.objects.filter(portal=school_a), DISTRICT_ACTOR) == []
    again = passwords.issue_initial_passwords(MailAccount.objects.filter(pk=lan.pk), DISTRICT_ACTOR, reissue=True)
    assert len(again) == 1
    events = MailAccountEvent.objects.filter(action="password", account=lan)
    assert events.count() == 2 and all(clear not in str(e.changes) for _, clear in issued for e in events)
