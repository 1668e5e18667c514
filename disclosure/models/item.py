"""One disclosure item of a school year: an article's clause of the catalogue, with figures and documents.

The page's URL is ``/cong-khai/<năm học>/<item slug>/``. Its fields follow the catalogue item
(:mod:`disclosure.catalogue`): a structured table when the article is a table of figures
(:mod:`disclosure.blocks`), signed documents as attachments (served by ``/documents/`` through
``portal.core.privacy``: only while this page is live and visible), text otherwise. A recurring item
(monthly plan, weekly plan, menu) holds one entry per period.

``changed_on`` records a change that must be published within 10 working days; the publish receiver
(``disclosure.receivers``) writes the public history. Published items are kept at least five years
(``disclosure.retention``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from disclosure import catalogue
from disclosure.blocks import TABLE_BLOCKS
from disclosure.deadlines import period_label, period_start
from disclosure.status import item_status
from portal.core.models import BasePage, HomePage
from portal.core.scaffold import section_roots
from portal.text import nfc
from tenants import projections

YEARBOOK_SNAPSHOT = "yearbook"  # the yearbook's projection (portal.yearbook.aggregation.SNAPSHOT_KEY), by name

ITEM_HELP = (
    "<p>Chọn mục công khai theo danh mục của quy định áp dụng cho năm học. Nhập số liệu vào đúng bảng của "
    "mục (đội ngũ, cơ sở vật chất, thiết bị, tài chính, học phí, kết quả); tỉ lệ phải từ 0 đến 100% và các "
    "tổng phải khớp. Văn bản có chữ ký (PDF) đính kèm ở phần “Tệp đính kèm”.</p>"
    "<p>Khi thông tin thay đổi, ghi “Ngày phát sinh thay đổi” và “Nội dung cập nhật”, rồi xuất bản trong "
    "10 ngày làm việc. Mục đã công khai được lưu ít nhất 5 năm, không xóa được.</p>"
)


class DisclosureItemPage(BasePage):
    item_code = models.CharField("mục công khai", max_length=40, choices=catalogue.CODE_CHOICES)
    changed_on = models.DateField(
        "ngày phát sinh thay đổi",
        null=True,
        blank=True,
        help_text="Ngày thông tin thay đổi (hoặc có thông tin mới): phải cập nhật trong 10 ngày làm việc.",
    )
    change_note = models.CharField(
        "nội dung cập nhật",
        max_length=300,
        blank=True,
        help_text="Ghi ngắn điều đã thay đổi; hiện trong lịch sử cập nhật công khai.",
    )
    body = RichTextField("nội dung", blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"])
    tables = StreamField(TABLE_BLOCKS, verbose_name="bảng số liệu", blank=True, use_json_field=True)

    content_panels = BasePage.content_panels + [
        HelpPanel(ITEM_HELP, heading="Hướng dẫn"),
        FieldPanel("item_code"),
        FieldPanel("body"),
        FieldPanel("tables"),
        InlinePanel("attachments", heading="Tệp đính kèm", label="tệp"),
        InlinePanel("entries", heading="Các kỳ (kế hoạch tháng, tuần, thực đơn)", label="kỳ"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("changed_on"), FieldPanel("change_note")])], heading="Cập nhật"),
    ]
    parent_page_types = ["disclosure.DisclosureYearPage"]
    subpage_types = []

    class Meta:
        verbose_name = "mục công khai"
        verbose_name_plural = "mục công khai"

    @property
    def item(self):
        return catalogue.get(self.item_code)

    def year_page(self):
        parent = self.get_parent() if self.path else getattr(self, "_parent_hint", None)
        return parent.specific if parent is not None else None

    def clean(self):
        super().clean()
        self.change_note = nfc(self.change_note or "").strip()
        item = self.item
        year = self.year_page()
        errors = {}
        if item is None:
            errors["item_code"] = "Hãy chọn một mục trong danh mục công khai."
        elif year is not None and getattr(year, "school_year", None):
            allowed = {i.code for i in year.catalogue_items()}
            if item.code not in allowed:
                errors["item_code"] = (
                    f"Mục “{item.title}” không thuộc danh mục {catalogue.REGULATION_SHORT[year.regulation]} "
                    "áp dụng cho cấp học của trường trong năm học này."
                )
            elif (
                year.get_children()
                .type(DisclosureItemPage)
                .exclude(pk=self.pk)
                .filter(disclosureitempage__item_code=item.code)
                .exists()
            ):
                errors["item_code"] = f"Năm học {year.school_year} đã có trang cho mục “{item.title}”."
        if item is not None:
            wrong = sorted({block.block_type for block in self.tables} - ({item.table} if item.table else set()))
            if wrong:
                labels = ", ".join(str(dict(TABLE_BLOCKS)[name].label) for name in wrong)
                errors["tables"] = f"Mục “{item.title}” không dùng {labels.lower()}; " + (
                    f"hãy dùng {str(dict(TABLE_BLOCKS)[item.table].label).lower()}." if item.table else "hãy xóa bảng."
                )
            periods = [entry.period_start for entry in self.entries.all()]
            if periods and not item.recurring:
                errors["item_code"] = "Chỉ kế hoạch tháng, kế hoạch tuần và thực đơn mới có các kỳ."
            repeated = sorted({day for day in periods if periods.count(day) > 1})
            if repeated:
                errors["item_code"] = "Kỳ bị nhập trùng: " + ", ".join(f"{day:%d/%m/%Y}" for day in repeated) + "."
        if self.changed_on and self.changed_on > timezone.localdate():
            errors["changed_on"] = "Ngày phát sinh thay đổi không được sau hôm nay."
        if errors:
            raise ValidationError(errors)

    # --- what the templates and the status engine read -------------------------------------------

    def entries_by_period(self):
        return {entry.period_start: entry for entry in self.entries.all()}

    def history(self):
        return list(self.publications.all())

    def search_date(self):
        return self.last_published_at or self.first_published_at

    def get_search_text(self):
        item = self.item
        parts = [self.title, item.basis if item else "", self.body or "", self.change_note]
        parts += [entry.title_text() + " " + entry.content for entry in self.entries.all()]
        parts += [attachment.title for attachment in self.attachments.all()]
        year = self.year_page()
        if year is not None:
            parts.append(f"Công khai năm học {year.school_year}")
        return "\n".join(part for part in parts if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        year = self.year_page()
        context["status"] = item_status(self)
        context["year"] = year
        item = self.item
        portal = getattr(request, "tenant", None)
        if item is not None and portal is not None:
            if item.reuse in (catalogue.GENERAL, catalogue.ORGANIZATION):
                context["portal_info"] = portal
                context["portal_url"] = portal.public_url(request)
                context["introduction_url"] = introduction_url(self, request)
            if item.reuse == catalogue.YEARBOOK and year is not None:
                context["reused_statistics"] = yearbook_row(portal, year.school_year)
        return context


def introduction_url(page, request):
    """The school's "Giới thiệu" section (org chart, history, leaders), whatever it was renamed to."""
    home = HomePage.objects.ancestor_of(page).first()
    section = section_roots(home).get("gioi-thieu") if home is not None else None
    return section.get_url(request) if section is not None and section.live else ""


def yearbook_row(portal, school_year):
    """The school's published statistics of that year (the yearbook's public snapshot), not retyped here."""
    snapshot = projections.visible(YEARBOOK_SNAPSHOT, portal=portal).first()
    rows = (snapshot.data or {}).get("rows", []) if snapshot is not None else []
    return next((row for row in rows if row.get("school_year") == school_year), None)


class DisclosureAttachment(Orderable):
    """A published document of the item (signed PDF, the annual report...), a Wagtail document."""

    page = ParentalKey(DisclosureItemPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.PROTECT, related_name="+")
    title = models.CharField("tên tệp hiển thị", max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    def display_title(self):
        return self.title or self.document.title

    def clean(self):
        self.title = nfc(self.title or "").strip()


class DisclosureEntry(Orderable):
    """One period of a recurring item: a month's plan, a week's plan or menu."""

    page = ParentalKey(DisclosureItemPage, on_delete=models.CASCADE, related_name="entries")
    period_start = models.DateField(
        "đầu kỳ", help_text="Ngày đầu tháng (kế hoạch tháng) hoặc thứ Hai của tuần (kế hoạch tuần, thực đơn)."
    )
    content = models.TextField("nội dung", blank=True, help_text="Ví dụ: thực đơn từng ngày trong tuần.")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="tệp"
    )

    panels = [FieldPanel("period_start"), FieldPanel("content"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "kỳ"
        verbose_name_plural = "các kỳ"

    def rule(self):
        item = self.page.item if self.page_id or getattr(self, "page", None) else None
        return item.rule if item else catalogue.WEEKLY

    def title_text(self):
        return period_label(self.rule(), self.period_start)

    def clean(self):
        self.content = nfc(self.content or "").strip()
        item = self.page.item
        if item is None or not item.recurring or self.period_start is None:
            return
        if period_start(item.rule, self.period_start) != self.period_start:
            expected = "ngày 1 của tháng" if item.rule == catalogue.MONTHLY else "thứ Hai"
            raise ValidationError({"period_start": f"Đầu kỳ phải là {expected}."})
        if not self.content and not self.document_id:
            raise ValidationError({"content": "Hãy nhập nội dung hoặc đính kèm tệp cho kỳ này."})
