# sg_embed(<target> <symbol> <file>...): compiles the files into <target> as
# `std::string_view sg::embedded::<symbol>(std::string_view name)` lookups, so the binary carries
# schema.sql and the data/ tables and runs from any directory. Regenerated when a file changes.
function(sg_embed target symbol)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DSYMBOL=${symbol} -DBASE=${CMAKE_SOURCE_DIR}
            "-DFILES=${ARGN}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${symbol}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
