<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">同意分享我的信息</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">披露受 42 CFR Part 2 保护的记录的书面同意书</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">我的姓名</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">谁可以分享我的信息</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">谁可以接收这些信息</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">可以分享哪些信息</translation>
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
        <translation type="unfinished">本同意何时结束</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">本同意于%1结束。</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">本同意在发生以下事件时结束：%1。</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">本同意于%1结束；如果以下事件更早发生，则在该事件发生时结束：%2。</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">我撤回同意的权利</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">我可以随时撤回（收回）本同意。撤回须以书面形式进行：写一份签名并注明日期的说明，当面交给或寄给%1。从收到说明的那一天起，撤回会停止一切分享；但在此之前依据本同意已经分享的内容或已经做出的行动，不会因撤回而被撤销。</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">如果本同意书中写明了区域中心（hub）：%1会把我的撤回通知随下一次每月汇总资料一起发给该区域中心。然后，该区域中心会从其记录中删除我的姓名、联系方式和我分享过的内容，并在同一天删除仍保存着这些信息的旧备份。</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">为治疗、付款或医疗保健运营而分享</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">如果我的记录为了治疗、付款或医疗保健运营而被分享给 HIPAA 受保实体或业务伙伴，这些记录可以在 HIPAA 允许的范围内被再次分享；一旦被再次分享，它们可能不再受 42 CFR Part 2 保护。</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">如果我不签字</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">我不是必须签署本同意书。如果我不签字，%1不会为此目的把我的记录分享给这个接收方。我在%1获得的服务，不取决于我是否签字。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">签名</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">我的签名</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">或：获授权代我签字的人的签名，以及其获得授权的依据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">见证人</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">（待填写）</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">我可以获得本表格的一份副本。</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">致接收方的通知（42 CFR § 2.32）</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">凡依据本同意进行的每一次披露，都须附上本通知。</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">本通知的英文原文（按法规的原话）：</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">第 %1 页</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">治疗</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">医疗保健运营</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">协调我的照护和支持</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">应我的要求</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">此处写明的任何目的</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">我的联系方式</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">我的初次面谈：优势、对我重要的事、康复资本</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">我的康复目标和步骤</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">我的支持网络</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">我与工作人员的定期交流</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">我被转介到其他服务的记录</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">关于我的物质使用和治疗的记录</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">中心保存的我的全部记录</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">向您披露的本记录受联邦保密规定（42 CFR part 2）保护。这些规定禁止您在任何联邦、州或地方机构针对该患者的任何民事、刑事、行政或立法程序中，使用或披露本记录，或描述本记录所含信息的证词，除非经该患者的同意授权，但 42 CFR 2.12(c)(5) 另有规定或法院依照 42 CFR 2.64 或 2.65 授权的情形除外。此外，联邦规定禁止您以任何其他方式使用或披露本记录，除非至少符合以下一项：(i) 其信息在本记录中被披露的个人以书面同意明确允许进一步使用或披露，或 42 CFR part 2 另有允许；(ii) 您是受保实体或业务伙伴，并且为了治疗、付款或医疗保健运营而收到本记录；或 (iii) 您依照 45 CFR part 164 A 分部和 E 分部的允许，从受保实体或业务伙伴处收到本记录。一般性的医疗信息或其他信息公开授权，并不足以满足为进一步使用或再次披露本记录所需的书面同意的必备要件（见 42 CFR 2.31）。</translation>
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
        <translation type="unfinished">同伴和引导人</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">互助小组</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">信仰与灵性</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">社区与社团</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">医疗照护</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">住房</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">工作与学习</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">法律与福利</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">个人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">团体</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">机构或服务</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">强</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">一般</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">弱</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">有帮助</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">有压力</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">好坏参半</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">他们支持我</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">我支持他们</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">我们互相支持</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">每周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">每月</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">一年几次</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">很少</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">很顺利</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">有好有坏</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">不顺利</translation>
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
        <translation type="unfinished">同伴</translation>
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
        <translation type="unfinished">社区</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">医疗</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">住房</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">工/学</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">法/福</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">弱 / 不稳固</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">好坏参半：既有帮助也有压力</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">他们支持本人</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">本人支持他们</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">双向支持</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">图例</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">生活领域</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">关系</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">支持的方向</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">形状</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">彼此认识的成员</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">本人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">成员</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">我的康复计划</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · %3与%2共同制定</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · 制定于%2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">我的优势</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">我们还没有写下您的优势——下次我们一起把它们找出来吧。</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">对我重要的事</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">我的希望</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">我们还没有聊过对您最重要的是什么——我们很想听您说说。</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">我的目标</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">我们还没有一起写下目标——下次谈话时再一起写。</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">为什么这对我很重要：%1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">目标日期：%1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">我们会一起商量最初的几个步骤。</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">谁来帮忙：%1</translation>
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
        <translation type="unfinished">谁在帮我</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">帮助我完成这些步骤的人：</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">您的步骤还没有写上帮忙的人——我们可以一起想想谁能帮上忙。</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">我的支持网络</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">我们还没有画出您的支持网络——下次可以一起把它画出来。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">电话：%1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">我的困难应对计划</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">我们还没有制定困难应对计划——最好在需要之前就一起做好。</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">情况开始变得困难的信号</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">对我有帮助的</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">对我没有帮助的</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">我可以打电话找的人</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">我可以去的安全地方</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">我正在使用的服务</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">我们还没有帮您联系其他服务——如果您需要，请告诉我们。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">开放时间：%1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">如何联系中心</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">请拨打%1联系我们。</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">我们的开放时间：%1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">给我们写信：%1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">开放时间内随时欢迎您过来——和我们聊天不需要预约。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">请向给您这份计划的同伴支持专员询问中心的地址和开放时间。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">请向给您这份计划的同伴支持专员询问中心的地址。</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">请向给您这份计划的同伴支持专员询问中心的开放时间。</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">这份计划属于您。我们见面时请带上它；您想改的时候，我们随时可以一起修改。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">转介单</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">开放时间</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">请找</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">需要带的东西</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">您去的原因</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">由%1于%2转介。</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">有问题吗？请拨打%1联系我们。</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">有问题吗？欢迎到中心来问我们。</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">请打电话询问他们的开放时间。</translation>
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
