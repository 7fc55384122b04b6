// The learned model's file: kefu's own binary format, little-endian whatever the machine.
//
//   "KEFU-LM\n"                 8 bytes, the magic
//   u32 version                 1
//   u32 hash_bits               8..24
//   u8  keyword_features        0 or 1
//   3 x { u32 label count, then per label u32 length and UTF-8 bytes; f64 abstain_below }
//   u32 rows
//   rows x u32 bucket           strictly increasing, below 2^hash_bits
//   rows x width x f32 weight   finite; width = the three label counts summed
//   u64 checksum                FNV-1a 64 of every byte before it
//
// A reader refuses anything else with kefu::parse_error saying what and where.

#include "learned_weights.hpp"
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace kefu {
namespace detail {
namespace {

constexpr std::string_view magic = "KEFU-LM\n";
constexpr std::uint32_t version = 1;
constexpr std::uint32_t max_labels = 4096;
constexpr std::uint32_t max_label_bytes = 256;

std::uint64_t fnv1a(std::string_view bytes) noexcept {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ULL;
  }
  return h;
}

class Writer {
 public:
  void bytes(std::string_view b) { out_ += b; }
  void u8(std::uint8_t v) { out_ += static_cast<char>(v); }
  void u32(std::uint32_t v) { unsigned_le(v, 4); }
  void u64(std::uint64_t v) { unsigned_le(v, 8); }
  void f32(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u32(bits);
  }
  void f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  [[nodiscard]] const std::string& text() const noexcept { return out_; }

 private:
  void unsigned_le(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_ += static_cast<char>((v >> (8 * i)) & 0xFFU);
  }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::string_view bytes(std::size_t n, const char* what) {
    if (in_.size() - at_ < n) {
      throw parse_error(fmt::format("learned model file: truncated at byte {} ({})", at_, what));
    }
    const std::string_view b = in_.substr(at_, n);
    at_ += n;
    return b;
  }
  std::uint8_t u8(const char* what) { return static_cast<std::uint8_t>(bytes(1, what)[0]); }
  std::uint32_t u32(const char* what) { return static_cast<std::uint32_t>(unsigned_le(4, what)); }
  std::uint64_t u64(const char* what) { return unsigned_le(8, what); }
  float f32(const char* what) {
    const std::uint32_t bits = u32(what);
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  double f64(const char* what) {
    const std::uint64_t bits = u64(what);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  [[nodiscard]] std::size_t at() const noexcept { return at_; }
  [[nodiscard]] std::size_t left() const noexcept { return in_.size() - at_; }

 private:
  std::uint64_t unsigned_le(int n, const char* what) {
    const std::string_view b = bytes(static_cast<std::size_t>(n), what);
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[i]);
    return v;
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

[[noreturn]] void bad(const std::string& what) { throw parse_error("learned model file: " + what); }

std::string encode(const LearnedWeights& w) {
  Writer out;
  out.bytes(magic);
  out.u32(version);
  out.u32(w.hash_bits);
  out.u8(w.keyword_features ? 1 : 0);
  for (std::size_t f = 0; f < 3; ++f) {
    out.u32(static_cast<std::uint32_t>(w.labels[f].size()));
    for (const auto& label : w.labels[f]) {
      out.u32(static_cast<std::uint32_t>(label.size()));
      out.bytes(label);
    }
    out.f64(w.abstain_below[f]);
  }
  out.u32(static_cast<std::uint32_t>(w.buckets.size()));
  for (const auto b : w.buckets) out.u32(b);
  for (const float v : w.weights) out.f32(v);
  const std::uint64_t sum = fnv1a(out.text());
  out.u64(sum);
  return out.text();
}

LearnedWeights decode(std::string_view file) {
  Reader in(file);
  if (file.substr(0, magic.size()) != magic) bad("not a kefu learned model (no KEFU-LM magic)");
  in.bytes(magic.size(), "magic");
  const std::uint32_t v = in.u32("version");
  if (v != version) {
    bad(fmt::format("version {} is not supported (this kefu reads version {})", v, version));
  }
  // The checksum first: a corrupted file says so rather than whatever field it broke.
  if (file.size() < magic.size() + 12) bad("truncated before the checksum");
  const std::string_view body = file.substr(0, file.size() - 8);
  Reader tail(file.substr(file.size() - 8));
  if (tail.u64("checksum") != fnv1a(body)) bad("checksum mismatch: truncated or corrupted");
  Reader fields(body);
  fields.bytes(magic.size() + 4, "header");

  LearnedWeights w;
  w.hash_bits = fields.u32("hash_bits");
  if (w.hash_bits < 8 || w.hash_bits > 24)
    bad(fmt::format("hash_bits {} outside 8..24", w.hash_bits));
  const std::uint8_t kw = fields.u8("keyword_features");
  if (kw > 1) bad("keyword_features is neither 0 nor 1");
  w.keyword_features = kw == 1;
  for (std::size_t f = 0; f < 3; ++f) {
    const std::string_view name = to_string(learned_fields[f]);
    const std::uint32_t n = fields.u32("label count");
    if (n == 0 || n > max_labels) bad(fmt::format("{}: {} labels", name, n));
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::uint32_t len = fields.u32("label length");
      if (len == 0 || len > max_label_bytes) bad(fmt::format("{}: a label of {} bytes", name, len));
      w.labels[f].emplace_back(fields.bytes(len, "label"));
      if (i > 0 && !(w.labels[f][i - 1] < w.labels[f][i])) {
        bad(fmt::format("{}: labels not sorted and distinct at '{}'", name, w.labels[f][i]));
      }
    }
    w.abstain_below[f] = fields.f64("abstain threshold");
    if (!(w.abstain_below[f] >= 0 && w.abstain_below[f] <= 1)) {
      bad(fmt::format("{}: abstain threshold outside [0, 1]", name));
    }
  }
  if (w.width() > max_labels) bad("more than 4096 labels");
  const std::uint32_t rows = fields.u32("rows");
  const std::size_t need = static_cast<std::size_t>(rows) * (4 + 4 * std::size_t{w.width()});
  if (rows > (std::uint32_t{1} << w.hash_bits) || fields.left() != need) {
    bad(fmt::format("{} rows do not fit the {} bytes left", rows, fields.left()));
  }
  w.buckets.reserve(rows);
  for (std::uint32_t i = 0; i < rows; ++i) {
    const std::uint32_t b = fields.u32("bucket");
    if (b >> w.hash_bits != 0 || (i > 0 && b <= w.buckets.back())) {
      bad(fmt::format("bucket {} out of range or order", b));
    }
    w.buckets.push_back(b);
  }
  w.weights.reserve(static_cast<std::size_t>(rows) * w.width());
  for (std::size_t i = 0; i < static_cast<std::size_t>(rows) * w.width(); ++i) {
    const float x = fields.f32("weight");
    if (!std::isfinite(x)) bad(fmt::format("weight {} is not finite", i));
    w.weights.push_back(x);
  }
  w.index_rows();
  return w;
}

}  // namespace
}  // namespace detail

void LearnedModel::save(std::ostream& out) const {
  const std::string bytes = detail::encode(*weights_);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw config_error("learned model: writing the model failed");
}

void LearnedModel::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw config_error("learned model: cannot open '" + path + "' for writing");
  save(out);
}

LearnedModel LearnedModel::load(std::istream& in) {
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return LearnedModel(std::make_shared<detail::LearnedWeights>(detail::decode(bytes)));
}

LearnedModel LearnedModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw config_error("learned model: cannot open '" + path + "'");
  return load(in);
}

std::size_t LearnedModel::file_bytes() const noexcept {
  const auto& w = *weights_;
  std::size_t n = detail::magic.size() + 4 + 4 + 1 + 4;  // magic, version, bits, flag, rows
  for (const auto& labels : w.labels) {
    n += 4 + 8;
    for (const auto& l : labels) n += 4 + l.size();
  }
  return n + w.buckets.size() * 4 + w.weights.size() * 4 + 8;
}

}  // namespace kefu
