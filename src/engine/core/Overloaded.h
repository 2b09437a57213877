#pragma once

namespace kobai {

/// Builds one visitor for std::visit from several lambdas.
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

// Clang 14 does not deduce aggregate template arguments by itself.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace kobai
