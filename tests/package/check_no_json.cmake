# cmake -DLIBRARY=<libkefu.a> -P check_no_json.cmake: fails when the rule library refers to
# Boost.JSON, which only kefu::io (libkefu_io.a) may need.
execute_process(COMMAND nm -C --undefined-only ${LIBRARY} OUTPUT_VARIABLE symbols
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "nm ${LIBRARY} failed (${status})")
endif()
string(REGEX MATCHALL "boost::json::[^\n]*" json_symbols "${symbols}")
if(json_symbols)
  list(LENGTH json_symbols count)
  list(GET json_symbols 0 first)
  message(FATAL_ERROR "${LIBRARY} needs ${count} Boost.JSON symbols, first: ${first}")
endif()
message(STATUS "${LIBRARY}: no Boost.JSON symbol")
