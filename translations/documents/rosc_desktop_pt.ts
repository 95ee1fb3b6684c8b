<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation type="unfinished">Consentimento para compartilhar minhas informações</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation type="unfinished">Consentimento por escrito para divulgar registros protegidos pelo 42 CFR Part 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished">Meu nome</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation type="unfinished">Quem pode compartilhar minhas informações</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation type="unfinished">Quem pode recebê-las</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation type="unfinished">Quais informações podem ser compartilhadas</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation type="unfinished">Por que são compartilhadas (finalidade)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation type="unfinished">Este consentimento começa em %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation type="unfinished">Quando este consentimento termina</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation type="unfinished">Este consentimento termina em %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation type="unfinished">Este consentimento termina quando acontecer o seguinte: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation type="unfinished">Este consentimento termina em %1, ou antes, quando acontecer o seguinte: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation type="unfinished">Meu direito de revogar</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation type="unfinished">Posso revogar (retirar) este consentimento a qualquer momento. Faço isso por escrito: um bilhete assinado e datado, entregue ou enviado a %1. A revogação interrompe qualquer compartilhamento a partir do dia em que for recebida, mas não desfaz o que já foi compartilhado, ou feito, com base neste consentimento antes disso.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation type="unfinished">Quando este consentimento indicar o centro regional (hub): %1 envia minha revogação ao hub junto com o próximo pacote mensal. O hub então remove dos seus registros meu nome, meus dados de contato e o que eu compartilhei e, no mesmo dia, apaga os backups mais antigos que ainda contenham essas informações.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation type="unfinished">Compartilhamento para tratamento, pagamento ou operações de assistência à saúde</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation type="unfinished">Se meus registros forem compartilhados com uma entidade coberta pela HIPAA ou com um associado comercial (business associate) para tratamento, pagamento ou operações de assistência à saúde, eles poderão ser compartilhados novamente conforme a HIPAA permite e, uma vez compartilhados novamente, poderão deixar de ser protegidos pelo 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation type="unfinished">Se eu não assinar</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation type="unfinished">Não tenho obrigação de assinar este consentimento. Se eu não assinar, %1 não compartilhará meus registros com este destinatário para esta finalidade. Os serviços que recebo em %1 não dependem da minha assinatura.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Assinatura</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished">Minha assinatura</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation type="unfinished">Ou: assinatura da pessoa autorizada a assinar por mim, e a autoridade que ela tem para isso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished">Testemunha</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished">(a preencher)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation type="unfinished">Posso receber uma cópia deste formulário.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation type="unfinished">Aviso ao destinatário (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation type="unfinished">Este aviso acompanha toda divulgação feita com este consentimento.</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation type="unfinished">O aviso em inglês, conforme o texto do regulamento:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished">Página %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished">Tratamento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Pagamento</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation type="unfinished">Operações de assistência à saúde</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation type="unfinished">Coordenar meus cuidados e meu apoio</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation type="unfinished">A meu pedido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Outro</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation type="unfinished">Qualquer finalidade indicada aqui</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation type="unfinished">Meus dados de contato</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation type="unfinished">Minha entrevista de acolhimento: pontos fortes, o que é importante para mim, capital de recuperação</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation type="unfinished">Minhas metas de recuperação e seus passos</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Minha rede de apoio</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation type="unfinished">Meus encontros de acompanhamento com a equipe</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation type="unfinished">Meus encaminhamentos para outros serviços</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation type="unfinished">Registros sobre meu uso de substâncias e meu tratamento</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation type="unfinished">Todos os meus registros mantidos pelo centro</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation type="unfinished">Este registro, que foi divulgado a você, está protegido pelas normas federais de confidencialidade (42 CFR part 2). Essas normas proíbem você de usar ou divulgar este registro, ou depoimento que descreva as informações contidas neste registro, em qualquer processo civil, criminal, administrativo ou legislativo de qualquer autoridade federal, estadual ou local, contra o paciente, a menos que autorizado pelo consentimento do paciente, exceto conforme previsto em 42 CFR 2.12(c)(5) ou conforme autorizado por um tribunal de acordo com 42 CFR 2.64 ou 2.65. Além disso, as normas federais proíbem você de fazer qualquer outro uso ou divulgação deste registro, a menos que pelo menos uma das seguintes condições se aplique: (i) O uso ou a divulgação posterior é expressamente permitido pelo consentimento por escrito da pessoa cujas informações estão sendo divulgadas neste registro, ou é permitido de outra forma pelo 42 CFR part 2. (ii) Você é uma entidade coberta ou um associado comercial e recebeu o registro para tratamento, pagamento ou operações de assistência à saúde, ou (iii) Você recebeu o registro de uma entidade coberta ou de um associado comercial conforme permitido pelo 45 CFR part 164, subpartes A e E. Uma autorização geral para a liberação de informações médicas ou de outro tipo NÃO é suficiente para cumprir os elementos exigidos do consentimento por escrito para uso posterior ou nova divulgação do registro (consulte 42 CFR 2.31).</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Família</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished">Amigos</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation type="unfinished">Pares e padrinho/madrinha</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation type="unfinished">Grupos de ajuda mútua</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation type="unfinished">Fé e espiritualidade</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation type="unfinished">Comunidade e clubes</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation type="unfinished">Cuidados clínicos</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Moradia</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished">Trabalho e estudo</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation type="unfinished">Jurídico e benefícios</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Pessoa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grupo</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation type="unfinished">Organização ou serviço</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Forte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Moderado</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Fraco</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">De apoio</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished">Estressante</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished">Misto</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation type="unfinished">Recebo apoio</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation type="unfinished">Dou apoio</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation type="unfinished">Nos apoiamos</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Todos os dias</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished">Toda semana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished">Todo mês</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished">Algumas vezes por ano</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished">Raramente</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation type="unfinished">Funciona bem</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation type="unfinished">Em parte sim, em parte não</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">Não funciona</translation>
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
        <translation type="unfinished">PAR</translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished">AM</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation type="unfinished">FÉ</translation>
    </message>
    <message>
        <source>COM</source>
        <translation type="unfinished">COM</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation type="unfinished">CLÍ</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation type="unfinished">MOR</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation type="unfinished">T/E</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation type="unfinished">J/B</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation type="unfinished">Fraco / frágil</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation type="unfinished">Misto: de apoio e estressante</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation type="unfinished">Apoio para a pessoa</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation type="unfinished">A pessoa dá apoio</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation type="unfinished">Apoio nos dois sentidos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Legenda</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation type="unfinished">Áreas da vida</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished">Vínculos</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation type="unfinished">Para onde vai o apoio</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished">Formas</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation type="unfinished">Membros que se conhecem</translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished">A pessoa</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Membro</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation type="unfinished">Meu plano de recuperação</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation type="unfinished">%1 · feito com %2 em %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation type="unfinished">%1 · feito em %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished">Meus pontos fortes</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation type="unfinished">Ainda não anotamos seus pontos fortes — vamos descobri-los juntos na próxima vez.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished">O que é importante para mim</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation type="unfinished">Minhas esperanças</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation type="unfinished">Ainda não conversamos sobre o que é mais importante para você — queremos muito ouvir.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished">Minhas metas</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation type="unfinished">Ainda não escrevemos metas juntos — isso fica para a nossa próxima conversa.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished">Por que é importante: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished">Data prevista: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation type="unfinished">Vamos definir juntos os primeiros passos.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation type="unfinished">quem ajuda: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished">até %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished">feito em %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished">eu</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished">Quem ajuda</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation type="unfinished">Pessoas que me ajudam com meus passos:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation type="unfinished">Ainda não há ninguém indicado para ajudar nos seus passos — podemos pensar juntos em quem poderia ajudar.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation type="unfinished">Minha rede de apoio</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation type="unfinished">Ainda não desenhamos sua rede de apoio — podemos fazer esse mapa juntos na próxima vez.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefone: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation type="unfinished">Meu plano para momentos difíceis</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation type="unfinished">Ainda não fizemos um plano para momentos difíceis — vale a pena fazer juntos, antes que seja preciso.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation type="unfinished">Sinais de que as coisas estão ficando difíceis</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished">O que me ajuda</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished">O que não ajuda</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished">Pessoas para quem posso ligar</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation type="unfinished">Lugares seguros aonde posso ir</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation type="unfinished">Serviços que eu uso</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation type="unfinished">Ainda não conectamos você a outros serviços — fale com a gente se quiser.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished">Horário: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation type="unfinished">Como falar com o centro</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation type="unfinished">Ligue para nós no número %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation type="unfinished">Estamos abertos: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation type="unfinished">Escreva para nós: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation type="unfinished">Venha quando estivermos abertos — você não precisa marcar horário para conversar com a gente.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation type="unfinished">Peça o endereço e o horário do centro ao especialista de pares que entregou este plano a você.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation type="unfinished">Peça o endereço do centro ao especialista de pares que entregou este plano a você.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation type="unfinished">Peça o horário de funcionamento do centro ao especialista de pares que entregou este plano a você.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation type="unfinished">Este plano é seu. Traga-o quando a gente se encontrar, e vamos mudá-lo sempre que você quiser.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Encaminhamento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Onde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Horário de funcionamento</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished">Procure por</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">O que levar</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation type="unfinished">Por que você vai</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation type="unfinished">Encaminhamento feito por %1 em %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation type="unfinished">Dúvidas? Ligue para nós no número %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation type="unfinished">Dúvidas? Pergunte para a gente no centro.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation type="unfinished">Ligue para perguntar o horário de atendimento.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished">Todos os dias</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Não sabemos</translation>
    </message>
</context>
</TS>
