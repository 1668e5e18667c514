"""``python manage.py import_nukeviet <schema> --dump site.sql --uploads uploads/ [--site-dir NAME]
[--prefix nv4] [--lang vi] [--report report.xlsx] [--dry-run]``.

Brings a NukeViet 4.x site (news categories and articles, the laws module, static pages) into a portal,
one transaction per item, and writes an XLSX report of every source row. See ``nukeviet_import``.
"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context
from tqdm import tqdm

from nukeviet_import.dump import DumpError, read_dump
from nukeviet_import.importer import Importer
from nukeviet_import.report import report_xlsx
from nukeviet_import.uploads import Uploads
from tenants.models import Portal
from tenants.provisioning import inside_portal


class Command(BaseCommand):
    help = "Nhập trang NukeViet 4.x (tin tức, văn bản, trang tĩnh) vào một cổng thông tin trường học."

    def add_arguments(self, parser):
        parser.add_argument("schema", help="Tên lược đồ của cổng (ví dụ thcsnguyenvietxuantdm).")
        parser.add_argument("--dump", required=True, help="Tệp sao lưu mysqldump (.sql) của trang NukeViet.")
        parser.add_argument("--uploads", help="Thư mục uploads của trang NukeViet.")
        parser.add_argument("--site-dir", default="", help="Thư mục của trang con trong uploads (NukeViet nhiều site).")
        parser.add_argument("--prefix", default="nv4", help="Tiền tố bảng (mặc định nv4).")
        parser.add_argument("--lang", default="vi", help="Ngôn ngữ dữ liệu (mặc định vi).")
        parser.add_argument("--report", help="Tệp XLSX ghi kết quả từng dòng (mặc định: <dump>-ket-qua.xlsx).")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ cho biết sẽ nhập gì, không ghi gì.")

    def handle(self, *args, schema, dump, uploads=None, site_dir="", prefix="nv4", lang="vi", **options):
        with schema_context("public"):
            portal = Portal.objects.filter(schema_name=schema).exclude(kind=Portal.Kind.TEMPLATE).first()
        if portal is None:
            raise CommandError(f"Không có cổng thông tin với lược đồ “{schema}”.")
        path = Path(dump)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp sao lưu “{dump}”.")
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"Không tìm thấy thư mục uploads “{uploads}”.")
        try:
            tables = read_dump(path.read_bytes())
        except DumpError as error:
            raise CommandError(str(error)) from error
        if not any(name.startswith(f"{prefix}_{lang}_") for name in tables):
            raise CommandError(
                f"Bản sao lưu không có bảng nào bắt đầu bằng “{prefix}_{lang}_”: kiểm tra --prefix và --lang."
            )
        dry_run = options["dry_run"]
        started = time.monotonic()
        with inside_portal(portal):
            importer = Importer(tables, Uploads(uploads, site_dir), prefix=prefix, lang=lang, dry_run=dry_run)
            with tqdm(total=importer.total(), unit="mục", disable=options["verbosity"] == 0, file=self.stderr) as bar:
                importer.progress = bar.update
                report = importer.run()
        elapsed = time.monotonic() - started
        for line in report.lines:
            if options["verbosity"] > 1 or line.outcome not in ("Đã nhập", "Đã có từ lần nhập trước"):
                note = f" — {line.reason}" if line.reason else ""
                self.stdout.write(
                    f"{line.table} #{line.source_id} {line.title[:60]}: {line.outcome} {line.target}{note}"
                )
        report_path = Path(options.get("report") or path.with_name(path.stem + "-ket-qua.xlsx"))
        report_path.write_bytes(report_xlsx(report))
        self.stdout.write(self.style.SUCCESS(report.summary()))
        mode = ", chạy thử: không ghi gì" if dry_run else ""
        rate = report.processed / elapsed if elapsed else 0
        self.stdout.write(f"Báo cáo: {report_path} ({elapsed:.1f} giây, {rate:.1f} mục/giây{mode}).")
