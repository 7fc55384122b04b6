// Prints the lifecycle's transition table as a Graphviz DOT graph. The rows come from
// kefu::Lifecycle::transitions(), which walks the Boost.MSM table itself, so the picture is
// always the machine that runs. Render with: lifecycle_graph | dot -Tsvg > lifecycle.svg

#include <kefu/lifecycle/lifecycle.hpp>

#include <fmt/format.h>

#include <string>

int main() {
  fmt::print("digraph lifecycle {{\n");
  fmt::print("  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
  fmt::print("  edge [fontname=\"sans-serif\", fontsize=10];\n");
  for (const kefu::State state : kefu::enum_values<kefu::State>()) {
    const char* shape = kefu::is_finished(state) ? ", peripheries=2" : "";
    fmt::print("  {} [label=\"{}\\n{}\"{}];\n", kefu::to_string(state), kefu::to_string(state),
               kefu::chinese_label(state), shape);
  }
  // UML edge labels: event [guard] / action
  for (const kefu::TransitionRow& row : kefu::Lifecycle::transitions()) {
    std::string label(kefu::to_string(row.event));
    if (!row.guard.empty()) label += fmt::format(" [{}]", row.guard);
    if (!row.action.empty()) label += fmt::format(" / {}", row.action);
    fmt::print("  {} -> {} [label=\"{}\"];\n", kefu::to_string(row.source),
               kefu::to_string(row.target), label);
  }
  fmt::print("}}\n");
}
