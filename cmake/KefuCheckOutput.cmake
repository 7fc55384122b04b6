# Runs a program for CTest and passes only when it exits with 0 AND its output matches EXPECT.
# (PASS_REGULAR_EXPRESSION alone makes CTest ignore the exit code, so an example that fails its
# own check would still pass.)
#   cmake -DEXPECT=<regex> -P KefuCheckOutput.cmake -- <program> [args...]
include(${CMAKE_CURRENT_LIST_DIR}/KefuScriptCommand.cmake)
kefu_script_command(command)
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "exit status ${result}")
endif()
if(NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR "output lacks a match for '${EXPECT}'")
endif()
