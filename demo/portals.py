"""The demo portals: the district and schools of Thủ Dầu Một, and the demo accounts' password."""

from dataclasses import dataclass

DEMO_PASSWORD = "Demo@2025"  # noqa: S105  # nosec B105 - published demo credentials, local use only


@dataclass(frozen=True)
class DemoPortal:
    name: str
    kind: str
    level: str = ""
    ownership: str = "cong_lap"
    domain: str = ""
    schema_name: str = ""
    short_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    principal: str = ""


DISTRICT = DemoPortal(
    name="Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một",
    kind="district",
    domain="tptdm.edu.vn",
    schema_name="tptdm",
    short_name="Phòng GD&ĐT Thủ Dầu Một",
    address="Số 10 Văn Công Khai, phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương",
    phone="0274 3822 170",
    email="pgddt@ptdm.edu.vn",
    principal="Nguyễn Văn Hùng",
)

SCHOOLS = [
    DemoPortal(
        name="Trường Mầm non Hoa Mai",
        kind="school",
        level="mn",
        short_name="MN Hoa Mai",
        address="Số 25 Đường 30/4, phường Phú Hòa, thành phố Thủ Dầu Một",
        phone="0274 3837 456",
        email="mnhoamai@ptdm.edu.vn",
        principal="Trần Thị Thu Hà",
    ),
    DemoPortal(
        name="Trường Tiểu học Phú Hòa 1",
        kind="school",
        level="th",
        short_name="TH Phú Hòa 1",
        address="Số 118 Lê Hồng Phong, phường Phú Hòa, thành phố Thủ Dầu Một",
        phone="0274 3855 201",
        email="thphuhoa1@ptdm.edu.vn",
        principal="Lê Văn Dũng",
    ),
    DemoPortal(
        name="Trường THCS Nguyễn Viết Xuân",
        kind="school",
        level="thcs",
        short_name="THCS Nguyễn Viết Xuân",
        address="Số 2 Nguyễn Văn Tiết, phường Hiệp Thành, thành phố Thủ Dầu Một",
        phone="0274 3822 908",
        email="thcsnguyenvietxuan@ptdm.edu.vn",
        principal="Phạm Thị Ngọc Lan",
    ),
    DemoPortal(
        name="Trường TH-THCS Ngô Thời Nhiệm",
        kind="school",
        level="ththcs",
        ownership="ngoai_cong_lap",
        short_name="TH-THCS Ngô Thời Nhiệm",
        address="Số 9 Huỳnh Văn Lũy, phường Phú Lợi, thành phố Thủ Dầu Một",
        phone="0274 3898 555",
        email="ththcsngothoinhiem@ptdm.edu.vn",
        principal="Đỗ Minh Quân",
    ),
]
