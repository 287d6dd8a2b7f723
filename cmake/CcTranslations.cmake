# Translations with Qt's lrelease/lupdate alone. qt_add_translations would need Qt6LinguistTools'
# CMake files, which only qt6-tools-dev ships, and that package brings Designer, Assistant, Qt Help
# and more that this project never uses. lrelease comes from Debian's qt6-l10n-tools, unpacked into
# build/deps by scripts/install-deps.sh (installing the package would bring LLVM and Clang for
# lupdate), or from an installed qt6-l10n-tools. lupdate is found in the same places; the unpacked
# one runs once its libraries are installed (install-deps.sh --tests: libclang-cpp15, libqt6qml6),
# for update_translations and the test that every string is translated (test_translations).
#
#   cc_add_translations(TARGET ts... SOURCE_DIRS dir...)
#     compiles each .ts into a .qm embedded as :/i18n/<name>.qm, and defines the target
#     update_translations (lupdate over SOURCE_DIRS into the .ts files, obsolete entries dropped).
file(GLOB CC_L10N_HINTS ${PROJECT_SOURCE_DIR}/build/deps/qt6-l10n-tools-*/usr/lib/qt6/bin)
find_program(CC_LRELEASE NAMES lrelease lrelease-qt6 HINTS ${CC_L10N_HINTS} /usr/lib/qt6/bin)
find_program(CC_LUPDATE NAMES lupdate lupdate-qt6 HINTS ${CC_L10N_HINTS} /usr/lib/qt6/bin ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
if(NOT CC_LRELEASE)
  message(FATAL_ERROR "lrelease not found: run scripts/install-deps.sh (it unpacks Debian's qt6-l10n-tools into "
                      "build/deps), or install qt6-l10n-tools")
endif()

function(cc_add_translations target)
  cmake_parse_arguments(T "" "" "TS_FILES;SOURCE_DIRS" ${ARGN})
  set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/i18n)
  set(qm_files)
  foreach(ts IN LISTS T_TS_FILES)
    get_filename_component(name ${ts} NAME_WE)
    set(qm ${qm_dir}/${name}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${qm_dir}
      COMMAND ${CC_LRELEASE} -silent ${ts} -qm ${qm}
      DEPENDS ${ts} VERBATIM)
    list(APPEND qm_files ${qm})
  endforeach()
  qt_add_resources(${target} ${target}_translations PREFIX /i18n BASE ${qm_dir} FILES ${qm_files})
  if(CC_LUPDATE)
    add_custom_target(update_translations
      COMMAND ${CC_LUPDATE} -no-obsolete -locations none -extensions cpp,h ${T_SOURCE_DIRS} -ts ${T_TS_FILES}
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM)
  endif()
endfunction()
