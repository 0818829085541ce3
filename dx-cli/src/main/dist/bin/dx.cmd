@echo off
rem dx - the dxplan command, from the distribution zip: runs lib\dx.jar with a Java 17+ runtime.
rem Usage: dx --help
setlocal
rem Japanese in the console: UTF-8 code page for this window while dx runs (dx writes UTF-8).
for /f "tokens=2 delims=:." %%c in ('chcp') do set "DX_CP=%%c"
chcp 65001 >nul
set "DX_HOME=%~dp0.."
set "DX_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "DX_JAVA=%JAVA_HOME%\bin\java.exe"
"%DX_JAVA%" "@%DX_HOME%\lib\jvm.options" %JAVA_OPTS% -jar "%DX_HOME%\lib\dx.jar" %*
set "DX_EXIT=%ERRORLEVEL%"
if defined DX_CP chcp %DX_CP% >nul
exit /b %DX_EXIT%
