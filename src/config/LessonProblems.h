#pragma once
// A lesson folder's problems are all reported at once: each check that does not depend
// on the others runs alone and keeps its problem instead of stopping the reading, so a
// teacher sees every problem of a folder in one go.
#include "ConfigError.h"
#include "ObjectReader.h"

#include <QStringList>

#include <vector>

namespace kobai::config {

/// Runs one check, keeping its problem instead of throwing; returns whether it passed.
template <class Check>
bool keepProblem(QStringList &problems, Check &&check)
{
    try {
        check();
        return true;
    } catch (const ConfigError &error) {
        problems << error.text();
        return false;
    }
}

/// Reads each object of the array at key (when present) with read, keeping every problem.
template <class Read>
void readEach(ObjectReader &root, const char *key, QStringList &problems, Read &&read)
{
    if (!root.has(key))
        return;
    std::vector<ObjectReader> readers;
    if (!keepProblem(problems, [&] { readers = root.objects(key); }))
        return;
    for (ObjectReader &reader : readers)
        keepProblem(problems, [&] { read(reader); });
}

} // namespace kobai::config
