// A value or an error message: fallible core work returns this instead of throwing.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tokenwise {

struct Error
{
    QString message;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    static Result failure(const QString &message) { return Result(Error {message}); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_state);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<T>(std::move(m_state));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Status(Done {});
}

} // namespace tokenwise
