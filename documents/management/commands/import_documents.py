"""``python manage.py import_documents <schema> <register.xlsx|csv> [--files-dir DIR] [--draft]``.

Imports a register into a portal's document section, one transaction per row, with a progress bar and a
per-row report of what was skipped or refused (in Vietnamese). See ``documents.importing``.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context, tenant_context
from tqdm import tqdm

from documents.importing import folder_files, import_rows
from documents.models import DocumentIndexPage
from documents.registers import RegisterError, read_register
from tenants.models import Portal
from tenants.provisioning import inside_portal


class Command(BaseCommand):
    help = "Nhập sổ văn bản (XLSX/CSV) vào chuyên mục văn bản của một cổng thông tin."

    def add_arguments(self, parser):
        parser.add_argument("schema", help="Tên lược đồ của cổng (ví dụ tptdm).")
        parser.add_argument("file", help="Tệp sổ văn bản .xlsx hoặc .csv.")
        parser.add_argument("--files-dir", help="Thư mục chứa các tệp ghi trong cột “Tệp đính kèm”.")
        parser.add_argument("--draft", action="store_true", help="Lưu bản nháp thay vì xuất bản ngay.")

    def handle(self, *args, schema, file, files_dir=None, draft=False, **options):
        with schema_context("public"):
            portal = Portal.objects.filter(schema_name=schema).exclude(kind=Portal.Kind.TEMPLATE).first()
        if portal is None:
            raise CommandError(f"Không có cổng thông tin với lược đồ “{schema}”.")
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp “{file}”.")
        if files_dir and not Path(files_dir).is_dir():
            raise CommandError(f"Không tìm thấy thư mục “{files_dir}”.")
        try:
            rows = read_register(path.name, path.read_bytes())
        except RegisterError as error:
            raise CommandError(str(error)) from error
        with tenant_context(portal):
            index = DocumentIndexPage.objects.filter(section_key="van-ban").first()
        if index is None:
            raise CommandError("Cổng thông tin chưa có chuyên mục văn bản; hãy chạy setup_portals.")
        files = folder_files(files_dir) if files_dir else None
        with (
            inside_portal(portal),
            tqdm(total=len(rows), unit="dòng", disable=options["verbosity"] == 0, file=self.stderr) as bar,
        ):
            report = import_rows(index, rows, files=files, publish=not draft, progress=bar.update)
        for line in report.lines():
            self.stdout.write(line)
        style = self.style.SUCCESS if not report.failed else self.style.WARNING
        self.stdout.write(style(report.summary()))
