#pragma once
// Text inside the HTML report: every string that reaches the page (labels, agents' ids, clock
// names, numbers) goes through html_escape, in element content and in attribute values alike.

#include <string>
#include <string_view>

namespace kefu::tool {

// & < > " and ' as character references; everything else, UTF-8 included, as it is.
std::string html_escape(std::string_view text);

}  // namespace kefu::tool
