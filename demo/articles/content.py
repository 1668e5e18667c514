"""Demo texts of the topic sections: legal education, accreditation, universal education.

Plain data so ``demo.py`` stays about behaviour. ``{name}``, ``{area}`` are filled per portal. The cited
laws and decrees are real (numbers and dates); decisions on accreditation and universal education are
invented but shaped like the real ones.
"""

import datetime

D = datetime.date

LEGAL_COMMON = [
    {
        "slug": "tuyen-truyen-luat-phong-chong-ma-tuy",
        "title": "Tuyên truyền Luật Phòng, chống ma túy",
        "date": D(2025, 6, 20),
        "topic": "luat",
        "document_title": "Luật Phòng, chống ma túy",
        "document_number": "73/2021/QH14",
        "document_date": D(2021, 3, 30),
        "summary": "Hưởng ứng Tháng hành động phòng, chống ma túy, {name} tuyên truyền những điểm mới của "
        "Luật Phòng, chống ma túy năm 2021 đến cán bộ, giáo viên, nhân viên và cha mẹ học sinh.",
        "body": [
            ("heading", "Những hành vi bị nghiêm cấm"),
            (
                "paragraph",
                "Luật nghiêm cấm trồng cây có chứa chất ma túy; sản xuất, tàng trữ, vận chuyển, mua bán "
                "trái phép chất ma túy; sử dụng trái phép chất ma túy; lôi kéo, dụ dỗ, ép buộc người "
                "khác sử dụng trái phép chất ma túy.",
            ),
            ("heading", "Trách nhiệm của nhà trường và gia đình"),
            (
                "paragraph",
                "Nhà trường phối hợp với gia đình giáo dục kiến thức phòng, chống ma túy, kịp thời phát "
                "hiện và thông báo cho cơ quan chức năng khi có dấu hiệu học sinh sử dụng chất gây "
                "nghiện, kể cả thuốc lá điện tử và các chất trộn lẫn trong đồ ăn, thức uống.",
            ),
            ("quote", {"text": "Nói không với ma túy vì một tương lai khỏe mạnh.", "source": "Khẩu hiệu hưởng ứng"}),
        ],
    },
    {
        "slug": "chinh-sach-mien-giam-hoc-phi",
        "title": "Hướng dẫn chính sách miễn, giảm học phí và hỗ trợ chi phí học tập",
        "date": D(2025, 9, 12),
        "topic": "chinh_sach",
        "document_title": "Nghị định quy định về cơ chế thu, quản lý học phí và chính sách miễn, giảm học phí",
        "document_number": "81/2021/NĐ-CP",
        "document_date": D(2021, 8, 27),
        "summary": "Đối tượng được miễn, giảm học phí, hỗ trợ chi phí học tập và hồ sơ cha mẹ học sinh cần nộp "
        "cho nhà trường trong năm học 2025-2026.",
        "body": [
            ("heading", "Đối tượng được miễn học phí"),
            (
                "paragraph",
                "Học sinh khuyết tật; học sinh mồ côi cả cha lẫn mẹ không nơi nương tựa; học sinh thuộc "
                "hộ nghèo; con của người có công với cách mạng theo quy định.",
            ),
            ("heading", "Hồ sơ và thời hạn nộp"),
            (
                "paragraph",
                "Cha mẹ học sinh nộp đơn theo mẫu kèm giấy tờ chứng minh thuộc đối tượng tại văn phòng "
                "nhà trường trong vòng 45 ngày kể từ ngày khai giảng.",
            ),
        ],
    },
]

LEGAL_BY_KIND = {
    "district": [
        {
            "slug": "pho-bien-luat-an-ninh-mang-2018",
            "title": "Phổ biến Luật An ninh mạng 2018 trong ngành giáo dục",
            "date": D(2025, 4, 8),
            "topic": "luat",
            "document_title": "Luật An ninh mạng",
            "document_number": "24/2018/QH14",
            "document_date": D(2018, 6, 12),
            "summary": "Phòng GD&ĐT hướng dẫn các trường tuyên truyền Luật An ninh mạng, bảo vệ thông tin cá nhân "
            "của học sinh và an toàn khi sử dụng mạng xã hội.",
            "body": [
                (
                    "paragraph",
                    "Luật An ninh mạng số 24/2018/QH14 có hiệu lực từ ngày 01/01/2019, quy định về hoạt "
                    "động bảo vệ an ninh quốc gia và bảo đảm trật tự, an toàn xã hội trên không gian mạng.",
                ),
                (
                    "paragraph",
                    "Các trường tổ chức tuyên truyền lồng ghép trong tiết sinh hoạt dưới cờ, hướng dẫn học "
                    "sinh không chia sẻ thông tin sai sự thật và bảo vệ tài khoản cá nhân.",
                ),
            ],
        },
        {
            "slug": "che-do-phu-cap-tham-nien-nha-giao",
            "title": "Chế độ phụ cấp thâm niên đối với nhà giáo",
            "date": D(2025, 10, 2),
            "topic": "che_do",
            "document_title": "Nghị định quy định chế độ phụ cấp thâm niên đối với nhà giáo",
            "document_number": "77/2021/NĐ-CP",
            "document_date": D(2021, 8, 1),
            "summary": "Đối tượng, mức hưởng và cách tính thời gian hưởng phụ cấp thâm niên đối với nhà giáo "
            "trong các cơ sở giáo dục công lập.",
            "body": [
                (
                    "paragraph",
                    "Nhà giáo có thời gian giảng dạy, giáo dục đủ 5 năm (60 tháng) được hưởng phụ cấp thâm "
                    "niên bằng 5% mức lương hiện hưởng cộng phụ cấp chức vụ lãnh đạo và phụ cấp vượt "
                    "khung; từ năm thứ sáu trở đi mỗi năm được tính thêm 1%.",
                ),
            ],
        },
    ],
    "mn": [
        {
            "slug": "tuyen-truyen-luat-tre-em",
            "title": "Tuyên truyền Luật Trẻ em đến cha mẹ trẻ",
            "date": D(2025, 5, 30),
            "topic": "luat",
            "document_title": "Luật Trẻ em",
            "document_number": "102/2016/QH13",
            "document_date": D(2016, 4, 5),
            "summary": "Quyền và bổn phận của trẻ em; trách nhiệm của gia đình và nhà trường trong việc bảo vệ, "
            "chăm sóc trẻ.",
            "body": [
                (
                    "paragraph",
                    "Trẻ em có quyền được chăm sóc sức khỏe, được giáo dục, được vui chơi, giải trí và "
                    "được bảo vệ để không bị xâm hại. Cha mẹ, giáo viên cùng phối hợp phát hiện sớm các "
                    "nguy cơ xâm hại trẻ.",
                ),
            ],
        },
    ],
    "school": [
        {
            "slug": "pho-bien-luat-an-ninh-mang-2018",
            "title": "Phổ biến Luật An ninh mạng 2018 cho học sinh",
            "date": D(2025, 4, 15),
            "topic": "luat",
            "document_title": "Luật An ninh mạng",
            "document_number": "24/2018/QH14",
            "document_date": D(2018, 6, 12),
            "summary": "Những điều học sinh cần biết để sử dụng mạng xã hội an toàn, văn minh và đúng pháp luật.",
            "body": [
                (
                    "paragraph",
                    "Không đăng tải, chia sẻ thông tin sai sự thật, xúc phạm danh dự người khác; không "
                    "cung cấp mật khẩu, mã OTP cho bất kỳ ai; báo ngay với thầy cô, cha mẹ khi bị bắt nạt "
                    "trên mạng.",
                ),
            ],
        },
        {
            "slug": "luat-trat-tu-an-toan-giao-thong-duong-bo",
            "title": "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ",
            "date": D(2025, 9, 25),
            "topic": "luat",
            "document_title": "Luật Trật tự, an toàn giao thông đường bộ",
            "document_number": "36/2024/QH15",
            "document_date": D(2024, 6, 27),
            "summary": "Quy định mới về chở trẻ em dưới 10 tuổi trên ô tô, độ tuổi điều khiển xe gắn máy và đội "
            "mũ bảo hiểm đúng cách.",
            "body": [
                (
                    "paragraph",
                    "Luật có hiệu lực từ ngày 01/01/2025. Học sinh chưa đủ 16 tuổi không được điều khiển "
                    "xe gắn máy; khi ngồi trên xe mô tô, xe gắn máy phải đội mũ bảo hiểm cài quai đúng "
                    "quy cách.",
                ),
            ],
        },
    ],
}

ACCREDITATION = {
    "district": [
        {
            "slug": "th-phu-hoa-1-dat-kiem-dinh-cap-do-2",
            "title": "Trường Tiểu học Phú Hòa 1 đạt kiểm định chất lượng giáo dục cấp độ 2",
            "date": D(2024, 12, 20),
            "assessment_year": 2024,
            "cycle": "2020-2024",
            "self_assessment_date": D(2024, 5, 15),
            "external_assessment_date": D(2024, 10, 18),
            "accreditation_level": 2,
            "standard_level": 1,
            "decision_number": "2156/QĐ-SGDĐT",
            "decision_date": D(2024, 12, 5),
            "issuing_body": "Sở Giáo dục và Đào tạo tỉnh Bình Dương",
            "valid_until": D(2029, 12, 5),
            "summary": "Sở GD&ĐT công nhận Trường Tiểu học Phú Hòa 1 đạt kiểm định chất lượng giáo dục cấp độ 2 "
            "và đạt chuẩn quốc gia mức độ 1 sau đợt đánh giá ngoài tháng 10/2024.",
            "body": [
                (
                    "paragraph",
                    "Đoàn đánh giá ngoài đã khảo sát chính thức tại trường, đánh giá 5 tiêu chuẩn với 28 "
                    "tiêu chí; nhà trường đạt 26/28 tiêu chí mức 2. Phòng GD&ĐT đề nghị nhà trường "
                    "thực hiện kế hoạch cải tiến chất lượng sau đánh giá ngoài.",
                ),
            ],
        },
    ],
    "school": [
        {
            "slug": "ket-qua-danh-gia-ngoai-nam-2024",
            "title": "Kết quả đánh giá ngoài năm 2024",
            "date": D(2024, 12, 20),
            "assessment_year": 2024,
            "cycle": "2020-2024",
            "self_assessment_date": D(2024, 5, 20),
            "external_assessment_date": D(2024, 10, 25),
            "accreditation_level": 2,
            "standard_level": 1,
            "decision_number": "2160/QĐ-SGDĐT",
            "decision_date": D(2024, 12, 5),
            "issuing_body": "Sở Giáo dục và Đào tạo tỉnh Bình Dương",
            "valid_until": D(2029, 12, 5),
            "summary": "{name} đạt kiểm định chất lượng giáo dục cấp độ 2 và được công nhận đạt chuẩn quốc gia "
            "mức độ 1.",
            "body": [
                ("heading", "Kết quả theo tiêu chuẩn"),
                (
                    "paragraph",
                    "Tiêu chuẩn 1 (tổ chức và quản lý nhà trường), tiêu chuẩn 2 (cán bộ quản lý, giáo "
                    "viên, nhân viên và học sinh), tiêu chuẩn 3 (cơ sở vật chất và thiết bị dạy học), "
                    "tiêu chuẩn 4 (quan hệ giữa nhà trường, gia đình và xã hội) và tiêu chuẩn 5 (hoạt "
                    "động giáo dục và kết quả giáo dục) đều đạt mức 2.",
                ),
                ("heading", "Kế hoạch cải tiến chất lượng"),
                (
                    "paragraph",
                    "Nhà trường tiếp tục bổ sung thiết bị dạy học tối thiểu, nâng tỉ lệ giáo viên đạt "
                    "chuẩn trình độ đào tạo và đầu tư thư viện số.",
                ),
            ],
        },
        {
            "slug": "bao-cao-tu-danh-gia-nam-2024",
            "title": "Báo cáo tự đánh giá năm 2024",
            "date": D(2024, 5, 25),
            "assessment_year": 2024,
            "cycle": "2020-2024",
            "self_assessment_date": D(2024, 5, 20),
            "summary": "Hội đồng tự đánh giá của {name} hoàn thành báo cáo tự đánh giá chu kỳ 2020-2024 và gửi "
            "Sở GD&ĐT đề nghị đánh giá ngoài.",
            "body": [
                (
                    "paragraph",
                    "Hội đồng tự đánh giá được thành lập theo quyết định của Hiệu trưởng, gồm 11 thành "
                    "viên; báo cáo đã được công khai tại trường và lấy ý kiến của cán bộ, giáo viên.",
                ),
            ],
        },
    ],
}

# Universal education: by portal kind or school level; ``{area}`` is the ward of the school's address.
UNIVERSAL = {
    "district": [
        (
            "pho-cap-giao-duc-tieu-hoc-muc-do-3-nam-2024",
            "Thành phố Thủ Dầu Một duy trì chuẩn phổ cập giáo dục tiểu học mức độ 3 năm 2024",
            2024,
            "gdth3",
            "thành phố Thủ Dầu Một",
            "Ủy ban nhân dân tỉnh Bình Dương",
        ),
        (
            "xoa-mu-chu-muc-do-2-nam-2024",
            "Thành phố Thủ Dầu Một đạt chuẩn xóa mù chữ mức độ 2 năm 2024",
            2024,
            "xmc2",
            "thành phố Thủ Dầu Một",
            "Ủy ban nhân dân tỉnh Bình Dương",
        ),
    ],
    "mn": [
        (
            "pho-cap-giao-duc-mam-non-tre-5-tuoi-nam-2025",
            "Phổ cập giáo dục mầm non cho trẻ 5 tuổi năm 2025",
            2025,
            "gdmn5",
            "{area}",
            "Ủy ban nhân dân thành phố Thủ Dầu Một",
        ),
    ],
    "th": [
        (
            "pho-cap-giao-duc-tieu-hoc-muc-do-3-nam-2025",
            "Phổ cập giáo dục tiểu học mức độ 3 năm 2025",
            2025,
            "gdth3",
            "{area}",
            "Ủy ban nhân dân thành phố Thủ Dầu Một",
        ),
    ],
    "thcs": [
        (
            "pho-cap-giao-duc-thcs-muc-do-2-nam-2025",
            "Phổ cập giáo dục trung học cơ sở mức độ 2 năm 2025",
            2025,
            "gdthcs2",
            "{area}",
            "Ủy ban nhân dân thành phố Thủ Dầu Một",
        ),
        (
            "xoa-mu-chu-muc-do-2-nam-2025",
            "Kết quả xóa mù chữ mức độ 2 trên địa bàn năm 2025",
            2025,
            "xmc2",
            "{area}",
            "Ủy ban nhân dân thành phố Thủ Dầu Một",
        ),
    ],
}
UNIVERSAL["ththcs"] = UNIVERSAL["th"] + UNIVERSAL["thcs"][:1]
UNIVERSAL["nt"] = UNIVERSAL["mg"] = UNIVERSAL["mn"]

UNIVERSAL_BODY = {
    "gdmn5": "Tỉ lệ trẻ 5 tuổi ra lớp đạt 100%; tỉ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non đạt trên "
    "99%. Nhà trường đảm bảo đủ phòng học, giáo viên đạt chuẩn và thực hiện bán trú cho trẻ.",
    "gdth3": "Tỉ lệ trẻ 6 tuổi vào lớp 1 đạt 100%; tỉ lệ trẻ 11 tuổi hoàn thành chương trình tiểu học đạt trên 98%. "
    "Nhà trường phối hợp với Ban Chỉ đạo phổ cập phường điều tra, cập nhật số liệu hằng năm.",
    "gdthcs2": "Tỉ lệ thanh, thiếu niên 15-18 tuổi tốt nghiệp trung học cơ sở đạt trên 95%. Nhà trường duy trì sĩ số, "
    "vận động học sinh có nguy cơ bỏ học trở lại lớp.",
    "xmc2": "Tỉ lệ người trong độ tuổi 15-60 được công nhận biết chữ mức độ 2 đạt trên 98%; các lớp xóa mù chữ và "
    "giáo dục tiếp tục sau khi biết chữ được duy trì.",
}
