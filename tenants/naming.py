"""Domain and schema names for portals, and their suggestion from a school's name.

The letter requires school domains of the form ``<tên trường><tên thành phố>.edu.vn``.

Abbreviation rule (documented for district staff in the README):

1. The leading word "Trường" is dropped.
2. The school level at the start of the name becomes its usual abbreviation:
   Nhà trẻ -> ``nt``, Mẫu giáo -> ``mg``, Mầm non -> ``mn``, Tiểu học -> ``th``,
   Trung học cơ sở / THCS -> ``thcs``, TH-THCS / Tiểu học và THCS -> ``ththcs``.
   "Tư thục", "Dân lập" and "Công lập" after the level are dropped.
3. The rest of the name (the proper name) is folded to ASCII (``đ`` -> ``d``, no marks),
   lowercased, and everything but letters and digits removed.
4. The city code (setting ``PORTAL_CITY_CODE``, default ``tdm``) is appended, then
   ``.edu.vn``.

"Trường THCS Nguyễn Viết Xuân" -> ``thcsnguyenvietxuantdm.edu.vn``;
"Trường Mầm non Hoa Mai" -> ``mnhoamaitdm.edu.vn``.
The schema name is the domain's first label (cut to 41 characters).
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError

from portal.text import fold, nfc

SCHEMA_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
SCHOOL_LABEL_RE = re.compile(r"^[a-z0-9]+$")
GENERIC_LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
RESERVED_SCHEMAS = {"public", "information_schema", "tenant_template", "pg_catalog", "pg_toast"}

# Ordered longest first so "TH-THCS" wins over "TH".
LEVEL_PREFIXES = [
    (r"tieu hoc (?:va |- )?(?:trung hoc co so|thcs)", "ththcs"),
    (r"th ?- ?thcs", "ththcs"),
    (r"trung hoc co so", "thcs"),
    (r"thcs", "thcs"),
    (r"tieu hoc", "th"),
    (r"mam non", "mn"),
    (r"mau giao", "mg"),
    (r"nha tre", "nt"),
    (r"nhom tre", "nt"),
]
DROPPED_WORDS = r"(?:tu thuc|dan lap|cong lap|doc lap)\s+"


def school_label_from_name(name):
    """The domain label for a school name, without the city code ("mnhoamai")."""
    text = fold(nfc(name or "")).lower()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^truong\s+", "", text)
    prefix = ""
    for pattern, abbreviation in LEVEL_PREFIXES:
        match = re.match(pattern + r"\b\s*", text)
        if match:
            prefix = abbreviation
            text = text[match.end() :]
            break
    text = re.sub(r"^" + DROPPED_WORDS, "", text)
    return prefix + re.sub(r"[^a-z0-9]", "", text)


def suggest_school_domain(name, city_code=None):
    """Suggested official domain for a school: ``<school><city>.edu.vn``."""
    city_code = city_code or settings.PORTAL_CITY_CODE
    label = school_label_from_name(name)
    if not label:
        raise ValidationError("Không tạo được tên miền từ tên trường “%(name)s”.", params={"name": name})
    return f"{label}{city_code}.{settings.PORTAL_DOMAIN_SUFFIX}"


def schema_name_for_domain(domain):
    """The schema name derived from a domain's first label (letters, digits, underscores)."""
    label = domain.split(".", 1)[0].replace("-", "_")
    if label and not label[0].isalpha():
        label = "s" + label
    return label[:41]


def validate_schema_name(value):
    """Strict schema names: they end up in SQL, media paths and search-index folders."""
    if not isinstance(value, str) or not SCHEMA_NAME_RE.match(value) or value in RESERVED_SCHEMAS:
        raise ValidationError(
            "Tên lược đồ “%(value)s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, "
            "bắt đầu bằng chữ cái, dài 2–41 ký tự.",
            code="invalid_schema_name",
            params={"value": value},
        )


def _suffix():
    return "." + settings.PORTAL_DOMAIN_SUFFIX


def validate_school_domain(value, city_code=None):
    """``<school><city>.edu.vn``: lowercase ASCII letters and digits only, then the city code."""
    city_code = city_code or settings.PORTAL_CITY_CODE
    example = f"thcsnguyenvietxuan{city_code}{_suffix()}"
    if not isinstance(value, str) or not value.endswith(_suffix()):
        raise ValidationError(
            "Tên miền “%(value)s” phải kết thúc bằng “%(suffix)s” (ví dụ %(example)s).",
            code="bad_suffix",
            params={"value": value, "suffix": _suffix(), "example": example},
        )
    label = value[: -len(_suffix())]
    if not SCHOOL_LABEL_RE.match(label):
        raise ValidationError(
            "Tên miền “%(value)s” chỉ được gồm chữ thường không dấu (a–z) và chữ số, không có dấu chấm, "
            "gạch chéo hay khoảng trắng (ví dụ %(example)s).",
            code="bad_characters",
            params={"value": value, "example": example},
        )
    if not label.endswith(city_code) or len(label) <= len(city_code):
        raise ValidationError(
            "Tên miền “%(value)s” phải có dạng <tên trường><%(city)s>%(suffix)s (ví dụ %(example)s).",
            code="missing_city",
            params={"value": value, "city": city_code, "suffix": _suffix(), "example": example},
        )
    if len(label) > 63:
        raise ValidationError("Tên miền quá dài (tối đa 63 ký tự trước “%(suffix)s”).", params={"suffix": _suffix()})


def validate_hostname(value):
    """Any valid lowercase DNS hostname (used for the supervising body's own portal)."""
    labels = value.split(".") if isinstance(value, str) else []
    if len(labels) < 2 or len(value) > 253 or not all(GENERIC_LABEL_RE.match(label) for label in labels):
        raise ValidationError(
            "Tên miền “%(value)s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu gạch ngang và dấu chấm.",
            code="bad_hostname",
            params={"value": value},
        )
