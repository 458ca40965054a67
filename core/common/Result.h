#pragma once

#include "common/UiText.h"

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

// What went wrong, as a machine code the caller can branch on (and the CLI maps to its exit code,
// DESIGN.md §7) plus a message for people. `field` names the offending input, if any, so a form
// can put the focus there.
enum class ErrorCode
{
    BadInput = 2,
    NotFound = 3,
    NotAllowed = 4,
    Network = 5,
    // The database cannot be used now, through no fault of the input or the program: the disk is
    // full, the file read-only or locked by another program, the disk failing (storage/StorageError).
    Storage = 6,
    // The platform refused the station's credential (HTTP 401): wrong, revoked or replaced. Not a
    // network failure: trying again later does not help, a person must give the current one.
    Credential = 7,
    Internal = 1,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString field; // machine name of the input at fault, e.g. "uscc"; empty if none
    UiText message;

    static Error badInput(const QString& field, const UiText& message)
    {
        return { ErrorCode::BadInput, field, message };
    }
    static Error notFound(const UiText& message) { return { ErrorCode::NotFound, {}, message }; }
    static Error notAllowed(const UiText& message) { return { ErrorCode::NotAllowed, {}, message }; }
    static Error internal(const QString& detail);
};

// A value or an Error. Core services return these; nothing in core throws across the event loop.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of a failed result is a programming error: it stops with the message.
    const T& value() const&
    {
        check();
        return *m_value;
    }
    T value() && // by value, so `for (x : f().value())` does not iterate a destroyed temporary
    {
        check();
        return std::move(*m_value);
    }
    const T* operator->() const
    {
        check();
        return &*m_value;
    }
    const T& operator*() const
    {
        check();
        return *m_value;
    }
    const Error& error() const { return m_error; }

private:
    void check() const
    {
        if (!m_value)
            qFatal("Result::value() on an error: %s", qPrintable(m_error.message.english));
    }

    std::optional<T> m_value;
    Error m_error;
};

struct Done
{
};

using Status = Result<Done>;

inline Status success()
{
    return Done {};
}
