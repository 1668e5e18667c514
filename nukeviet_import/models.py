"""The mapping of imported NukeViet rows to this portal's objects, in the portal's own schema.

Why a table: re-running the import must add nothing twice (a row already mapped is skipped), and the
old addresses (``/news/<cat>/<alias>-<id>.html``...) are answered with a 301 by looking the NukeViet id
up here (``nukeviet_import.views``). It lives in each school's schema, like the pages it points to.
"""

from django.db import models


class ImportedItem(models.Model):
    source_table = models.CharField("bảng NukeViet", max_length=40)  # without prefix/language: "news_rows"
    source_id = models.PositiveIntegerField("mã NukeViet")
    source_alias = models.CharField("alias NukeViet", max_length=255, blank=True, db_index=True)
    target_model = models.CharField("kiểu dữ liệu", max_length=80)  # "news.NewsArticlePage"
    target_id = models.PositiveIntegerField("mã trong cổng")
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "mục đã nhập từ NukeViet"
        verbose_name_plural = "mục đã nhập từ NukeViet"
        constraints = [
            models.UniqueConstraint(fields=["source_table", "source_id"], name="nukeviet_item_once"),
        ]

    def __str__(self):
        return f"{self.source_table}#{self.source_id} -> {self.target_model}#{self.target_id}"
