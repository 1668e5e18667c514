"""The mandated sections of every portal (letter III.3, Thông tư 37/2020 Art. 9).

The list (order, titles, slugs, intros) is data kept here; a feature app claims a section for
its own page type with the ``portal_section`` hook (:mod:`portal.core.hooks`), so the core
never imports it. A section nobody claims is a plain ``core.SectionPage``.
"""

from dataclasses import dataclass, replace

from portal.core.hooks import section_claims


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    slug: str
    intro: str
    model: str = "core.SectionPage"  # "app_label.ModelName" of the page type to create
    menu: bool = True


MANDATED = [
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
        "tai-nguyen",
        "Tài nguyên số",
        "tai-nguyen-so",
        "Học liệu số, bài giảng e-learning, sách điện tử, phần mềm; thư viện tài nguyên "
        "dùng chung của Phòng GD&ĐT và của Bộ GD&ĐT.",
    ),
    SectionSpec("tra-cuu", "Tra cứu", "tra-cuu", "Tra cứu điểm, kết quả các kỳ thi; tra cứu văn bằng, chứng chỉ."),
    SectionSpec(
        "lien-he",
        "Liên hệ - Hỏi đáp",
        "lien-he",
        "Địa chỉ, điện thoại, thư điện tử của đơn vị và kênh hỏi đáp cho người dân.",
    ),
]


def mandated_sections():
    """The sections in menu order, each with the page type its app claims (``portal_section`` hook)."""
    claims = section_claims({spec.key for spec in MANDATED})
    return [replace(spec, model=claims[spec.key]) if spec.key in claims else spec for spec in MANDATED]


def section_keys():
    return {spec.key for spec in MANDATED}
