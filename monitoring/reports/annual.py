"""The annual evaluation (letter V.1): each school's portal and e-mail figures for a school year, and the
district's totals. One reading of the public tables shared by the XLSX and the PDF.

Figures of the year itself where the data is dated (articles published in the year, the disclosure
section of that year); today's state otherwise (sections, Q&A, score, mailboxes, records), as an
official evaluating at the end of the year would read them.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from mailaccounts.models import RegulationsRecord
from monitoring import metrics, schoolyear
from tenants.models import PublishedItem

NO_DATA = "chưa có dữ liệu"


@dataclass
class SchoolEvaluation:
    status: metrics.SchoolStatus
    articles: int
    disclosure: dict
    mail: dict
    board: str
    regulations: str
    focal_persons: str
    rules: list = field(default_factory=list)

    @property
    def portal(self):
        return self.status.portal


def _disclosure_of_year(data, school_year):
    for year in (data or {}).get("years") or []:
        if year.get("school_year") == school_year:
            counts = year.get("counts") or {}
            return {"present": True, "overdue": counts.get("overdue", 0), "late": counts.get("late", 0),
                    "on_time": counts.get("on_time", 0), "total": sum(counts.values())}  # fmt: skip
    return {"present": False, "overdue": None, "late": None, "on_time": None, "total": 0}


def _board(data):
    """The editorial board from the ``editorial`` snapshot (written by the editorial app when installed)."""
    if not data:
        return NO_DATA
    board = data.get("board") or data
    number, date = board.get("decision_number"), board.get("decision_date")
    if number:
        return f"Có (QĐ số {number}" + (f", ngày {date}" if date else "") + ")"
    return "Chưa có quyết định thành lập"


def evaluate(school_year, *, portal=None):
    """``(schools, district)``: a :class:`SchoolEvaluation` per active school and the district's totals."""
    first, last = schoolyear.bounds(school_year)
    statuses = metrics.schools(portal=portal)
    ids = [s.portal.pk for s in statuses]
    articles = dict(
        PublishedItem.objects.filter(portal_id__in=ids, kind__in=metrics.ARTICLE_KINDS)
        .values_list("portal_id")
        .annotate(n=Count("pk", filter=Q(published_at__date__gte=first, published_at__date__lte=last)))
    )
    records = {r.portal_id: r for r in RegulationsRecord.objects.filter(portal_id__in=ids)}
    schools = []
    for status in statuses:
        record = records.get(status.portal.pk)
        regulations = NO_DATA if record is None else (
            f"Có (QĐ số {record.decision_number}, ngày {record.decision_date:%d/%m/%Y})"
            if record.decision_number and record.decision_date else "Chưa đủ (thiếu số hoặc ngày quyết định)"
        )  # fmt: skip
        focal = [] if record is None else [
            f"Thư điện tử: {record.email_focal_name}" if record.email_focal_name else "",
            f"Bộ phận đầu mối: {record.operations_contact or record.operations_unit}"
            if (record.operations_contact or record.operations_unit) else "",
        ]  # fmt: skip
        schools.append(
            SchoolEvaluation(
                status=status,
                articles=articles.get(status.portal.pk, 0),
                disclosure=_disclosure_of_year(status.snapshots.get("disclosure"), school_year),
                mail=status.mail,
                board=_board(status.snapshots.get("editorial")),
                regulations=regulations,
                focal_persons="; ".join(f for f in focal if f) or "Chưa có",
                rules=status.results,
            )
        )
    return schools, district_totals(schools)


def district_totals(schools):
    n = len(schools)

    def total(get):
        return sum(get(s) or 0 for s in schools)

    return {
        "schools": n,
        "average_score": round(total(lambda s: s.status.score) / n, 1) if n else 0,
        "articles": total(lambda s: s.articles),
        "with_disclosure": sum(1 for s in schools if s.disclosure["present"]),
        "overdue": total(lambda s: s.disclosure["overdue"]),
        "mailboxes_approved": total(lambda s: s.mail.get("approved")),
        "mailboxes_pending": total(lambda s: s.mail.get("pending")),
        "mailboxes_suspended": total(lambda s: s.mail.get("suspended")),
        "with_regulations": sum(1 for s in schools if s.regulations.startswith("Có")),
        "with_board": sum(1 for s in schools if s.board.startswith("Có")),
    }


SCHOOL_COLUMNS = [
    ("Trường", lambda s: s.portal.name),
    ("Điểm", lambda s: s.status.score),
    ("Bài viết trong năm học", lambda s: s.articles),
    ("Công khai năm học", lambda s: "Có" if s.disclosure["present"] else "Không"),
    ("Mục công khai quá hạn", lambda s: s.disclosure["overdue"]),
    ("Chuyên mục bắt buộc còn trống", lambda s: s.status.metrics.get("sections_missing")),
    ("Hỏi đáp đúng hạn (%)", lambda s: s.status.metrics.get("qa_on_time_percent")),
    ("Hộp thư cá nhân", lambda s: s.mail.get("staff", 0)),
    ("Hộp thư chức danh", lambda s: s.mail.get("position", 0)),
    ("Hộp thư đơn vị", lambda s: s.mail.get("unit", 0)),
    ("Đã duyệt", lambda s: s.mail.get("approved", 0)),
    ("Chờ duyệt", lambda s: s.mail.get("pending", 0)),
    ("Tạm khóa", lambda s: s.mail.get("suspended", 0)),
    ("Địa chỉ công bố", lambda s: s.mail.get("published", 0)),
    ("Ban biên tập", lambda s: s.board),
    ("Quy chế", lambda s: s.regulations),
    ("Đầu mối", lambda s: s.focal_persons),
]


def school_row(school):
    return [NO_DATA if (value := get(school)) is None else value for _, get in SCHOOL_COLUMNS]
