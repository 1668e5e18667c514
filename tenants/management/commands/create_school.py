"""``python manage.py create_school "Trường THCS Nguyễn Viết Xuân" --level thcs``."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

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

    def handle(self, *args, **options):
        try:
            ensure_template()
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
        except ValidationError as error:
            raise CommandError(format_errors(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo “{portal.name}”: {portal.primary_hostname} (lược đồ {portal.schema_name}).")
        )
