@echo off
rem Nianbao Auditor (Windows): needs only a Java 21 or newer (JAVA_HOME, or java on the PATH).
rem
rem   nianbao workbench [FILE|FOLDER...]  the auditor's workbench, opening the reports or the folder named
rem                                       (workspace: %NIANBAO_WORKSPACE%, default %USERPROFILE%\.nianbao\workspace;
rem                                       Chinese, or English with NIANBAO_LANG=en or as the preferences say)
rem   nianbao audit PATH...               audit report files and folders (nianbao audit --help)
rem
rem NIANBAO_JAVA_OPTS adds options to the JVM (for example -Xmx4g).
setlocal EnableExtensions
set "INSTALL=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
"%JAVA%" -version >nul 2>&1 || (
  echo nianbao: a Java 21 or newer is needed: install one and set JAVA_HOME or put java on the PATH 1>&2
  exit /b 2
)
rem POI and PDFBox log through Log4j's API, which reports on stderr that no logging backend is installed;
rem Guice (inside Xtext) uses sun.misc.Unsafe, which Java 23 and later warn about unless allowed (an option
rem that Java 21 and 22 refuse, hence the trial)
set "JVM_OPTS=-Dlog4j2.StatusLogger.level=OFF"
"%JAVA%" --sun-misc-unsafe-memory-access=allow -version >nul 2>&1 && set "JVM_OPTS=%JVM_OPTS% --sun-misc-unsafe-memory-access=allow"
set "JVM_OPTS=%JVM_OPTS% %NIANBAO_JAVA_OPTS%"

if /i "%~1"=="workbench" goto workbench
rem only the JIT's quick compiler (C1), but for the Language Server, which runs for long: the optimising one
rem costs more than it gains in an audit, of one report as of a thousand (see the script for Linux). Before
rem NIANBAO_JAVA_OPTS, which can bring it back for longer runs (-XX:TieredStopAtLevel=4)
if /i not "%~1"=="lsp" set "JVM_OPTS=-XX:TieredStopAtLevel=1 %JVM_OPTS%"
rem the product's bundles are plain jars: the command-line auditor needs no OSGi framework. Only its own
rem bundles go on the class path, not the workbench's: those that cli\classpath.jar names, which the build
rem writes (releng/nianbao.product/RunnerClassPath.java), as the script for Linux and macOS does
"%JAVA%" %JVM_OPTS% -cp "%INSTALL%cli\classpath.jar" nianbao.cli.Main %*
exit /b %ERRORLEVEL%

:workbench
if not defined NIANBAO_WORKSPACE set "NIANBAO_WORKSPACE=%USERPROFILE%\.nianbao\workspace"
for %%j in ("%INSTALL%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fj"
rem the files to open, made absolute (the workbench resolves them against its own folder)
set "FILES="
:files
shift
if "%~1"=="" goto start
set "FILES=%FILES% "%~f1""
goto files
:start
rem the language: NIANBAO_LANG (en: English), else the one chosen under Preferences > Nianbao, else Chinese;
rem the workbench ends with 23 to be started again (after a new language)
set "LANGUAGE=zh_CN"
set "SETTINGS=%NIANBAO_WORKSPACE%\.metadata\.plugins\org.eclipse.core.runtime\.settings\nianbao.ui.prefs"
if exist "%SETTINGS%" for /f "tokens=1,* delims==" %%a in ('findstr /b "language=" "%SETTINGS%"') do set "LANGUAGE=%%b"
if defined NIANBAO_LANG set "LANGUAGE=%NIANBAO_LANG%"
"%JAVA%" %JVM_OPTS% -jar "%LAUNCHER%" -nosplash -nl %LANGUAGE% -data "%NIANBAO_WORKSPACE%" -application nianbao.ui.workbench %FILES%
if %ERRORLEVEL%==23 (
  set "FILES="
  goto start
)
exit /b %ERRORLEVEL%
