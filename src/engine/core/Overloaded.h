#pragma once

namespace kobai {

/// Builds one visitor for std::visit from several lambdas.
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

} // namespace kobai
