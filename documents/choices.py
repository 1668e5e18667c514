"""Fixed vocabularies of the registry: document types (hình thức văn bản) and fields (lĩnh vực).

Why choices and not snippets: both lists are the same in the district and every school, and district
documents are shown at schools (``documents_public``) filtered by the same keys; per-portal snippets would
drift apart. Issuing bodies differ per portal (a school issues its own plans), so they are snippets
(``documents.models.issuers``). Keys are ASCII slugs of the Vietnamese names, readable in filter URLs.
"""

from django.db import models

from portal.text import ascii_slug
from portal.text.numbering import document_type_name, parse_document_number


class DocumentType(models.TextChoices):
    LAW = "luat", "Luật"
    ORDINANCE = "phap-lenh", "Pháp lệnh"
    RESOLUTION = "nghi-quyet", "Nghị quyết"
    DECREE = "nghi-dinh", "Nghị định"
    CIRCULAR = "thong-tu", "Thông tư"
    JOINT_CIRCULAR = "thong-tu-lien-tich", "Thông tư liên tịch"
    DECISION = "quyet-dinh", "Quyết định"
    DIRECTIVE = "chi-thi", "Chỉ thị"
    OFFICIAL_LETTER = "cong-van", "Công văn"
    PLAN = "ke-hoach", "Kế hoạch"
    NOTICE = "thong-bao", "Thông báo"
    GUIDANCE = "huong-dan", "Hướng dẫn"
    REPORT = "bao-cao", "Báo cáo"
    SUBMISSION = "to-trinh", "Tờ trình"
    STATUTE = "quy-che", "Quy chế"
    REGULATION = "quy-dinh", "Quy định"
    PROGRAMME = "chuong-trinh", "Chương trình"
    SCHEME = "de-an", "Đề án"
    CONSOLIDATED = "van-ban-hop-nhat", "Văn bản hợp nhất"
    DISPATCH = "cong-dien", "Công điện"
    MINUTES = "bien-ban", "Biên bản"
    OTHER = "khac", "Văn bản khác"


class DocumentField(models.TextChoices):
    GENERAL = "cong-tac-chung", "Công tác chung, hành chính"
    PRESCHOOL = "giao-duc-mam-non", "Giáo dục mầm non"
    PRIMARY = "giao-duc-tieu-hoc", "Giáo dục tiểu học"
    SECONDARY = "giao-duc-trung-hoc", "Giáo dục trung học cơ sở"
    IT = "cong-nghe-thong-tin", "Công nghệ thông tin, chuyển đổi số"
    CYBERSECURITY = "an-toan-thong-tin", "An ninh mạng, an toàn thông tin"
    PERSONNEL = "to-chuc-can-bo", "Tổ chức cán bộ"
    FINANCE = "tai-chinh", "Tài chính, cơ sở vật chất"
    EMULATION = "thi-dua-khen-thuong", "Thi đua, khen thưởng"
    DISCLOSURE = "cong-khai-kiem-dinh", "Công khai, kiểm định chất lượng"
    ENROLMENT = "tuyen-sinh", "Tuyển sinh"
    LEGAL = "phap-che-thanh-tra", "Pháp chế, thanh tra"
    OTHER = "khac", "Khác"


_TYPE_BY_SLUG = {choice.value: choice for choice in DocumentType}


def type_for_number(number):
    """The document type a số ký hiệu implies (``"36/2017/TT-BGDĐT"`` gives Thông tư), else "khác"."""
    if isinstance(number, str):
        number = parse_document_number(number)
    return _TYPE_BY_SLUG.get(ascii_slug(document_type_name(number)), DocumentType.OTHER)


def choice_from_text(choices, text):
    """Match a choice by key or by label, ignoring case and diacritics (for imported registers)."""
    wanted = ascii_slug(text or "")
    if not wanted:
        return None
    for value, label in choices.choices:
        if wanted in (value, ascii_slug(label)):
            return value
    return None
