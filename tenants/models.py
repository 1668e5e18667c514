"""Portals (tenants) and their domains, in the public schema.

Every portal, the supervising body's included, is a django-tenants tenant with
its own PostgreSQL schema. https://django-tenants.readthedocs.io/en/latest/use.html
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_tenants.models import DomainMixin, TenantMixin

from portal.text import nfc
from tenants.naming import validate_schema_name
from tenants.validators import validate_official_email


def is_dev_request(request):
    """Whether the request came in through a dev host (``<schema>.localhost``, PORTAL_DEV_DOMAIN_SUFFIX)."""
    if request is None:
        return False
    return request.get_host().split(":")[0].endswith("." + settings.PORTAL_DEV_DOMAIN_SUFFIX)


class Portal(TenantMixin):
    """One portal: the supervising body's, a school's, or the never-routed template."""

    class Kind(models.TextChoices):
        DISTRICT = "district", "Cơ quan quản lý (Phòng GD&ĐT)"
        SCHOOL = "school", "Cơ sở giáo dục"
        TEMPLATE = "template", "Lược đồ mẫu (không phục vụ)"

    class Level(models.TextChoices):
        NHA_TRE = "nt", "Nhà trẻ"
        MAU_GIAO = "mg", "Mẫu giáo"
        MAM_NON = "mn", "Mầm non"
        TIEU_HOC = "th", "Tiểu học"
        THCS = "thcs", "Trung học cơ sở"
        TH_THCS = "ththcs", "Tiểu học - Trung học cơ sở"

    class Ownership(models.TextChoices):
        PUBLIC = "cong_lap", "Công lập"
        PRIVATE = "ngoai_cong_lap", "Ngoài công lập"

    kind = models.CharField("loại cổng", max_length=16, choices=Kind.choices, default=Kind.SCHOOL)
    level = models.CharField("cấp học", max_length=8, choices=Level.choices, blank=True)
    ownership = models.CharField("loại hình", max_length=16, choices=Ownership.choices, default=Ownership.PUBLIC)
    name = models.CharField("tên đầy đủ", max_length=200)
    short_name = models.CharField("tên viết tắt", max_length=80, blank=True)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    email = models.EmailField("thư điện tử chính thức", blank=True, validators=[validate_official_email])
    supervisor_name = models.CharField(
        "cơ quan quản lý trực tiếp",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một; UBND phường Phú Cường.",
    )
    is_active = models.BooleanField("đang hoạt động", default=True)
    created_at = models.DateTimeField("ngày tạo", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    # Schemas are cloned from the template by tenants.provisioning, never migrated on save.
    auto_create_schema = False
    auto_drop_schema = False

    class Meta:
        verbose_name = "cổng thông tin"
        verbose_name_plural = "cổng thông tin"
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(schema_name__regex=r"^[a-z][a-z0-9_]{1,40}$"),
                name="portal_schema_name_strict",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        validate_schema_name(self.schema_name)
        self.name = nfc(self.name).strip()
        self.short_name = nfc(self.short_name).strip()
        self.address = nfc(self.address).strip()

    def save(self, *args, **kwargs):
        for field in ("name", "short_name", "address", "supervisor_name"):
            setattr(self, field, nfc(getattr(self, field)))
        super().save(*args, **kwargs)

    @property
    def is_district(self):
        return self.kind == self.Kind.DISTRICT

    @property
    def is_school(self):
        return self.kind == self.Kind.SCHOOL

    @property
    def display_short_name(self):
        return self.short_name or self.name

    @property
    def primary_hostname(self):
        """The official domain (uses ``prefetch_related("domains")`` when present)."""
        primary = [d.domain for d in self.domains.all() if d.is_primary]
        return primary[0] if primary else ""

    @property
    def dev_hostname(self):
        return f"{self.schema_name}.{settings.PORTAL_DEV_DOMAIN_SUFFIX}"

    def public_url(self, request=None):
        """Absolute URL of the portal: on the host the request came in through when it is a dev host.

        Official domains use ``PORTAL_URL_SCHEME`` (https in production) whatever the request's scheme.
        """
        port = settings.PORTAL_DEV_PORT
        secure = request is not None and request.is_secure()
        if is_dev_request(request):
            host = self.dev_hostname
            _, _, port = request.get_host().partition(":")
        else:
            host = self.primary_hostname or self.dev_hostname
            secure = secure or settings.PORTAL_URL_SCHEME == "https"  # production: always https
        scheme = "https" if secure else "http"
        port_part = f":{port}" if port and str(port) not in ("80", "443") else ""
        return f"{scheme}://{host}{port_part}/"

    def base_url(self, request=None):
        """``scheme://host[:port]`` of the portal, from the registry (never from the school's Site)."""
        return self.public_url(request).rstrip("/")

    def absolute_url(self, path, request=None):
        """The absolute URL of a path on this portal: the one way to build a cross-portal link.

        Projections store paths; the host comes from this registry row (primary domain, or the dev
        host when browsing ``*.localhost``), so a school editing its Wagtail Site cannot redirect
        the district's links (issue 9, hole 4).
        """
        if not path:
            return ""
        return self.base_url(request) + ("" if path.startswith("/") else "/") + path


class Domain(DomainMixin):
    """A hostname answering for a portal; non-primary public names redirect to the primary one."""

    class Meta:
        verbose_name = "tên miền"
        verbose_name_plural = "tên miền"
        ordering = ["-is_primary", "domain"]

    def __str__(self):
        return self.domain

    @property
    def is_dev_alias(self):
        return self.domain.endswith("." + settings.PORTAL_DEV_DOMAIN_SUFFIX)


class PublishedItem(models.Model):
    """Public-schema projection of content published in a portal (news, notices...).

    Why: the district front page and combined feeds list the latest items of
    every school in one query; looping over 55+ schemas inside a request is
    ruled out (docs/architecture.md). Written only by ``tenants.projections`` from the
    projections feature apps register; read through ``tenants.projections.visible``.
    """

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="published_items")
    kind = models.CharField("loại", max_length=32, db_index=True)
    object_id = models.BigIntegerField()
    title = models.CharField("tiêu đề", max_length=500)
    # Paths on the portal's own host, never absolute URLs: the host comes from the registry at read
    # time (``Portal.absolute_url``), since the school's Wagtail Site is the school's to edit.
    path = models.CharField("đường dẫn", max_length=1000)
    summary = models.TextField("tóm tắt", blank=True)
    image_path = models.CharField("đường dẫn ảnh", max_length=1000, blank=True)
    published_at = models.DateTimeField("ngày đăng", db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "mục đã đăng"
        verbose_name_plural = "mục đã đăng"
        ordering = ["-published_at"]
        constraints = [
            models.UniqueConstraint(fields=["portal", "kind", "object_id"], name="published_item_unique"),
        ]
        indexes = [models.Index(fields=["kind", "-published_at"], name="published_item_latest")]

    def __str__(self):
        return self.title

    def url_for(self, request=None):
        return self.portal.absolute_url(self.path, request)

    def image_url_for(self, request=None):
        return self.portal.absolute_url(self.image_path, request)


class PortalSnapshot(models.Model):
    """Public-schema JSON snapshot of one portal's data under a key (statistics, compliance...).

    Why: district pages aggregate every school (5-year statistics by level,
    compliance monitoring) in one query instead of entering each schema.
    Written only by ``tenants.projections`` (``projections.snapshot``).
    """

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="snapshots")
    key = models.CharField("khóa", max_length=64)
    data = models.JSONField("dữ liệu", default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "ảnh chụp dữ liệu"
        verbose_name_plural = "ảnh chụp dữ liệu"
        constraints = [models.UniqueConstraint(fields=["portal", "key"], name="portal_snapshot_unique")]

    def __str__(self):
        return f"{self.portal.schema_name}:{self.key}"


class PortalAdministrator(models.Model):
    """Who holds a portal's administrator account, as the district recorded it when creating the school.

    Why in the public schema: users live in each portal's schema, out of the district's sight; the
    registry keeps the holder's name and contact so the district knows whom to call, and whether the
    one-time password handed over at creation has been replaced (the account is forced to change it
    at first login: ``tenants.first_login``). ``initial_password_hash`` is emptied once it has been.
    """

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="administrators")
    username = models.CharField("tên đăng nhập", max_length=150)
    full_name = models.CharField("họ và tên", max_length=200)
    email = models.EmailField("thư điện tử liên hệ")
    created_at = models.DateTimeField("ngày tạo", default=timezone.now, editable=False)
    created_by = models.CharField("người tạo", max_length=150, blank=True)
    initial_password_hash = models.CharField(max_length=256, blank=True, editable=False)
    password_changed_at = models.DateTimeField("đổi mật khẩu lần đầu lúc", null=True, blank=True)

    class Meta:
        verbose_name = "quản trị viên cổng"
        verbose_name_plural = "quản trị viên cổng"
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["portal", "username"], name="portal_administrator_unique"),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.username})"

    @property
    def must_change_password(self):
        return bool(self.initial_password_hash)

    def mark_password_changed(self):
        self.initial_password_hash = ""
        self.password_changed_at = timezone.now()
        self.save(update_fields=["initial_password_hash", "password_changed_at"])
