#pragma once
// Each engine options struct is described once, as a list of (key, member,
// accepted range); reading a file and writing the effective configuration both
// walk the same list, so a key cannot be read under one name and written under another.
#include "ObjectReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <span>
#include <variant>

namespace kobai::config {

template <class O>
using Field = OptionField<O>;

/// Options structs that carry their own field list (the engine's update rules and schedules).
template <class O>
    requires requires { O::fields(); }
std::span<const Field<O>> fieldsOf(const O &)
{
    return O::fields();
}

template <class O>
void readFields(ObjectReader &reader, O &options, std::span<const Field<O>> fields)
{
    for (const Field<O> &f : fields) {
        if (f.required && !reader.has(f.key))
            reader.fail(f.key, describe(f.range) + QStringLiteral(" (required: PyTorch has no default)"));
        std::visit([&](auto member) { reader.read(f.key, options.*member, f.range); }, f.member);
    }
}

inline QJsonValue toJsonValue(double v) { return v; }
inline QJsonValue toJsonValue(long v) { return static_cast<double>(v); }
inline QJsonValue toJsonValue(int v) { return v; }
inline QJsonValue toJsonValue(bool v) { return v; }
inline QJsonValue toJsonValue(const std::string &v) { return QString::fromStdString(v); }
inline QJsonValue toJsonValue(const std::array<double, 2> &v) { return QJsonArray{v[0], v[1]}; }
inline QJsonValue toJsonValue(const std::vector<long> &v)
{
    QJsonArray array;
    for (long item : v)
        array.append(static_cast<double>(item));
    return array;
}
inline QJsonValue toJsonValue(const std::optional<long> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

template <class O>
void writeFields(QJsonObject &out, const O &options, std::span<const Field<O>> fields)
{
    for (const Field<O> &f : fields)
        std::visit([&](auto member) { out.insert(QLatin1String(f.key), toJsonValue(options.*member)); }, f.member);
}

/// Default-constructs alternative `index` of a variant.
template <class Variant, std::size_t... I>
Variant variantAlternative(std::size_t index, std::index_sequence<I...>)
{
    Variant v;
    ((index == I ? (v.template emplace<I>(), 0) : 0), ...);
    return v;
}

template <class Variant>
Variant variantAlternative(std::size_t index)
{
    return variantAlternative<Variant>(index, std::make_index_sequence<std::variant_size_v<Variant>>{});
}

} // namespace kobai::config
