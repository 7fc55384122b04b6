// LearnedModel::defaults(): the bundled model is what kefu's corpus trains, and the default
// Classifier uses it.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<kefu::LabelledMessage> training_and_corpus() {
  std::vector<kefu::LabelledMessage> all;
  for (const char* file : {"training.txt", "corpus.txt"}) {
    std::ifstream in(std::string(KEFU_TEST_DATA_DIR) + "/" + file);
    REQUIRE(in.good());
    const auto part = kefu::read_labelled(in);
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

}  // namespace

TEST_CASE("the bundled model is the one training.txt and corpus.txt train with seed 1") {
  const auto trained = kefu::LearnedModel::train(training_and_corpus());
  bool same = false;
  try {
    same = trained == kefu::LearnedModel::defaults();
  } catch (const kefu::error&) {  // no bundled model yet, or an unreadable one
  }
  if (!same) {
    // The corpus or the learner changed: the new model, to copy to
    // src/classify/data/default.kefu-model after review.
    trained.save("default.kefu-model.new");
    MESSAGE("retrained model written to default.kefu-model.new in the test's directory");
  }
  CHECK(same);
  CHECK(kefu::LearnedModel::defaults().file_bytes() < 2'000'000);
}
