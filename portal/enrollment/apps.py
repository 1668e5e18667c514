from django.apps import AppConfig


class EnrollmentConfig(AppConfig):
    """ "Tuyển sinh": plans, admission notices with registration status, candidate lists."""

    name = "portal.enrollment"
    label = "enrollment"
    verbose_name = "Tuyển sinh"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.personal_data.registry import declare

        declare(
            "enrollment.Candidate",
            data="STT, họ tên, ngày sinh, giới tính, trường cũ, kết quả, ghi chú của trẻ dự tuyển "
            "(không lưu điện thoại, địa chỉ, tên cha mẹ)",
            purpose="Công khai danh sách dự tuyển đầu cấp",
            retention="Công khai đến ngày gỡ của danh sách (mặc định 30 ngày sau hết năm tuyển sinh); "
            "xóa một năm sau ngày gỡ",
            audience="Người sửa được trang thông báo tuyển sinh; công chúng thấy STT, họ tên, tháng/năm sinh, "
            "kết quả đến ngày gỡ",
            public=True,
            name_field="full_name",
            birth_field="birth_date",
            pages=lambda candidate: [candidate.notice],
        )
