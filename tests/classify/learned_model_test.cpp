// kefu::LearnedModel: learning a host's own label, the file format, determinism, abstaining
// and evidence. Quality figures on kefu's labelled sets are in learned_quality_test.cpp.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace {

// A host's tickets with a category kefu's packs do not have: billing. The billing lines share
// the words charged / invoice / card / 扣款 / 发票 and no other line has them.
constexpr const char* host_tickets = R"(# a host's own labels
billing none normal - | I was charged twice for my order
billing none normal - | the invoice shows the wrong amount
billing none normal - | you charged my card twice, refund one
billing none normal - | my invoice is missing the tax number
billing none normal - | 发票金额开错了
billing none normal - | 扣款扣了两次
billing none normal - | 发票抬头写错了，重开发票
billing none normal - | 同一个订单扣款两次
after_sales fault_repair high - | the washing machine does not spin
after_sales fault_repair high - | my fridge stopped cooling
after_sales fault_repair high - | 洗衣机不转了
after_sales fault_repair high - | 冰箱不制冷了
inquiry logistics normal - | where is my parcel
inquiry logistics normal - | when will my parcel arrive
inquiry logistics normal - | 快递到哪了
inquiry logistics normal - | 快递什么时候到
)";

std::vector<kefu::LabelledMessage> tickets() {
  std::istringstream in(host_tickets);
  return kefu::read_labelled(in);
}

kefu::LearnedOptions small_data() {
  kefu::LearnedOptions o;
  o.min_count = 1;  // 16 messages: a feature seen once is all there is
  return o;
}

std::string bytes_of(const kefu::LearnedModel& model) {
  std::ostringstream out;
  model.save(out);
  return out.str();
}

kefu::LearnedModel from_bytes(const std::string& bytes) {
  std::istringstream in(bytes);
  return kefu::LearnedModel::load(in);
}

// The file's trailing checksum (FNV-1a 64 of every byte before it), so a test can forge a
// file that passes it and fails a later check.
std::string with_checksum(std::string body) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (const char c : body) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ULL;
  }
  for (int i = 0; i < 8; ++i) body += static_cast<char>((h >> (8 * i)) & 0xFFU);
  return body;
}

std::string refusal(const std::string& bytes) {
  try {
    (void)from_bytes(bytes);
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("a model trained on a host's tickets learns a label the keyword packs do not know") {
  const auto model = kefu::LearnedModel::train(tickets(), small_data());
  const auto& categories = model.labels(kefu::LearnedField::category);
  CHECK(categories == std::vector<std::string>{"after_sales", "billing", "inquiry"});

  // Unseen phrasings; every word the model knows in them is a billing word.
  for (const char* text : {"charged twice on my card", "请重开发票", "the invoice is wrong"}) {
    CAPTURE(text);
    const auto p = model.predict(text);
    CHECK(p[kefu::LearnedField::category].best == "billing");
    CHECK(p[kefu::LearnedField::scenario].best == "none");
    REQUIRE_FALSE(p[kefu::LearnedField::category].evidence.empty());
  }
  // The evidence is the n-gram as written in the text, with its span.
  const std::string text = "Charged twice on my card";
  const auto p = model.predict(text);
  const auto& top = p[kefu::LearnedField::category].evidence;
  const bool cites_billing_word = std::any_of(top.begin(), top.end(), [&](const auto& e) {
    return text.substr(e.begin, e.end - e.begin) == e.feature &&
           (e.feature == "Charged" || e.feature == "card" || e.feature == "twice");
  });
  CHECK(cites_billing_word);
  // The old vocabulary still comes out where it belongs.
  CHECK(model.predict("the fridge is not cooling")[kefu::LearnedField::category].best ==
        "after_sales");
  CHECK(model.predict("我的快递到哪了")[kefu::LearnedField::scenario].best == "logistics");
}

TEST_CASE("save then load gives the same model bit for bit and the same predictions") {
  const auto model = kefu::LearnedModel::train(tickets(), small_data());
  const std::string bytes = bytes_of(model);
  CHECK(bytes.size() == model.file_bytes());
  const auto loaded = from_bytes(bytes);
  CHECK(loaded == model);
  CHECK(bytes_of(loaded) == bytes);
  for (const char* text : {"charged twice", "洗衣机不转", "", "\xff\xfe broken utf-8"}) {
    CAPTURE(text);
    const auto a = model.predict(text);
    const auto b = loaded.predict(text);
    for (const auto f : kefu::learned_fields) {
      CHECK(a[f].best == b[f].best);
      CHECK(a[f].probability == b[f].probability);
    }
  }
}

TEST_CASE("training is deterministic for a seed") {
  auto options = small_data();
  options.seed = 7;
  const std::string a = bytes_of(kefu::LearnedModel::train(tickets(), options));
  CHECK(bytes_of(kefu::LearnedModel::train(tickets(), options)) == a);
  options.seed = 8;  // another shuffle order gives other weights
  CHECK(bytes_of(kefu::LearnedModel::train(tickets(), options)) != a);
}

TEST_CASE("bad model files are refused with a clear parse_error") {
  const std::string good = bytes_of(kefu::LearnedModel::train(tickets(), small_data()));
  CHECK(refusal("").find("not a kefu learned model") != std::string::npos);
  CHECK(refusal("{\"model\": 1}").find("not a kefu learned model") != std::string::npos);

  std::string other_version = good;
  other_version[8] = 2;  // the u32 version after the 8-byte magic
  CHECK(refusal(other_version).find("version 2 is not supported") != std::string::npos);

  CHECK(refusal(good.substr(0, good.size() - 9)).find("checksum") != std::string::npos);
  CHECK(refusal(good.substr(0, 12)).find("truncated") != std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  CHECK(refusal(flipped).find("checksum mismatch") != std::string::npos);

  // A file whose checksum is right but whose last weight is NaN.
  std::string body = good.substr(0, good.size() - 8);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  std::memcpy(&body[body.size() - 4], &nan, 4);
  CHECK(refusal(with_checksum(body)).find("not finite") != std::string::npos);
  // ... or whose weights stop short of what the header announces.
  CHECK(refusal(with_checksum(good.substr(0, good.size() - 12))).find("rows do not fit") !=
        std::string::npos);

  CHECK_THROWS_AS((void)kefu::LearnedModel::load("/nonexistent/kefu.model"), kefu::config_error);
}

TEST_CASE("below the abstain threshold a field is left to a person") {
  const auto model = kefu::LearnedModel::train(tickets(), small_data());
  CHECK(model.abstain_below(kefu::LearnedField::category) == 0.5);  // kefu's default
  // Softmax over three or more labels with finite weights is never 1 and never 0.
  const auto always = model.with_abstain_below(kefu::LearnedField::category, 1.0);
  const auto never = model.with_abstain_below(kefu::LearnedField::category, 0.0);
  const auto p = always.predict("charged twice");
  CHECK(p[kefu::LearnedField::category].abstained);
  CHECK(p[kefu::LearnedField::category].label.empty());
  CHECK(p[kefu::LearnedField::category].best == "billing");
  const auto q = never.predict("charged twice");
  CHECK_FALSE(q[kefu::LearnedField::category].abstained);
  CHECK(q[kefu::LearnedField::category].label == "billing");
  // The threshold is part of the file.
  CHECK(from_bytes(bytes_of(always)).abstain_below(kefu::LearnedField::category) == 1.0);
  CHECK_THROWS_AS((void)model.with_abstain_below(kefu::LearnedField::scenario, 1.5),
                  kefu::argument_error);
}

TEST_CASE("training refuses what it cannot learn from") {
  CHECK_THROWS_AS((void)kefu::LearnedModel::train({}), kefu::argument_error);
  CHECK_THROWS_AS((void)kefu::LearnedModel::train({{"text", "", "none", "low"}}),
                  kefu::argument_error);
  CHECK_THROWS_AS((void)kefu::LearnedModel::train({{"", "inquiry", "none", "low"}}),
                  kefu::argument_error);
  // The file format holds labels of up to 256 bytes; a model that could not be loaded back is
  // refused when trained.
  CHECK_THROWS_AS((void)kefu::LearnedModel::train({{"text", std::string(257, 'x'), "none", "low"}}),
                  kefu::argument_error);
  kefu::LearnedOptions o;
  o.epochs = 0;
  CHECK_THROWS_AS((void)kefu::LearnedModel::train(tickets(), o), kefu::argument_error);
  o = {};
  o.hash_bits = 30;
  CHECK_THROWS_AS((void)kefu::LearnedModel::train(tickets(), o), kefu::argument_error);
}

TEST_CASE("labelled messages are read in kefu's corpus format and as TSV") {
  std::istringstream in(
      "# comment\n\ninquiry none low - | hello there\r\n"
      "充电器冒烟了\tafter_sales\temergency\tcritical\n");
  const auto m = kefu::read_labelled(in);
  REQUIRE(m.size() == 2);
  CHECK(m[0].text == "hello there");
  CHECK(m[0].category == "inquiry");
  CHECK(m[0].priority == "low");
  CHECK(m[1].text == "充电器冒烟了");
  CHECK(m[1].scenario == "emergency");
  CHECK(m[1].priority == "critical");
  std::istringstream bad("inquiry none low -  no bar\n");
  CHECK_THROWS_WITH_AS((void)kefu::read_labelled(bad), doctest::Contains("line 1"),
                       kefu::parse_error);
  std::istringstream short_tsv("text\tinquiry\n");
  CHECK_THROWS_AS((void)kefu::read_labelled(short_tsv), kefu::parse_error);
}

TEST_CASE("prediction never throws and cites spans inside the text, whatever the bytes") {
  const auto model = kefu::LearnedModel::train(tickets(), small_data());
  std::uint64_t state = 12345;  // a fixed linear congruential sequence of random bytes
  for (int i = 0; i < 500; ++i) {
    std::string text;
    const int length = i % 80;
    for (int j = 0; j < length; ++j) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += static_cast<char>(state >> 56);
    }
    if (i % 3 == 0) text += "charged 发票";
    const auto p = model.predict(text);
    for (const auto f : kefu::learned_fields) {
      CHECK(p[f].probability > 0);
      CHECK(p[f].probability <= 1);
      for (const auto& e : p[f].evidence) {
        CHECK(e.begin <= e.end);
        CHECK(e.end <= text.size());
        CHECK(e.weight > 0);
      }
    }
  }
}
