; Avery NXR - Windows installer (NSIS 3, Unicode). Per-user: no administrator rights.
;
; Packages a Windows PyInstaller build (made on Windows: build/build_bundle.py) from
; DIST, default ..\..\dist\avery-nxr relative to this script. It must hold:
;   nxr.exe           the command line (console)
;   Avery NXR.exe     the window (no console)
;   _internal\        Python, Qt/WebEngine, ONNX Runtime, resources\ (model, node, store)
;
;   makensis /DDIST=C:\src\nxr\dist\avery-nxr /DOUTFILE=C:\src\nxr\dist\avery-nxr-setup.exe installer\windows\avery-nxr.nsi
;   (on Linux: makensis -DDIST=... -DOUTFILE=... installer/windows/avery-nxr.nsi)
;
; Installs to %LOCALAPPDATA%\Programs\Avery NXR; Start-menu entries for the user;
; an entry in "Installed apps" (HKCU); the uninstaller removes the program folder,
; the shortcuts and the registry keys, and leaves the user's data
; (%LOCALAPPDATA%\avery-nxr: caches; projects wherever the user put them).

Unicode true
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\avery-nxr"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\avery-nxr-${VERSION}-setup.exe"
!endif
!define APPNAME "Avery NXR"
!define COMPANY "Avery"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AveryNXR"
!define GUI_EXE "Avery NXR.exe"
!define CLI_EXE "nxr.exe"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${COMPANY}\${APPNAME}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "CompanyName" "${COMPANY}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "${COMPANY}"

!include "MUI2.nsh"
!define MUI_ICON "..\..\resources\icons\avery-nxr.ico"
!define MUI_UNICON "..\..\resources\icons\avery-nxr.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APPNAME}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Avery NXR" SecMain
  SectionIn RO
  ; A previous version's files go first: PyInstaller folders change between builds.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  File "/oname=avery-nxr.ico" "..\..\resources\icons\avery-nxr.ico"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\avery-nxr.ico" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\Uninstall.exe"

  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\${COMPANY}\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\avery-nxr.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\avery-nxr.ico"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${COMPANY}\${APPNAME}"
  DeleteRegKey /ifempty HKCU "Software\${COMPANY}"
SectionEnd
