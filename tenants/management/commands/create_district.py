"""``python manage.py create_district "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một" --domain tptdm.edu.vn``.

The first portal of a production installation (docs/deploy.md): the supervising body's, from which the
district's officers then create the schools in the admin. ``seed_demo`` does this for the demo only.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_tenants.utils import schema_context

from tenants.accounts import create_first_administrator, validate_administrator
from tenants.management.commands.create_school import format_errors
from tenants.models import Portal
from tenants.provisioning import ensure_template, provision_portal


class Command(BaseCommand):
    help = "Tạo cổng thông tin của cơ quan quản lý (Phòng GD&ĐT) và tài khoản quản trị đầu tiên."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Tên đầy đủ, ví dụ “Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một”.")
        parser.add_argument("--domain", required=True, help="Tên miền chính thức, ví dụ tptdm.edu.vn.")
        parser.add_argument("--address", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--email", default="")
        parser.add_argument("--admin-username", required=True, help="Tên đăng nhập của quản trị viên đầu tiên.")
        parser.add_argument("--admin-name", required=True, help="Họ và tên người giữ tài khoản quản trị.")
        parser.add_argument("--admin-email", required=True, help="Thư điện tử liên hệ của người giữ tài khoản.")
        parser.add_argument(
            "--admin-password", default="", help="Mật khẩu ban đầu; để trống để tạo ngẫu nhiên (in ra một lần)."
        )

    def handle(self, *args, **options):
        with schema_context("public"):
            existing = Portal.objects.filter(kind=Portal.Kind.DISTRICT).first()
        if existing is not None:
            raise CommandError(f"Đã có cổng của cơ quan quản lý: “{existing.name}” ({existing.schema_name}).")
        try:
            ensure_template()
            validate_administrator(
                username=options["admin_username"],
                full_name=options["admin_name"],
                email=options["admin_email"],
                password=options["admin_password"],
            )
            with transaction.atomic():
                portal = provision_portal(
                    options["name"],
                    kind=Portal.Kind.DISTRICT,
                    domain=options["domain"].strip().lower(),
                    address=options["address"],
                    phone=options["phone"],
                    email=options["email"],
                )
                _, password = create_first_administrator(
                    portal,
                    username=options["admin_username"],
                    full_name=options["admin_name"],
                    email=options["admin_email"],
                    password=options["admin_password"],
                    created_by="manage.py create_district",
                )
        except ValidationError as error:
            raise CommandError(format_errors(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo “{portal.name}”: {portal.primary_hostname} (lược đồ {portal.schema_name}).")
        )
        self.stdout.write(f"Tài khoản quản trị: {options['admin_username']}")
        if not options["admin_password"]:
            self.stdout.write(f"Mật khẩu ban đầu: {password} (chỉ in một lần; phải đổi ở lần đăng nhập đầu)")
