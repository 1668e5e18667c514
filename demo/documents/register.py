"""The demo registers: the district's (the texts the 2021 letter cites, and the letter itself) and each school's.

Numbers, dates and trích yếu of the cited regulations are those of the real documents; their attached
files are short generated summaries marked as demo copies, not the official texts. The letter's own
number was left blank in the source ("Số: /PGDĐT"); the demo gives it 12/PGDĐT-CNTT.
"""

from dataclasses import dataclass, field

# Issuing bodies of the district's register: (name, code in numbers, order).
DISTRICT_ISSUERS = [
    ("Ủy ban nhân dân tỉnh Bình Dương", "UBND", 50),
    ("Sở Giáo dục và Đào tạo tỉnh Bình Dương", "SGDĐT", 60),
    ("Ủy ban nhân dân thành phố Thủ Dầu Một", "UBND", 70),
]
PROVINCE = "Ủy ban nhân dân tỉnh Bình Dương"
DEPARTMENT = "Sở Giáo dục và Đào tạo tỉnh Bình Dương"
CITY = "Ủy ban nhân dân thành phố Thủ Dầu Một"
DISTRICT_OFFICE = "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một"
LETTER_NUMBER = "12/PGDĐT-CNTT"


@dataclass(frozen=True)
class DemoDocument:
    number: str
    title: str
    issue_date: str  # dd/mm/yyyy
    issuer: str
    field: str
    signer: str = ""
    effective_date: str = ""
    expiry_date: str = ""
    abstract: str = ""
    body: tuple = ()
    file_kind: str = "pdf"  # "pdf", "docx", "docx-tcvn3", "pdf-scan" (no text layer)
    annex_docx: tuple = ()  # paragraphs of a second file (DOCX)
    relations: tuple = ()  # (type, number, date dd/mm/yyyy or "", title or "")
    document_type: str = ""
    extra: dict = field(default_factory=dict)


DISTRICT_DOCUMENTS = [
    DemoDocument(
        "24/2018/QH14",
        "Luật An ninh mạng",
        "12/06/2018",
        "Quốc hội",
        "an-toan-thong-tin",
        signer="Chủ tịch Quốc hội Nguyễn Thị Kim Ngân",
        effective_date="01/01/2019",
        abstract="Quy định về hoạt động bảo vệ an ninh quốc gia và bảo đảm trật tự, an toàn xã hội trên không gian "
        "mạng; trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan.",
        body=(
            "Luật này quy định về hoạt động bảo vệ an ninh quốc gia và bảo đảm trật tự, an toàn xã hội trên không "
            "gian mạng; trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan.",
            "Luật gồm 7 chương, 43 điều, có hiệu lực thi hành từ ngày 01 tháng 01 năm 2019.",
        ),
    ),
    DemoDocument(
        "43/2011/NĐ-CP",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng "
        "thông tin điện tử của cơ quan nhà nước",
        "13/06/2011",
        "Chính phủ",
        "cong-nghe-thong-tin",
        signer="Thủ tướng Nguyễn Tấn Dũng",
        effective_date="01/08/2011",
        body=(
            "Nghị định quy định việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử "
            "hoặc cổng thông tin điện tử của cơ quan nhà nước.",
            "Các thông tin bắt buộc: giới thiệu cơ quan, tin tức, văn bản quy phạm pháp luật, thủ tục hành chính, "
            "dịch vụ công trực tuyến, mục lấy ý kiến góp ý.",
        ),
    ),
    DemoDocument(
        "42/2022/NĐ-CP",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        "24/06/2022",
        "Chính phủ",
        "cong-nghe-thong-tin",
        signer="Phó Thủ tướng Vũ Đức Đam",
        effective_date="01/08/2022",
        body=(
            "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên "
            "môi trường mạng, thay thế Nghị định số 43/2011/NĐ-CP.",
        ),
        relations=(("replaces", "43/2011/NĐ-CP", "", ""),),
    ),
    DemoDocument(
        "72/2013/NĐ-CP",
        "Quản lý, cung cấp, sử dụng dịch vụ internet và thông tin trên mạng",
        "15/07/2013",
        "Chính phủ",
        "an-toan-thong-tin",
        signer="Thủ tướng Nguyễn Tấn Dũng",
        effective_date="01/09/2013",
        body=(
            "Nghị định quy định chi tiết việc quản lý, cung cấp, sử dụng dịch vụ Internet, thông tin trên mạng, "
            "trò chơi điện tử trên mạng; bảo đảm an toàn thông tin và an ninh thông tin.",
        ),
    ),
    DemoDocument(
        "27/2018/NĐ-CP",
        "Sửa đổi, bổ sung một số điều của Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ về quản "
        "lý, cung cấp, sử dụng dịch vụ internet và thông tin trên mạng",
        "01/03/2018",
        "Chính phủ",
        "an-toan-thong-tin",
        signer="Thủ tướng Nguyễn Xuân Phúc",
        effective_date="15/04/2018",
        body=(
            "Nghị định sửa đổi, bổ sung các quy định về trang thông tin điện tử tổng hợp, mạng xã hội và cấp phép "
            "cung cấp dịch vụ trò chơi điện tử trên mạng.",
        ),
        relations=(("amends", "72/2013/NĐ-CP", "", ""),),
    ),
    DemoDocument(
        "36/2017/TT-BGDĐT",
        "Ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân",
        "28/12/2017",
        "Bộ Giáo dục và Đào tạo",
        "cong-khai-kiem-dinh",
        signer="Thứ trưởng Nguyễn Văn Phúc",
        effective_date="15/02/2018",
        body=(
            "Quy chế quy định nội dung, hình thức và thời điểm công khai: cam kết chất lượng giáo dục, điều kiện "
            "đảm bảo chất lượng giáo dục và thu, chi tài chính của cơ sở giáo dục.",
        ),
    ),
    DemoDocument(
        "09/2024/TT-BGDĐT",
        "Quy định về công khai trong hoạt động của các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân",
        "03/06/2024",
        "Bộ Giáo dục và Đào tạo",
        "cong-khai-kiem-dinh",
        signer="Thứ trưởng Phạm Ngọc Thưởng",
        effective_date="19/07/2024",
        body=(
            "Thông tư quy định nội dung, hình thức, thời điểm công khai thông tin của cơ sở giáo dục, thay thế "
            "Thông tư số 36/2017/TT-BGDĐT.",
        ),
        relations=(("replaces", "36/2017/TT-BGDĐT", "", ""),),
    ),
    DemoDocument(
        "37/2020/TT-BGDĐT",
        "Quy định về tổ chức hoạt động, sử dụng thư điện tử và cổng thông tin điện tử tại sở giáo dục và đào tạo, "
        "phòng giáo dục và đào tạo và các cơ sở giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên",
        "05/10/2020",
        "Bộ Giáo dục và Đào tạo",
        "cong-nghe-thong-tin",
        signer="Thứ trưởng Nguyễn Văn Phúc",
        effective_date="20/11/2020",
        body=(
            "Điều 9. Cổng thông tin điện tử của cơ sở giáo dục gồm: giới thiệu, tin tức, văn bản chỉ đạo, thủ tục "
            "hành chính, công khai, tuyển sinh, tài nguyên số, liên hệ và hỏi đáp.",
        ),
    ),
    DemoDocument(
        "04/2013/QĐ-UBND",
        "Ban hành Quy chế hoạt động Cổng/trang thông tin điện tử các cơ quan nhà nước tỉnh Bình Dương trên Internet",
        "11/03/2013",
        PROVINCE,
        "cong-nghe-thong-tin",
        effective_date="21/03/2013",
        body=(
            "Quy chế quy định việc tổ chức, quản lý, vận hành và cung cấp thông tin trên cổng, trang thông tin "
            "điện tử của các cơ quan nhà nước tỉnh Bình Dương.",
        ),
    ),
    DemoDocument(
        "1768/SGDĐT-VP",
        "Hướng dẫn thực hiện nhiệm vụ công nghệ thông tin năm học 2020-2021",
        "15/10/2020",
        DEPARTMENT,
        "cong-nghe-thong-tin",
        expiry_date="01/09/2021",
        body=(
            "Sở Giáo dục và Đào tạo hướng dẫn các đơn vị triển khai nhiệm vụ công nghệ thông tin năm học "
            "2020-2021: hạ tầng, cổng thông tin điện tử, thư điện tử công vụ, an toàn thông tin.",
        ),
    ),
    DemoDocument(
        "03/2016/QĐ-UBND",
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo thành phố "
        "Thủ Dầu Một",
        "10/11/2016",
        CITY,
        "to-chuc-can-bo",
        file_kind="pdf-scan",
    ),
    DemoDocument(
        "1031/PGDĐT-CNTT",
        "Triển khai cổng thông tin ngành giáo dục và đào tạo thành phố Thủ Dầu Một",
        "26/09/2014",
        DISTRICT_OFFICE,
        "cong-nghe-thong-tin",
        signer="Trưởng phòng",
        file_kind="docx-tcvn3",
        body=(
            "Phòng Giáo dục và Đào tạo triển khai cổng thông tin điện tử của ngành đến các trường mầm non, tiểu học, "
            "trung học cơ sở trực thuộc.",
            "Các đơn vị cập nhật tin tức, văn bản và thông tin tuyển sinh lên trang thông tin của đơn vị.",
        ),
    ),
    DemoDocument(
        LETTER_NUMBER,
        "Hướng dẫn tổ chức, xây dựng, vận hành cổng thông tin điện tử và hệ thống thư điện tử của các cơ sở giáo "
        "dục trực thuộc",
        "06/01/2021",
        DISTRICT_OFFICE,
        "cong-nghe-thong-tin",
        signer="Trưởng phòng Nguyễn Văn Hùng",
        abstract="Hướng dẫn mục tiêu, nguyên tắc, nội dung bắt buộc và yêu cầu kỹ thuật của cổng thông tin điện tử; "
        "quản lý, vận hành và sử dụng thư điện tử công vụ tại các cơ sở giáo dục trực thuộc.",
        body=(
            "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở; Hiệu trưởng, chủ cơ sở giáo dục "
            "ngoài công lập.",
            "Căn cứ Luật An ninh mạng 2018 (Luật số 24/2018/QH14); Nghị định số 43/2011/NĐ-CP; Nghị định số "
            "72/2013/NĐ-CP và Nghị định số 27/2018/NĐ-CP; Thông tư số 36/2017/TT-BGDĐT; Thông tư số "
            "37/2020/TT-BGDĐT; Quyết định số 04/2013/QĐ-UBND; Công văn số 1768/SGDĐT-VP.",
            "I. Mục đích, yêu cầu: cổng thông tin điện tử của các cơ sở giáo dục là cổng tích hợp thông tin và "
            "dịch vụ công trực tuyến; thư điện tử dùng để trao đổi thông tin phục vụ công việc.",
            "III.3. Văn bản chỉ đạo, quy định: hình thức văn bản, thẩm quyền ban hành; số ký hiệu, ngày ban "
            "hành, hiệu lực; trích yếu, văn bản cho phép tải về, công cụ tìm kiếm văn bản.",
            "III.4. Tên miền tối thiểu gồm: tên trường, tên thành phố, .edu.vn; thống nhất sử dụng bộ mã Unicode "
            "theo tiêu chuẩn TCVN 6909:2001; có công cụ tìm kiếm toàn văn.",
            "IV. Không sử dụng các thư điện tử như Gmail, Yahoo Mail, Hotmail trong trao đổi thông tin công việc.",
            "Văn bản này có hiệu lực thay cho văn bản số 1031/PGDĐT-CNTT ngày 26/9/2014 và văn bản số "
            "1280/PGDĐT-CNTT ngày 21/11/2014 của Phòng GDĐT thành phố Thủ Dầu Một.",
        ),
        annex_docx=(
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TP THỦ DẦU MỘT",
            "DANH SÁCH ĐĂNG KÝ SỬ DỤNG EMAIL",
            "Tên_người_dùng.Tên_trường@ptdm.edu.vn",
            "STT | Họ và tên | Chức vụ",
            "1 | | Hiệu trưởng",
            "2 | | Phó Hiệu trưởng",
            "Người lập danh sách",
            "HIỆU TRƯỞNG",
        ),
        relations=(
            ("replaces", "1031/PGDĐT-CNTT", "26/09/2014", ""),
            (
                "replaces",
                "1280/PGDĐT-CNTT",
                "21/11/2014",
                "Hướng dẫn triển khai sử dụng website 55 đơn vị trực thuộc năm học 2014-2015 và những năm tiếp theo",
            ),
            ("guides", "37/2020/TT-BGDĐT", "", ""),
        ),
    ),
]


def school_documents(code, name, principal):
    """A school's own register: its yearly plan, internal spending rules, portal rules and editorial board."""
    return [
        DemoDocument(
            f"125/KH-{code}",
            "Kế hoạch thực hiện nhiệm vụ năm học 2025-2026",
            "15/09/2025",
            name,
            "cong-tac-chung",
            signer=f"Hiệu trưởng {principal}",
            file_kind="docx",
            body=(
                f"{name} xây dựng kế hoạch thực hiện nhiệm vụ năm học 2025-2026.",
                "Mục tiêu: nâng cao chất lượng giáo dục toàn diện; đẩy mạnh chuyển đổi số; công khai thông tin "
                "trên cổng thông tin điện tử của nhà trường.",
                "Tổ chức thực hiện: các tổ chuyên môn, tổ văn phòng xây dựng kế hoạch chi tiết theo tháng.",
            ),
        ),
        DemoDocument(
            f"08/QĐ-{code}",
            "Ban hành Quy chế chi tiêu nội bộ năm 2025",
            "10/01/2025",
            name,
            "tai-chinh",
            signer=f"Hiệu trưởng {principal}",
            effective_date="01/01/2025",
            expiry_date="01/01/2026",
            body=(
                "Quy chế quy định định mức chi thường xuyên, công tác phí, hội nghị, văn phòng phẩm và thanh toán "
                "cho cán bộ, giáo viên, nhân viên năm 2025.",
            ),
        ),
        DemoDocument(
            f"09/QĐ-{code}",
            "Ban hành Quy chế chi tiêu nội bộ năm 2026",
            "09/01/2026",
            name,
            "tai-chinh",
            signer=f"Hiệu trưởng {principal}",
            effective_date="01/01/2026",
            body=("Quy chế chi tiêu nội bộ năm 2026, thay thế quy chế năm 2025.",),
            relations=(("replaces", f"08/QĐ-{code}", "10/01/2025", ""),),
        ),
        DemoDocument(
            f"15/QĐ-{code}",
            "Ban hành Quy chế vận hành, sử dụng cổng thông tin điện tử của nhà trường",
            "20/01/2021",
            name,
            "cong-nghe-thong-tin",
            signer=f"Hiệu trưởng {principal}",
            body=(
                "Quy chế quy định nội dung đăng tải, quy trình cập nhật thông tin, trách nhiệm cập nhật và phê "
                "duyệt, quản lý kỹ thuật và chế độ làm việc của Ban Biên tập cổng thông tin điện tử.",
            ),
            relations=(("guides", LETTER_NUMBER, "06/01/2021", "Công văn của Phòng GD&ĐT về cổng thông tin điện tử"),),
        ),
        DemoDocument(
            f"14/QĐ-{code}",
            "Thành lập Ban Biên tập cổng thông tin điện tử",
            "18/01/2021",
            name,
            "to-chuc-can-bo",
            signer=f"Hiệu trưởng {principal}",
            file_kind="docx",
            body=(
                f"Thành lập Ban Biên tập cổng thông tin điện tử {name}: Trưởng ban là Hiệu trưởng, các biên tập "
                "viên và quản trị viên hệ thống.",
            ),
        ),
    ]
