"""``python manage.py create_school "Trường THCS Nguyễn Viết Xuân" --level thcs``."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tenants.accounts import create_first_administrator, validate_administrator
from tenants.models import Portal
from tenants.provisioning import ensure_template, provision_portal

LEVEL_ALIASES = {
    "nt": "nt",
    "nhatre": "nt",
    "mg": "mg",
    "maugiao": "mg",
    "mn": "mn",
    "mamnon": "mn",
    "th": "th",
    "tieuhoc": "th",
    "thcs": "thcs",
    "ththcs": "ththcs",
    "th-thcs": "ththcs",
}


def parse_level(value):
    key = (value or "").strip().lower().replace("_", "").replace(" ", "")
    if key not in LEVEL_ALIASES:
        raise ValidationError(f"Cấp học “{value}” không hợp lệ; dùng một trong: nt, mg, mn, th, thcs, ththcs.")
    return LEVEL_ALIASES[key]


def parse_ownership(value):
    key = (value or "cong_lap").strip().lower().replace(" ", "_")
    if key in {"cong_lap", "công_lập", "cl", "public"}:
        return Portal.Ownership.PUBLIC
    if key in {"ngoai_cong_lap", "ngoài_công_lập", "ncl", "tu_thuc", "tư_thục", "private"}:
        return Portal.Ownership.PRIVATE
    raise ValidationError(f"Loại hình “{value}” không hợp lệ; dùng cong_lap hoặc ngoai_cong_lap.")


def format_errors(error):
    if hasattr(error, "message_dict"):
        return "; ".join(msg for messages in error.message_dict.values() for msg in messages)
    return "; ".join(error.messages)


class Command(BaseCommand):
    help = "Tạo cổng thông tin cho một trường bằng cách sao chép lược đồ mẫu."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Tên đầy đủ, ví dụ “Trường THCS Nguyễn Viết Xuân”.")
        parser.add_argument("--level", required=True, help="nt, mg, mn, th, thcs hoặc ththcs")
        parser.add_argument("--ownership", default="cong_lap", help="cong_lap (mặc định) hoặc ngoai_cong_lap")
        parser.add_argument("--domain", help="Tên miền; mặc định được gợi ý từ tên trường.")
        parser.add_argument("--short-name", default="")
        parser.add_argument("--address", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--admin-username", default="", help="Tạo tài khoản quản trị đầu tiên của trường với tên đăng nhập này."
        )
        parser.add_argument("--admin-name", default="", help="Họ và tên người giữ tài khoản quản trị.")
        parser.add_argument("--admin-email", default="", help="Thư điện tử liên hệ của người giữ tài khoản.")
        parser.add_argument(
            "--admin-password",
            default="",
            help="Mật khẩu ban đầu; để trống để tạo ngẫu nhiên (in ra một lần). Phải đổi ở lần đăng nhập đầu.",
        )

    def handle(self, *args, **options):
        wants_admin = any(options[key] for key in ("admin_username", "admin_name", "admin_email"))
        try:
            ensure_template()
            if wants_admin:
                validate_administrator(
                    username=options["admin_username"],
                    full_name=options["admin_name"],
                    email=options["admin_email"],
                    password=options["admin_password"],
                )
            with transaction.atomic():
                portal = self.create(options, wants_admin)
        except ValidationError as error:
            raise CommandError(format_errors(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo “{portal.name}”: {portal.primary_hostname} (lược đồ {portal.schema_name}).")
        )
        if not wants_admin:
            self.stdout.write("Trường chưa có tài khoản quản trị: dùng --admin-username, --admin-name, --admin-email.")
        else:
            self.stdout.write(f"Tài khoản quản trị: {options['admin_username']}")
            if not options["admin_password"]:
                self.stdout.write(f"Mật khẩu ban đầu: {self.password} (chỉ in một lần; phải đổi ở lần đăng nhập đầu)")

    def create(self, options, wants_admin):
        portal = provision_portal(
            options["name"],
            level=parse_level(options["level"]),
            ownership=parse_ownership(options["ownership"]),
            domain=options.get("domain"),
            short_name=options["short_name"],
            address=options["address"],
            phone=options["phone"],
            email=options["email"],
        )
        if wants_admin:
            _, self.password = create_first_administrator(
                portal,
                username=options["admin_username"],
                full_name=options["admin_name"],
                email=options["admin_email"],
                password=options["admin_password"],
                created_by="manage.py create_school",
            )
        return portal
