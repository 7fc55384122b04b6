#pragma once
// Everything a host needs from kefu's rule modules. No Boost.MSM, no Boost.JSON: the
// lifecycle machine is compiled into libkefu.a, and JSON and reports live in the kefu/io/
// and kefu/report/ edge headers, included on their own.

#include <kefu/aftersales/entitlement.hpp>
#include <kefu/aftersales/masking.hpp>
#include <kefu/aftersales/service_number.hpp>
#include <kefu/aftersales/service_record.hpp>
#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>
#include <kefu/core.hpp>
#include <kefu/escalation/rules.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/erlang_c.hpp>
#include <kefu/kpi/formulas.hpp>
#include <kefu/kpi/scorecard.hpp>
#include <kefu/kpi/ticket_record.hpp>
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/sla/clock.hpp>
#include <kefu/sla/policy.hpp>
#include <kefu/workflow/action_event.hpp>
#include <kefu/workflow/case_summary.hpp>
#include <kefu/workflow/kpi_record.hpp>
#include <kefu/workflow/open_case.hpp>
#include <kefu/workflow/workflow.hpp>
