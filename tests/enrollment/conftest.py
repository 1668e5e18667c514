"""Fixtures of the enrollment tests: an admin client per portal, a notice, candidate files."""

import csv
import datetime
import io
import unicodedata
import zoneinfo

import openpyxl
import pytest
from django_tenants.utils import tenant_context

from portal.enrollment.models import AdmissionNoticePage, EnrollmentIndexPage

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Trường cũ", "Kết quả"]
ROWS = [
    [1, "Nguyễn Văn An", "05/09/2014", "Nam", "TH Phú Hòa 1", "Trúng tuyển"],
    [2, "Trần Thị Bích Ngọc", "12/01/2014", "Nữ", "TH Phú Hòa 2", "Trúng tuyển"],
    [3, "Lê Hoàng Đức", "28/02/2014", "Nam", "TH Hiệp Thành", ""],
    [4, "Phạm Thị Thủy", "01/12/2014", "Nữ", "TH Phú Cường", "Dự bị"],
]


@pytest.fixture
def make_notice():
    """``make_notice(portal, **fields)``: a published notice under the portal's "Tuyển sinh" section."""

    def make(portal, slug="thong-bao-lop-6", **fields):
        values = {
            "title": "Thông báo tuyển sinh lớp 6 năm học 2026-2027",
            "slug": slug,
            "school_year": "2026-2027",
            "target_group": "<p>Học sinh hoàn thành chương trình tiểu học.</p>",
            "quota": 450,
            "admission_form": "xet_tuyen",
            "registration_opens": datetime.datetime(2026, 7, 1, 7, 0, tzinfo=HCM),
            "registration_closes": datetime.datetime(2026, 7, 10, 17, 0, tzinfo=HCM),
            "place": "Văn phòng nhà trường",
            **fields,
        }
        with tenant_context(portal):
            index = EnrollmentIndexPage.objects.get()
            notice = AdmissionNoticePage(**values)
            index.add_child(instance=notice)
            notice.save_revision().publish()
            return notice

    return make


def xlsx_bytes(rows, title_rows=()):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [*title_rows, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_text(rows, delimiter=","):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def cp1258_bytes(text):
    """Windows-1258 bytes: precomposed where the code page has the letter, else base letter + tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = "".join(mark for mark in decomposed if mark in TONES)
            base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONES))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


@pytest.fixture
def files():
    """Builders of candidate files: ``files.xlsx(rows)``, ``files.csv(rows)``, ``files.cp1258(rows)``."""

    class Files:
        header, rows = HEADER, ROWS
        xlsx = staticmethod(xlsx_bytes)
        csv_text = staticmethod(csv_text)

        @staticmethod
        def csv(rows, delimiter=",", bom=True):
            return (b"\xef\xbb\xbf" if bom else b"") + csv_text(rows, delimiter).encode("utf-8")

        @staticmethod
        def cp1258(rows, delimiter=";"):
            return cp1258_bytes(csv_text(rows, delimiter))

    return Files
