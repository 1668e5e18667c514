"""The mandated sections of every portal (letter III.3, Thông tư 37/2020 Art. 9).

A registry rather than a hard-coded tree so feature apps can claim a section for
their own page type (``register_section``) without the core importing them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    slug: str
    intro: str
    model: str = "core.SectionPage"  # "app_label.ModelName" of the page type to create
    menu: bool = True


_SECTIONS = {}


def register_section(spec):
    """Add or replace (by key) a mandated section; order of first registration is kept."""
    _SECTIONS[spec.key] = spec


def mandated_sections():
    return list(_SECTIONS.values())


def section_keys():
    return set(_SECTIONS)


for _spec in [
    SectionSpec(
        "gioi-thieu",
        "Giới thiệu",
        "gioi-thieu",
        "Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn, quá trình hình thành và phát triển, "
        "thông tin liên hệ lãnh đạo.",
    ),
    SectionSpec("tin-tuc", "Tin tức - Sự kiện", "tin-tuc", "Tin tức, sự kiện về hoạt động của đơn vị."),
    SectionSpec("thong-bao", "Thông báo", "thong-bao", "Thông báo của đơn vị."),
    SectionSpec(
        "van-ban",
        "Văn bản chỉ đạo, quy định",
        "van-ban",
        "Văn bản chỉ đạo, quy định có liên quan: hình thức, thẩm quyền ban hành, số ký hiệu, "
        "ngày ban hành, hiệu lực, trích yếu và tệp tải về.",
    ),
    SectionSpec(
        "thu-tuc-bieu-mau",
        "Thủ tục - Biểu mẫu",
        "thu-tuc-bieu-mau",
        "Thủ tục hành chính, dịch vụ trực tuyến, các biểu mẫu và mẫu đơn trực tuyến.",
    ),
    SectionSpec(
        "lay-y-kien",
        "Lấy ý kiến góp ý",
        "lay-y-kien",
        "Nội dung lấy ý kiến, địa chỉ và thư điện tử tiếp nhận, thời hạn tiếp nhận ý kiến.",
    ),
    SectionSpec("cong-khai", "Công khai", "cong-khai", "Thông tin công khai theo Thông tư 09/2024/TT-BGDĐT."),
    SectionSpec(
        "tuyen-sinh", "Tuyển sinh", "tuyen-sinh", "Kế hoạch tuyển sinh, thông báo tuyển sinh và danh sách dự tuyển."
    ),
    SectionSpec(
        "thong-ke",
        "Niên giám thống kê",
        "nien-giam-thong-ke",
        "Số liệu 5 năm gần nhất về quy mô trường, lớp, giáo viên, học sinh, cơ sở vật chất.",
    ),
    SectionSpec(
        "phap-luat",
        "Tuyên truyền, phổ biến pháp luật",
        "tuyen-truyen-phap-luat",
        "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chính sách, chế độ.",
    ),
    SectionSpec(
        "kiem-dinh",
        "Kiểm định chất lượng giáo dục",
        "kiem-dinh-chat-luong",
        "Tự đánh giá, đánh giá ngoài, cấp độ kiểm định và công nhận đạt chuẩn quốc gia.",
    ),
    SectionSpec("pho-cap", "Phổ cập giáo dục, xóa mù chữ", "pho-cap-giao-duc", "Kết quả phổ cập giáo dục, xóa mù chữ."),
    SectionSpec(
        "tai-nguyen", "Tài nguyên số", "tai-nguyen-so", "Học liệu số, bài giảng e-learning, sách điện tử, phần mềm."
    ),
    SectionSpec("tra-cuu", "Tra cứu", "tra-cuu", "Tra cứu điểm, kết quả các kỳ thi; tra cứu văn bằng, chứng chỉ."),
    SectionSpec(
        "lien-he",
        "Liên hệ - Hỏi đáp",
        "lien-he",
        "Địa chỉ, điện thoại, thư điện tử của đơn vị và kênh hỏi đáp cho người dân.",
    ),
]:
    register_section(_spec)
