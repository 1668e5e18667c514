from django.apps import AppConfig


class ContactConfig(AppConfig):
    """Liên hệ (issue 18): the contact desk, messages routed to the official address the visitor picks."""

    name = "portal.contact"
    label = "contact"
    verbose_name = "Liên hệ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.contact import receivers  # noqa: F401  (scaffolds the contact page of every portal)
        from portal.personal_data.registry import declare

        declare(
            "contact.ContactMessage",
            data="Họ tên, thư điện tử, điện thoại của người gửi; nội dung thư và trả lời",
            purpose="Chuyển thư liên hệ đến bộ phận người gửi chọn và trả lời người gửi",
            retention="Hai năm sau ngày gửi, rồi xóa",
            audience="Cán bộ được giao xử lý thư liên hệ và quản trị cổng",
            children=False,
            contact_fields=("email", "phone"),
            expires_field="erase_after",
        )
