# Install layout, desktop integration files, build-time icons and the CPack .deb (included at the top level).
include(GNUInstallDirs)

set(tokenwise_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(tokenwise_app_svg "${CMAKE_SOURCE_DIR}/resources/icons/tokenwise.svg")
set(tokenwise_symbolic_svg "${CMAKE_SOURCE_DIR}/resources/icons/tokenwise-symbolic.svg")
set(tokenwise_icon_sizes 16 22 24 32 48 64 128 256)
set(tokenwise_icon_dir "${CMAKE_BINARY_DIR}/packaging/icons")

# Rasters are rendered from the SVG at build time, so they never drift from it and are never committed.
# The renderer needs Qt Svg, which only the GUI build finds; without it only the SVG icons are installed.
if(TOKENWISE_GUI)
    add_executable(tokenwise_render_icon "${tokenwise_packaging_dir}/tools/render_icon.cpp")
    target_link_libraries(tokenwise_render_icon PRIVATE tokenwise_options Qt6::Gui Qt6::Svg)
    set_target_properties(tokenwise_render_icon PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/packaging")

    set(tokenwise_png_icons)
    foreach(size IN LISTS tokenwise_icon_sizes)
        list(APPEND tokenwise_png_icons "${tokenwise_icon_dir}/${size}x${size}/apps/${TOKENWISE_APP_ID}.png")
    endforeach()
    add_custom_command(OUTPUT ${tokenwise_png_icons}
        COMMAND tokenwise_render_icon "${tokenwise_app_svg}"
                "${tokenwise_icon_dir}/%1x%1/apps/${TOKENWISE_APP_ID}.png" ${tokenwise_icon_sizes}
        DEPENDS tokenwise_render_icon "${tokenwise_app_svg}"
        COMMENT "Rendering the app icon at ${tokenwise_icon_sizes} px"
        VERBATIM)
    set(tokenwise_platform_icon)

    if(WIN32)
        # packaging/windows/tokenwise.rc (added in src/) names tokenwise.ico, found on the include path.
        set(tokenwise_platform_icon "${tokenwise_icon_dir}/tokenwise.ico")
        add_custom_command(OUTPUT "${tokenwise_platform_icon}"
            COMMAND tokenwise_render_icon "${tokenwise_app_svg}" "${tokenwise_platform_icon}"
                    16 24 32 48 64 256
            DEPENDS tokenwise_render_icon "${tokenwise_app_svg}"
            VERBATIM)
        target_include_directories(tokenwise PRIVATE "${tokenwise_icon_dir}")
    elseif(APPLE)
        # iconutil ships with macOS; the bundle's Info.plist names tokenwise.icns (src/CMakeLists.txt).
        set(iconset "${CMAKE_BINARY_DIR}/packaging/tokenwise.iconset")
        set(tokenwise_platform_icon "${CMAKE_BINARY_DIR}/packaging/tokenwise.icns")
        set(render_commands)
        foreach(size 16 32 128 256 512)
            math(EXPR double "${size} * 2")
            list(APPEND render_commands
                COMMAND tokenwise_render_icon "${tokenwise_app_svg}" "${iconset}/icon_${size}x${size}.png"
                        ${size}
                COMMAND tokenwise_render_icon "${tokenwise_app_svg}" "${iconset}/icon_${size}x${size}@2x.png"
                        ${double})
        endforeach()
        add_custom_command(OUTPUT "${tokenwise_platform_icon}"
            ${render_commands}
            COMMAND iconutil -c icns -o "${tokenwise_platform_icon}" "${iconset}"
            DEPENDS tokenwise_render_icon "${tokenwise_app_svg}"
            VERBATIM)
        target_sources(tokenwise PRIVATE "${tokenwise_platform_icon}")
        set_source_files_properties("${tokenwise_platform_icon}" TARGET_DIRECTORY tokenwise
            PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    endif()

    add_custom_target(tokenwise_icons ALL DEPENDS ${tokenwise_png_icons} ${tokenwise_platform_icon})
    if(tokenwise_platform_icon)
        add_dependencies(tokenwise tokenwise_icons)
    endif()
endif()

if(UNIX AND NOT APPLE)
    set(hicolor "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
    install(FILES "${tokenwise_packaging_dir}/linux/${TOKENWISE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${tokenwise_packaging_dir}/linux/${TOKENWISE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${tokenwise_packaging_dir}/linux/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/tokenwise")
    install(FILES "${tokenwise_app_svg}" DESTINATION "${hicolor}/scalable/apps"
        RENAME "${TOKENWISE_APP_ID}.svg")
    install(FILES "${tokenwise_symbolic_svg}" DESTINATION "${hicolor}/symbolic/apps"
        RENAME "${TOKENWISE_APP_ID}-symbolic.svg")
    if(TOKENWISE_GUI)
        foreach(size IN LISTS tokenwise_icon_sizes)
            install(FILES "${tokenwise_icon_dir}/${size}x${size}/apps/${TOKENWISE_APP_ID}.png"
                DESTINATION "${hicolor}/${size}x${size}/apps")
        endforeach()
    endif()
    # The autostart template is compiled into the app (src/app/platform/), so it needs no installed copy.
endif()

set(TOKENWISE_PACKAGE_MAINTAINER "The Tokenwise developers <maintainers@tokenwise.invalid>"
    CACHE STRING "Maintainer field of the .deb (Name <email>)")

set(CPACK_PACKAGE_NAME tokenwise)
set(CPACK_PACKAGE_VENDOR "The Tokenwise developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: dpkg shows each line as is.
set(CPACK_PACKAGE_DESCRIPTION [[
A tray app and a command line over one local ledger: today's spend at a
glance, a dashboard of your spend against your own habit and your team's
median band, cost per task, budget and surge alerts and a weekly summary.
Reads Claude Code and Codex CLI logs with no key, and provider usage APIs
with keys kept in the OS keychain.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/tokenwise/tokenwise")
set(CPACK_PACKAGE_CONTACT "${TOKENWISE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tokenwise)
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_PACKAGE_NAME tokenwise)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TOKENWISE_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # dpkg-shlibdeps sees only linked libraries, not Qt's plugins or what QtKeychain loads with dlopen().
    if(TOKENWISE_GUI)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
    else()
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
    endif()
    # API keys live in a Secret Service (GNOME) or KWallet (Plasma); the local log sources need neither.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
endif()

include(CPack)
