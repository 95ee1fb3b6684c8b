<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Konsantman pou pataje enfòmasyon mwen</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Konsantman alekri pou divilge dosye ki pwoteje pa 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Non mwen</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Ki moun ki ka pataje enfòmasyon mwen</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Ki moun ki ka resevwa l</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Ki enfòmasyon yo ka pataje</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Poukisa yo pataje l (objektif)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Konsantman sa a kòmanse nan dat %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Ki lè konsantman sa a fini</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Konsantman sa a fini nan dat %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Konsantman sa a fini lè evènman sa a rive: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Konsantman sa a fini nan dat %1, oswa pi bonè si evènman sa a rive anvan: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Dwa mwen pou anile konsantman an</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Mwen ka anile (retire) konsantman sa a nenpòt ki lè. Mwen fè sa alekri: yon nòt ki siyen epi ki gen dat, ke mwen bay oswa voye bay %1. Anilasyon an kanpe tout pataj apati jou yo resevwa l, men li pa defèt sa yo te deja pataje, oswa sa yo te deja fè, paske yo te konte sou konsantman sa a anvan jou sa a.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Lè konsantman sa a nonmen sant rejyonal la (hub): %1 voye anilasyon mwen an bay hub la ansanm ak pwochen pakèt chak mwa li. Apre sa, hub la retire non mwen, enfòmasyon pou kontakte m ak sa mwen te pataje nan dosye li yo, epi menm jou a li efase ansyen kopi sekou (backup) li yo ki toujou genyen enfòmasyon sa yo.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Pataj pou tretman, peman oswa operasyon swen sante</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Si yo pataje dosye mwen yo ak yon antite ki anba HIPAA (covered entity) oswa ak yon asosye biznis (business associate) pou tretman, peman oswa operasyon swen sante, yo ka pataje yo ankò jan HIPAA pèmèt, epi yon fwa yo pataje yo ankò, li posib pou 42 CFR Part 2 pa pwoteje yo ankò.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Si mwen pa siyen</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Mwen pa oblije siyen konsantman sa a. Si mwen pa siyen, %1 p ap pataje dosye mwen yo ak destinatè sa a pou objektif sa a. Sèvis mwen resevwa nan %1 pa depann de si mwen siyen ou non.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Siyati</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Siyati mwen</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Oswa: siyati moun ki gen otorizasyon pou siyen pou mwen, ak ki otorite li genyen pou sa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dat</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Temwen</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(pou ranpli)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Mwen gen dwa resevwa yon kopi fòm sa a.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Avi pou destinatè a (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Avi sa a akonpaye chak divilgasyon yo fè ak konsantman sa a.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">Avi a an angle, jan règleman an ekri l:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Paj %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Tretman</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Peman</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Operasyon swen sante</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Kowòdone swen ak sipò mwen</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">Sou demann mwen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Lòt</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Nenpòt objektif ki ekri la a</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Enfòmasyon pou kontakte m</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Premye rankont mwen: fòs mwen, sa ki konte pou mwen, resous pou gerizon mwen (recovery capital)</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Objektif gerizon mwen yo ak etap yo</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Rezo sipò mwen</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Rankont swivi mwen ak anplwaye yo</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Referans mwen pou lòt sèvis</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Dosye sou itilizasyon sibstans mwen (tankou alkòl oswa dwòg) ak tretman mwen</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Tout dosye mwen ki nan men sant lan</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Dosye yo divilge ba ou a pwoteje pa règ federal sou konfidansyalite (42 CFR part 2). Règ sa yo entèdi ou itilize oswa divilge dosye sa a, oswa yon temwayaj ki dekri enfòmasyon ki nan dosye sa a, nan nenpòt pwosedi sivil, kriminèl, administratif oswa lejislatif, nenpòt otorite federal, otorite eta oswa otorite lokal ta mennen, kont pasyan an, sof si pasyan an bay konsantman li pou sa, eksepte jan 42 CFR 2.12(c)(5) prevwa l oswa jan yon tribinal otorize l dapre 42 CFR 2.64 oswa 2.65. Anplis de sa, règ federal yo entèdi ou fè nenpòt lòt itilizasyon oswa divilgasyon dosye sa a, sof si omwen youn nan kondisyon sa yo aplike: (i) Konsantman alekri moun ki gen enfòmasyon y ap divilge nan dosye sa a pèmèt klèman pou yo itilize oswa divilge l ankò, oswa 42 CFR part 2 pèmèt sa yon lòt fason. (ii) Ou se yon antite ki anba HIPAA (covered entity) oswa yon asosye biznis (business associate) epi ou te resevwa dosye a pou tretman, peman oswa operasyon swen sante, oswa (iii) Ou te resevwa dosye a nan men yon antite ki anba HIPAA oswa yon asosye biznis, jan 45 CFR part 164, sou-pati A ak E, pèmèt sa. Yon otorizasyon jeneral pou bay enfòmasyon medikal oswa lòt enfòmasyon PA ASE pou ranpli eleman ki obligatwa nan yon konsantman alekri pou itilize dosye a ankò oswa pou divilge l ankò (gade 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Fanmi</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Zanmi</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Kanmarad ak parenn/marenn</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Gwoup youn ede lòt</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Lafwa ak espirityalite</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Kominote ak klib</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Swen medikal</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Lojman</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Travay ak lekòl</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Zafè legal ak asistans</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Moun</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gwoup</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Òganizasyon oswa sèvis</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Solid</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Mwayen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Fèb</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Ki ede</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Ki bay estrès</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Melanje</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Yo ban m sipò</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Mwen ba yo sipò</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Nou youn sipòte lòt</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Chak jou</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Chak semèn</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Chak mwa</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Kèk fwa pa ane</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Raman</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Sa mache byen</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Gen bon, gen pa bon</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Sa pa mache</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">FAN</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">ZAN</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">KAN</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">ÈD</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">LAF</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">KOM</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">SWE</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">LOJ</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">T/L</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">L/A</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Fèb / frajil</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Melanje: ki ede ak ki bay estrès</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Yo bay moun nan sipò</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">Moun nan ba yo sipò</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Sipò de bò</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Lejann</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Pati nan lavi</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Lyen</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Ki bò sipò a ale</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Fòm</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Manm ki konnen youn lòt</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">Moun nan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Manm</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Plan gerizon mwen</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · fèt ansanm ak %2 nan dat %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · fèt nan dat %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Fòs mwen yo</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Nou poko ekri fòs ou yo — ann chèche yo ansanm pwochen fwa a.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Sa ki konte pou mwen</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Espwa mwen yo</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Nou poko pale sou sa ki pi konte pou ou — nou ta renmen tande l.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Objektif mwen yo</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Nou poko ekri objektif ansanm — n ap fè sa pwochen fwa nou pale.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Poukisa sa konte pou mwen: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Dat mwen vize: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">N ap chwazi premye etap yo ansanm.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">ki moun ki ede m: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">pou %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">fini %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">mwen</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Ki moun ki ede m</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Moun k ap ede m ak etap mwen yo:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Poko gen pèsonn ki nonmen pou etap ou yo — nou ka reflechi ansanm sou ki moun ki ta ka ede.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Rezo sipò mwen</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Nou poko desinen rezo sipò ou — nou ka fè kat la ansanm pwochen fwa a.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefòn: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Plan mwen pou moman difisil</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Nou poko fè yon plan pou moman difisil — li vo lapenn fè l ansanm, anvan ou bezwen l.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Siy ki montre bagay yo ap vin difisil</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Sa ki ede m</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Sa ki pa ede m</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Moun mwen ka rele</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Kote ki an sekirite mwen ka ale</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Sèvis mwen konekte ak yo</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Nou poko konekte ou ak lòt sèvis — mande nou si ou ta renmen sa.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Ouvè: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Kijan pou m kontakte sant lan</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Rele nou nan %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Nou ouvè: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Ekri nou: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Vin wè nou nenpòt lè nou ouvè — ou pa bezwen randevou pou w pale ak nou.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Mande espesyalis sipò kanmarad ki ba ou plan sa a adrès sant lan ak ki lè li ouvè.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Mande espesyalis sipò kanmarad ki ba ou plan sa a adrès sant lan.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Mande espesyalis sipò kanmarad ki ba ou plan sa a ki lè sant lan ouvè.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Plan sa a se pou ou. Pote l lè nou rankontre, epi n ap chanje l chak fwa ou vle.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Paj %1 sou %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Referans</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Ki kote</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefòn</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Lè ouvèti</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Mande pou</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Sa pou w pote</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Poukisa w prale</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">%1 te voye ou la nan dat %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Ou gen kesyon? Rele nou nan %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Ou gen kesyon? Mande nou nan sant lan.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Rele pou mande ki lè yo ouvè.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Chak jou</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Nou pa konnen</translation>
    </message>
</context>
</TS>
