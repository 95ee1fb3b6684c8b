; Inno Setup script: the Windows installer for ROSC Desktop (built by .github/workflows/release.yml).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\rosc-desktop.iss
;
; It packs the PyInstaller one-folder app (dist\pyinstaller\rosc-desktop, from packaging/rosc-desktop.spec; another
; folder with /DAppDir=...) into dist\rosc-desktop-<version>-windows-x64-setup.exe.
;
; Installs for the person signed in, with no administrator rights, into %LOCALAPPDATA%\Programs\ROSC Desktop,
; with a Start menu entry. Installing a newer version over an older one replaces the program files only. The data
; (database, keys, backups) is in %LOCALAPPDATA%\rosc-desktop, a different folder: neither an update nor the
; uninstaller touches it. The app backs up and migrates the database itself at its first start.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 rosc-desktop.iss
#endif
#ifndef AppDir
  #define AppDir "..\..\dist\pyinstaller\rosc-desktop"
#endif
#define AppName "ROSC Desktop"
#define AppExe "rosc-desktop.exe"

[Setup]
; The AppId ties every version together (updates, the entry in Settings > Apps): never change it.
AppId={{B8B9A328-851E-47F9-88D4-B3A2AFB1BD8D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The ROSC Desktop contributors
VersionInfoVersion={#AppVersion}
; Per user: no administrator password, which a center's shared or donated computer may not have.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; The app must not be running while its files are replaced; Setup offers to close it.
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=rosc-desktop-{#AppVersion}-windows-x64-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.DataKept=ROSC Desktop is removed. Your data was kept in:%n%n%1%n%nTo delete it as well, which cannot be undone, make a backup first (File > Back up to...), then delete that folder.
spanish.DataKept=ROSC Desktop se ha desinstalado. Sus datos se conservan en:%n%n%1%n%nPara borrarlos, lo que no se puede deshacer, haga antes una copia de seguridad (Archivo > Hacer copia de seguridad en...) y luego borre esa carpeta.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the previous version's libraries whole, so no file of an older version lingers beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing under [UninstallDelete]: the uninstaller removes only what Setup installed, never %LOCALAPPDATA%\rosc-desktop.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\rosc-desktop');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
