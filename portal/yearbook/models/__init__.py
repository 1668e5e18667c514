from portal.yearbook.models.page import YearbookPage
from portal.yearbook.models.rows import METRICS, YearbookRow

__all__ = ["METRICS", "YearbookPage", "YearbookRow"]
