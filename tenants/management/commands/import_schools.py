"""``python manage.py import_schools schools.csv``: provision many schools from a CSV file.

Columns (header row, UTF-8 or UTF-8 with BOM as Excel saves it): ``name``/``ten``,
``level``/``cap_hoc``, optional ``ownership``/``loai_hinh``, ``domain``/``ten_mien``,
``short_name``, ``address``/``dia_chi``, ``phone``/``dien_thoai``, ``email``.
Each row is provisioned on its own: a bad row is reported and creates nothing;
rows whose domain already exists are skipped, so the import can be re-run.
"""

import csv
import io
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal.text import nfc
from tenants.management.commands.create_school import format_errors, parse_level, parse_ownership
from tenants.models import Domain
from tenants.naming import suggest_school_domain
from tenants.provisioning import ensure_template, provision_portal

ALIASES = {
    "ten": "name",
    "tên": "name",
    "ten_truong": "name",
    "cap_hoc": "level",
    "cấp_học": "level",
    "loai_hinh": "ownership",
    "loại_hình": "ownership",
    "ten_mien": "domain",
    "tên_miền": "domain",
    "ten_viet_tat": "short_name",
    "dia_chi": "address",
    "địa_chỉ": "address",
    "dien_thoai": "phone",
    "điện_thoại": "phone",
}


def read_rows(path):
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError("Tệp CSV không ở bảng mã UTF-8. Trong Excel hãy chọn “Lưu thành” → “CSV UTF-8”.") from error
    reader = csv.DictReader(io.StringIO(nfc(text)))
    if not reader.fieldnames:
        raise CommandError("Tệp CSV trống hoặc thiếu dòng tiêu đề.")
    rows = []
    for row in reader:
        clean = {}
        for key, value in row.items():
            if key is None:
                continue
            norm = key.strip().lower().replace(" ", "_")
            clean[ALIASES.get(norm, norm)] = (value or "").strip()
        rows.append(clean)
    if rows and "name" not in rows[0]:
        raise CommandError("Thiếu cột “name” (tên trường) trong tệp CSV.")
    return rows


class Command(BaseCommand):
    help = "Tạo hàng loạt cổng thông tin trường học từ tệp CSV."

    def add_arguments(self, parser):
        parser.add_argument("csv_path")

    def handle(self, *args, **options):
        rows = read_rows(options["csv_path"])
        ensure_template()
        created, skipped, failed = 0, 0, []
        for line_no, row in enumerate(tqdm(rows, desc="Tạo cổng", unit="trường", disable=None), start=2):
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
