<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Pahintulot na ibahagi ang impormasyon ko</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Nakasulat na pahintulot para ibunyag ang mga rekord na protektado ng 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Pangalan ko</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Sino ang puwedeng magbahagi ng impormasyon ko</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Sino ang puwedeng tumanggap nito</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Anong impormasyon ang puwedeng ibahagi</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Bakit ito ibinabahagi (layunin)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Magsisimula ang pahintulot na ito sa %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Kailan matatapos ang pahintulot na ito</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Matatapos ang pahintulot na ito sa %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Matatapos ang pahintulot na ito kapag nangyari ito: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Matatapos ang pahintulot na ito sa %1, o mas maaga kapag nangyari ito: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Ang karapatan kong bawiin ito</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Puwede kong bawiin (kunin pabalik) ang pahintulot na ito anumang oras. Gagawin ko ito nang nakasulat: isang sulat na may pirma at petsa na iaabot o ipapadala ko sa %1. Kapag binawi ko ito, titigil ang anumang pagbabahagi mula sa araw na matanggap ang sulat, pero hindi nito mababawi ang naibahagi na, o ang nagawa na, batay sa pahintulot na ito bago ang araw na iyon.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Kapag nakapangalan sa pahintulot na ito ang panrehiyong hub: ipapadala ng %1 ang pagbawi ko sa hub kasama ng susunod nitong buwanang padala. Pagkatapos, buburahin ng hub sa mga rekord nito ang pangalan ko, ang mga detalye ng pakikipag-ugnayan sa akin at ang mga ibinahagi ko, at sa araw ding iyon ay buburahin nito ang mga mas lumang backup nito na naglalaman pa ng mga ito.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Pagbabahagi para sa paggamot, pagbabayad o operasyon ng pangangalagang pangkalusugan</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Kung ibabahagi ang mga rekord ko sa isang covered entity o business associate sa ilalim ng HIPAA para sa paggamot, pagbabayad o operasyon ng pangangalagang pangkalusugan, puwede itong ibahagi muli ayon sa pinapayagan ng HIPAA, at kapag naibahagi na muli, maaaring hindi na ito protektado ng 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Kung hindi ako pipirma</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Hindi ako obligadong pumirma sa pahintulot na ito. Kung hindi ako pipirma, hindi ibabahagi ng %1 ang mga rekord ko sa tatanggap na ito para sa layuning ito. Ang mga serbisyo ko sa %1 ay hindi nakadepende sa pagpirma ko.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Pirma</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Pirma ko</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">O kaya: pirma ng taong may pahintulot na pumirma para sa akin, at ang kanyang awtoridad na gawin ito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Petsa</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Saksi</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(pupunan pa)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Puwede akong magkaroon ng kopya ng form na ito.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Paunawa sa tatanggap (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Kasama ang paunawang ito sa bawat pagbubunyag na gagawin batay sa pahintulot na ito.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">Ang paunawa sa Ingles, ayon sa pagkakasulat ng regulasyon:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Pahina %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Paggamot</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Pagbabayad</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Operasyon ng pangangalagang pangkalusugan</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Pag-uugnay ng pangangalaga at suporta sa akin</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">Sa kahilingan ko</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Iba pa</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Anumang layuning nakasaad dito</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Mga detalye ng pakikipag-ugnayan sa akin</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Ang unang panayam ko (intake): mga kalakasan, ang mahalaga sa akin, mga yaman para sa paggaling (recovery capital)</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Ang mga layunin ko sa paggaling at ang mga hakbang nito</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Ang network ng suporta ko</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Ang mga kumustahan ko sa staff</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Ang mga referral ko sa ibang serbisyo</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Mga rekord tungkol sa paggamit ko ng substansya at sa paggamot ko</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Lahat ng rekord ko na hawak ng sentro</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Ang rekord na ito na ibinunyag sa inyo ay protektado ng mga Pederal na tuntunin sa pagiging kumpidensyal (42 CFR part 2). Ipinagbabawal ng mga tuntuning ito na gamitin o ibunyag ninyo ang rekord na ito, o ang testimonya na naglalarawan sa impormasyong nasa rekord na ito, sa anumang sibil, kriminal, administratibo, o lehislatibong paglilitis ng anumang Pederal, Estado, o lokal na awtoridad, laban sa pasyente, maliban kung pinahintulutan ng pahintulot ng pasyente, maliban sa itinakda sa 42 CFR 2.12(c)(5) o ayon sa pinahintulutan ng korte alinsunod sa 42 CFR 2.64 o 2.65. Bukod dito, ipinagbabawal ng mga Pederal na tuntunin na gumawa kayo ng anumang iba pang paggamit o pagbubunyag ng rekord na ito maliban kung umiiral ang kahit isa sa mga sumusunod: (i) Ang karagdagang paggamit o pagbubunyag ay hayagang pinahihintulutan ng nakasulat na pahintulot ng indibidwal na ang impormasyon ay ibinubunyag sa rekord na ito o pinahihintulutan sa ibang paraan ng 42 CFR part 2. (ii) Kayo ay isang covered entity o business associate at natanggap ninyo ang rekord para sa paggamot, pagbabayad, o operasyon ng pangangalagang pangkalusugan, o (iii) Natanggap ninyo ang rekord mula sa isang covered entity o business associate ayon sa pinapayagan ng 45 CFR part 164, subpart A at E. Ang isang pangkalahatang awtorisasyon para sa paglalabas ng medikal o iba pang impormasyon ay HINDI sapat upang matugunan ang mga kinakailangang elemento ng nakasulat na pahintulot para sa karagdagang paggamit o muling pagbubunyag ng rekord (tingnan ang 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Pamilya</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Mga kaibigan</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Mga kapwa at sponsor</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Mga grupong nagtutulungan</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Pananampalataya at espirituwal</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Komunidad at mga samahan</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Pangangalagang medikal</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Tirahan</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Trabaho at pag-aaral</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Legal at benepisyo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Tao</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grupo</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Organisasyon o serbisyo</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Matibay</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Katamtaman</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Mahina</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Sumusuporta</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Nakaka-stress</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Halo</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Sinusuportahan nila ako</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Sinusuportahan ko sila</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Nagsusuportahan kami</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Araw-araw</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Linggo-linggo</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Buwan-buwan</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Ilang beses sa isang taon</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Bihira</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Maayos</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">May maganda, may hindi</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Hindi maayos</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">PAM</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">KAI</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">KAP</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">TUL</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">PAN</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">KOM</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">MED</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">TIR</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">T/P</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">L/B</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Mahina / marupok</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Halo: sumusuporta at nakaka-stress</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Sinusuportahan nila ang tao</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">Sinusuportahan sila ng tao</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Suportahan sa magkabilang panig</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Paliwanag</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Mga bahagi ng buhay</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Mga ugnayan</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Saan papunta ang suporta</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Mga hugis</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Mga miyembrong magkakakilala</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">Ang tao</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Miyembro</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Ang plano ko sa paggaling</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · ginawa kasama ang %2 noong %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · ginawa noong %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Mga kalakasan ko</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Hindi pa natin naisusulat ang mga kalakasan mo — sabay natin itong hanapin sa susunod.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Ang mahalaga sa akin</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Mga pag-asa ko</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Hindi pa natin napag-uusapan kung ano ang pinakamahalaga sa iyo — gusto naming marinig ito.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Mga layunin ko</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Hindi pa tayo sabay na nakakasulat ng mga layunin — gagawin natin iyan sa susunod nating pag-uusap.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Bakit ito mahalaga: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Target na petsa: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Sabay nating bubuuin ang mga unang hakbang.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">tutulong: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">hanggang %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">natapos noong %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">ako</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Sino ang tumutulong</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Mga taong tumutulong sa akin sa mga hakbang ko:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Wala pang nakapangalan para sa mga hakbang mo — sabay nating pag-isipan kung sino ang puwedeng tumulong.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Ang network ng suporta ko</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Hindi pa natin naiguguhit ang network ng suporta mo — puwede natin itong sabay na iguhit sa susunod.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telepono: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Ang plano ko kapag nahihirapan</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Wala pa tayong plano para sa panahong nahihirapan ka — mabuting sabay itong gawin, bago pa ito kailanganin.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Mga palatandaan na humihirap na ang sitwasyon</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Ang nakakatulong sa akin</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Ang hindi nakakatulong</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Mga taong puwede kong tawagan</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Mga ligtas na lugar na puwede kong puntahan</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Mga serbisyong ginagamit ko</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Hindi ka pa namin naikokonekta sa ibang serbisyo — sabihin mo lang sa amin kung gusto mo.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Bukas: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Paano makipag-ugnayan sa sentro</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Tawagan kami sa %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Bukas kami: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Sumulat sa amin: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Pumunta ka anumang oras na bukas kami — hindi mo kailangan ng appointment para makipag-usap sa amin.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Itanong ang address at oras ng sentro sa kapwa tagasuporta (peer specialist) na nagbigay sa iyo ng planong ito.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Itanong ang address ng sentro sa kapwa tagasuporta (peer specialist) na nagbigay sa iyo ng planong ito.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Itanong ang oras ng pagbubukas ng sentro sa kapwa tagasuporta (peer specialist) na nagbigay sa iyo ng planong ito.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Sa iyo ang planong ito. Dalhin mo ito kapag nagkikita tayo, at babaguhin natin ito kahit kailan mo gusto.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Pahina %1 ng %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Papel ng referral</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Saan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Oras ng pagbubukas</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Hanapin</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mga dadalhin</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Bakit ka pupunta</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Ini-refer ni %1 noong %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">May tanong? Tawagan kami sa %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">May tanong? Magtanong sa amin sa sentro.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Tumawag para itanong kung kailan sila bukas.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Araw-araw</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Hindi alam</translation>
    </message>
</context>
</TS>
