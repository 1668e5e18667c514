"""``python manage.py import_schools schools.csv``: provision many schools from a CSV (or XLSX) file.

Columns (header row; CSV in UTF-8 or UTF-8 with BOM as Excel saves it): ``name``/``ten``,
``level``/``cap_hoc``, optional ``ownership``/``loai_hinh``, ``domain``/``ten_mien``,
``short_name``, ``address``/``dia_chi``, ``phone``/``dien_thoai``, ``email``.
Each row is provisioned on its own: a bad row is reported and creates nothing;
rows whose domain already exists are skipped, so the import can be re-run.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal.text import spreadsheets
from portal.text.spreadsheets import SpreadsheetError, cell_text
from tenants.management.commands.create_school import format_errors, parse_level, parse_ownership
from tenants.models import Domain
from tenants.naming import suggest_school_domain
from tenants.provisioning import ensure_template, provision_portal

# Accepted headers, with or without diacritics, any case (portal.text.spreadsheets.header_key).
HEADERS = spreadsheets.header_index({
    "name": ["name", "tên", "tên trường"],
    "level": ["level", "cấp học"],
    "ownership": ["ownership", "loại hình"],
    "domain": ["domain", "tên miền"],
    "short_name": ["short_name", "tên viết tắt"],
    "address": ["address", "địa chỉ"],
    "phone": ["phone", "điện thoại"],
    "email": ["email", "thư điện tử"],
})  # fmt: skip


def read_rows(path):
    """``[(line number, {field: text})]`` of a CSV (UTF-8 only: names must be exact) or XLSX school list."""
    path = Path(path)
    try:
        table = spreadsheets.read_table(path.read_bytes(), path.name, utf8_only=True)
    except SpreadsheetError as error:
        raise CommandError(" ".join(error.messages)) from error
    numbered = [(number, cells) for number, cells in table.rows if not spreadsheets.is_blank(cells)]
    if not numbered:
        raise CommandError("Tệp trống hoặc thiếu dòng tiêu đề.")
    mapping, _unknown = spreadsheets.match_header(numbered[0][1], HEADERS)
    if "name" not in mapping:
        raise CommandError("Thiếu cột “name” (tên trường) trong tệp.")
    return [
        (number, {field: cell_text(cells[index]) if index < len(cells) else "" for field, index in mapping.items()})
        for number, cells in numbered[1:]
    ]


class Command(BaseCommand):
    help = "Tạo hàng loạt cổng thông tin trường học từ tệp CSV."

    def add_arguments(self, parser):
        parser.add_argument("csv_path")

    def handle(self, *args, **options):
        rows = read_rows(options["csv_path"])
        ensure_template()
        created, skipped, failed = 0, 0, []
        for line_no, row in tqdm(rows, desc="Tạo cổng", unit="trường", disable=None):
            try:
                domain = row.get("domain") or suggest_school_domain(row["name"])
                if Domain.objects.filter(domain=domain).exists():
                    skipped += 1
                    continue
                provision_portal(
                    row["name"],
                    level=parse_level(row.get("level", "")),
                    ownership=parse_ownership(row.get("ownership") or "cong_lap"),
                    domain=domain,
                    short_name=row.get("short_name", ""),
                    address=row.get("address", ""),
                    phone=row.get("phone", ""),
                    email=row.get("email", ""),
                )
                created += 1
            except ValidationError as error:
                failed.append((line_no, row.get("name", ""), format_errors(error)))
        self.stdout.write(f"Đã tạo {created} trường, bỏ qua {skipped} trường đã có, lỗi {len(failed)} dòng.")
        for line_no, name, message in failed:
            self.stderr.write(f"Dòng {line_no} ({name}): {message}")
        if failed:
            raise CommandError(f"{len(failed)} dòng không nhập được; các dòng khác đã được tạo.")
