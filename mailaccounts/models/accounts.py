"""Registered official mailboxes and the record of every change made to them.

Why in the public schema: the district approves every school's list and exports the approved
accounts of all schools for its mail server in one query, and addresses are unique across the
district. Each school edits only its own rows: the school is always ``request.tenant`` in the
views (``mailaccounts.views.school``), never a value a form or a record could carry.
"""

from django.db import models
from django.utils import timezone

from mailaccounts import naming
from portal.text import fold, nfc
from tenants.models import Portal

LEADERSHIP_PREFIXES = ("hieu truong", "pho hieu truong", "truong phong", "pho truong phong", "giam doc", "pho giam doc")

POSITION_CHOICES = [
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Tổ trưởng",
    "Tổ phó",
    "Giáo viên",
    "Nhân viên",
    "Kế toán",
    "Văn thư",
    "Thủ quỹ",
    "Y tế học đường",
    "Tổng phụ trách Đội",
]


def is_leadership(position):
    """Hiệu trưởng, Phó Hiệu trưởng (or the district's Trưởng/Phó phòng): published on the portal."""
    text = " ".join(fold(nfc(position or "")).lower().split())
    return text.startswith(LEADERSHIP_PREFIXES)


class MailAccount(models.Model):
    """One line of a school's "DANH SÁCH ĐĂNG KÝ SỬ DỤNG EMAIL", from draft to closed mailbox."""

    class Kind(models.TextChoices):
        STAFF = "staff", "Cá nhân"
        POSITION = "position", "Hộp thư chức danh"
        UNIT = "unit", "Hộp thư của trường"

    class Status(models.TextChoices):
        DRAFT = "draft", "Đang lập"
        SUBMITTED = "submitted", "Chờ duyệt"
        APPROVED = "approved", "Đã duyệt"
        REJECTED = "rejected", "Bị từ chối"
        SUSPENDED = "suspended", "Tạm khóa"
        CLOSED = "closed", "Đã đóng"

    # What the school may still change in each state (the rest goes through the district).
    EDITABLE = {Status.DRAFT, Status.REJECTED}
    LIVE = {Status.APPROVED, Status.SUSPENDED}  # mailboxes that exist on the mail server

    portal = models.ForeignKey(Portal, verbose_name="trường", on_delete=models.CASCADE, related_name="mail_accounts")
    kind = models.CharField("loại hộp thư", max_length=16, choices=Kind.choices, default=Kind.STAFF)
    full_name = models.CharField(
        "họ và tên",
        max_length=120,
        blank=True,
        help_text="Người sử dụng; với hộp thư chức danh là người đang giữ chức vụ (hộp thư chuyển cho người kế nhiệm).",
    )
    position = models.CharField("chức vụ", max_length=120, help_text="Ví dụ: Hiệu trưởng, Phó Hiệu trưởng, Giáo viên.")
    phone = models.CharField("số điện thoại", max_length=40, blank=True)
    user_part = models.CharField("tên người dùng", max_length=naming.MAX_USER_LENGTH + 4)
    address = models.CharField("địa chỉ thư", max_length=254, unique=True)
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices, default=Status.DRAFT)
    reason = models.CharField("lý do", max_length=500, blank=True)
    sort_order = models.PositiveIntegerField("STT", default=0)
    password_hash = models.CharField(max_length=255, blank=True, editable=False)
    password_issued_at = models.DateTimeField("cấp mật khẩu ban đầu lúc", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("ngày lập", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    submitted_at = models.DateTimeField("ngày gửi", null=True, blank=True)
    decided_at = models.DateTimeField("ngày duyệt", null=True, blank=True)
    decided_by = models.CharField("người duyệt", max_length=150, blank=True)

    class Meta:
        verbose_name = "hộp thư công vụ"
        verbose_name_plural = "hộp thư công vụ"
        ordering = ["portal", "sort_order", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(address=models.functions.Lower("address")), name="mail_lower"),
        ]
        indexes = [models.Index(fields=["portal", "status"], name="mail_portal_status")]

    def __str__(self):
        return self.address

    @property
    def is_editable(self):
        return self.status in self.EDITABLE

    @property
    def is_published(self):
        """Shown on the school's pages: approved leadership, position and school mailboxes."""
        if self.status != self.Status.APPROVED:
            return False
        return self.kind != self.Kind.STAFF or is_leadership(self.position)

    @property
    def display_name(self):
        return self.full_name or self.position


class MailAccountEvent(models.Model):
    """Who changed what, when: every creation, edit, submission, decision and password handover."""

    class Action(models.TextChoices):
        CREATED = "created", "Tạo"
        EDITED = "edited", "Sửa"
        DELETED = "deleted", "Xóa"
        SUBMITTED = "submitted", "Gửi duyệt"
        APPROVED = "approved", "Duyệt"
        REJECTED = "rejected", "Từ chối"
        SUSPENDED = "suspended", "Tạm khóa"
        REOPENED = "reopened", "Mở lại"
        CLOSED = "closed", "Đóng"
        PASSWORD = "password", "Cấp mật khẩu ban đầu"

    account = models.ForeignKey(
        MailAccount, verbose_name="hộp thư", null=True, on_delete=models.SET_NULL, related_name="events"
    )
    portal = models.ForeignKey(Portal, verbose_name="trường", on_delete=models.CASCADE, related_name="mail_events")
    address = models.CharField("địa chỉ", max_length=254)
    action = models.CharField("thao tác", max_length=16, choices=Action.choices)
    actor = models.CharField("người thực hiện", max_length=150)
    actor_portal = models.CharField("thuộc cổng", max_length=63, help_text="Lược đồ của cổng nơi người dùng đăng nhập.")
    changes = models.JSONField("thay đổi", default=dict, blank=True)
    reason = models.CharField("lý do", max_length=500, blank=True)
    at = models.DateTimeField("lúc", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "nhật ký hộp thư"
        verbose_name_plural = "nhật ký hộp thư"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.address}"
