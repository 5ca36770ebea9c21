# tokenwise_add_test(NAME SOURCES … [LIBS …] [LABELS unit|integration|gui] [TIMEOUT s] [ENV K=V …]
#                    [LAUNCHER script])
# One executable per class under test. Each run gets a private HOME, XDG dirs and 0700 XDG_RUNTIME_DIR
# (tests/support/run-test.sh), the offscreen platform and a C.UTF-8 locale, so nothing reads the real home.
set(TOKENWISE_TEST_RUNNER "${CMAKE_SOURCE_DIR}/tests/support/run-test.sh")

function(tokenwise_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT;LAUNCHER" "SOURCES;LIBS;LABELS;ENV")
    if(NOT arg_LABELS)
        set(arg_LABELS unit)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE tokenwise_options Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        TOKENWISE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        TOKENWISE_FIXTURES_DIR="${CMAKE_SOURCE_DIR}/tests/fixtures"
        TOKENWISE_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
    set(command ${TOKENWISE_TEST_RUNNER})
    if(arg_LAUNCHER)
        list(APPEND command ${arg_LAUNCHER})
    endif()
    add_test(NAME ${name} COMMAND ${command} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TOKENWISE_BINARY_DIR=${CMAKE_BINARY_DIR};${arg_ENV}")
endfunction()
