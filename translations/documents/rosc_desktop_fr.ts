<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Consentement au partage de mes informations</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Consentement écrit à la communication de dossiers protégés par le règlement 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Mon nom</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Qui peut partager mes informations</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Qui peut les recevoir</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Quelles informations peuvent être partagées</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Pourquoi elles sont partagées (finalité)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Ce consentement prend effet le %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Quand ce consentement prend fin</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Ce consentement prend fin le %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Ce consentement prend fin lors de cet événement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Ce consentement prend fin le %1, ou plus tôt lors de cet événement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Mon droit de révoquer</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Je peux révoquer (retirer) ce consentement à tout moment. Je le fais par écrit&#xa0;: une note signée et datée, remise ou envoyée à %1. La révocation met fin à tout partage à partir du jour où elle est reçue, mais elle n&apos;annule pas ce qui a déjà été partagé, ou fait, sur la foi de ce consentement avant cette date.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Lorsque ce consentement désigne le centre régional (hub)&#xa0;: %1 envoie ma révocation au centre régional avec son prochain envoi mensuel. Le centre régional retire alors de ses dossiers mon nom, mes coordonnées et ce que j&apos;ai partagé, et supprime le jour même ses anciennes sauvegardes qui les contiennent encore.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Partage à des fins de traitement, de paiement ou d&apos;opérations de soins de santé</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Si mes dossiers sont partagés avec une entité couverte par HIPAA (covered entity) ou un associé commercial (business associate) à des fins de traitement, de paiement ou d&apos;opérations de soins de santé, ils peuvent être partagés à nouveau dans la mesure permise par HIPAA et, une fois partagés à nouveau, ils peuvent ne plus être protégés par 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Si je ne signe pas</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Je n&apos;ai pas l&apos;obligation de signer ce consentement. Si je ne le signe pas, %1 ne partagera pas mes dossiers avec ce destinataire pour cette finalité. Les services que je reçois auprès de %1 ne dépendent pas de ma signature.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Signature</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Ma signature</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Ou&#xa0;: signature de la personne autorisée à signer pour moi, et le fondement de son pouvoir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Témoin</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(à remplir)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">J&apos;ai droit à une copie de ce formulaire.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Avis au destinataire (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Cet avis accompagne chaque communication faite en vertu de ce consentement.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">L&apos;avis en anglais, tel que le formule le règlement&#xa0;:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Page %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Traitement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Paiement</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Opérations de soins de santé</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Coordonner mes soins et mon accompagnement</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">À ma demande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Toute finalité indiquée ici</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Mes coordonnées</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Mon entretien d&apos;accueil&#xa0;: forces, ce qui compte pour moi, capital de rétablissement</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Mes objectifs de rétablissement et leurs étapes</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Mon réseau de soutien</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Mes rencontres de suivi avec l&apos;équipe</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Mes orientations vers d&apos;autres services</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Dossiers sur ma consommation de substances et mon traitement</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Tous mes dossiers détenus par le centre</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Ce dossier qui vous a été communiqué est protégé par les règles fédérales de confidentialité (42 CFR part 2). Ces règles vous interdisent d&apos;utiliser ou de communiquer ce dossier, ou tout témoignage décrivant les informations qu&apos;il contient, dans toute procédure civile, pénale, administrative ou législative engagée par une autorité fédérale, d&apos;un État ou locale contre le patient, sauf autorisation donnée par le consentement du patient, à l&apos;exception des cas prévus à 42 CFR 2.12(c)(5) ou de ceux autorisés par un tribunal conformément à 42 CFR 2.64 ou 2.65. En outre, les règles fédérales vous interdisent tout autre usage ou toute autre communication de ce dossier, à moins qu&apos;au moins une des conditions suivantes ne s&apos;applique&#xa0;: (i) l&apos;usage ou la communication ultérieurs sont expressément autorisés par le consentement écrit de la personne dont les informations sont communiquées dans ce dossier, ou autrement permis par 42 CFR part 2&#xa0;; (ii) vous êtes une entité couverte (covered entity) ou un associé commercial (business associate) et vous avez reçu le dossier à des fins de traitement, de paiement ou d&apos;opérations de soins de santé&#xa0;; ou (iii) vous avez reçu le dossier d&apos;une entité couverte ou d&apos;un associé commercial dans les conditions permises par 45 CFR part 164, sous-parties A et E. Une autorisation générale de communication d&apos;informations médicales ou autres NE suffit PAS à remplir les éléments requis du consentement écrit pour tout usage ultérieur ou toute nouvelle communication du dossier (voir 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Amis</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Pairs et parrain/marraine</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Groupes d&apos;entraide</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Foi et spiritualité</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Communauté et clubs</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Soins médicaux</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Logement</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Travail et études</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Droits et aides</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Une personne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Un groupe</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Un organisme ou service</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Fort</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Moyen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Faible</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Soutien</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Stressant</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Mixte</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Je reçois du soutien</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Je donne du soutien</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Nous nous soutenons</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Chaque mois</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Quelques fois par an</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Rarement</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Ça marche bien</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Du bon et du moins bon</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Ça ne marche pas</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation type="unfinished">FAM</translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished">AMI</translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished">PAI</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">ENT</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">FOI</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">COM</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">MÉD</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">LOG</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">T/É</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">D/A</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Faible / fragile</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Mixte&#xa0;: soutien et stress</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Le membre soutient la personne</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">La personne soutient le membre</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Soutien dans les deux sens</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Légende</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Domaines de vie</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Liens</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Sens du soutien</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Formes</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Membres qui se connaissent</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">La personne</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Membre</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Mon plan de rétablissement</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · fait avec %2 le %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · fait le %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Mes forces</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Nous n&apos;avons pas encore noté vos forces — nous les chercherons ensemble la prochaine fois.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">Ce qui compte pour moi</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Mes espoirs</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Nous n&apos;avons pas encore parlé de ce qui compte le plus pour vous — nous aimerions l&apos;entendre.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Mes objectifs</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Nous n&apos;avons pas encore écrit d&apos;objectifs ensemble — ce sera pour notre prochaine rencontre.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Date visée&#xa0;: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Nous définirons ensemble les premières étapes.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">qui m&apos;aide&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">d&apos;ici le %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">fait le %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">moi</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Qui m&apos;aide</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Les personnes qui m&apos;aident dans mes étapes&#xa0;:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Personne n&apos;est encore indiqué pour vos étapes — nous pouvons réfléchir ensemble à qui pourrait vous aider.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Mon réseau de soutien</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Nous n&apos;avons pas encore dessiné votre réseau de soutien — nous pourrons le faire ensemble la prochaine fois.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Mon plan pour les moments difficiles</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Nous n&apos;avons pas encore fait de plan pour les moments difficiles — cela vaut la peine de le faire ensemble, avant d&apos;en avoir besoin.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Les signes que les choses deviennent difficiles</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">Ce qui m&apos;aide</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">Ce qui ne m&apos;aide pas</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Les personnes que je peux appeler</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Les lieux sûrs où je peux aller</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Les services avec lesquels je suis en lien</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Nous ne vous avons pas encore mis en lien avec d&apos;autres services — dites-nous si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Horaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Comment joindre le centre</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Appelez-nous au %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Nous sommes ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Écrivez-nous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Passez quand nous sommes ouverts — pas besoin de rendez-vous pour nous parler.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Demandez l&apos;adresse et les horaires du centre à la personne pair-aidante qui vous a remis ce plan.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Demandez l&apos;adresse du centre à la personne pair-aidante qui vous a remis ce plan.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Demandez les horaires d&apos;ouverture du centre à la personne pair-aidante qui vous a remis ce plan.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Ce plan est à vous. Apportez-le quand nous nous voyons, et nous le modifierons quand vous le voudrez.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Orientation</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Où</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Demander</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">À apporter</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Pourquoi vous y allez</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Orientation faite par %1 le %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Des questions&#xa0;? Appelez-nous au %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Des questions&#xa0;? Demandez-nous au centre.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Appelez pour savoir quand c&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Tous les jours</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Non connu</translation>
    </message>
</context>
</TS>
