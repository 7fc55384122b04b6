# install(EXPORT), a relocatable kefuConfig.cmake with its version file, kefu.pc, and a
# build-tree export so an uninstalled build can be used too.
include(CMakePackageConfigHelpers)

set(KEFU_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kefu)

install(TARGETS kefu kefu_io EXPORT kefuTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/kefu DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT kefuTargets NAMESPACE kefu:: DESTINATION ${KEFU_CMAKE_DIR})
export(EXPORT kefuTargets NAMESPACE kefu:: FILE ${PROJECT_BINARY_DIR}/kefuTargets.cmake)

configure_package_config_file(cmake/kefuConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kefuConfig.cmake
  INSTALL_DESTINATION ${KEFU_CMAKE_DIR})
# While kefu is 0.x a minor release may break the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kefuConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kefuConfig.cmake ${PROJECT_BINARY_DIR}/kefuConfigVersion.cmake
  DESTINATION ${KEFU_CMAKE_DIR})

# pkg-config: kefu (the rules) and kefu-io (the JSON edges, which add Boost.JSON). Relocatable
# like the CMake package: the prefix is found from where the .pc file lies.
file(RELATIVE_PATH KEFU_PC_TO_PREFIX /${CMAKE_INSTALL_LIBDIR}/pkgconfig /)
string(REGEX REPLACE "/$" "" KEFU_PC_TO_PREFIX "${KEFU_PC_TO_PREFIX}")
foreach(package kefu kefu-io)
  configure_file(cmake/${package}.pc.in ${PROJECT_BINARY_DIR}/${package}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${package}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()

# The documents a host edits or validates against: the shipped defaults, their JSON Schema and
# the holiday year files (already embedded in the library; installed as examples of the format
# a new year's file takes).
install(FILES src/io/config/kefu-defaults.json src/io/config/kefu-config.schema.json
  DESTINATION ${CMAKE_INSTALL_DATADIR}/kefu)
install(DIRECTORY src/calendar/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kefu/calendars
  FILES_MATCHING PATTERN "*.json")
