<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">同意分享我的個人資料</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">揭露受 42 CFR Part 2 保護之紀錄的書面同意書</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">我的姓名</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">誰可以分享我的資料</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">誰可以接收這些資料</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">可以分享哪些資料</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">分享的原因（目的）</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">本同意自%1起生效。</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">本同意何時結束</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">本同意於%1結束。</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">本同意在發生以下事件時結束：%1。</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">本同意於%1結束；如果以下事件較早發生，則在該事件發生時結束：%2。</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">我撤回同意的權利</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">我可以隨時撤回（收回）本同意。撤回必須以書面方式進行：寫一份簽名並註明日期的說明，親自交給或寄給%1。從收到說明的那一天起，撤回會停止一切分享；但在此之前依據本同意已經分享的內容或已經做出的行動，不會因撤回而被取消。</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">如果本同意書中寫明了區域中心（hub）：%1會把我的撤回通知隨下一次每月彙整資料一起送交該區域中心。接著，該區域中心會從其紀錄中刪除我的姓名、聯絡方式和我分享過的內容，並在同一天刪除仍保存這些資料的舊備份。</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">為治療、付款或醫療保健營運而分享</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">如果我的紀錄為了治療、付款或醫療保健營運而被分享給 HIPAA 受保實體或業務夥伴，這些紀錄可以在 HIPAA 允許的範圍內被再次分享；一旦被再次分享，它們可能不再受 42 CFR Part 2 保護。</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">如果我不簽名</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">我不一定要簽署本同意書。如果我不簽名，%1不會為此目的把我的紀錄分享給這個接收方。我在%1獲得的服務，不取決於我是否簽名。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">簽名</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">我的簽名</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">或：獲授權代我簽名者的簽名，以及其獲得授權的依據</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">見證人</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">（待填寫）</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">我可以取得本表格的一份副本。</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">致接收方的通知（42 CFR § 2.32）</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">凡依據本同意所做的每一次揭露，都必須附上本通知。</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">本通知的英文原文（依法規原本的用字）：</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">第 %1 頁</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">治療</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">醫療保健營運</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">協調我的照顧與支持</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">應我的要求</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">此處寫明的任何目的</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">我的聯絡方式</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">我的初次會談：優勢、對我重要的事、復元資本</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">我的復元目標與步驟</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">我的支持網絡</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">我與工作人員的定期會談</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">我被轉介到其他服務的紀錄</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">關於我的物質使用與治療的紀錄</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">中心保存的我的全部紀錄</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">向您揭露的本紀錄受聯邦保密規定（42 CFR part 2）保護。這些規定禁止您在任何聯邦、州或地方機關針對該病患的任何民事、刑事、行政或立法程序中，使用或揭露本紀錄，或描述本紀錄所含資訊的證詞，除非經該病患的同意授權，但 42 CFR 2.12(c)(5) 另有規定或法院依照 42 CFR 2.64 或 2.65 授權的情形除外。此外，聯邦規定禁止您以任何其他方式使用或揭露本紀錄，除非至少符合下列一項：(i) 其資訊在本紀錄中被揭露的個人以書面同意明確允許進一步使用或揭露，或 42 CFR part 2 另有允許；(ii) 您是受保實體或業務夥伴，並且為了治療、付款或醫療保健營運而收到本紀錄；或 (iii) 您依照 45 CFR part 164 A 分部及 E 分部的允許，從受保實體或業務夥伴處收到本紀錄。一般性的醫療資訊或其他資訊公開授權，並不足以滿足為進一步使用或再次揭露本紀錄所需之書面同意的必要要件（見 42 CFR 2.31）。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">家人</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">朋友</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">同儕與輔導人</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">互助團體</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">信仰與靈性</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">社區與社團</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">醫療照護</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">居住</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">工作與學習</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">法律與福利</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">個人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">團體</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">機構或服務</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">強</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">普通</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">有幫助</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">有壓力</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">好壞參半</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">他們支持我</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">我支持他們</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">我們互相支持</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">每週</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">每月</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">一年幾次</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">很少</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">很順利</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">有好有壞</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">不順利</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">家人</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">朋友</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">同儕</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">互助</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">信仰</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">社區</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">醫療</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">居住</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">工/學</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">法/福</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">弱 / 不穩固</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">好壞參半：既有幫助也有壓力</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">他們支持本人</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">本人支持他們</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">雙向支持</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">圖例</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">生活領域</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">關係</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">支持的方向</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">形狀</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">彼此認識的成員</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">本人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">成員</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">我的復元計畫</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · %3與%2共同擬定</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · 擬定於%2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">我的優勢</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">我們還沒有寫下您的優勢——下次我們一起把它們找出來吧。</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">對我重要的事</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">我的希望</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">我們還沒有聊過對您最重要的是什麼——我們很想聽您說說。</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">我的目標</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">我們還沒有一起寫下目標——下次談話時再一起寫。</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">為什麼這對我很重要：%1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">目標日期：%1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">我們會一起商量最初的幾個步驟。</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">誰來幫忙：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">%1前</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">%1已完成</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">我自己</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">誰在幫我</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">幫助我完成這些步驟的人：</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">您的步驟還沒有寫上幫忙的人——我們可以一起想想誰能幫上忙。</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">我的支持網絡</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">我們還沒有畫出您的支持網絡——下次可以一起把它畫出來。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">電話：%1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">我的困難應對計畫</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">我們還沒有擬定困難應對計畫——最好在需要之前就一起做好。</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">情況開始變得困難的徵兆</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">對我有幫助的</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">對我沒有幫助的</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">我可以打電話找的人</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">我可以去的安全地方</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">我正在使用的服務</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">我們還沒有幫您聯繫其他服務——如果您需要，請告訴我們。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">開放時間：%1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">如何聯絡中心</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">請撥打%1與我們聯絡。</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">我們的開放時間：%1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">寫信給我們：%1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">開放時間內隨時歡迎您過來——和我們聊聊不需要預約。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">請向給您這份計畫的同儕支持專員詢問中心的地址和開放時間。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">請向給您這份計畫的同儕支持專員詢問中心的地址。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">請向給您這份計畫的同儕支持專員詢問中心的開放時間。</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">這份計畫屬於您。我們見面時請帶著它；您想修改的時候，我們隨時可以一起修改。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">轉介單</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">開放時間</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">請找</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">需要帶的東西</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">您去的原因</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">由%1於%2轉介。</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">有問題嗎？請撥打%1與我們聯絡。</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">有問題嗎？歡迎到中心來問我們。</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">請打電話詢問他們的開放時間。</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">每天</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">不清楚</translation>
    </message>
</context>
</TS>
