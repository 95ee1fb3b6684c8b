<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Oggolaansho in macluumaadkayga la wadaago</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Oggolaansho qoraal ah oo lagu bixinayo diiwaannada uu ilaaliyo 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Magacayga</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Cidda wadaagi karta macluumaadkayga</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Cidda heli karta</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Macluumaadka la wadaagi karo</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Sababta loo wadaagayo (ujeeddada)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Oggolaanshahani wuxuu bilaabmayaa taariikhda %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Goorta uu oggolaanshahani dhammaanayo</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Oggolaanshahani wuxuu dhammaanayaa taariikhda %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Oggolaanshahani wuxuu dhammaanayaa marka ay dhacdadan dhacdo: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Oggolaanshahani wuxuu dhammaanayaa taariikhda %1, ama ka hor haddii ay dhacdadan horta dhacdo: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Xuquuqdayda ah inaan ka noqdo</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Waxaan ka noqon karaa (dib u qaadan karaa) oggolaanshahan wakhti kasta. Taas waxaan ku sameeyaa qoraal: warqad aan saxeexay oo taariikh leh oo aan gacanta u geliyo ama u diro %1. Ka noqoshadu waxay joojisaa wadaagid kasta laga bilaabo maalinta la helo, laakiin ma burinayso wixii horay loo wadaagay, ama horay loo sameeyay, iyadoo lagu tiirsanaa oggolaanshahan ka hor maalintaas.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Marka oggolaanshahani magacaabo xarunta gobolka (hub): %1 wuxuu ka noqoshadayda u dirayaa hub-ka isagoo raacinaya xirmada bishiiba mar ee xigta. Kadibna hub-ku wuxuu diiwaannadiisa ka saarayaa magacayga, xogta xiriirkayga iyo wixii aan wadaagay, isla maalintaasna wuxuu tirtirayaa nuqulladiisa kaydka ah (backup) ee hore ee weli xogtaas haya.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Wadaagid loogu talagalay daaweyn, lacag-bixin ama hawlaha daryeelka caafimaadka</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Haddii diiwaannadayda lala wadaago hay&apos;ad uu HIPAA khuseeyo (covered entity) ama la-hawlgale ganacsi (business associate) daaweyn, lacag-bixin ama hawlaha daryeelka caafimaadka awgood, mar kale ayaa la wadaagi karaa sida HIPAA oggol yahay, oo marka mar kale la wadaago waxaa laga yaabaa inuusan 42 CFR Part 2 mar dambe ilaalin.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Haddii aanan saxeexin</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Waajib igama aha inaan saxeexo oggolaanshahan. Haddii aanan saxeexin, %1 ma siin doono qaatahan diiwaannadayda, ujeeddadan awgeed. Adeegyada aan ka helo %1 kuma xirna inaan saxeexo.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Saxiix</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Saxiixayga</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Ama: saxiixa qofka loo oggolaaday inuu ii saxeexo, iyo awoodda uu taas u leeyahay</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Taariikh</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Markhaati</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(waa in la buuxiyaa)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Waxaan xaq u leeyahay inaan helo nuqul foomkan ah.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Ogeysiis loogu talagalay qaataha (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Ogeysiiskani wuxuu la socdaa bixin kasta oo lagu sameeyo oggolaanshahan.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">Ogeysiiska oo Ingiriisi ah, sida uu xeerku u qoray:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Bogga %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Daaweyn</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Lacag-bixin</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Hawlaha daryeelka caafimaadka</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Isku-dubbaridka daryeelkayga iyo taageeradayda</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">Markii aan codsado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Kale</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Ujeeddo kasta oo halkan lagu magacaabay</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Xogta xiriirkayga</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Wareysigaygii ugu horreeyay: awoodahayga, waxa muhiimka ii ah, kheyraadka soo kabashada (recovery capital)</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Yoolalkayga soo kabashada iyo tallaabooyinkooda</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Shabakadda taageeradayda</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Kulamada la-socodka ee aan la yeesho shaqaalaha</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Gudbinnada la ii sameeyay ee adeegyada kale</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Diiwaannada ku saabsan isticmaalkayga walxaha (sida khamriga ama daroogada) iyo daaweyntayda</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Dhammaan diiwaannadayda ay xaruntu hayso</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Diiwaankan laguu bixiyay waxaa ilaaliya xeerarka qarsoodiga ee Federaalka (42 CFR part 2). Xeerarkani waxay kaa mamnuucayaan inaad diiwaankan, ama markhaati-fur sharxaya macluumaadka ku jira diiwaankan, ku isticmaasho ama ku bixiso dacwad kasta oo madani ah, dembi ah, maamul ah ama sharci-dejin ah oo ay wado hay&apos;ad kasta oo Federaal, Gobol (State) ama maxalli ah, oo ka dhan ah bukaanka, haddii aan bukaanku oggolaansho ku bixin mooyee, marka laga reebo sida ku qoran 42 CFR 2.12(c)(5) ama sida ay maxkamad u oggolaato iyadoo la raacayo 42 CFR 2.64 ama 2.65. Intaa waxaa dheer, xeerarka Federaalku waxay kaa mamnuucayaan inaad si kale u isticmaasho ama u bixiso diiwaankan, haddii aan ugu yaraan mid ka mid ah kuwan soo socda khusayn mooyee: (i) Isticmaal ama bixin dheeraad ah waxaa si cad u oggolaaday oggolaanshaha qoraalka ah ee qofka macluumaadkiisa lagu bixinayo diiwaankan, ama si kale ayuu u oggol yahay 42 CFR part 2. (ii) Waxaad tahay hay&apos;ad uu HIPAA khuseeyo (covered entity) ama la-hawlgale ganacsi (business associate), oo diiwaanka waxaad u heshay daaweyn, lacag-bixin, ama hawlaha daryeelka caafimaadka, ama (iii) Diiwaanka waxaad ka heshay hay&apos;ad uu HIPAA khuseeyo ama la-hawlgale ganacsi sida uu oggol yahay 45 CFR part 164, qaybaha hoose A iyo E. Oggolaansho guud oo lagu sii daynayo macluumaad caafimaad ama macluumaad kale KUMA FILNA in lagu buuxiyo qodobbada looga baahan yahay oggolaanshaha qoraalka ah si diiwaanka loo sii isticmaalo ama mar kale loo bixiyo (eeg 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Qoys</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Saaxiibo</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Asaag iyo kafiil</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Kooxaha is-caawinta</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Diin iyo ruuxaani</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Bulsho iyo naadiyo</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Daryeel caafimaad</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Shaqo iyo waxbarasho</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Sharci iyo gargaar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Qof</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Koox</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Hay&apos;ad ama adeeg</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Xooggan</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Dhexdhexaad</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Daciif</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Taageero leh</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Cadaadis leh</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Isku dhafan</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Way i taageeraan</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Anigaa taageera</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Waan is taageernaa</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Maalin kasta</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Toddobaad kasta</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Bil kasta</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Dhowr jeer sannadkii</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Si dhif ah</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Si fiican ayuu u socdaa</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Qaar fiican, qaar maya</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Ma socdo</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">QOY</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">SAX</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">ASG</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">KIC</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">DIN</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">BUL</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">CAF</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">HOY</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">S/W</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">S/G</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Daciif / jilicsan</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Isku dhafan: taageero iyo cadaadis</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Iyagaa qofka taageera</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">Qofkaa iyaga taageera</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Taageero labada dhinac ah</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Furaha</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Qaybaha nolosha</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Xiriirrada</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Jihada taageeradu u socoto</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Qaababka</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Xubno is yaqaan</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">Qofka</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Xubin</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Qorshahayga soo kabashada</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · waxaan la sameeyay %2 taariikhda %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · la sameeyay taariikhda %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Awoodahayga</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Weli ma aynu qorin awoodahaaga — aynu wada raadinno marka xigta.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Waxa muhiimka ii ah</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Rajooyinkayga</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Weli kama aynu hadlin waxa kuugu muhiimsan — waxaan jeclaan lahayn inaan maqalno.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Yoolalkayga</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Weli ma aynu wada qorin yoolal — taas waxaynu samayn doonnaa marka xigta ee aynu wada hadalno.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Sababta ay muhiim iigu tahay: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Taariikhda aan higsanayo: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Tallaabooyinka ugu horreeya waynu wada dejin doonnaa.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">cidda i caawisa: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">ugu dambayn %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">la dhammeeyay %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">aniga</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Cidda i caawisa</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Dadka iga caawinaya tallaabooyinkayga:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Weli qofna looma magacaabin tallaabooyinkaaga — waynu wada fikiri karnaa cidda ku caawin karta.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Shabakadda taageeradayda</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Weli ma aynu sawirin shabakadda taageeradaada — waynu wada sawiri karnaa marka xigta.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Taleefan: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Qorshahayga waqtiyada adag</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Weli ma aynu samayn qorshe waqtiyada adag — waa mudan tahay inaynu wada samayno, inta aan loo baahan ka hor.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Calaamadaha muujinaya in xaaladdu adkaanayso</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Waxa i caawiya</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Waxa aan i caawin</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Dadka aan wici karo</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Meelo ammaan ah oo aan tegi karo</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Adeegyada aan ku xiran ahay</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Weli kuguma xirin adeegyo kale — na weydii haddii aad taas rabto.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Furan: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Sida aan ula xiriiro xarunta</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Nagu soo wac %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Waxaan furan nahay: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Noo qor: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Noo kaalay wakhti kasta oo aan furan nahay — uma baahnid ballan si aad nala hadasho.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Weydii khabiirka taageerada asaagga ee kuu dhiibay qorshahan cinwaanka xarunta iyo saacadaha ay furan tahay.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Weydii khabiirka taageerada asaagga ee kuu dhiibay qorshahan cinwaanka xarunta.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Weydii khabiirka taageerada asaagga ee kuu dhiibay qorshahan saacadaha ay xaruntu furan tahay.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Qorshahani waa kaaga. Keen marka aynu kulanno, waxaynuna beddeli doonnaa mar kasta oo aad rabto.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Bogga %1 ee %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Gudbin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Meesha</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Taleefan</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Weydii</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Waxa aad keenayso</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Sababta aad u socoto</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Waxaa ku gudbiyay %1 taariikhda %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Su&apos;aalo ma qabtaa? Nagu soo wac %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Su&apos;aalo ma qabtaa? Nagu weydii xarunta.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Wac oo weydii goorta ay furan yihiin.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Maalin kasta</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Lama yaqaan</translation>
    </message>
</context>
</TS>
