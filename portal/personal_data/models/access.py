"""Who viewed or exported personal data, and when (Law 91/2025/QH15: the controller must be able to show
who processed the data). Written by :func:`portal.personal_data.access.log_access`; nobody edits it."""

from django.db import models


class AccessLog(models.Model):
    class Action(models.TextChoices):
        VIEW = "xem", "Xem"
        EXPORT = "xuat", "Xuất tệp"
        ERASE = "xoa", "Xóa"
        IMPORT = "nhap", "Nhập"

    at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)
    username = models.CharField("người dùng", max_length=150)
    action = models.CharField("thao tác", max_length=8, choices=Action.choices)
    what = models.CharField("dữ liệu", max_length=255)
    reference = models.CharField("mã / đối tượng", max_length=120, blank=True)
    address = models.GenericIPAddressField("địa chỉ IP", null=True, blank=True)

    class Meta:
        verbose_name = "nhật ký truy cập dữ liệu cá nhân"
        verbose_name_plural = "nhật ký truy cập dữ liệu cá nhân"
        ordering = ["-at"]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.username} {self.get_action_display()} {self.what}"
