# Warnings and sanitizers for kefu's own targets only: applied PRIVATE, so hosts that link
# kefu::kefu never inherit -Werror or -fsanitize.
function(kefu_apply_build_flags target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(KEFU_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(KEFU_SANITIZE)
    set(flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PRIVATE ${flags})
  endif()
endfunction()
