"""The procedures parents use most, as every portal starts with them (editable by the school).

Sources: the national procedure database (Cơ sở dữ liệu quốc gia về thủ tục hành chính, dichvucong.gov.vn)
for the steps and dossiers, and the legal texts cited in ``legal_bases``; processing times are the
statutory ones or, where the law sets none, a common school practice the school should adjust.
Citations are matched to the portal's own document registry by their số ký hiệu when present.
"""

from procedures.models import ProcedureField

PROCEDURES = [
    {
        "slug": "chuyen-truong",
        "title": "Chuyển trường đối với học sinh",
        "field": ProcedureField.ENROLLMENT,
        "audience": "Cha mẹ hoặc người giám hộ của học sinh chuyển đến hoặc chuyển đi khỏi trường.",
        "place": "Văn phòng nhà trường (nơi học sinh xin chuyển đến)",
        "steps": "<ol><li>Cha mẹ học sinh nộp hồ sơ xin chuyển trường cho trường nơi học sinh xin chuyển đến.</li>"
        "<li>Trong 01 ngày làm việc, hiệu trưởng trường nơi chuyển đến xem xét, đồng ý tiếp nhận; trường hợp không "
        "đồng ý phải trả lời bằng văn bản và nêu rõ lý do.</li><li>Trường nơi chuyển đến gửi văn bản đồng ý cho "
        "trường nơi chuyển đi; trong 01 ngày làm việc trường nơi chuyển đi trả hồ sơ học sinh.</li>"
        "<li>Học sinh nhập học tại trường mới.</li></ol>",
        "dossier": "<ul><li>Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký (theo mẫu).</li>"
        "<li>Học bạ (bản chính).</li><li>Bằng tốt nghiệp cấp học dưới hoặc giấy chứng nhận hoàn thành chương trình "
        "(bản sao hợp lệ), nếu có.</li><li>Bản sao giấy khai sinh.</li><li>Giấy giới thiệu chuyển trường của trường "
        "nơi chuyển đi.</li></ul>",
        "processing_time": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "result": "Văn bản đồng ý tiếp nhận; học sinh được xếp lớp",
        "legal_bases": [
            "Quyết định 51/2002/QĐ-BGDĐT ngày 25/12/2002 ban hành Quy định chuyển trường và tiếp nhận học sinh "
            "học tại trường trung học cơ sở và trung học phổ thông",
            "Thông tư 50/2021/TT-BGDĐT ngày 31/12/2021 sửa đổi, bổ sung một số điều của Quy định chuyển trường "
            "và tiếp nhận học sinh học tại trường trung học cơ sở và trung học phổ thông",
            "Thông tư 28/2020/TT-BGDĐT ngày 04/9/2020 ban hành Điều lệ Trường tiểu học",
        ],
        "form": ("Mẫu đơn xin chuyển trường", "don-xin-chuyen-truong"),
    },
    {
        "slug": "xin-hoc-lai",
        "title": "Xin học lại đối với học sinh đã nghỉ học",
        "field": ProcedureField.STUDENT_AFFAIRS,
        "audience": "Học sinh đã nghỉ học, bỏ học hoặc bảo lưu, có nguyện vọng học lại; cha mẹ hoặc người giám hộ.",
        "place": "Văn phòng nhà trường",
        "steps": "<ol><li>Cha mẹ học sinh nộp đơn xin học lại và hồ sơ kèm theo tại văn phòng nhà trường.</li>"
        "<li>Nhà trường kiểm tra hồ sơ, đối chiếu kết quả học tập đã đạt và độ tuổi theo Điều lệ trường.</li>"
        "<li>Hiệu trưởng quyết định tiếp nhận, xếp lớp hoặc trả lời bằng văn bản nêu rõ lý do.</li></ol>",
        "dossier": "<ul><li>Đơn xin học lại (theo mẫu).</li><li>Học bạ (bản chính).</li>"
        "<li>Giấy tờ xác nhận lý do nghỉ học (nếu có), giấy xác nhận của địa phương khi "
        "nghỉ từ 01 năm học trở lên.</li>"
        "</ul>",
        "processing_time": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "result": "Quyết định tiếp nhận và xếp lớp",
        "legal_bases": [
            "Thông tư 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ trường trung học cơ sở, trường trung học "
            "phổ thông và trường phổ thông có nhiều cấp học",
            "Quyết định 51/2002/QĐ-BGDĐT ngày 25/12/2002 ban hành Quy định chuyển trường và tiếp nhận học sinh "
            "học tại trường trung học cơ sở và trung học phổ thông",
        ],
        "form": ("Mẫu đơn xin học lại", "don-xin-hoc-lai"),
    },
    {
        "slug": "phuc-khao-bai-kiem-tra-bai-thi",
        "title": "Phúc khảo bài kiểm tra, bài thi",
        "field": ProcedureField.ASSESSMENT,
        "audience": "Học sinh (qua cha mẹ hoặc người giám hộ) có nguyện vọng chấm lại bài kiểm tra "
        "định kỳ hoặc bài thi.",
        "place": "Văn phòng nhà trường hoặc nộp đơn trực tuyến",
        "steps": "<ol><li>Nộp đơn phúc khảo trong thời hạn nhà trường (hoặc hội đồng thi) thông báo, thường 05 ngày "
        "làm việc kể từ ngày công bố điểm.</li><li>Nhà trường lập danh sách, tổ chức chấm phúc khảo do giáo viên khác "
        "chấm.</li><li>Công bố kết quả phúc khảo và điều chỉnh điểm (nếu có).</li></ol>",
        "dossier": "<ul><li>Đơn phúc khảo ghi rõ môn, bài kiểm tra/bài thi, điểm đã công bố (theo mẫu).</li></ul>",
        "processing_time": "10 ngày làm việc kể từ ngày hết hạn nhận đơn",
        "fee": "Không đối với bài kiểm tra tại trường; bài thi tuyển sinh theo quy định của hội đồng thi",
        "result": "Thông báo kết quả phúc khảo",
        "legal_bases": [
            "Thông tư 22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh trung học cơ sở và học sinh "
            "trung học phổ thông",
            "Thông tư 30/2024/TT-BGDĐT ngày 30/12/2024 ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh "
            "trung học phổ thông",
        ],
        "form": ("Mẫu đơn phúc khảo", "don-phuc-khao"),
    },
    {
        "slug": "mien-giam-hoc-phi",
        "title": "Miễn, giảm học phí và hỗ trợ chi phí học tập",
        "field": ProcedureField.FEES,
        "audience": "Cha mẹ học sinh thuộc diện được miễn, giảm học phí hoặc hỗ trợ chi phí học tập (học sinh mồ côi, "
        "khuyết tật, hộ nghèo, cận nghèo, con của người có công...).",
        "place": "Văn phòng nhà trường",
        "steps": "<ol><li>Trong 30 ngày kể từ ngày khai giảng, cha mẹ học sinh nộp đơn và giấy tờ chứng minh thuộc "
        "đối tượng.</li><li>Nhà trường xét duyệt, lập danh sách, gửi Phòng GD&amp;ĐT thẩm định (đối với hỗ trợ chi phí "
        "học tập).</li><li>Thông báo kết quả và thực hiện chế độ theo học kỳ.</li></ol>",
        "dossier": "<ul><li>Đơn đề nghị miễn, giảm học phí hoặc hỗ trợ chi phí học tập (theo mẫu).</li>"
        "<li>Bản sao giấy tờ chứng minh thuộc đối tượng (giấy chứng nhận hộ nghèo, cận nghèo; giấy xác nhận khuyết "
        "tật; giấy tờ của cơ quan có thẩm quyền...).</li></ul>",
        "processing_time": "Xét duyệt trong 10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ",
        "fee": "Không",
        "result": "Danh sách được miễn, giảm, hỗ trợ được phê duyệt",
        "legal_bases": [
            "Nghị định 81/2021/NĐ-CP ngày 27/8/2021 quy định về cơ chế thu, quản lý học phí, chính sách miễn, giảm "
            "học phí, hỗ trợ chi phí học tập",
            "Nghị định 97/2023/NĐ-CP ngày 31/12/2023 sửa đổi, bổ sung một số điều của Nghị định 81/2021/NĐ-CP",
        ],
        "form": ("Mẫu đơn đề nghị miễn, giảm học phí", "don-mien-giam-hoc-phi"),
    },
    {
        "slug": "xac-nhan-hoc-sinh",
        "title": "Cấp giấy xác nhận học sinh đang học tại trường",
        "field": ProcedureField.STUDENT_AFFAIRS,
        "audience": "Học sinh đang học tại trường, cha mẹ hoặc người giám hộ (bổ túc hồ sơ bảo hiểm, "
        "chế độ, cư trú...).",
        "place": "Văn phòng nhà trường hoặc nộp đơn trực tuyến",
        "steps": "<ol><li>Nộp giấy đề nghị xác nhận, ghi rõ mục đích.</li><li>Văn phòng đối chiếu hồ sơ học sinh, "
        "trình hiệu trưởng ký.</li><li>Nhận giấy xác nhận tại văn phòng.</li></ol>",
        "dossier": "<ul><li>Giấy đề nghị xác nhận học sinh (theo mẫu).</li></ul>",
        "processing_time": "01 ngày làm việc",
        "fee": "Không",
        "result": "Giấy xác nhận học sinh",
        "legal_bases": [
            "Thông tư 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ trường trung học cơ sở, trường trung học "
            "phổ thông và trường phổ thông có nhiều cấp học",
        ],
        "form": ("Mẫu giấy đề nghị xác nhận học sinh", "giay-de-nghi-xac-nhan"),
    },
    {
        "slug": "cap-ban-sao-van-bang-chung-chi",
        "title": "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "field": ProcedureField.DIPLOMAS,
        "audience": "Người được cấp văn bằng, chứng chỉ (hoặc người đại diện theo pháp luật, người được ủy quyền).",
        "place": "Cơ quan, trường đang quản lý sổ gốc cấp văn bằng, chứng chỉ",
        "steps": "<ol><li>Nộp yêu cầu trực tiếp hoặc qua bưu điện, xuất trình giấy tờ tùy thân.</li>"
        "<li>Cơ quan quản lý sổ gốc đối chiếu sổ gốc; nếu có, cấp bản sao; nếu không, trả lời bằng văn bản.</li></ol>"
        "<p>Bằng tốt nghiệp trung học cơ sở không còn được cấp từ ngày 01/01/2026 (việc hoàn thành chương trình được "
        "ghi trong học bạ); bản sao các bằng đã cấp vẫn được cấp từ sổ gốc.</p>",
        "dossier": "<ul><li>Đơn đề nghị cấp bản sao từ sổ gốc (theo mẫu).</li><li>Giấy tờ tùy thân còn hiệu lực để "
        "đối chiếu; giấy ủy quyền nếu nhờ người khác nhận.</li></ul>",
        "processing_time": "Ngay trong ngày tiếp nhận; trường hợp nhận sau 15 giờ thì trả trong ngày làm "
        "việc tiếp theo",
        "fee": "Theo quy định về phí cấp bản sao từ sổ gốc",
        "result": "Bản sao văn bằng, chứng chỉ từ sổ gốc",
        "legal_bases": [
            "Nghị định 23/2015/NĐ-CP ngày 16/02/2015 về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, "
            "chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
            "Thông tư 21/2019/TT-BGDĐT ngày 29/11/2019 ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, "
            "bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của "
            "hệ thống giáo dục quốc dân",
        ],
        "form": ("Mẫu đơn đề nghị cấp bản sao văn bằng", "don-cap-ban-sao-van-bang"),
    },
    {
        "slug": "don-xin-nghi-hoc",
        "title": "Xin phép cho học sinh nghỉ học",
        "field": ProcedureField.STUDENT_AFFAIRS,
        "audience": "Cha mẹ hoặc người giám hộ của học sinh cần nghỉ học có phép.",
        "place": "Giáo viên chủ nhiệm, văn phòng nhà trường hoặc nộp đơn trực tuyến",
        "steps": "<ol><li>Cha mẹ học sinh gửi đơn xin phép trước ngày nghỉ (trường hợp đột xuất: báo giáo viên chủ "
        "nhiệm và bổ sung đơn sau).</li><li>Giáo viên chủ nhiệm ghi nhận; nghỉ dài ngày trình hiệu trưởng.</li></ol>",
        "dossier": "<ul><li>Đơn xin phép nghỉ học ghi rõ lý do và số ngày nghỉ (theo mẫu).</li><li>Giấy của cơ sở y tế "
        "nếu nghỉ ốm dài ngày.</li></ul>",
        "processing_time": "Trong ngày",
        "fee": "Không",
        "result": "Học sinh được ghi nhận nghỉ có phép",
        "legal_bases": [
            "Thông tư 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ trường trung học cơ sở, trường trung học "
            "phổ thông và trường phổ thông có nhiều cấp học",
            "Thông tư 28/2020/TT-BGDĐT ngày 04/9/2020 ban hành Điều lệ Trường tiểu học",
        ],
        "form": ("Mẫu đơn xin phép nghỉ học", "don-xin-nghi-hoc"),
    },
]
