"""The district's published documents, projected into the public schema for every school to list.

Why a projection and not a query into the district's schema: a school's document section shows
"Văn bản của Phòng GD&ĐT" with the same filters as its own list; reading another tenant's schema inside a
school's request would break isolation (and the one-schema-per-request rule of docs/architecture.md). Files
are NOT copied: each row holds the URL paths of the detail page and of the downloads on the district's
own site, and the school links there (``portal.public_url()`` gives the host).

Written only by ``documents.projection`` on publish/unpublish/delete in a district portal (after commit);
the columns mirror what ``documents.listing`` filters on, including the status inputs of
``documents.status`` (the status itself is derived at display time, since it changes with the date).
This app depends on ``tenants`` only.
"""

from django.db import models


class DistrictDocument(models.Model):
    portal = models.ForeignKey(
        "tenants.Portal", verbose_name="cổng thông tin", on_delete=models.CASCADE, related_name="district_documents"
    )
    source_page_id = models.BigIntegerField("mã trang gốc")
    number = models.CharField("số ký hiệu", max_length=60)
    number_value = models.PositiveIntegerField(default=0)
    document_type = models.CharField("hình thức văn bản", max_length=24)
    type_label = models.CharField("tên hình thức", max_length=60)
    title = models.CharField("trích yếu", max_length=255)
    abstract = models.TextField("tóm tắt", blank=True)
    issuer_name = models.CharField("cơ quan ban hành", max_length=200, blank=True)
    issuer_slug = models.CharField(max_length=200, blank=True, db_index=True)
    field = models.CharField("lĩnh vực", max_length=32, blank=True)
    field_label = models.CharField("tên lĩnh vực", max_length=100, blank=True)
    signer = models.CharField("người ký", max_length=200, blank=True)
    issue_date = models.DateField("ngày ban hành")
    effective_date = models.DateField("ngày có hiệu lực", null=True, blank=True)
    effective_from = models.DateField("áp dụng từ")
    expiry_date = models.DateField("ngày hết hiệu lực", null=True, blank=True)
    replaced_from = models.DateField("bị thay thế từ", null=True, blank=True)
    amended_from = models.DateField("bị sửa đổi từ", null=True, blank=True)
    path = models.CharField("đường dẫn trên cổng của Phòng", max_length=500)
    attachments = models.JSONField("tệp đính kèm", default=list, blank=True)
    relations = models.JSONField("quan hệ", default=dict, blank=True)
    search_folded = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "văn bản của Phòng GD&ĐT"
        verbose_name_plural = "văn bản của Phòng GD&ĐT"
        ordering = ["-issue_date", "-number_value"]
        constraints = [
            models.UniqueConstraint(fields=["portal", "source_page_id"], name="district_document_unique"),
        ]
        indexes = [models.Index(fields=["-issue_date", "-number_value"], name="district_document_latest")]

    def __str__(self):
        return f"{self.number}: {self.title}"
