"""``manage.py provision_district_account <school schema> <officer> --full-name ... --email ... [--role]``."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from portal.editorial.district_accounts import ROLES, provision_district_account
from tenants.models import Portal


class Command(BaseCommand):
    help = (
        "Cấp cho một cán bộ Phòng GD&ĐT tài khoản pgd.<tên> trong cổng của một trường (ghi vào nhật ký "
        "thay đổi của trường); mật khẩu được in ra một lần."
    )

    def add_arguments(self, parser):
        parser.add_argument("schema", help="lược đồ (tên miền cấp 1) của trường, ví dụ thcsnguyenvietxuantdm")
        parser.add_argument("officer", help="tên đăng nhập của cán bộ ở cổng Phòng GD&ĐT")
        parser.add_argument("--full-name", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--role", choices=sorted(ROLES), default="quantri")
        parser.add_argument("--reason", default="", help="lý do (ghi vào nhật ký)")

    def handle(self, *args, **options):
        with schema_context("public"):
            school = Portal.objects.filter(schema_name=options["schema"]).first()
        if school is None:
            raise CommandError(f"Không có trường nào có lược đồ “{options['schema']}”.")
        try:
            username, password = provision_district_account(
                school,
                officer=options["officer"],
                full_name=options["full_name"],
                email=options["email"],
                role=options["role"],
                reason=options["reason"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"Đã tạo tài khoản {username} tại {school.name} ({school.primary_hostname}).")
        self.stdout.write(f"Mật khẩu (chỉ hiện một lần): {password}")
