<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">내 정보 공유에 대한 동의</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">42 CFR Part 2에 따라 보호되는 기록의 공개에 관한 서면 동의서</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">내 이름</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">내 정보를 공유할 수 있는 사람·기관</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">정보를 받을 수 있는 사람·기관</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">공유할 수 있는 정보</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">공유하는 이유(목적)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">이 동의는 %1부터 효력이 있습니다.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">이 동의가 끝나는 때</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">이 동의는 %1에 끝납니다.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">이 동의는 다음 일이 생기면 끝납니다: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">이 동의는 %1에 끝납니다. 그보다 먼저 다음 일이 생기면 그때 끝납니다: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">동의를 철회할 나의 권리</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">나는 언제든지 이 동의를 철회(취소)할 수 있습니다. 철회는 서면으로 합니다. 서명하고 날짜를 적은 글을 %1에 직접 내거나 보내면 됩니다. 철회하면 그 글이 접수된 날부터 모든 공유가 중단됩니다. 하지만 그 전에 이 동의를 근거로 이미 공유된 것이나 이미 이루어진 일은 되돌려지지 않습니다.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">이 동의에 지역 허브(hub)가 적혀 있는 경우: %1에서 다음 월간 자료 묶음과 함께 나의 철회 내용을 허브로 보냅니다. 그러면 허브는 자신의 기록에서 내 이름, 연락처, 내가 공유한 내용을 삭제하고, 같은 날 그 정보가 아직 남아 있는 이전 백업도 삭제합니다.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">치료, 지불 또는 의료 운영을 위한 공유</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">내 기록이 치료, 지불 또는 의료 운영을 위해 HIPAA 적용 대상 기관이나 업무 제휴자에게 공유되면, 그 기록은 HIPAA가 허용하는 범위에서 다시 공유될 수 있으며, 일단 다시 공유되면 더 이상 42 CFR Part 2의 보호를 받지 못할 수 있습니다.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">서명하지 않는 경우</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">나는 이 동의서에 서명하지 않아도 됩니다. 서명하지 않으면 %1에서는 이 목적으로 이 수신자에게 내 기록을 공유하지 않습니다. %1에서 내가 받는 서비스는 서명 여부에 달려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">서명</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">내 서명</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">또는: 나를 대신하여 서명할 권한이 있는 사람의 서명과 그 권한의 근거</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">날짜</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">증인</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(나중에 기입)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">나는 이 양식의 사본을 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">수신자에 대한 고지 (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">이 고지문은 이 동의에 따라 이루어지는 모든 공개에 함께 첨부됩니다.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">규정에 적힌 그대로의 영어 고지문:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">%1쪽</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">치료</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">지불</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">의료 운영</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">나의 돌봄과 지원 조정</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">내 요청에 따라</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">기타</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">여기에 적힌 모든 목적</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">내 연락처</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">나의 초기 면담: 강점, 나에게 중요한 것, 회복 자본</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">나의 회복 목표와 그 단계</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">나의 지지 네트워크</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">직원과 나의 정기 만남</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">내가 다른 서비스로 연계된 내용</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">나의 물질(술·약물) 사용과 치료에 관한 기록</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">센터가 가지고 있는 나의 모든 기록</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">귀하에게 공개된 이 기록은 연방 비밀유지 규정(42 CFR part 2)에 의해 보호됩니다. 이 규정은 환자의 동의로 허가되었거나, 42 CFR 2.12(c)(5)에 규정되어 있거나, 42 CFR 2.64 또는 2.65에 따라 법원이 허가한 경우를 제외하고, 연방, 주 또는 지방 당국이 환자를 상대로 진행하는 어떠한 민사, 형사, 행정 또는 입법 절차에서도 귀하가 이 기록이나 이 기록에 담긴 정보를 설명하는 증언을 사용하거나 공개하는 것을 금지합니다. 또한 연방 규정은 다음 중 하나 이상에 해당하지 않는 한 귀하가 이 기록을 그 밖의 방식으로 사용하거나 공개하는 것을 금지합니다. (i) 이 기록에서 정보가 공개되는 당사자의 서면 동의로 추가 사용이나 공개가 명시적으로 허용되거나, 42 CFR part 2에 의해 달리 허용되는 경우. (ii) 귀하가 적용 대상 기관 또는 업무 제휴자이며 치료, 지불 또는 의료 운영을 위해 이 기록을 받은 경우. 또는 (iii) 귀하가 45 CFR part 164의 subpart A 및 E가 허용하는 바에 따라 적용 대상 기관 또는 업무 제휴자로부터 이 기록을 받은 경우. 의료 정보나 기타 정보의 공개에 대한 일반적인 승인은 이 기록의 추가 사용이나 재공개를 위한 서면 동의의 필수 요건을 충족하기에 충분하지 않습니다(42 CFR 2.31 참조).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">가족</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">친구</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">동료와 스폰서</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">자조 모임</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">신앙과 영성</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">지역사회와 동호회</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">의료 서비스</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">주거</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">일과 학업</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">법률과 복지</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">개인</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">모임</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">기관 또는 서비스</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">강함</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">보통</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">약함</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">도움이 됨</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">스트레스를 줌</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">둘 다</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">나를 도와줌</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">내가 도와줌</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">서로 도와줌</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">매일</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">매주</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">매달</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">1년에 몇 번</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">드물게</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">잘 되고 있음</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">좋을 때도 있고 아닐 때도 있음</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">잘 안 되고 있음</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">가족</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">친구</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">동료</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">자조</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">신앙</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">지역</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">의료</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">주거</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">일/학</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">법/복</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">약함 / 불안정함</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">둘 다: 도움도 되고 스트레스도 줌</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">본인을 도와줌</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">본인이 도와줌</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">서로 도와줌</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">범례</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">삶의 영역</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">관계</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">도움이 향하는 방향</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">모양</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">서로 아는 구성원</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">본인</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">구성원</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">나의 회복 계획</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · %3, %2에서 함께 작성</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · %2 작성</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">나의 강점</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">아직 강점을 함께 적어 보지 못했어요. 다음에 같이 찾아봐요.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">나에게 중요한 것</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">나의 희망</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">무엇이 가장 중요한지 아직 이야기 나누지 못했어요. 꼭 듣고 싶어요.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">나의 목표</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">아직 목표를 함께 적지 않았어요. 다음 만남에서 같이 해요.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">나에게 중요한 이유: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">목표 날짜: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">첫 단계는 함께 정해요.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">도와주는 사람: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">%1까지</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">%1 완료</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">나</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">도와주는 사람들</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">나의 단계를 도와주는 사람들:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">아직 단계를 도와줄 사람이 정해지지 않았어요. 누가 도와줄 수 있을지 함께 생각해 봐요.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">나의 지지 네트워크</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">아직 지지 네트워크를 그리지 않았어요. 다음에 함께 그려 봐요.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">전화: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">힘들 때를 위한 나의 계획</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">아직 힘들 때를 위한 계획을 세우지 않았어요. 필요해지기 전에 함께 세워 두면 좋아요.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">상황이 힘들어지고 있다는 신호</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">나에게 도움이 되는 것</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">도움이 되지 않는 것</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">전화할 수 있는 사람들</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">갈 수 있는 안전한 곳</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">내가 이용하는 서비스</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">아직 저희를 통해 다른 서비스와 연결되지 않았어요. 원하시면 말씀해 주세요.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">운영 시간: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">센터에 연락하는 방법</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">이 번호로 전화 주세요: %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">저희 운영 시간: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">글로 연락하실 곳: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">운영 시간에는 언제든지 오세요. 저희와 이야기하는 데 예약은 필요 없어요.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">이 계획을 드린 동료지원가에게 센터 주소와 운영 시간을 물어보세요.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">이 계획을 드린 동료지원가에게 센터 주소를 물어보세요.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">이 계획을 드린 동료지원가에게 센터 운영 시간을 물어보세요.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">이 계획의 주인은 바로 본인이에요. 만날 때 가져오시면, 원하실 때 언제든 함께 고쳐요.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">%2쪽 중 %1쪽</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">연계 안내</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">장소</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">전화</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">운영 시간</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">찾을 사람</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">가져갈 것</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">방문 이유</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">%2에 %1 님이 연계했습니다.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">궁금한 점이 있으면 전화 주세요: %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">궁금한 점이 있으면 센터에서 물어보세요.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">운영 시간은 전화로 물어보세요.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">매일</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">모름</translation>
    </message>
</context>
</TS>
