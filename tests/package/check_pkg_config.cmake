# cmake -DPKG_CONFIG_DIR=<prefix/lib/pkgconfig> -DCXX=<compiler> -DSOURCE=<main.cpp> -DOUTPUT=<exe>
#       -P check_pkg_config.cmake
# Builds a host as C++20 with nothing but `pkg-config --cflags --libs kefu`, as a Makefile
# project would, and runs it: kefu.pc must neither force a language standard nor miss a library.
set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_DIR}")
execute_process(COMMAND pkg-config --cflags --libs kefu OUTPUT_VARIABLE flags
  OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pkg-config kefu failed (${status})")
endif()
if(flags MATCHES "-std=")
  message(FATAL_ERROR "kefu.pc forces a standard: ${flags}")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Werror ${SOURCE} -o ${OUTPUT} ${flags}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the C++20 host did not build with kefu.pc's flags: ${flags}")
endif()
execute_process(COMMAND ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the C++20 host exited with ${status}")
endif()
