<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">الموافقة على مشاركة معلوماتي</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">موافقة خطية على الإفصاح عن السجلات المحمية بموجب 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">اسمي</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">من يجوز له مشاركة معلوماتي</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">من يجوز له تلقيها</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">ما المعلومات التي يجوز مشاركتها</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">سبب مشاركتها (الغرض)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">تبدأ هذه الموافقة في %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">متى تنتهي هذه الموافقة</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">تنتهي هذه الموافقة في %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">تنتهي هذه الموافقة عند وقوع هذا الحدث: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">تنتهي هذه الموافقة في %1، أو قبل ذلك عند وقوع هذا الحدث: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">حقي في سحب الموافقة</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">يمكنني سحب (استرجاع) هذه الموافقة في أي وقت. أفعل ذلك كتابةً: بمذكرة موقّعة ومؤرّخة أسلّمها أو أرسلها إلى %1. يوقف سحب الموافقة أي مشاركة اعتبارًا من يوم استلامه، لكنه لا يلغي ما تمت مشاركته أو فعله بالفعل اعتمادًا على هذه الموافقة قبل ذلك اليوم.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">إذا ذكرت هذه الموافقة المركز الإقليمي (hub): يرسل %1 سحبي للموافقة إلى المركز الإقليمي مع حزمته الشهرية التالية. ثم يحذف المركز الإقليمي من سجلاته اسمي وبيانات الاتصال الخاصة بي وما شاركته، ويحذف في اليوم نفسه نسخه الاحتياطية الأقدم التي لا تزال تحتوي عليها.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">المشاركة لأغراض العلاج أو الدفع أو عمليات الرعاية الصحية</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">إذا تمت مشاركة سجلاتي مع جهة مشمولة بقانون HIPAA (covered entity) أو شريك تجاري (business associate) لأغراض العلاج أو الدفع أو عمليات الرعاية الصحية، فيجوز مشاركتها مرة أخرى بالقدر الذي يسمح به HIPAA، وبعد مشاركتها مرة أخرى قد لا تبقى محمية بموجب 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">إذا لم أوقّع</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">لا يلزمني التوقيع على هذه الموافقة. إذا لم أوقّع، فلن يشارك %1 سجلاتي مع هذا المتلقي لهذا الغرض. الخدمات التي أتلقاها في %1 لا تتوقف على توقيعي.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">التوقيع</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">توقيعي</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">أو: توقيع الشخص المخوّل بالتوقيع نيابةً عني، وسند تخويله</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">الشاهد</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(يُملأ لاحقًا)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">يحق لي الحصول على نسخة من هذا النموذج.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">إشعار إلى المتلقي (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">يُرفق هذا الإشعار بكل إفصاح يتم بموجب هذه الموافقة.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">نص الإشعار بالإنجليزية كما ورد في اللائحة:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">الصفحة %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">العلاج</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">الدفع</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">عمليات الرعاية الصحية</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">تنسيق رعايتي ودعمي</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">بناءً على طلبي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">غير ذلك</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">أي غرض مذكور هنا</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">بيانات الاتصال الخاصة بي</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">مقابلة الاستقبال الخاصة بي: نقاط القوة، وما يهمني، ورأس مال التعافي</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">أهدافي في التعافي وخطواتها</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">شبكة دعمي</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">لقاءات المتابعة بيني وبين الموظفين</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">إحالاتي إلى خدمات أخرى</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">السجلات المتعلقة باستخدامي للمواد المؤثرة نفسيًا وعلاجي</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">جميع سجلاتي المحفوظة لدى المركز</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">هذا السجل الذي تم الإفصاح عنه لك محمي بموجب قواعد السرية الفيدرالية (42 CFR part 2). وتحظر عليك هذه القواعد استخدام هذا السجل أو الإفصاح عنه، أو عن أي شهادة تصف المعلومات الواردة فيه، في أي إجراءات مدنية أو جنائية أو إدارية أو تشريعية تتخذها أي سلطة فيدرالية أو سلطة ولاية أو سلطة محلية ضد المريض، ما لم يأذن المريض بذلك بموافقته، باستثناء ما هو منصوص عليه في 42 CFR 2.12(c)(5) أو ما تأذن به محكمة وفقًا لـ 42 CFR 2.64 أو 2.65. وبالإضافة إلى ذلك، تحظر عليك القواعد الفيدرالية أي استخدام آخر لهذا السجل أو أي إفصاح آخر عنه ما لم ينطبق واحد على الأقل مما يلي: (i) أن يكون الاستخدام أو الإفصاح اللاحق مسموحًا به صراحةً بموجب الموافقة الخطية للشخص الذي يتم الإفصاح عن معلوماته في هذا السجل، أو مسموحًا به على نحو آخر بموجب 42 CFR part 2؛ (ii) أن تكون جهة مشمولة (covered entity) أو شريكًا تجاريًا (business associate) وقد تلقيت السجل لأغراض العلاج أو الدفع أو عمليات الرعاية الصحية؛ أو (iii) أن تكون قد تلقيت السجل من جهة مشمولة أو شريك تجاري على النحو الذي يسمح به 45 CFR part 164، الجزءان الفرعيان A وE. إن التفويض العام بالإفصاح عن المعلومات الطبية أو غيرها لا يكفي لاستيفاء العناصر المطلوبة في الموافقة الخطية على الاستخدام اللاحق للسجل أو إعادة الإفصاح عنه (انظر 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">الأسرة</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">الأصدقاء</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">الأقران والراعي</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">مجموعات الدعم المتبادل</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">الإيمان والروحانية</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">المجتمع والنوادي</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">الرعاية الطبية</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">السكن</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">العمل والتعليم</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">الشؤون القانونية والإعانات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">شخص</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">مجموعة</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">منظمة أو خدمة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">قوية</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">متوسطة</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">ضعيفة</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">داعمة</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">مُرهِقة</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">مختلطة</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">أتلقى الدعم</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">أقدّم الدعم</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">ندعم بعضنا بعضًا</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">كل أسبوع</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">كل شهر</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">بضع مرات في السنة</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">نادرًا</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">تسير على ما يرام</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">جيدة أحيانًا وصعبة أحيانًا</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">لا تسير على ما يرام</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">أسرة</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">أصدقاء</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">أقران</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">تعاضد</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">إيمان</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">مجتمع</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">طب</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">سكن</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">عمل</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">حقوق</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">ضعيفة / هشّة</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">مختلطة: داعمة ومُرهِقة</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">العضو يدعم الشخص</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">الشخص يدعم العضو</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">دعم في الاتجاهين</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">دليل الرموز</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">مجالات الحياة</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">الروابط</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">اتجاه الدعم</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">الأشكال</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">أعضاء يعرف بعضهم بعضًا</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">الشخص</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">عضو</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">خطتي للتعافي</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · أُعدّت مع %2 في %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · أُعدّت في %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">نقاط قوتي</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">لم نكتب نقاط قوتك بعد — سنكتشفها معًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">ما يهمني</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">آمالي</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">لم نتحدث بعد عمّا يهمك أكثر من أي شيء — نودّ أن نسمعه منك.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">أهدافي</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">لم نكتب أهدافًا معًا بعد — سنفعل ذلك في حديثنا القادم.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">لماذا يهمني ذلك: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">الموعد المستهدف: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">سنحدد الخطوات الأولى معًا.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">من يساعدني: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">بحلول %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">تمّت في %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">أنا</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">من يساعدني</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">الأشخاص الذين يساعدونني في خطواتي:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">لم نحدد بعد أحدًا لمساعدتك في خطواتك — يمكننا أن نفكر معًا فيمن يستطيع المساعدة.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">شبكة دعمي</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">لم نرسم شبكة دعمك بعد — يمكننا رسمها معًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">الهاتف: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">خطتي للأوقات الصعبة</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">لم نضع خطة للأوقات الصعبة بعد — من المفيد أن نضعها معًا قبل أن نحتاج إليها.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">علامات تدل على أن الأمور بدأت تصعب</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">ما يساعدني</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">ما لا يساعدني</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">أشخاص يمكنني الاتصال بهم</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">أماكن آمنة يمكنني الذهاب إليها</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">الخدمات التي أتواصل معها</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">لم نوصلك بعد بخدمات أخرى — إن رغبت في ذلك، فما عليك إلا سؤالنا.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">ساعات العمل: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">كيفية التواصل مع المركز</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">يمكنك الاتصال بنا على %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">نفتح أبوابنا: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">للمراسلة: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">يمكنك المجيء في أي وقت نكون فيه مفتوحين — لا حاجة إلى موعد للتحدث معنا.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">يمكنك سؤال أخصائي دعم الأقران الذي أعطاك هذه الخطة عن عنوان المركز وساعات عمله.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">يمكنك سؤال أخصائي دعم الأقران الذي أعطاك هذه الخطة عن عنوان المركز.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">يمكنك سؤال أخصائي دعم الأقران الذي أعطاك هذه الخطة عن ساعات عمل المركز.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">هذه الخطة لك. من المفيد إحضارها عندما نلتقي، وسنغيّرها متى شئت.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">إحالة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ساعات العمل</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">السؤال عن</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">ما يلزم إحضاره</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">سبب ذهابك</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">الإحالة من %1 في %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">ألديك أسئلة؟ يمكنك الاتصال بنا على %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">ألديك أسئلة؟ يمكنك سؤالنا في المركز.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">يمكنك الاتصال بهم لمعرفة أوقات عملهم.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">كل يوم</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">غير معروف</translation>
    </message>
</context>
</TS>
