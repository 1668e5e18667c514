"""Demo content of "Thủ tục - Biểu mẫu", "Tra cứu" and "Lấy ý kiến" (``seed_procedures``)."""

from demo.procedures.seed import seed_procedures

__all__ = ["seed_procedures"]
