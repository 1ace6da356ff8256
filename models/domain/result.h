#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// An error the user can cause: which field, and what is wrong with it, already
// translated into the user's language.
struct FieldError
{
    QString field;    // stable code name of the field, e.g. "id_number"
    QString message;  // translated, names the field and the problem
};

// A list of field errors; empty means valid.
class Validation
{
public:
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    void append(const Validation &other) { m_errors.append(other.m_errors); }
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    bool hasField(const QString &field) const
    {
        for (const FieldError &e : m_errors)
            if (e.field == field)
                return true;
        return false;
    }
    QString text() const
    {
        QStringList lines;
        for (const FieldError &e : m_errors)
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<FieldError> m_errors;
};

// A value or the reasons there is none (std::expected is C++23).
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Validation errors) : m_errors(std::move(errors)) {}
    static Result failure(const QString &field, const QString &message)
    {
        Validation v;
        v.add(field, message);
        return Result(v);
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Validation &errors() const { return m_errors; }
    QString errorText() const { return m_errors.text(); }

private:
    std::optional<T> m_value;
    Validation m_errors;
};
