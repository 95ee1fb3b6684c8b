<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Barc10Dialog</name>
    <message>
        <source>There are more important things to me in life than using substances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In general I am happy with my life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have enough energy to complete the tasks I set myself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am proud of the community I live in and feel part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get lots of support from friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I regard my life as challenging and fulfilling without the need for using drugs or alcohol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My living space has helped to drive my recovery journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take full responsibility for my actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am happy dealing with a range of professional people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am making good progress on my recovery journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a BARC-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each statement with the person and choose how much they agree, from 1 (strongly disagree) to 6 (strongly agree). There are no right answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation was made for ROSC Desktop and is not an officially validated version of the BARC-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For reference: in the validation study, totals of %1 or more went with sustained remission. It is a point of comparison, not a pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n of 10 statements answered)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers given so far will not be recorded. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same or a similar name is already registered. Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to ROSC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s set up your center. You will be its first admin; you can add peer specialists and coordinators later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbor Light Recovery Community Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RCC-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center is set up. Before you go on, keep this key safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every password is forgotten, this key is the only way to open the database; without it, nobody can read the records again, not even us. It will not be shown again.

Print it or write it on paper, and keep the paper somewhere safe, away from this computer: anyone with the key and this computer can open the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the database if every password is forgotten. Keep this paper somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Strengths and interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you good at? What do you enjoy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what matters most to you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like your life to look like, in your own words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ties already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, groups and places that are already on your side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things went better, what made the difference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guide for the conversation, not a form to get through. Start with strengths, and write down the person&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten statements about the resources the person has for recovery. Repeat it every few months to see how things change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a BARC-10…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (of 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BARC-10 history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your typing on this tab will be replaced by the version saved elsewhere. Copy anything you want to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ROSC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key will not be shown again. Close without keeping it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ROSC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ROSC Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Strengths-based intakes for recovery community centers, kept encrypted on this computer and usable without the internet.&lt;/p&gt;&lt;p&gt;Free software under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too early (earliest %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only, with at least 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recovery pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer all 10 statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is from 1 (strongly disagree) to 6 (strongly agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names use lower-case letters, digits, dots, dashes or underscores (2 to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the center&apos;s name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site codes are 2 to 16 capital letters, digits or dashes, like RCC-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in file (keyring.json) is missing beside the database. Restore it from a copy: without it the database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in file (keyring.json) is damaged or not ours. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in file was made by a newer version. Please update ROSC Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened: it is damaged, or it is not a ROSC Desktop database, or it belongs to another key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is missing. Restore it from the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of ROSC Desktop. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your typing is still here: free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be written, so nothing was saved. Your typing is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this record while you were editing. Your changes are still here: copy what you need, reload, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant record is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another site and cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no center set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are never deleted outright; they can only be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a coordinator or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest BARC-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first BARC-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BARC-10 yet — record one from the Intake tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BARC-10 totals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. The Intake tab starts the conversation with strengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BARC-10 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 (validation study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Register someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>he/him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid &amp;12-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;MART Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;dication-assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faith-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm red&amp;uction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;tural recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;nouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery pathways (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pathway, in their own &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pathway, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListScreen</name>
    <message>
        <source>Search by name or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list below updates as you type. Press Down to move into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register someone new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone new (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 matches — keep typing to narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantWorkspace</name>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake for %1 has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery pathway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake •</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pathways</name>
    <message>
        <source>12-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication-assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was shown once, when this center was set up, and kept on paper. It lets you choose a new password for any account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time ROSC Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes before auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROSC Desktop keeps participants&apos; records encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: sign in as %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitCountdown</name>
    <message numerus="yes">
        <source>Please wait %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
