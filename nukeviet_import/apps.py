from django.apps import AppConfig


class NukevietImportConfig(AppConfig):
    name = "nukeviet_import"
    verbose_name = "Nhập dữ liệu từ NukeViet"
    default_auto_field = "django.db.models.BigAutoField"
