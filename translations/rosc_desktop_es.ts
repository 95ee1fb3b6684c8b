<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mutual-help meeting</source>
        <translation>Reunión de ayuda mutua</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Entrada libre</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>&amp;Drop-in sign-in</source>
        <translation>Registro de entrada &amp;libre</translation>
    </message>
    <message>
        <source>&amp;Groups and events</source>
        <translation>&amp;Grupos y eventos</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>&amp;Save activity</source>
        <translation>&amp;Guardar actividad</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Making the demo database: a few hundred made-up people, so you can try everything. This takes a moment, once.</source>
        <translation>Creando la base de datos de demostración: unos cientos de personas inventadas, para que pueda probarlo todo. Tarda un momento, solo la primera vez.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>The chosen activity</source>
        <translation>La actividad elegida</translation>
    </message>
    <message>
        <source>Mar&amp;k someone as there:</source>
        <translation>Marcar a alguien &amp;presente:</translation>
    </message>
    <message>
        <source>Type a few letters of a name above; Enter marks the highlighted person as there.</source>
        <translation>Escriba algunas letras de un nombre arriba; Enter marca presente a la persona resaltada.</translation>
    </message>
    <message>
        <source>Enrolled people who came</source>
        <translation>Personas inscritas que vinieron</translation>
    </message>
    <message>
        <source>Who &amp;came:</source>
        <translation>Quién vin&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Quita&amp;r</translation>
    </message>
    <message>
        <source>Take the highlighted person off this activity (Delete)</source>
        <translation>Quitar a la persona resaltada de esta actividad (Supr)</translation>
    </message>
    <message>
        <source>Unnamed visitors</source>
        <translation>Visitantes sin nombre</translation>
    </message>
    <message>
        <source>People who came but are not enrolled or would rather not give a name</source>
        <translation>Personas que vinieron pero no están inscritas o prefieren no dar su nombre</translation>
    </message>
    <message>
        <source>&amp;Unnamed visitors:</source>
        <translation>Visitantes sin nom&amp;bre:</translation>
    </message>
    <message>
        <source>Cance&amp;l this activity</source>
        <translation>Ca&amp;ncelar esta actividad</translation>
    </message>
    <message>
        <source>End the weekly activity after this &amp;one…</source>
        <translation>Terminar la acti&amp;vidad semanal después de esta…</translation>
    </message>
    <message>
        <source>Choose an activity in the list to record who came.</source>
        <translation>Elija una actividad de la lista para anotar quién vino.</translation>
    </message>
    <message>
        <source>planned: recorded when you mark someone</source>
        <translation>prevista: se guarda cuando marque a alguien</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Reinstate this activity</source>
        <translation>Restablecer esta actividad</translation>
    </message>
    <message>
        <source>End the weekly activity</source>
        <translation>Terminar la actividad semanal</translation>
    </message>
    <message>
        <source>“%1” will not be shown after %2. What was recorded stays.</source>
        <translation>“%1” no se mostrará después del %2. Lo anotado se conserva.</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>Terminarla</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up to a folder or USB stick</source>
        <translation>Hacer una copia de seguridad en una carpeta o memoria USB</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>The backup is written and checked:
%1

It opens with any staff password of today, or the recovery key. Keep the stick somewhere safe and locked.</source>
        <translation>La copia de seguridad está guardada y comprobada:
%1

Se abre con cualquier contraseña del personal de hoy o con la clave de recuperación. Guarde la memoria en un lugar seguro y bajo llave.</translation>
    </message>
</context>
<context>
    <name>Barc10Dialog</name>
    <message>
        <source>There are more important things to me in life than using substances.</source>
        <translation>Hay cosas más importantes para mí en la vida que consumir sustancias.</translation>
    </message>
    <message>
        <source>In general I am happy with my life.</source>
        <translation>En general, me siento feliz con mi vida.</translation>
    </message>
    <message>
        <source>I have enough energy to complete the tasks I set myself.</source>
        <translation>Tengo suficiente energía para completar las tareas que me propongo.</translation>
    </message>
    <message>
        <source>I am proud of the community I live in and feel part of it.</source>
        <translation>Siento orgullo por la comunidad en la que vivo y me siento parte de ella.</translation>
    </message>
    <message>
        <source>I get lots of support from friends.</source>
        <translation>Recibo mucho apoyo de mis amistades.</translation>
    </message>
    <message>
        <source>I regard my life as challenging and fulfilling without the need for using drugs or alcohol.</source>
        <translation>Considero que mi vida es estimulante y satisfactoria sin necesidad de consumir drogas ni alcohol.</translation>
    </message>
    <message>
        <source>My living space has helped to drive my recovery journey.</source>
        <translation>El lugar donde vivo me ha ayudado a impulsar mi proceso de recuperación.</translation>
    </message>
    <message>
        <source>I take full responsibility for my actions.</source>
        <translation>Asumo toda la responsabilidad de mis actos.</translation>
    </message>
    <message>
        <source>I am happy dealing with a range of professional people.</source>
        <translation>Me siento a gusto tratando con distintos tipos de profesionales.</translation>
    </message>
    <message>
        <source>I am making good progress on my recovery journey.</source>
        <translation>Estoy avanzando bien en mi proceso de recuperación.</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Algo en desacuerdo</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Algo de acuerdo</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Record a BARC-10</source>
        <translation>Registrar un BARC-10</translation>
    </message>
    <message>
        <source>Read each statement with the person and choose how much they agree, from 1 (strongly disagree) to 6 (strongly agree). There are no right answers.</source>
        <translation>Lea cada afirmación con la persona y elija qué tan de acuerdo está, de 1 (totalmente en desacuerdo) a 6 (totalmente de acuerdo). No hay respuestas correctas ni incorrectas.</translation>
    </message>
    <message>
        <source>This translation was made for ROSC Desktop and is not an officially validated version of the BARC-10</source>
        <translation>Esta traducción se hizo para ROSC Desktop y no es una versión validada oficialmente del BARC-10</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Statement %1: %2, %3</source>
        <translation>Afirmación %1: %2, %3</translation>
    </message>
    <message>
        <source>&amp;Date of this assessment:</source>
        <translation>&amp;Fecha de esta evaluación:</translation>
    </message>
    <message>
        <source>Date of this assessment</source>
        <translation>Fecha de esta evaluación</translation>
    </message>
    <message>
        <source>For reference: in the validation study, totals of %1 or more went with sustained remission. It is a point of comparison, not a pass mark.</source>
        <translation>Como referencia: en el estudio de validación, los totales de %1 o más se asociaron con una remisión sostenida. Es un punto de comparación, no una nota para aprobar.</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n of 10 statements answered)</source>
        <translation>
            <numerusform>(%n afirmación respondida de 10)</numerusform>
            <numerusform>(%n afirmaciones respondidas de 10)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard answers?</source>
        <translation>¿Descartar las respuestas?</translation>
    </message>
    <message>
        <source>The answers given so far will not be recorded. Discard them?</source>
        <translation>Las respuestas dadas hasta ahora no se registrarán. ¿Desea descartarlas?</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing plans</source>
        <translation>Imprimiendo planes</translation>
    </message>
    <message>
        <source>Stop after this one</source>
        <translation>Detener después de este</translation>
    </message>
    <message>
        <source>Stopping after this plan…</source>
        <translation>Se detendrá después de este plan…</translation>
    </message>
    <message>
        <source>Writing plan %1 of %2…</source>
        <translation>Preparando el plan %1 de %2…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>No hay nada que imprimir</translation>
    </message>
    <message>
        <source>No goal was reviewed in the last 7 days.</source>
        <translation>No se revisó ninguna meta en los últimos 7 días.</translation>
    </message>
    <message numerus="yes">
        <source>Folder for %n plan(s): people with a goal reviewed in the last 7 days</source>
        <translation>
            <numerusform>Carpeta para %n plan: personas con una meta revisada en los últimos 7 días</numerusform>
            <numerusform>Carpeta para %n planes: personas con una meta revisada en los últimos 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans saved</source>
        <translation>Planes guardados</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) saved in %1.</source>
        <translation>
            <numerusform>Se guardó %n plan en %1.</numerusform>
            <numerusform>Se guardaron %n planes en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Behind “%1”</source>
        <translation>Detrás de “%1”</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Names are for staff on screen; they are never printed.</source>
        <translation>%1, del %2 al %3. Los nombres son para el personal, en pantalla; nunca se imprimen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>Personas contadas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Activities counted</source>
        <translation>Actividades contadas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>&amp;Open the person</source>
        <translation>&amp;Abrir a la persona</translation>
    </message>
    <message>
        <source>Enter opens the person.</source>
        <translation>Enter abre a la persona.</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>ROSC bundles (*.age);;All files (*)</source>
        <translation>Paquetes de ROSC (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Ya se importó el %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>The bundle from %1 is waiting: %2 have not arrived yet.</source>
        <translation>El paquete de %1 está en espera; aún no ha llegado lo siguiente: %2.</translation>
    </message>
    <message>
        <source>Applied the bundle from %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Se aplicó el paquete de %1: %2 nuevo(s), %3 actualizado(s), %4 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n registro espera en la lista de revisión.</numerusform>
            <numerusform>%n registros esperan en la lista de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Comprobando el paquete</translation>
    </message>
    <message>
        <source>Opening and checking the bundle; nothing is changed yet…</source>
        <translation>Abriendo y comprobando el paquete; todavía no se cambia nada…</translation>
    </message>
    <message>
        <source>Applying the bundle</source>
        <translation>Aplicando el paquete</translation>
    </message>
    <message>
        <source>Backing up, then applying every change at once…</source>
        <translation>Haciendo una copia de seguridad y aplicando después todos los cambios a la vez…</translation>
    </message>
    <message>
        <source>Inspect a bundle</source>
        <translation>Examinar un paquete</translation>
    </message>
</context>
<context>
    <name>CenterReport</name>
    <message>
        <source>Center report</source>
        <translation>Informe del centro</translation>
    </message>
    <message>
        <source>Recovery community center</source>
        <translation>Centro comunitario de recuperación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Prepared on %1. Figures only: no participant is named.</source>
        <translation>Preparado el %1. Solo cifras: no se nombra a ningún participante.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>People it rests on</source>
        <translation>Personas en que se basa</translation>
    </message>
    <message>
        <source>no one to count yet</source>
        <translation>aún no hay a quién contar</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>People (paired: assessed in the period and before)</source>
        <translation>Personas (pareadas: evaluadas en el período y antes)</translation>
    </message>
    <message>
        <source>No one was assessed twice yet, so there is no change to show.</source>
        <translation>Todavía nadie ha sido evaluado dos veces, así que no hay cambio que mostrar.</translation>
    </message>
    <message>
        <source>From the coordinator</source>
        <translation>Nota de la coordinación</translation>
    </message>
    <message>
        <source>Appendix: what each figure counts</source>
        <translation>Anexo: qué cuenta cada cifra</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Their support network map is empty, so there are no connections to ask about yet.</source>
        <translation>Su mapa de la red de apoyo está vacío, así que todavía no hay conexiones sobre las que preguntar.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sin preguntar</translation>
    </message>
    <message>
        <source>How the connection with %1 is working</source>
        <translation>Cómo está funcionando la conexión con %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note about the connection with %1</source>
        <translation>Nota sobre la conexión con %1</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Registrar un encuentro</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>How you were in touch</source>
        <translation>Cómo se comunicaron</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes (optional)</source>
        <translation>Duración en minutos (opcional)</translation>
    </message>
    <message>
        <source>For example: the center, a coffee shop, by phone</source>
        <translation>Por ejemplo: el centro, una cafetería, por teléfono</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>What you talked about, in plain words</source>
        <translation>De qué hablaron, con palabras sencillas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Goals touched</source>
        <translation>Metas abordadas</translation>
    </message>
    <message>
        <source>No active goals yet.</source>
        <translation>Todavía no hay metas activas.</translation>
    </message>
    <message>
        <source>Plan one for</source>
        <translation>Programar uno para el</translation>
    </message>
    <message>
        <source>Plan a next follow-up</source>
        <translation>Programar un próximo seguimiento</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Fecha del próximo seguimiento</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Goals touched:</source>
        <translation>Metas &amp;abordadas:</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>&amp;Próximo seguimiento:</translation>
    </message>
    <message>
        <source>How are the &amp;connections working?</source>
        <translation>¿Cómo están &amp;funcionando las conexiones?</translation>
    </message>
    <message>
        <source>Problem with the connections</source>
        <translation>Problema con las conexiones</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar encuentro</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Discard this check-in?</source>
        <translation>¿Descartar este encuentro?</translation>
    </message>
    <message>
        <source>What you typed for this check-in will not be logged. Discard it?</source>
        <translation>Lo que escribió sobre este encuentro no se registrará. ¿Desea descartarlo?</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Outreach in the community</source>
        <translation>Acercamiento en la comunidad</translation>
    </message>
    <message>
        <source>The follow-up cannot be in the past: choose today or a later day.</source>
        <translation>El seguimiento no puede ser en el pasado: elija hoy o un día posterior.</translation>
    </message>
    <message>
        <source>This is later than now: a check-in is logged once it has happened.</source>
        <translation>Esta hora es posterior a la actual: un encuentro se registra una vez que ha ocurrido.</translation>
    </message>
    <message>
        <source>Give the length in minutes, up to %1 (one day), or leave it empty.</source>
        <translation>Indique la duración en minutos, hasta %1 (un día), o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Choose how you were in touch.</source>
        <translation>Elija cómo se comunicaron.</translation>
    </message>
    <message>
        <source>One of the goals is not there any more. Close and open this window again.</source>
        <translation>Una de las metas ya no existe. Cierre esta ventana y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>This date and time is not valid.</source>
        <translation>Esta fecha y hora no son válidas.</translation>
    </message>
    <message>
        <source>No people to call are listed in the saved setback plan yet. Add them under &quot;People to call&quot; (one per line) and save the plan first.</source>
        <translation>Todavía no hay personas a quienes llamar en el plan para momentos difíciles guardado. Primero agréguelas en «Personas a quienes llamar» (una por línea) y guarde el plan.</translation>
    </message>
</context>
<context>
    <name>CheckInsTab</name>
    <message>
        <source>Log &amp;a check-in…</source>
        <translation>Registrar &amp;un encuentro…</translation>
    </message>
    <message>
        <source>Log a check-in (%1)</source>
        <translation>Registrar un encuentro (%1)</translation>
    </message>
    <message>
        <source>Every contact counts: a visit, a call, a text, or meeting someone where they are.</source>
        <translation>Cada contacto cuenta: una visita, una llamada, un mensaje o ir al encuentro de alguien allí donde esté.</translation>
    </message>
    <message>
        <source>Ti&amp;meline, newest first:</source>
        <translation>Cronolo&amp;gía, lo más reciente primero:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Encuentros, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>No check-ins logged yet. Use “Log a check-in…” after each contact.</source>
        <translation>Todavía no hay encuentros registrados. Use “Registrar un encuentro…” después de cada contacto.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Asistió: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <source>A partner agency</source>
        <translation>Una agencia asociada</translation>
    </message>
    <message>
        <source>The hub</source>
        <translation>El centro regional</translation>
    </message>
    <message>
        <source>A named person</source>
        <translation>Una persona en particular</translation>
    </message>
    <message>
        <source>Recipient kind</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Agencia asociada</translation>
    </message>
    <message>
        <source>Choose a partner agency</source>
        <translation>Elija una agencia asociada</translation>
    </message>
    <message>
        <source>No partner agencies yet</source>
        <translation>Todavía no hay agencias asociadas</translation>
    </message>
    <message>
        <source>Where partner agencies are added</source>
        <translation>Dónde se agregan las agencias asociadas</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <source>Recipient description</source>
        <translation>Descripción del destinatario</translation>
    </message>
    <message>
        <source>For example: the housing case workers</source>
        <translation>Por ejemplo: los administradores de casos de vivienda</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Purpose in words</source>
        <translation>Propósito en palabras</translation>
    </message>
    <message>
        <source>A &amp;treatment, payment or operations (TPO) consent</source>
        <translation>Un consentimiento para &amp;tratamiento, pago u operaciones (TPO)</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>Compartir: %1</translation>
    </message>
    <message>
        <source>Description of the information</source>
        <translation>Descripción de la información</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Termina &amp;el:</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Tiene fecha de término</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <source>Ends at an event</source>
        <translation>Termina con un suceso</translation>
    </message>
    <message>
        <source>For example: end of treatment</source>
        <translation>Por ejemplo: al terminar el tratamiento</translation>
    </message>
    <message>
        <source>On paper, by the person</source>
        <translation>En papel, por la persona</translation>
    </message>
    <message>
        <source>Electronically, by the person</source>
        <translation>De forma electrónica, por la persona</translation>
    </message>
    <message>
        <source>By an authorised person</source>
        <translation>Por una persona autorizada</translation>
    </message>
    <message>
        <source>How it was signed</source>
        <translation>Cómo se firmó</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Authorised person&apos;s name</source>
        <translation>Nombre de la persona autorizada</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>The person was given the notice &amp;about their rights</source>
        <translation>La persona recibió el aviso sobre sus derec&amp;hos</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Partner agency (required):</source>
        <translation>&amp;Agencia asociada (obligatorio):</translation>
    </message>
    <message>
        <source>Recipient&apos;s na&amp;me:</source>
        <translation>&amp;Nombre del destinatario:</translation>
    </message>
    <message>
        <source>Recipient &amp;description:</source>
        <translation>Desc&amp;ripción del destinatario:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>Purpose in &amp;words:</source>
        <translation>Propósito en pala&amp;bras:</translation>
    </message>
    <message>
        <source>In&amp;formation (required):</source>
        <translation>&amp;Información (obligatorio):</translation>
    </message>
    <message>
        <source>Descri&amp;be the information:</source>
        <translation>Describa la informa&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Fecha de término:</translation>
    </message>
    <message>
        <source>Or ends at an e&amp;vent:</source>
        <translation>O termina con un &amp;suceso:</translation>
    </message>
    <message>
        <source>S&amp;igned:</source>
        <translation>Fir&amp;mado:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Fecha de &amp;firma:</translation>
    </message>
    <message>
        <source>Aut&amp;horised person&apos;s name:</source>
        <translation>Nombre de la persona a&amp;utorizada:</translation>
    </message>
    <message>
        <source>Wit&amp;ness:</source>
        <translation>Testig&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>To add a partner agency, use Partners… on the Directory tab.</source>
        <translation>Para agregar una agencia asociada, use Agencias asociadas… en la pestaña Directorio.</translation>
    </message>
    <message>
        <source>A coordinator or admin adds partner agencies, with Partners… on the Directory tab.</source>
        <translation>Un coordinador o administrador agrega las agencias asociadas, con Agencias asociadas… en la pestaña Directorio.</translation>
    </message>
    <message>
        <source>No partner agencies yet. To add one, use Partners… on the Directory tab, or choose The hub or A named person as the recipient.</source>
        <translation>Todavía no hay agencias asociadas. Para agregar una, use Agencias asociadas… en la pestaña Directorio, o elija como destinatario El centro regional o Una persona en particular.</translation>
    </message>
    <message>
        <source>No partner agencies yet. A coordinator or admin adds them, with Partners… on the Directory tab; until then, choose The hub or A named person as the recipient.</source>
        <translation>Todavía no hay agencias asociadas. Un coordinador o administrador las agrega, con Agencias asociadas… en la pestaña Directorio; mientras tanto, elija como destinatario El centro regional o Una persona en particular.</translation>
    </message>
    <message>
        <source>Choose the partner agency that receives the information.</source>
        <translation>Elija la agencia asociada que recibe la información.</translation>
    </message>
    <message>
        <source>There are no partner agencies to choose from yet.</source>
        <translation>Todavía no hay agencias asociadas entre las que elegir.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to share my information</source>
        <translation>Consentimiento para compartir mi información</translation>
    </message>
    <message>
        <source>Written consent to disclose records protected by 42 CFR Part 2</source>
        <translation>Consentimiento por escrito para divulgar registros protegidos por 42 CFR parte 2</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <source>Who may share my information</source>
        <translation>Quién puede compartir mi información</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Quién puede recibirla</translation>
    </message>
    <message>
        <source>What information may be shared</source>
        <translation>Qué información se puede compartir</translation>
    </message>
    <message>
        <source>Why it is shared (purpose)</source>
        <translation>Por qué se comparte (propósito)</translation>
    </message>
    <message>
        <source>This consent starts on %1.</source>
        <translation>Este consentimiento comienza el %1.</translation>
    </message>
    <message>
        <source>When this consent ends</source>
        <translation>Cuándo termina este consentimiento</translation>
    </message>
    <message>
        <source>This consent ends on %1.</source>
        <translation>Este consentimiento termina el %1.</translation>
    </message>
    <message>
        <source>This consent ends at this event: %1.</source>
        <translation>Este consentimiento termina con este suceso: %1.</translation>
    </message>
    <message>
        <source>This consent ends on %1, or earlier at this event: %2.</source>
        <translation>Este consentimiento termina el %1, o antes con este suceso: %2.</translation>
    </message>
    <message>
        <source>My right to revoke</source>
        <translation>Mi derecho a revocar</translation>
    </message>
    <message>
        <source>I may revoke (take back) this consent at any time. I do this in writing: a signed and dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does not undo what was already shared, or done, in reliance on this consent before then.</source>
        <translation>Puedo revocar (retirar) este consentimiento en cualquier momento. Lo hago por escrito: con una nota firmada y fechada que entrego o envío a %1. Al revocarlo se detiene toda divulgación a partir del día en que se recibe la nota, pero no se deshace lo que ya se compartió, o se hizo, con base en este consentimiento antes de esa fecha.</translation>
    </message>
    <message>
        <source>When this consent names the regional hub: %1 sends my revocation to the hub with its next monthly bundle. The hub then removes my name, contact details and what I shared from its records, and deletes its older backups that still hold them the same day.</source>
        <translation>Si este consentimiento nombra al centro regional (hub): %1 envía mi revocación al hub con su próximo paquete mensual. El hub entonces borra de sus registros mi nombre, mis datos de contacto y lo que compartí, y ese mismo día elimina sus copias de seguridad anteriores que todavía los contienen.</translation>
    </message>
    <message>
        <source>Sharing for treatment, payment or health care operations</source>
        <translation>Divulgación para tratamiento, pago y operaciones de atención médica</translation>
    </message>
    <message>
        <source>If my records are shared with a HIPAA covered entity or business associate for treatment, payment or health care operations, they may be shared again as HIPAA allows, and once shared again they may no longer be protected by 42 CFR Part 2.</source>
        <translation>Si mis registros se comparten con una entidad cubierta por HIPAA o con un socio comercial para tratamiento, pago y operaciones de atención médica, se pueden volver a compartir según lo permita HIPAA y, una vez que se vuelvan a compartir, es posible que ya no estén protegidos por 42 CFR parte 2.</translation>
    </message>
    <message>
        <source>If I do not sign</source>
        <translation>Si no firmo</translation>
    </message>
    <message>
        <source>I do not have to sign this consent. If I do not sign, %1 will not share my records with this recipient for this purpose. My services at %1 do not depend on my signing.</source>
        <translation>No estoy obligado/a a firmar este consentimiento. Si no lo firmo, %1 no compartirá mis registros con este destinatario para este propósito. Los servicios que recibo en %1 no dependen de que yo firme.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation>Mi firma</translation>
    </message>
    <message>
        <source>Or: signature of the person authorised to sign for me, and their authority</source>
        <translation>O bien: firma de la persona autorizada para firmar por mí, y su autoridad para hacerlo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation>(por completar)</translation>
    </message>
    <message>
        <source>I may have a copy of this form.</source>
        <translation>Tengo derecho a recibir una copia de este formulario.</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32)</source>
        <translation>Aviso al destinatario (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>This notice goes with every disclosure made with this consent.</source>
        <translation>Este aviso acompaña cada divulgación que se haga con este consentimiento.</translation>
    </message>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation>Este registro que se le ha divulgado está protegido por las normas federales de confidencialidad (42 CFR parte 2). Estas normas le prohíben usar o divulgar este registro, o testimonios que describan la información que contiene, en cualquier procedimiento civil, penal, administrativo o legislativo de cualquier autoridad federal, estatal o local en contra del paciente, salvo que lo autorice el consentimiento del paciente, excepto según lo dispuesto en 42 CFR 2.12(c)(5) o según lo autorice un tribunal de conformidad con 42 CFR 2.64 o 2.65. Además, las normas federales le prohíben hacer cualquier otro uso o divulgación de este registro, a menos que se cumpla al menos una de las siguientes condiciones: (i) el uso o la divulgación posterior está expresamente permitido por el consentimiento por escrito de la persona cuya información se divulga en este registro, o lo permite de otro modo 42 CFR parte 2; (ii) usted es una entidad cubierta o un socio comercial y recibió el registro para tratamiento, pago u operaciones de atención médica; o (iii) usted recibió el registro de una entidad cubierta o de un socio comercial según lo permite 45 CFR parte 164, subpartes A y E. Una autorización general para la divulgación de información médica o de otro tipo NO es suficiente para cumplir los elementos requeridos del consentimiento por escrito para un uso posterior o una nueva divulgación del registro (consulte 42 CFR 2.31).</translation>
    </message>
    <message>
        <source>The notice in English, as the regulation words it:</source>
        <translation>El aviso en inglés, tal como lo redacta el reglamento:</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation>Operaciones de atención médica</translation>
    </message>
    <message>
        <source>Coordinating my care and support</source>
        <translation>Coordinar mi atención y apoyo</translation>
    </message>
    <message>
        <source>At my request</source>
        <translation>A petición mía</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Any purpose named here</source>
        <translation>Cualquier propósito indicado aquí</translation>
    </message>
    <message>
        <source>My contact details</source>
        <translation>Mis datos de contacto</translation>
    </message>
    <message>
        <source>My intake: strengths, what matters to me, recovery capital</source>
        <translation>Mi entrevista de acogida: fortalezas, lo que me importa, capital de recuperación</translation>
    </message>
    <message>
        <source>My recovery goals and their steps</source>
        <translation>Mis metas de recuperación y sus pasos</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation>Mi red de apoyo</translation>
    </message>
    <message>
        <source>My check-ins with staff</source>
        <translation>Mis encuentros con el personal</translation>
    </message>
    <message>
        <source>My referrals to other services</source>
        <translation>Mis derivaciones a otros servicios</translation>
    </message>
    <message>
        <source>Records about my substance use and treatment</source>
        <translation>Registros sobre mi consumo de sustancias y mi tratamiento</translation>
    </message>
    <message>
        <source>All of my records held by the center</source>
        <translation>Todos mis registros que tiene el centro</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>Aún no vigente</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Health care operations</source>
        <translation>Operaciones de atención médica</translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation>Coordinación de la atención</translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation>A pedido de la persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Cualquier propósito</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Red de apoyo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Substance use records</source>
        <translation>Registros sobre uso de sustancias</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>&amp;Add consent…</source>
        <translation>A&amp;gregar consentimiento…</translation>
    </message>
    <message>
        <source>Record a consent the person signed</source>
        <translation>Registrar un consentimiento que firmó la persona</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Record that the person took this consent back in writing</source>
        <translation>Registrar que la persona retiró este consentimiento por escrito</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>Imprimir &amp;formulario…</translation>
    </message>
    <message>
        <source>Save the consent form, pre-filled, as a PDF in the person&apos;s language</source>
        <translation>Guardar el formulario de consentimiento, ya completado, como PDF en el idioma de la persona</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>No consents recorded. Nothing may be shared outside the center until the person signs one. Print form… gives a form to sign.</source>
        <translation>No hay consentimientos registrados. No se puede compartir nada fuera del centro hasta que la persona firme uno. Imprimir formulario… le da un formulario para firmar.</translation>
    </message>
    <message>
        <source>Consent details</source>
        <translation>Detalles del consentimiento</translation>
    </message>
    <message>
        <source>The hub</source>
        <translation>El centro regional</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Propósito: %1</translation>
    </message>
    <message>
        <source>Effective from %1.</source>
        <translation>Vigente desde el %1.</translation>
    </message>
    <message>
        <source>Ends at: %1</source>
        <translation>Termina con: %1</translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation>Firmado el %1.</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>Revocado el %1.</translation>
    </message>
    <message>
        <source>The notice about the person&apos;s rights is not recorded as given.</source>
        <translation>No consta que se le haya entregado a la persona el aviso sobre sus derechos.</translation>
    </message>
    <message>
        <source>Save the consent form</source>
        <translation>Guardar el formulario de consentimiento</translation>
    </message>
    <message>
        <source>The form was saved as %1 in %2.</source>
        <translation>El formulario se guardó como %1 en %2.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que se hablan</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>What to bring and how to apply</source>
        <translation>Qué traer y cómo solicitarlo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>It has closed or moved</source>
        <translation>Cerró o se mudó</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Suggest a correction</source>
        <translation>Sugerir una corrección</translation>
    </message>
    <message>
        <source>%1 comes from the hub, so it cannot be changed here. Say what is wrong and the hub will correct it for every center.</source>
        <translation>%1 viene del centro regional, así que no se puede cambiar aquí. Indique qué está mal y el centro regional lo corregirá para todos los centros.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>The correction</source>
        <translation>La corrección</translation>
    </message>
    <message>
        <source>e.g. They now open at 10 on Saturdays</source>
        <translation>p. ej., Ahora abren a las 10 los sábados</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Qué está mal:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Corrección:</translation>
    </message>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>&amp;Enviar sugerencia</translation>
    </message>
</context>
<context>
    <name>DirectoryCategory</name>
    <message>
        <source>Clinical care</source>
        <translation>Atención clínica</translation>
    </message>
    <message>
        <source>Faith communities</source>
        <translation>Comunidades de fe</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Legal aid and benefits</source>
        <translation>Asistencia legal y beneficios</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Mutual-aid meetings</source>
        <translation>Reuniones de ayuda mutua</translation>
    </message>
    <message>
        <source>Peer recovery support</source>
        <translation>Apoyo de pares para la recuperación</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Trabajo y educación</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>Open Referral HSDS 3.0, one JSON file</source>
        <translation>Open Referral HSDS 3.0, un archivo JSON</translation>
    </message>
    <message>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0, tabular package (CSV files with datapackage.json)</source>
        <translation>Open Referral HSDS 3.0, paquete tabular (archivos CSV con datapackage.json)</translation>
    </message>
    <message>
        <source>HSDS package (*.zip datapackage.json)</source>
        <translation>Paquete HSDS (*.zip datapackage.json)</translation>
    </message>
    <message>
        <source>Meeting Guide meeting list (JSON)</source>
        <translation>Lista de reuniones de Meeting Guide (JSON)</translation>
    </message>
    <message>
        <source>Meeting Guide JSON (*.json)</source>
        <translation>Meeting Guide JSON (*.json)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Services at locations</source>
        <translation>Servicios en lugares</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1: times not given</source>
        <translation>%1: sin horario indicado</translation>
    </message>
    <message>
        <source>Name, organisation, need or town…</source>
        <translation>Nombre, organización, necesidad o ciudad…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <source>The results update as you type. Press Down to move into the results.</source>
        <translation>Los resultados se actualizan mientras escribe. Pulse la flecha hacia abajo para pasar a los resultados.</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma que se habla</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>Abie&amp;rto ahora</translation>
    </message>
    <message>
        <source>F&amp;ree</source>
        <translation>&amp;Gratis</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>Sin ci&amp;ta</translation>
    </message>
    <message>
        <source>Only open now</source>
        <translation>Solo los que están abiertos ahora</translation>
    </message>
    <message>
        <source>Only free of charge</source>
        <translation>Solo los gratuitos</translation>
    </message>
    <message>
        <source>Only walk-in, no appointment</source>
        <translation>Solo los que atienden sin cita</translation>
    </message>
    <message>
        <source>Directory results</source>
        <translation>Resultados del directorio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Cantidad de resultados</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Datos de la entrada elegida</translation>
    </message>
    <message>
        <source>&amp;Add local entry…</source>
        <translation>Agregar entrada &amp;local…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Su&amp;ggest a correction…</source>
        <translation>S&amp;ugerir una corrección…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>Age&amp;ncias asociadas…</translation>
    </message>
    <message>
        <source>Only entries this center added can be edited here.</source>
        <translation>Aquí solo se pueden editar las entradas que agregó este centro.</translation>
    </message>
    <message>
        <source>Entries from the hub are corrected at the hub: send a suggestion.</source>
        <translation>Las entradas del centro regional se corrigen en el centro regional: envíe una sugerencia.</translation>
    </message>
    <message>
        <source>Your role can search the directory but not change it.</source>
        <translation>Su rol permite buscar en el directorio, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or fewer filters.</source>
        <translation>No hay coincidencias. Pruebe con menos palabras o menos filtros.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Centro regional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Choose an entry to see its details.</source>
        <translation>Elija una entrada para ver sus datos.</translation>
    </message>
    <message>
        <source>From the hub: read-only here. Use “Suggest a correction” if something is wrong.</source>
        <translation>Del centro regional: aquí es solo de lectura. Use “Sugerir una corrección” si algo está mal.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En este momento</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Cerrado ahora</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Hours not known: call first.</source>
        <translation>No se conoce el horario: llame antes de ir.</translation>
    </message>
    <message>
        <source>Getting there: %1</source>
        <translation>Cómo llegar: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que se hablan</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Walk-ins welcome: no appointment needed.</source>
        <translation>Se atiende sin cita: no hace falta pedir una.</translation>
    </message>
    <message>
        <source>What to bring and how to apply</source>
        <translation>Qué traer y cómo solicitarlo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>Tipos de reunión</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Agencia asociada</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Already registered?</source>
        <translation>¿Ya está registrada esta persona?</translation>
    </message>
    <message>
        <source>Someone with the same or a similar name is already registered. Is this the same person?</source>
        <translation>Ya existe un registro con el mismo nombre o uno parecido. ¿Se trata de la misma persona?</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>fecha de nacimiento sin registrar</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Coincidencias:</translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation>&amp;Abrir el registro existente</translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation>&amp;Registrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>EcoMapView</name>
    <message>
        <source>Support network map</source>
        <translation>Mapa de la red de apoyo</translation>
    </message>
    <message>
        <source>A drawing of the participant&apos;s support network. The list of members beside it holds the same members and their details.</source>
        <translation>Un dibujo de la red de apoyo de la persona participante. La lista de miembros que está al lado tiene los mismos miembros y sus datos.</translation>
    </message>
    <message>
        <source>Keys: Alt+Right or Alt+Down selects the next member, Alt+Left or Alt+Up the previous one (plain arrows do the same when nothing is selected or the map cannot be changed); Home and End select the first and last. When the map can be changed, the arrow keys move the selected member (with Shift, further). Enter opens the selected member, Escape clears the selection, + and - zoom, 0 fits the whole map. Mouse: drag a member to move it, drag the background to pan, use the wheel to zoom. Tab moves on to the rest of the screen.</source>
        <translation>Teclas: Alt+Right o Alt+Down selecciona el siguiente miembro; Alt+Left o Alt+Up, el anterior (las flechas solas hacen lo mismo cuando no hay nada seleccionado o cuando el mapa no se puede cambiar); Home y End seleccionan el primero y el último. Cuando el mapa se puede cambiar, las teclas de flecha mueven el miembro seleccionado (con Shift, más lejos). Enter abre el miembro seleccionado, Escape quita la selección, + y - acercan y alejan, 0 muestra todo el mapa. Mouse: arrastre un miembro para moverlo, arrastre el fondo para desplazar el mapa y use la rueda para acercar o alejar. Tab pasa al resto de la pantalla.</translation>
    </message>
</context>
<context>
    <name>EnrolSiteDialog</name>
    <message>
        <source>Enrol a site</source>
        <translation>Inscribir un sitio</translation>
    </message>
    <message>
        <source>Ask the other site for its trust card and paste its card text here, or load it from a file. Then call them: they read their fingerprint aloud, group by group, and you type it below.</source>
        <translation>Pida al otro sitio su tarjeta de confianza y pegue aquí el texto de la tarjeta, o cárguelo desde un archivo. Después llámelos: le leerán su huella en voz alta, grupo por grupo, y usted la escribe abajo.</translation>
    </message>
    <message>
        <source>Card text of the other site</source>
        <translation>Texto de la tarjeta del otro sitio</translation>
    </message>
    <message>
        <source>&amp;Load from a file…</source>
        <translation>Cargar desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>The other site is</source>
        <translation>El otro sitio es</translation>
    </message>
    <message>
        <source>Fingerprint, as the other site reads it aloud</source>
        <translation>Huella, tal como la lee en voz alta el otro sitio</translation>
    </message>
    <message>
        <source>8 groups of 4 letters and digits</source>
        <translation>8 grupos de 4 letras y dígitos</translation>
    </message>
    <message>
        <source>&amp;Card text:</source>
        <translation>&amp;Texto de la tarjeta:</translation>
    </message>
    <message>
        <source>&amp;The other site is a:</source>
        <translation>El &amp;otro sitio es:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read aloud:</source>
        <translation>&amp;Huella leída en voz alta:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Site code: %1 · Name: %2 · Card for a %3.</source>
        <translation>Código del sitio: %1 · Nombre: %2 · Tarjeta de un %3.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>This site is already enrolled.</source>
        <translation>Este sitio ya está inscrito.</translation>
    </message>
    <message>
        <source>Load a trust card</source>
        <translation>Cargar una tarjeta de confianza</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace an enrolled site?</source>
        <translation>¿Reemplazar un sitio inscrito?</translation>
    </message>
    <message>
        <source>%1 is already enrolled here. Enrol this card in its place only if they told you by phone that their keys changed (a new computer, say). Bundles signed with the old key will no longer be accepted.</source>
        <translation>%1 ya está inscrito aquí. Inscriba esta tarjeta en su lugar solo si le dijeron por teléfono que sus claves cambiaron (por ejemplo, por una computadora nueva). Ya no se aceptarán los paquetes firmados con la clave anterior.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Add a local entry</source>
        <translation>Agregar una entrada local</translation>
    </message>
    <message>
        <source>Edit local entry</source>
        <translation>Editar entrada local</translation>
    </message>
    <message>
        <source>Service name, required</source>
        <translation>Nombre del servicio, obligatorio</translation>
    </message>
    <message>
        <source>e.g. Tuesday food pantry</source>
        <translation>p. ej., Despensa de alimentos de los martes</translation>
    </message>
    <message>
        <source>Organisation, required</source>
        <translation>Organización, obligatorio</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Quién lo ofrece</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Other categories, separated by commas</source>
        <translation>Otras categorías, separadas por comas</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que se hablan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;Free of charge</source>
        <translation>Gra&amp;tis</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>e.g. sliding scale, Medicaid accepted</source>
        <translation>p. ej., tarifa según ingresos, se acepta Medicaid</translation>
    </message>
    <message>
        <source>Wal&amp;k-ins welcome (no appointment)</source>
        <translation>Se aceptan &amp;visitas sin cita (no hace falta pedir una)</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>What to bring and how to apply</source>
        <translation>Qué traer y cómo solicitarlo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Organisation (required):</source>
        <translation>&amp;Organización (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorías:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Who can &amp;use it:</source>
        <translation>Quién puede &amp;usarlo:</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dónde y cuándo</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciud&amp;ad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Cost and access</source>
        <translation>Costo y acceso</translation>
    </message>
    <message>
        <source>Fees, &amp;if any:</source>
        <translation>Tari&amp;fas, si las hay:</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>&amp;Qué traer:</translation>
    </message>
    <message>
        <source>&amp;Accessibility:</source>
        <translation>Accesi&amp;bilidad:</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the directory</source>
        <translation>Exportar el directorio</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se va a crear</translation>
    </message>
    <message>
        <source>&amp;Choose where…</source>
        <translation>&amp;Elegir dónde…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>The bundle holds every change the other site has not yet acknowledged, encrypted so that only that site can open it. Take it there on a USB stick or by any other way; it is safe to copy.</source>
        <translation>El paquete contiene todos los cambios que el otro sitio aún no ha confirmado, cifrados para que solo ese sitio pueda abrirlo. Llévelo allí en una memoria USB o por cualquier otro medio; se puede copiar sin riesgo.</translation>
    </message>
    <message>
        <source>Site the bundle is for</source>
        <translation>Sitio al que va el paquete</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Carpeta para el paquete</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Exports every entry, from the hub and this center&apos;s own, in Open Referral HSDS 3.0 so other directories can read it. Nothing about participants is included.</source>
        <translation>Exporta todas las entradas, las del centro regional y las propias de este centro, en formato Open Referral HSDS 3.0 para que otros directorios puedan leerlas. No se incluye nada sobre las personas participantes.</translation>
    </message>
    <message>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <source>HSDS package (*.zip)</source>
        <translation>Paquete HSDS (*.zip)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Directory exported to %1</source>
        <translation>Directorio exportado a %1</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>No se exportó.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Exporting a bundle</source>
        <translation>Exportando un paquete</translation>
    </message>
    <message>
        <source>Gathering the changes for %1…</source>
        <translation>Reuniendo los cambios para %1…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Deteniendo; no se escribirá nada…</translation>
    </message>
    <message>
        <source>Change %1 of %2…</source>
        <translation>Cambio %1 de %2…</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) identified under consent</source>
        <translation>
            <numerusform>; %n persona con datos identificativos según su consentimiento</numerusform>
            <numerusform>; %n personas con datos identificativos según su consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n de-identified</source>
        <translation>
            <numerusform>, %n sin datos identificativos</numerusform>
            <numerusform>, %n sin datos identificativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) sent again in full after a new consent</source>
        <translation>
            <numerusform>; %n registro reenviado completo tras un nuevo consentimiento</numerusform>
            <numerusform>; %n registros reenviados completos tras un nuevo consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) whose consent ended are to be de-identified at the other site</source>
        <translation>
            <numerusform>; %n persona cuyo consentimiento terminó quedará sin datos identificativos en el otro sitio</numerusform>
            <numerusform>; %n personas cuyo consentimiento terminó quedarán sin datos identificativos en el otro sitio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to ROSC Desktop</source>
        <translation>Le damos la bienvenida a ROSC Desktop</translation>
    </message>
    <message>
        <source>Let&apos;s set up your center. You will be its first admin; you can add peer specialists and coordinators later.</source>
        <translation>Vamos a configurar su centro. Usted será la primera persona administradora; más adelante podrá agregar especialistas de pares y coordinadores.</translation>
    </message>
    <message>
        <source>The set-up on this computer was interrupted before it finished, so it starts over here. Nothing had been recorded yet.</source>
        <translation>La configuración en esta computadora se interrumpió antes de terminar, así que empieza de nuevo aquí. Todavía no se había registrado nada.</translation>
    </message>
    <message>
        <source>e.g. Harbor Light Recovery Community Center</source>
        <translation>p. ej., Centro Comunitario de Recuperación Harbor Light</translation>
    </message>
    <message>
        <source>&amp;Center name</source>
        <translation>&amp;Nombre del centro</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>e.g. RCC-01</source>
        <translation>p. ej., RCC-01</translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation>Código del &amp;sitio</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código del sitio</translation>
    </message>
    <message>
        <source>e.g. ana</source>
        <translation>p. ej., ana</translation>
    </message>
    <message>
        <source>Your &amp;user name</source>
        <translation>Su nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Su nombre co&amp;mpleto</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Password (at least %n characters)</source>
        <translation>
            <numerusform>&amp;Contraseña (al menos %n carácter)</numerusform>
            <numerusform>&amp;Contraseña (al menos %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>C&amp;onfirm password</source>
        <translation>Con&amp;firmar contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>This is the regional &amp;hub</source>
        <translation>Este es el centro re&amp;gional</translation>
    </message>
    <message>
        <source>This site is the regional hub</source>
        <translation>Este sitio es el centro regional</translation>
    </message>
    <message>
        <source>A hub takes bundles from the centers of its region and sends them the directory. Leave this off at a center.</source>
        <translation>El centro regional recibe los paquetes de los centros de su región y les envía el directorio. Déjelo sin marcar en un centro.</translation>
    </message>
    <message>
        <source>C&amp;reate center</source>
        <translation>C&amp;rear centro</translation>
    </message>
    <message>
        <source>Create center</source>
        <translation>Crear centro</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
    <message>
        <source>Recovery key %1</source>
        <translation>Clave de recuperación %1</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>The center is set up. Before you go on, keep this key safe.</source>
        <translation>El centro ya está configurado. Antes de continuar, guarde esta clave en un lugar seguro.</translation>
    </message>
    <message>
        <source>If every password is forgotten, this key is the only way to open the database; without it, nobody can read the records again, not even us. It will not be shown again.

Print it or write it on paper, and keep the paper somewhere safe, away from this computer: anyone with the key and this computer can open the records.</source>
        <translation>Si se olvidan todas las contraseñas, esta clave es la única forma de abrir la base de datos; sin ella, nadie podrá volver a leer los registros, ni siquiera nosotros. No se volverá a mostrar.

Imprímala o escríbala en papel, y guarde el papel en un lugar seguro, lejos de esta computadora: cualquier persona que tenga la clave y esta computadora puede abrir los registros.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>I &amp;have printed or written down the recovery key</source>
        <translation>&amp;Ya imprimí o anoté la clave de recuperación</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Ya imprimí o anoté la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>This key opens the database if every password is forgotten. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Esta clave abre la base de datos si se olvidan todas las contraseñas. Guarde este papel en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>ROSC Desktop recovery key</source>
        <translation>Clave de recuperación de ROSC Desktop</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Lo que escribió aquí no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Day of the sign-in sheet</source>
        <translation>Día de la hoja de registro</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Total de personas</translation>
    </message>
    <message>
        <source>&amp;Who came in? Type a few letters of their name:</source>
        <translation>¿Quién &amp;vino? Escriba algunas letras de su nombre:</translation>
    </message>
    <message>
        <source>Signed in on this day</source>
        <translation>Registrados este día</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>Reg&amp;istrados:</translation>
    </message>
    <message>
        <source>Nobody is signed in yet.</source>
        <translation>Todavía no hay nadie registrado.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Q&amp;uitar de la lista</translation>
    </message>
    <message>
        <source>Take the highlighted person off this day&apos;s sheet (Delete)</source>
        <translation>Quitar a la persona resaltada de la hoja de este día (Supr)</translation>
    </message>
    <message>
        <source>Unnamed visitors</source>
        <translation>Visitantes sin nombre</translation>
    </message>
    <message>
        <source>People who came but are not enrolled or would rather not give a name</source>
        <translation>Personas que vinieron pero no están inscritas o prefieren no dar su nombre</translation>
    </message>
    <message>
        <source>&amp;Unnamed visitors:</source>
        <translation>Visitantes sin nom&amp;bre:</translation>
    </message>
    <message>
        <source>One unnamed visitor fewer</source>
        <translation>Un visitante sin nombre menos</translation>
    </message>
    <message>
        <source>One unnamed visitor more</source>
        <translation>Un visitante sin nombre más</translation>
    </message>
    <message>
        <source>People who came but are not enrolled, or would rather not give a name: counted, never named.</source>
        <translation>Personas que vinieron pero no están inscritas, o que prefieren no dar su nombre: se cuentan, nunca se nombran.</translation>
    </message>
    <message>
        <source>Not enrolled or not named</source>
        <translation>No inscritos o sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n came in today</source>
        <translation>
            <numerusform>%n persona vino hoy</numerusform>
            <numerusform>%n personas vinieron hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came in on %1</source>
        <translation>
            <numerusform>%n persona vino el %1</numerusform>
            <numerusform>%n personas vinieron el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed in by name and %2 unnamed</source>
        <translation>%1 registrados con nombre y %2 sin nombre</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>−2 Much &amp;less than expected</source>
        <translation>−2 Mucho me&amp;nos de lo esperado</translation>
    </message>
    <message>
        <source>−1 Somewhat l&amp;ess</source>
        <translation>−1 Algo men&amp;os</translation>
    </message>
    <message>
        <source>&amp;0 The expected outcome</source>
        <translation>&amp;0 El resultado esperado</translation>
    </message>
    <message>
        <source>+1 Somewhat &amp;more</source>
        <translation>+1 Algo má&amp;s</translation>
    </message>
    <message>
        <source>+2 Much m&amp;ore</source>
        <translation>+2 M&amp;ucho más</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Con las propias palabras de la persona</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Fecha objetivo:</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Tiene fecha objetivo</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Weight, importance to the person</source>
        <translation>Peso, importancia para la persona</translation>
    </message>
    <message>
        <source>how much this goal matters to the person (1 unless some matter more)</source>
        <translation>cuánto le importa esta meta a la persona (1, salvo que algunas importen más)</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Goal, in the person&apos;s own words, required</source>
        <translation>Meta, con las propias palabras de la persona, obligatorio</translation>
    </message>
    <message>
        <source>Why it matters to them</source>
        <translation>Por qué le importa</translation>
    </message>
    <message>
        <source>Life &amp;area:</source>
        <translation>Á&amp;rea de la vida:</translation>
    </message>
    <message>
        <source>&amp;Goal, in their own words (required):</source>
        <translation>&amp;Meta, en sus propias palabras (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Why it matters to them:</source>
        <translation>&amp;Por qué le importa:</translation>
    </message>
    <message>
        <source>&amp;Importance (weight):</source>
        <translation>&amp;Importancia (peso):</translation>
    </message>
    <message>
        <source>How will we know? Goal Attainment Scaling levels, written with the person</source>
        <translation>¿Cómo lo sabremos? Niveles de la escala de logro de metas (GAS), escritos junto con la persona</translation>
    </message>
    <message>
        <source>Start with the expected outcome (0), then what would be a bit more or less, and much more or less.</source>
        <translation>Empiece por el resultado esperado (0); después, lo que sería algo más o algo menos, y mucho más o mucho menos.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Guardar meta</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Trabajo y educación</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Substance use and recovery</source>
        <translation>Consumo de sustancias y recuperación</translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation>Familia y relaciones</translation>
    </message>
    <message>
        <source>Social and community</source>
        <translation>Vida social y comunidad</translation>
    </message>
    <message>
        <source>Spiritual and meaning</source>
        <translation>Espiritualidad y sentido</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Recreation</source>
        <translation>Ocio y recreación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>Much less than expected</source>
        <translation>Mucho menos de lo esperado</translation>
    </message>
    <message>
        <source>Somewhat less</source>
        <translation>Algo menos</translation>
    </message>
    <message>
        <source>The expected outcome</source>
        <translation>El resultado esperado</translation>
    </message>
    <message>
        <source>Somewhat more</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Much more</source>
        <translation>Mucho más</translation>
    </message>
    <message>
        <source>Goal progress: no reviews yet</source>
        <translation>Progreso de las metas: todavía sin revisiones</translation>
    </message>
    <message>
        <source>Goal progress: %1 (50 = goals met as expected)</source>
        <translation>Progreso de las metas: %1 (50 = metas cumplidas como se esperaba)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goal progress is a Goal Attainment Scaling (GAS) T-score (Kiresuk &amp; Sherman 1968):
T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with ρ = 0.3
xᵢ is the latest level reached on goal i (−2 to +2) and wᵢ its weight (1 unless changed).
Goals not reviewed yet, and goals let go, are left out.
50 means the goals were met as expected; above 50, better than expected.</source>
        <translation>El progreso de las metas es una puntuación T de la escala de logro de metas (GAS; Kiresuk y Sherman, 1968):
T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), con ρ = 0,3
xᵢ es el último nivel alcanzado en la meta i (de −2 a +2) y wᵢ, su peso (1 salvo que se cambie).
No se cuentan las metas aún sin revisar ni las metas dejadas de lado.
50 significa que las metas se cumplieron como se esperaba; más de 50, mejor de lo esperado.</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso de las metas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Goal, in their words</source>
        <translation>Meta, en sus palabras</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest level</source>
        <translation>Último nivel</translation>
    </message>
    <message>
        <source>Goals, in the person&apos;s order</source>
        <translation>Metas, en el orden de la persona</translation>
    </message>
    <message>
        <source>Steps are listed under each goal: Space ticks a step done. Ctrl+Up and Ctrl+Down change the order.</source>
        <translation>Los pasos aparecen debajo de cada meta: la barra espaciadora marca un paso como hecho. Ctrl+Up y Ctrl+Down cambian el orden.</translation>
    </message>
    <message>
        <source>Goals in the &amp;person&apos;s order (the first active one is their top priority):</source>
        <translation>Metas en el orden de la persona (la primera activa es su máxima prioridad):</translation>
    </message>
    <message>
        <source>No goals yet. Ask what the person wants to work on, and write it in their own words.</source>
        <translation>Todavía no hay metas. Pregunte a la persona en qué quiere trabajar y escríbalo con sus propias palabras.</translation>
    </message>
    <message>
        <source>About the selected goal</source>
        <translation>Sobre la meta seleccionada</translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation>N&amp;ueva meta…</translation>
    </message>
    <message>
        <source>New goal (%1)</source>
        <translation>Nueva meta (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Record the level reached on this goal today or on a past date</source>
        <translation>Registrar el nivel alcanzado en esta meta hoy o en una fecha anterior</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>Agre&amp;gar paso…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move up (%1)</source>
        <translation>Subir (%1)</translation>
    </message>
    <message>
        <source>&amp;Move down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move down (%1)</source>
        <translation>Bajar (%1)</translation>
    </message>
    <message>
        <source>Acts on the selected goal</source>
        <translation>Actúa sobre la meta seleccionada</translation>
    </message>
    <message>
        <source>Review a goal to record the level reached; the score follows.</source>
        <translation>Revise una meta para registrar el nivel alcanzado; luego aparecerá la puntuación.</translation>
    </message>
    <message>
        <source>From the latest review of %1 of %2 goals.</source>
        <translation>Según la última revisión de %1 de %2 metas.</translation>
    </message>
    <message>
        <source>At their first reviews: %1.</source>
        <translation>En sus primeras revisiones: %1.</translation>
    </message>
    <message>
        <source>%1 ★ Top priority</source>
        <translation>%1 ★ Máxima prioridad</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation>quién ayuda: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fecha límite: %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personal)</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>una persona del personal</translation>
    </message>
    <message>
        <source>%1 (their network)</source>
        <translation>%1 (su red de apoyo)</translation>
    </message>
    <message>
        <source>the person themselves</source>
        <translation>la propia persona</translation>
    </message>
    <message>
        <source>Set on %1 · Weight %2</source>
        <translation>Fijada el %1 · Peso %2</translation>
    </message>
    <message>
        <source>Target date %1</source>
        <translation>Fecha objetivo: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué le importa: %1</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveles: %1</translation>
    </message>
    <message>
        <source>Last review %1: %2</source>
        <translation>Última revisión, %1: %2</translation>
    </message>
</context>
<context>
    <name>HelpKey</name>
    <message>
        <source>&amp;Guide to this screen</source>
        <translation>&amp;Guía de esta pantalla</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;All guides</source>
        <translation>&amp;Todas las guías</translation>
    </message>
    <message>
        <source>Close the guide (Esc)</source>
        <translation>Cerrar la guía (Esc)</translation>
    </message>
    <message>
        <source>Help — %1</source>
        <translation>Ayuda — %1</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Add opening &amp;hours</source>
        <translation>Agregar &amp;horario</translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <source>Opens at</source>
        <translation>Hora de apertura</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Quitar este horario</translation>
    </message>
</context>
<context>
    <name>HubReportDialog</name>
    <message>
        <source>Reports across centers</source>
        <translation>Informes de los centros</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Figures per center</source>
        <translation>Cifras por centro</translation>
    </message>
    <message>
        <source>Figures come from the records each center has sent, identified or not, counted as each center counts them. Point at a column&apos;s title to read what it counts.</source>
        <translation>Las cifras provienen de los registros que cada centro ha enviado, identificados o no, y se cuentan igual que en cada centro. Señale el título de una columna para leer qué cuenta.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n center(s).</source>
        <translation>
            <numerusform>%n centro.</numerusform>
            <numerusform>%n centros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n person(s).</source>
        <translation>
            <numerusform>Se basa en %n persona.</numerusform>
            <numerusform>Se basa en %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: people it rests on</source>
        <translation>%1: personas en que se basa</translation>
    </message>
    <message>
        <source>Copied; paste it into a spreadsheet.</source>
        <translation>Copiado; péguelo en una hoja de cálculo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into the directory</source>
        <translation>Importar al directorio</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se va a importar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>These entries come from</source>
        <translation>De dónde vienen estas entradas</translation>
    </message>
    <message>
        <source>The &amp;hub&apos;s directory (read-only at this center)</source>
        <translation>El directorio del &amp;centro regional (solo de lectura en este centro)</translation>
    </message>
    <message>
        <source>&amp;Our own entries (this center can edit them)</source>
        <translation>&amp;Nuestras propias entradas (este centro puede editarlas)</translation>
    </message>
    <message>
        <source>Meeting lists are always this center&apos;s own entries.</source>
        <translation>Las listas de reuniones siempre son entradas propias de este centro.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Fil&amp;e:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Qué cambiaría</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que quiere importar</translation>
    </message>
    <message>
        <source>Fields in the file this directory does not keep (left out): %1</source>
        <translation>Campos del archivo que este directorio no guarda (se omiten): %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: see the problem below. Nothing was changed.</source>
        <translation>Este archivo no se puede importar: vea el problema más abajo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Some rows could not be read (listed below with their line). The rest can be imported; nothing has changed yet.</source>
        <translation>Algunas filas no se pudieron leer (aparecen abajo con su número de línea). El resto se puede importar; todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>&amp;Import the readable rows</source>
        <translation>&amp;Importar las filas que se pudieron leer</translation>
    </message>
    <message>
        <source>The directory already has everything in this file. Nothing would change.</source>
        <translation>El directorio ya tiene todo lo que hay en este archivo. No cambiaría nada.</translation>
    </message>
    <message>
        <source>This is what the import would change; the notes below say what was left out of some rows. Nothing has changed yet.</source>
        <translation>Esto es lo que cambiaría la importación; las notas de abajo dicen qué se dejó fuera de algunas filas. Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is what the import would change. Nothing has changed yet.</source>
        <translation>Esto es lo que cambiaría la importación. Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>From %1 · %2 · made %3</source>
        <translation>De %1 · %2 · creado el %3</translation>
    </message>
    <message>
        <source>Changes per kind of record</source>
        <translation>Cambios por tipo de registro</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Para revisar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation>&amp;Dejarlo en espera</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Ya se importó el %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 from this site have not arrived yet. This bundle will wait until they do; you can also apply it anyway later from the bundle log.</source>
        <translation>%1 de este sitio: aún sin recibir. Este paquete esperará hasta que lleguen; también puede aplicarlo de todos modos más adelante desde el historial de paquetes.</translation>
    </message>
    <message>
        <source>Applying adds %1 new, updates %2 and leaves %3 unchanged.</source>
        <translation>Al aplicarlo: %1 nuevo(s), %2 actualizado(s) y %3 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will go to the review queue for you to decide.</source>
        <translation>
            <numerusform>%n registro pasará a la lista de revisión para que usted decida.</numerusform>
            <numerusform>%n registros pasarán a la lista de revisión para que usted decida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) come again in full after a new consent.</source>
        <translation>
            <numerusform>%n registro llega de nuevo completo tras un nuevo consentimiento.</numerusform>
            <numerusform>%n registros llegan de nuevo completos tras un nuevo consentimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be de-identified here: their consent ended.</source>
        <translation>
            <numerusform>%n persona quedará aquí sin datos identificativos: su consentimiento terminó.</numerusform>
            <numerusform>%n personas quedarán aquí sin datos identificativos: su consentimiento terminó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) of a participant between centers travel with it.</source>
        <translation>
            <numerusform>%n traslado de participante entre centros viaja con este paquete.</numerusform>
            <numerusform>%n traslados de participantes entre centros viajan con este paquete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Strengths and interests</source>
        <translation>Fortalezas e intereses</translation>
    </message>
    <message>
        <source>What are you good at? What do you enjoy?</source>
        <translation>¿Qué sabe hacer bien? ¿Qué disfruta?</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>Who and what matters most to you right now?</source>
        <translation>¿Quién y qué es lo que más le importa en este momento?</translation>
    </message>
    <message>
        <source>Hopes, in my own words</source>
        <translation>Esperanzas, en mis propias palabras</translation>
    </message>
    <message>
        <source>What would you like your life to look like, in your own words?</source>
        <translation>¿Cómo le gustaría que fuera su vida, en sus propias palabras?</translation>
    </message>
    <message>
        <source>Community ties already there</source>
        <translation>Lazos que ya tengo en la comunidad</translation>
    </message>
    <message>
        <source>People, groups and places that are already on your side.</source>
        <translation>Personas, grupos y lugares que ya le apoyan.</translation>
    </message>
    <message>
        <source>What has helped before</source>
        <translation>Lo que me ha ayudado antes</translation>
    </message>
    <message>
        <source>When things went better, what made the difference?</source>
        <translation>Cuando las cosas iban mejor, ¿qué marcó la diferencia?</translation>
    </message>
    <message>
        <source>A guide for the conversation, not a form to get through. Start with strengths, and write down the person&apos;s own words.</source>
        <translation>Una guía para la conversación, no un formulario que hay que llenar. Empiece por las fortalezas y anote lo que dice la persona con sus propias palabras.</translation>
    </message>
    <message>
        <source>Sa&amp;ve intake</source>
        <translation>&amp;Guardar acogida</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Show the saved version…</source>
        <translation>Mostrar la versión guardada…</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation>Capital de recuperación (BARC-10)</translation>
    </message>
    <message>
        <source>Ten statements about the resources the person has for recovery. Repeat it every few months to see how things change.</source>
        <translation>Diez afirmaciones sobre los recursos con los que cuenta la persona para su recuperación. Repítalo cada pocos meses para ver cómo cambian las cosas.</translation>
    </message>
    <message>
        <source>Record &amp;a BARC-10…</source>
        <translation>Registrar un &amp;BARC-10…</translation>
    </message>
    <message>
        <source>Earlier assess&amp;ments:</source>
        <translation>Eval&amp;uaciones anteriores:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total (of 60)</source>
        <translation>Total (de 60)</translation>
    </message>
    <message>
        <source>BARC-10 history</source>
        <translation>Historial del BARC-10</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Todavía no hay ninguna registrada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Aún no se ha guardado nada</translation>
    </message>
    <message>
        <source>Show the saved version?</source>
        <translation>¿Mostrar la versión guardada?</translation>
    </message>
    <message>
        <source>Your typing on this tab will be replaced by the version saved elsewhere. Copy anything you want to keep first.</source>
        <translation>Lo que escribió en esta pestaña se reemplazará por la versión guardada en otro lugar. Antes, copie lo que quiera conservar.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Map legend</source>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <source>colour marked {abbreviation}: {domain}</source>
        <translation>color con la marca {abbreviation}: {domain}</translation>
    </message>
    <message>
        <source>thick line</source>
        <translation>línea gruesa</translation>
    </message>
    <message>
        <source>medium line</source>
        <translation>línea mediana</translation>
    </message>
    <message>
        <source>thin line</source>
        <translation>línea fina</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>dashed {line}</source>
        <translation>{line} discontinua</translation>
    </message>
    <message>
        <source>zigzag line: {meaning}</source>
        <translation>línea en zigzag: {meaning}</translation>
    </message>
    <message>
        <source>line with a zigzag on it: {meaning}</source>
        <translation>línea con un tramo en zigzag: {meaning}</translation>
    </message>
    <message>
        <source>grey dotted line: {meaning}</source>
        <translation>línea gris punteada: {meaning}</translation>
    </message>
    <message>
        <source>arrow towards the participant</source>
        <translation>flecha hacia la persona participante</translation>
    </message>
    <message>
        <source>arrow towards the member</source>
        <translation>flecha hacia el miembro</translation>
    </message>
    <message>
        <source>arrows at both ends</source>
        <translation>flechas en ambos extremos</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>The participant is the double circle in the middle.</source>
        <translation>La persona participante es el círculo doble del centro.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another member</source>
        <translation>Enlazar con otro miembro</translation>
    </message>
    <message>
        <source>Who else in the network does %1 know? A thin line will join them on the map.</source>
        <translation>¿A quién más de la red de apoyo conoce %1? Una línea fina los unirá en el mapa.</translation>
    </message>
    <message>
        <source>%1 — linked already; choose to remove the line</source>
        <translation>%1 — ya enlazado; elija esta opción para quitar la línea</translation>
    </message>
    <message>
        <source>The other member</source>
        <translation>El otro miembro</translation>
    </message>
    <message>
        <source>Note about the link</source>
        <translation>Nota sobre el enlace</translation>
    </message>
    <message>
        <source>How they know each other (optional)</source>
        <translation>De qué se conocen (opcional)</translation>
    </message>
    <message>
        <source>&amp;Other member:</source>
        <translation>&amp;Otro miembro:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Enlazar</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Quitar enlace</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter your password to go on where you left off.</source>
        <translation>%1 tiene la sesión iniciada. Escriba su contraseña para seguir donde se quedó.</translation>
    </message>
    <message>
        <source>&amp;Password for %1</source>
        <translation>Co&amp;ntraseña de %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;Buscar participante</translation>
    </message>
    <message>
        <source>Drop-in sign-in</source>
        <translation>Registro de entrada libre</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;About ROSC Desktop</source>
        <translation>&amp;Acerca de ROSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Print plans reviewed this week…</source>
        <translation>&amp;Imprimir los planes revisados esta semana…</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>Hacer copia de se&amp;guridad en…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de pares</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3</source>
        <translation>Sesión iniciada: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Director&amp;y</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>Sync &amp;bundles</source>
        <translation>Pa&amp;quetes de sincronización</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Copia de seguridad no hecha</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it.</source>
        <translation>El disco está lleno: libere espacio en él.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. The older backups are kept, and the next sign-in tries again.

%1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy. Se conservan las copias anteriores y se vuelve a intentar en el próximo inicio de sesión.

%1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Some work is not saved yet. Unlock to save or discard it first.</source>
        <translation>Hay trabajo que aún no se ha guardado. Desbloquee primero para guardarlo o descartarlo.</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Clave de recuperación sin guardar</translation>
    </message>
    <message>
        <source>The recovery key will not be shown again. Close without keeping it?</source>
        <translation>La clave de recuperación no se volverá a mostrar. ¿Cerrar sin guardarla?</translation>
    </message>
    <message>
        <source>About ROSC Desktop</source>
        <translation>Acerca de ROSC Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ROSC Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Strengths-based intakes for recovery community centers, kept encrypted on this computer and usable without the internet.&lt;/p&gt;&lt;p&gt;Free software under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ROSC Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Entrevistas de acogida basadas en las fortalezas para centros comunitarios de recuperación, guardadas con cifrado en esta computadora y disponibles sin internet.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General Affero de GNU (GNU Affero General Public License), versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManifestDialog</name>
    <message>
        <source>Bundle contents</source>
        <translation>Contenido del paquete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Formato de datos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <source>nothing special</source>
        <translation>nada especial</translation>
    </message>
    <message>
        <source>Bundle facts</source>
        <translation>Datos del paquete</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sections of the bundle</source>
        <translation>Secciones del paquete</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The signature and the recipient were checked; nothing was applied.</source>
        <translation>Se comprobaron la firma y el destinatario; no se aplicó nada.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>People served and contacts, month by month</source>
        <translation>Personas atendidas y contactos, mes a mes</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>Personas atendidas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Attendance by kind of activity</source>
        <translation>Asistencia por tipo de actividad</translation>
    </message>
    <message>
        <source>BARC-10 totals at first and latest assessment</source>
        <translation>Totales del BARC-10 en la primera y la última evaluación</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Primera evaluación</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>BARC-10 total</source>
        <translation>Total del BARC-10</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Enrolled people</source>
        <translation>Personas inscritas</translation>
    </message>
    <message>
        <source>Visits by people not enrolled or not named</source>
        <translation>Visitas de personas no inscritas o sin nombre</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Outreach in the community</source>
        <translation>Acercamiento en la comunidad</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Entrada libre</translation>
    </message>
    <message>
        <source>Enrolled people with at least one check-in or attendance in the period, each counted once, plus visits by people who are not enrolled or not named (counted per visit: they cannot be told apart).</source>
        <translation>Participantes inscritos con al menos un encuentro o una asistencia en el período, cada uno contado una sola vez, más las visitas de personas no inscritas o sin nombre (contadas por visita: no se pueden distinguir).</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <source>People registered (enrolled) in the period.</source>
        <translation>Personas registradas (inscritas) en el período.</translation>
    </message>
    <message>
        <source>Check-ins recorded in the period, by how the person was reached.</source>
        <translation>Encuentros registrados en el período, según cómo se contactó a la persona.</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Actividades realizadas</translation>
    </message>
    <message>
        <source>Groups, meetings, classes, events and drop-in days recorded in the period and not cancelled, by kind.</source>
        <translation>Grupos, reuniones, clases, eventos y días de visitas sin cita registrados en el período y no cancelados, por tipo.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Everyone recorded at those activities: enrolled people plus the count of people not enrolled or not named, by kind of activity.</source>
        <translation>Todas las personas registradas en esas actividades: participantes inscritos más el número de personas no inscritas o sin nombre, por tipo de actividad.</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Derivaciones hechas</translation>
    </message>
    <message>
        <source>Referrals to a service made in the period.</source>
        <translation>Derivaciones a un servicio hechas en el período.</translation>
    </message>
    <message>
        <source>Referrals connected</source>
        <translation>Derivaciones conectadas</translation>
    </message>
    <message>
        <source>Referrals that reached &quot;connected&quot; in the period, whenever they were made.</source>
        <translation>Derivaciones que llegaron a &quot;conectada&quot; en el período, sin importar cuándo se hicieron.</translation>
    </message>
    <message>
        <source>Days to connection (median)</source>
        <translation>Días hasta la conexión (mediana)</translation>
    </message>
    <message>
        <source>For the referrals connected in the period: the middle number of days from the referral to the connection.</source>
        <translation>Para las derivaciones conectadas en el período: el número de días del medio entre la derivación y la conexión.</translation>
    </message>
    <message>
        <source>BARC-10 change (average)</source>
        <translation>Cambio en el BARC-10 (promedio)</translation>
    </message>
    <message>
        <source>For people assessed in the period who had an earlier BARC-10: latest total minus first total, averaged (paired; the number of people it rests on is shown).</source>
        <translation>Para las personas evaluadas en el período que tenían un BARC-10 anterior: el último total menos el primero, en promedio (pareado; se muestra en cuántas personas se basa).</translation>
    </message>
    <message>
        <source>Goal progress change (average)</source>
        <translation>Cambio en el progreso de las metas (promedio)</translation>
    </message>
    <message>
        <source>For people with a goal review in the period: the GAS T-score of their goals&apos; latest reviews minus that of their first reviews, averaged (the number of people it rests on is shown).</source>
        <translation>Para las personas con una revisión de metas en el período: la puntuación T de GAS de las últimas revisiones de sus metas menos la de las primeras, en promedio (se muestra en cuántas personas se basa).</translation>
    </message>
    <message>
        <source>Supports added to networks</source>
        <translation>Apoyos sumados a la red de apoyo</translation>
    </message>
    <message>
        <source>People, groups and services added to someone&apos;s support network in the period (and not since taken off); the number of people whose network grew is shown.</source>
        <translation>Personas, grupos y servicios sumados a la red de apoyo de alguien en el período (y que no se quitaron después); se muestra el número de personas cuya red creció.</translation>
    </message>
    <message>
        <source>Life areas gained</source>
        <translation>Áreas de la vida ganadas</translation>
    </message>
    <message>
        <source>Life areas (family, housing, work …) that first appeared on a person&apos;s support network in the period.</source>
        <translation>Áreas de la vida (familia, vivienda, trabajo …) que aparecieron por primera vez en la red de apoyo de una persona en el período.</translation>
    </message>
    <message>
        <source>Networks reconvened after a setback</source>
        <translation>Redes reunidas de nuevo después de un momento difícil</translation>
    </message>
    <message>
        <source>Times a person&apos;s setback plan was used to reconvene their network in the period.</source>
        <translation>Veces que se usó el plan para momentos difíciles de una persona para reunir de nuevo a su red de apoyo en el período.</translation>
    </message>
    <message>
        <source>Consents in effect</source>
        <translation>Consentimientos vigentes</translation>
    </message>
    <message>
        <source>Written consents to share that were in effect on the last day of the period.</source>
        <translation>Consentimientos escritos para compartir información que estaban vigentes el último día del período.</translation>
    </message>
</context>
<context>
    <name>MeetingTypes</name>
    <message>
        <source>11th Step Meditation</source>
        <translation>Meditación del Paso 11</translation>
    </message>
    <message>
        <source>12 Steps &amp; 12 Traditions</source>
        <translation>12 Pasos y 12 Tradiciones</translation>
    </message>
    <message>
        <source>Secular</source>
        <translation>Secular</translation>
    </message>
    <message>
        <source>As Bill Sees It</source>
        <translation>Como lo ve Bill</translation>
    </message>
    <message>
        <source>Concurrent with Alateen</source>
        <translation>A la vez que Alateen</translation>
    </message>
    <message>
        <source>Concurrent with Al-Anon</source>
        <translation>A la vez que Al-Anon</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana</translation>
    </message>
    <message>
        <source>Big Book</source>
        <translation>Libro Grande</translation>
    </message>
    <message>
        <source>Babysitting Available</source>
        <translation>Cuidado de niños disponible</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Para recién llegados</translation>
    </message>
    <message>
        <source>Bisexual</source>
        <translation>Bisexual</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Desayuno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Candlelight</source>
        <translation>A la luz de las velas</translation>
    </message>
    <message>
        <source>Child-Friendly</source>
        <translation>Se admiten niños</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Digital Basket</source>
        <translation>Canasta digital</translation>
    </message>
    <message>
        <source>Dual Diagnosis</source>
        <translation>Diagnóstico dual</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Daily Reflections</source>
        <translation>Reflexiones diarias</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Fragrance Free</source>
        <translation>Sin fragancias</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Gay</source>
        <translation>Gay</translation>
    </message>
    <message>
        <source>Grapevine</source>
        <translation>Grapevine (La Viña)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Aniversarios</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Lesbian</source>
        <translation>Lesbianas</translation>
    </message>
    <message>
        <source>LGBTQ</source>
        <translation>LGBTQ</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Literatura</translation>
    </message>
    <message>
        <source>Living Sober</source>
        <translation>Viviendo sobrio</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation>Meditación</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Native American</source>
        <translation>Nativos americanos</translation>
    </message>
    <message>
        <source>Non-Binary</source>
        <translation>No binarie</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>Al aire libre</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Proof of Attendance</source>
        <translation>Constancia de asistencia</translation>
    </message>
    <message>
        <source>People of Color</source>
        <translation>Personas de color</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Smoking Permitted</source>
        <translation>Se permite fumar</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Con orador</translation>
    </message>
    <message>
        <source>Step Study</source>
        <translation>Estudio de los Pasos</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>Transgénero</translation>
    </message>
    <message>
        <source>Location Temporarily Closed</source>
        <translation>Lugar cerrado por ahora</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Tradition Study</source>
        <translation>Estudio de las Tradiciones</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Wheelchair Access</source>
        <translation>Acceso en silla de ruedas</translation>
    </message>
    <message>
        <source>Wheelchair-Accessible Bathroom</source>
        <translation>Baño accesible en silla de ruedas</translation>
    </message>
    <message>
        <source>Cross Talk Permitted</source>
        <translation>Se permite el diálogo cruzado</translation>
    </message>
    <message>
        <source>Young People</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Online Meeting</source>
        <translation>Reunión en línea</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add to the network</source>
        <translation>Agregar a la red de apoyo</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>Name, required</source>
        <translation>Nombre, obligatorio</translation>
    </message>
    <message>
        <source>A person, a group or a service</source>
        <translation>Persona, grupo o servicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Relationship, in the person&apos;s words</source>
        <translation>Relación, con las palabras de la persona</translation>
    </message>
    <message>
        <source>e.g. my sister, my sponsor</source>
        <translation>p. ej., mi hermana, mi padrino</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Life area:</source>
        <translation>Área de la &amp;vida:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Strength of the tie</source>
        <translation>Fuerza del vínculo</translation>
    </message>
    <message>
        <source>Nature of the tie</source>
        <translation>Naturaleza del vínculo</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>Sentido del apoyo</translation>
    </message>
    <message>
        <source>How often in touch</source>
        <translation>Frecuencia de contacto</translation>
    </message>
    <message>
        <source>Known s&amp;ince:</source>
        <translation>&amp;Se conocen desde:</translation>
    </message>
    <message>
        <source>Known since a date</source>
        <translation>Se conocen desde una fecha</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Se conocen desde</translation>
    </message>
    <message>
        <source>Note about the tie</source>
        <translation>Nota sobre el vínculo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <source>The person&apos;s tie to them</source>
        <translation>Vínculo de la persona con este miembro</translation>
    </message>
    <message>
        <source>Stren&amp;gth:</source>
        <translation>&amp;Fuerza:</translation>
    </message>
    <message>
        <source>Nat&amp;ure:</source>
        <translation>Nat&amp;uraleza:</translation>
    </message>
    <message>
        <source>&amp;Direction of support:</source>
        <translation>Sentido del a&amp;poyo:</translation>
    </message>
    <message>
        <source>How &amp;often in touch:</source>
        <translation>Fr&amp;ecuencia de contacto:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A partir del:</translation>
    </message>
    <message>
        <source>Tie change &amp;as of:</source>
        <translation>Cambio &amp;a partir del:</translation>
    </message>
    <message>
        <source>The day this was so. Leave it at today unless you are recording something that happened earlier.</source>
        <translation>El día desde el que esto es así. Deje la fecha de hoy, salvo que esté registrando algo que ocurrió antes.</translation>
    </message>
    <message>
        <source>&amp;Save and add to the map</source>
        <translation>&amp;Guardar y agregar al mapa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>There is already a member called %1. Add another person with the same name?</source>
        <translation>Ya hay un miembro llamado %1. ¿Desea agregar a otra persona con el mismo nombre?</translation>
    </message>
    <message>
        <source>&amp;Add another person</source>
        <translation>&amp;Agregar a otra persona</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation>
            <numerusform>Es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>Es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha es futura.</translation>
    </message>
    <message>
        <source>This date is too early (earliest %1).</source>
        <translation>Esta fecha es demasiado antigua (la más antigua posible: %1).</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only, with at least 3 digits.</source>
        <translation>Use solo dígitos, espacios y + ( ) - . /, con al menos 3 dígitos.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Unknown recovery pathway.</source>
        <translation>Vía de recuperación desconocida.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>Please answer all 10 statements.</source>
        <translation>Responda las 10 afirmaciones, por favor.</translation>
    </message>
    <message>
        <source>Each answer is from 1 (strongly disagree) to 6 (strongly agree).</source>
        <translation>Cada respuesta va de 1 (totalmente en desacuerdo) a 6 (totalmente de acuerdo).</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>User names use lower-case letters, digits, dots, dashes or underscores (2 to 64).</source>
        <translation>Los nombres de usuario usan letras minúsculas, dígitos, puntos, guiones o guiones bajos (de 2 a 64).</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Este nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <source>The password must not contain the user name: anyone could guess it.</source>
        <translation>La contraseña no debe contener el nombre de usuario: cualquiera podría adivinarla.</translation>
    </message>
    <message>
        <source>This password is among the first ones anybody would try. Choose another.</source>
        <translation>Esta contraseña está entre las primeras que cualquiera probaría. Elija otra.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>La contraseña nueva debe ser distinta de la anterior.</translation>
    </message>
    <message>
        <source>Your password is your own already: change it in Settings.</source>
        <translation>Su contraseña ya es suya: cámbiela en Configuración.</translation>
    </message>
    <message>
        <source>Choose a role from the list: peer specialist, coordinator or admin.</source>
        <translation>Elija una función de la lista: especialista de pares, coordinador o administrador.</translation>
    </message>
    <message>
        <source>This is the center&apos;s last active admin. Make someone else an admin first.</source>
        <translation>Es el último administrador activo del centro. Primero nombre administrador a otra persona.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account. Ask another admin.</source>
        <translation>No puede desactivar su propia cuenta. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>There is no account with that user name.</source>
        <translation>No hay ninguna cuenta con ese nombre de usuario.</translation>
    </message>
    <message>
        <source>That is not one of the center&apos;s details.</source>
        <translation>Ese no es uno de los datos del centro.</translation>
    </message>
    <message>
        <source>Say what to change (for example --phone).</source>
        <translation>Indique qué cambiar (por ejemplo --phone).</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name (at most 120 characters).</source>
        <translation>Escriba el nombre de la persona (como máximo 120 caracteres).</translation>
    </message>
    <message>
        <source>Please enter the center&apos;s name (at most 120 characters).</source>
        <translation>Escriba el nombre del centro (como máximo 120 caracteres).</translation>
    </message>
    <message>
        <source>Site codes are 2 to 16 capital letters, digits or dashes, like RCC-01.</source>
        <translation>Los códigos de sitio tienen de 2 a 16 letras mayúsculas, dígitos o guiones, como RCC-01.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 minutes.</source>
        <translation>Elija entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Please try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Demasiados intentos. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Esa clave de recuperación no abre esta base de datos.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation>Esta cuenta está desactivada. Consulte con la administración.</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>Esa no es su contraseña actual.</translation>
    </message>
    <message>
        <source>The sign-in file (keyring.json) is missing beside the database. Restore it from a copy: without it the database cannot be opened.</source>
        <translation>Falta el archivo de inicio de sesión (keyring.json) junto a la base de datos. Restáurelo desde una copia: sin él no se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>The sign-in file (keyring.json) is damaged or not ours. Restore it from a backup.</source>
        <translation>El archivo de inicio de sesión (keyring.json) está dañado o no es de ROSC Desktop. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The sign-in file was made by a newer version. Please update ROSC Desktop.</source>
        <translation>El archivo de inicio de sesión se creó con una versión más reciente. Actualice ROSC Desktop.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it is damaged, or it is not a ROSC Desktop database, or it belongs to another key. Nothing was changed.</source>
        <translation>No se puede abrir el archivo de la base de datos: está dañado, no es una base de datos de ROSC Desktop o corresponde a otra clave. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database file is missing. Restore it from the backups folder.</source>
        <translation>Falta el archivo de la base de datos. Restáurelo desde la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of ROSC Desktop. Please update the app.</source>
        <translation>Esta base de datos se creó con una versión más reciente de ROSC Desktop. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>A database already exists in this folder.</source>
        <translation>Ya existe una base de datos en esta carpeta.</translation>
    </message>
    <message>
        <source>The hub&apos;s database server (%1) cannot be reached. Check that it is running and that this computer can reach it, then try again.</source>
        <translation>No se puede conectar con el servidor de base de datos del centro regional (%1). Compruebe que esté en funcionamiento y que esta computadora pueda conectarse a él, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The hub&apos;s database server (%1) did not accept the database user name or password. Check the database settings with whoever runs the server.</source>
        <translation>El servidor de base de datos del centro regional (%1) no aceptó el nombre de usuario o la contraseña de la base de datos. Revise la configuración de la base de datos con quien administre el servidor.</translation>
    </message>
    <message>
        <source>The hub&apos;s database server (%1) has no database of that name. Check the database address in the settings.</source>
        <translation>El servidor de base de datos del centro regional (%1) no tiene ninguna base de datos con ese nombre. Revise la dirección de la base de datos en la configuración.</translation>
    </message>
    <message>
        <source>The database address is not a PostgreSQL address (postgresql://user@host/database).</source>
        <translation>La dirección de la base de datos no es una dirección de PostgreSQL (postgresql://usuario@servidor/base).</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be backed up here: the PostgreSQL tool %1 is not installed. Install the PostgreSQL client tools, or back the server up there.</source>
        <translation>Aquí no se puede hacer una copia de seguridad de la base de datos del centro regional: la herramienta %1 de PostgreSQL no está instalada. Instale las herramientas cliente de PostgreSQL o haga la copia en el propio servidor.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the hub&apos;s database (exit status %1). Nothing was changed; ask whoever runs the server.</source>
        <translation>pg_dump no pudo hacer la copia de seguridad de la base de datos del centro regional (código de salida %1). No se cambió nada; consulte con quien administre el servidor.</translation>
    </message>
    <message>
        <source>This cannot be done on a hub whose database is on a PostgreSQL server.</source>
        <translation>Esto no se puede hacer en un centro regional cuya base de datos está en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your typing is still here: free some space and save again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Lo que escribió sigue aquí: libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The disk could not be written, so nothing was saved. Your typing is still here.</source>
        <translation>No se pudo escribir en el disco, así que no se guardó nada. Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>You are signed out, so this was not done. Sign in and try again.</source>
        <translation>Se cerró su sesión, así que esto no se hizo. Inicie sesión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This goal is not there any more.</source>
        <translation>Esta meta ya no existe.</translation>
    </message>
    <message>
        <source>Choose a life area from the list.</source>
        <translation>Elija un área de la vida de la lista.</translation>
    </message>
    <message>
        <source>Importance is a number above 0, at most 10.</source>
        <translation>La importancia es un número mayor que 0 y como máximo 10.</translation>
    </message>
    <message>
        <source>The target date cannot be before the day the goal was set.</source>
        <translation>La fecha objetivo no puede ser anterior al día en que se fijó la meta.</translation>
    </message>
    <message>
        <source>Write all five levels with the person.</source>
        <translation>Escriba los cinco niveles junto con la persona.</translation>
    </message>
    <message>
        <source>Choose one of the five levels, from −2 to +2.</source>
        <translation>Elija uno de los cinco niveles, de −2 a +2.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Elija un estado de la lista.</translation>
    </message>
    <message>
        <source>Choose who helps with this step.</source>
        <translation>Elija quién ayuda con este paso.</translation>
    </message>
    <message>
        <source>That helper is no longer active here or no longer in the network. Choose someone else.</source>
        <translation>Esa persona ya no está activa aquí o ya no forma parte de la red de apoyo. Elija a otra persona.</translation>
    </message>
    <message>
        <source>This date is before the goal was set.</source>
        <translation>Esta fecha es anterior al día en que se fijó la meta.</translation>
    </message>
    <message>
        <source>Choose how you were in touch.</source>
        <translation>Elija cómo se comunicaron.</translation>
    </message>
    <message>
        <source>The length is in minutes, from 1 to 1440.</source>
        <translation>La duración va en minutos, de 1 a 1440.</translation>
    </message>
    <message>
        <source>A follow-up is for today or later.</source>
        <translation>Un seguimiento es para hoy o más adelante.</translation>
    </message>
    <message>
        <source>One of the goals is not this person&apos;s any more. Reload and try again.</source>
        <translation>Una de las metas ya no es de esta persona. Vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No one is listed under “People to call” yet. Add the person&apos;s supports to the setback plan first.</source>
        <translation>Todavía no hay nadie en «Personas a quienes llamar». Primero agregue los apoyos de la persona al plan para momentos difíciles.</translation>
    </message>
    <message>
        <source>Choose between 1 and 3650 days.</source>
        <translation>Elija entre 1 y 3650 días.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>El final del período es anterior a su inicio.</translation>
    </message>
    <message>
        <source>This date and time is not valid.</source>
        <translation>Esta fecha y hora no son válidas.</translation>
    </message>
    <message>
        <source>Someone saved this record while you were editing. Your changes are still here: copy what you need, reload, and save again.</source>
        <translation>Otra persona guardó este registro mientras usted lo editaba. Sus cambios siguen aquí: copie lo que necesite, vuelva a cargar y guarde de nuevo.</translation>
    </message>
    <message>
        <source>This member of the network is not there any more.</source>
        <translation>Este miembro de la red de apoyo ya no existe.</translation>
    </message>
    <message>
        <source>This member has been taken off the map. Their history is kept; add them again to record something new.</source>
        <translation>Este miembro se quitó del mapa. Su historial se conserva; vuelva a agregarlo para registrar algo nuevo.</translation>
    </message>
    <message>
        <source>Someone with this name is already in the network. Add them anyway only if this is another person.</source>
        <translation>Ya hay alguien con este nombre en la red de apoyo. Agréguelo de todos modos solo si se trata de otra persona.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Elija una de las opciones de la lista.</translation>
    </message>
    <message>
        <source>Choose two different members to link.</source>
        <translation>Elija dos miembros distintos para enlazar.</translation>
    </message>
    <message>
        <source>Both members must be in this person&apos;s network.</source>
        <translation>Los dos miembros deben estar en la red de apoyo de esta persona.</translation>
    </message>
    <message>
        <source>These two members are already linked.</source>
        <translation>Estos dos miembros ya están enlazados.</translation>
    </message>
    <message>
        <source>This link is not there any more.</source>
        <translation>Este enlace ya no existe.</translation>
    </message>
    <message>
        <source>This participant record is not there any more.</source>
        <translation>Este registro de participante ya no existe.</translation>
    </message>
    <message>
        <source>This record belongs to another site and cannot be edited here.</source>
        <translation>Este registro pertenece a otro sitio y no se puede editar aquí.</translation>
    </message>
    <message>
        <source>This database has no center set up yet.</source>
        <translation>Esta base de datos todavía no tiene un centro configurado.</translation>
    </message>
    <message>
        <source>This is not a ROSC trust card, or part of it is missing. Copy or scan the whole card again.</source>
        <translation>Esto no es una tarjeta de confianza de ROSC, o le falta una parte. Vuelva a copiar o escanear la tarjeta completa.</translation>
    </message>
    <message>
        <source>The fingerprint read back does not match this card. Nothing was enrolled: call the other site again and compare every group.</source>
        <translation>La huella leída no coincide con esta tarjeta. No se inscribió nada: vuelva a llamar al otro sitio y compare cada grupo.</translation>
    </message>
    <message>
        <source>This site is already enrolled with a different key. Check with them by phone before replacing it.</source>
        <translation>Este sitio ya está inscrito con otra clave. Confírmelo por teléfono antes de reemplazarla.</translation>
    </message>
    <message>
        <source>This card is for a hub where a center was expected, or the other way round.</source>
        <translation>Esta tarjeta es de un centro regional y se esperaba un centro, o al revés.</translation>
    </message>
    <message>
        <source>Choose whether the other site is the hub or a center.</source>
        <translation>Elija si el otro sitio es el centro regional o un centro.</translation>
    </message>
    <message>
        <source>This is this site&apos;s own trust card.</source>
        <translation>Esta es la tarjeta de confianza de este mismo sitio.</translation>
    </message>
    <message>
        <source>That site is not enrolled here yet. Enrol its trust card first.</source>
        <translation>Ese sitio todavía no está inscrito aquí. Inscriba primero su tarjeta de confianza.</translation>
    </message>
    <message>
        <source>This key change announcement is damaged or is not for a site enrolled here.</source>
        <translation>Este aviso de cambio de claves está dañado o no es de un sitio inscrito aquí.</translation>
    </message>
    <message>
        <source>This key change announcement is not signed by the key enrolled for that site. It was not accepted.</source>
        <translation>Este aviso de cambio de claves no está firmado con la clave inscrita para ese sitio. No se aceptó.</translation>
    </message>
    <message>
        <source>No key change has been started.</source>
        <translation>No se ha iniciado ningún cambio de claves.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted for this site. Ask the sender which site it is for.</source>
        <translation>Este paquete no se cifró para este sitio. Pregunte a quien lo envió para qué sitio es.</translation>
    </message>
    <message>
        <source>This bundle file is damaged or incomplete. Ask the sender for a new copy; nothing was changed.</source>
        <translation>Este archivo de paquete está dañado o incompleto. Pida una copia nueva a quien lo envió; no se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of ROSC Desktop. Update the app, then import it again.</source>
        <translation>Este paquete se hizo con una versión más nueva de ROSC Desktop. Actualice la aplicación y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>This bundle was made by ROSC Desktop %1, which writes a newer bundle format. Update this app to %1 or later, then import it again. Nothing was changed.</source>
        <translation>Este paquete se hizo con ROSC Desktop %1, que escribe un formato de paquete más reciente. Actualice esta aplicación a la versión %1 o posterior y vuelva a importarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle comes from a site that is not enrolled here. Enrol its trust card first.</source>
        <translation>Este paquete viene de un sitio que no está inscrito aquí. Inscriba primero su tarjeta de confianza.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match its sender&apos;s enrolled key. It may have been altered; nothing was changed.</source>
        <translation>La firma de este paquete no coincide con la clave inscrita de quien lo envió. Puede haber sido alterado; no se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another site. Nothing was changed.</source>
        <translation>Este paquete está dirigido a otro sitio. No se cambió nada.</translation>
    </message>
    <message>
        <source>Part of this bundle does not match its signed contents. Ask the sender for a new copy; nothing was changed.</source>
        <translation>Una parte de este paquete no coincide con su contenido firmado. Pida una copia nueva a quien lo envió; no se cambió nada.</translation>
    </message>
    <message>
        <source>The private work folder for opening bundles is not safe to use. Nothing was opened.</source>
        <translation>La carpeta de trabajo privada para abrir paquetes no es segura. No se abrió nada.</translation>
    </message>
    <message>
        <source>This computer&apos;s disk could not be written while opening the bundle (is it full?). The bundle itself may be fine.</source>
        <translation>No se pudo escribir en el disco de esta computadora al abrir el paquete (¿está lleno?). Puede que el paquete esté bien.</translation>
    </message>
    <message>
        <source>This bundle is signed by its sender but its records cannot be read (section %1). Nothing was changed; ask the sender to update the app and export again.</source>
        <translation>Este paquete está firmado por quien lo envió, pero sus registros no se pueden leer (sección %1). No se cambió nada; pida a quien lo envió que actualice la aplicación y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>Part of this bundle (section %1) unpacks to far more data than a bundle can hold, so it was not opened. Nothing was changed; ask the sender to export again.</source>
        <translation>Una parte de este paquete (la sección %1) se descomprime en muchos más datos de los que puede contener un paquete, así que no se abrió. No se cambió nada; pida a quien lo envió que lo exporte de nuevo.</translation>
    </message>
    <message>
        <source>This bundle was made by ROSC Desktop %3 (data format %1; this app reads up to %2). Update this app to %3 or later, then import it again. Nothing was changed.</source>
        <translation>Este paquete se hizo con ROSC Desktop %3 (formato de datos %1; esta aplicación lee hasta el %2). Actualice esta aplicación a la versión %3 o posterior y vuelva a importarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle needs a feature this version of ROSC Desktop does not have (%1). Update the app, then import it again. Nothing was changed.</source>
        <translation>Este paquete necesita una función que esta versión de ROSC Desktop no tiene (%1). Actualice la aplicación y vuelva a importarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle is not the kind this site takes from its sender (a center sends to its hub, a hub to its centers). Nothing was changed.</source>
        <translation>Este paquete no es del tipo que este sitio acepta de quien lo envía (un centro envía a su centro regional, y un centro regional a sus centros). No se cambió nada.</translation>
    </message>
    <message>
        <source>Another import applied part of this bundle at the same moment. Nothing of this import was written: import it again.</source>
        <translation>Otra importación aplicó parte de este paquete en ese mismo momento. No se escribió nada de esta importación: vuelva a importarlo.</translation>
    </message>
    <message>
        <source>That bundle is no longer waiting: it was applied or released already.</source>
        <translation>Ese paquete ya no está en espera: ya se aplicó o se liberó.</translation>
    </message>
    <message>
        <source>The bundle could not be written to that folder. Check that the USB stick is in and not full, then try again.</source>
        <translation>No se pudo escribir el paquete en esa carpeta. Compruebe que la memoria USB esté conectada y no esté llena, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup copy did not pass its check, so it was not kept: the database itself may be damaged. Older backups are untouched. Run the database check (rosc-desktop check).</source>
        <translation>La copia de seguridad no pasó su comprobación y no se guardó: puede que la base de datos esté dañada. Las copias anteriores no se tocaron. Ejecute la comprobación de la base de datos (rosc-desktop check).</translation>
    </message>
    <message>
        <source>The database file is damaged (a disk fault or a crash), so nothing more is written to it, and no backup here passes its check. Keep the data folder as it is and ask for help; a backup on a USB stick can be restored with Restore from a backup…</source>
        <translation>El archivo de la base de datos está dañado (una falla del disco o un cierre inesperado), así que no se escribe nada más en él, y ninguna copia de seguridad de aquí pasa la comprobación. Deje la carpeta de datos como está y pida ayuda; una copia en una memoria USB se puede restaurar con Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>The database file is damaged (a disk fault or a crash), so nothing more is written to it. The newest good backup was made %1: restore it with Restore from a backup… (the damaged file is then kept aside).</source>
        <translation>El archivo de la base de datos está dañado (una falla del disco o un cierre inesperado), así que no se escribe nada más en él. La copia de seguridad buena más reciente es del %1: restáurela con Restaurar desde una copia de seguridad… (el archivo dañado se guardará aparte).</translation>
    </message>
    <message>
        <source>The database could not be upgraded for this version of ROSC Desktop, so nothing was changed: the previous version still opens it, and a backup made just before is in the backups folder. Please report this.</source>
        <translation>No se pudo actualizar la base de datos para esta versión de ROSC Desktop, así que no se cambió nada: la versión anterior todavía la abre, y en la carpeta de copias de seguridad hay una copia hecha justo antes. Por favor, informe de este problema.</translation>
    </message>
    <message>
        <source>This is not a ROSC Desktop backup, or it is damaged or incomplete. Nothing was changed.</source>
        <translation>Esta no es una copia de seguridad de ROSC Desktop, o está dañada o incompleta. No se cambió nada.</translation>
    </message>
    <message>
        <source>That folder does not exist. Is the USB stick plugged in?</source>
        <translation>Esa carpeta no existe. ¿Está conectada la memoria USB?</translation>
    </message>
    <message>
        <source>The backup could not be written there (the stick may be full, read-only or removed). Nothing was left behind; try another folder.</source>
        <translation>No se pudo guardar la copia de seguridad ahí (puede que la memoria esté llena, protegida contra escritura o desconectada). No quedó nada a medias; pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>A hub on a database server is backed up on the server (pg_dump), not to a file from here.</source>
        <translation>Un centro regional con servidor de base de datos se respalda en el servidor (pg_dump), no en un archivo desde aquí.</translation>
    </message>
    <message>
        <source>The database could not be backed up before applying the bundle, so nothing was applied. Free some disk space and try again.</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos antes de aplicar el paquete, así que no se aplicó nada. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This site already trusts other sites&apos; cards, which name its role. Set up hub mode before enrolling any site.</source>
        <translation>Este sitio ya confía en tarjetas de otros sitios, que indican su función. Configure el modo de centro regional antes de inscribir ningún sitio.</translation>
    </message>
    <message>
        <source>Cross-center reports are for a site set up as a hub.</source>
        <translation>Los informes de los centros son para un sitio configurado como centro regional.</translation>
    </message>
    <message>
        <source>A hub does not keep participants&apos; records, so it has none to transfer.</source>
        <translation>Un centro regional no guarda expedientes de participantes, así que no tiene ninguno que trasladar.</translation>
    </message>
    <message>
        <source>Choose the center the person is moving to from the hub&apos;s list (not this one). Import the hub&apos;s latest bundle if it is missing.</source>
        <translation>Elija de la lista del centro regional el centro al que se traslada la persona (no este). Si no aparece, importe el último paquete del centro regional.</translation>
    </message>
    <message>
        <source>The record can move only under a current written consent that names the receiving center, for care coordination, and covers at least contact details. Record that consent first.</source>
        <translation>El expediente solo puede trasladarse con un consentimiento por escrito vigente que nombre al centro de destino, para la coordinación de la atención, y que cubra al menos los datos de contacto. Registre primero ese consentimiento.</translation>
    </message>
    <message>
        <source>A transfer of this record was already asked for. If it is held back (its consent no longer holds), cancel it on the Transfers page, then ask again.</source>
        <translation>Ya se pidió un traslado de este expediente. Si está retenido (su consentimiento ya no es válido), cancélelo en la página de Traslados y vuelva a pedirlo.</translation>
    </message>
    <message>
        <source>There is no transfer with that id.</source>
        <translation>No hay ningún traslado con ese identificador.</translation>
    </message>
    <message>
        <source>Only a transfer that is still on its way can be cancelled.</source>
        <translation>Solo se puede cancelar un traslado que todavía está en camino.</translation>
    </message>
    <message>
        <source>Choose why the record is declined from the list.</source>
        <translation>Elija de la lista por qué se rechaza el expediente.</translation>
    </message>
    <message>
        <source>Held back: the consent was revoked. Cancel this transfer; if the person still wants to move, record a new consent and ask again.</source>
        <translation>Retenido: el consentimiento fue revocado. Cancele este traslado; si la persona todavía quiere cambiarse, registre un consentimiento nuevo y vuelva a pedirlo.</translation>
    </message>
    <message>
        <source>Held back: the consent has expired. Cancel this transfer; if the person still wants to move, record a new consent and ask again.</source>
        <translation>Retenido: el consentimiento ha vencido. Cancele este traslado; si la persona todavía quiere cambiarse, registre un consentimiento nuevo y vuelva a pedirlo.</translation>
    </message>
    <message>
        <source>Held back: the consent has not started yet. It goes with the first bundle once it has.</source>
        <translation>Retenido: el consentimiento todavía no ha empezado. Saldrá con el primer paquete después de que empiece.</translation>
    </message>
    <message>
        <source>Held back: this person&apos;s record was voided here. Cancel this transfer.</source>
        <translation>Retenido: el expediente de esta persona se anuló aquí. Cancele este traslado.</translation>
    </message>
    <message>
        <source>Held back: this person&apos;s record could not be packed, so it stayed here; the rest of the bundle went. Tell your support contact.</source>
        <translation>Retenido: no se pudo empaquetar el expediente de esta persona, así que se quedó aquí; el resto del paquete sí salió. Avise a su contacto de soporte.</translation>
    </message>
    <message>
        <source>Cancelled at this center.</source>
        <translation>Cancelado en este centro.</translation>
    </message>
    <message>
        <source>The sending center took this transfer back.</source>
        <translation>El centro que lo envió retiró este traslado.</translation>
    </message>
    <message>
        <source>Refused at the receiving center: %1</source>
        <translation>Rechazado en el centro receptor: %1</translation>
    </message>
    <message>
        <source>it could not check who sealed the package, or open it. Make sure both centers have the hub&apos;s latest bundle, then ask again.</source>
        <translation>no pudo comprobar quién selló el paquete, o no pudo abrirlo. Asegúrese de que ambos centros tengan el último paquete del centro regional y vuelva a pedirlo.</translation>
    </message>
    <message>
        <source>the package held no readable record. Ask again.</source>
        <translation>el paquete no contenía un expediente legible. Vuelva a pedirlo.</translation>
    </message>
    <message>
        <source>Declined at the receiving center.</source>
        <translation>Rechazado en el centro receptor.</translation>
    </message>
    <message>
        <source>Declined: the person has not come to the receiving center.</source>
        <translation>Rechazado: la persona no ha llegado al centro receptor.</translation>
    </message>
    <message>
        <source>Declined: the person is already registered at the receiving center.</source>
        <translation>Rechazado: la persona ya está registrada en el centro receptor.</translation>
    </message>
    <message>
        <source>Declined: the receiving center says it is the wrong center.</source>
        <translation>Rechazado: el centro receptor dice que no es el centro correcto.</translation>
    </message>
    <message>
        <source>This transfer was already accepted or declined.</source>
        <translation>Este traslado ya se aceptó o se rechazó.</translation>
    </message>
    <message>
        <source>This transfer cannot be opened: it was not sealed for this center, or its sender&apos;s keys are not the ones the hub vouched for. Import the hub&apos;s latest bundle, then try again; if it still fails, decline it.</source>
        <translation>Este traslado no se puede abrir: no se selló para este centro, o las claves de quien lo envía no son las que avaló el centro regional. Importe el último paquete del centro regional y vuelva a intentarlo; si sigue fallando, rechácelo.</translation>
    </message>
    <message>
        <source>This transfer does not hold a readable record. Ask the sending center to send it again.</source>
        <translation>Este traslado no contiene un expediente legible. Pida al centro que lo envió que vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>This site&apos;s sync keys cannot be unlocked with this database&apos;s key. Restore the hub database from a backup, or set up new keys and enrol them again.</source>
        <translation>Las claves de sincronización de este sitio no se pueden desbloquear con la clave de esta base de datos. Restaure la base de datos del centro regional desde una copia de seguridad, o configure claves nuevas y vuelva a inscribirlas.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>A center sends bundles to its hub only. Choose the hub&apos;s site.</source>
        <translation>Un centro solo envía paquetes a su centro regional. Elija el sitio del centro regional.</translation>
    </message>
    <message>
        <source>This item was already resolved.</source>
        <translation>Este elemento ya se resolvió.</translation>
    </message>
    <message>
        <source>The other version cannot simply replace this record. Keep this site&apos;s version, and settle the difference with the other site.</source>
        <translation>La otra versión no puede simplemente reemplazar este registro. Conserve la versión de este sitio y resuelva la diferencia con el otro sitio.</translation>
    </message>
    <message>
        <source>The other version still points at a record this site does not have. Import the sender&apos;s next bundle first.</source>
        <translation>La otra versión todavía remite a un registro que este sitio no tiene. Importe primero el siguiente paquete de quien lo envió.</translation>
    </message>
    <message>
        <source>Records are never deleted outright; they can only be voided.</source>
        <translation>Los registros nunca se eliminan definitivamente; solo se pueden anular.</translation>
    </message>
    <message>
        <source>Choose a service from the list (type to find it).</source>
        <translation>Elija un servicio de la lista (escriba para encontrarlo).</translation>
    </message>
    <message>
        <source>This service is no longer running. Choose another one.</source>
        <translation>Este servicio ya no funciona. Elija otro.</translation>
    </message>
    <message>
        <source>A referral moves forward only. Choose one of the next steps.</source>
        <translation>Una derivación solo avanza. Elija uno de los pasos siguientes.</translation>
    </message>
    <message>
        <source>This referral is closed. Make a new referral instead.</source>
        <translation>Esta derivación está cerrada. En su lugar, haga una derivación nueva.</translation>
    </message>
    <message>
        <source>This referral is not there any more.</source>
        <translation>Esta derivación ya no existe.</translation>
    </message>
    <message>
        <source>Only a connected referral can join the support network.</source>
        <translation>Solo una derivación conectada puede agregarse a la red de apoyo.</translation>
    </message>
    <message>
        <source>This service is already on the person&apos;s support network.</source>
        <translation>Este servicio ya está en la red de apoyo de la persona.</translation>
    </message>
    <message>
        <source>This directory entry is not there any more.</source>
        <translation>Esta entrada del directorio ya no existe.</translation>
    </message>
    <message>
        <source>This entry comes from the hub and cannot be changed here. Suggest a correction instead.</source>
        <translation>Esta entrada viene del centro regional y no se puede cambiar aquí. En su lugar, sugiera una corrección.</translation>
    </message>
    <message>
        <source>This entry belongs to this center: edit it instead of suggesting a correction.</source>
        <translation>Esta entrada es de este centro: edítela en lugar de sugerir una corrección.</translation>
    </message>
    <message>
        <source>This partner agency is not there any more.</source>
        <translation>Esta agencia asociada ya no existe.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Este archivo no se puede importar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file changed or has problems since the preview. Preview it again. Nothing was changed.</source>
        <translation>El archivo cambió o tiene problemas desde la vista previa. Vuelva a ver la vista previa. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file format cannot be read here.</source>
        <translation>Este formato de archivo no se puede leer aquí.</translation>
    </message>
    <message>
        <source>Check the opening hours: choose at least one day, and a closing time after the opening time.</source>
        <translation>Revise el horario: elija al menos un día y una hora de cierre posterior a la hora de apertura.</translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation>Elija los idiomas de la lista.</translation>
    </message>
    <message>
        <source>Type a web address like www.example.org.</source>
        <translation>Escriba una dirección web como www.example.org.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, like US.</source>
        <translation>Use el código de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>The file is damaged or not in the chosen format.</source>
        <translation>El archivo está dañado o no tiene el formato elegido.</translation>
    </message>
    <message>
        <source>Two different records in the file have the same id.</source>
        <translation>Hay dos registros distintos en el archivo con el mismo id.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>El archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>No se pudo abrir el archivo.</translation>
    </message>
    <message>
        <source>This is not a directory file.</source>
        <translation>Este no es un archivo de directorio.</translation>
    </message>
    <message>
        <source>A required field is empty; this row was not read.</source>
        <translation>Un campo obligatorio está vacío; esta fila no se leyó.</translation>
    </message>
    <message>
        <source>This row&apos;s id is not a valid UUID; the row was not read.</source>
        <translation>El id de esta fila no es un UUID válido; la fila no se leyó.</translation>
    </message>
    <message>
        <source>A value in this row could not be read.</source>
        <translation>No se pudo leer un valor de esta fila.</translation>
    </message>
    <message>
        <source>This row points to a record that is not in the file or the directory.</source>
        <translation>Esta fila remite a un registro que no está en el archivo ni en el directorio.</translation>
    </message>
    <message>
        <source>This entry is your center&apos;s own; a hub file does not replace it. The row was not read.</source>
        <translation>Esta entrada es propia de su centro; un archivo del centro regional no la reemplaza. La fila no se leyó.</translation>
    </message>
    <message>
        <source>The file nests its contents far deeper than a directory file does. It is damaged or not a directory file. Nothing was changed.</source>
        <translation>El archivo anida su contenido a mucha más profundidad que un archivo de directorio. Está dañado o no es un archivo de directorio. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file holds a broken character (half of a pair that should come together) at this line. Ask whoever made the file for a corrected copy. Nothing was changed.</source>
        <translation>El archivo tiene un carácter roto (la mitad de un par que debería ir junto) en esta línea. Pida a quien hizo el archivo una copia corregida. No se cambió nada.</translation>
    </message>
    <message>
        <source>The zip file is damaged or incomplete, locked with a password, or packed in a way this app does not read. Make or download it again as a plain zip. Nothing was changed.</source>
        <translation>El archivo zip está dañado o incompleto, protegido con contraseña o comprimido de una forma que esta aplicación no lee. Vuelva a crearlo o descargarlo como un zip normal. No se cambió nada.</translation>
    </message>
    <message>
        <source>Unpacked, this zip file would be larger than an import can take (50 MB, in at most 500 files). Nothing was changed.</source>
        <translation>Descomprimido, este archivo zip sería más grande de lo que admite una importación (50 MB, en 500 archivos como máximo). No se cambió nada.</translation>
    </message>
    <message>
        <source>This name holds invisible control or text-direction characters, often brought along by copy and paste. Type the name again.</source>
        <translation>Este nombre contiene caracteres invisibles de control o de dirección del texto, que a menudo llegan al copiar y pegar. Escriba el nombre de nuevo.</translation>
    </message>
    <message>
        <source>This file is not a trust card&apos;s text: it looks like a PDF, a picture or another kind of file. Give the text that starts with ROSC1:, copied from the card or from the text file sent with it.</source>
        <translation>Este archivo no es el texto de una tarjeta de confianza: parece un PDF, una imagen u otro tipo de archivo. Use el texto que empieza por ROSC1:, copiado de la tarjeta o del archivo de texto que la acompaña.</translation>
    </message>
    <message>
        <source>The consent cannot end before it starts. Check the dates.</source>
        <translation>El consentimiento no puede terminar antes de comenzar. Revise las fechas.</translation>
    </message>
    <message>
        <source>Choose the kinds of information from the list.</source>
        <translation>Elija los tipos de información de la lista.</translation>
    </message>
    <message>
        <source>This consent is already revoked.</source>
        <translation>Este consentimiento ya está revocado.</translation>
    </message>
    <message>
        <source>A consent cannot be revoked before the day it was signed.</source>
        <translation>Un consentimiento no se puede revocar antes del día en que se firmó.</translation>
    </message>
    <message>
        <source>This consent is not there any more.</source>
        <translation>Este consentimiento ya no existe.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation>Algo salió mal (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a coordinator or an admin.</source>
        <translation>Su rol no permite hacer esto. Consulte con coordinación o con la administración.</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Revise, por favor</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Nothing was changed.</source>
        <translation>No se pudo escribir el archivo (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed; please try again.</source>
        <translation>Ocurrió un problema inesperado. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the folder is not there: is the USB stick plugged in?</source>
        <translation>la carpeta no existe: ¿está conectada la memoria USB?</translation>
    </message>
    <message>
        <source>this computer does not allow writing there</source>
        <translation>este equipo no permite escribir ahí</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk cannot be written to</source>
        <translation>no se puede escribir en el disco</translation>
    </message>
    <message>
        <source>the disk or the folder refused it</source>
        <translation>el disco o la carpeta no lo permitieron</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amistades</translation>
    </message>
    <message>
        <source>Peers and sponsor</source>
        <translation>Compañeros y padrino/madrina</translation>
    </message>
    <message>
        <source>Mutual-aid groups</source>
        <translation>Grupos de ayuda mutua</translation>
    </message>
    <message>
        <source>Faith and spiritual</source>
        <translation>Fe y espiritualidad</translation>
    </message>
    <message>
        <source>Community and clubs</source>
        <translation>Comunidad y clubes</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation>Atención clínica</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Trabajo y educación</translation>
    </message>
    <message>
        <source>Legal and benefits</source>
        <translation>Legal y beneficios</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Organisation or service</source>
        <translation>Organización o servicio</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>De apoyo</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Estresante</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>They support me</source>
        <translation>Recibo apoyo</translation>
    </message>
    <message>
        <source>I support them</source>
        <translation>Doy apoyo</translation>
    </message>
    <message>
        <source>We support each other</source>
        <translation>Nos apoyamos</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation>Pocas veces al año</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Rara vez</translation>
    </message>
    <message>
        <source>Working well</source>
        <translation>Funciona bien</translation>
    </message>
    <message>
        <source>Some good, some not</source>
        <translation>En parte sí, en parte no</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>FAM</source>
        <translation>FAM</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>MA</source>
        <translation>AM</translation>
    </message>
    <message>
        <source>FTH</source>
        <translation>FE</translation>
    </message>
    <message>
        <source>COM</source>
        <translation>COM</translation>
    </message>
    <message>
        <source>CLN</source>
        <translation>CLÍ</translation>
    </message>
    <message>
        <source>HSG</source>
        <translation>VIV</translation>
    </message>
    <message>
        <source>W/E</source>
        <translation>T/E</translation>
    </message>
    <message>
        <source>L/B</source>
        <translation>L/B</translation>
    </message>
    <message>
        <source>Weak / tenuous</source>
        <translation>Débil / frágil</translation>
    </message>
    <message>
        <source>Mixed: supportive and stressful</source>
        <translation>Mixto: de apoyo y estresante</translation>
    </message>
    <message>
        <source>They support the person</source>
        <translation>Apoyo hacia la persona</translation>
    </message>
    <message>
        <source>The person supports them</source>
        <translation>La persona da apoyo</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation>Apoyo en ambos sentidos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Areas of life</source>
        <translation>Áreas de la vida</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Which way support flows</source>
        <translation>Hacia dónde va el apoyo</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formas</translation>
    </message>
    <message>
        <source>Members who know each other</source>
        <translation>Miembros que se conocen</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
</context>
<context>
    <name>NetworkDialogs</name>
    <message>
        <source>The network&apos;s history cannot go back before %1. Choose that day or a later one.</source>
        <translation>El historial de la red de apoyo no puede ir más atrás del %1. Elija ese día o uno posterior.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message numerus="yes">
        <source>%n with a stressful tie</source>
        <translation>
            <numerusform>%n con un vínculo estresante</numerusform>
            <numerusform>%n con vínculos estresantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no tie recorded</source>
        <translation>
            <numerusform>%n sin vínculo registrado</numerusform>
            <numerusform>%n sin vínculo registrado</numerusform>
        </translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Showing a past day</source>
        <translation>Se muestra un día anterior</translation>
    </message>
    <message>
        <source>Members moved to the edge</source>
        <translation>Miembros movidos al borde</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Your role can look at this map but not change it.</source>
        <translation>Su rol permite ver este mapa, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>A&amp;gregar miembro…</translation>
    </message>
    <message>
        <source>Add a person, group or service to the map (%1)</source>
        <translation>Agregar una persona, un grupo o un servicio al mapa (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected member and the tie to them (Enter)</source>
        <translation>Editar el miembro seleccionado y su vínculo (Enter)</translation>
    </message>
    <message>
        <source>Link to another member…</source>
        <translation>Enla&amp;zar con otro miembro…</translation>
    </message>
    <message>
        <source>How is this connection &amp;working?…</source>
        <translation>¿Cómo está &amp;funcionando esta conexión?…</translation>
    </message>
    <message>
        <source>Take off the map…</source>
        <translation>Q&amp;uitar del mapa…</translation>
    </message>
    <message>
        <source>Acts on the selected member</source>
        <translation>Actúa sobre el miembro seleccionado</translation>
    </message>
    <message>
        <source>Arrange a&amp;utomatically</source>
        <translation>Acomodar automáticamente</translation>
    </message>
    <message>
        <source>Place every member in their life area again</source>
        <translation>Volver a colocar cada miembro en su área de la vida</translation>
    </message>
    <message>
        <source>E&amp;xport picture…</source>
        <translation>E&amp;xportar imagen…</translation>
    </message>
    <message>
        <source>Save the map shown as a PNG picture or an SVG drawing</source>
        <translation>Guardar el mapa que se muestra como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Acercar (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Alejar (%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <source>Show the whole map (%1)</source>
        <translation>Mostrar todo el mapa (%1)</translation>
    </message>
    <message>
        <source>Support network map</source>
        <translation>Mapa de la red de apoyo</translation>
    </message>
    <message>
        <source>Key to the map</source>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar leyenda</translation>
    </message>
    <message>
        <source>Show or hide the key beside the map, for more room</source>
        <translation>Mostrar u ocultar la leyenda junto al mapa, para tener más espacio</translation>
    </message>
    <message>
        <source>Ma&amp;p (the person is in the middle):</source>
        <translation>Mapa (la persona está en el centro):</translation>
    </message>
    <message>
        <source>No one on the map yet.

Start with who the person turns to: family as they define it, friends, a sponsor or peer, the groups they go to, and the services that help. Each goes in a life area around them.</source>
        <translation>Todavía no hay nadie en el mapa.

Empiece por quienes son un apoyo para la persona: su familia, tal como la define, sus amistades, un padrino, una madrina o un compañero, los grupos a los que va y los servicios que le ayudan. Cada uno va en un área de la vida a su alrededor.</translation>
    </message>
    <message>
        <source>Add the first member…</source>
        <translation>Agregar el primer miembro…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>Sentido del apoyo</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Members of the support network</source>
        <translation>Miembros de la red de apoyo</translation>
    </message>
    <message>
        <source>The same members as the map, one per row. Enter edits the selected member.</source>
        <translation>Los mismos miembros que en el mapa, uno por fila. Enter edita el miembro seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Members (the map as a list):</source>
        <translation>Miem&amp;bros (el mapa en forma de lista):</translation>
    </message>
    <message>
        <source>About the selected member</source>
        <translation>Sobre el miembro seleccionado</translation>
    </message>
    <message>
        <source>Figures for the day shown</source>
        <translation>Cifras del día que se muestra</translation>
    </message>
    <message>
        <source>Change since the start</source>
        <translation>Cambio desde el inicio</translation>
    </message>
    <message>
        <source>Supports and life areas over time</source>
        <translation>Apoyos y áreas de la vida a lo largo del tiempo</translation>
    </message>
    <message>
        <source>O&amp;ver time (each day the network changed):</source>
        <translation>Evolución (cada día en que cambió la red):</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día que se muestra</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Showing the network as it was on %1. This is history: nothing can be changed here. Use “Back to today” to make changes.</source>
        <translation>Se muestra la red de apoyo tal como estaba el %1. Esto es historial: aquí no se puede cambiar nada. Use “Volver a hoy” para hacer cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were placed outside the map and are shown at its edge; drag them where they belong.</source>
        <translation>
            <numerusform>%n miembro estaba fuera del mapa y se muestra en el borde; arrástrelo a donde corresponde.</numerusform>
            <numerusform>%n miembros estaban fuera del mapa y se muestran en el borde; arrástrelos a donde corresponden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one was on the map on this day.</source>
        <translation>Ese día no había nadie en el mapa.</translation>
    </message>
    <message>
        <source>Ma&amp;p (the person is in the middle; drag a member, or use the arrow keys, to arrange):</source>
        <translation>Mapa (la persona está en el centro; para acomodar, arrastre un miembro o use las teclas de flecha):</translation>
    </message>
    <message>
        <source>%1 tie, %2</source>
        <translation>Vínculo: %1, %2</translation>
    </message>
    <message>
        <source>in touch: %1</source>
        <translation>en contacto: %1</translation>
    </message>
    <message>
        <source>known since %1</source>
        <translation>se conocen desde el %1</translation>
    </message>
    <message>
        <source>last answer: %1 (%2)</source>
        <translation>última respuesta: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Supports: %1 of %n on the map</source>
        <translation>
            <numerusform>Apoyos: %1 de %n en el mapa</numerusform>
            <numerusform>Apoyos: %1 de %n en el mapa</numerusform>
        </translation>
    </message>
    <message>
        <source>(not counted: %1)</source>
        <translation>(no se cuentan: %1)</translation>
    </message>
    <message>
        <source>Life areas covered: %1</source>
        <translation>Áreas de la vida cubiertas: %1</translation>
    </message>
    <message>
        <source>Supports: %1 · Life areas covered: %2</source>
        <translation>Apoyos: %1 · Áreas de la vida cubiertas: %2</translation>
    </message>
    <message>
        <source>%1% of ties supportive</source>
        <translation>%1% de los vínculos son de apoyo</translation>
    </message>
    <message>
        <source>Community and peer supports: %1 · Clinical: %2</source>
        <translation>Apoyos comunitarios y de pares: %1 · Clínicos: %2</translation>
    </message>
    <message>
        <source>The change over time shows here once the map has members.</source>
        <translation>La evolución aparecerá aquí cuando el mapa tenga miembros.</translation>
    </message>
    <message>
        <source>Since intake on %1:</source>
        <translation>Desde la acogida del %1:</translation>
    </message>
    <message>
        <source>Since the first map on %1:</source>
        <translation>Desde el primer mapa del %1:</translation>
    </message>
    <message>
        <source>supports %1 → %2, life areas %3 → %4</source>
        <translation>apoyos %1 → %2, áreas de la vida %3 → %4</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>On the map since %1</source>
        <translation>En el mapa desde el %1</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>The map was saved as %1 in %2.</source>
        <translation>El mapa se guardó como %1 en %2.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Elija su propia contraseña</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own now: only you will know it. At least 8 characters.</source>
        <translation>Entró con una contraseña temporal. Elija ahora la suya: solo usted la sabrá. Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmar la contraseña nueva:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <source>A service, an agency, a need (housing, work…)</source>
        <translation>Un servicio, una agencia, una necesidad (vivienda, trabajo…)</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Servicios encontrados</translation>
    </message>
    <message>
        <source>Reason, in the person&apos;s words, required</source>
        <translation>Motivo, con las palabras de la persona, obligatorio</translation>
    </message>
    <message>
        <source>Who to ask for</source>
        <translation>Por quién preguntar</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Find a service:</source>
        <translation>&amp;Buscar un servicio:</translation>
    </message>
    <message>
        <source>&amp;Service (required):</source>
        <translation>&amp;Servicio (obligatorio):</translation>
    </message>
    <message>
        <source>R&amp;eason, in the person&apos;s words (required):</source>
        <translation>&amp;Motivo, en sus propias palabras (obligatorio):</translation>
    </message>
    <message>
        <source>Who to &amp;ask for:</source>
        <translation>&amp;Preguntar por:</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>&amp;Qué traer:</translation>
    </message>
    <message>
        <source>Follow &amp;up on:</source>
        <translation>Seguimiento &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Derivar</translation>
    </message>
    <message>
        <source>No service matches. Try fewer or other words.</source>
        <translation>Ningún servicio coincide. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>Showing the first %1. Type more to narrow the list.</source>
        <translation>Se muestran los primeros %1. Escriba más para acotar la lista.</translation>
    </message>
    <message>
        <source>The directory has no services yet. Add one on the Directory tab with Add local entry…, or bring in a directory file with Import… there.</source>
        <translation>El directorio todavía no tiene servicios. Agregue uno en la pestaña Directorio con Agregar entrada local…, o traiga un archivo de directorio con Importar… allí.</translation>
    </message>
    <message>
        <source>The directory has no services yet. A coordinator or admin adds them on the Directory tab (Add local entry… or Import…).</source>
        <translation>El directorio todavía no tiene servicios. Un coordinador o administrador los agrega en la pestaña Directorio (Agregar entrada local… o Importar…).</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Supports: %1 → %2</source>
        <translation>Apoyos: %1 → %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Areas of life: %1 → %2</source>
        <translation>Áreas de la vida: %1 → %2</translation>
    </message>
    <message>
        <source>Supportive ties: %1 → %2</source>
        <translation>Vínculos de apoyo: %1 → %2</translation>
    </message>
    <message>
        <source>Community and peer to clinical: %1 → %2</source>
        <translation>Comunidad y pares frente a clínicos: %1 → %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Recovery pathways</source>
        <translation>Vías de recuperación</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>ID de la persona participante</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the participant ID</source>
        <translation>Copiar el ID de la persona participante</translation>
    </message>
    <message>
        <source>ID (for the command line)</source>
        <translation>ID (para la línea de comandos)</translation>
    </message>
    <message>
        <source>Primary peer specialist</source>
        <translation>Especialista de pares principal</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the primary peer specialist</source>
        <translation>Cambiar el especialista de pares principal</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso de las metas</translation>
    </message>
    <message>
        <source>Goal progress is a Goal Attainment Scaling (GAS) T-score. It sums the level reached on each goal (−2 … +2), weighted by its importance: T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with ρ = 0.3 and weights 1 unless set. 50 means the goals were met as expected; above 50, better than expected.</source>
        <translation>El progreso de las metas es una puntuación T de la escala de logro de metas (GAS). Suma el nivel alcanzado en cada meta (−2 … +2), ponderado por su importancia: T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), con ρ = 0,3 y pesos de 1 salvo que se indique otro. 50 significa que las metas se cumplieron como se esperaba; más de 50, mejor de lo esperado.</translation>
    </message>
    <message>
        <source>Goal progress %1 (50 = goals met as expected), from %2 of %3 goals reviewed.</source>
        <translation>Progreso de las metas %1 (50 = metas cumplidas como se esperaba), de %2 de %3 metas revisadas.</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Red de apoyo</translation>
    </message>
    <message>
        <source>; not counted now: %1</source>
        <translation>; no se cuentan ahora: %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Actividades a las que asistió</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Support network: since when</source>
        <translation>Red de apoyo: desde cuándo</translation>
    </message>
    <message>
        <source>Support network, then and now</source>
        <translation>Red de apoyo, antes y ahora</translation>
    </message>
    <message>
        <source>Supports: members whose tie is supportive or mixed. Areas of life: the different areas those supports come from. Supportive ties: the share of all ties that are supportive. Community and peer to clinical: supports from family, friends, peers, mutual aid, faith and community, against supports from clinical care.</source>
        <translation>Apoyos: miembros cuyo vínculo es de apoyo o mixto. Áreas de la vida: las distintas áreas de donde vienen esos apoyos. Vínculos de apoyo: la proporción de todos los vínculos que son de apoyo. Comunidad y pares frente a clínicos: apoyos de la familia, las amistades, los compañeros, la ayuda mutua, la fe y la comunidad, frente a los apoyos de la atención clínica.</translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation>Capital de recuperación (BARC-10)</translation>
    </message>
    <message>
        <source>Latest BARC-10</source>
        <translation>Último BARC-10</translation>
    </message>
    <message>
        <source>Change since the first BARC-10</source>
        <translation>Cambio desde el primer BARC-10</translation>
    </message>
    <message>
        <source>No BARC-10 yet — record one from the Intake tab</source>
        <translation>Aún no hay ningún BARC-10: puede registrarlo en la pestaña Acogida</translation>
    </message>
    <message>
        <source>BARC-10 totals over time</source>
        <translation>Totales del BARC-10 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Goal progress over time</source>
        <translation>Progreso de las metas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Latest goal progress</source>
        <translation>Último progreso de las metas</translation>
    </message>
    <message>
        <source>No goal reviews yet — review a goal on the Goals tab</source>
        <translation>Todavía no hay revisiones de metas: revise una meta en la pestaña Metas</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No se indicó</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no se eligió</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>%1 (1 person)</source>
        <translation>%1 (1 persona)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n persona)</numerusform>
            <numerusform>%1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Who is this person&apos;s primary peer specialist?</source>
        <translation>¿Quién es el especialista de pares principal de esta persona?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Nothing written yet. The Intake tab starts the conversation with strengths.</source>
        <translation>Todavía no hay nada escrito. La pestaña Acogida empieza la conversación por las fortalezas.</translation>
    </message>
    <message>
        <source>Latest: %1 of %2 on %3</source>
        <translation>Último: %1 de %2 el %3</translation>
    </message>
    <message>
        <source>No goal reviews yet — set goals with the person on the Goals tab.</source>
        <translation>Todavía no hay revisiones de metas: fije metas con la persona en la pestaña Metas.</translation>
    </message>
    <message>
        <source>At the first reviews it was %1.</source>
        <translation>En las primeras revisiones era %1.</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Último: %1 el %2</translation>
    </message>
    <message>
        <source>No support network drawn yet.</source>
        <translation>Todavía no se ha dibujado la red de apoyo.</translation>
    </message>
    <message>
        <source>Since intake on %1</source>
        <translation>Desde la acogida del %1</translation>
    </message>
    <message>
        <source>Since the first map on %1</source>
        <translation>Desde el primer mapa del %1</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Ninguna anotada todavía</translation>
    </message>
    <message numerus="yes">
        <source>Came %n time(s) in the last 30 days</source>
        <translation>
            <numerusform>Vino %n vez en los últimos 30 días</numerusform>
            <numerusform>Vino %n veces en los últimos 30 días</numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1, %2</source>
        <translation>la última: %1, %2</translation>
    </message>
    <message>
        <source>BARC-10 total</source>
        <translation>Total del BARC-10</translation>
    </message>
    <message>
        <source>Reference: %1 (validation study)</source>
        <translation>Referencia: %1 (estudio de validación)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>50 = goals met as expected</source>
        <translation>50 = metas cumplidas como se esperaba</translation>
    </message>
    <message>
        <source>Goal progress after each review (50 = goals met as expected): %1</source>
        <translation>Progreso de las metas después de cada revisión (50 = metas cumplidas como se esperaba): %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Register someone new</source>
        <translation>Registrar a una persona nueva</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>ella</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>él</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>Date of birth &amp;known</source>
        <translation>Fecha de nacimiento &amp;conocida</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Lo que escribió aquí no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Mutual-aid &amp;12-step</source>
        <translation>Ayuda mutua de &amp;12 pasos</translation>
    </message>
    <message>
        <source>S&amp;MART Recovery</source>
        <translation>S&amp;MART Recovery</translation>
    </message>
    <message>
        <source>Me&amp;dication-assisted</source>
        <translation>&amp;Asistida con medicamentos</translation>
    </message>
    <message>
        <source>&amp;Faith-based</source>
        <translation>&amp;Basada en la fe</translation>
    </message>
    <message>
        <source>Harm red&amp;uction</source>
        <translation>Reducción de &amp;daños</translation>
    </message>
    <message>
        <source>Na&amp;tural recovery</source>
        <translation>Recuperación nat&amp;ural</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Otra</translation>
    </message>
    <message>
        <source>&amp;Preferred name (required):</source>
        <translation>&amp;Nombre preferido (obligatorio):</translation>
    </message>
    <message>
        <source>Pro&amp;nouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>Recovery pathways (tick all that apply)</source>
        <translation>Vías de recuperación (marque todas las que correspondan)</translation>
    </message>
    <message>
        <source>Other pathway, in their own &amp;words:</source>
        <translation>Otra vía, en &amp;sus propias palabras:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Preferred name, required</source>
        <translation>Nombre preferido, obligatorio</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Fecha de nacimiento conocida</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Other pathway, in their own words</source>
        <translation>Otra vía, en sus propias palabras</translation>
    </message>
</context>
<context>
    <name>ParticipantListScreen</name>
    <message>
        <source>Search by name or phone…</source>
        <translation>Buscar por nombre o teléfono…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>The list below updates as you type. Press Down to move into the list.</source>
        <translation>La lista de abajo se actualiza mientras escribe. Pulse la flecha hacia abajo para pasar a la lista.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>My &amp;caseload only</source>
        <translation>Solo mis &amp;casos</translation>
    </message>
    <message>
        <source>Show only my caseload</source>
        <translation>Mostrar solo las personas a mi cargo</translation>
    </message>
    <message>
        <source>&amp;Register someone new…</source>
        <translation>&amp;Registrar a una persona nueva…</translation>
    </message>
    <message>
        <source>Register someone new (Ctrl+N)</source>
        <translation>Registrar a una persona nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register someone new</source>
        <translation>Registrar a una persona nueva</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No one is in your caseload yet.</source>
        <translation>Todavía no tiene personas a su cargo.</translation>
    </message>
    <message>
        <source>Register someone new?</source>
        <translation>¿Registrar a una persona nueva?</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Nadie coincide con “%1”.</translation>
    </message>
    <message>
        <source>No one is registered yet.</source>
        <translation>Todavía no hay personas registradas.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Pronouns not recorded</source>
        <translation>Pronombres sin registrar</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Fecha de nacimiento sin registrar</translation>
    </message>
    <message>
        <source>Phone not recorded</source>
        <translation>Teléfono sin registrar</translation>
    </message>
</context>
<context>
    <name>ParticipantWorkspace</name>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>Ed&amp;itar datos…</translation>
    </message>
    <message>
        <source>Print p&amp;lan…</source>
        <translation>Imprimir p&amp;lan…</translation>
    </message>
    <message>
        <source>Preview, save or print the recovery plan in the person&apos;s language</source>
        <translation>Ver, guardar o imprimir el plan de recuperación en el idioma de la persona</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>&amp;Trasladar…</translation>
    </message>
    <message>
        <source>Send this record to another center, under the person&apos;s consent</source>
        <translation>Enviar este expediente a otro centro, con el consentimiento de la persona</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>A&amp;cogida</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Red de ap&amp;oyo</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>Deri&amp;vaciones</translation>
    </message>
    <message>
        <source>Cons&amp;ents</source>
        <translation>Co&amp;nsentimientos</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <source>Setbac&amp;k plan</source>
        <translation>&amp;Plan para momentos difíciles</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The intake for %1 has changes that are not saved yet. Save them?</source>
        <translation>La acogida de %1 tiene cambios que aún no se han guardado. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation>Todavía guardando</translation>
    </message>
    <message>
        <source>The intake is still being saved. Please try again in a moment.</source>
        <translation>La acogida todavía se está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This participant record could not be opened.</source>
        <translation>No se pudo abrir este registro de participante.</translation>
    </message>
    <message>
        <source>Recovery pathway: %1</source>
        <translation>Vía de recuperación: %1</translation>
    </message>
    <message>
        <source>&amp;Intake •</source>
        <translation>A&amp;cogida •</translation>
    </message>
    <message>
        <source>The setback plan is still being saved. Please try again in a moment.</source>
        <translation>El plan para momentos difíciles todavía se está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The setback plan for %1 has changes that are not saved yet. Save them?</source>
        <translation>El plan para momentos difíciles de %1 tiene cambios que aún no se han guardado. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>A form on the Network tab for %1 has typing that is not saved yet. Discard it?</source>
        <translation>Un formulario de la pestaña Red de apoyo de %1 tiene texto que aún no se ha guardado. ¿Desea descartarlo?</translation>
    </message>
    <message>
        <source>A form on the Referrals tab for %1 has typing that is not saved yet. Discard it?</source>
        <translation>Un formulario de la pestaña Derivaciones de %1 tiene texto que aún no se ha guardado. ¿Desea descartarlo?</translation>
    </message>
    <message>
        <source>A form on the Consents tab for %1 has typing that is not saved yet. Discard it?</source>
        <translation>Un formulario de la pestaña Consentimientos de %1 tiene texto que aún no se ha guardado. ¿Desea descartarlo?</translation>
    </message>
    <message>
        <source>Setbac&amp;k plan •</source>
        <translation>&amp;Plan para momentos difíciles •</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add a partner agency</source>
        <translation>Agregar una agencia asociada</translation>
    </message>
    <message>
        <source>Edit partner agency</source>
        <translation>Editar agencia asociada</translation>
    </message>
    <message>
        <source>Partner name, required</source>
        <translation>Nombre de la agencia, obligatorio</translation>
    </message>
    <message>
        <source>Find the organisation in the directory</source>
        <translation>Buscar la organización en el directorio</translation>
    </message>
    <message>
        <source>Type to find it in the directory</source>
        <translation>Escriba para buscarla</translation>
    </message>
    <message>
        <source>Organisation in the directory</source>
        <translation>Organización en el directorio</translation>
    </message>
    <message>
        <source>&amp;Agreement on file</source>
        <translation>Hay un &amp;acuerdo archivado</translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation>Inicio del acuerdo</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Fin del acuerdo</translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation>Sin fecha de &amp;fin</translation>
    </message>
    <message>
        <source>What may be shared, and for what</source>
        <translation>Qué se puede compartir y para qué</translation>
    </message>
    <message>
        <source>e.g. referral details and whether the person was connected</source>
        <translation>p. ej., los datos de la derivación y si la persona se conectó</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Na&amp;me (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>A&amp;lcance:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Sa&amp;ve partner</source>
        <translation>&amp;Guardar agencia</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>(an organisation no longer in the directory)</source>
        <translation>(una organización que ya no está en el directorio)</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>No está en el directorio</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>%1: no information-sharing agreement on file.</source>
        <translation>%1: no hay un acuerdo para compartir información archivado.</translation>
    </message>
    <message>
        <source>%1: information-sharing agreement current, no end date.</source>
        <translation>%1: acuerdo para compartir información vigente, sin fecha de fin.</translation>
    </message>
    <message>
        <source>%1: information-sharing agreement current until %2.</source>
        <translation>%1: acuerdo para compartir información vigente hasta el %2.</translation>
    </message>
    <message>
        <source>%1: the information-sharing agreement expired on %2.</source>
        <translation>%1: el acuerdo para compartir información venció el %2.</translation>
    </message>
    <message>
        <source>%1: the information-sharing agreement has not started yet.</source>
        <translation>%1: el acuerdo para compartir información todavía no empezó.</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Todavía no empezó</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partner agencies</source>
        <translation>Agencias asociadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>No partner agencies yet.</source>
        <translation>Todavía no hay agencias asociadas.</translation>
    </message>
    <message>
        <source>Your role can read this list but not change it.</source>
        <translation>Su rol permite leer esta lista, pero no cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Agregar agencia…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
</context>
<context>
    <name>Pathways</name>
    <message>
        <source>12-step</source>
        <translation>12 pasos</translation>
    </message>
    <message>
        <source>SMART Recovery</source>
        <translation>SMART Recovery</translation>
    </message>
    <message>
        <source>Medication-assisted</source>
        <translation>Asistida con medicamentos</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation>Basada en la fe</translation>
    </message>
    <message>
        <source>Harm reduction</source>
        <translation>Reducción de daños</translation>
    </message>
    <message>
        <source>Natural recovery</source>
        <translation>Recuperación natural</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a few letters of a name…</source>
        <translation>Escriba algunas letras de un nombre…</translation>
    </message>
    <message>
        <source>Find an enrolled person</source>
        <translation>Buscar a una persona inscrita</translation>
    </message>
    <message>
        <source>Matches appear below as you type. Enter takes the highlighted person; Down moves into the list.</source>
        <translation>Las coincidencias aparecen debajo mientras escribe. Enter elige a la persona resaltada; Flecha abajo pasa a la lista.</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <source>Type a few letters of a name above, then press Enter.</source>
        <translation>Escriba algunas letras de un nombre arriba y presione Enter.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <source>No one enrolled matches “%1”. Count them as an unnamed visitor, or register them on the Participants tab.</source>
        <translation>Ninguna persona inscrita coincide con “%1”. Cuéntela como visitante sin nombre, o regístrela en la pestaña Participantes.</translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message>
        <source>Print the recovery plan</source>
        <translation>Imprimir el plan de recuperación</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Idioma del plan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>La&amp;rge print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Making the plan</source>
        <translation>Preparando el plan</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>Vista previa del plan</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The plan is not written in this person&apos;s language (%1) yet; this one is in %2.</source>
        <translation>El plan todavía no está escrito en el idioma de esta persona (%1); este está en %2.</translation>
    </message>
    <message>
        <source>This person prefers %1; this plan is in %2.</source>
        <translation>Esta persona prefiere %1; este plan está en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be made.</source>
        <translation>No se pudo preparar el plan.</translation>
    </message>
    <message>
        <source>Making the plan…</source>
        <translation>Preparando el plan…</translation>
    </message>
    <message>
        <source>Save the recovery plan</source>
        <translation>Guardar el plan de recuperación</translation>
    </message>
    <message>
        <source>Saved as %1 in %2.</source>
        <translation>Se guardó como %1 en %2.</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de recuperación</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Use Save as PDF… to keep the plan, then print the file where a printer is available.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Use Guardar como PDF… para conservar el plan y luego imprima el archivo donde haya una impresora.</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on, or use Save as PDF….</source>
        <translation>No se pudo usar la impresora. Revise que esté encendida, o use Guardar como PDF….</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>How is this connection working?</source>
        <translation>¿Cómo está funcionando esta conexión?</translation>
    </message>
    <message>
        <source>How is the connection with %1 working for the person?</source>
        <translation>¿Cómo le está funcionando a la persona la conexión con %1?</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Note about the answer</source>
        <translation>Nota sobre la respuesta</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Earlier answers:</source>
        <translation>Respuestas anteriores:</translation>
    </message>
    <message>
        <source>No earlier answers.</source>
        <translation>No hay respuestas anteriores.</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <source>Record transferred from %1</source>
        <translation>Expediente trasladado desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends a person&apos;s record (%n part(s)) under the person&apos;s written consent. Read the notice that comes with it, then accept the record as this center&apos;s, or decline it.</source>
        <translation>
            <numerusform>%1 envía el expediente de una persona (%n parte) con el consentimiento por escrito de la persona. Lea el aviso que lo acompaña y, después, acepte el expediente como de este centro, o rechácelo.</numerusform>
            <numerusform>%1 envía el expediente de una persona (%n partes) con el consentimiento por escrito de la persona. Lea el aviso que lo acompaña y, después, acepte el expediente como de este centro, o rechácelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidentiality notice (42 CFR § 2.32)</source>
        <translation>Aviso de confidencialidad (42 CFR § 2.32)</translation>
    </message>
    <message>
        <source>Why decline</source>
        <translation>Por qué rechazar</translation>
    </message>
    <message>
        <source>The person has not come to this center</source>
        <translation>La persona no ha venido a este centro</translation>
    </message>
    <message>
        <source>The person is already registered here</source>
        <translation>La persona ya está registrada aquí</translation>
    </message>
    <message>
        <source>This is the wrong center</source>
        <translation>Este no es el centro correcto</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>If you decline, &amp;why (the sender is told):</source>
        <translation>Si lo rechaza, &amp;por qué (se le dirá al remitente):</translation>
    </message>
    <message>
        <source>&amp;Accept the record</source>
        <translation>&amp;Aceptar el expediente</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Notice to the recipient (42 CFR § 2.32):</source>
        <translation>Aviso al destinatario (42 CFR § 2.32):</translation>
    </message>
</context>
<context>
    <name>ReconveneDialog</name>
    <message>
        <source>Reconvene the network</source>
        <translation>Reunir de nuevo a la red de apoyo</translation>
    </message>
    <message>
        <source>A follow-up will be planned with each of these people, from the saved setback plan:</source>
        <translation>Se programará un seguimiento con cada una de estas personas, según el plan para momentos difíciles guardado:</translation>
    </message>
    <message>
        <source>People to call</source>
        <translation>Personas a quienes llamar</translation>
    </message>
    <message>
        <source>No people to call</source>
        <translation>No hay personas a quienes llamar</translation>
    </message>
    <message>
        <source>What happened, in a few words, and what the person asks for</source>
        <translation>Qué pasó, en pocas palabras, y qué pide la persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date of the setback</source>
        <translation>Fecha del momento difícil</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Date of the setback:</source>
        <translation>&amp;Fecha del momento difícil:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Seguimiento el:</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>&amp;Reconvene the network</source>
        <translation>&amp;Reunir de nuevo a la red de apoyo</translation>
    </message>
    <message>
        <source>&amp;Call list (names and how to reach them):</source>
        <translation>&amp;Lista de llamadas (nombres y cómo contactar a cada persona):</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>C&amp;opy call list</source>
        <translation>C&amp;opiar la lista de llamadas</translation>
    </message>
    <message>
        <source>The setback is recorded. A follow-up with each person below is planned for %1: reach out to them, and note each contact as a check-in.</source>
        <translation>El momento difícil quedó registrado. Hay un seguimiento programado para el %1 con cada persona de esta lista: comuníquese con ellas y anote cada contacto como un encuentro.</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>C&amp;opiada</translation>
    </message>
    <message>
        <source>Discard the note?</source>
        <translation>¿Descartar la nota?</translation>
    </message>
    <message>
        <source>The network has not been reconvened and the note will not be kept. Discard it?</source>
        <translation>No se ha vuelto a reunir a la red de apoyo y la nota no se guardará. ¿Desea descartarla?</translation>
    </message>
</context>
<context>
    <name>RecordTreeTab</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>My recovery plan</source>
        <translation>Mi plan de recuperación</translation>
    </message>
    <message>
        <source>%1 · made with %2 on %3</source>
        <translation>%1 · hecho con %2 el %3</translation>
    </message>
    <message>
        <source>%1 · made on %2</source>
        <translation>%1 · hecho el %2</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mis fortalezas</translation>
    </message>
    <message>
        <source>We haven&apos;t written down your strengths yet — let&apos;s find them together next time.</source>
        <translation>Todavía no hemos anotado sus fortalezas; la próxima vez las descubriremos juntos.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>My hopes</source>
        <translation>Mis esperanzas</translation>
    </message>
    <message>
        <source>We haven&apos;t talked about what matters most to you yet — we&apos;d like to hear it.</source>
        <translation>Todavía no hemos hablado de lo que más le importa; nos gustaría escucharlo.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>We haven&apos;t written goals together yet — that&apos;s for our next talk.</source>
        <translation>Todavía no hemos escrito metas juntos; lo haremos en nuestra próxima conversación.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué me importa: %1</translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation>Fecha prevista: %1</translation>
    </message>
    <message>
        <source>We&apos;ll work out the first steps together.</source>
        <translation>Definiremos juntos los primeros pasos.</translation>
    </message>
    <message>
        <source>who helps: %1</source>
        <translation>quién me ayuda: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Quién me ayuda</translation>
    </message>
    <message>
        <source>People helping me with my steps:</source>
        <translation>Personas que me ayudan con mis pasos:</translation>
    </message>
    <message>
        <source>No one is named for your steps yet — we can think together about who could help.</source>
        <translation>Todavía no hay nadie a cargo de ayudarle con sus pasos; podemos pensar juntos en quién podría ayudarle.</translation>
    </message>
    <message>
        <source>My support network</source>
        <translation>Mi red de apoyo</translation>
    </message>
    <message>
        <source>We haven&apos;t drawn your support network yet — we can map it together next time.</source>
        <translation>Todavía no hemos dibujado su red de apoyo; podemos hacerlo juntos la próxima vez.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>My setback plan</source>
        <translation>Mi plan para momentos difíciles</translation>
    </message>
    <message>
        <source>We haven&apos;t made a setback plan yet — it&apos;s worth doing together, before it&apos;s needed.</source>
        <translation>Todavía no hemos hecho un plan para momentos difíciles; vale la pena hacerlo juntos antes de que se necesite.</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Señales de que las cosas se están poniendo difíciles</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Lo que no me ayuda</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Personas a quienes puedo llamar</translation>
    </message>
    <message>
        <source>Safe places I can go</source>
        <translation>Lugares seguros a donde puedo ir</translation>
    </message>
    <message>
        <source>Services I&apos;m connected to</source>
        <translation>Los servicios que uso</translation>
    </message>
    <message>
        <source>You aren&apos;t connected to other services through us yet — ask us if you&apos;d like to be.</source>
        <translation>Todavía no le hemos conectado con otros servicios; pregúntenos si le interesa.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>How to reach the center</source>
        <translation>Cómo comunicarme con el centro</translation>
    </message>
    <message>
        <source>Call us at %1.</source>
        <translation>Llámenos al %1.</translation>
    </message>
    <message>
        <source>We&apos;re open: %1</source>
        <translation>Abrimos: %1</translation>
    </message>
    <message>
        <source>Write to us: %1</source>
        <translation>Escríbanos: %1</translation>
    </message>
    <message>
        <source>Come by any time we&apos;re open — you don&apos;t need an appointment to talk with us.</source>
        <translation>Venga cuando estemos abiertos; no necesita cita para hablar con nosotros.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address and hours.</source>
        <translation>Pídele la dirección y el horario del centro al especialista de pares que te dio este plan.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s address.</source>
        <translation>Pídele la dirección del centro al especialista de pares que te dio este plan.</translation>
    </message>
    <message>
        <source>Ask the peer specialist who gave you this plan for the center&apos;s opening hours.</source>
        <translation>Pídele el horario del centro al especialista de pares que te dio este plan.</translation>
    </message>
    <message>
        <source>This plan is yours. Bring it when we meet, and we&apos;ll change it whenever you want.</source>
        <translation>Este plan es suyo. Tráigalo cuando nos reunamos y lo cambiaremos cuando usted quiera.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery key</source>
        <translation>Restablecer una contraseña con la clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key was shown once, when this center was set up, and kept on paper. It lets you choose a new password for any account.</source>
        <translation>La clave de recuperación se mostró una sola vez, al configurar este centro, y se guardó en papel. Con ella puede elegir una contraseña nueva para cualquier cuenta.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm new password</source>
        <translation>C&amp;onfirmar nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it now.</source>
        <translation>La nueva contraseña ya está lista. Inicie sesión con ella ahora.</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Pregunte por</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation>Por qué va</translation>
    </message>
    <message>
        <source>Referred by %1 on %2.</source>
        <translation>Le derivó %1 el %2.</translation>
    </message>
    <message>
        <source>Questions? Call us at %1.</source>
        <translation>¿Tiene preguntas? Llámenos al %1.</translation>
    </message>
    <message>
        <source>Questions? Ask us at the center.</source>
        <translation>¿Tiene preguntas? Pregúntenos en el centro.</translation>
    </message>
    <message>
        <source>Call to ask when they are open.</source>
        <translation>Llame para preguntar cuándo atienden.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No lo sabemos</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No se conectó</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Ne&amp;w referral…</source>
        <translation>N&amp;ueva derivación…</translation>
    </message>
    <message>
        <source>Refer the person to a service in the directory</source>
        <translation>Derivar a la persona a un servicio del directorio</translation>
    </message>
    <message>
        <source>&amp;Update status…</source>
        <translation>Actuali&amp;zar estado…</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Imprimir ho&amp;ja…</translation>
    </message>
    <message>
        <source>Save the referral slip as a PDF, in the person&apos;s language</source>
        <translation>Guardar la hoja de derivación como PDF, en el idioma de la persona</translation>
    </message>
    <message>
        <source>&amp;Add to network</source>
        <translation>A&amp;gregar a la red de apoyo</translation>
    </message>
    <message>
        <source>Put this connected service on the person&apos;s support network</source>
        <translation>Agregar este servicio conectado a la red de apoyo de la persona</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>No referrals yet. Use New referral… to connect the person with a service from the directory.</source>
        <translation>Todavía no hay derivaciones. Use “Nueva derivación…” para conectar a la persona con un servicio del directorio.</translation>
    </message>
    <message>
        <source>Referral details</source>
        <translation>Datos de la derivación</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Compartir información</translation>
    </message>
    <message>
        <source>This service is no longer in the directory. The referral is kept.</source>
        <translation>Este servicio ya no está en el directorio. La derivación se conserva.</translation>
    </message>
    <message>
        <source>(service removed)</source>
        <translation>(servicio eliminado)</translation>
    </message>
    <message>
        <source>%1 — no longer in the directory</source>
        <translation>%1 — ya no está en el directorio</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Ask for: %1</source>
        <translation>Preguntar por: %1</translation>
    </message>
    <message>
        <source>Appointment: %1 at %2</source>
        <translation>Cita: %1 a las %2</translation>
    </message>
    <message>
        <source>Why it closed: %1</source>
        <translation>Por qué se cerró: %1</translation>
    </message>
    <message>
        <source>On the support network.</source>
        <translation>Está en la red de apoyo.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>No information-sharing agreement on file.</source>
        <translation>No hay ningún acuerdo para compartir información archivado.</translation>
    </message>
    <message>
        <source>Partner agency: agreement on file until %1.</source>
        <translation>Agencia asociada: acuerdo archivado, vigente hasta el %1.</translation>
    </message>
    <message>
        <source>Partner agency: agreement on file.</source>
        <translation>Agencia asociada: acuerdo archivado.</translation>
    </message>
    <message>
        <source>Partner agency, but no current information-sharing agreement on file.</source>
        <translation>Agencia asociada, pero no hay ningún acuerdo vigente para compartir información archivado.</translation>
    </message>
    <message>
        <source>Consent: the person&apos;s consent covers sharing this referral with them.</source>
        <translation>Consentimiento: el consentimiento de la persona cubre compartir esta derivación con este destinatario.</translation>
    </message>
    <message>
        <source>Consent: no current consent covers sharing with them; ask the person first.</source>
        <translation>Consentimiento: ningún consentimiento vigente cubre compartir con este destinatario; primero pregúntele a la persona.</translation>
    </message>
    <message>
        <source>%1 is now on the support network.</source>
        <translation>%1 ya está en la red de apoyo.</translation>
    </message>
    <message>
        <source>Save the referral slip</source>
        <translation>Guardar la hoja de derivación</translation>
    </message>
    <message>
        <source>The slip was saved as %1 in %2.</source>
        <translation>La hoja se guardó como %1 en %2.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Take off the map</source>
        <translation>Quitar del mapa</translation>
    </message>
    <message>
        <source>%1 will no longer be on today&apos;s map, and their links to other members end the same day. Nothing is deleted: the history slider still shows them on earlier days.</source>
        <translation>%1 ya no estará en el mapa de hoy, y sus enlaces con otros miembros terminan ese mismo día. No se borra nada: en el historial seguirá apareciendo en los días anteriores.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, in a few words (optional)</source>
        <translation>Por qué, en pocas palabras (opcional)</translation>
    </message>
    <message>
        <source>Off the map from</source>
        <translation>Fuera del mapa desde</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Take off the map</source>
        <translation>&amp;Quitar del mapa</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>1 referral</source>
        <translation>1 derivación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>%Ln derivación</numerusform>
            <numerusform>%Ln derivaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Dates fr&amp;om</source>
        <translation>&amp;Fechas del</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>The center&apos;s figures</source>
        <translation>Las cifras del centro</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Se basa en</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>C&amp;ifras</translation>
    </message>
    <message>
        <source>Press Enter on a figure to see who or what it counts.</source>
        <translation>Presione Enter en una cifra para ver a quién o qué cuenta.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Tr&amp;end by month</source>
        <translation>T&amp;endencia por mes</translation>
    </message>
    <message>
        <source>Attendance by &amp;kind</source>
        <translation>Asistencia por &amp;tipo</translation>
    </message>
    <message>
        <source>&amp;Recovery capital</source>
        <translation>Capital de &amp;recuperación</translation>
    </message>
    <message>
        <source>Note for the PDF</source>
        <translation>Nota para el PDF</translation>
    </message>
    <message>
        <source>A few words for the board or funder: printed on the PDF only.</source>
        <translation>Unas palabras para la junta directiva o quien financia: solo se imprimen en el PDF.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>PDF language</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>Idioma de&amp;l PDF:</translation>
    </message>
    <message>
        <source>&amp;Who is counted…</source>
        <translation>&amp;Ver a quién se cuenta…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>First assessment: %1. Latest assessment: %2.</source>
        <translation>Primera evaluación: %1. Última evaluación: %2.</translation>
    </message>
    <message>
        <source>This figure has no list behind it.</source>
        <translation>Esta cifra no tiene una lista detrás.</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Exportar las cifras como CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the center&apos;s report</source>
        <translation>Guardar el informe del centro</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Saved as %1 in %2.</source>
        <translation>Guardado como %1 en %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Put a backup in place of the database on this computer. The database that is here now is kept in a folder beside it, never overwritten. Use this on a new computer too.</source>
        <translation>Ponga una copia de seguridad en lugar de la base de datos de esta computadora. La base de datos que hay ahora se guarda en una carpeta al lado y nunca se sobrescribe. Úselo también en una computadora nueva.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Archivo de la copia</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación en su lugar</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Usar la clave de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Cla&amp;ve de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>ROSC Desktop backups (*.roscbackup *.db)</source>
        <translation>Copias de seguridad de ROSC Desktop (*.roscbackup *.db)</translation>
    </message>
    <message>
        <source>The backup made %1 is in place. Sign in as usual.</source>
        <translation>La copia de seguridad del %1 ya está en su lugar. Inicie sesión como siempre.</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>The database that was here is kept in:
%1</source>
        <translation>La base de datos que había aquí se guarda en:
%1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review a goal</source>
        <translation>Revisar una meta</translation>
    </message>
    <message>
        <source>Set on %1</source>
        <translation>Fijada el %1</translation>
    </message>
    <message>
        <source>last reviewed %1 at %2</source>
        <translation>última revisión el %1: nivel %2</translation>
    </message>
    <message>
        <source>Date of this review</source>
        <translation>Fecha de esta revisión</translation>
    </message>
    <message>
        <source>&amp;Date of this review:</source>
        <translation>&amp;Fecha de esta revisión:</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Nivel alcanzado</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Note about this review</source>
        <translation>Nota sobre esta revisión</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Nothing waits for review: every change received so far was merged.</source>
        <translation>No hay nada pendiente de revisión: todos los cambios recibidos hasta ahora se integraron.</translation>
    </message>
    <message>
        <source>Items waiting for review</source>
        <translation>Elementos pendientes de revisión</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Las dos versiones, campo por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Este sitio</translation>
    </message>
    <message>
        <source>The other site</source>
        <translation>El otro sitio</translation>
    </message>
    <message>
        <source>Fields that differ are highlighted and marked ≠.</source>
        <translation>Los campos que difieren aparecen resaltados y marcados con ≠.</translation>
    </message>
    <message>
        <source>&amp;Keep this site&apos;s version</source>
        <translation>&amp;Conservar la versión de este sitio</translation>
    </message>
    <message>
        <source>Use the &amp;other version</source>
        <translation>Usar la &amp;otra versión</translation>
    </message>
    <message>
        <source>Kept this site&apos;s version.</source>
        <translation>Se conservó la versión de este sitio.</translation>
    </message>
    <message>
        <source>The other site&apos;s version is now the one kept here.</source>
        <translation>Ahora se conserva aquí la versión del otro sitio.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <source>Consent to share with %1. From the date below nothing more is shared; what was already shared stays shared.</source>
        <translation>Consentimiento para compartir con %1. A partir de la fecha de abajo no se comparte nada más; lo que ya se compartió no se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <source>Revocation note</source>
        <translation>Nota de revocación</translation>
    </message>
    <message>
        <source>Revoked &amp;on:</source>
        <translation>Revocado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New weekly activity</source>
        <translation>Nueva actividad semanal</translation>
    </message>
    <message>
        <source>&amp;Save weekly activity</source>
        <translation>&amp;Guardar actividad semanal</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Has a last day</source>
        <translation>Tiene un último día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Meets on:</source>
        <translation>Se &amp;reúne los:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>Fr&amp;ecuencia:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Em&amp;pieza el:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Últi&amp;mo día:</translation>
    </message>
</context>
<context>
    <name>SetbackTab</name>
    <message>
        <source>Early warning signs</source>
        <translation>Se&amp;ñales de alerta temprana</translation>
    </message>
    <message>
        <source>What do you notice when things start to slip? What do others notice?</source>
        <translation>¿Qué nota usted cuando las cosas empiezan a ir mal? ¿Qué notan las demás personas?</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>When you notice those signs, what helps you get back on track?</source>
        <translation>Cuando nota esas señales, ¿qué le ayuda a retomar el rumbo?</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <source>What should people avoid doing or saying, even with good intentions?</source>
        <translation>¿Qué deberían evitar hacer o decir las demás personas, aunque sea con buena intención?</translation>
    </message>
    <message>
        <source>&amp;People to call</source>
        <translation>Personas a quienes llamar</translation>
    </message>
    <message>
        <source>Who would you like us to reach out to? One person per line: their name and how to reach them.</source>
        <translation>¿Con quién le gustaría que nos comunicáramos? Una persona por línea: su nombre y cómo contactarla.</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>L&amp;ugares seguros</translation>
    </message>
    <message>
        <source>Where can you go to feel safe and steady?</source>
        <translation>¿Adónde puede ir para sentirse a salvo y en calma?</translation>
    </message>
    <message>
        <source>A plan made together, ahead of time, for when things get hard. Write it in the person&apos;s own words: it is theirs.</source>
        <translation>Un plan hecho en conjunto y con anticipación, para cuando las cosas se pongan difíciles. Escríbalo con las propias palabras de la persona: es suyo.</translation>
    </message>
    <message>
        <source>Sa&amp;ve setback plan</source>
        <translation>&amp;Guardar el plan</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Show the saved version…</source>
        <translation>Mostrar la versión guardada…</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>A setback is part of many recovery journeys, not the end of one. Reconvening records it and plans a follow-up with each person to call, so nobody is left to cope alone.</source>
        <translation>Un momento difícil forma parte de muchos procesos de recuperación; no es el final de ninguno. Al reunir de nuevo a la red de apoyo, queda registrado y se programa un seguimiento con cada persona a quien llamar, para que nadie tenga que afrontarlo a solas.</translation>
    </message>
    <message>
        <source>&amp;When things get hard: reconvene the network…</source>
        <translation>Cuando las cosas se ponen di&amp;fíciles: reunir de nuevo a la red de apoyo…</translation>
    </message>
    <message>
        <source>Earlier setbacks</source>
        <translation>Momentos difíciles anteriores</translation>
    </message>
    <message>
        <source>How the network was gathered, newest first:</source>
        <translation>Cómo se reunió la red de apoyo, lo más reciente primero:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>People to call</source>
        <translation>Personas a quienes llamar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <source>Add people from the network</source>
        <translation>Agregar personas de la red de apoyo</translation>
    </message>
    <message>
        <source>&amp;Tick the people to add to “People to call”:</source>
        <translation>&amp;Marque las personas que quiere agregar a «Personas a quienes llamar»:</translation>
    </message>
    <message>
        <source>People in their support network</source>
        <translation>Personas de su red de apoyo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already listed)</source>
        <translation>%1 (ya está en la lista)</translation>
    </message>
    <message>
        <source>Their support network map is empty. Add people on the Support network tab first.</source>
        <translation>Su mapa de la red de apoyo está vacío. Primero agregue personas en la pestaña Red de apoyo.</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Agregar a la lista</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Aún no se ha guardado nada</translation>
    </message>
    <message>
        <source>Show the saved version?</source>
        <translation>¿Mostrar la versión guardada?</translation>
    </message>
    <message>
        <source>Your typing on this tab will be replaced by the version saved elsewhere. Copy anything you want to keep first.</source>
        <translation>Lo que escribió en esta pestaña se reemplazará por la versión guardada en otro lugar. Antes, copie lo que quiera conservar.</translation>
    </message>
    <message>
        <source>&amp;Add from the network…</source>
        <translation>Agregar de la red de apoyo…</translation>
    </message>
    <message>
        <source>Choose people from their support network; each is added as one line with how to reach them.</source>
        <translation>Elija personas de su red de apoyo; cada una se agrega en una línea con la forma de contactarla.</translation>
    </message>
    <message>
        <source>Save the plan first?</source>
        <translation>¿Guardar antes el plan?</translation>
    </message>
    <message>
        <source>The setback plan has changes that are not saved. Reconvening uses the saved plan&apos;s people to call. Save the changes first?</source>
        <translation>El plan para momentos difíciles tiene cambios sin guardar. Para reunir de nuevo a la red de apoyo se usan las personas a quienes llamar del plan guardado. ¿Desea guardar antes los cambios?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>A new language takes effect the next time ROSC Desktop starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie ROSC Desktop.</translation>
    </message>
    <message>
        <source>Simplified (简体中文)</source>
        <translation>Simplificado (简体中文)</translation>
    </message>
    <message>
        <source>Traditional (繁體中文)</source>
        <translation>Tradicional (繁體中文)</translation>
    </message>
    <message>
        <source>Chinese documents print in</source>
        <translation>Los documentos en chino se imprimen en</translation>
    </message>
    <message>
        <source>Ch&amp;inese documents print in</source>
        <translation>Documento&amp;s en chino en</translation>
    </message>
    <message>
        <source>For a person whose language is Chinese without a script chosen</source>
        <translation>Para una persona cuyo idioma es el chino sin indicar la escritura</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before auto-lock</source>
        <translation>Minutos antes del bloqueo automático</translation>
    </message>
    <message>
        <source>&amp;Minutes before auto-lock</source>
        <translation>&amp;Minutos antes del bloqueo automático</translation>
    </message>
    <message>
        <source>Cen&amp;ter name</source>
        <translation>Nombre del cen&amp;tro</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm new password</source>
        <translation>Con&amp;firmar nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Your password is changed. Use it from now on.</source>
        <translation>Su contraseña se cambió. Úsela a partir de ahora.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>ROSC Desktop keeps participants&apos; records encrypted on this computer.</source>
        <translation>ROSC Desktop guarda los registros de las personas participantes con cifrado en esta computadora.</translation>
    </message>
    <message>
        <source>Demo database: sign in as %1 / %2</source>
        <translation>Base de datos de demostración: inicie sesión como %1 / %2</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Forgot password? Use the recovery key</source>
        <translation>¿&amp;Olvidó su contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery key</source>
        <translation>¿Olvidó su contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>You were signed out: the check made after signing in found a problem. %1</source>
        <translation>Se cerró su sesión: la comprobación hecha al iniciar sesión encontró un problema. %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de pares</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Personas a cargo</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Agregar una cuenta…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar la &amp;función…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>S&amp;witch off…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Each person signs in with their own account. A new account starts with a temporary password that its owner replaces at their first sign-in. Switching an account off changes the database key, so that password opens nothing any more.</source>
        <translation>Cada persona entra con su propia cuenta. Una cuenta nueva empieza con una contraseña temporal que su dueño cambia la primera vez que entra. Al desactivar una cuenta cambia la clave de la base de datos, así que esa contraseña ya no abre nada.</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Needs a new password</source>
        <translation>Necesita una contraseña nueva</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar la función</translation>
    </message>
    <message>
        <source>Role for %1:</source>
        <translation>Función de %1:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Switch off %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <source>%1 will never sign in again. The database is backed up, then its key is changed so that their password opens nothing, even a copy of the old files. Everyone else keeps signing in as before. This takes a moment on a large database.</source>
        <translation>%1 no podrá volver a entrar. Se hace una copia de seguridad de la base de datos y luego se cambia su clave, para que su contraseña no abra nada, ni siquiera una copia de los archivos antiguos. Todos los demás siguen entrando como antes. En una base de datos grande tarda un momento.</translation>
    </message>
    <message>
        <source>Changing the database key…</source>
        <translation>Cambiando la clave de la base de datos…</translation>
    </message>
    <message>
        <source>Switching an account off</source>
        <translation>Desactivando una cuenta</translation>
    </message>
    <message>
        <source>%1 is switched off and the database key has changed.</source>
        <translation>%1 está desactivada y la clave de la base de datos ha cambiado.</translation>
    </message>
    <message>
        <source>These accounts had not signed in since this version was installed and need a new temporary password (Reset password): %1</source>
        <translation>Estas cuentas no habían entrado desde que se instaló esta versión y necesitan una contraseña temporal nueva (Restablecer la contraseña): %1</translation>
    </message>
    <message>
        <source>The recovery key has changed. Write the new one down now and keep it away from this computer:

%1</source>
        <translation>La clave de recuperación ha cambiado. Anote ahora la nueva y guárdela lejos de esta computadora:

%1</translation>
    </message>
    <message>
        <source>Account switched off</source>
        <translation>Cuenta desactivada</translation>
    </message>
</context>
<context>
    <name>StartScreens</name>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde una copia de seguri&amp;dad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Update the referral</source>
        <translation>Actualizar la derivación</translation>
    </message>
    <message>
        <source>%1 (a new date)</source>
        <translation>%1 (con una fecha nueva)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Date of this step</source>
        <translation>Fecha de este paso</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>Why it closed, required</source>
        <translation>Por qué se cerró, obligatorio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Seguimiento el:</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>Programar un seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — ahora: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation>Nuevo &amp;estado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>&amp;Why it closed (required):</source>
        <translation>&amp;Por qué se cerró (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Add a step</source>
        <translation>Agregar un paso</translation>
    </message>
    <message>
        <source>Towards: %1</source>
        <translation>Hacia la meta: %1</translation>
    </message>
    <message>
        <source>What the step is, required</source>
        <translation>En qué consiste el paso, obligatorio</translation>
    </message>
    <message>
        <source>&amp;What (required):</source>
        <translation>&amp;Qué (obligatorio):</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Quién ayuda</translation>
    </message>
    <message>
        <source>The &amp;participant</source>
        <translation>La &amp;persona participante</translation>
    </message>
    <message>
        <source>A &amp;staff member:</source>
        <translation>Una persona del per&amp;sonal:</translation>
    </message>
    <message>
        <source>Someone in their &amp;network:</source>
        <translation>Alguien de su &amp;red de apoyo:</translation>
    </message>
    <message>
        <source>Staff member who helps</source>
        <translation>Persona del personal que ayuda</translation>
    </message>
    <message>
        <source>Who in their network helps</source>
        <translation>Quién de su red de apoyo ayuda</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Someone else (type a name)</source>
        <translation>Otra persona (escriba un nombre)</translation>
    </message>
    <message>
        <source>Name of the person in their network</source>
        <translation>Nombre de la persona de su red de apoyo</translation>
    </message>
    <message>
        <source>e.g. their sponsor</source>
        <translation>p. ej., su padrino o madrina</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Agregar paso</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Changed differently in two copies</source>
        <translation>Cambiado de forma distinta en dos copias</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Not the owner&apos;s change</source>
        <translation>Cambio de un sitio que no es el propietario</translation>
    </message>
    <message>
        <source>Points at a missing record</source>
        <translation>Remite a un registro que falta</translation>
    </message>
    <message>
        <source>Two copies of %1&apos;s database changed this record differently (a copy restored from a backup, or a second computer). Keep this site&apos;s version unless %1 confirms the other one is right.</source>
        <translation>Dos copias de la base de datos de %1 cambiaron este registro de forma distinta (una copia restaurada desde una copia de seguridad, o una segunda computadora). Conserve la versión de este sitio, salvo que %1 confirme que la otra es la correcta.</translation>
    </message>
    <message>
        <source>%1 sent a second record where only one may exist (for example a second intake for the same person). Keep this site&apos;s version and settle the difference with %1.</source>
        <translation>%1 envió un segundo registro donde solo puede haber uno (por ejemplo, una segunda acogida para la misma persona). Conserve la versión de este sitio y resuelva la diferencia con %1.</translation>
    </message>
    <message>
        <source>%1 sent a change to a record it does not own. Only the owning site edits a record, so the change was not applied. Keep this site&apos;s version and let %1 know.</source>
        <translation>%1 envió un cambio a un registro que no le pertenece. Solo el sitio propietario edita un registro, así que el cambio no se aplicó. Conserve la versión de este sitio y avise a %1.</translation>
    </message>
    <message>
        <source>This record from %1 points at a record this site does not have. The next bundle from %1 usually brings it; then use the other version.</source>
        <translation>Este registro de %1 remite a un registro que este sitio no tiene. Normalmente lo trae el siguiente paquete de %1; entonces, use la otra versión.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Hub</source>
        <translation>Centro regional</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>read back by phone</source>
        <translation>leída por teléfono</translation>
    </message>
</context>
<context>
    <name>SyncKeysPanel</name>
    <message>
        <source>Only an admin can see this site&apos;s keys and enrol other sites.</source>
        <translation>Solo la administración puede ver las claves de este sitio e inscribir otros sitios.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Este sitio</translation>
    </message>
    <message>
        <source>Fingerprint: read it aloud, group by group, to a site enrolling this one.</source>
        <translation>Huella: léala en voz alta, grupo por grupo, al sitio que esté inscribiendo a este.</translation>
    </message>
    <message>
        <source>This site&apos;s fingerprint</source>
        <translation>Huella de este sitio</translation>
    </message>
    <message>
        <source>QR code of this site&apos;s trust card</source>
        <translation>Código QR de la tarjeta de confianza de este sitio</translation>
    </message>
    <message>
        <source>&amp;Copy card text</source>
        <translation>&amp;Copiar el texto de la tarjeta</translation>
    </message>
    <message>
        <source>Save trust card as &amp;PDF…</source>
        <translation>&amp;Guardar la tarjeta de confianza como PDF…</translation>
    </message>
    <message>
        <source>Rotate &amp;keys…</source>
        <translation>Ca&amp;mbiar las claves…</translation>
    </message>
    <message>
        <source>Make a new key pair and announce it to every site</source>
        <translation>Crear un nuevo par de claves y anunciarlo a todos los sitios</translation>
    </message>
    <message>
        <source>Fi&amp;nish key change…</source>
        <translation>&amp;Terminar el cambio de claves…</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Sitios de confianza</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código del sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Cambio de claves</translation>
    </message>
    <message>
        <source>No sites enrolled yet. Ask the other site for its trust card, then call them to check it.</source>
        <translation>Todavía no hay ningún sitio inscrito. Pida al otro sitio su tarjeta de confianza y luego llámelos para comprobarla.</translation>
    </message>
    <message>
        <source>&amp;Enrol a site…</source>
        <translation>&amp;Inscribir un sitio…</translation>
    </message>
    <message>
        <source>Site code: %1 · Role: %2</source>
        <translation>Código del sitio: %1 · Función: %2</translation>
    </message>
    <message>
        <source>Key change under way. The next key&apos;s fingerprint is %1. Every bundle sent from now on announces it, signed with the current key, and both keys work meanwhile. Once every trusted site has acknowledged it, finish the key change.</source>
        <translation>Hay un cambio de claves en curso. La huella de la próxima clave es %1. Todos los paquetes que se envíen a partir de ahora la anuncian, firmada con la clave actual, y mientras tanto funcionan las dos claves. Cuando todos los sitios de confianza la hayan confirmado, termine el cambio de claves.</translation>
    </message>
    <message>
        <source>New key announced</source>
        <translation>Nueva clave anunciada</translation>
    </message>
    <message>
        <source>The card text is on the clipboard. It holds public keys only: paste it into an email or a file for the other site, then call them to read the fingerprint.</source>
        <translation>El texto de la tarjeta está en el portapapeles. Solo contiene claves públicas: péguelo en un correo electrónico o en un archivo para el otro sitio, y luego llámelos para leerles la huella.</translation>
    </message>
    <message>
        <source>Save the trust card</source>
        <translation>Guardar la tarjeta de confianza</translation>
    </message>
    <message>
        <source>The trust card was saved as %1 in %2.</source>
        <translation>La tarjeta de confianza se guardó como %1 en %2.</translation>
    </message>
    <message>
        <source>Change this site&apos;s keys?</source>
        <translation>¿Cambiar las claves de este sitio?</translation>
    </message>
    <message>
        <source>A new key pair is made now, and the current one keeps working alongside it. Every bundle you send from now on announces the new key, signed with the current one, so the sites that trust you can check it came from you. When every trusted site has acknowledged it, come back here and finish the key change.

Print or save the new trust card for sites that enrol this one later.</source>
        <translation>Ahora se crea un nuevo par de claves, y el actual sigue funcionando junto a él. Todos los paquetes que envíe a partir de ahora anuncian la nueva clave, firmada con la actual, para que los sitios que confían en usted puedan comprobar que viene de usted. Cuando todos los sitios de confianza la hayan confirmado, vuelva aquí y termine el cambio de claves.

Imprima o guarde la nueva tarjeta de confianza para los sitios que inscriban a este más adelante.</translation>
    </message>
    <message>
        <source>&amp;Start key change</source>
        <translation>&amp;Iniciar el cambio de claves</translation>
    </message>
    <message>
        <source>Finish the key change?</source>
        <translation>¿Terminar el cambio de claves?</translation>
    </message>
    <message>
        <source>Finish only once every trusted site has acknowledged the new key: a site that has not will refuse the bundles you send after this. The old key is kept, so bundles already on their way to you can still be opened.</source>
        <translation>Termínelo solo cuando todos los sitios de confianza hayan confirmado la nueva clave: un sitio que no lo haya hecho rechazará los paquetes que envíe después. La clave anterior se conserva, así que aún podrán abrirse los paquetes que ya vengan de camino.</translation>
    </message>
    <message>
        <source>&amp;Finish key change</source>
        <translation>&amp;Terminar el cambio de claves</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>needs review</source>
        <translation>requiere revisión</translation>
    </message>
    <message>
        <source>waiting: bundle held</source>
        <translation>en espera: paquete retenido</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n cambio aún sin confirmar</numerusform>
            <numerusform>%n cambios aún sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>Sync pages</source>
        <translation>Páginas de sincronización</translation>
    </message>
    <message>
        <source>Sites &amp;and bundles</source>
        <translation>Sitios y &amp;paquetes</translation>
    </message>
    <message>
        <source>Re&amp;view queue</source>
        <translation>&amp;Lista de revisión</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>T&amp;raslados</translation>
    </message>
    <message>
        <source>Keys and tr&amp;usted sites</source>
        <translation>Cla&amp;ves y sitios de confianza</translation>
    </message>
    <message>
        <source>Centers sending to this hub</source>
        <translation>Centros que envían a este centro regional</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Sitios de confianza</translation>
    </message>
    <message>
        <source>How far each site has got</source>
        <translation>Hasta dónde ha llegado cada sitio</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Their changes applied here</source>
        <translation>Sus cambios aplicados aquí</translation>
    </message>
    <message>
        <source>Ours acknowledged</source>
        <translation>Nuestros cambios confirmados</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Para revisar</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>No site is trusted yet. Enrol the other site&apos;s trust card under “Keys and trusted sites” first.</source>
        <translation>Todavía no hay ningún sitio de confianza. Primero inscriba la tarjeta de confianza del otro sitio en “Claves y sitios de confianza”.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Ins&amp;pect bundle…</source>
        <translation>E&amp;xaminar paquete…</translation>
    </message>
    <message>
        <source>Show what a bundle holds without applying it</source>
        <translation>Mostrar lo que contiene un paquete sin aplicarlo</translation>
    </message>
    <message>
        <source>Reports across &amp;centers…</source>
        <translation>Informes de los &amp;centros…</translation>
    </message>
    <message>
        <source>Result of the last export or import</source>
        <translation>Resultado de la última exportación o importación</translation>
    </message>
    <message>
        <source>Bundle log</source>
        <translation>Historial de paquetes</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Apply &amp;now anyway…</source>
        <translation>Aplicar ya de todos &amp;modos…</translation>
    </message>
    <message>
        <source>Apply the chosen held bundle without waiting for the missing changes</source>
        <translation>Aplicar el paquete retenido elegido sin esperar los cambios que faltan</translation>
    </message>
    <message>
        <source>Re&amp;view queue (%1)</source>
        <translation>&amp;Lista de revisión (%1)</translation>
    </message>
    <message>
        <source>%1 is a hub: centers send it their records, and it sends them the directory and the partner list.</source>
        <translation>%1 es un centro regional: los centros le envían sus registros, y este les envía el directorio y la lista de agencias asociadas.</translation>
    </message>
    <message>
        <source>%1 is a center: it sends its records to its hub (identified only under a consent naming the hub) and takes the directory from it.</source>
        <translation>%1 es un centro: envía sus registros a su centro regional (con datos identificativos solo si hay un consentimiento que nombre al centro regional) y recibe de él el directorio.</translation>
    </message>
    <message>
        <source>up to %1 of %2</source>
        <translation>hasta el %1 de %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>There is no site to send a bundle to yet.</source>
        <translation>Todavía no hay ningún sitio al que enviar un paquete.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Bundle for %1 saved as %2. It holds %3</source>
        <translation>El paquete para %1 se guardó como %2. Contiene %3</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportación cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <source>Apply the held bundle now?</source>
        <translation>¿Aplicar ahora el paquete retenido?</translation>
    </message>
    <message>
        <source>%1 from %2 have not arrived. Applying now takes this bundle&apos;s changes anyway; any record that clashes with what is here goes to the review queue for you to decide. When the missing bundle arrives later, its changes are still applied.</source>
        <translation>%1 de %2: aún sin recibir. Si lo aplica ahora, se toman igualmente los cambios de este paquete; cualquier registro que choque con lo que hay aquí pasa a la lista de revisión para que usted decida. Cuando el paquete que falta llegue más tarde, sus cambios también se aplicarán.</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>&amp;Aplicar ahora</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Acogidas</translation>
    </message>
    <message>
        <source>BARC-10 assessments</source>
        <translation>Evaluaciones BARC-10</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Pasos de las metas</translation>
    </message>
    <message>
        <source>Goal reviews</source>
        <translation>Revisiones de metas</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Setback plans</source>
        <translation>Planes para momentos difíciles</translation>
    </message>
    <message>
        <source>Setbacks</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Miembros de la red de apoyo</translation>
    </message>
    <message>
        <source>Network ties</source>
        <translation>Vínculos de la red de apoyo</translation>
    </message>
    <message>
        <source>Links between members</source>
        <translation>Enlaces entre miembros</translation>
    </message>
    <message>
        <source>Tie ratings</source>
        <translation>Valoraciones de los vínculos</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Pasos de las derivaciones</translation>
    </message>
    <message>
        <source>Directory organizations</source>
        <translation>Organizaciones del directorio</translation>
    </message>
    <message>
        <source>Directory services</source>
        <translation>Servicios del directorio</translation>
    </message>
    <message>
        <source>Directory locations</source>
        <translation>Lugares del directorio</translation>
    </message>
    <message>
        <source>Services at locations</source>
        <translation>Servicios en lugares</translation>
    </message>
    <message>
        <source>Directory corrections</source>
        <translation>Correcciones del directorio</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Agencias asociadas</translation>
    </message>
    <message>
        <source>The sending computer&apos;s clock is ahead of this one by more than a day. Its changes are still taken in order; ask them to check the date and time.</source>
        <translation>El reloj de la computadora que envía va más de un día por delante del de esta. Sus cambios se siguen tomando en orden; pídales que revisen la fecha y la hora.</translation>
    </message>
    <message>
        <source>Applied although earlier changes had not arrived; records that clash were put in the review queue.</source>
        <translation>Se aplicó aunque no habían llegado cambios anteriores; los registros en conflicto pasaron a la lista de revisión.</translation>
    </message>
    <message>
        <source>The sending site has started a key change; bundles for it are now encrypted to both keys.</source>
        <translation>El sitio que envía inició un cambio de claves; los paquetes para ese sitio ahora se cifran para las dos claves.</translation>
    </message>
    <message>
        <source>The sending site has finished its key change.</source>
        <translation>El sitio que envía terminó su cambio de claves.</translation>
    </message>
    <message>
        <source>The sending site announced a key change that does not check out (not signed by its current key, or damaged), so its key was not changed. Ask them to export again.</source>
        <translation>El sitio que envía anunció un cambio de clave que no se pudo verificar (no está firmado con su clave actual, o está dañado), así que su clave no se cambió. Pídales que exporten de nuevo.</translation>
    </message>
    <message>
        <source>A withdrawal of consent was applied: a fresh backup was made and the older backups, which still held what was withdrawn, were deleted.</source>
        <translation>Se aplicó una retirada de consentimiento: se hizo una copia de seguridad nueva y se eliminaron las copias anteriores, que todavía contenían lo retirado.</translation>
    </message>
    <message>
        <source>The center&apos;s audit chain does not match what the hub saw at the last sync: events already synced were changed or removed since, or a backup was restored there. Look into it with the database check.</source>
        <translation>La cadena de auditoría del centro no coincide con la que vio el centro regional en la última sincronización: desde entonces se cambiaron o quitaron eventos ya sincronizados, o allí se restauró una copia de seguridad. Revíselo con la comprobación de la base de datos.</translation>
    </message>
    <message>
        <source>A withdrawal of consent was applied, but a fresh backup could not be made (is the disk full?). The older backups still hold what was withdrawn until the next sign-in or bundle import replaces them.</source>
        <translation>Se aplicó una retirada de consentimiento, pero no se pudo hacer una copia de seguridad nueva (¿está lleno el disco?). Las copias anteriores contienen lo retirado hasta que el próximo inicio de sesión o la próxima importación de un paquete las reemplace.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source>changes %1–%2</source>
        <translation>cambios %1–%2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Acknowledged by the other side</source>
        <translation>Confirmado por el otro lado</translation>
    </message>
    <message>
        <source>Applied anyway, with earlier changes missing</source>
        <translation>Aplicado de todos modos, aunque faltaban cambios anteriores</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Held: %1 missing</source>
        <translation>Retenido: en espera de %1</translation>
    </message>
    <message>
        <source>Released (applied after waiting)</source>
        <translation>Liberado (aplicado tras la espera)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>En cuarentena: %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>La contraseña temporal otra vez</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>La misma &amp;otra vez:</translation>
    </message>
    <message>
        <source>Give it to the person in private. They choose their own at their first sign-in.</source>
        <translation>Entréguesela a la persona en privado. Ella elegirá la suya la primera vez que entre.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Follow-ups &amp;due</source>
        <translation>Se&amp;guimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Hoy no hay nada pendiente.</translation>
    </message>
    <message>
        <source>Mark as do&amp;ne</source>
        <translation>Marcar &amp;como hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marcar como hecho el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done (%1)</source>
        <translation>Marcar como hecho el seguimiento seleccionado (%1)</translation>
    </message>
    <message>
        <source>&amp;Reaching out</source>
        <translation>Ac&amp;ercamiento</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Acercamiento</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>No contact for at least this many days</source>
        <translation>Sin contacto durante al menos esta cantidad de días</translation>
    </message>
    <message>
        <source>No contact for at &amp;least</source>
        <translation>Sin contacto durante al &amp;menos</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Abiertos &amp;recientemente</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Abiertos recientemente</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>The records you open will be listed here.</source>
        <translation>Aquí aparecerán los registros que abra.</translation>
    </message>
    <message>
        <source>&amp;My people</source>
        <translation>Mis &amp;personas</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>Nobody is in your caseload yet. A person&apos;s primary peer specialist is chosen on their Overview.</source>
        <translation>Todavía no tiene personas a su cargo. El especialista de pares principal de una persona se elige en su Resumen.</translation>
    </message>
    <message>
        <source>Looking for people not seen lately…</source>
        <translation>Buscando a quienes no han venido últimamente…</translation>
    </message>
    <message>
        <source>Everyone has been in contact since yesterday.</source>
        <translation>Todas las personas han tenido contacto desde ayer.</translation>
    </message>
    <message>
        <source>Everyone has been in contact in the last %1 days.</source>
        <translation>Todas las personas han tenido contacto en los últimos %1 días.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <source>Referral follow-up: %1</source>
        <translation>Seguimiento de la derivación: %1</translation>
    </message>
    <message>
        <source>not since registering</source>
        <translation>ninguno desde el registro</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>sin contacto todavía</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another center</source>
        <translation>Trasladar a otro centro</translation>
    </message>
    <message>
        <source>The record goes to the hub with the next bundle, and on to the receiving center. It can go only under a current written consent that names the receiving center for care coordination; what travels is what that consent covers, with the federal confidentiality notice (42 CFR § 2.32).</source>
        <translation>El expediente va al centro regional con el próximo paquete y, de allí, al centro de destino. Solo puede ir con un consentimiento por escrito vigente que nombre al centro de destino para la coordinación de la atención; viaja lo que cubre ese consentimiento, junto con el aviso federal de confidencialidad (42 CFR § 2.32).</translation>
    </message>
    <message>
        <source>Receiving center</source>
        <translation>Centro de destino</translation>
    </message>
    <message>
        <source>The hub has not listed any other center yet. Import the hub&apos;s latest bundle first: it says which centers take part.</source>
        <translation>El centro regional aún no ha indicado ningún otro centro. Importe primero su último paquete: dice qué centros participan.</translation>
    </message>
    <message>
        <source>&amp;Receiving center:</source>
        <translation>Centro de &amp;destino:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Send with the next bundle</source>
        <translation>&amp;Enviar con el próximo paquete</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Traslados</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Read the &amp;notice and accept…</source>
        <translation>Leer el aviso y a&amp;ceptar…</translation>
    </message>
    <message>
        <source>Cance&amp;l this transfer…</source>
        <translation>Ca&amp;ncelar este traslado…</translation>
    </message>
    <message>
        <source>No transfers. A person&apos;s record moves here when another center sends it through the hub, under their consent.</source>
        <translation>No hay traslados. El expediente de una persona llega aquí cuando otro centro lo envía a través del centro regional, con su consentimiento.</translation>
    </message>
    <message>
        <source>Waiting for the next bundle</source>
        <translation>En espera del próximo paquete</translation>
    </message>
    <message>
        <source>Sent to the hub</source>
        <translation>Enviado al centro regional</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Waiting for you to accept</source>
        <translation>Pendiente de que usted lo acepte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado por el receptor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Passing through</source>
        <translation>De paso</translation>
    </message>
    <message>
        <source>The record stays here, and the receiving center can no longer accept it.</source>
        <translation>El expediente se queda aquí, y el centro receptor ya no podrá aceptarlo.</translation>
    </message>
    <message>
        <source>It has left already: the next bundle tells the hub to stop passing it on. If the receiving center has accepted it meanwhile, it stays there and this page will say Delivered.</source>
        <translation>Ya salió: el próximo paquete le dirá al centro regional que deje de reenviarlo. Si mientras tanto el centro receptor lo aceptó, se queda allí y esta página dirá Entregado.</translation>
    </message>
    <message>
        <source>Cancel this transfer?</source>
        <translation>¿Cancelar este traslado?</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Traslado aceptado</translation>
    </message>
    <message>
        <source>The record is now this center&apos;s. Find the person in the participant list.</source>
        <translation>El expediente ahora es de este centro. Busque a la persona en la lista de participantes.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1: %2 supports, %3 life areas</source>
        <translation>%1: %2 apoyos, %3 áreas de la vida</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Apoyos</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Áreas de la vida</translation>
    </message>
</context>
<context>
    <name>TrustCard</name>
    <message>
        <source>ROSC trust card</source>
        <translation>Tarjeta de confianza de ROSC</translation>
    </message>
    <message>
        <source>Site code: %1 · Role: %2</source>
        <translation>Código del sitio: %1 · Función: %2</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Centro regional</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>How to use this card</source>
        <translation>Cómo usar esta tarjeta</translation>
    </message>
    <message>
        <source>Read the fingerprint aloud to the other site by phone; they type it back.</source>
        <translation>Lea la huella en voz alta al otro sitio por teléfono; allí la escriben.</translation>
    </message>
    <message>
        <source>Send them the card text below, or let them scan the QR code. It holds public keys only, so email or a USB stick will do: the phone call is what proves the card is ours.</source>
        <translation>Envíeles el texto de la tarjeta que aparece abajo, o deje que escaneen el código QR. Solo contiene claves públicas, así que sirve el correo electrónico o una memoria USB: lo que demuestra que la tarjeta es nuestra es la llamada telefónica.</translation>
    </message>
    <message>
        <source>Enrol their card the same way: they read their fingerprint to you, and you type it in.</source>
        <translation>Inscriba su tarjeta de la misma manera: le leen su huella y usted la escribe.</translation>
    </message>
    <message>
        <source>Never enrol a card whose fingerprint nobody read to you by phone.</source>
        <translation>Nunca inscriba una tarjeta cuya huella nadie le haya leído por teléfono.</translation>
    </message>
    <message>
        <source>A key change is under way: this card also carries the next key, so both work until the change is finished.</source>
        <translation>Hay un cambio de claves en curso: esta tarjeta también lleva la próxima clave, así que las dos funcionan hasta que termine el cambio.</translation>
    </message>
    <message>
        <source>Card text (for pasting into ROSC Desktop)</source>
        <translation>Texto de la tarjeta (para pegar en ROSC Desktop)</translation>
    </message>
    <message>
        <source>Printed on %1. This card holds no secret.</source>
        <translation>Impresa el %1. Esta tarjeta no contiene ningún secreto.</translation>
    </message>
    <message>
        <source>Scan to enrol</source>
        <translation>Escanear para inscribir</translation>
    </message>
</context>
<context>
    <name>WaitCountdown</name>
    <message numerus="yes">
        <source>Please wait %n second(s)</source>
        <translation>
            <numerusform>Espere %n segundo</numerusform>
            <numerusform>Espere %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana an&amp;terior</translation>
    </message>
    <message>
        <source>This w&amp;eek</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semana sig&amp;uiente ▶</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>Nueva a&amp;ctividad…</translation>
    </message>
    <message>
        <source>New &amp;weekly activity…</source>
        <translation>Nueva actividad se&amp;manal…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Vinieron</translation>
    </message>
    <message>
        <source>Activities this week</source>
        <translation>Actividades de esta semana</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>Activ&amp;ities this week:</source>
        <translation>Act&amp;ividades de esta semana:</translation>
    </message>
    <message>
        <source>Nothing this week. Set up a weekly activity once and its meetings show here every week.</source>
        <translation>No hay nada esta semana. Configure una actividad semanal una sola vez y sus reuniones aparecerán aquí cada semana.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>_ActivityForm</name>
    <message>
        <source>For example: All Recovery Meeting</source>
        <translation>Por ejemplo: Reunión de todas las vías de recuperación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Staff member or volunteer, by name</source>
        <translation>Miembro del personal o voluntario, por su nombre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation>Póngale un nombre a la actividad.</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
</TS>
