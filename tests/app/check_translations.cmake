# Fails when a user-visible string lacks a translation in either language: runs lupdate
# over qml/ and src/app into copies of the committed .ts files, then looks for strings
# lupdate had to add (type="unfinished") or that the sources no longer have ("vanished").
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(language ja en)
    set(ts ${WORK_DIR}/kobai_${language}.ts)
    file(COPY_FILE ${SOURCE_DIR}/translations/kobai_${language}.ts ${ts})
    execute_process(
        COMMAND ${LUPDATE} -silent -extensions qml,cpp,h ${SOURCE_DIR}/qml ${SOURCE_DIR}/src/app -ts ${ts}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts}")
    endif()
    file(STRINGS ${ts} lines)
    set(previous "")
    foreach(line IN LISTS lines)
        if(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            string(STRIP "${previous}" source)
            message(SEND_ERROR "kobai_${language}.ts: ${source} is ${CMAKE_MATCH_1}")
            set(failed TRUE)
        endif()
        set(previous "${line}")
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete: run `cmake --build build/release --target kobai_app_lib_lupdate`, translate, commit")
endif()
