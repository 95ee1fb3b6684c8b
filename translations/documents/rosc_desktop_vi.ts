<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Giấy đồng ý chia sẻ thông tin của tôi</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Văn bản đồng ý tiết lộ hồ sơ được bảo vệ theo 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Tên của tôi</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Ai được phép chia sẻ thông tin của tôi</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Ai được phép nhận thông tin</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Thông tin nào được phép chia sẻ</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Lý do chia sẻ (mục đích)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Sự đồng ý này bắt đầu có hiệu lực từ ngày %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Khi nào sự đồng ý này hết hiệu lực</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Sự đồng ý này hết hiệu lực vào ngày %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Sự đồng ý này hết hiệu lực khi xảy ra sự việc sau: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Sự đồng ý này hết hiệu lực vào ngày %1, hoặc sớm hơn khi xảy ra sự việc sau: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Quyền thu hồi của tôi</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Tôi có thể thu hồi (rút lại) sự đồng ý này bất cứ lúc nào. Tôi làm việc này bằng văn bản: một giấy có chữ ký và ghi ngày, được trao tận tay hoặc gửi đến %1. Việc thu hồi chấm dứt mọi việc chia sẻ kể từ ngày giấy thu hồi được nhận, nhưng không hủy bỏ những gì đã được chia sẻ, hoặc đã được thực hiện, dựa trên sự đồng ý này trước ngày đó.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Khi sự đồng ý này có nêu tên trung tâm khu vực (hub): %1 gửi giấy thu hồi của tôi đến hub cùng với gói dữ liệu hằng tháng kế tiếp. Sau đó, hub xóa tên, thông tin liên lạc của tôi và những gì tôi đã chia sẻ khỏi hồ sơ của hub, và ngay trong ngày đó xóa các bản sao lưu cũ hơn vẫn còn chứa những thông tin này.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Chia sẻ cho mục đích điều trị, thanh toán hoặc hoạt động chăm sóc sức khỏe</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Nếu hồ sơ của tôi được chia sẻ với một tổ chức thuộc phạm vi HIPAA (covered entity) hoặc đối tác kinh doanh (business associate) cho mục đích điều trị, thanh toán hoặc hoạt động chăm sóc sức khỏe, thì hồ sơ đó có thể được chia sẻ lại theo mức HIPAA cho phép, và một khi đã được chia sẻ lại, hồ sơ có thể không còn được 42 CFR Part 2 bảo vệ nữa.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Nếu tôi không ký</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Tôi không bắt buộc phải ký giấy đồng ý này. Nếu tôi không ký, %1 sẽ không chia sẻ hồ sơ của tôi với bên nhận này cho mục đích này. Các dịch vụ tôi nhận tại %1 không phụ thuộc vào việc tôi có ký hay không.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Chữ ký</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Chữ ký của tôi</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Hoặc: chữ ký của người được ủy quyền ký thay tôi, và thẩm quyền của người đó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Người làm chứng</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(sẽ điền sau)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Tôi có thể nhận một bản sao của mẫu đơn này.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Thông báo cho bên nhận (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Thông báo này đi kèm mỗi lần tiết lộ thông tin được thực hiện theo sự đồng ý này.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">Thông báo bằng tiếng Anh, đúng theo lời văn của quy định:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Trang %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Điều trị</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Thanh toán</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Hoạt động chăm sóc sức khỏe</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Điều phối việc chăm sóc và hỗ trợ cho tôi</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">Theo yêu cầu của tôi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Bất kỳ mục đích nào được nêu ở đây</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Thông tin liên lạc của tôi</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Buổi tiếp nhận của tôi: điểm mạnh, điều quan trọng với tôi, nguồn lực phục hồi</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Các mục tiêu phục hồi của tôi và các bước thực hiện</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Mạng lưới hỗ trợ của tôi</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Các buổi gặp định kỳ của tôi với nhân viên</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Các lần tôi được giới thiệu đến dịch vụ khác</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Hồ sơ về việc sử dụng chất gây nghiện và việc điều trị của tôi</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Tất cả hồ sơ của tôi do trung tâm lưu giữ</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Hồ sơ này, đã được tiết lộ cho quý vị, được bảo vệ bởi các quy định bảo mật của Liên bang (42 CFR part 2). Các quy định này cấm quý vị sử dụng hoặc tiết lộ hồ sơ này, hoặc lời khai mô tả thông tin có trong hồ sơ này, trong bất kỳ thủ tục tố tụng dân sự, hình sự, hành chính hoặc lập pháp nào của bất kỳ cơ quan Liên bang, Tiểu bang hoặc địa phương nào, nhằm chống lại bệnh nhân, trừ khi được bệnh nhân đồng ý cho phép, ngoại trừ các trường hợp được quy định tại 42 CFR 2.12(c)(5) hoặc được tòa án cho phép theo 42 CFR 2.64 hoặc 2.65. Ngoài ra, các quy định của Liên bang cấm quý vị sử dụng hoặc tiết lộ hồ sơ này theo bất kỳ cách nào khác, trừ khi có ít nhất một trong các trường hợp sau: (i) Việc sử dụng hoặc tiết lộ thêm được cho phép một cách rõ ràng bằng văn bản đồng ý của cá nhân có thông tin đang được tiết lộ trong hồ sơ này, hoặc được 42 CFR part 2 cho phép theo cách khác. (ii) Quý vị là một tổ chức thuộc phạm vi áp dụng (covered entity) hoặc đối tác kinh doanh (business associate) và đã nhận hồ sơ cho mục đích điều trị, thanh toán hoặc hoạt động chăm sóc sức khỏe, hoặc (iii) Quý vị đã nhận hồ sơ từ một tổ chức thuộc phạm vi áp dụng hoặc đối tác kinh doanh theo sự cho phép của 45 CFR part 164, tiểu phần A và E. Một giấy ủy quyền chung cho việc cung cấp thông tin y tế hoặc thông tin khác KHÔNG đủ để đáp ứng các yếu tố bắt buộc của văn bản đồng ý cho việc sử dụng thêm hoặc tiết lộ lại hồ sơ (xem 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gia đình</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Bạn bè</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Bạn đồng đẳng và người đỡ đầu</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Nhóm tương trợ</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Đức tin và tâm linh</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Cộng đồng và câu lạc bộ</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Chăm sóc y tế</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Nhà ở</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Việc làm và học tập</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Pháp lý và trợ cấp</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Cá nhân</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Nhóm</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Tổ chức hoặc dịch vụ</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Mạnh</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Vừa</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Yếu</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Hỗ trợ</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Căng thẳng</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Lẫn lộn</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Họ hỗ trợ tôi</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Tôi hỗ trợ họ</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Chúng tôi hỗ trợ nhau</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Hằng ngày</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Hằng tuần</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Hằng tháng</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Vài lần một năm</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Hiếm khi</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Đang ổn</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Có mặt tốt, có mặt chưa</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Chưa ổn</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">GĐ</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">BB</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">ĐĐ</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">TT</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">ĐT</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">CĐ</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">YT</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">NƠ</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">V/H</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">P/T</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Yếu / mong manh</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Lẫn lộn: vừa hỗ trợ vừa căng thẳng</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Họ hỗ trợ người này</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">Người này hỗ trợ họ</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Hỗ trợ hai chiều</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Chú thích</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Các lĩnh vực trong cuộc sống</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Mối quan hệ</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Chiều hỗ trợ</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Hình dạng</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Những người quen biết nhau</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">Người này</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Thành viên</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Kế hoạch phục hồi của tôi</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · lập cùng %2 ngày %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · lập ngày %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Điểm mạnh của tôi</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Chúng ta chưa ghi lại những điểm mạnh của bạn — lần tới chúng ta cùng nhau tìm ra nhé.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Điều quan trọng với tôi</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Hy vọng của tôi</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Chúng ta chưa nói về điều quan trọng nhất với bạn — chúng tôi rất muốn được nghe.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Chúng ta chưa cùng nhau viết ra mục tiêu — việc đó để dành cho lần nói chuyện tới.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Vì sao điều này quan trọng: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Dự kiến đạt được: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Chúng ta sẽ cùng nhau tìm ra những bước đầu tiên.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">người giúp: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">trước ngày %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">xong ngày %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">tôi</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Ai giúp tôi</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Những người giúp tôi thực hiện các bước:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Chưa có ai được ghi tên để giúp bạn với các bước — chúng ta có thể cùng nghĩ xem ai có thể giúp.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Mạng lưới hỗ trợ của tôi</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Chúng ta chưa vẽ mạng lưới hỗ trợ của bạn — lần tới chúng ta có thể cùng nhau vẽ.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Điện thoại: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Kế hoạch của tôi khi gặp khó khăn</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Chúng ta chưa lập kế hoạch khi gặp khó khăn — nên cùng nhau làm trước khi cần đến.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Dấu hiệu cho thấy mọi việc đang trở nên khó khăn</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Điều giúp được tôi</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Điều không giúp ích</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Người tôi có thể gọi</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Nơi an toàn tôi có thể đến</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Các dịch vụ tôi đang sử dụng</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Chúng tôi chưa kết nối bạn với dịch vụ nào khác — hãy hỏi chúng tôi nếu bạn muốn.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Giờ mở cửa: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Cách liên lạc với trung tâm</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Hãy gọi cho chúng tôi theo số %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Giờ mở cửa của chúng tôi: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Viết cho chúng tôi: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Bạn có thể ghé bất cứ lúc nào chúng tôi mở cửa — không cần hẹn trước để nói chuyện với chúng tôi.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Hãy hỏi chuyên viên hỗ trợ đồng đẳng đã đưa bạn kế hoạch này để biết địa chỉ và giờ mở cửa của trung tâm.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Hãy hỏi chuyên viên hỗ trợ đồng đẳng đã đưa bạn kế hoạch này để biết địa chỉ của trung tâm.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Hãy hỏi chuyên viên hỗ trợ đồng đẳng đã đưa bạn kế hoạch này để biết giờ mở cửa của trung tâm.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Kế hoạch này là của bạn. Hãy mang theo khi chúng ta gặp nhau, và chúng ta sẽ thay đổi nó bất cứ khi nào bạn muốn.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Điện thoại</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Giờ mở cửa</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Xin gặp</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Cần mang theo</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Lý do bạn đến</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Được %1 giới thiệu ngày %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Có thắc mắc? Hãy gọi cho chúng tôi theo số %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Có thắc mắc? Hãy hỏi chúng tôi tại trung tâm.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Hãy gọi để hỏi giờ họ mở cửa.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Hằng ngày</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Chưa rõ</translation>
    </message>
</context>
</TS>
