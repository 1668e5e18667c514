"""Every change to a mailbox goes through here, so every change is recorded (who, when, what).

A school drafts entries (its own only: the views pass ``request.tenant``), edits them while they
are drafts or rejected, and submits its list; the district approves or rejects each entry with a
reason, and later suspends, reopens or closes mailboxes when staff leave. Each function writes one
``MailAccountEvent`` with the acting user and the portal they were logged in to.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from mailaccounts import naming
from mailaccounts.models import MailAccount, MailAccountEvent, MailService
from portal.text import nfc

Status = MailAccount.Status
Action = MailAccountEvent.Action
TRACKED = ("kind", "full_name", "position", "phone", "user_part", "address", "sort_order")

# The district's decisions: action -> (states it applies to, resulting state, reason required).
DECISIONS = {
    Action.APPROVED: ({Status.SUBMITTED}, Status.APPROVED, False),
    Action.REJECTED: ({Status.SUBMITTED}, Status.REJECTED, True),
    Action.SUSPENDED: ({Status.APPROVED}, Status.SUSPENDED, True),
    Action.REOPENED: ({Status.SUSPENDED}, Status.APPROVED, False),
    Action.CLOSED: ({Status.APPROVED, Status.SUSPENDED}, Status.CLOSED, True),
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a user of one portal (users live per schema, so the schema is part of the name)."""

    username: str
    schema: str

    @classmethod
    def from_request(cls, request):
        return cls(request.user.get_username(), request.tenant.schema_name)

    def __str__(self):
        return f"{self.username}@{self.schema}"


def record(account, action, actor, *, changes=None, reason=""):
    return MailAccountEvent.objects.create(
        account=account,
        portal_id=account.portal_id,
        address=account.address,
        action=action,
        actor=actor.username,
        actor_portal=actor.schema,
        changes=changes or {},
        reason=reason,
    )


def taken_addresses(exclude_pk=None):
    """Every address of the district, closed ones included (a mailbox is never handed to someone else)."""
    return set(MailAccount.objects.exclude(pk=exclude_pk).values_list("address", flat=True))


def suggested_user_part(kind, full_name, position):
    if kind == MailAccount.Kind.STAFF:
        return naming.person_user_part(full_name)
    if kind == MailAccount.Kind.POSITION:
        return naming.label_user_part(position)
    return ""


def assign_address(account, service, *, manual_user_part="", taken=None):
    """Set ``user_part`` and ``address``: the school's own choice, checked, or the rule's, de-duplicated.

    A name the school typed is used as typed (an error if taken); a generated one gets the first free
    suffix (``naming.first_free``).
    """
    taken = taken_addresses(account.pk) if taken is None else taken
    unit = account.kind == MailAccount.Kind.UNIT

    def make(user):
        return service.make_address(user, account.portal, unit=unit)

    if unit:
        user = ""
        address = make(user)
        if address in taken:
            raise ValidationError({"user_part": f"Trường đã có hộp thư của trường: {address}."})
    elif manual_user_part:
        naming.validate_user_part(manual_user_part)
        user, address = manual_user_part, make(manual_user_part)
        if address in taken:
            raise ValidationError({"user_part": f"Địa chỉ {address} đã được đăng ký; hãy chọn tên khác."})
    else:
        generated = suggested_user_part(account.kind, account.full_name, account.position)
        if not generated:
            field = "full_name" if account.kind == MailAccount.Kind.STAFF else "position"
            raise ValidationError({field: "Không tạo được tên người dùng: hãy nhập họ tên hoặc chức vụ có chữ cái."})
        user, address = naming.first_free(generated, make, taken)
    naming.validate_local_part(address.split("@", 1)[0])
    account.user_part, account.address = user, address


def _clean_text(data):
    for field in ("full_name", "position", "phone"):
        if field in data:
            data[field] = " ".join(nfc(data[field] or "").split())
    if "user_part" in data:
        data["user_part"] = (data["user_part"] or "").strip().lower()
    return data


def _locked(account):
    """Lock the row for this transaction and read its current state into the caller's instance."""
    list(MailAccount.objects.select_for_update().filter(pk=account.pk).values_list("pk"))
    account.refresh_from_db()
    return account


def _save_unique(account):
    """Save; a concurrent registration of the same address becomes a form error, not a 500."""
    try:
        with transaction.atomic():
            account.save()
    except IntegrityError as error:
        raise ValidationError({"user_part": f"Địa chỉ {account.address} vừa được đăng ký; hãy lưu lại."}) from error


@transaction.atomic
def create_entry(portal, actor, data, *, service=None):
    """A new draft line of ``portal``'s list (``portal`` is the request's tenant, never form data)."""
    data = _clean_text(dict(data))
    service = service or MailService.current()
    account = MailAccount(
        portal=portal,
        kind=data.get("kind") or MailAccount.Kind.STAFF,
        full_name=data.get("full_name", ""),
        position=data.get("position", ""),
        phone=data.get("phone", ""),
    )
    if account.kind == MailAccount.Kind.STAFF and not account.full_name:
        raise ValidationError({"full_name": "Hãy nhập họ và tên người sử dụng."})
    assign_address(account, service, manual_user_part=data.get("user_part", ""))
    last = MailAccount.objects.filter(portal=portal).aggregate(last=Max("sort_order"))["last"]
    account.sort_order = data.get("sort_order") or (last or 0) + 1
    _save_unique(account)
    record(account, Action.CREATED, actor, changes={f: [None, getattr(account, f)] for f in TRACKED})
    return account


@transaction.atomic
def update_entry(account, actor, data, *, service=None):
    """Edit a draft or rejected line; once approved only the phone and a position mailbox's holder change."""
    data = _clean_text(dict(data))
    _locked(account)
    before = {f: getattr(account, f) for f in TRACKED}
    if account.is_editable:
        allowed = {"kind", "full_name", "position", "phone", "user_part", "sort_order"}
    elif account.status in MailAccount.LIVE:
        allowed = {"phone", "sort_order"} | ({"full_name"} if account.kind != MailAccount.Kind.STAFF else set())
    else:
        raise ValidationError(f"Hộp thư “{account.address}” đang chờ duyệt hoặc đã đóng: không sửa được.")
    refused = [f for f in data if f not in allowed and data[f] != before.get(f)]
    if refused:
        raise ValidationError(
            "Hộp thư đã được duyệt: chỉ sửa được số điện thoại%s. Muốn đổi tên hoặc địa chỉ, hãy đề nghị Phòng "
            "đóng hộp thư này và đăng ký mới." % (" và người giữ chức vụ" if "full_name" in allowed else "")
        )
    for field in allowed & data.keys():
        setattr(account, field, data[field])
    if account.is_editable:
        identity_changed = any(before[f] != getattr(account, f) for f in ("kind", "full_name", "position"))
        manual = data.get("user_part", "")
        if manual == before["user_part"] and identity_changed:
            manual = ""  # the name changed and the school kept the old generated part: generate again
        if manual != before["user_part"] or identity_changed:
            assign_address(account, service or MailService.current(), manual_user_part=manual)
    changes = {f: [before[f], getattr(account, f)] for f in TRACKED if before[f] != getattr(account, f)}
    if not changes:
        return account
    _save_unique(account)
    record(account, Action.EDITED, actor, changes=changes)
    return account


@transaction.atomic
def delete_entry(account, actor):
    _locked(account)
    if account.status != Status.DRAFT:
        raise ValidationError("Chỉ xóa được dòng đang lập; hộp thư đã gửi duyệt phải do Phòng đóng.")
    record(account, Action.DELETED, actor, changes={f: [getattr(account, f), None] for f in TRACKED})
    account.delete()


@transaction.atomic
def submit_list(portal, actor):
    """Send every draft and corrected (rejected) line of ``portal`` to the district; returns how many."""
    accounts = list(MailAccount.objects.select_for_update().filter(portal=portal, status__in=MailAccount.EDITABLE))
    now = timezone.now()
    for account in accounts:
        previous = account.status
        account.status, account.submitted_at, account.reason = Status.SUBMITTED, now, ""
        account.save(update_fields=["status", "submitted_at", "reason", "updated_at"])
        record(account, Action.SUBMITTED, actor, changes={"status": [previous, Status.SUBMITTED]})
    return len(accounts)


@transaction.atomic
def decide(account, action, actor, reason=""):
    """The district approves, rejects, suspends, reopens or closes one mailbox (with a reason when required)."""
    states, result, needs_reason = DECISIONS[action]
    reason = " ".join(nfc(reason or "").split())
    _locked(account)
    if account.status not in states:
        raise ValidationError(
            "Không thể “%(action)s” hộp thư %(address)s đang ở trạng thái “%(status)s”.",
            params={
                "action": Action(action).label.lower(),
                "address": account.address,
                "status": account.get_status_display(),
            },
        )
    if needs_reason and not reason:
        raise ValidationError("Hãy ghi lý do %(action)s.", params={"action": Action(action).label.lower()})
    previous = account.status
    account.status, account.reason = result, reason
    account.decided_at, account.decided_by = timezone.now(), str(actor)
    if result == Status.CLOSED:
        account.password_hash = ""  # nothing left to log in to
    account.save()
    record(account, action, actor, changes={"status": [previous, result]}, reason=reason)
    return account
