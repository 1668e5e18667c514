"""Grades (khối) and age groups of each school level, and the level of the current portal.

Mầm non counts children by age group (nhà trẻ; mẫu giáo 3, 4 and 5 tuổi),
tiểu học by grades 1-5, THCS by grades 6-9, TH-THCS by grades 1-9. The level is
data of the portal (``tenants.Portal.level``), read from the connection's tenant.
"""

from django.db import connection

NHA_TRE = [("nt", "Nhà trẻ")]
MAU_GIAO = [("mg3", "Mẫu giáo 3 tuổi"), ("mg4", "Mẫu giáo 4 tuổi"), ("mg5", "Mẫu giáo 5 tuổi")]
PRIMARY = [(f"g{n}", f"Khối {n}") for n in range(1, 6)]
LOWER_SECONDARY = [(f"g{n}", f"Khối {n}") for n in range(6, 10)]

GRADES_BY_LEVEL = {
    "nt": NHA_TRE,
    "mg": MAU_GIAO,
    "mn": NHA_TRE + MAU_GIAO,
    "th": PRIMARY,
    "thcs": LOWER_SECONDARY,
    "ththcs": PRIMARY + LOWER_SECONDARY,
}
ALL_GRADES = NHA_TRE + MAU_GIAO + PRIMARY + LOWER_SECONDARY
PRESCHOOL_LEVELS = {"nt", "mg", "mn"}


def grades_for(level):
    """``[(key, label), ...]`` of the level's grades; none for the district (no level)."""
    return list(GRADES_BY_LEVEL.get(level or "", []))


def grade_keys(level):
    return [key for key, _label in grades_for(level)]


def current_level():
    """The school level of the portal whose schema is active ("" for the district or none)."""
    return getattr(getattr(connection, "tenant", None), "level", "") or ""


def current_is_district():
    return bool(getattr(getattr(connection, "tenant", None), "is_district", False))


def learners(level):
    """What the level calls its learners: “trẻ” in preschool, “học sinh” elsewhere, both for all levels."""
    if not level:
        return "học sinh, trẻ"
    return "trẻ" if level in PRESCHOOL_LEVELS else "học sinh"
