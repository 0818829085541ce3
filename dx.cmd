@echo off
rem dx - the dxplan command for Windows (cmd.exe and PowerShell). Builds dx-cli\target\dx.jar when
rem it is missing, then runs it. Usage: dx --help; docs/cli.md. Needs only a Java 17+ runtime to run
rem (and a JDK to build from a source checkout; a distribution zip comes built).
setlocal
rem Japanese in the console: UTF-8 code page for this window while dx runs (dx writes UTF-8).
for /f "tokens=2 delims=:." %%c in ('chcp') do set "DX_CP=%%c"
chcp 65001 >nul
set "DX_ROOT=%~dp0"
if "%DX_ROOT:~-1%"=="\" set "DX_ROOT=%DX_ROOT:~0,-1%"
set "DX_JAR=%DX_ROOT%\dx-cli\target\dx.jar"
if not exist "%DX_JAR%" if exist "%DX_ROOT%\lib\dx.jar" set "DX_JAR=%DX_ROOT%\lib\dx.jar"
if not exist "%DX_JAR%" (
  echo dx: building the command line tool, once; it takes about a minute ^(mvnw.cmd -q -DskipTests -pl dx-cli -am package^) ... 1>&2
  echo dx: 初回のみコマンドを組み立てます。1分ほどかかります ... 1>&2
  pushd "%DX_ROOT%"
  call mvnw.cmd -q -DskipTests -pl dx-cli -am package 1>&2
  set "DX_BUILD=%ERRORLEVEL%"
  popd
  if not exist "%DX_JAR%" (
    echo dx: the build failed; run mvnw.cmd -pl dx-cli -am package to see why 1>&2
    if defined DX_CP chcp %DX_CP% >nul
    exit /b 2
  )
)
set "DX_OPTIONS=%DX_ROOT%\dx-cli\src\main\launcher\jvm.options"
if not exist "%DX_OPTIONS%" set "DX_OPTIONS=%DX_ROOT%\lib\jvm.options"
java "@%DX_OPTIONS%" %JAVA_OPTS% -jar "%DX_JAR%" %*
set "DX_EXIT=%ERRORLEVEL%"
if defined DX_CP chcp %DX_CP% >nul
exit /b %DX_EXIT%
