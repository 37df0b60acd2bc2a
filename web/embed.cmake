# Compiles the explorer's built files (web/dist, made by `npm run build`) into the target that
# holds server/src/routes/web.cpp. Included from server/CMakeLists.txt:
#   include(${CMAKE_SOURCE_DIR}/web/embed.cmake)
# Without web/dist the build still succeeds and the page routes answer 503 with a how-to note.
# CONFIGURE_DEPENDS re-globs at build time, so building web/dist later is picked up by the next build.
file(GLOB_RECURSE SG_WEB_DIST_FILES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/web/dist/*.html ${CMAKE_SOURCE_DIR}/web/dist/*.js
  ${CMAKE_SOURCE_DIR}/web/dist/*.css ${CMAKE_SOURCE_DIR}/web/dist/*.txt ${CMAKE_SOURCE_DIR}/web/dist/*.svg)
if(SG_WEB_DIST_FILES AND EXISTS ${CMAKE_SOURCE_DIR}/web/dist/index.html)
  sg_embed(sg_server web_assets ${SG_WEB_DIST_FILES})
  set_property(SOURCE ${CMAKE_SOURCE_DIR}/server/src/routes/web.cpp APPEND PROPERTY COMPILE_DEFINITIONS
    SG_WEB_EMBEDDED=1)
  message(STATUS "stancegraph: embedding the explorer page from web/dist")
else()
  message(STATUS "stancegraph: web/dist not built; GET / will answer 503 (run scripts/build-web.sh)")
endif()
