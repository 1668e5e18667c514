"""The catalogue of disclosure items, as data, versioned by regulation.

Why data: what a school must disclose is decided by the Ministry, not by this code, and it changes
(Thông tư 36/2017 was replaced on 19/7/2024 by Thông tư 09/2024/TT-BGDĐT). Each regulation is a list
of :class:`Item`: one per article and clause that applies to a level, with its legal basis, what it
must contain, its deadline rule (:mod:`disclosure.deadlines`) and the structured table, if any, that
carries its figures (:mod:`disclosure.blocks`). A school year is filed under the regulation in force
when it starts (:func:`regulation_for_year`); archives keep the rule of their time.

Levels are education stages: ``mn`` (nhà trẻ, mẫu giáo, mầm non), ``th`` (tiểu học), ``thcs``; a
TH-THCS school has both ``th`` and ``thcs`` items (:func:`stages_of`).

Sources: ../shared/DOMAIN.md (Thông tư 09/2024 articles 4-9 and 15, verified; Art. 9 and the
Biểu mẫu of Thông tư 36/2017 believed). Reading of "trước ngày X": published no later than X.
"""

from dataclasses import dataclass, field

TT09 = "tt09_2024"
TT36 = "tt36_2017"

REGULATIONS = {
    TT09: "Thông tư 09/2024/TT-BGDĐT (từ 19/7/2024)",
    TT36: "Thông tư 36/2017/TT-BGDĐT (đến 18/7/2024)",
}
REGULATION_SHORT = {TT09: "Thông tư 09/2024/TT-BGDĐT", TT36: "Thông tư 36/2017/TT-BGDĐT"}

# Deadline rules (disclosure.deadlines computes the dates).
ANNUAL = "annual"  # before 30/6 of the year the school year starts; a change: 10 working days
MONTHLY = "monthly"  # before the 25th of the previous month
WEEKLY = "weekly"  # before Saturday of the previous week
RULE_LABELS = {
    ANNUAL: "Trước ngày 30/6 hằng năm; khi có thay đổi: trong 10 ngày làm việc",
    MONTHLY: "Trước ngày 25 của tháng trước",
    WEEKLY: "Trước thứ Bảy của tuần trước",
}

MN, TH, THCS = "mn", "th", "thcs"
STAGE_LABELS = {MN: "Mầm non", TH: "Tiểu học", THCS: "Trung học cơ sở"}
_STAGES_OF_LEVEL = {"nt": {MN}, "mg": {MN}, "mn": {MN}, "th": {TH}, "thcs": {THCS}, "ththcs": {TH, THCS}}

# Structured tables (disclosure.blocks): the block types an item's figures are entered in.
STAFF, FACILITIES, EQUIPMENT, FINANCE, FEES, RESULTS_MN, RESULTS_SCHOOL = (
    "staff",
    "facilities",
    "equipment",
    "finance",
    "fees",
    "results_mn",
    "results_school",
)
# What the school already entered elsewhere and the item shows instead of asking again.
GENERAL, ORGANIZATION, YEARBOOK = "general", "organization", "yearbook"


@dataclass(frozen=True)
class Item:
    code: str
    regulation: str
    title: str
    basis: str
    contents: tuple
    stages: frozenset
    rule: str = ANNUAL
    table: str = ""  # a structured table of figures (disclosure.blocks), "" when the item is text/documents
    document: bool = False  # the school publishes a signed document (PDF) as attachment
    reuse: str = ""
    meals_only: bool = False  # tiểu học/THCS: only when the school serves meals
    order: int = 0
    slug: str = field(default="", compare=False)

    @property
    def recurring(self):
        return self.rule in (MONTHLY, WEEKLY)

    @property
    def regulation_label(self):
        return REGULATION_SHORT[self.regulation]


def _item(code, regulation, title, basis, contents, stages, slug, **kwargs):
    return Item(
        code=code,
        regulation=regulation,
        title=title,
        basis=basis,
        contents=tuple(contents),
        stages=frozenset(stages),
        slug=slug,
        **kwargs,
    )


ALL_STAGES = {MN, TH, THCS}
SCHOOL_STAGES = {TH, THCS}
_TT09 = "Thông tư 09/2024/TT-BGDĐT"

TT09_ITEMS = [
    _item(
        "tt09-4-1",
        TT09,
        "Thông tin chung về cơ sở giáo dục",
        f"Điều 4 khoản 1 {_TT09}",
        [
            "Tên cơ sở giáo dục (và tên tiếng nước ngoài, nếu có)",
            "Địa chỉ trụ sở chính và các địa điểm khác, điện thoại, thư điện tử, cổng thông tin điện tử",
            "Loại hình, cơ quan quản lý trực tiếp hoặc chủ sở hữu (nhà đầu tư, thành viên góp vốn nếu ngoài công lập)",
            "Sứ mạng, tầm nhìn, mục tiêu",
            "Tóm tắt lịch sử hình thành và phát triển",
            "Người đại diện theo pháp luật, người phát ngôn, người liên hệ: "
            "họ tên, chức vụ, địa chỉ, điện thoại, thư điện tử",
        ],
        ALL_STAGES,
        "thong-tin-chung",
        reuse=GENERAL,
        order=10,
    ),
    _item(
        "tt09-4-2",
        TT09,
        "Tổ chức bộ máy",
        f"Điều 4 khoản 2 {_TT09}",
        [
            "Quyết định thành lập hoặc cho phép thành lập, cho phép hoạt động giáo dục",
            "Quyết định công nhận hội đồng trường và danh sách thành viên",
            "Quyết định bổ nhiệm, công nhận hiệu trưởng, phó hiệu trưởng",
            "Quy chế tổ chức và hoạt động; chức năng, nhiệm vụ; sơ đồ tổ chức",
            "Các tổ, bộ phận thuộc cơ sở giáo dục và họ tên người đứng đầu",
        ],
        ALL_STAGES,
        "to-chuc-bo-may",
        reuse=ORGANIZATION,
        document=True,
        order=20,
    ),
    _item(
        "tt09-5-1",
        TT09,
        "Tình hình tài chính năm trước",
        f"Điều 5 khoản 1 {_TT09}",
        [
            "Các nguồn thu: ngân sách nhà nước, nhà đầu tư, học phí và các khoản thu dịch vụ, tài trợ, nguồn khác",
            "Các khoản chi: tiền lương và thu nhập, cơ sở vật chất và dịch vụ, hỗ trợ người học, chi khác",
            "Số dư các quỹ; số liệu theo quyết toán",
        ],
        ALL_STAGES,
        "tai-chinh-nam-truoc",
        table=FINANCE,
        document=True,
        order=30,
    ),
    _item(
        "tt09-5-2",
        TT09,
        "Học phí và các khoản thu",
        f"Điều 5 khoản 2 {_TT09}",
        [
            "Mức học phí, các khoản thu dịch vụ của năm học",
            "Dự kiến cho từng năm học của cả cấp học, công bố trước khi tuyển sinh",
        ],
        ALL_STAGES,
        "hoc-phi-cac-khoan-thu",
        table=FEES,
        order=40,
    ),
    _item(
        "tt09-5-3",
        TT09,
        "Chính sách miễn, giảm, hỗ trợ, học bổng",
        f"Điều 5 khoản 3 {_TT09}",
        ["Chế độ, chính sách miễn, giảm học phí, hỗ trợ chi phí học tập, học bổng và đối tượng được hưởng"],
        ALL_STAGES,
        "mien-giam-hoc-bong",
        order=50,
    ),
    # --- mầm non: Điều 6 (điều kiện bảo đảm chất lượng), Điều 7 (kế hoạch và kết quả)
    _item(
        "tt09-6-1",
        TT09,
        "Đội ngũ nhà giáo, cán bộ quản lý và nhân viên",
        f"Điều 6 khoản 1 {_TT09}",
        [
            "Số lượng theo vị trí việc làm và trình độ đào tạo",
            "Số lượng và tỉ lệ đạt chuẩn nghề nghiệp",
            "Tỉ lệ hoàn thành bồi dưỡng thường xuyên hằng năm",
        ],
        {MN},
        "doi-ngu",
        table=STAFF,
        reuse=YEARBOOK,
        order=60,
    ),
    _item(
        "tt09-6-2",
        TT09,
        "Cơ sở vật chất",
        f"Điều 6 khoản 2 {_TT09}",
        [
            "Diện tích đất, diện tích bình quân tối thiểu cho một trẻ so với quy định",
            "Khối phòng hành chính quản trị; khối phòng nuôi dưỡng, chăm sóc và giáo dục trẻ; khối phòng tổ chức ăn; "
            "khối phụ trợ; hạ tầng kỹ thuật: số lượng so với tiêu chuẩn",
        ],
        {MN},
        "co-so-vat-chat",
        table=FACILITIES,
        reuse=YEARBOOK,
        order=70,
    ),
    _item(
        "tt09-6-3",
        TT09,
        "Thiết bị, đồ dùng, đồ chơi",
        f"Điều 6 khoản 3 {_TT09}",
        ["Thiết bị, đồ dùng, đồ chơi hiện có so với danh mục tối thiểu"],
        {MN},
        "thiet-bi-do-choi",
        table=EQUIPMENT,
        order=80,
    ),
    _item(
        "tt09-7-1",
        TT09,
        "Kế hoạch năm học",
        f"Điều 7 khoản 1 {_TT09}",
        [
            "Kế hoạch tuyển sinh: đối tượng, chỉ tiêu, phương thức, thời gian",
            "Kế hoạch nuôi dưỡng, chăm sóc, giáo dục trẻ",
            "Quy chế phối hợp giữa nhà trường, gia đình và xã hội",
            "Thực đơn hằng ngày; các dịch vụ giáo dục cung cấp",
        ],
        {MN},
        "ke-hoach-nam-hoc",
        document=True,
        order=90,
    ),
    _item(
        "tt09-7-2",
        TT09,
        "Kết quả nuôi dưỡng, chăm sóc, giáo dục năm học trước",
        f"Điều 7 khoản 2 {_TT09}",
        [
            "Số trẻ; số nhóm, lớp và sĩ số bình quân; nhóm, lớp ghép",
            "Trẻ học 2 buổi/ngày; trẻ ăn bán trú",
            "Trẻ được theo dõi bằng biểu đồ tăng trưởng, được khám sức khỏe định kỳ",
            "Kết quả phổ cập giáo dục mầm non cho trẻ 5 tuổi; trẻ khuyết tật học hòa nhập",
        ],
        {MN},
        "ket-qua-nam-truoc",
        table=RESULTS_MN,
        order=100,
    ),
    _item(
        "tt09-7-thang",
        TT09,
        "Kế hoạch giáo dục tháng",
        f"Điều 7 khoản 1 và Điều 15 {_TT09}",
        ["Kế hoạch giáo dục của tháng, công bố trước ngày 25 của tháng trước"],
        {MN},
        "ke-hoach-thang",
        rule=MONTHLY,
        order=110,
    ),
    _item(
        "tt09-7-tuan",
        TT09,
        "Kế hoạch giáo dục tuần, kế hoạch ngày",
        f"Điều 7 khoản 1 và Điều 15 {_TT09}",
        ["Kế hoạch tuần và kế hoạch ngày, công bố trước thứ Bảy của tuần trước"],
        {MN},
        "ke-hoach-tuan",
        rule=WEEKLY,
        order=120,
    ),
    _item(
        "tt09-7-thuc-don",
        TT09,
        "Thực đơn",
        f"Điều 7 khoản 1 và Điều 15 {_TT09}",
        ["Thực đơn hằng ngày của tuần, công bố trước thứ Bảy của tuần trước"],
        {MN},
        "thuc-don",
        rule=WEEKLY,
        order=130,
    ),
    # --- tiểu học, THCS: Điều 8 (điều kiện bảo đảm chất lượng), Điều 9 (kế hoạch và kết quả)
    _item(
        "tt09-8-1",
        TT09,
        "Đội ngũ nhà giáo, cán bộ quản lý và nhân viên",
        f"Điều 8 khoản 1 {_TT09}",
        [
            "Số lượng theo vị trí việc làm và trình độ đào tạo",
            "Số lượng và tỉ lệ đạt chuẩn nghề nghiệp",
            "Tỉ lệ hoàn thành bồi dưỡng thường xuyên hằng năm",
        ],
        SCHOOL_STAGES,
        "doi-ngu",
        table=STAFF,
        reuse=YEARBOOK,
        order=60,
    ),
    _item(
        "tt09-8-2",
        TT09,
        "Cơ sở vật chất",
        f"Điều 8 khoản 2 {_TT09}",
        [
            "Diện tích đất, số điểm trường, diện tích bình quân tối thiểu cho một học sinh so với quy định",
            "Khối phòng hành chính quản trị; phòng học, phòng bộ môn; thư viện; khối phụ trợ; sân chơi, bãi tập; "
            "nhà ăn, nhà nội trú; hạ tầng kỹ thuật: số lượng so với quy định tối thiểu",
        ],
        SCHOOL_STAGES,
        "co-so-vat-chat",
        table=FACILITIES,
        reuse=YEARBOOK,
        order=70,
    ),
    _item(
        "tt09-8-3",
        TT09,
        "Thiết bị dạy học",
        f"Điều 8 khoản 3 {_TT09}",
        ["Thiết bị dạy học hiện có so với danh mục thiết bị dạy học tối thiểu"],
        SCHOOL_STAGES,
        "thiet-bi-day-hoc",
        table=EQUIPMENT,
        order=80,
    ),
    _item(
        "tt09-8-4",
        TT09,
        "Sách giáo khoa, tài liệu tham khảo",
        f"Điều 8 khoản 4 {_TT09}",
        [
            "Danh mục sách giáo khoa được lựa chọn sử dụng (theo quyết định phê duyệt)",
            "Danh mục tài liệu tham khảo tối thiểu",
        ],
        SCHOOL_STAGES,
        "sach-giao-khoa",
        document=True,
        order=85,
    ),
    _item(
        "tt09-8-5",
        TT09,
        "Kiểm định chất lượng, chuẩn quốc gia",
        f"Điều 8 khoản 5 {_TT09}",
        [
            "Kết quả tự đánh giá, đánh giá ngoài",
            "Cấp độ kiểm định chất lượng giáo dục, mức công nhận đạt chuẩn quốc gia",
        ],
        SCHOOL_STAGES,
        "kiem-dinh-chuan-quoc-gia",
        document=True,
        order=87,
    ),
    _item(
        "tt09-9-1",
        TT09,
        "Kế hoạch năm học",
        f"Điều 9 khoản 1 {_TT09}",
        [
            "Kế hoạch tuyển sinh",
            "Kế hoạch giáo dục của nhà trường",
            "Quy chế phối hợp giữa nhà trường, gia đình và xã hội",
        ],
        SCHOOL_STAGES,
        "ke-hoach-nam-hoc",
        document=True,
        order=90,
    ),
    _item(
        "tt09-9-2",
        TT09,
        "Kết quả giáo dục năm học trước",
        f"Điều 9 khoản 2 {_TT09}",
        [
            "Theo khối: số lớp, số học sinh, học 2 buổi/ngày, học sinh nữ, dân tộc thiểu số, khuyết tật, "
            "chuyển đi, chuyển đến",
            "Kết quả đánh giá (tiểu học: Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Chưa hoàn thành; "
            "THCS: Tốt, Khá, Đạt, Chưa đạt)",
            "Lên lớp, ở lại lớp; hoàn thành chương trình cấp học",
        ],
        SCHOOL_STAGES,
        "ket-qua-nam-truoc",
        table=RESULTS_SCHOOL,
        order=100,
    ),
    _item(
        "tt09-9-thuc-don",
        TT09,
        "Thực đơn (khi tổ chức ăn bán trú)",
        f"Điều 9 khoản 1 và Điều 15 {_TT09}",
        ["Thực đơn của tuần khi nhà trường tổ chức ăn bán trú, công bố trước thứ Bảy của tuần trước"],
        SCHOOL_STAGES,
        "thuc-don",
        rule=WEEKLY,
        meals_only=True,
        order=130,
    ),
    _item(
        "tt09-bao-cao-thuong-nien",
        TT09,
        "Báo cáo thường niên",
        f"Điều 15 và Phụ lục I {_TT09}",
        ["Báo cáo thường niên của năm trước theo mẫu Phụ lục I; số liệu tài chính theo quyết toán"],
        ALL_STAGES,
        "bao-cao-thuong-nien",
        document=True,
        order=200,
    ),
]

_TT36 = "Thông tư 36/2017/TT-BGDĐT"


def _form(number, stage, title):
    return _item(
        f"tt36-{number:02d}",
        TT36,
        f"Biểu mẫu {number:02d}: {title}",
        f"Biểu mẫu {number:02d} {_TT36}",
        [title],
        {stage},
        f"bieu-mau-{number:02d}",
        document=True,
        order=number,
    )


TT36_ITEMS = [
    _form(1, MN, "Thông báo cam kết chất lượng giáo dục của cơ sở giáo dục mầm non"),
    _form(2, MN, "Công khai chất lượng giáo dục mầm non thực tế"),
    _form(3, MN, "Công khai thông tin cơ sở vật chất của cơ sở giáo dục mầm non"),
    _form(4, MN, "Công khai thông tin về đội ngũ nhà giáo, cán bộ quản lý và nhân viên của cơ sở giáo dục mầm non"),
    _form(5, TH, "Thông báo cam kết chất lượng giáo dục của trường tiểu học"),
    _form(6, TH, "Công khai thông tin chất lượng giáo dục tiểu học thực tế"),
    _form(7, TH, "Công khai thông tin cơ sở vật chất của trường tiểu học"),
    _form(8, TH, "Công khai thông tin về đội ngũ nhà giáo, cán bộ quản lý và nhân viên của trường tiểu học"),
    _form(9, THCS, "Thông báo cam kết chất lượng giáo dục của trường trung học cơ sở"),
    _form(10, THCS, "Công khai thông tin chất lượng giáo dục thực tế của trường trung học cơ sở"),
    _form(11, THCS, "Công khai thông tin cơ sở vật chất của trường trung học cơ sở"),
    _form(12, THCS, "Công khai thông tin về đội ngũ nhà giáo, cán bộ quản lý và nhân viên của trường trung học cơ sở"),
]  # fmt: skip

CATALOGUE = {TT09: TT09_ITEMS, TT36: TT36_ITEMS}
BY_CODE = {item.code: item for items in CATALOGUE.values() for item in items}
CODE_CHOICES = [(item.code, f"{item.basis}: {item.title}") for items in CATALOGUE.values() for item in items]

# TT 09/2024 took effect on 19/7/2024: school years from 2024-2025 follow it, earlier ones TT 36/2017.
FIRST_TT09_YEAR = 2024
FIRST_TT36_YEAR = 2017


def stages_of(level):
    """Education stages of a portal level (``Portal.level``): a TH-THCS school has both TH and THCS."""
    return set(_STAGES_OF_LEVEL.get(level or "", set()))


def regulation_for_year(start_year):
    """The regulation a school year starting in ``start_year`` is filed under (None before TT 36/2017)."""
    if start_year >= FIRST_TT09_YEAR:
        return TT09
    if start_year >= FIRST_TT36_YEAR:
        return TT36
    return None


def items_for(regulation, level, *, serves_meals=True):
    """The items a school of ``level`` must disclose under ``regulation``, in display order.

    An item shared by several stages (TH-THCS: staff, facilities...) appears once; the menu of a
    tiểu học/THCS school only when it serves meals.
    """
    stages = stages_of(level)
    seen, result = set(), []
    for item in CATALOGUE.get(regulation, []):
        if not item.stages & stages or (item.meals_only and not serves_meals):
            continue
        if item.slug in seen:  # e.g. TH-THCS: Art. 6 (mầm non) never applies; Art. 8 items are one per school
            continue
        seen.add(item.slug)
        result.append(item)
    return sorted(result, key=lambda item: (item.order, item.code))


def get(code):
    return BY_CODE.get(code)
