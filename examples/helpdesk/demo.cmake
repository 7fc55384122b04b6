# The helpdesk demo as a test: the three-case log ingested twice (the second time stores
# nothing), a tick, a rebuild that must find the incremental state identical, a timeline, the
# scorecard, and a reconfiguration.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(db --db ${WORK}/helpdesk.db)

function(run expect)
  execute_process(COMMAND ${HELPDESK} ${db} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  message(STATUS "helpdesk ${ARGN}:\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "helpdesk ${ARGN}: exit ${rc}")
  endif()
  if(NOT "${out}${err}" MATCHES "${expect}")
    message(FATAL_ERROR "helpdesk ${ARGN}: no '${expect}' in the output")
  endif()
endfunction()

# 26 lines of the log, all new the first time, all re-deliveries the second.
run("26 lines: 26 stored, 0 duplicates, 0 rejected" ingest ${EVENTS})
run("26 lines: 0 stored, 26 duplicates, 0 rejected" ingest ${EVENTS})
run("actions queued" tick --at 2026-11-06T09:00:00+08:00)
# The outbox holds every action kefu fired, once: 1 + 8 + 3 by the hand-worked
# three_cases.run.jsonl (T-1, T-2, T-3 as of 6 November 09:00).
run("3 cases rebuilt, 12 actions in the outbox: identical" rebuild)
# T-3 was closed at 10:05 Beijing time on 5 November (its last line).
run("2026-11-05T10:05:00\\+08:00  close" show T-3)
# November's scorecard: T-2, the one complaint, breached its complaint-answer deadline (05 Nov
# 16:00 Beijing time, three_cases.run.jsonl), so 投诉回复及时率 is 0 of 1.
run("投诉回复及时率 +0.00% \\(0/1\\)" kpi --month 2026-11)
# A changed config: a 24 h reopen window. T-1 and T-2 are resolved (still open), T-3 closed; a
# reopen window is no clock and fires no rule, so nothing becomes due because of it, and the
# store then rebuilds identically under the new config (and only under it).
file(WRITE ${WORK}/reopen_24h.json [[{"kefu_config": 1, "lifecycle": {"reopen_window": "24 h"}}]])
run("3 cases \\(2 open\\) re-evaluated under fnv1a64:[0-9a-f]+: 0 actions became due"
  reconfigure ${WORK}/reopen_24h.json --at 2026-11-06T09:00:00+08:00)
run("3 cases rebuilt, 12 actions in the outbox: identical" --config ${WORK}/reopen_24h.json rebuild)
