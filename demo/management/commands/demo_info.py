"""Print the addresses and demo logins that ``make run`` shows."""

from django.core.management.base import BaseCommand
from django_otp.oath import TOTP

from demo.editorial import DEMO_TOTP_KEY
from demo.management.commands.seed_demo import demo_accounts
from demo.portals import DEMO_PASSWORD
from tenants.models import Portal


class Command(BaseCommand):
    help = "In địa chỉ các cổng thông tin mẫu và tài khoản đăng nhập."

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")

    def handle(self, *args, **options):
        port = options["port"]
        portals = Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("-kind", "level", "name")
        portals = sorted(portals, key=lambda p: (not p.is_district, p.level, p.name))
        self.stdout.write("\nCổng thông tin mẫu (mở trong trình duyệt):")
        for portal in portals:
            self.stdout.write(f"  http://{portal.dev_hostname}:{port}/   {portal.name}")
        self.stdout.write(
            "\nTrang quản trị: thêm /admin/ vào địa chỉ của từng cổng, ví dụ "
            f"http://{portals[0].dev_hostname if portals else 'tptdm.localhost'}:{port}/admin/"
        )
        self.stdout.write(f"Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}):")
        for portal in portals[:1]:
            for username, _group, description in demo_accounts(portal):
                self.stdout.write(f"  {username:<14} {description}")
        self.stdout.write("  (mỗi trường có các tài khoản admin, truongban, bientap, quantrivien riêng)")
        code = TOTP(bytes.fromhex(DEMO_TOTP_KEY)).token()
        self.stdout.write(
            "Xác thực hai lớp (admin, truongban, quantrivien, quanlytruong): thêm khóa "
            f"MNXW4Z3UNBXW4Z3UNFXC2ZDFNVXS2MRV vào ứng dụng xác thực; mã lúc này: {code:06d}"
        )
        self.stdout.write(
            self.style.WARNING(
                "CẢNH BÁO: mật khẩu mẫu chỉ dùng để thử trên máy cá nhân. Trước khi đưa lên mạng phải đổi mật khẩu "
                "của mọi tài khoản mẫu (hoặc xóa chúng). Đăng nhập sai 5 lần sẽ bị khóa 15 phút.\n"
            )
        )
