<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Barc10Dialog</name>
    <message numerus="yes">
        <source>(%n of 10 statements answered)</source>
        <translation>
            <numerusform>(%n of 10 statements answered)</numerusform>
            <numerusform>(%n of 10 statements answered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message numerus="yes">
        <source>Folder for %n plan(s): people with a goal reviewed in the last 7 days</source>
        <translation>
            <numerusform>Folder for %n plan: people with a goal reviewed in the last 7 days</numerusform>
            <numerusform>Folder for %n plans: people with a goal reviewed in the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) saved in %1.</source>
        <translation>
            <numerusform>%n plan saved in %1.</numerusform>
            <numerusform>%n plans saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message numerus="yes">
        <source>%n record(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n record waits in the review queue.</numerusform>
            <numerusform>%n records wait in the review queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) identified under consent</source>
        <translation>
            <numerusform>; %n person identified under consent</numerusform>
            <numerusform>; %n people identified under consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n de-identified</source>
        <translation>
            <numerusform>, %n de-identified</numerusform>
            <numerusform>, %n de-identified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) sent again in full after a new consent</source>
        <translation>
            <numerusform>; %n record sent again in full after a new consent</numerusform>
            <numerusform>; %n records sent again in full after a new consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) whose consent ended are to be de-identified at the other site</source>
        <translation>
            <numerusform>; %n person whose consent ended is to be de-identified at the other site</numerusform>
            <numerusform>; %n people whose consent ended are to be de-identified at the other site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message numerus="yes">
        <source>&amp;Password (at least %n characters)</source>
        <translation>
            <numerusform>&amp;Password (at least %n character)</numerusform>
            <numerusform>&amp;Password (at least %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message numerus="yes">
        <source>%n came in today</source>
        <translation>
            <numerusform>%n came in today</numerusform>
            <numerusform>%n came in today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came in on %1</source>
        <translation>
            <numerusform>%n came in on %1</numerusform>
            <numerusform>%n came in on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubReportDialog</name>
    <message numerus="yes">
        <source>%n center(s).</source>
        <translation>
            <numerusform>%n center.</numerusform>
            <numerusform>%n centers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n person(s).</source>
        <translation>
            <numerusform>Rests on %n person.</numerusform>
            <numerusform>Rests on %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n record(s) will go to the review queue for you to decide.</source>
        <translation>
            <numerusform>%n record will go to the review queue for you to decide.</numerusform>
            <numerusform>%n records will go to the review queue for you to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) come again in full after a new consent.</source>
        <translation>
            <numerusform>%n record comes again in full after a new consent.</numerusform>
            <numerusform>%n records come again in full after a new consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be de-identified here: their consent ended.</source>
        <translation>
            <numerusform>%n person will be de-identified here: their consent ended.</numerusform>
            <numerusform>%n people will be de-identified here: their consent ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) of a participant between centers travel with it.</source>
        <translation>
            <numerusform>%n transfer of a participant between centers travels with it.</numerusform>
            <numerusform>%n transfers of a participant between centers travel with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation>
            <numerusform>This is too long: at most %n character.</numerusform>
            <numerusform>This is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many attempts. Please wait %n second and try again.</numerusform>
            <numerusform>Too many attempts. Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message numerus="yes">
        <source>%n with a stressful tie</source>
        <translation>
            <numerusform>%n with a stressful tie</numerusform>
            <numerusform>%n with a stressful tie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no tie recorded</source>
        <translation>
            <numerusform>%n with no tie recorded</numerusform>
            <numerusform>%n with no tie recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were placed outside the map and are shown at its edge; drag them where they belong.</source>
        <translation>
            <numerusform>%n member was placed outside the map and is shown at its edge; drag it where it belongs.</numerusform>
            <numerusform>%n members were placed outside the map and are shown at its edge; drag them where they belong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supports: %1 of %n on the map</source>
        <translation>
            <numerusform>Supports: %1 of %n on the map</numerusform>
            <numerusform>Supports: %1 of %n on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came %n time(s) in the last 30 days</source>
        <translation>
            <numerusform>Came %n time in the last 30 days</numerusform>
            <numerusform>Came %n times in the last 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListScreen</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message numerus="yes">
        <source>%1 sends a person&apos;s record (%n part(s)) under the person&apos;s written consent. Read the notice that comes with it, then accept the record as this center&apos;s, or decline it.</source>
        <translation>
            <numerusform>%1 sends a person&apos;s record (%n part) under the person&apos;s written consent. Read the notice that comes with it, then accept the record as this center&apos;s, or decline it.</numerusform>
            <numerusform>%1 sends a person&apos;s record (%n parts) under the person&apos;s written consent. Read the notice that comes with it, then accept the record as this center&apos;s, or decline it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n change not yet acknowledged</numerusform>
            <numerusform>%n changes not yet acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitCountdown</name>
    <message numerus="yes">
        <source>Please wait %n second(s)</source>
        <translation>
            <numerusform>Please wait %n second</numerusform>
            <numerusform>Please wait %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
