# Passes only when the generator of the bundled month (tools/sample_month/) still writes the
# committed files byte for byte.
#   cmake -DGENERATOR=kefu_sample_month -DEXPECTED=examples/data/sample -DOUT=dir -P check_sample_month.cmake
cmake_policy(VERSION 3.25)
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${GENERATOR} ${OUT} RESULT_VARIABLE result OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message("${out}${err}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "kefu_sample_month: exit status ${result}")
endif()
foreach(name events.jsonl calls.csv)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/${name} ${EXPECTED}/${name}
    RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(SEND_ERROR "${name} differs from ${EXPECTED}/${name}: the generator changed; "
      "regenerate with `kefu_sample_month examples/data/sample` and review the diff")
  endif()
endforeach()
