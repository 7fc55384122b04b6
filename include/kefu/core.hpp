#pragma once
// The vocabulary every kefu module speaks.

#include <kefu/core/case_facts.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/core/time_basis.hpp>
