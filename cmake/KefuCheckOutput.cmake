# Runs a program for CTest and passes only when it exits with 0 AND its output matches EXPECT.
# (PASS_REGULAR_EXPRESSION alone makes CTest ignore the exit code, so an example that fails its
# own check would still pass.)
#   cmake -DEXPECT=<regex> -P KefuCheckOutput.cmake -- <program> [args...]
set(command)
set(seen_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(seen_separator)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(seen_separator TRUE)
  endif()
endforeach()
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "exit status ${result}")
endif()
if(NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR "output lacks a match for '${EXPECT}'")
endif()
