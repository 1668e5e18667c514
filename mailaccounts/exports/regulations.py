"""The regulations kit: DOCX drafts the principal completes and signs (letter III.5 and IV.2).

Five drafts, pre-filled with the school's data (name, supervising body, principal, portal domain,
mail domain, focal persons already recorded):

* ``quy-che-cong``: rules of the portal, one article per content the letter requires (PORTAL_CONTENTS);
* ``quy-che-thu``: rules of e-mail, one article per required content (EMAIL_CONTENTS);
* ``quyet-dinh-ban-bien-tap``: decision founding the editorial board (a leader as head, editors,
  system administrators);
* ``phan-cong-dau-moi-cong``: written assignment of the unit that is the portal's operations focal point;
* ``phan-cong-dau-moi-thu``: written assignment of the e-mail focal person.
"""

from dataclasses import dataclass

from mailaccounts.exports import layout
from mailaccounts.exports.annex import principal, registered
from mailaccounts.models import MailAccount, MailService, RegulationsRecord, is_leadership
from portal.text import fold

# (article title, its clauses): the letter's III.5 list, in its order.
PORTAL_CONTENTS = [
    (
        "Nội dung đăng tải",
        [
            "Thông tin giới thiệu: cơ cấu tổ chức, chức năng, nhiệm vụ, quá trình hình thành và phát triển, "
            "thông tin liên hệ của lãnh đạo nhà trường.",
            "Tin tức, sự kiện; văn bản chỉ đạo, quy định; thủ tục - biểu mẫu; công khai; tuyển sinh; niên giám "
            "thống kê; tài nguyên số và các chuyên mục khác theo hướng dẫn của {supervisor}.",
            "Không đăng tải thông tin thuộc bí mật nhà nước, thông tin cá nhân khi chưa có sự đồng ý của "
            "chủ thể dữ liệu.",
        ],
    ),
    (
        "Quy trình cập nhật thông tin",
        [
            "Biên tập viên soạn tin, bài trên hệ thống quản trị tại {portal_url}, ghi rõ tác giả và nguồn tin.",
            "Tin, bài được gửi Trưởng Ban Biên tập phê duyệt trước khi đăng; tin, bài không đạt được trả "
            "lại kèm lý do.",
            "Thông tin đã đăng được rà soát, cập nhật ít nhất mỗi tuần một lần.",
        ],
    ),
    (
        "Trách nhiệm cập nhật, phê duyệt thông tin",
        [
            "Các tổ chuyên môn, tổ văn phòng cung cấp thông tin thuộc lĩnh vực phụ trách cho Ban Biên tập.",
            "Biên tập viên chịu trách nhiệm về tính chính xác của tin, bài do mình biên tập.",
            "Trưởng Ban Biên tập chịu trách nhiệm phê duyệt và về nội dung thông tin đăng tải.",
        ],
    ),
    (
        "Trách nhiệm quản lý, vận hành kỹ thuật",
        [
            "Bộ phận đầu mối vận hành ({operations_unit}) phối hợp với đơn vị cung cấp dịch vụ bảo đảm cổng "
            "thông tin hoạt động ổn định, an toàn thông tin.",
            "Quản trị viên hệ thống quản lý tài khoản, phân quyền, mật khẩu; sao lưu dữ liệu; báo cáo sự cố "
            "về {supervisor}.",
        ],
    ),
    (
        "Chế độ làm việc của Ban Biên tập",
        [
            "Ban Biên tập làm việc theo chế độ kiêm nhiệm, họp định kỳ mỗi tháng một lần và họp đột xuất khi cần.",
            "Trưởng ban phân công nhiệm vụ cụ thể cho từng thành viên; các thành viên báo cáo kết quả tại "
            "cuộc họp định kỳ.",
        ],
    ),
]

EMAIL_CONTENTS = [
    (
        "Sử dụng thư điện tử trong giao dịch, công tác",
        [
            "Cán bộ, giáo viên, nhân viên và các bộ phận dùng hộp thư công vụ @{mail_domain} được cấp để trao đổi "
            "thông tin công việc.",
            "Không dùng Gmail, Yahoo Mail, Hotmail và các hộp thư cá nhân khác trong trao đổi thông tin công việc.",
            "Địa chỉ thư điện tử của nhà trường và của lãnh đạo được công khai trên cổng thông tin điện tử.",
        ],
    ),
    (
        "Quy trình xử lý công việc qua thư điện tử",
        [
            "Mỗi người sử dụng kiểm tra hộp thư ít nhất hai lần trong ngày làm việc (đầu buổi sáng và đầu buổi chiều).",
            "Văn thư kiểm tra hộp thư của trường hằng ngày, chuyển thư đến người có trách nhiệm xử lý và "
            "theo dõi kết quả.",
            "Thư cần trả lời được phản hồi trong thời hạn công việc yêu cầu; văn bản gửi kèm được lưu theo quy định.",
        ],
    ),
    (
        "Trách nhiệm quản lý, sử dụng, bảo mật tài khoản thư điện tử",
        [
            "Người được cấp tài khoản đổi mật khẩu ban đầu ngay lần đăng nhập đầu tiên, không cho người khác dùng "
            "tài khoản của mình.",
            "Hộp thư chức danh và hộp thư của trường được bàn giao cho người kế nhiệm khi thay đổi nhân sự.",
            "Cán bộ đầu mối ({email_focal}) đề nghị {supervisor} khóa hoặc đóng tài khoản khi người sử dụng nghỉ việc, "
            "chuyển công tác.",
        ],
    ),
]


@dataclass(frozen=True)
class Draft:
    slug: str
    title: str
    description: str


DRAFTS = [
    Draft("quy-che-cong", "Quy chế tổ chức, quản lý, vận hành, sử dụng cổng thông tin điện tử", "5 nội dung (III.5)"),
    Draft("quy-che-thu", "Quy chế quản lý, vận hành, sử dụng thư điện tử", "3 nội dung (IV.2)"),
    Draft("quyet-dinh-ban-bien-tap", "Quyết định thành lập Ban Biên tập cổng thông tin điện tử", "III.5"),
    Draft("phan-cong-dau-moi-cong", "Quyết định phân công bộ phận đầu mối vận hành cổng thông tin điện tử", "III.5"),
    Draft("phan-cong-dau-moi-thu", "Quyết định phân công cán bộ đầu mối phụ trách thư điện tử", "IV.2"),
]
DRAFTS_BY_SLUG = {draft.slug: draft for draft in DRAFTS}


def school_code(school):
    """The upper-case initials of the school's name for document numbers ("THCSCVA")."""
    words = fold(school.name).split()
    if words and words[0].lower() == "truong":
        words = words[1:]
    level, rest = (words[0], words[1:]) if words and words[0].isupper() else ("", words)
    return (level + "".join(word[0] for word in rest)).upper()


def _facts(school, request=None):
    record = RegulationsRecord.objects.filter(portal=school).first()
    accounts = registered(school)
    head = principal(accounts)
    leaders = [a for a in accounts if a.kind == MailAccount.Kind.STAFF and is_leadership(a.position) and a != head]
    return {
        "school": school,
        "record": record,
        "head": head,
        "leaders": leaders,
        "supervisor": layout.supervisor_name(school),
        "portal_url": school.public_url(request).rstrip("/"),
        "mail_domain": MailService.current().domain,
        "operations_unit": (record.operations_unit if record else "") or layout.BLANK,
        "email_focal": (record.email_focal_name if record else "") or layout.BLANK,
        "code": school_code(school),
    }


def _header(document, facts, number_kind):
    layout.national_header(
        document,
        [facts["supervisor"].upper(), facts["school"].name.upper()],
        f"Số: {layout.BLANK}/{number_kind}-{facts['code']}",
        dotted_date=True,
    )


def _title(document, kind, subject):
    layout.paragraph(document, kind, bold=True, size=14, align=layout.CENTER, space_after=0)
    layout.paragraph(document, subject, bold=True, align=layout.CENTER, space_after=12)


def _articles(document, facts, articles, first=1):
    values = {k: v for k, v in facts.items() if isinstance(v, str)}
    for number, (heading, clauses) in enumerate(articles, start=first):
        layout.paragraph(document, f"Điều {number}. {heading}", bold=True, space_after=4)
        for index, clause in enumerate(clauses, start=1):
            layout.paragraph(document, f"{index}. {clause.format(**values)}", space_after=4)
    return first + len(articles)


def _bases(document, facts):
    for line in (
        "Căn cứ Thông tư số 37/2020/TT-BGDĐT ngày 05/10/2020 của Bộ Giáo dục và Đào tạo quy định về tổ chức hoạt "
        "động, sử dụng thư điện tử và cổng thông tin điện tử tại sở giáo dục và đào tạo, phòng giáo dục và đào tạo "
        "và các cơ sở giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên;",
        f"Căn cứ hướng dẫn của {facts['supervisor']} về tổ chức, xây dựng, vận hành cổng thông tin điện tử và hệ "
        "thống thư điện tử của các cơ sở giáo dục trực thuộc;",
        "Xét đề nghị của bộ phận chuyên môn,",
    ):
        layout.paragraph(document, line, italic=True, space_after=4)


def _principal_signature(document, facts):
    head = facts["head"]
    layout.signature(
        document,
        [
            ("Nơi nhận:", True),
            ("- Như Điều cuối;", False),
            (f"- {facts['supervisor']} (để báo cáo);", False),
            ("- Lưu: VT.", False),
        ],
        [
            ("HIỆU TRƯỞNG", True),
            ("(Ký tên, đóng dấu)", False),
            ("", False),
            ("", False),
            (head.full_name if head else layout.BLANK, True),
        ],
    )


def _rules(document, facts, kind_title, articles, scope):
    _header(document, facts, "QĐ")
    _title(document, "QUY CHẾ", f"{kind_title} của {facts['school'].name}")
    layout.paragraph(
        document,
        f"(Ban hành kèm theo Quyết định số {layout.BLANK} ngày {layout.BLANK} của Hiệu trưởng)",
        italic=True,
        align=layout.CENTER,
        space_after=12,
    )
    next_number = _articles(document, facts, [("Phạm vi điều chỉnh và đối tượng áp dụng", [scope])])
    next_number = _articles(document, facts, articles, first=next_number)
    _articles(
        document,
        facts,
        [
            (
                "Tổ chức thực hiện",
                [
                    "Cán bộ, giáo viên, nhân viên của nhà trường có trách nhiệm thực hiện Quy chế này.",
                    "Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận báo cáo Hiệu trưởng để "
                    "sửa đổi, bổ sung cho phù hợp.",
                ],
            )
        ],
        first=next_number,
    )
    _principal_signature(document, facts)


def portal_rules(document, facts):
    _rules(
        document,
        facts,
        "Tổ chức, quản lý, vận hành, sử dụng cổng thông tin điện tử",
        PORTAL_CONTENTS,
        "Quy chế này quy định việc tổ chức, quản lý, vận hành, sử dụng cổng thông tin điện tử của nhà trường tại "
        "địa chỉ {portal_url}; áp dụng với Ban Biên tập, các tổ, bộ phận và cá nhân cung cấp thông tin.",
    )


def email_rules(document, facts):
    _rules(
        document,
        facts,
        "Quản lý, vận hành, sử dụng thư điện tử",
        EMAIL_CONTENTS,
        "Quy chế này quy định việc quản lý, vận hành, sử dụng hệ thống thư điện tử @{mail_domain} tại nhà trường; "
        "áp dụng với cán bộ, giáo viên, nhân viên và các bộ phận được cấp hộp thư.",
    )


def board_decision(document, facts):
    _header(document, facts, "QĐ")
    _title(document, "QUYẾT ĐỊNH", f"Về việc thành lập Ban Biên tập cổng thông tin điện tử {facts['school'].name}")
    layout.paragraph(document, f"HIỆU TRƯỞNG {facts['school'].name.upper()}", bold=True, align=layout.CENTER)
    _bases(document, facts)
    layout.paragraph(document, "QUYẾT ĐỊNH:", bold=True, align=layout.CENTER, space_after=8)
    layout.paragraph(
        document, "Điều 1. Thành lập Ban Biên tập cổng thông tin điện tử của nhà trường gồm các ông (bà):", bold=True
    )
    head = facts["head"]
    members = [("Trưởng ban", head.full_name if head else layout.BLANK, "Hiệu trưởng")]
    members += [("Phó Trưởng ban", leader.full_name, leader.position) for leader in facts["leaders"]]
    members += [("Biên tập viên", layout.BLANK, layout.BLANK)] * 2 + [
        ("Quản trị viên hệ thống", layout.BLANK, layout.BLANK)
    ]
    table = document.add_table(rows=1, cols=4)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Ban"], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for number, (role, name, position) in enumerate(members, start=1):
        for cell, text in zip(table.add_row().cells, [str(number), name, position, role], strict=True):
            cell.paragraphs[0].add_run(text)
    layout.paragraph(document, "")
    layout.paragraph(
        document,
        "Điều 2. Ban Biên tập hoạt động theo chế độ kiêm nhiệm, thực hiện Quy chế tổ chức, "
        "quản lý, vận hành, sử dụng cổng thông tin điện tử của nhà trường.",
        bold=False,
    )
    layout.paragraph(
        document,
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các ông (bà) có tên tại Điều 1 chịu "
        "trách nhiệm thi hành Quyết định này.",
    )
    _principal_signature(document, facts)


def _assignment(document, facts, subject, assignee_text, duties):
    _header(document, facts, "QĐ")
    _title(document, "QUYẾT ĐỊNH", subject)
    layout.paragraph(document, f"HIỆU TRƯỞNG {facts['school'].name.upper()}", bold=True, align=layout.CENTER)
    _bases(document, facts)
    layout.paragraph(document, "QUYẾT ĐỊNH:", bold=True, align=layout.CENTER, space_after=8)
    layout.paragraph(document, f"Điều 1. {assignee_text}", bold=True)
    layout.paragraph(document, "Điều 2. Nhiệm vụ:", bold=True)
    for index, duty in enumerate(duties, start=1):
        layout.paragraph(document, f"{index}. {duty}")
    layout.paragraph(document, "Điều 3. Quyết định có hiệu lực kể từ ngày ký.")
    _principal_signature(document, facts)


def operations_assignment(document, facts):
    record = facts["record"]
    contact = f", do ông (bà) {record.operations_contact} phụ trách" if record and record.operations_contact else ""
    _assignment(
        document,
        facts,
        "Về việc phân công bộ phận đầu mối vận hành cổng thông tin điện tử",
        f"Phân công {facts['operations_unit']}{contact} làm bộ phận đầu mối vận hành cổng thông tin điện tử "
        f"của nhà trường ({facts['portal_url']}).",
        [
            "Phối hợp với đơn vị cung cấp dịch vụ bảo đảm cổng thông tin điện tử hoạt động ổn định, an toàn thông tin.",
            "Theo dõi kinh phí duy trì máy chủ, tên miền; quản lý phân quyền, tạo tài khoản, mật khẩu.",
            f"Báo cáo sự cố, tình hình vận hành với Hiệu trưởng và {facts['supervisor']} khi có yêu cầu.",
        ],
    )


def email_assignment(document, facts):
    record = facts["record"]
    name = facts["email_focal"]
    position = f", {record.email_focal_position}" if record and record.email_focal_position else ""
    _assignment(
        document,
        facts,
        "Về việc phân công cán bộ đầu mối phụ trách thư điện tử",
        f"Phân công ông (bà) {name}{position} làm cán bộ đầu mối phụ trách triển khai thư điện tử "
        f"@{facts['mail_domain']} "
        "của nhà trường.",
        [
            "Lập danh sách đăng ký sử dụng thư điện tử của cán bộ, giáo viên, nhân viên và các bộ phận, gửi "
            f"{facts['supervisor']}.",
            "Nhận và bàn giao mật khẩu ban đầu cho người sử dụng; hướng dẫn đổi mật khẩu và bảo mật tài khoản.",
            "Đề nghị khóa, đóng tài khoản khi người sử dụng nghỉ việc, chuyển công tác; bàn giao hộp thư chức danh.",
        ],
    )


BUILDERS = {
    "quy-che-cong": portal_rules,
    "quy-che-thu": email_rules,
    "quyet-dinh-ban-bien-tap": board_decision,
    "phan-cong-dau-moi-cong": operations_assignment,
    "phan-cong-dau-moi-thu": email_assignment,
}


def draft_docx(slug, school, request=None):
    document = layout.new_document()
    BUILDERS[slug](document, _facts(school, request))
    document.core_properties.title = DRAFTS_BY_SLUG[slug].title
    document.core_properties.language = "vi-VN"
    document.core_properties.author = school.name
    return layout.as_bytes(document)
