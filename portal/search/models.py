"""Public-schema tables of the search: the index work queue and the database copy of the documents.

Why in the public schema (``portal.search`` is a SHARED app): one worker process drains the work of
every portal in one query, and the database fallback can search all schools at once without entering
55+ schemas (docs/architecture.md, Tenancy). Every row carries its portal's schema name.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.utils import timezone


class IndexJob(models.Model):
    """ "Bring the index in line with this object": appended after commit, applied by ``search_worker``.

    The action says what happened; the worker re-reads the object and indexes or removes it according
    to its current state, so jobs are idempotent and their order does not matter.
    """

    class Action(models.TextChoices):
        UPDATE = "update", "Cập nhật"
        DELETE = "delete", "Xóa"

    class Status(models.TextChoices):
        PENDING = "pending", "Đang chờ"
        RUNNING = "running", "Đang xử lý"
        DONE = "done", "Đã xong"
        FAILED = "failed", "Lỗi"

    schema_name = models.CharField("lược đồ", max_length=63)
    model_label = models.CharField("kiểu dữ liệu", max_length=100)
    object_id = models.BigIntegerField("mã đối tượng")
    action = models.CharField("thao tác", max_length=8, choices=Action.choices, default=Action.UPDATE)
    status = models.CharField("trạng thái", max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField("số lần thử", default=0)
    error = models.TextField("lỗi", blank=True)
    created_at = models.DateTimeField("thời điểm tạo", default=timezone.now)
    processed_at = models.DateTimeField("thời điểm xử lý", null=True, blank=True)

    class Meta:
        verbose_name = "việc cập nhật chỉ mục"
        verbose_name_plural = "việc cập nhật chỉ mục"
        indexes = [models.Index(fields=["status", "schema_name", "id"], name="search_job_queue")]

    def __str__(self):
        return f"{self.schema_name}:{self.model_label}:{self.object_id} {self.action} ({self.status})"


class SearchDocument(models.Model):
    """The database copy of one indexed page, written with the Whoosh document.

    Why: when a portal's Whoosh index is missing, locked or corrupt, search falls back to PostgreSQL
    full-text search over these rows (``portal.search.fallback``). Folded columns hold the same
    diacritic-free lowercase text the Whoosh analyzer produces, searched with the ``simple`` text
    search configuration (no stemming), so ``thu tuc`` finds ``Thủ tục`` without ``unaccent``.
    """

    schema_name = models.CharField("lược đồ", max_length=63)
    page_id = models.BigIntegerField("mã trang")
    kind = models.CharField("kiểu trang", max_length=100)
    kind_label = models.CharField("loại nội dung", max_length=200)
    title = models.TextField("tiêu đề")
    url = models.CharField("đường dẫn", max_length=1000)
    date = models.DateTimeField("ngày", null=True, blank=True)
    year = models.CharField("năm", max_length=4, blank=True)
    body = models.TextField("nội dung (đoạn đầu)", blank=True)
    title_folded = models.TextField(blank=True)
    body_folded = models.TextField(blank=True)
    vector = models.GeneratedField(
        expression=SearchVector("title_folded", weight="A", config="simple")
        + SearchVector("body_folded", weight="B", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = "tài liệu tìm kiếm"
        verbose_name_plural = "tài liệu tìm kiếm"
        constraints = [models.UniqueConstraint(fields=["schema_name", "page_id"], name="search_document_unique")]
        indexes = [GinIndex(fields=["vector"], name="search_document_vector")]

    def __str__(self):
        return f"{self.schema_name}:{self.page_id} {self.title}"


class SearchSynonym(models.Model):
    """One group of spellings that mean the same thing to the search ("THCS" = "trung học cơ sở").

    Why in the public schema, edited by district staff: abbreviations of the education sector are one
    vocabulary for the whole district, and the district-wide search runs one query over every school's
    documents, which must expand the same way everywhere. Applied at query time
    (``portal.search.synonyms``), so a new group works at the next search, without reindexing.
    """

    phrases = models.TextField(
        "các cách viết",
        help_text="Mỗi dòng (hoặc cách nhau bằng dấu phẩy) một cách viết cùng nghĩa, có dấu hay không dấu đều được. "
        "Ví dụ: THCS, trung học cơ sở.",
    )
    note = models.CharField("ghi chú", max_length=200, blank=True)
    is_active = models.BooleanField("đang dùng", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        verbose_name = "từ đồng nghĩa tìm kiếm"
        verbose_name_plural = "từ đồng nghĩa tìm kiếm"
        ordering = ["phrases"]

    def __str__(self):
        return ", ".join(self.spellings())

    def spellings(self):
        from portal.search.synonyms import split_spellings

        return split_spellings(self.phrases)

    def clean(self):
        from portal.search.synonyms import validate_spellings

        validate_spellings(self.phrases)
