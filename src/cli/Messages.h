#pragma once
// Every message of kobai-run goes to stderr, so stdout carries only CSV.
#include <QString>

#include <cstdio>

namespace kobai::cli {

inline void reportError(const QString &message)
{
    std::fprintf(stderr, "kobai-run: %s\n", qUtf8Printable(message));
}

} // namespace kobai::cli
