<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Согласие на передачу моих сведений</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Письменное согласие на раскрытие записей, защищённых 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Моё имя</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Кто может передавать мои сведения</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Кто может их получать</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Какие сведения можно передавать</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Зачем они передаются (цель)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Это согласие действует с %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Когда это согласие прекращает действие</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Это согласие прекращает действие %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Это согласие прекращает действие при таком событии: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Это согласие прекращает действие %1 или раньше — при таком событии: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Моё право на отзыв</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Я могу отозвать (забрать назад) это согласие в любое время. Я делаю это письменно: подписанная и датированная записка, переданная или отправленная в организацию %1. Отзыв прекращает любую передачу сведений со дня его получения, но не отменяет того, что уже было передано или сделано на основании этого согласия до этого дня.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Если в этом согласии указан региональный центр (hub): организация %1 отправляет мой отзыв в региональный центр вместе со своим следующим ежемесячным пакетом. Затем региональный центр удаляет из своих записей моё имя, мои контактные данные и переданные мной сведения и в тот же день удаляет свои более старые резервные копии, в которых они ещё хранятся.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Передача для лечения, оплаты или операционной деятельности в сфере здравоохранения</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Если мои записи переданы охватываемой организации по HIPAA (covered entity) или её деловому партнёру (business associate) для лечения, оплаты или операционной деятельности в сфере здравоохранения, их можно передавать повторно в пределах, допускаемых HIPAA, а после повторной передачи они могут больше не находиться под защитой 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Если я не подпишу</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Мне не обязательно подписывать это согласие. Если я его не подпишу, организация %1 не будет передавать мои записи этому получателю для этой цели. Услуги, которые я получаю в организации %1, не зависят от того, подпишу ли я это согласие.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Подпись</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Моя подпись</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Или: подпись лица, уполномоченного подписывать за меня, и основание его полномочий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Свидетель</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(заполнить)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Я могу получить копию этой формы.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Уведомление для получателя (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Это уведомление прилагается к каждому раскрытию сведений на основании этого согласия.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">Уведомление на английском языке в формулировке нормативного акта:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Страница %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Лечение</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Оплата</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Операционная деятельность в сфере здравоохранения</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Координация моей помощи и поддержки</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">По моей просьбе</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Другое</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Любая указанная здесь цель</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Мои контактные данные</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Моя первичная беседа: сильные стороны, что для меня важно, капитал восстановления</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Мои цели восстановления и шаги к ним</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Моя сеть поддержки</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Мои встречи с сотрудниками</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Мои направления в другие службы</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Записи о моём употреблении психоактивных веществ и лечении</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Все мои записи, которые хранятся в центре</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Эта запись, раскрытая вам, защищена федеральными правилами о конфиденциальности (42 CFR part 2). Эти правила запрещают вам использовать или раскрывать эту запись или показания, описывающие содержащиеся в ней сведения, в любом гражданском, уголовном, административном или законодательном разбирательстве, которое ведёт против пациента любой федеральный орган, орган штата или местный орган власти, если это не разрешено согласием пациента, за исключением случаев, предусмотренных 42 CFR 2.12(c)(5), или случаев, когда это разрешено судом в соответствии с 42 CFR 2.64 или 2.65. Кроме того, федеральные правила запрещают вам любое иное использование или раскрытие этой записи, если не выполняется хотя бы одно из следующих условий: (i) дальнейшее использование или раскрытие прямо разрешено письменным согласием лица, чьи сведения раскрываются в этой записи, или иным образом разрешено 42 CFR part 2; (ii) вы являетесь охватываемой организацией (covered entity) или деловым партнёром (business associate) и получили запись для лечения, оплаты или операционной деятельности в сфере здравоохранения; или (iii) вы получили запись от охватываемой организации или делового партнёра в порядке, разрешённом 45 CFR part 164, подразделы A и E. Общего разрешения на раскрытие медицинских или иных сведений НЕДОСТАТОЧНО для выполнения обязательных требований к письменному согласию на дальнейшее использование или повторное раскрытие записи (см. 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Семья</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Друзья</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Равные и спонсор</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Группы взаимопомощи</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Вера и духовность</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Сообщество и клубы</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Медицинская помощь</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Жильё</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Работа и учёба</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Право и пособия</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Человек</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Группа</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Организация или служба</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Сильная</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Средняя</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Слабая</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Поддерживающая</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Напряжённая</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Смешанная</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Меня поддерживают</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Я поддерживаю</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Мы поддерживаем друг друга</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Каждый день</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Каждую неделю</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Каждый месяц</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Несколько раз в год</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Редко</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Всё хорошо</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Что-то хорошо, что-то нет</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Не получается</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">СЕМ</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">ДР</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">РАВ</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">ВП</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">ВЕР</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">ОБЩ</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">МЕД</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">ЖИЛ</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">Р/У</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">П/П</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Слабая / непрочная</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Смешанная: и поддержка, и напряжение</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Член сети поддерживает человека</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">Человек поддерживает члена сети</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Поддержка в обе стороны</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Условные обозначения</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Сферы жизни</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Связи</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Направление поддержки</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Фигуры</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Члены сети, которые знают друг друга</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">Сам человек</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Член сети</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Мой план восстановления</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · составлен вместе с %2, %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · составлен %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Мои сильные стороны</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Мы ещё не записали ваши сильные стороны — давайте найдём их вместе в следующий раз.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Что для меня важно</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Мои надежды</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Мы ещё не говорили о том, что для вас важнее всего, — нам хочется об этом услышать.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Мои цели</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Мы ещё не записали цели вместе — это будет в нашем следующем разговоре.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Почему это важно: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Примерный срок: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Первые шаги мы продумаем вместе.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">кто помогает: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">до %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">сделано %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">я</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Кто помогает</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Люди, которые помогают мне с моими шагами:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Пока никто не указан для ваших шагов — мы можем вместе подумать, кто мог бы помочь.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Моя сеть поддержки</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Мы ещё не нарисовали вашу сеть поддержки — можем сделать это вместе в следующий раз.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Телефон: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Мой план на трудное время</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Мы ещё не составили план на трудное время — его стоит сделать вместе, заранее, пока он не понадобился.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Признаки того, что становится трудно</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Что мне помогает</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Что мне не помогает</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Кому я могу позвонить</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Безопасные места, куда я могу пойти</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Службы, с которыми у меня есть связь</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Мы пока не связали вас с другими службами — скажите нам, если хотите.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Часы работы: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Как связаться с центром</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Звоните нам по номеру %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Мы открыты: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Пишите нам: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Приходите в любое время, когда мы открыты, — чтобы поговорить с нами, записываться не нужно.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Спросите адрес и часы работы центра у равного консультанта, который дал вам этот план.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Спросите адрес центра у равного консультанта, который дал вам этот план.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Спросите часы работы центра у равного консультанта, который дал вам этот план.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Этот план — ваш. Приносите его на наши встречи, и мы изменим его, когда вы захотите.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Куда</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Часы работы</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">К кому обратиться</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Что взять с собой</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Зачем вы туда идёте</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Кто направил: %1, дата: %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Есть вопросы? Звоните нам по номеру %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Есть вопросы? Спросите нас в центре.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Позвоните и узнайте, когда они работают.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Каждый день</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Неизвестно</translation>
    </message>
</context>
</TS>
