#pragma once
// What the month's customers write or say when a case is opened: topics in the proportions a
// consumer-goods hotline sees (kefu's choice, from the SOPs' own examples of each scenario),
// each with phrasings the classifier reads. The generator does not label a case from its
// topic: the open event's category, scenario, priority and flags are the classifier's decision
// on the message, as a CRM with kefu would record them.

#include <array>
#include <string_view>
#include <vector>

namespace kefu::sample {

enum class Topic {
  usage_question,
  logistics,
  order_change,
  return_exchange,
  fault,
  installation,
  service_complaint,
  product_complaint,
  repeat_complaint,
  suggestion,
  safety,
  perishable,
  spam,  // a nuisance contact, cancelled after triage
};

struct TopicPhrases {
  Topic topic;
  // Share of the channel's cases, per mille, for phone, online chat, web form, WeChat, app.
  std::array<int, 5> per_mille;
  std::vector<std::string_view> phrases;
};

const std::vector<TopicPhrases>& phrase_bank();

}  // namespace kefu::sample
