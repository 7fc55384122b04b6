// LearnedModel::defaults(): the bundled model, read once from the bytes compiled into the
// library (cmake/KefuEmbedModel.cmake).

#include <kefu/classify/learned_model.hpp>

#include <cstddef>
#include <sstream>
#include <string>

namespace kefu {
namespace detail {
extern const unsigned char kDefaultModel[];
extern const std::size_t kDefaultModelSize;
}  // namespace detail

const LearnedModel& LearnedModel::defaults() {
  static const LearnedModel model = [] {
    std::istringstream in(std::string(reinterpret_cast<const char*>(detail::kDefaultModel),
                                      detail::kDefaultModelSize));
    return load(in);
  }();
  return model;
}

}  // namespace kefu
