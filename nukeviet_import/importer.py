"""Bring a NukeViet 4.x site (news, laws, static pages) into one portal, one transaction per item.

Every source row ends up in the report: imported, already imported by an earlier run (the mapping table
``ImportedItem``), or skipped with the reason. Run inside the portal's schema (``inside_portal``).
Tables are ``<prefix>_<lang>_<module>...`` as NukeViet's ``action_mysql.php`` files create them.
"""

import datetime
import html
import re
import zoneinfo
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import transaction

from documents.choices import DocumentField, DocumentType, choice_from_text
from documents.importing import FAILED, SKIPPED, import_rows
from documents.models import DocumentIndexPage, LegalDocumentPage
from nukeviet_import.models import ImportedItem
from nukeviet_import.richtext import html_to_blocks
from nukeviet_import.uploads import Resolver
from portal.core.models import HomePage, SectionPage
from portal.news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from portal.organization.models import OrganizationPage
from portal.text import ascii_slug, nfc
from portal.text.numbering import DocumentNumberError, parse_document_number

TIMEZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
IMPORTED, ALREADY, WOULD, SKIPPED_ROW, ERROR = "Đã nhập", "Đã có từ lần nhập trước", "Sẽ nhập", "Bỏ qua", "Lỗi"
ABOUT_ALIASES = {"gioi-thieu", "about", "gioithieu", "gioi-thieu-chung", "lich-su", "lich-su-phat-trien"}


@dataclass
class Line:
    table: str
    source_id: int
    title: str
    outcome: str
    target: str = ""
    reason: str = ""


@dataclass
class Report:
    lines: list = field(default_factory=list)

    def add(self, *args, **kwargs):
        line = Line(*args, **kwargs)
        self.lines.append(line)
        return line

    def count(self, outcome):
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def processed(self):
        return len(self.lines)

    def summary(self):
        parts = [f"{outcome}: {self.count(outcome)}" for outcome in (IMPORTED, WOULD, ALREADY, SKIPPED_ROW, ERROR)]
        return f"{self.processed} dòng nguồn. " + "; ".join(parts) + "."


def _text(value):
    return nfc(html.unescape(str(value or "")).strip())


def _plain(value):
    return " ".join(BeautifulSoup(str(value or ""), "html.parser").get_text(" ").split())


def _moment(*stamps):
    for stamp in stamps:
        if isinstance(stamp, int) and stamp > 0:
            return datetime.datetime.fromtimestamp(stamp, TIMEZONE)
    return None


def _ids(value):
    return [int(part) for part in re.findall(r"\d+", str(value or ""))]


def _unique_slug(parent, wanted, source_id):
    slug = (ascii_slug(wanted) or "muc")[:200]
    if parent.get_children().filter(slug=slug).exists():
        slug = f"{slug[:190]}-{source_id}"
    return slug


class Importer:
    def __init__(self, tables, uploads, *, prefix="nv4", lang="vi", dry_run=False, progress=None):
        self.tables = tables
        self.uploads = uploads
        self.base = f"{prefix}_{lang}_"
        self.dry_run = dry_run
        self.progress = progress or (lambda n=1: None)
        self.report = Report()
        self.mapped = {(i.source_table, i.source_id): i for i in ImportedItem.objects.all()}

    # --- tables -------------------------------------------------------------------------------------

    def rows(self, name):
        table = self.tables.get(self.base + name)
        return sorted(table.rows, key=lambda row: row.get("id") or row.get("catid") or 0) if table else []

    def by_id(self, name, key="id"):
        return {row.get(key): row for row in self.rows(name)}

    def total(self):
        names = ["news_cat", "news_rows", "laws_row", "page"]
        return sum(len(self.rows(name)) for name in names)

    def unhandled_tables(self):
        """Tables of modules this importer does not bring (listed in the report as skipped)."""
        known = re.compile(
            rf"^{re.escape(self.base)}(news_(cat|rows|detail|sources|\d+|topics|block|block_cat|logs|config_post|"
            r"tags|tags_id|admins|row_histories|author|authorlist|voices|report)|laws_\w+|page(_config)?)$"
        )
        return [t for t in self.tables.values() if t.name.startswith(self.base) and not known.match(t.name) and t.rows]

    # --- one item -----------------------------------------------------------------------------------

    def item(self, table, source_id, title, alias, build):
        """Import one row in its own transaction and record it (mapping + report line)."""
        if (table, source_id) in self.mapped:
            mapped = self.mapped[(table, source_id)]
            self.report.add(table, source_id, title, ALREADY, f"{mapped.target_model} #{mapped.target_id}")
            self.progress(1)
            return
        resolver = Resolver(self.uploads, table.split("_")[0], dry_run=self.dry_run)
        try:
            with transaction.atomic():
                target = build(resolver)
                if isinstance(target, str) and not isinstance(target, Would):  # a reason to skip
                    raise _Skip(target)
                if self.dry_run:
                    self.report.add(table, source_id, title, WOULD, target, "; ".join(resolver.notes))
                    transaction.set_rollback(True)
                else:
                    label = (
                        target._meta.label
                        if not hasattr(target, "specific_class")
                        else target.specific_class._meta.label
                    )
                    self.mapped[(table, source_id)] = ImportedItem.objects.create(
                        source_table=table,
                        source_id=source_id,
                        source_alias=(alias or "")[:255],
                        target_model=label,
                        target_id=target.pk,
                    )
                    self.report.add(
                        table, source_id, title, IMPORTED, f"{label} #{target.pk}", "; ".join(resolver.notes)
                    )
        except _Skip as skip:
            resolver.discard()
            self.report.add(table, source_id, title, SKIPPED_ROW, "", str(skip))
        except (ValidationError, ValueError) as error:
            resolver.discard()
            message = " ".join(getattr(error, "messages", [])) or str(error)
            self.report.add(table, source_id, title, ERROR, "", message[:500])
        self.progress(1)

    # --- news ---------------------------------------------------------------------------------------

    def news_categories(self):
        for row in self.rows("news_cat"):
            name = _text(row.get("title"))[:120]
            alias = row.get("alias") or ""

            def build(resolver, name=name, alias=alias, row=row):
                if not name:
                    return "Chuyên mục không có tên."
                slug = ascii_slug(alias or name)[:120]
                existing = (
                    NewsCategory.objects.filter(slug=slug).first() or NewsCategory.objects.filter(name=name).first()
                )
                if self.dry_run:
                    return Would(f"chuyên mục “{name}”" + (" (đã có, dùng chung)" if existing else ""))
                return existing or NewsCategory.objects.create(name=name, slug=slug, sort_order=row.get("weight") or 0)

            self.item("news_cat", row["catid"], name, alias, build)

    def news_articles(self):
        index = NewsIndexPage.objects.filter(section_key="tin-tuc").first()
        details = self.by_id("news_detail")
        sources = self.by_id("news_sources", "sourceid")
        for row in self.rows("news_rows"):
            title = _text(row.get("title"))
            self.item(
                "news_rows",
                row["id"],
                title,
                row.get("alias"),
                lambda r, row=row, title=title: self._article(
                    r, index, row, title, details.get(row["id"]), sources.get(row.get("sourceid"))
                ),
            )

    def _article(self, resolver, index, row, title, detail, source):
        if index is None:
            return "Cổng chưa có chuyên mục “Tin tức - Sự kiện”."
        if not title:
            return "Bài viết không có tiêu đề."
        if detail is None:
            return "Không có nội dung (bảng _detail thiếu dòng của bài này)."
        published = _moment(row.get("publtime"), row.get("addtime")) or datetime.datetime.now(TIMEZONE)
        category = None
        mapped = self.mapped.get(("news_cat", row.get("catid")))
        if mapped is not None and not self.dry_run:
            category = NewsCategory.objects.filter(pk=mapped.target_id).first()
        featured = None
        if row.get("homeimgfile"):
            if row.get("homeimgthumb") == 3 or str(row["homeimgfile"]).startswith(("http://", "https://")):
                resolver.notes.append(f"Ảnh đại diện ở trang ngoài, không tải về: {row['homeimgfile'][:200]}")
            else:
                featured = resolver.image_at(resolver.module_path(row["homeimgfile"]), _text(row.get("homeimgalt")))
        blocks = html_to_blocks(detail.get("bodyhtml") or "", resolver)
        for name in [part.strip() for part in str(detail.get("files") or "").split(",") if part.strip()]:
            relative = resolver.module_path(name)
            document = resolver.document_at(relative) if relative else None
            if document is not None:
                blocks.append({"type": "document", "value": {"document": document.pk, "title": document.title}})
        source_name = _text(detail.get("sourcetext")) or _text((source or {}).get("title"))
        source_link = str((source or {}).get("link") or "")
        if self.dry_run:
            return Would(f"tin “{title[:60]}” ngày {published:%d/%m/%Y}, {len(blocks)} khối nội dung")
        page = NewsArticlePage(
            title=title[:255],
            slug=_unique_slug(index, row.get("alias") or title, row["id"]),
            date=published.date(),
            summary=_plain(row.get("hometext"))[:600],
            category=category,
            featured_image=featured,
            author=_text(row.get("author"))[:200],
            source=source_name[:255],
            source_url=source_link[:500] if source_link.startswith(("http://", "https://")) else "",
            first_published_at=published,
            live=False,
        )
        page.body = blocks
        index.add_child(instance=page)
        revision = page.save_revision()
        if row.get("status") == 1:
            revision.publish()
        else:
            resolver.notes.append("Bài chưa đăng trên trang cũ (trạng thái khác 1): nhập thành bản nháp.")
        return page

    # --- laws ---------------------------------------------------------------------------------------

    def laws(self):
        index = DocumentIndexPage.objects.filter(section_key="van-ban").first()
        laws = self.by_id("laws_row")
        cats, subjects, areas = self.by_id("laws_cat"), self.by_id("laws_subject"), self.by_id("laws_area")
        signers = self.by_id("laws_signer")
        row_areas = {}
        for link in self.rows("laws_row_area"):
            row_areas.setdefault(link.get("row_id"), []).append(link.get("area_id"))
        for row in laws.values():
            title = _text(row.get("title"))
            self.item(
                "laws_row",
                row["id"],
                title,
                row.get("alias"),
                lambda r, row=row, title=title: self._law(
                    r,
                    index,
                    row,
                    title,
                    laws,
                    cats,
                    subjects,
                    areas,
                    signers,
                    row_areas.get(row["id"]) or _ids(row.get("area_ids")),
                ),
            )

    def _law(self, resolver, index, row, title, laws, cats, subjects, areas, signers, area_ids):
        if index is None:
            return "Cổng chưa có chuyên mục “Văn bản chỉ đạo, quy định”."
        code = _text(row.get("code"))
        issued = _moment(row.get("publtime"), row.get("addtime"))
        signer = signers.get(row.get("sgid")) or {}
        field_value = ""
        for area_id in area_ids:
            field_value = choice_from_text(DocumentField, _text((areas.get(area_id) or {}).get("title"))) or field_value
        cat_title = _text((cats.get(row.get("cid")) or {}).get("title"))
        replaced = [_text(laws[i].get("code")) for i in _ids(row.get("replacement")) if i in laws]
        files = [part.strip() for part in str(row.get("files") or "").split(",") if part.strip()]
        values = {
            "number": code,
            "title": title,
            "issue_date": issued.date() if issued else None,
            "effective_date": _moment(row.get("startvalid")).date() if _moment(row.get("startvalid")) else None,
            "expiry_date": _moment(row.get("exptime")).date() if _moment(row.get("exptime")) else None,
            "type": choice_from_text(DocumentType, cat_title) or "",
            "field": field_value,
            "issuer": _text((subjects.get(row.get("sid")) or {}).get("title")),
            "signer": " ".join(filter(None, [_text(signer.get("positions")), _text(signer.get("title"))])),
            "abstract": _plain(row.get("introtext")) or _plain(row.get("bodytext")),
            "replaces": "; ".join(filter(None, replaced)),
            "files": "; ".join(files),
        }
        if row.get("relatement"):
            resolver.notes.append(
                f"Văn bản liên quan (relatement {row['relatement']}) không có kiểu quan hệ tương ứng."
            )

        def lookup(name):
            relative = resolver.module_path(name)
            return resolver.uploads.read(relative) if relative else None

        missing = [name for name in files if lookup(name) is None]
        if missing:
            return f"Thiếu tệp đính kèm trong thư mục uploads: {', '.join(missing)}."
        if self.dry_run:
            try:
                parse_document_number(code)
            except DocumentNumberError as error:
                return str(error)
            return Would(f"văn bản {code} “{title[:60]}”")
        result = import_rows(index, [(row["id"], values)], files=lookup, publish=row.get("status") == 1).results[0]
        if result.status in (FAILED, SKIPPED):
            return result.message or "Không nhập được."
        return LegalDocumentPage.objects.filter(number=result.number).order_by("-id").first()

    # --- static pages --------------------------------------------------------------------------------

    def pages(self):
        home = HomePage.objects.first()
        for row in self.rows("page"):
            title = _text(row.get("title"))
            self.item(
                "page",
                row["id"],
                title,
                row.get("alias"),
                lambda r, row=row, title=title: self._page(r, home, row, title),
            )

    def _page(self, resolver, home, row, title):
        if not title:
            return "Trang không có tiêu đề."
        alias = ascii_slug(row.get("alias") or title)
        blocks = html_to_blocks(row.get("bodytext") or "", resolver)
        rich = "".join(block["value"] for block in blocks if block["type"] == "paragraph")
        organization = OrganizationPage.objects.first()
        if alias in ABOUT_ALIASES and organization is not None and not organization.history:
            if self.dry_run:
                return Would("trang Giới thiệu (mục quá trình hình thành và phát triển)")
            organization.history = rich
            organization.save_revision().publish()
            return organization
        if self.dry_run:
            return Would(f"trang “{title[:60]}” dưới trang chủ")
        page = SectionPage(
            title=title[:255],
            slug=_unique_slug(home, alias, row["id"]),
            intro=_plain(row.get("description"))[:500],
            body=rich,
            show_in_menus=False,
            live=False,
        )
        home.add_child(instance=page)
        revision = page.save_revision()
        if row.get("status") == 1:
            revision.publish()
        return page

    def run(self):
        self.news_categories()
        self.news_articles()
        self.laws()
        self.pages()
        for table in self.unhandled_tables():
            for position, row in enumerate(table.rows, 1):
                source_id = row.get("id") or row.get("catid") or position
                title = _text(row.get("title") or row.get("name") or "")[:200]
                self.report.add(
                    table.name[len(self.base) :], source_id, title, SKIPPED_ROW, "", "Mô-đun này chưa được hỗ trợ nhập."
                )
        return self.report


class _Skip(Exception):
    pass


class Would(str):
    """What a dry run would import (a description, not a reason to skip)."""
