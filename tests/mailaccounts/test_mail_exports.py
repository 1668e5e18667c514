"""The annex form (DOCX opened with python-docx), the XLSX list, and the mail server's files."""

import io
import re

from docx import Document
from openpyxl import load_workbook

from mailaccounts import passwords, workflow
from mailaccounts.exports.annex import annex_docx, annex_xlsx
from mailaccounts.exports.mailserver import accounts_csv, dovecot_passwd, live_accounts, postfix_virtual_mailboxes
from mailaccounts.models import MailAccount
from tests.mailaccounts.mailaccounts_helpers import DISTRICT_ACTOR, SCHOOL_ACTOR, approve_all, register


def document_text(document):
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_annex_docx_is_laid_out_like_the_letters_annex(school_a, school_b):
    register(school_a)
    register(school_b, [{"full_name": "Lê Thị Hoa", "position": "Hiệu trưởng"}])
    rejected = workflow.create_entry(school_a, SCHOOL_ACTOR, {"full_name": "Võ Văn Sai", "position": "Giáo viên"})
    workflow.submit_list(school_a, SCHOOL_ACTOR)
    workflow.decide(rejected, workflow.Action.REJECTED, DISTRICT_ACTOR, reason="Không có trong biên chế")
    document = Document(io.BytesIO(annex_docx(school_a, preparer="Trần Văn Thư", preparer_phone="0909 123 456")))
    text = document_text(document)
    # Heading: supervising body, school, date line, addressee, title, address pattern.
    assert "TRƯỜNG: THCS CHU VĂN AN" in text
    assert re.search(r"Thủ Dầu Một, ngày \d\d tháng \d\d năm \d{4}", text)
    assert "Kính gửi: Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một" in text
    assert "DANH SÁCH ĐĂNG KÝ SỬ DỤNG EMAIL" in text
    assert "Tên_người_dùng.Tên_trường@ptdm.edu.vn" in text
    # The table: header then one row per registered line, in order; rejected and other schools' left out.
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Họ và tên", "Chức vụ", "Email"]
    assert rows[1:] == [
        ["1", "Phạm Thị Ngọc Lan", "Hiệu trưởng", "lanptn.thcschuvanan@ptdm.edu.vn"],
        ["2", "Trần Thu Hà", "Phó Hiệu trưởng", "hatt.thcschuvanan@ptdm.edu.vn"],
        ["3", "Nguyễn Thị Ánh Tuyết", "Giáo viên", "tuyetnta.thcschuvanan@ptdm.edu.vn"],
    ]
    assert "Lê Thị Hoa" not in text and "Võ Văn Sai" not in text
    # Signature blocks: preparer and principal, each with a phone line.
    assert "Người lập danh sách" in text and "Trần Văn Thư" in text and "Số điện thoại: 0909 123 456" in text
    assert "HIỆU TRƯỞNG" in text and "Số điện thoại: 0274 3822 908" in text


def test_annex_of_an_empty_list_still_opens_with_blanks(school_b):
    document = Document(io.BytesIO(annex_docx(school_b)))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    assert len(table.rows) == 1
    assert "Số điện thoại: …………" in document_text(document)


def test_annex_xlsx_has_the_rows_and_neutralises_formulas(school_a):
    register(school_a, [{"full_name": "Nguyễn Văn An", "position": "=HYPERLINK(1)"}])
    sheet = load_workbook(io.BytesIO(annex_xlsx(school_a))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("STT", "Họ và tên", "Chức vụ", "Email")
    assert rows[1][1] == "Nguyễn Văn An" and rows[1][3] == "annv.thcschuvanan@ptdm.edu.vn"
    assert sheet.cell(row=2, column=3).data_type == "s"  # text, never a formula


def test_postfix_and_dovecot_files(school_a, school_b):
    lan, ha, tuyet = register(school_a)
    (hoa,) = register(school_b, [{"full_name": "Lê Thị Hoa", "position": "Hiệu trưởng"}])
    draft = workflow.create_entry(school_b, SCHOOL_ACTOR, {"full_name": "Đỗ Văn Nháp", "position": "Nhân viên"})
    approve_all(school_a)
    workflow.submit_list(school_b, SCHOOL_ACTOR)
    workflow.decide(hoa, workflow.Action.APPROVED, DISTRICT_ACTOR)
    draft.refresh_from_db()
    workflow.decide(draft, workflow.Action.REJECTED, DISTRICT_ACTOR, reason="Trùng")
    workflow.decide(ha, workflow.Action.SUSPENDED, DISTRICT_ACTOR, reason="Nghỉ thai sản")
    workflow.decide(tuyet, workflow.Action.CLOSED, DISTRICT_ACTOR, reason="Chuyển trường")
    issued = dict((a.address, p) for a, p in passwords.issue_initial_passwords(list(live_accounts()), DISTRICT_ACTOR))
    assert set(issued) == {lan.address, ha.address, hoa.address}

    postfix = postfix_virtual_mailboxes()
    assert postfix == (
        "hatt.thcschuvanan@ptdm.edu.vn\tptdm.edu.vn/hatt.thcschuvanan/\n"  # suspended: still receives mail
        "hoalt.mnhoasen@ptdm.edu.vn\tptdm.edu.vn/hoalt.mnhoasen/\n"
        "lanptn.thcschuvanan@ptdm.edu.vn\tptdm.edu.vn/lanptn.thcschuvanan/\n"
    )
    lines = postfix.splitlines()
    assert lines == sorted(lines) and all(
        re.fullmatch(r"[a-z0-9.]+@ptdm\.edu\.vn\tptdm\.edu\.vn/[a-z0-9.]+/", line) for line in lines
    )

    passwd = dovecot_passwd().splitlines()
    assert [line.split(":", 1)[0] for line in passwd] == [hoa.address, lan.address]  # suspended cannot log in
    for line in passwd:
        fields = line.split(":")
        assert len(fields) == 8 and fields[2:] == [""] * 6
        assert fields[1].startswith("{SHA512-CRYPT}$6$")
        assert passwords.verify_password(issued[fields[0]], fields[1])
        assert issued[fields[0]] not in line

    csv_text = accounts_csv().decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Email,Tên người dùng,Họ và tên")
    assert "lanptn.thcschuvanan@ptdm.edu.vn,lanptn.thcschuvanan,Phạm Thị Ngọc Lan" in csv_text
    assert "Mật khẩu" not in csv_text and not any(p in csv_text for p in issued.values())
    assert MailAccount.objects.get(pk=tuyet.pk).password_hash == ""
