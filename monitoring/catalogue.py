"""The figures the district can write score rules about: one key, a Vietnamese label, and a kind.

Kept as data apart from the computation (``monitoring.metrics``) so the rules' form, the dashboard's
columns and the reports share one list of names. ``kind`` is "count", "days", "percent" or "flag"
(1 = yes, 0 = no).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    kind: str = "count"


METRICS = [
    Metric("articles_year", "Số bài viết (tin tức, thông báo) trong năm học"),
    Metric("days_since_publication", "Số ngày kể từ lần đăng bài gần nhất", "days"),
    Metric("sections_missing", "Số chuyên mục bắt buộc còn trống hoặc thiếu"),
    Metric("disclosure_year", "Có chuyên mục công khai của năm học hiện tại", "flag"),
    Metric("disclosure_overdue", "Số mục công khai quá hạn"),
    Metric("disclosure_due", "Số mục công khai đến hạn"),
    Metric("forms_section", "Có chuyên mục Thủ tục - Biểu mẫu (không trống)", "flag"),
    Metric("qa_on_time_percent", "Tỷ lệ câu hỏi trả lời trong 15 ngày làm việc (%)", "percent"),
    Metric("qa_open_overdue", "Số câu hỏi quá hạn chưa trả lời"),
    Metric("leaders_published", "Số lãnh đạo có thông tin liên hệ công khai"),
    Metric("mailboxes_approved", "Số hộp thư công vụ đã duyệt"),
    Metric("feeds_failing", "Số nguồn tin RSS đang lỗi"),
    Metric("search_failed_jobs", "Số lượt cập nhật chỉ mục tìm kiếm bị lỗi"),
    Metric("failed_logins_30d", "Số lần đăng nhập sai trong 30 ngày"),
    Metric("lockouts_30d", "Số lần khóa đăng nhập trong 30 ngày"),
    Metric("domain_ok", "Tên miền đúng quy tắc <tên trường><mã thành phố>.edu.vn", "flag"),
]

BY_KEY = {metric.key: metric for metric in METRICS}
CHOICES = [(metric.key, metric.label) for metric in METRICS]
