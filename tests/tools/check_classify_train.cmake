# kefu classify train, then classify --model and eval with the model it wrote:
#   cmake -DKEFU=<kefu> -DDATA=<tests/tools/data> -DWORK=<a scratch directory> -P this
# billing.tsv labels four invoice messages "billing" (a category the keyword packs do not
# know) and four parcel questions "inquiry": 发票 occurs in two billing messages only, so the
# model must learn it as billing; and on its own training set, two clearly separated classes,
# every label is right (precision, recall and F1 1.00).
file(MAKE_DIRECTORY ${WORK})
set(model ${WORK}/billing.kefu-model)
file(REMOVE ${model})

function(run expect_exit out)
  execute_process(COMMAND ${KEFU} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr INPUT_FILE ${WORK}/input.txt)
  if(NOT code EQUAL ${expect_exit})
    message(FATAL_ERROR "kefu ${ARGN}: exit ${code}, expected ${expect_exit}\n${stderr}")
  endif()
  set(${out} "${stdout}${stderr}" PARENT_SCOPE)
endfunction()

file(WRITE ${WORK}/input.txt "发票开错了\n")
run(0 ignored classify train ${DATA}/billing.tsv -o ${model} --seed 7)
if(NOT EXISTS ${model})
  message(FATAL_ERROR "kefu classify train wrote no model")
endif()

run(0 line classify --model ${model})
if(NOT line MATCHES "\"model\":{\"category\":{\"label\":\"billing\"")
  message(FATAL_ERROR "classify --model: billing expected for 发票开错了, got\n${line}")
endif()
# The bundled model knows no "billing".
run(0 bundled classify --model bundled)
if(bundled MATCHES "billing")
  message(FATAL_ERROR "the bundled model said billing:\n${bundled}")
endif()
# Without --model, the shipped config's classifier: the bundled model with the packs.
run(0 default classify)
if(NOT default STREQUAL bundled OR NOT default MATCHES "\"model\":{\"category\"")
  message(FATAL_ERROR "classify without --model is not the bundled model's:\n${default}")
endif()

run(0 table classify eval ${DATA}/billing.tsv --model ${model})
foreach(row "| billing | 4 | 1.00 | 1.00 | 1.00 |" "| inquiry | 4 | 1.00 | 1.00 | 1.00 |"
    "| billing | 4 | 0 |" "| logistics | 4 | 1.00 | 1.00 | 1.00 |")
  string(FIND "${table}" "${row}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "classify eval: no row '${row}' in\n${table}")
  endif()
endforeach()

# A model file that is not one: bad input, exit 1, naming the problem.
file(WRITE ${WORK}/bogus.kefu-model "not a model")
run(1 bad classify --model ${WORK}/bogus.kefu-model)
if(NOT bad MATCHES "not a kefu learned model")
  message(FATAL_ERROR "classify --model bogus: ${bad}")
endif()
